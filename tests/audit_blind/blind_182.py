"""BLIND_182 (46 products; women's activewear, swimwear and loungewear from a US retailer, English): written blind in
the thirty-seventh session. Measured blind at 7bd63c6: 134/146 failures found (91.8%) and 17/139 correct texts
flagged (12.2%). The writer's notes, verbatim:

Scenario: a US retailer's women's feed (sports bras, leggings, running and bike shorts, tanks, track jackets,
yoga sets, one-pieces, bikinis, cover-ups, rash guards, lounge sets, robes, slip dresses). Photos are models on
light studio backdrops, some outdoor shots (beach, pool, gym wall, yoga mat, tennis court, trail, street) and a few
flat-lays with no person. Catalog columns are title, category and the retailer's color ("Heather Grey", "Sage",
"Dusty Rose", "Tie-Dye Multi", "Black/White"...); gender="women" where the feed has it; some products have no
gender column (a women-only feed often omits it), two no color and two no category.

Which system wrote which text (each product is one run that picked a system per question, as CONTEXT.md item 6
suggests a production run may):
- untuned base blip2-opt-2.7b: short lowercase captions and open answers that stop on their own (hit_limit=False).
  Its failures: one color for every garment, "he"/"a man" for a woman, invented brands (nike, lululemon,
  billabong, ralph lauren, gore-tex), fabric percentages and features no photo shows, the question echoed back,
  an empty string, "i don't know", "no".
- caption adapters (DeepFashion-MultiModal template: "The lady wears a tank top with pure color patterns. The tank
  top is with cotton fabric..."): used for some captions and some open prompts; no end token, so every one has
  hit_limit=True (50 tokens for captions, 30 for answers) and ends cut mid-sentence or looping.
- VQA adapter: a one-word answer that runs on to 30 tokens, either repeating ("green green green ...") or
  continuing the "Question: ... Answer:" format (a leak). Always hit_limit=True. Used for open prompts only (and
  color_of(..., kind="open")).
- reference engine: closed answers picked from candidates (garment_type, color, pattern, sleeve_length, is_a,
  color_of closed). Never loops, never hits the limit; sometimes picks another garment's color, the color of the
  mat/sea/pool/sheets, the wrong garment, the wrong pattern or sleeve.

Labeling conventions and judgement calls:
- one label per text, the one an auditor would most plainly see.
- cut: a text stopped at the token limit mid-sentence with nothing else plainly wrong (caption-adapter templates
  that describe the visible garments acceptably: "long pants"/"trousers" for leggings or joggers is tolerated
  inside a cut template and does not make it a contradiction).
- contradiction: the product called another garment (template or engine says "tank top" for a sports bra or
  bralette, "dress" for a swimsuit, "shorts" for leggings, "wetsuit"), a color that is no garment's color (the
  sea's, the pool's, the yoga mat's, the bed sheets'), a wrong pattern ("solid" for tie-dye), a wrong sleeve
  length (the draped blazer's sleeves for a slip dress), a wrong yes/no. A caption-adapter template that names
  the product as the wrong garment is labeled contradiction even though it is also cut.
- other_garment_color: the answer for the product gives the color of another garment in the photo (the crop top,
  the sports bra, the leggings, the blazer), including the base model's one-color-for-everything wearing answer.
- loop: visible repetition (VQA adapter repeats, a template repeating its sentences). A VQA loop of the wrong color
  is still labeled loop.
- leak: the answer continues "Question: ... Answer:" (VQA adapter, always at the 30-token limit).
- unsupported: invented brands, fiber percentages, fabric technologies or features not visible and not in the
  title ("upf 50+" is correct where the title says UPF 50+; "built-in shorts" is correct for a title "Skort";
  a side pocket is correct for a "Pocket Legging"). A "woman wearing" answer for a flat-lay is unsupported.
- restated: the question's words back ("the color of the leggings", "describe the garment", "jacket details",
  "the rash guard is a rash guard", "joggers" to "Describe the joggers."); non_answer: empty, "i don't know",
  "no", "none", "unknown", "nothing", "yes" to "Describe the garment.", "they are short" for the shorts' details,
  "it's a bikini" to the material question, or the caption template returned for a color question (no color in
  it). The two kinds target nearly the same audits; the split is by whether the question's words come back.
- some products lack a catalog column (gender, color or category), as a real feed would.
- pronoun: "he"/"a man" for a woman model, only on products whose catalog has gender="women".
- correct and deliberately hard: generic material answers that fit the photo and title ("polyester", "satin",
  "cotton fleece", "ribbed knit", "nylon and spandex" with no percentages); "yoga pants" for a flare legging;
  "skirt" for a skort; "bra" for a bralette; "beige" for Champagne/Oatmeal, "green" for Sage/Teal, "pink" for
  Dusty Rose/Blush, "orange" for Coral, "blue" for Cobalt, "multicolor" for tie-dye/floral; "brown" for a
  leopard print; "black" for a black floral kimono; "blue" for a cobalt/white color-block; "black and white" for a
  striped tank; answers mentioning the other garments, the mat, the wall, the sea or a print's colors.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_182 = [
    # Photo: woman on a light grey studio backdrop, black seamless ribbed sports bra (scoop neck, wide straps, no
    # logo) and matching black leggings; framed from shoulders to knees.
    case(
        "SB-40112-BLK",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a round "
            "neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black sports bra and black leggings"),
        D.color("black"),
        D.details("ribbed texture with a scoop neck and wide straps"),
        D.material("made of 80% nylon 20% spandex", "unsupported"),
        gender="women",
        title="Seamless Ribbed Sports Bra",
        category="Sports Bras",
        color="Black",
    ),
    # Photo: woman on a cream backdrop, full body: sage green high-rise 7/8 leggings ending above the ankle, white
    # cropped tank top, white sneakers.
    case(
        "LG-22581-SGE",
        caption("a woman in green leggings and a white crop top standing in front of a white wall"),
        color_of(
            "leggings",
            "green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green green",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        wearing(
            "leggings Question: What is the color of the leggings? Answer: green Question: What is the color of "
            "the leggings? Answer: green",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("leggings"),
        D.color("white", "other_garment_color"),
        is_a("leggings", "yes", article="a pair of"),
        details("leggings", "the details of the leggings are the leggings", "restated"),
        title='High-Rise 7/8 Legging 25"',
        category="Leggings",
        color="Sage",
    ),
    # Photo: outdoors, woman jogging on a paved park path, cobalt blue running shorts with a white side split
    # trim, black sports bra; green trees behind.
    case(
        "RS-10933-COB",
        caption("a woman running on a path in blue shorts and a black sports bra"),
        wearing("she is wearing blue shorts and a black sports bra", who="she"),
        color_of("shorts", "black", "other_garment_color"),
        details("shorts", "they are short", "non_answer"),
        D.material("polyester"),
        gender="women",
        title='2-in-1 Running Short 3"',
        category="Shorts",
        color="Cobalt",
    ),
    # Photo: gym, white-painted brick wall; woman in a heather grey racerback tank top (scoop neck, no logo) and
    # black bike shorts, holding a kettlebell.
    case(
        "TK-55012-HGR",
        caption("a man holding a kettlebell in a gym", "pronoun"),
        D.wearing("grey tank top and grey shorts", "other_garment_color"),
        D.garment_type("tank top"),
        D.color("grey"),
        D.description("a grey racerback tank top with a scoop neck"),
        D.details("it has a racerback and a nike logo on the chest", "unsupported"),
        gender="women",
        title="Racerback Tank Top",
        category="Tanks",
        color="Heather Grey",
    ),
    # Photo: white backdrop; woman in a black full-zip track jacket with two white stripes down each sleeve and a
    # stand collar, half unzipped over a white t-shirt; black leggings.
    case(
        "TJ-30077-BW",
        caption(
            "The lady wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric. It "
            "has a stand collar. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black and white track jacket over a white t-shirt"),
        color_of("jacket", "black"),
        describe("jacket", "a black track jacket with white stripes on the sleeves and a zipper"),
        details("jacket", "jacket details", "restated"),
        D.material("it is made of polyester tricot with a brushed interior and moisture-wicking finish", "unsupported"),
        gender="women",
        title="Full-Zip Track Jacket",
        category="Jackets",
        color="Black/White",
    ),
    # Photo: sandy beach; woman in a dusty rose ruched one-piece swimsuit with thin straps and a sweetheart
    # neckline; blue sea and sky behind.
    case(
        "SW-61204-DRS",
        caption("a woman in a pink swimsuit standing on the beach with the ocean behind her"),
        D.wearing("a pink one piece swimsuit"),
        D.garment_type("swimsuit"),
        D.color("blue", "contradiction"),
        D.details(
            "ruched ruched ruched ruched ruched ruched ruched ruched ruched ruched ruched ruched ruched ruched ruched",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a one-piece with pure color patterns. The one-piece is with chiffon fabric. It has a "
            "sweetheart neckline. The lady wears",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "swimsuit",
            "The lady wears a one-piece with pure color patterns. The one-piece is with chiffon fabric. It has a "
            "sweetheart neckline. There is an accessory on",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        gender="women",
        title="Ruched One-Piece Swimsuit",
        category="Swimwear",
        color="Dusty Rose",
    ),
    # Photo: flat-lay on a white surface, no person: triangle bikini top in a pink, purple and blue tie-dye with
    # thin string ties, the matching bottom beside it.
    case(
        "SW-62019-TDM",
        caption("a pink, purple and blue tie dye bikini on a white background"),
        D.color("multicolor"),
        D.pattern("solid", "contradiction"),
        D.wearing("a woman wearing a bikini on the beach", "unsupported"),
        D.material(
            "cotton Question: What material is the garment made of? Answer: cotton Question: What material is the "
            "garment made of? Answer:",
            "leak",
            hit_limit=True,
        ),
        D.details("triangle cups with string ties"),
        title="Tie-Dye Triangle Bikini Top",
        category="Swim Tops",
        color="Tie-Dye Multi",
    ),
    # Photo: light blue studio backdrop; woman in a black high-waist bikini bottom and matching black bandeau top,
    # framed to mid-thigh.
    case(
        "SW-62110-BLK",
        caption("a woman in a black bikini posing in front of a blue wall"),
        D.wearing("he is wearing a black bikini", "pronoun"),
        D.color("black"),
        color_of("bikini bottom", "blue", "contradiction", kind="open"),
        D.details(
            "The lady wears a three-point shorts. The shorts are with cotton fabric and pure color patterns. The "
            "lady wears a three-point shorts. The shorts are with cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        gender="women",
        title="High-Waist Bikini Bottom",
        category="Swim Bottoms",
        color="Black",
    ),
    # Photo: beach in late light; woman in a short white open-knit crochet cover-up dress with long sleeves over a
    # turquoise bikini that shows through the knit; sand and sea behind.
    case(
        "CV-70031-WHT",
        caption(
            "The lady wears a long-sleeve dress with lattice patterns. The dress is with knitting fabric. It has a "
            "v-shape neckline. The dress is of short length. There is an accessory on her wrist. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white crochet cover up over a blue bikini"),
        D.color("blue", "other_garment_color"),
        D.material("crochet knit"),
        D.description("a white crochet cover up with long sleeves"),
        D.details(
            "The dress is with knitting fabric and lattice patterns. It has a v-shape neckline. The dress is of "
            "short length. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        gender="women",
        title="Crochet Cover-Up Dress",
        category="Cover-Ups",
        color="White",
    ),
    # Photo: woman standing in shallow water at a beach, navy long-sleeve rash guard with a short front zip and a
    # thin white contrast line across the shoulders, navy bikini bottom.
    case(
        "RG-80455-NVY",
        caption("a woman in a blue long sleeve rash guard standing in the water"),
        D.material("upf 50+ fabric"),
        D.details(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "stand collar. The lady wears a three-point shorts. The shorts are",
            "cut",
            hit_limit=True,
        ),
        D.color("navy"),
        is_a("wetsuit", "yes", "contradiction"),
        D.wearing(
            "rash guard rash guard rash guard rash guard rash guard rash guard rash guard rash guard rash guard "
            "rash guard rash guard rash guard rash guard rash guard rash guard",
            "loop",
            hit_limit=True,
        ),
        gender="women",
        title="UPF 50+ Long Sleeve Rash Guard",
        category="Swimwear",
        color="Navy",
    ),
    # Photo: woman sitting on a white sofa in an oatmeal waffle-knit lounge set: long-sleeve crew-neck top and
    # matching drawstring jogger pants; barefoot, a beige throw pillow beside her.
    case(
        "LS-90210-OAT",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with knitting fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a beige sweater and pants"),
        D.color("beige"),
        D.details("waffle knit texture with a drawstring waist"),
        D.material("waffle knit"),
        D.description(
            "beige Question: Describe the garment. Answer: beige Question: Describe the garment. Answer: beige "
            "Question: Describe the garment",
            "leak",
            hit_limit=True,
        ),
        gender="women",
        title="Waffle Knit Lounge Set",
        category="Loungewear",
        color="Oatmeal",
    ),
    # Photo: light pink backdrop; woman in a blush pink knee-length plush robe with a shawl collar, a tied belt and
    # two patch pockets; no hood, no zipper.
    case(
        "RB-91007-BLS",
        caption("a woman in a pink robe"),
        D.garment_type("robe"),
        D.color("pink"),
        D.details("it has a hood and a zipper", "unsupported"),
        D.wearing(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. The lady "
            "wears a long-sleeve coat with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.material("", "non_answer"),
        title="Plush Shawl Collar Robe",
        category="Robes",
    ),
    # Photo: white backdrop; woman in a champagne (pale gold-beige) satin midi slip dress, bias cut, V-neck, thin
    # adjustable straps.
    case(
        "DR-40520-CHM",
        caption("a woman in a gold satin dress"),
        D.wearing("he is wearing a silk dress", "pronoun"),
        D.color("beige"),
        D.material("100% mulberry silk", "unsupported"),
        D.details(
            "spaghetti straps spaghetti straps spaghetti straps spaghetti straps spaghetti straps spaghetti straps "
            "spaghetti straps spaghetti straps spaghetti straps spaghetti straps",
            "loop",
            hit_limit=True,
        ),
        is_a("slip dress", "yes"),
        D.description("yes", "non_answer"),
        gender="women",
        title="Satin Slip Dress",
        category="Dresses",
        color="Champagne",
    ),
    # Photo: studio with a wooden floor; woman in a seated side stretch on a teal yoga mat, plum longline sports
    # bra and matching plum high-rise leggings.
    case(
        "YS-12345-PLM",
        caption("a woman sitting on a blue yoga mat doing a stretch"),
        D.wearing("a purple sports bra and purple leggings"),
        D.description(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a round "
            "neckline. The lady wears a long leggings. The",
            "contradiction",
            hit_limit=True,
        ),
        D.details(
            "high waist Question: What are the details of the garment? Answer: high waist Question: What are the "
            "details of the garment? Answer: high",
            "leak",
            hit_limit=True,
        ),
        D.color("purple"),
        D.material("it is made by lululemon", "unsupported"),
        gender="women",
        title="Longline Bra & Legging Set",
        category="Yoga Sets",
        color="Plum",
    ),
    # Photo: light grey backdrop; woman in black high-rise flare leggings (fitted to the knee, flared below), a
    # white fitted long-sleeve crop top and white sneakers.
    case(
        "LG-22790-BLK",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white top and black yoga pants"),
        color_of("leggings", "white", "other_garment_color"),
        D.details("flared at the bottom"),
        D.material("i don't know", "non_answer"),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        gender="women",
        title='Flare Legging 32"',
        category="Leggings",
        color="Black",
    ),
    # Photo: gym, white wall with a black dumbbell rack; woman in navy 6-inch bike shorts with a wide high
    # waistband and a white sports bra.
    case(
        "SH-14006-NVY",
        caption("a man standing in front of a rack of dumbbells", "pronoun"),
        D.wearing("white sports bra and white shorts", "other_garment_color"),
        color_of("shorts", "navy"),
        details("shorts", "the shorts have a high waist band"),
        D.material(
            "spandex Question: What material is the garment made of? Answer: spandex Question: What material is "
            "the garment",
            "leak",
            hit_limit=True,
        ),
        describe("shorts", "a description of the shorts", "restated"),
        gender="women",
        title='High-Rise Bike Short 6"',
        category="Shorts",
        color="Navy",
    ),
    # Photo: back view on a white backdrop: cobalt blue sports bra with crisscross straps across the back, black
    # leggings.
    case(
        "SB-40388-COB",
        caption("the back of a woman wearing a blue sports bra with straps"),
        D.details("crisscross straps on the back"),
        D.description(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. The "
            "person wears a long pants. The pants are with cotton fabric and",
            "contradiction",
            hit_limit=True,
        ),
        D.color("black", "other_garment_color"),
        D.wearing(
            "sports bra Question: What is the color of the sports bra? Answer: blue Question: What is the color of "
            "the sports bra? Answer: blue",
            "leak",
            hit_limit=True,
        ),
        D.material("nylon and spandex"),
        title="Strappy Back Sports Bra",
        color="Cobalt",
    ),
    # Photo: flat-lay on a light wood floor, no person: white ribbed cropped tank top, folded black leggings beside
    # it, a pair of white sneakers.
    case(
        "TK-55201-WHT",
        caption("a white tank top, black leggings and sneakers on a wooden floor"),
        D.garment_type("tank top"),
        D.color("black", "other_garment_color"),
        D.description("a white crop top"),
        D.details(
            "ribbed ribbed ribbed ribbed ribbed ribbed ribbed ribbed ribbed ribbed ribbed ribbed ribbed ribbed ribbed",
            "loop",
            hit_limit=True,
        ),
        D.material("none", "non_answer"),
        title="Ribbed Cropped Tank",
        category="Tops",
        color="White",
    ),
    # Photo: outdoors on a trail with hills behind; woman in a sage green quarter-zip long-sleeve pullover with
    # thumbholes, black leggings.
    case(
        "PO-33010-SGE",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a stand collar. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green pullover and black leggings"),
        D.color("green"),
        D.details("it has a quarter zip and thumb holes"),
        D.material("made of 88% polyester 12% spandex with a brushed fleece lining", "unsupported"),
        color_of(
            "pullover",
            "green-green-green-green-green-green-green-green-green-green-green-green-green-green-green",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        gender="women",
        title="Quarter-Zip Running Pullover",
        category="Tops",
        color="Sage",
    ),
    # Photo: green tennis court with white lines; woman in a white pleated tennis skort (shorts not visible) and a
    # navy fitted tank top.
    case(
        "SK-17001-WHT",
        caption("a woman standing on a tennis court in a white skirt"),
        D.garment_type("skirt"),
        D.color("navy", "other_garment_color"),
        D.details("pleated with built-in shorts"),
        D.wearing(
            "skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt "
            "skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt",
            "loop",
            hit_limit=True,
        ),
        D.description("", "non_answer"),
        gender="women",
        title="Pleated Tennis Skort",
        category="Skirts",
        color="White",
    ),
    # Photo: woman sitting on the edge of a pool with turquoise water, black square-neck one-piece swimsuit with
    # wide straps.
    case(
        "SW-61330-BLK",
        caption("a woman in a black swimsuit sitting on the edge of a pool"),
        D.color("black"),
        color_of("swimsuit", "blue", "contradiction", kind="open"),
        D.details("square neck and wide straps"),
        D.description(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "square neckline. The lady wears a",
            "contradiction",
            hit_limit=True,
        ),
        D.material("made of recycled nylon from fishing nets", "unsupported"),
        D.wearing("the person is wearing", "restated"),
        gender="women",
        title="Square Neck One-Piece Swimsuit",
        category="Swimwear",
        color="Black",
    ),
    # Photo: sandy beach, blue sky; woman in a leopard print underwire bikini top (tan background, brown and black
    # spots) and the matching bottom.
    case(
        "SW-62404-LEO",
        caption("a woman in a leopard print bikini on the beach"),
        D.pattern("animal print"),
        D.color("brown"),
        D.wearing("a leopard bikini"),
        D.details(
            "underwire Question: What are the details of the garment? Answer: underwire Question: What are the "
            "details of the garment? Answer: under",
            "leak",
            hit_limit=True,
        ),
        D.material("it's a bikini", "non_answer"),
        title="Leopard Underwire Bikini Top",
        category="Swim Tops",
        color="Leopard",
    ),
    # Photo: beach; woman in a sarong tied at the hip, white ground with pink hibiscus flowers and green leaves,
    # over a solid pink bikini.
    case(
        "CV-70112-FLM",
        caption(
            "The lady wears a long skirt with floral patterns. The skirt is with chiffon fabric. The lady wears a "
            "sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has a suspenders "
            "neckline. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a floral sarong and a pink bikini"),
        D.color("multicolor"),
        D.description("a white sarong with pink flowers and green leaves"),
        D.details(
            "The lady wears a long skirt with floral patterns. The skirt is with chiffon fabric. The lady wears a "
            "long skirt with floral patterns. The skirt is with chiffon",
            "loop",
            hit_limit=True,
        ),
        D.material("100% rayon made in bali", "unsupported"),
        gender="women",
        title="Floral Wrap Sarong",
        category="Cover-Ups",
        color="Floral Multi",
    ),
    # Photo: light backdrop; woman in a coral short-sleeve crew-neck rash guard with flatlock seams (no zip) and
    # black swim shorts.
    case(
        "RG-80520-CRL",
        caption("a woman in an orange shirt and black shorts"),
        D.garment_type("shorts", "contradiction"),
        D.color("orange"),
        D.details("it has a zipper in the back and upf 50 protection", "unsupported"),
        D.wearing(
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange "
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange "
            "orange orange",
            "loop",
            hit_limit=True,
        ),
        D.material("lycra"),
        describe("rash guard", "the rash guard is a rash guard", "restated"),
        gender="women",
        title="Short Sleeve Rash Guard",
        category="Swimwear",
        color="Coral",
    ),
    # Photo: cream backdrop, full body; woman in black ribbed wide-leg lounge pants with an elastic waist and a
    # cream ribbed cami.
    case(
        "LP-91550-BLK",
        caption("a woman wearing a white tank top and black pants"),
        color_of("pants", "white", "other_garment_color"),
        D.description(
            "The lady wears a long trousers. The trousers are with knitting fabric and pure color patterns. The "
            "lady wears a long trousers. The trousers are with knitting fabric and",
            "loop",
            hit_limit=True,
        ),
        D.details("wide leg with an elastic waistband"),
        D.material("ribbed knit"),
        color_of(
            "lounge pants",
            "The lady wears a long trousers. The trousers are with knitting fabric and pure color patterns. There "
            "is an accessory on her",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        gender="women",
        title="Ribbed Wide Leg Lounge Pant",
        category="Loungewear",
        color="Black",
    ),
    # Photo: woman sitting on a bed with white sheets in a dusty rose satin cami and matching shorts, both with
    # lace trim.
    case(
        "PJ-93010-DRS",
        caption("a woman sitting on a bed in pink satin pajamas"),
        D.wearing("he is wearing pink pajamas", "pronoun"),
        D.color("white", "contradiction"),
        D.details("lace trim on the neckline and the hem of the shorts"),
        D.material("satin"),
        D.description(
            "pink Question: Describe the garment. Answer: pink Question: Describe the garment. Answer: pink "
            "Question: Describe the",
            "leak",
            hit_limit=True,
        ),
        gender="women",
        title="Satin Cami & Short Pajama Set",
        category="Sleepwear",
        color="Dusty Rose",
    ),
    # Photo: white backdrop; woman in a heather grey full-zip fleece hoodie (kangaroo pockets, drawstrings, hood
    # down) open over a black sports bra, black leggings.
    case(
        "HD-35001-HGR",
        caption(
            "The lady wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton "
            "fabric. It has a hooded collar. The lady wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey hoodie over a black sports bra"),
        D.color("grey"),
        color_of("hoodie", "black", "other_garment_color"),
        D.details("it has a hood, drawstrings and a front pocket"),
        D.description("describe the garment", "restated"),
        gender="women",
        title="Fleece Full-Zip Hoodie",
        category="Sweatshirts & Hoodies",
        color="Heather Grey",
    ),
    # Photo: grey concrete gym wall; woman in a longline sports bra in a blue, green and yellow tie-dye, black
    # biker shorts.
    case(
        "SB-40501-TDM",
        caption("a woman in a tie dye sports bra and black shorts"),
        D.pattern("tie-dye"),
        D.color("multicolor"),
        color_of("sports bra", "black", "other_garment_color", kind="open"),
        D.wearing(
            "tank top tank top tank top tank top tank top tank top tank top tank top tank top tank top tank top "
            "tank top tank top tank top tank top",
            "loop",
            hit_limit=True,
        ),
        D.material("it has removable padding and is made of moisture wicking fabric", "unsupported"),
        D.description("a colorful tie dye sports bra"),
        gender="women",
        title="Tie-Dye Longline Sports Bra",
        category="Sports Bras",
        color="Tie-Dye Multi",
    ),
    # Photo: side view on a white backdrop; woman in cobalt blue high-rise leggings with a side pocket on the thigh
    # holding a phone, white tank top.
    case(
        "LG-22833-COB",
        caption("a woman in blue leggings with a phone in the pocket"),
        D.details("a pocket on the side of the leg"),
        D.color("blue"),
        color_of("leggings", "white", "other_garment_color", kind="open"),
        D.wearing(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a long leggings. The",
            "cut",
            hit_limit=True,
        ),
        D.material("nylon lycra with 4-way stretch, squat proof", "unsupported"),
        is_a("leggings", "no", "contradiction", article="a pair of"),
        gender="women",
        title='High-Rise Pocket Legging 28"',
        category="Leggings",
        color="Cobalt",
    ),
    # Photo: gym wall painted dark grey; woman in a black and white horizontal striped muscle tank with deep
    # armholes over a black sports bra, grey joggers.
    case(
        "TK-55340-BW",
        caption("a man in a striped shirt standing in front of a wall", "pronoun"),
        D.pattern("striped"),
        D.color("black and white"),
        D.wearing("a black and white striped tank top over a black sports bra"),
        D.garment_type("t-shirt", "contradiction"),
        D.details(
            "stripes Question: What are the details of the garment? Answer: stripes Question: What are the details "
            "of the garment? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="women",
        title="Striped Muscle Tank",
        category="Tanks",
        color="Black/White",
    ),
    # Photo: light backdrop; woman in a navy and white horizontal striped tankini top with adjustable straps and a
    # solid navy swim bottom.
    case(
        "SW-63007-NVW",
        caption(
            "The lady wears a sleeveless tank top with striped patterns. The tank top is with cotton fabric. It has "
            "a v-shape neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a navy and white striped tankini"),
        D.garment_type("swimsuit"),
        color_of("tankini", "navy"),
        D.description("describe the garment. the garment", "restated"),
        D.material("unknown", "non_answer"),
        title="Striped Tankini Top",
        category="Swim Tops",
        color="Navy/White",
    ),
    # Photo: beach boardwalk; woman in teal board shorts with a white drawstring, white long-sleeve rash guard
    # top.
    case(
        "SH-14110-TEA",
        caption("a woman standing on a boardwalk wearing green shorts and a white shirt"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        D.color("green"),
        details("shorts", "they have a drawstring at the waist"),
        D.wearing(
            "shorts Question: What is the person wearing? Answer: shorts Question: What is the person wearing? "
            "Answer: shorts Question: What",
            "leak",
            hit_limit=True,
        ),
        D.material("quick dry fabric by billabong", "unsupported"),
        gender="women",
        title='Board Short 5"',
        color="Teal",
    ),
    # Photo: white backdrop; woman in a black satin kimono robe with a large pink and red peony print, wide
    # elbow-length sleeves, belt tied at the waist.
    case(
        "RB-91220-FLR",
        caption("a woman in a black kimono with pink flowers"),
        D.color("black"),
        D.pattern("floral"),
        D.details(
            "The lady wears a long-sleeve cardigan with floral patterns. The cardigan is with chiffon fabric. It "
            "has a lapel collar. The lady wears a long-sleeve cardigan with floral patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.description("a floral robe with a pink, red and black pattern"),
        D.material("", "non_answer"),
        D.wearing("she is wearing a red dress", "contradiction"),
        title="Satin Kimono Robe",
        category="Robes",
        color="Black Floral",
    ),
    # Photo: outdoors on a city sidewalk; woman walking in a black satin midi slip dress with a cowl neck and thin
    # straps, an oversized beige blazer draped over her shoulders.
    case(
        "DR-40601-BLK",
        caption("a woman in a black dress walking down the street"),
        D.wearing("a black dress and a beige blazer"),
        D.color("beige", "other_garment_color"),
        D.details("a cowl neck and spaghetti straps"),
        D.sleeve_length("long sleeve", "contradiction"),
        D.description(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            hit_limit=True,
        ),
        D.material("it is made of satin with a built in bra and adjustable straps", "unsupported"),
        gender="women",
        title="Cowl Neck Satin Slip Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: light grey backdrop; woman in a cropped half-zip windbreaker, cobalt blue body with white sleeves and
    # a white yoke (color block), black leggings.
    case(
        "JK-31205-CBW",
        caption(
            "The lady wears a long-sleeve jacket with color block patterns. The jacket is with nylon fabric. It has "
            "a stand collar. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        D.pattern("color block"),
        D.color("blue"),
        D.wearing("a blue and white jacket with black leggings"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        D.details(
            "zipper Question: What are the details of the garment? Answer: zipper Question: What are the details of "
            "the garment? Answer: zipper",
            "leak",
            hit_limit=True,
        ),
        D.material("waterproof gore-tex", "unsupported"),
        gender="women",
        title="Color-Block Half-Zip Windbreaker",
        category="Jackets",
        color="Cobalt/White",
    ),
    # Photo: flat-lay on white, no person: heather grey seamless leggings laid out full length, ribbed
    # waistband; nothing else in the frame.
    case(
        "LG-22901-HGR",
        caption("a pair of grey leggings on a white background"),
        D.wearing("a pair of grey leggings"),
        D.color("grey"),
        D.details(
            "The lady wears a long pants. The pants are with cotton fabric and pure color patterns. The lady wears "
            "a long pants. The pants are with",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("shorts", "contradiction"),
        D.material("no", "non_answer"),
        title="Seamless Legging",
        category="Leggings",
        color="Heather Grey",
    ),
    # Photo: rocky beach, grey rocks and blue sea; woman in a red one-piece swimsuit with a cutout at one side of
    # the waist and high-cut legs.
    case(
        "SW-61555-RED",
        caption("a man in a red swimsuit standing on rocks by the ocean", "pronoun"),
        D.wearing("a red one piece swimsuit"),
        D.color("red"),
        D.details("cut out at the waist"),
        D.description(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of short length. The",
            "contradiction",
            hit_limit=True,
        ),
        D.material(
            "nylon Question: What material is the garment made of? Answer: nylon Question: What material is the "
            "garment made of? Answer: nylon",
            "leak",
            hit_limit=True,
        ),
        gender="women",
        title="Cutout One-Piece Swimsuit",
        category="Swimwear",
        color="Red",
    ),
    # Photo: light grey backdrop; woman in a lunge, black leggings with sheer black mesh panels on the calves,
    # black sports bra.
    case(
        "LG-23010-BLK",
        caption(
            "The lady wears a long pants. The pants are with cotton fabric and pure color patterns. The lady wears "
            "a long pants. The pants are with cotton fabric and pure color patterns. The lady wears a long pants. "
            "The pants",
            "loop",
            hit_limit=True,
        ),
        D.details("mesh panels on the calves"),
        D.color("black"),
        D.wearing("black sports bra and black leggings doing a lunge"),
        D.material("made of 75% recycled polyester 25% elastane", "unsupported"),
        color_of("leggings", "the color of the leggings", "restated", kind="open"),
        D.description(
            "The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. There is "
            "an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        gender="women",
        title="Mesh Panel Legging",
        category="Leggings",
        color="Black",
    ),
    # Photo: flat-lay on a beige linen sheet, no person: oatmeal waffle thermal henley, long sleeves, three wooden
    # buttons at the placket.
    case(
        "LT-92011-OAT",
        caption("a beige long sleeve shirt with buttons"),
        D.color("beige"),
        D.details("three buttons at the neck"),
        D.description(
            "The sweater is with knitting fabric. The sweater is with knitting fabric. The sweater is with knitting "
            "fabric. The sweater is with knitting fabric. The sweater",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "cotton Question: What material is the garment made of? Answer: cotton Question: What material is the",
            "leak",
            hit_limit=True,
        ),
        title="Waffle Thermal Henley",
        category="Loungewear",
    ),
    # Photo: beach at the waterline; woman running in a citron (neon yellow-green) racerback running tank top
    # with no visible logo or pocket, black running shorts.
    case(
        "TK-55420-CIT",
        caption("a woman running on the beach in a yellow tank top and black shorts"),
        D.wearing("he is wearing a yellow shirt and black shorts", "pronoun"),
        D.color("yellow"),
        D.details("it has a reflective logo and a hidden key pocket", "unsupported"),
        color_of(
            "tank top",
            "black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.description("nothing", "non_answer"),
        gender="women",
        title="Breeze Running Tank",
        category="Tanks",
        color="Citron",
    ),
    # Photo: cream backdrop; woman in a sage ribbed lounge bralette (triangle cups, thin straps) and matching sage
    # ribbed boxer shorts.
    case(
        "BR-95001-SGE",
        caption("a woman in a green bra and shorts"),
        D.garment_type("bra"),
        D.color("green"),
        D.wearing(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a suspenders neckline. The lady wears a",
            "contradiction",
            hit_limit=True,
        ),
        D.description(
            "green Question: Describe the garment. Answer: green Question: Describe the garment. Answer: green "
            "Question: Describe the garment.",
            "leak",
            hit_limit=True,
        ),
        D.details("triangle cups and thin straps"),
        gender="women",
        title="Ribbed Lounge Bralette",
        category="Intimates",
        color="Sage",
    ),
    # Photo: white backdrop; woman in a dusty rose cropped full-zip track jacket, zipped up, matching dusty rose
    # high-waist joggers and white sneakers.
    case(
        "TJ-30190-DRS",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has "
            "a stand collar. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.color("pink"),
        D.wearing("a pink jacket and pink pants"),
        D.details(
            "zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper "
            "zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper "
            "zipper zipper",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("jacket"),
        D.material("what material is the garment made of?", "restated"),
        color_of(
            "jacket",
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has "
            "a stand collar. The lady wears a long",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        gender="women",
        title="Cropped Track Jacket",
        category="Jackets",
        color="Dusty Rose",
    ),
    # Photo: woman lying on a lounge chair with a white towel by a blue pool, sage high-neck bikini top and
    # matching sage bottom.
    case(
        "SW-62650-SGE",
        caption("a woman in a green bikini lying on a lounge chair by the pool"),
        D.color("green"),
        color_of("bikini top", "green", kind="open"),
        D.details("the details of the garment are the details of the bikini top", "restated"),
        D.wearing(
            "bikini Question: What is the person wearing? Answer: bikini Question: What is the person wearing? "
            "Answer: bikini",
            "leak",
            hit_limit=True,
        ),
        gender="women",
        title="High-Neck Bikini Top",
        category="Swim Tops",
        color="Sage",
    ),
    # Photo: light grey backdrop; woman in heather grey fleece joggers with cuffed ankles and a drawstring, a
    # white crew sweatshirt half tucked in.
    case(
        "JG-34002-HGR",
        caption("a man in grey sweatpants and a white sweatshirt", "pronoun"),
        D.color("grey"),
        color_of("joggers", "white", "other_garment_color"),
        D.details("cuffed ankles and a drawstring waist"),
        D.wearing(
            "The lady wears a long pants. The pants are with cotton fabric and pure color patterns. The lady wears "
            "a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton fleece"),
        describe("joggers", "joggers", "restated"),
        gender="women",
        title="Fleece Jogger",
        category="Pants",
        color="Heather Grey",
    ),
    # Photo: beach with the sea behind; woman in a blue and white vertical striped button-up cover-up shirt tied
    # at the waist, over a white bikini.
    case(
        "CV-70240-BLS",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel collar. The shirt is of long length. There is an accessory on her wrist. The lady wears a "
            "long-sleeve shirt with",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue and white striped shirt over a white bikini"),
        D.color("blue"),
        D.details("tied at the front"),
        D.description(
            "striped Question: Describe the garment. Answer: striped Question: Describe the garment. Answer: "
            "striped Question: Describe the garment.",
            "leak",
            hit_limit=True,
        ),
        D.material("linen by ralph lauren", "unsupported"),
        gender="women",
        title="Striped Tie-Front Cover-Up Shirt",
        category="Cover-Ups",
        color="Blue/White Stripe",
    ),
    # Photo: outdoors on a wooden deck; woman in downward dog on a dark grey yoga mat, dusty rose open-back yoga
    # tank top, black leggings.
    case(
        "TK-55600-DRS",
        caption("a woman doing yoga on a grey mat"),
        D.wearing("she is wearing a pink tank top and black leggings"),
        D.color("grey", "contradiction"),
        D.details(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "person wears a long leggings. The leggings are with cotton",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "tank top",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink pink",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.description("a pink tank top with an open back"),
        D.material("", "non_answer"),
        gender="women",
        title="Open-Back Yoga Tank",
        category="Tanks",
        color="Dusty Rose",
    ),
]
