"""BLIND_147 (44 products; the experiments re-run on a random sample of a Myntra-style marketplace, in their own
questionnaire): written blind in the twenty-first session. Measured blind at f1802f2: 131/141 failures found (92.9%)
and 14/146 correct texts flagged (9.6%). The writer's notes, verbatim:

Blind corpus 147: BLIP-2 OPT-2.7b and the experiments' adapters on 44 products of a Myntra-style marketplace.

Scenario
    The original experiments' models re-run on a random sample of 44 products of a Myntra-style fashion marketplace
    (men's, women's and kids' clothing, western and ethnic, weighted roughly as such a catalog is: 18 men's, 20
    women's, 6 kids'), one product per item. Every product gets a caption plus the experiments' own closed questions
    (BLIND_QUESTIONS: garment type, color, pattern, sleeve length, material), with the VQA data's yes/no garment
    question (is_a) and the experiments' "What is the color of the {garment}?" question (color_of) where the photo
    calls for it, and, on some items, the experiments' open prompts (What is she/he/the person wearing?, Describe
    the {garment}., What are the {garment} details?). Seller columns (gender, category, color, title) come from the
    marketplace listing; a few are missing (case 18 has no color, 35 no title, 36 no gender, 44 no color).

Which system wrote which text (named in a comment beside every text)
    BASE  the untuned Salesforce/blip2-opt-2.7b: short captions and answers that stop on their own; its failures are
          wrong colors (one color for every garment, the print's or the backdrop's color), a wrong pronoun for the
          person, invented details, empty or echoed answers, a "dress" or "kurta" that the seller contradicts.
    CAP1  leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch (caption adapter, epoch 1).
    CAP3  leoreigoto/Data2_V2_Blip2_Finetune_Caption (caption adapter, epoch 3).
          Both return the DeepFashion-MultiModal caption template for every prompt (no hue names, pattern words
          only: "pure color", "lattice", "graphic", "floral"...), never stop, and are cut at 50 tokens (captions) or
          30 tokens (answers), or loop on a template sentence.
    VQA   leoreigoto/Data3_V3_BLIP2_VQA (VQA adapter): no end-of-answer token was trained, so its answers run to the
          30-token limit: loops ("short sleeve short sleeve ..."), prompt leaks ("white Question: ... Answer: ..."),
          or a sentence cut mid-phrase.

How it was written
    Blind: I read only /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py (the Case/Text
    layout, the makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a, color_of, question, case, TARGETS). No audit
    code, no other corpus, no documentation of the audits. Each product's photo is imagined in the comment above
    it and every label was judged against that photo and the seller's columns.

Label conventions and judgement calls
    - One label per text: the failure the text shows most plainly. Order of precedence: leak (the text contains
      "Question:"/"Answer:" from the prompt format) > loop (a word, phrase or template sentence repeated until the
      limit) > the content failure when it is the point of the text (an invented person on a product shot is
      unsupported even if cut) > cut.
    - cut: stopped mid-phrase; hit_limit=True at 30 new tokens (answers) or 50 (captions). Two texts are cut before
      the limit (hit_limit=False): "the garment is made of"-style stops. A caption template returned for a
      question and cut at 30 tokens is labelled cut, even where its content ("dress" for a kurta) is also off.
    - Loops and leaks that run to the limit carry hit_limit=True.
    - Near-color synonyms are correct: navy -> blue, olive -> green, mustard -> yellow, maroon -> red / burgundy,
      charcoal -> gray, off white -> cream / white, teal -> blue, rust -> orange, lavender -> purple,
      peach -> pink, cream -> white, beige -> khaki. Two-color answers for two-color garments ("red and blue" for a
      red & navy check, "white and blue" for a white tee with navy stripes) are correct.
    - A color answer that is the color of a co-worn garment (the tee under a jacket, the top above the jeans, the
      dupatta over the lehenga) is other_garment_color. A color that belongs to nothing the product is (the print,
      the embroidery, the backdrop, the handbag), or the product's color given to another garment, or another
      garment type that the seller's category contradicts, is contradiction.
    - Answers about a co-worn garment asked by name (color_of("shirt") on a jeans photo) are judged against that
      garment, and correct when right.
    - Backgrounds, props and layers named in captions ("in front of a blue wall", "a denim jacket over a white
      t-shirt", "holding a purse") are correct when the imagined photo has them.
    - Palazzos called "pants", a lehenga called "skirt" or "indian wedding dress", a Nehru jacket called "vest",
      a polo called "polo shirt", a plaid shirt "plaid" are correct. "the skirt has no sleeves" is correct.
    - Materials plausible from the photo (denim for jeans, fleece for a sweatshirt, linen when the title and
      texture say so) are correct; provenance, genuineness, care instructions or brands nobody can see are
      unsupported, as are a person, clothes or accessories invented on a product shot, pockets or zips not in view.
    - pronoun: the model names the person with the wrong gender ("a man in a ... striped shirt" for a women's shirt
      worn by a woman with short hair, "a little girl" for a boy with long hair). Pronoun failures are only
      labelled where the model chose the pronoun (prompts ask about "the person"), never where it echoed the
      prompt's "she"/"he".
    - non_answer: empty, "i don't know", "unknown", "clothing", "jeans" / "dress" for a details question, "it is
      a garment". restated: the question's own words back ("the material of the garment", "the color of the
      pants", "the sleeves are the sleeves").
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import Case, caption, case, color_of, describe, details, is_a, wearing

BLIND_147: list[Case] = [
    # 1. Photo: a man in a navy blue round-neck half-sleeve tee and light grey jeans, plain white studio background,
    # front view. The product is the tee.
    case(
        "MYN-M-TS-10421",
        caption("a man in a navy blue t-shirt and grey jeans"),  # BASE
        B.garment_type("t-shirt"),  # BASE
        B.color("blue"),  # BASE
        color_of("shirt", "grey", "other_garment_color"),  # BASE: the jeans' color
        color_of("jeans", "grey"),  # BASE
        B.sleeve_length(  # VQA
            "short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve "
            "short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve short",
            "loop",
            hit_limit=True,
        ),
        B.pattern("solid"),  # BASE
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Round Neck Pure Cotton T-shirt",
    ),
    # 2. Photo: a man in a full-sleeve red and navy checked shirt worn untucked over dark blue jeans, standing against a
    # pale brick wall. The product is the shirt.
    case(
        "MYN-M-SH-22817",
        caption(  # CAP3
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and solid "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        B.pattern("plaid"),  # BASE
        B.color("red and blue"),  # BASE
        is_a(  # VQA
            "shirt",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("long"),  # BASE
        B.material(  # CAP3
            "The shirt is with cotton fabric and it has a lapel neckline. The gentleman wears a long trousers. The "
            "trousers are with denim fabric and solid color",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "red"),  # BASE
        gender="Men",
        category="Shirts",
        color="Red",
        title="HERE&NOW Men Red & Navy Blue Regular Fit Checked Casual Shirt",
    ),
    # 3. Photo: a man in mid-wash blue slim jeans, a plain white crew-neck tee worn out, white sneakers, grey backdrop.
    # The product is the jeans.
    case(
        "MYN-M-JN-30954",
        caption("a man wearing a white t-shirt and blue jeans"),  # BASE
        color_of("jeans", "white", "other_garment_color"),  # BASE: the tee's color
        color_of("shirt", "white"),  # BASE: right for the tee
        B.garment_type(  # VQA
            "denim Question: What is the color of the denim? Answer: blue Question: Is this a denim? Answer: yes "
            "Question: What",
            "leak",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),  # BASE
        B.material("denim"),  # BASE
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Mast & Harbour Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 4. Photo: a man in a knee-length white chikankari-embroidered straight kurta with white churidar, in a courtyard
    # with green potted plants behind him. The product is the kurta.
    case(
        "MYN-M-KU-41176",
        caption("a man in a white kurta standing in front of a green plant"),  # BASE: plant is background
        B.garment_type("kurta"),  # BASE
        is_a(  # VQA: cut at the limit
            "shirt",
            "yes, the shirt is a long-sleeve shirt with a round neckline and a button placket on the front. The "
            "shirt is made of a cotton fabric and has a",
            "cut",
            hit_limit=True,
        ),
        B.pattern("embroidered"),  # BASE
        B.material("i don't know", "non_answer"),  # BASE
        color_of("shirt", "white"),  # BASE: the kurta is the upper garment
        wearing("a white kurta with embroidery on the front and a pair of white pants", who="he"),  # BASE
        gender="Men",
        category="Kurtas",
        color="White",
        title="See Designs Men White Chikankari Embroidered Straight Kurta",
    ),
    # 5. Photo: product shot, no person: a black short-sleeve round-neck tee laid flat on white, a large orange tiger
    # print on the chest.
    case(
        "MYN-M-TS-10877",
        caption("a black t-shirt with an orange tiger on it"),  # BASE
        B.color("orange", "contradiction"),  # BASE: the print's color; seller and caption say black
        B.pattern("graphic"),  # BASE
        B.sleeve_length("short"),  # BASE
        wearing(  # CAP1: invents a gentleman and pants on a flat lay
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long pants. The pants are with",
            "unsupported",
            hit_limit=True,
        ),
        B.material(  # VQA
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="Bewakoof Men Black Graphic Printed Round Neck T-shirt",
    ),
    # 6. Photo: a man in an olive green hooded sweatshirt with kangaroo pocket and drawstrings, black joggers, hands in
    # the pocket, grey background. The product is the hoodie.
    case(
        "MYN-M-SW-52310",
        caption(  # CAP3
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The gentleman wears a long pants. The pants are with cotton fabric and pure color patterns. The "
            "gentleman wears a long-sleeve sweater with pure",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("hoodie"),  # BASE
        B.color("green"),  # BASE
        color_of("pants", "green", "contradiction"),  # BASE: the hoodie's color given to the black joggers
        B.sleeve_length("long"),  # BASE
        is_a("sweatshirt", "yes"),  # BASE
        gender="Men",
        category="Sweatshirts",
        color="Olive",
        title="HRX by Hrithik Roshan Men Olive Green Solid Hooded Sweatshirt",
    ),
    # 7. Photo: a man in black track pants with a white stripe down each side, a plain grey tee, walking pose, white
    # background. The product is the track pants.
    case(
        "MYN-M-TP-60233",
        caption("a man in a grey t-shirt and black track pants"),  # BASE
        color_of("pants", "grey", "other_garment_color"),  # BASE: the tee's color
        B.pattern("striped"),  # BASE: side stripes
        B.garment_type(  # VQA
            "track pants, track pants, track pants, track pants, track pants, track pants, track pants, track pants, "
            "track",
            "loop",
            hit_limit=True,
        ),
        B.material("polyester"),  # BASE: visible sheen of a tricot track pant
        details(  # CAP3
            "pants",
            "The pants are with cotton fabric and solid color patterns. The gentleman wears a short-sleeve T-shirt "
            "with pure color patterns. The T-shirt is with cotton fabric and it has a",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Track Pants",
        color="Black",
        title="Sports52 Wear Men Black Solid Slim Fit Track Pants with Side Stripes",
    ),
    # 8. Photo: a man in a white full-sleeve formal shirt tucked into navy trousers, brown belt, blurred office behind.
    # The product is the shirt.
    case(
        "MYN-M-SH-23044",
        caption("a man in a white shirt and blue pants standing in an office"),  # BASE
        B.color(  # VQA
            "white Question: What is the color of the pants? Answer: navy Question: What is the color of the belt? "
            "Answer: brown Question: What",
            "leak",
            hit_limit=True,
        ),
        color_of("shirt", "white"),  # BASE
        color_of("pants", "white", "contradiction"),  # BASE: the caption's blue pants
        B.sleeve_length("long"),  # BASE
        B.material("cotton"),  # BASE
        wearing("she is wearing a white shirt and blue pants", "pronoun"),  # BASE
        gender="Men",
        category="Shirts",
        color="White",
        title="Park Avenue Men White Slim Fit Solid Formal Shirt",
    ),
    # 9. Photo: a man in beige chinos, a navy shirt tucked in, brown loafers, white background. The product is the
    # chinos.
    case(
        "MYN-M-TR-70519",
        caption("a man in a blue shirt and khaki pants"),  # BASE
        B.color("blue", "other_garment_color"),  # BASE: the shirt's color
        color_of("pants", "beige"),  # BASE
        is_a(  # VQA
            "pair of pants",
            "yes Question: Is this a pair of pants? Answer: yes Question: Is this a pair of pants? Answer: yes "
            "Question: Is",
            "leak",
            hit_limit=True,
        ),
        B.garment_type("chinos"),  # BASE
        B.pattern("solid"),  # BASE
        gender="Men",
        category="Trousers",
        color="Beige",
        title="Louis Philippe Sport Men Beige Slim Fit Solid Chinos",
    ),
    # 10. Photo: a man in a washed blue denim trucker jacket worn open over a white tee, black jeans, white background.
    # The product is the jacket.
    case(
        "MYN-M-JK-80102",
        caption("a man wearing a denim jacket over a white t-shirt"),  # BASE: layer
        B.garment_type("jacket"),  # BASE
        B.color("white", "other_garment_color"),  # BASE: the tee's color
        color_of("jacket", "blue"),  # BASE
        B.material("denim"),  # BASE
        describe(  # CAP1
            "jacket",
            "The gentleman wears a long-sleeve denim jacket. The jacket is with denim fabric and it has a lapel "
            "neckline. The gentleman wears a short-sleeve T-shirt with pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length(  # VQA
            "long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve "
            "long-sleeve long-sleeve",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Jackets",
        color="Blue",
        title="Roadster Men Blue Washed Denim Jacket",
    ),
    # 11. Photo: a man in a sleeveless mustard Nehru jacket with a tonal woven paisley, over a white full-sleeve kurta
    # and white pyjama, in front of a carved wooden door. The product is the Nehru jacket.
    case(
        "MYN-M-NJ-81460",
        caption("a man in a yellow vest and white kurta"),  # BASE
        B.color("yellow"),  # BASE
        B.sleeve_length("long", "contradiction"),  # BASE: the kurta's sleeves; the jacket is sleeveless
        is_a(  # VQA
            "vest",
            "yes, the vest is a sleeveless vest with a v-neckline and a button closure on the front. The vest is "
            "made of a",
            "cut",
            hit_limit=True,
        ),
        B.pattern("paisley"),  # BASE
        gender="Men",
        category="Nehru Jackets",
        color="Mustard",
        title="Vastramay Men Mustard Yellow Woven Design Nehru Jacket",
    ),
    # 12. Photo: a man in a maroon short-sleeve polo with white tipping on the collar, plain chest (no logo), blue
    # jeans, white background. The product is the polo.
    case(
        "MYN-M-TS-11203",
        caption(  # CAP1
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and it has a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric "
            "and",
            "cut",
            hit_limit=True,
        ),
        B.color("red"),  # BASE
        B.garment_type("polo shirt"),  # BASE
        is_a("polo shirt", "yes"),  # BASE
        color_of(  # VQA
            "shirt",
            "burgundy-burgundy-burgundy-burgundy-burgundy-burgundy-burgundy-burgundy-burgundy-burgundy",
            "loop",
            hit_limit=True,
        ),
        details("shirt", "the shirt has a collar with white stripes and a logo on the chest", "unsupported"),  # BASE
        gender="Men",
        category="Tshirts",
        color="Maroon",
        title="U.S. Polo Assn. Men Maroon Solid Polo Collar T-shirt",
    ),
    # 13. Photo: a man in khaki cargo shorts with side pockets and a black tee, white background. The product is the
    # shorts.
    case(
        "MYN-M-SR-90318",
        caption("a man wearing black t-shirt and khaki shorts"),  # BASE
        color_of("shorts", "black", "other_garment_color"),  # BASE: the tee's color
        B.garment_type("shorts"),  # BASE
        details("shorts", "they are shorts", "non_answer"),  # BASE
        B.material("cotton"),  # BASE
        B.pattern(  # VQA
            "solid color patterns. The shorts are with cotton fabric and pure color patterns. The shorts are with "
            "cotton fabric and pure color patterns. The shorts are",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Shorts",
        color="Khaki",
        title="WROGN Men Khaki Solid Regular Fit Cargo Shorts",
    ),
    # 14. Photo: a man in a maroon silk-blend kurta with gold embroidery on the placket, cream churidar, in front of a
    # marigold-garland backdrop. The product is the kurta set.
    case(
        "MYN-M-KS-42905",
        caption("a man in a red kurta standing in front of a flower decoration"),  # BASE
        B.garment_type("kurta"),  # BASE
        B.color("gold", "contradiction"),  # BASE: the embroidery's color
        is_a(  # VQA
            "dress",
            "yes, it is a dress. yes, it is a dress. yes, it is a dress. yes, it is a dress. yes, it is a dress. yes",
            "loop",
            hit_limit=True,
        ),
        B.material("silk"),  # BASE
        B.sleeve_length("long"),  # BASE
        gender="Men",
        category="Kurta Sets",
        color="Maroon",
        title="Sojanya Men Maroon & Cream Embroidered Kurta with Churidar",
    ),
    # 15. Photo: a man in a white short-sleeve round-neck tee with navy horizontal stripes and beige chinos, in front of
    # a blue painted wall. The product is the tee.
    case(
        "MYN-M-TS-11590",
        caption("a man in a striped shirt standing in front of a blue wall"),  # BASE
        B.color("white and blue"),  # BASE
        B.pattern("striped"),  # BASE
        color_of("pants", "the color of the pants", "restated"),  # BASE
        B.material(  # CAP3
            "The gentleman wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric and "
            "it has a round neckline. The gentleman wears a long trousers. The trousers are",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length(  # VQA
            "short-sleeve Question: What is the neckline of the t-shirt? Answer: round Question: What is the fabric "
            "of the t-shirt? Answer",
            "leak",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),  # BASE
        gender="Men",
        category="Tshirts",
        color="White",
        title="Tommy Hilfiger Men White & Navy Blue Striped Round Neck T-shirt",
    ),
    # 16. Photo: a man in a charcoal grey cable-knit crew-neck sweater over a white collared shirt (collar showing),
    # dark jeans, a bookshelf behind. The product is the sweater.
    case(
        "MYN-M-SW-53077",
        caption("a man in a grey sweater and jeans standing in front of a bookshelf"),  # BASE
        B.color("gray"),  # BASE
        B.garment_type(  # VQA
            "the sweater is a long-sleeve sweater with a round neckline and a cable knit pattern on the front and "
            "the back. The sweater is made of",
            "cut",
            hit_limit=True,
        ),
        B.pattern("cable knit"),  # BASE
        B.material("the sweater is made of a", "cut"),  # BASE: stopped before the limit
        wearing("a grey sweater and a white shirt and jeans", who="he"),  # BASE: layer
        describe(  # CAP3
            "sweater",
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric and it has a round neckline. The gentleman wears a long-sleeve sweater with pure color "
            "patterns. The sweater",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Sweaters",
        color="Charcoal",
        title="Allen Solly Men Charcoal Grey Cable Knit Pullover Sweater",
    ),
    # 17. Photo: a man in black skinny jeans with rips at the knees and an olive green tee, white background. The
    # product is the jeans.
    case(
        "MYN-M-JN-31288",
        caption("a man in a green t-shirt and black ripped jeans"),  # BASE
        color_of("jeans", "black"),  # BASE
        B.color("green", "other_garment_color"),  # BASE: the tee's color
        B.pattern(  # VQA
            "distressed-distressed-distressed-distressed-distressed-distressed-distressed-distressed-distressed",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),  # BASE
        B.material(  # CAP1
            "The lower clothing is of long length. The fabric is denim and it has solid color patterns. The upper "
            "clothing is of short sleeve length. The fabric is cotton and",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Jeans",
        color="Black",
        title="Flying Machine Men Black Skinny Fit Mildly Distressed Stretchable Jeans",
    ),
    # 18. Photo: a man in an olive linen half-sleeve shirt with a mandarin collar and no pockets, white trousers, a
    # sand-colored studio backdrop. The product is the shirt; the seller's color column is empty.
    case(
        "MYN-M-SH-23561",
        caption("a man in a green shirt and white pants"),  # BASE
        B.sleeve_length("short"),  # BASE
        B.color("green"),  # BASE
        B.material("linen"),  # BASE
        B.garment_type("clothing", "non_answer"),  # BASE
        details(  # BASE: there are no pockets
            "shirt", "it has a mandarin collar and two pockets on the chest and buttons on the sleeves", "unsupported"
        ),
        wearing(  # VQA
            "shirt, white pants, white pants, white pants, white pants, white pants, white pants, white pants, "
            "white pants",
            "loop",
            who="he",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        title="The Indian Garage Co Men Olive Linen Mandarin Collar Casual Shirt",
    ),
    # 19. Photo: a woman in a yellow straight kurta with small white block-printed buttis, three-quarter sleeves, white
    # palazzos, in front of a pastel pink wall. The product is the kurta.
    case(
        "MYN-W-KU-43318",
        caption("a woman in a yellow kurta and white pants standing in front of a pink wall"),  # BASE
        B.garment_type("kurta"),  # BASE
        B.sleeve_length("three-quarter"),  # BASE
        B.pattern("printed"),  # BASE
        color_of("pants", "yellow", "contradiction"),  # BASE: the kurta's color given to the white palazzos
        wearing(  # CAP3
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. The lady "
            "wears a long pants. The pants are with cotton fabric and pure color patterns. The",
            "cut",
            who="she",
            hit_limit=True,
        ),
        B.material(  # VQA
            "cotton Question: What is the pattern of the kurta? Answer: printed Question: What is the sleeve length "
            "of the kurta? Answer",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        color="Yellow",
        title="Anouk Women Yellow & White Block Printed Straight Kurta",
    ),
    # 20. Photo: a woman in a draped pink georgette saree with a gold zari border and a matching short-sleeve pink
    # blouse, in front of a beige curtain. The product is the saree.
    case(
        "MYN-W-SA-12740",
        caption("a woman in a pink sari with gold trim"),  # BASE
        B.garment_type(  # CAP3
            "The lady wears a long dress with pure color patterns. The dress is with chiffon fabric. There is an "
            "accessory on her wrist. The lady wears a long dress with pure color patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        B.color("pink"),  # BASE
        is_a("dress", "yes", "contradiction"),  # BASE: a saree, seller category Sarees
        B.material("silk with hand-woven zari from banaras", "unsupported"),  # BASE
        B.sleeve_length("short"),  # BASE: the blouse
        details("saree", "the saree details are the saree", "restated"),  # BASE
        gender="Women",
        category="Sarees",
        color="Pink",
        title="Mitera Pink & Gold-Toned Zari Border Poly Georgette Saree",
    ),
    # 21. Photo: a woman in a white sleeveless square-neck top with a ruffle hem tucked into blue jeans, on a street
    # with parked cars. The product is the top.
    case(
        "MYN-W-TO-14022",
        caption("a woman in a white top and blue jeans walking down the street"),  # BASE
        B.color("blue", "other_garment_color"),  # BASE: the jeans' color
        B.sleeve_length("sleeveless"),  # BASE
        B.garment_type(  # VQA
            "tank top tank top tank top tank top tank top tank top tank top tank top tank top tank top tank",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing a white top and blue jeans", "pronoun"),  # BASE
        B.material("cotton"),  # BASE
        describe(  # CAP1
            "top",
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric and "
            "it has a square neckline. The lady wears a long trousers. The trousers are with denim",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="White",
        title="SASSAFRAS Women White Solid Square Neck Ruffled Top",
    ),
    # 22. Photo: a woman in a black midi dress with small pink and white flowers, flutter sleeves and a tie waist, flat
    # tan sandals, on a garden path. The product is the dress.
    case(
        "MYN-W-DR-15503",
        caption("a woman in a black floral dress walking in a garden"),  # BASE
        B.color("black"),  # BASE
        B.pattern("floral"),  # BASE
        color_of("dress", "pink", "contradiction"),  # BASE: the flowers' color; seller and caption say black
        B.sleeve_length(  # VQA
            "short sleeve Answer: short sleeve Answer: short sleeve Answer: short sleeve Answer: short sleeve "
            "Answer: short",
            "leak",
            hit_limit=True,
        ),
        B.material(  # CAP3
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. The dress "
            "is of long length. There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing(  # BASE: she wears flat sandals
            "she is wearing a black floral dress with a belt and high heels", "unsupported", who="she"
        ),
        gender="Women",
        category="Dresses",
        color="Black",
        title="Berrylush Women Black & Pink Floral Print Fit and Flare Midi Dress",
    ),
    # 23. Photo: a woman in a teal kurta with a silver-thread embroidered yoke, teal trousers and a printed dupatta,
    # beige studio backdrop. The product is the kurta set.
    case(
        "MYN-W-KS-44190",
        caption(  # CAP1
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. The lady "
            "wears a long pants. The pants are with cotton fabric and pure color patterns. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        B.color("blue"),  # BASE: teal
        B.garment_type("kurta"),  # BASE
        is_a(  # VQA
            "kurta",
            "yes Question: Is this a dupatta? Answer: yes Question: Is this a pair of pants? Answer: yes Question: "
            "Is this a",
            "leak",
            hit_limit=True,
        ),
        color_of("pants", "teal"),  # BASE
        B.pattern("embroidered"),  # BASE
        B.material("the material of the garment", "restated"),  # BASE
        gender="Women",
        category="Kurta Sets",
        color="Teal",
        title="Libas Women Teal Yoke Design Kurta with Trousers & Dupatta",
    ),
    # 24. Photo: a woman with short hair in light blue high-rise straight jeans and a black crop top, white backdrop.
    # The product is the jeans.
    case(
        "MYN-W-JN-32605",
        caption("a woman wearing a black top and light blue jeans"),  # BASE
        color_of("jeans", "black", "other_garment_color"),  # BASE: the top's color
        B.garment_type("jeans"),  # BASE
        B.pattern(  # VQA
            "solid Question: What is the color of the jeans? Answer: blue Question: What is the fabric of the "
            "jeans? Answer: denim Question",
            "leak",
            hit_limit=True,
        ),
        wearing("he is wearing a black shirt and blue jeans", "pronoun"),  # BASE
        B.material("denim"),  # BASE
        details("jeans", "jeans", "non_answer"),  # BASE
        gender="Women",
        category="Jeans",
        color="Blue",
        title="Levis Women Blue High-Rise Straight Fit Light Fade Jeans",
    ),
    # 25. Photo: product shot, no person: a lavender short-sleeve tee on a hanger against a white wall, white
    # "GOOD VIBES" lettering and a small sun on the front.
    case(
        "MYN-W-TS-16119",
        caption("a purple t-shirt hanging on a wall with the words good vibes"),  # BASE
        B.color("purple"),  # BASE
        B.pattern("graphic"),  # BASE
        wearing(  # CAP3: invents a lady and trousers
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and it "
            "has a round neckline. The lady wears a long trousers. The trousers are",
            "unsupported",
            who="she",
            hit_limit=True,
        ),
        B.sleeve_length(  # VQA
            "short short short short short short short short short short short short short short short short short "
            "short short short short short short short short short short short short short",
            "loop",
            hit_limit=True,
        ),
        B.material("100% cotton, machine wash cold", "unsupported"),  # BASE: care label not in view
        gender="Women",
        category="Tshirts",
        color="Lavender",
        title="Roadster Women Lavender Typography Printed Round Neck Pure Cotton T-shirt",
    ),
    # 26. Photo: a woman in maroon ankle-length leggings under a long white chikan kurti, studio. The product is the
    # leggings.
    case(
        "MYN-W-LG-17844",
        caption("a woman in a white kurta and red leggings"),  # BASE
        B.color("white", "other_garment_color"),  # BASE: the kurti's color
        B.garment_type("kurta", "contradiction"),  # BASE: the kurti; seller category Leggings
        color_of("pants", "maroon"),  # BASE
        is_a(  # VQA
            "pair of leggings",
            "yes, the leggings are a pair of leggings. yes, the leggings are a pair of leggings. yes, the leggings "
            "are a pair of",
            "loop",
            hit_limit=True,
        ),
        B.material(  # CAP1
            "The lower clothing is of long length. The fabric is cotton and it has solid color patterns. The upper "
            "clothing is of long sleeve length. The fabric is cotton and it has",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Leggings",
        color="Maroon",
        title="Go Colors Women Maroon Solid Ankle-Length Leggings",
    ),
    # 27. Photo: a woman in rust wide-leg palazzos and a short cream kurti, standing next to a wicker chair. The product
    # is the palazzos.
    case(
        "MYN-W-PZ-18230",
        caption("a woman in a white top and orange pants standing next to a chair"),  # BASE
        B.color("orange"),  # BASE: rust
        B.garment_type("pants"),  # BASE
        color_of(  # VQA
            "pants",
            "rust-rust-rust-rust-rust-rust-rust-rust-rust-rust-rust-rust-rust-rust-rust",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing clothes", "non_answer", who="she"),  # BASE
        B.pattern("the pattern of the garment is a pattern", "restated"),  # BASE
        gender="Women",
        category="Palazzos",
        color="Rust",
        title="Jaipur Kurti Women Rust Orange Solid Flared Palazzos",
    ),
    # 28. Photo: a woman twirling in a long-sleeve navy blue flared Anarkali kurta with gold foil print, against a
    # purple backdrop; the back is not in view. The product is the kurta.
    case(
        "MYN-W-KU-43702",
        caption(  # CAP3
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. The dress is "
            "of long length. The lady wears a long-sleeve dress with graphic patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        B.color("blue"),  # BASE: navy
        B.garment_type("kurta"),  # BASE
        B.pattern("printed"),  # BASE
        color_of("dress", "purple", "contradiction"),  # BASE: the backdrop's color
        B.material(  # VQA
            "the material of the garment is cotton and the material of the garment is cotton and the material of "
            "the garment is cotton and",
            "loop",
            hit_limit=True,
        ),
        details(  # BASE: the back is not in view
            "kurta", "the kurta has a gold print and a flared hem and a zip at the back", "unsupported"
        ),
        gender="Women",
        category="Kurtas",
        color="Navy Blue",
        title="Vishudh Women Navy Blue & Gold-Toned Foil Printed Anarkali Kurta",
    ),
    # 29. Photo: a woman seated on outdoor stone steps in a peach top with white and green flowers and puff sleeves,
    # white jeans, tan sandals. The product is the top.
    case(
        "MYN-W-TO-14587",
        caption("a woman sitting on the steps wearing a floral top and white jeans"),  # BASE
        B.color("pink"),  # BASE: peach
        B.pattern("floral"),  # BASE
        B.sleeve_length("short"),  # BASE
        color_of(  # VQA
            "pants",
            "white Question: What is the color of the top? Answer: peach Question: What is the pattern of the top? "
            "Answer: floral Question:",
            "leak",
            hit_limit=True,
        ),
        B.material("", "non_answer"),  # BASE: stopped at once
        wearing("he is wearing a floral top and white jeans", "pronoun"),  # BASE
        is_a(  # VQA
            "blouse",
            "yes, blouse, yes, blouse, yes, blouse, yes, blouse, yes, blouse, yes, blouse, yes, blouse, yes",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="Peach",
        title="DressBerry Women Peach-Coloured Floral Print Puff Sleeves Top",
    ),
    # 30. Photo: a woman with short cropped hair in a full-sleeve blue and white vertically striped shirt and white
    # trousers, office backdrop. The product is the shirt.
    case(
        "MYN-W-SH-24410",
        caption("a man in a blue and white striped shirt and white pants", "pronoun"),  # BASE
        B.pattern("striped"),  # BASE
        B.color("blue and white"),  # BASE
        wearing("he is wearing a striped shirt and white pants", "pronoun"),  # BASE
        B.sleeve_length(  # VQA
            "long-sleeve Question: What is the neckline of the shirt? Answer: lapel Question: What is the fabric of "
            "the shirt? Answer: cotton",
            "leak",
            hit_limit=True,
        ),
        B.material("the garment is made of material", "restated"),  # BASE
        gender="Women",
        category="Shirts",
        color="Blue",
        title="Van Heusen Woman Blue & White Striped Regular Fit Formal Shirt",
    ),
    # 31. Photo: a woman in an emerald green pleated midi skirt with a white tee tucked in, in front of a white brick
    # wall. The product is the skirt.
    case(
        "MYN-W-SK-19066",
        caption("a woman in a white t-shirt and a green pleated skirt"),  # BASE
        color_of("skirt", "white", "other_garment_color"),  # BASE: the tee's color
        B.garment_type("skirt"),  # BASE
        B.pattern("pleated"),  # BASE
        B.sleeve_length("the skirt has no sleeves"),  # BASE
        describe(  # CAP3
            "skirt",
            "The lady wears a long skirt with pure color patterns. The skirt is with chiffon fabric. The lady wears "
            "a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton",
            "cut",
            hit_limit=True,
        ),
        B.material(  # VQA
            "chiffon, chiffon, chiffon, chiffon, chiffon, chiffon, chiffon, chiffon, chiffon, chiffon, chiffon, "
            "chiffon, chiffon, chiffon, chiffon",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Skirts",
        color="Green",
        title="SASSAFRAS Women Green Solid Pleated Midi A-Line Skirt",
    ),
    # 32. Photo: a woman in a grey melange crew-neck sweatshirt with "BROOKLYN" printed in black, black joggers, white
    # background. The product is the sweatshirt.
    case(
        "MYN-W-SW-54128",
        caption("a woman wearing a grey sweatshirt with the word brooklyn on it"),  # BASE
        B.color("grey"),  # BASE
        B.garment_type("it is a garment", "non_answer"),  # BASE
        color_of("pants", "grey", "contradiction"),  # BASE: the joggers are black
        B.pattern("the pattern is the pattern of the garment", "restated"),  # BASE
        B.sleeve_length(  # CAP1
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric and it has "
            "a round neckline. The lady wears a long pants. The pants are",
            "cut",
            hit_limit=True,
        ),
        B.material("fleece"),  # BASE
        gender="Women",
        category="Sweatshirts",
        color="Grey Melange",
        title="Kook N Keech Women Grey Melange Printed Sweatshirt",
    ),
    # 33. Photo: a woman in a black faux-leather biker jacket with zips, open over a white tee, blue jeans, on a city
    # street. The product is the jacket.
    case(
        "MYN-W-JK-81935",
        caption("a woman in a black leather jacket and jeans"),  # BASE
        B.color("white", "other_garment_color"),  # BASE: the tee's color
        B.material("genuine lambskin leather", "unsupported"),  # BASE
        is_a(  # VQA
            "jacket",
            "yes, the jacket is a long-sleeve jacket with a lapel neckline and a zip closure on the front and the "
            "jacket has two pockets on the",
            "cut",
            hit_limit=True,
        ),
        details("jacket", "zippers"),  # BASE
        wearing(  # CAP1
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. The "
            "lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is",
            "cut",
            who="she",
            hit_limit=True,
        ),
        gender="Women",
        category="Jackets",
        color="Black",
        title="Madame Women Black Solid Biker Jacket",
    ),
    # 34. Photo: a woman in a red lehenga with gold embroidery, a short-sleeve choli and a net dupatta, bridal styling,
    # against a palace-like backdrop. The product is the lehenga choli.
    case(
        "MYN-W-LC-20771",
        caption("a woman in a red and gold indian wedding dress"),  # BASE
        B.garment_type(  # VQA
            "skirt, skirt, skirt, skirt, skirt, skirt, skirt, skirt, skirt, skirt, skirt, skirt, skirt, skirt, skirt",
            "loop",
            hit_limit=True,
        ),
        B.color("red"),  # BASE
        B.material("velvet with real gold zari, handmade in jaipur", "unsupported"),  # BASE
        details(  # CAP3
            "lehenga",
            "The lady wears a long skirt with floral patterns. The skirt is with chiffon fabric. There is an "
            "accessory on her wrist. The lady wears a long skirt with floral patterns. The",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("short"),  # BASE: the choli
        gender="Women",
        category="Lehenga Choli",
        color="Red",
        title="Mitera Red & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
    ),
    # 35. Photo: a woman in an off-white straight kurti with pink thread embroidery at the neckline only, three-quarter
    # sleeves, blue jeans, studio. The product is the kurti; the seller's title is missing.
    case(
        "MYN-W-KU-44853",
        caption("a woman in a white kurti and jeans"),  # BASE
        B.color("cream"),  # BASE
        color_of("pants", "white", "contradiction"),  # BASE: the jeans are blue
        B.garment_type(  # VQA
            "the kurta is a long-sleeve kurta with a round neckline and embroidery on the neckline and the sleeves "
            "and the hem and",
            "cut",
            hit_limit=True,
        ),
        B.pattern("embroidered"),  # BASE
        B.material("what material is the garment made of", "restated"),  # BASE
        wearing("he is wearing a white shirt and jeans", "pronoun"),  # BASE
        gender="Women",
        category="Kurtis",
        color="Off White",
    ),
    # 36. Photo: a woman in a long-sleeve maroon wrap midi dress holding a small black handbag, studio. The product is
    # the dress; the seller's gender column is empty.
    case(
        "MYN-W-DR-15962",
        caption("a woman in a burgundy wrap dress holding a purse"),  # BASE
        B.color("burgundy"),  # BASE
        B.garment_type("dress"),  # BASE
        color_of("dress", "black", "contradiction"),  # BASE: the handbag's color
        B.sleeve_length(  # VQA
            "long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve "
            "long-sleeve long-sleeve",
            "loop",
            hit_limit=True,
        ),
        B.material(  # VQA
            "polyester Question: What is the length of the dress? Answer: long Question: What is the neckline of "
            "the dress? Answer: v-neck Question",
            "leak",
            hit_limit=True,
        ),
        details("dress", "dress", "non_answer"),  # BASE
        category="Dresses",
        color="Maroon",
        title="Athena Women Maroon Solid Wrap Dress",
    ),
    # 37. Photo: a woman in a short-sleeve olive utility jumpsuit with a fabric belt, sunglasses pushed up on her head,
    # white background. The product is the jumpsuit.
    case(
        "MYN-W-JS-21408",
        caption(  # CAP3
            "The lady wears a short-sleeve romper with pure color patterns. The romper is with cotton fabric and it "
            "has a lapel neckline. The lady wears a belt. The lady wears a pair of sunglasses. The",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("jumpsuit"),  # BASE
        B.color("green"),  # BASE: olive
        is_a("dress", "yes", "contradiction"),  # BASE: a jumpsuit
        B.sleeve_length("i don't know", "non_answer"),  # BASE
        B.pattern("solid"),  # BASE
        B.material(  # CAP1
            "The upper clothing is of short sleeve length. The fabric is cotton and it has solid color patterns. The "
            "lower clothing is of long length. The fabric is",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Jumpsuit",
        color="Olive",
        title="Tokyo Talkies Women Olive Green Solid Basic Jumpsuit",
    ),
    # 38. Photo: product shot, no person: a plain black short-sleeve V-neck tee on a hanger against a light wooden
    # wall.
    case(
        "MYN-W-TS-16630",
        caption("a black t-shirt hanging on a wooden wall"),  # BASE
        B.color("black"),  # BASE
        B.sleeve_length("short"),  # BASE
        wearing("she is wearing a black t-shirt and jeans", "unsupported", who="she"),  # BASE: nobody wears it
        B.garment_type(  # VQA
            "t-shirt Question: Is this a t-shirt? Answer: yes Question: What is the color of the t-shirt? Answer: "
            "black Question:",
            "leak",
            hit_limit=True,
        ),
        B.pattern(  # CAP3: invents a lady on a hanger shot
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "it has a V-shape neckline. The lady wears a",
            "unsupported",
            hit_limit=True,
        ),
        gender="Women",
        category="Tshirts",
        color="Black",
        title="Mast & Harbour Women Black Solid V-Neck T-shirt",
    ),
    # 39. Photo: a boy of about eight with chin-length hair in a red Spider-Man printed tee and blue denim shorts,
    # white background. The product is the tee.
    case(
        "MYN-B-TS-05127",
        caption("a little girl wearing a red spiderman t-shirt and jeans shorts", "pronoun"),  # BASE
        B.color("red"),  # BASE
        B.pattern("graphic"),  # BASE
        wearing("a spiderman t-shirt and shorts", who="he"),  # BASE
        color_of("shorts", "red", "contradiction"),  # BASE: the tee's color given to the blue shorts
        B.material(  # VQA
            "cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        category="Tshirts",
        color="Red",
        title="Kids Ville Boys Red Spider-Man Printed Round Neck T-shirt",
    ),
    # 40. Photo: a young boy in a plain cream long-sleeve kurta with gold buttons and white pyjama, with lit diyas on a
    # ledge beside him. The product is the kurta set.
    case(
        "MYN-B-KS-06249",
        caption("a young boy in a white kurta standing next to candles"),  # BASE
        B.garment_type("kurta"),  # BASE
        B.color(  # CAP3
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "it has a stand neckline. The gentleman wears a long pants. The",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "the kurta has gold buttons and is made by fabindia", "unsupported"),  # BASE
        is_a(  # VQA
            "shirt",
            "yes, the shirt is a long-sleeve shirt with a stand collar and a button placket. The shirt is made of "
            "cotton fabric and the shirt",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("long"),  # BASE
        B.pattern("", "non_answer"),  # BASE: stopped at once
        gender="Boys",
        category="Kurta Sets",
        color="Cream",
        title="Sethukrishna Boys Cream-Coloured Solid Kurta with Pyjamas",
    ),
    # 41. Photo: a boy in blue slim jeans and a yellow tee, white background. The product is the jeans.
    case(
        "MYN-B-JN-07315",
        caption("a young boy in a yellow shirt and blue jeans"),  # BASE
        color_of("jeans", "yellow", "other_garment_color"),  # BASE: the tee's color
        B.color("yellow", "other_garment_color"),  # BASE: the tee's color
        B.garment_type("jeans"),  # BASE
        B.material("material", "restated"),  # BASE
        details(  # VQA
            "jeans",
            "the jeans are long jeans with denim fabric and the jeans are long jeans with denim fabric and the jeans "
            "are long jeans with",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        category="Jeans",
        color="Blue",
        title="YK Boys Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 42. Photo: a little girl with a short bob in a sleeveless pink party frock, sequinned bodice and tulle skirt,
    # pink balloons behind her. The product is the dress.
    case(
        "MYN-G-DR-08462",
        caption("a little girl in a pink tutu dress with balloons"),  # BASE
        B.sleeve_length("sleeveless"),  # BASE
        B.garment_type(  # VQA
            "the dress is a sleeveless dress with a round neckline and a tulle skirt and the dress is made of a "
            "cotton fabric and the dress is",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a pink dress", "pronoun"),  # BASE
        B.pattern("embellished"),  # BASE
        B.material("the garment is made of", "cut"),  # BASE: stopped before the limit
        color_of("dress", "pink"),  # BASE
        gender="Girls",
        category="Dresses",
        color="Pink",
        title="Hola Bonita Girls Pink Embellished Fit and Flare Party Dress",
    ),
    # 43. Photo: product shot, no person: a girls' yellow short-sleeve top and white shorts with yellow polka dots
    # laid flat on white.
    case(
        "MYN-G-CS-09108",
        caption("a yellow top and white polka dot shorts on a white background"),  # BASE
        B.color("yellow and white"),  # BASE
        B.pattern("polka dot"),  # BASE
        wearing(  # BASE: nobody wears it
            "she is wearing a yellow top and white shorts with a pink bow in her hair", "unsupported", who="she"
        ),
        is_a(  # VQA
            "pair of shorts",
            "yes, the shorts are a pair of shorts with a polka dot pattern and an elastic waistband and two pockets "
            "on the side and the",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("the sleeves are the sleeves", "restated"),  # BASE
        gender="Girls",
        category="Clothing Set",
        color="Yellow",
        title="Hopscotch Girls Yellow & White Printed Top with Shorts",
    ),
    # 44. Photo: a girl of about six in a purple mirror-work lehenga, a short-sleeve purple choli and a pink dupatta
    # over one shoulder, studio. The product is the lehenga choli; the seller's color column is empty.
    case(
        "MYN-G-LC-09771",
        caption(  # CAP1
            "The lady wears a long skirt with color block patterns. The skirt is with cotton fabric. The lady wears "
            "a short-sleeve shirt with pure color patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        B.color("purple"),  # BASE
        B.garment_type("skirt"),  # BASE: a lehenga is a skirt
        wearing("a boy wearing a purple skirt", "pronoun"),  # BASE
        color_of("skirt", "pink", "other_garment_color"),  # BASE: the dupatta's color
        B.material("unknown", "non_answer"),  # BASE
        gender="Girls",
        category="Lehenga Choli",
        title="Babyhug Girls Purple & Pink Mirror Work Lehenga Choli with Dupatta",
    ),
]
