"""BLIND_61 (44 products; the experiments re-run on a Myntra-style sample with incomplete catalog columns): written
blind in the seventeenth session. Measured blind at 5a20331: 129/140 and 18/145. The writer's notes, verbatim:

Blind corpus 61: BLIP-2 OPT-2.7b outputs on 44 products of a Myntra-style marketplace with incomplete catalog rows.

Scenario
    The original experiments' untuned base model and their fine-tuned LoRA adapters, re-run on a random sample of
    44 products of a Myntra-style marketplace (men, women and kids; topwear, bottomwear, dresses, ethnic wear,
    innerwear and a few accessories). The catalog columns are often incomplete: many products have no title, some no
    category or colour, a few no gender; the columns a product has are passed to case() as keyword arguments in the
    seller's own words (Myntra vocabulary: "Navy Blue", "Off White", "Grey Melange", "Kurta Sets", "Track Pants").
    Questions: enrich's default questionnaire (DEFAULT_QUESTIONS) for some products, the closed questions of
    BLIND_QUESTIONS for others, plus a few is_a yes/no questions and color_of questions where they fit.

Which system wrote which text (named again in the comment above every case)
    - base: untuned Salesforce/blip2-opt-2.7b. Short captions ("a woman in a ... standing in front of ..."), short
      answers; stops on its own. Fails by repeating one color for every garment, wrong pronoun, invented details,
      and now and then an empty or evasive answer.
    - cap1 / cap3: the caption adapters (epoch 1 / epoch 3). They speak only the DeepFashion-MultiModal template
      ("The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric ...") with
      no hue names, return that template for every question, never stop (cut at the token limit or loop), and now
      and then continue with the trained prompt format ("Question: ... Answer:").
    - vqa: the VQA adapter. Answers in the In-shop vocabulary (tee, tank, blouse, sweater ...), never stops: loops
      ("black-black-black", "yes yes yes") or runs on into "Question: ... Answer: ..." pairs it was trained on.
    - closed answers (kind "closed": garment_type, color, pattern, sleeve_length, is_a, closed color_of) are the
      candidate the reference engine ranked first with the base model; unmapped raw text is kept as is. Two is_a
      answers (products 14 and 19) are the VQA adapter's free generation stored as closed, and they loop.

How it was written
    Blind. I read only /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py (Text/Case layout,
    makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a, color_of, question, case, TARGETS). I did not open any other
    file under /work/main, did not search the code, and ran only an import check of this file. Every text was
    written by hand against a photo I imagined and describe in the comment above its case.

Label conventions and judgement calls
    - One label per text: the failure a reader would name first. A template answer that stops mid-phrase at the
      limit is "cut"; one that starts repeating itself is "loop"; one that runs into "Question:"/"Answer:" is
      "leak" even when it is also cut or repetitive; one that describes a garment for an accessory (a T-shirt for a
      handbag) is "contradiction" even when it is also cut.
    - cut: stopped mid-phrase. hit_limit=True when it ran to the limit (30 new tokens for answers, 50 for captions);
      a few are cut short of the limit (hit_limit=False).
    - loop: the same word, phrase or template sentence over and over; these always ran to the limit (hit_limit=True).
    - non_answer: empty, evasive ("i don't know", "nothing", "the details are not visible") or only the question's
      words back ("they are shorts" for the shorts' details).
    - restated: the answer re-words the question as a sentence and adds nothing ("the details of the garment are
      the details of the jacket", "the garment is made of material").
    - contradiction: a color or garment type that the photo, the other texts or the seller's columns contradict;
      includes a color (closed, or a free-generated color_of answer) that picked a layer's, the background's or
      the print's color, a garment type that is another garment in the photo, an accessory answered as a garment (a
      bag called a top, sleeves for socks), and a color given to a non-product garment that is in fact the
      product's color (base's one-color-for-everything habit).
    - other_garment_color: an open answer (description, free-generated color_of) that gives the product the color
      of another garment in the photo while another text or the seller has the product's color right.
    - unsupported: a claim the photo cannot support or contradicts: fabric composition percentages, "hand-done",
      brand logos, hidden pockets, linings, hoods, zippers that are not there.
    - pronoun: he/she, man/woman, boy/girl against the product's gender column (only on products that have one).
    - Correct, including hard cases: near-color synonyms of the seller's colour (Navy Blue -> "dark blue", Charcoal
      -> "grey", Cream -> "white", Mustard -> "yellow", Olive/Teal -> "green", Lavender -> "purple", Rust -> "orange",
      Tan -> "brown", Maroon -> "dark red"); layers named in a caption (a jacket over the product top); background
      colors named in captions; patterned garments whose base color the seller gives (white shirt with blue checks,
      striped shirt); product shots with no person, including "there is no person in the picture" for the wearing
      question; a plausible everyday fabric the photo is consistent with (cotton tee, denim jeans, leather belt);
      a template sentence that does answer the question ("The pants are with denim fabric ..." for the material).
    - The caption adapters never name hues ("pure color patterns"); that alone is not a failure.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, is_a, wearing

BLIND_61: list[Case] = [
    # 1. Woman in a navy blue straight kurta with small white flowers, three-quarter sleeves, white palazzos, beige
    # wall behind. caption: base; wearing: cap3; closed: base ranking; description: vqa; details: cap1;
    # material: cap3.
    case(
        "MYN-61-0001",
        caption("a woman in a blue and white floral kurta standing in front of a beige wall"),
        D.wearing(
            "The lady wears a three-point sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("kurta"),
        D.color("navy blue"),
        D.description(
            "blue Question: Describe the garment. Answer: blue Question: Describe the garment. Answer: blue Question: "
            "Describe the",
            "leak",
            hit_limit=True,
        ),
        D.details(
            "the sleeves, the neckline, the collar, the sleeves, the neckline, the collar, the sleeves, the neckline, "
            "the collar, the",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The dress is with cotton fabric and its neckline is round. The lady wears a long pants. The pants are "
            "with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        color="Navy Blue",
        title="Women Navy Blue Floral Printed Straight Kurta",
    ),
    # 2. Man in a plain grey melange round-neck T-shirt and black jeans, plain light grey studio backdrop.
    # caption: cap3; wearing: base; closed: base ranking; color of the jeans: base, free generation; material: vqa.
    case(
        "MYN-61-0002",
        caption(
            "This gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The gentleman wears a long trousers. The trousers are with denim fabric "
            "and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey t-shirt and black jeans"),
        B.garment_type("t-shirt"),
        B.color("grey"),
        color_of("jeans", "grey", "contradiction", kind="open"),
        B.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Grey Melange",
    ),
    # 3. Product shot, no person: light blue skinny jeans laid flat on white, front view, five pockets half visible,
    # no logo visible. caption: base; wearing: base; closed: base ranking; description: base; details: cap3;
    # material: base.
    case(
        "MYN-61-0003",
        caption("a pair of light blue jeans on a white background"),
        D.wearing("there is no person in the picture"),
        D.garment_type("jeans"),
        D.color("light blue"),
        D.description(
            "the jeans have five pockets, a zip fly and a brass button with the brand logo engraved on it",
            "unsupported",
        ),
        D.details(
            "The pants are with denim fabric and pure color patterns. The pants are of long length. The pants are "
            "with denim fabric and pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.material("denim"),
        gender="Women",
        category="Jeans",
        color="Blue",
    ),
    # 4. Boy of about eight in a red T-shirt with a big green dinosaur print on the front and blue denim shorts, park
    # behind; the back of the T-shirt is not shown. caption: base; wearing: base; closed: base ranking; color of the
    # T-shirt: base, free generation; description: cap1; details: base.
    case(
        "MYN-61-0004",
        caption("a little girl in a red shirt with a dinosaur on it standing in a park", "pronoun"),
        D.wearing("a red t-shirt and blue shorts"),
        D.garment_type("t-shirt"),
        D.color("red"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        D.description(
            "His T-shirt has short sleeves, cotton fabric and graphic patterns. It has a round neckline. The shorts "
            "this person wears is of three",
            "cut",
            hit_limit=True,
        ),
        D.details("a dinosaur on the front and the name of the boy printed on the back", "unsupported"),
        gender="Boys",
        category="Tshirts",
        color="Red",
    ),
    # 5. Woman in a sleeveless maroon A-line knee-length dress with a V neck, gold heels, grey studio backdrop.
    # caption: cap3; closed: base ranking; color of the dress: base, free generation; material: vqa.
    case(
        "MYN-61-0005",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is v-shape. The dress is of knee length."
        ),
        B.garment_type("dress"),
        B.color("maroon"),
        color_of("dress", "dark red", kind="open"),
        B.material(
            "Question: What material is the garment made of? Answer: Question: What material is the garment made of? "
            "Answer: Question:",
            "leak",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        gender="Women",
        category="Dresses",
        title="Women A-Line Dress",
    ),
    # 6. Man in a white shirt with a blue check, long sleeves, spread collar, one chest pocket without flap, black
    # trousers, red brick wall behind. caption: base; wearing: base; closed: base ranking; color of the shirt: base,
    # free generation; description: cap3; details: base; material: base.
    case(
        "MYN-61-0006",
        caption("a man in a white and blue checkered shirt standing in front of a brick wall"),
        D.wearing("a white shirt and black pants"),
        D.color("white"),
        D.pattern("checked"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        D.description(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it "
            "has a lapel collar. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        D.details("the shirt has two chest pockets with flaps and a mandarin collar", "unsupported"),
        D.material("the material of the garment is the material the shirt is made of", "restated"),
        gender="Men",
        category="Shirts",
        color="White",
        title="Men Regular Fit Checked Casual Shirt",
    ),
    # 7. Woman in a mustard yellow saree with a dark green border and a green blouse, outdoors by a stone pillar.
    # caption: cap1; wearing: base; closed: base ranking; color of the saree: vqa; color of the blouse: base.
    case(
        "MYN-61-0007",
        caption(
            "The lady wears a long-sleeve dress with color block patterns. The dress is with chiffon fabric. The dress "
            "is of long length. The lady wears a long-sleeve dress with color block patterns. The dress is with "
            "chiffon fabric. The dress is",
            "loop",
            hit_limit=True,
        ),
        wearing("a yellow saree with a green border"),
        B.garment_type("dress", "contradiction"),
        B.color("yellow"),
        color_of(
            "saree",
            "yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("blouse", "green", kind="open"),
        is_a("saree", "yes"),
        gender="Women",
        category="Sarees",
        color="Mustard",
    ),
    # 8. Product shot, no person: three folded plain trunks (black, navy, grey) in a row on white; waistbands plain.
    # caption: base; closed: base ranking; description: cap3; details: base; material: base.
    case(
        "MYN-61-0008",
        caption("three pairs of men's underwear on a white background"),
        D.garment_type("trunks"),
        D.color("multicolor"),
        D.description(
            "The gentleman wears a three-point shorts. The shorts are with cotton fabric and pure color patterns. The "
            "gentleman wears a three-point shorts. The",
            "loop",
            hit_limit=True,
        ),
        D.details("", "non_answer"),
        D.material("cotton with a soft elastic waistband printed with the brand name", "unsupported"),
        gender="Men",
        category="Trunks",
        color="Multi",
        title="Men Pack of 3 Trunks",
    ),
    # 9. Woman in a smooth black moulded T-shirt bra (no lace) and matching black briefs, plain cream backdrop.
    # caption: base; closed: base ranking; material and details: cap1.
    case(
        "MYN-61-0009",
        caption("a woman in a black bra and panties"),
        B.garment_type("bra"),
        B.color("black"),
        B.material(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with lace fabric and its "
            "neckline is suspenders. The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The tank top is with cotton fabric and pure color patterns. Its neckline is suspenders. The lady wears a "
            "three-point",
            "cut",
            hit_limit=True,
        ),
        is_a("bra", "yes"),
        is_a("swimsuit", "yes", "contradiction"),
        gender="Women",
        category="Bra",
    ),
    # 10. Girl of about six in a pink floral frock with flutter sleeves, standing in a garden.
    # caption: base; wearing: base; closed: base ranking; description: vqa; details: cap3; material: base.
    case(
        "MYN-61-0010",
        caption("a little girl in a pink floral dress standing in a garden"),
        D.wearing("he is wearing a pink dress", "pronoun"),
        D.color("pink"),
        D.pattern("floral"),
        D.description(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "The female wears a short-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of",
            "cut",
            hit_limit=True,
        ),
        D.material("not sure", "non_answer"),
        gender="Girls",
        category="Dresses",
    ),
    # 11. Man in black track pants with two white side stripes and a plain white T-shirt, cropped at the chest.
    # caption: cap3; closed: base ranking; colors of pants and T-shirt: base, free generation; material: vqa.
    case(
        "MYN-61-0011",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with "
            "cotton fabric and color block patterns. The T-shirt is with cotton fabric and its neckline is round. "
            "There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("track pants"),
        B.color("black"),
        B.pattern("striped"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        color_of("t-shirt", "white", kind="open"),
        B.material(
            "polyester Question: What is the color of the pants? Answer: black Question: Is this a pants? Answer: yes "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Track Pants",
        color="Black",
    ),
    # 12. Woman in an off-white round-neck top under an open black blazer, blue jeans, a blue-painted wall behind; no
    # care label or fabric tag visible. caption: base; wearing: base; closed: base ranking; description: base;
    # details: cap3; material: base.
    case(
        "MYN-61-0012",
        caption("a woman wearing a black jacket and white top standing in front of a blue wall"),
        D.wearing("a black jacket, a white shirt and blue jeans"),
        D.garment_type("top"),
        D.color("black", "contradiction"),
        D.description("a black top with a round neck", "other_garment_color"),
        D.details(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and it has "
            "a lapel collar. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton with 5% elastane for stretch", "unsupported"),
        gender="Women",
        category="Tops",
        color="Off White",
        title="Women Off-White Solid Regular Top",
    ),
    # 13. Product shot, no person: a tan structured handbag with two handles on white.
    # caption: base; closed: base ranking; description: cap1; material: base.
    case(
        "MYN-61-0013",
        caption("a brown leather handbag on a white background"),
        B.garment_type("top", "contradiction"),
        B.color("brown"),
        B.material("unknown", "non_answer"),
        is_a("handbag", "yes"),
        D.description(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is",
            "contradiction",
            hit_limit=True,
        ),
        gender="Women",
        category="Handbags",
        color="Tan",
        title="Women Tan Solid Structured Handheld Bag",
    ),
    # 14. Product shot, no person: a navy baseball cap with a small white embroidered logo, side view on white.
    # caption: base; closed: base ranking; material and is_a: vqa.
    case(
        "MYN-61-0014",
        caption("a navy blue baseball cap with a white logo on the front"),
        B.garment_type("cap"),
        B.color("navy blue"),
        B.material(
            "cotton Question: What is the color of the cap? Answer: blue Question: Is this a cap? Answer: yes Question",
            "leak",
            hit_limit=True,
        ),
        is_a(
            "cap",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        category="Caps",
        color="Navy Blue",
    ),
    # 15. Man in a cream straight kurta with a mandarin collar and button placket, white pyjama, carved wooden door.
    # caption: base; wearing: base; closed: base ranking; description: cap1; details: base; material: base.
    case(
        "MYN-61-0015",
        caption("a man in a white kurta standing in front of a wooden door"),
        D.wearing("she is wearing a white kurta and white pants", "pronoun"),
        D.garment_type("kurta"),
        D.color("cream"),
        D.description(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "stand collar. This man",
            "cut",
            hit_limit=True,
        ),
        D.details("the kurta has a mandarin collar and a", "cut"),
        D.material("linen blend with 40% cotton", "unsupported"),
        gender="Men",
        category="Kurtas",
        color="Cream",
        title="Men Cream-Coloured Solid Straight Kurta",
    ),
    # 16. Woman in olive ankle-length leggings under a white chikankari kurti, cropped at the knees and below.
    # caption: base; closed: base ranking; colors of leggings and kurta: base; material: base.
    case(
        "MYN-61-0016",
        caption("a woman in a white kurta and green leggings"),
        B.garment_type("leggings"),
        B.color("green"),
        color_of("leggings", "white", "other_garment_color", kind="open"),
        color_of("kurta", "white"),
        B.material("the garment is made of a material", "restated"),
        gender="Women",
        category="Leggings",
        color="Olive",
    ),
    # 17. Man in an olive green bomber jacket (zip front, two side pockets, ribbed cuffs; inside not shown) over a
    # white tee, black jeans, grey street. caption: cap3; wearing: base; closed: base ranking; description: base;
    # details: vqa; material: base.
    case(
        "MYN-61-0017",
        caption(
            "This gentleman wears a long-sleeve jacket with pure color patterns and a long trousers. The jacket "
            "is with nylon fabric and it has a stand collar. The trousers are with denim fabric and pure color "
            "patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green jacket, white t-shirt and black jeans"),
        D.color("olive"),
        D.description("a white jacket with a zipper and two side pockets", "other_garment_color"),
        D.details("the details of the garment are the details of the jacket", "restated"),
        D.material("nylon with a quilted inner lining", "unsupported"),
        gender="Men",
        category="Jackets",
        color="Olive",
        title="Men Olive Green Solid Bomber Jacket",
    ),
    # 18. Woman in light-wash denim shorts with a frayed hem and a white crop top, on a beach. No category column.
    # caption: base; wearing: cap1; closed: base ranking; details: base; description: cap1; material: base.
    case(
        "MYN-61-0018",
        caption("a woman in a white crop top and denim shorts on the beach"),
        D.wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The lady wears a three-point shorts. The "
            "shorts are with denim",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("shorts"),
        D.color("blue"),
        D.details("they are short", "non_answer"),
        D.description(
            "The lady wears a three-point shorts. The shorts are with denim fabric and pure color patterns. Question: "
            "Describe the garment. Answer: The lady",
            "leak",
            hit_limit=True,
        ),
        D.material("the shorts are made of the material of the shorts", "restated"),
        gender="Women",
        color="Blue",
    ),
    # 19. Man in charcoal slim jeans and a white shirt, brown shoes, studio white.
    # caption: base; colors of jeans and shirt: base, free generation; closed: base ranking; material: cap3; is_a: vqa.
    case(
        "MYN-61-0019",
        caption("a man in a white shirt and grey jeans"),
        color_of("jeans", "grey", kind="open"),
        color_of("shirt", "grey", "contradiction", kind="open"),
        B.color("dark grey"),
        B.material("The pants are with denim fabric and pure color patterns."),
        is_a(
            "jeans",
            "yes-yes-yes-yes-yes-yes-yes-yes-yes-yes-yes-yes-yes-yes-yes",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Jeans",
        color="Charcoal",
    ),
    # 20. Woman in a teal kurta with gold foil print, three-quarter sleeves, matching palazzos and dupatta, white wall;
    # no belt. caption: cap1; wearing: base; closed: base ranking; description: base; details: base; material: vqa.
    case(
        "MYN-61-0020",
        caption(
            "The lady wears a three-point sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is v-shape. The lady wears a long pants. The pants are with cotton fabric and graphic patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green kurta with gold print, green palazzo pants and a dupatta"),
        D.garment_type("kurta"),
        D.color("teal"),
        D.description(
            "a teal kurta with gold print, it is made of 100% pure cotton and comes with a matching belt", "unsupported"
        ),
        D.details("the kurta has a v-neck and", "cut"),
        D.material(
            "cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurta Sets",
        color="Teal",
        title="Women Teal Printed Kurta with Palazzos & Dupatta",
    ),
    # 21. Boy in khaki cargo shorts and a navy T-shirt, standing on white.
    # caption: base; wearing: base; closed: base ranking; color of the shorts: vqa; material: base.
    case(
        "MYN-61-0021",
        caption("a young boy wearing a blue t-shirt and khaki shorts"),
        wearing("a blue shirt and brown shorts", who="the boy"),
        B.garment_type("shorts"),
        B.color("blue", "contradiction"),
        color_of(
            "shorts",
            "khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.material("nothing", "non_answer"),
        gender="Boys",
        category="Shorts",
    ),
    # 22. Woman in a plain lavender pullover hoodie (kangaroo pocket, drawstrings, no zips, no logo) and grey joggers,
    # white studio. caption: cap3; wearing: base; closed: base ranking; description: base; details: base;
    # material: vqa.
    case(
        "MYN-61-0022",
        caption(
            "The female wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The "
            "pants the female wears is of long length. The pants are with cotton fabric and pure color patterns. There "
            "is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a purple hoodie and grey sweatpants"),
        D.color("purple"),
        D.description("a purple hoodie with a kangaroo pocket and drawstrings"),
        D.details("the hoodie has a zipper on the left sleeve with the logo of the brand", "unsupported"),
        D.material(
            "Question: What material is the garment made of? Answer: cotton Question: What material is the garment "
            "made of? Answer: cotton Question:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Sweatshirts",
        color="Lavender",
    ),
    # 23. Man in a plain green pique polo with a two-button placket and beige chinos, studio white; no tag visible.
    # caption: base; wearing: cap1; closed: base ranking; color of the shirt: base, free generation; material: base.
    case(
        "MYN-61-0023",
        caption("a man in a green polo shirt and khaki pants"),
        wearing(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a lapel collar. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("polo shirt"),
        B.color("green"),
        color_of("shirt", "khaki", "other_garment_color", kind="open"),
        B.material("it is made of cotton pique, 220 gsm, with a breathable mesh lining", "unsupported"),
        is_a("polo shirt", "yes"),
        gender="Men",
        category="Tshirts",
        color="Green",
        title="Men Green Solid Polo Collar T-shirt",
    ),
    # 24. Woman in a black pleated midi skirt with a white blouse tucked in, on a city pavement.
    # caption: base; wearing: base; closed: base ranking; description: base; details: cap3; material: cap1.
    case(
        "MYN-61-0024",
        caption("a woman in a white shirt and a black pleated skirt walking on the street"),
        D.wearing("a white blouse tucked into a black skirt"),
        D.color("black"),
        D.description("a white skirt with pleats", "other_garment_color"),
        D.details(
            "The skirt is of long length. The skirt is with chiffon fabric and pure color patterns. The skirt is of "
            "long length. The skirt is with",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The skirt is with chiffon fabric and pure color patterns. The skirt is of long length. There is an "
            "accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Skirts",
        color="Black",
    ),
    # 25. Man in a white sleeveless innerwear vest, cropped at the waist, plain grey backdrop.
    # caption: base; wearing: vqa; closed: base ranking; material: base.
    case(
        "MYN-61-0025",
        caption("a man in a white tank top"),
        wearing(
            "tank-tank-tank-tank-tank-tank-tank-tank-tank-tank-tank-tank-tank-tank-tank",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("vest"),
        B.color("white"),
        is_a("tank top", "yes"),
        B.material("the garment is made of the material of the vest", "restated"),
        gender="Men",
        category="Innerwear Vests",
        color="White",
        title="Men Pack of 2 White Solid Innerwear Vests",
    ),
    # 26. Woman in a pink night suit (short-sleeve top with small cartoon cats, long pink pyjama), sitting on a bed.
    # caption: base; wearing: base; closed: base ranking; description and material: cap1; details: base.
    case(
        "MYN-61-0026",
        caption("a woman in pink pajamas sitting on a bed"),
        D.wearing("pajamas"),
        D.garment_type("t-shirt", "contradiction"),
        D.color("pink"),
        D.description(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is",
            "cut",
            hit_limit=True,
        ),
        D.details("i don't know", "non_answer"),
        D.material(
            "The T-shirt is with cotton fabric and its neckline is round. The lady wears a long pants. The pants are "
            "with cotton fabric and graphic",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Night suits",
        color="Pink",
    ),
    # 27. Product shot, no person: a navy and white horizontally striped tee laid flat on a pale wooden floor.
    # No gender, no category, no title. caption: base; closed: base ranking; color of the T-shirt: vqa; material: vqa.
    case(
        "MYN-61-0027",
        caption("a navy blue and white striped t-shirt laid on a wooden floor"),
        B.garment_type("t-shirt"),
        B.color("navy blue"),
        B.pattern("solid", "contradiction"),
        color_of(
            "t-shirt",
            "navy-white-navy-white-navy-white-navy-white-navy-white-navy-white-navy-white-navy",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.material(
            "cotton Question: What is the pattern of the garment? Answer: striped Question: What is the sleeve "
            "length of the garment? Answer:",
            "leak",
            hit_limit=True,
        ),
        color="Navy Blue",
    ),
    # 28. Woman in a red lehenga choli with gold machine embroidery, short-sleeve choli, red dupatta, palace backdrop.
    # caption: base; wearing: cap1; closed: base ranking; description: cap3; details: base; material: base.
    case(
        "MYN-61-0028",
        caption("a woman in a red and gold lehenga posing in front of a palace"),
        D.wearing(
            "The lady wears a long-sleeve dress with floral patterns. The lady wears a long-sleeve dress with floral "
            "patterns. The lady wears a long",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("lehenga"),
        D.color("red"),
        D.description(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is round. The dress is of long",
            "cut",
            hit_limit=True,
        ),
        D.details("gold embroidery on the skirt and the blouse"),
        D.material("raw silk with zardozi embroidery done by hand", "unsupported"),
        gender="Women",
        category="Lehenga Choli",
        color="Red",
        title="Red Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
    ),
    # 29. Man in a plain charcoal crew-neck sweatshirt and blue jeans, white studio; inside not shown. No colour
    # column. caption: cap1; wearing: base; closed: base ranking; description: vqa; details: base; material: base.
    case(
        "MYN-61-0029",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric and its "
            "neckline is round. This man wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns."
        ),
        D.wearing("a grey sweatshirt and jeans"),
        D.color("blue", "contradiction"),
        D.description(
            "a sweater is a garment, a sweater is a garment, a sweater is a garment, a sweater is a garment, a",
            "loop",
            hit_limit=True,
        ),
        D.details("the details of the garment", "restated"),
        D.material("cotton fleece with a brushed inner lining", "unsupported"),
        gender="Men",
        category="Sweatshirts",
    ),
    # 30. Girl of about seven in a yellow top with ruffled short sleeves and denim shorts, a pink wall behind.
    # caption: base; closed: base ranking; color of the top: base, free generation; material: base.
    case(
        "MYN-61-0030",
        caption("a young boy in a yellow shirt and denim shorts standing in front of a pink wall", "pronoun"),
        B.garment_type("top"),
        B.color("yellow"),
        color_of("top", "pink", "contradiction", kind="open"),
        B.material("", "non_answer"),
        is_a("top", "yes"),
        gender="Girls",
        category="Tops",
        color="Yellow",
    ),
    # 31. Product shot, no person: a coiled brown leather belt with a silver pin buckle, on white.
    # caption: base; wearing: cap3; closed: base ranking; material and details: base.
    case(
        "MYN-61-0031",
        caption("a brown leather belt with a silver buckle"),
        wearing(
            "The gentleman wears a long trousers. The trousers are with cotton fabric and pure color patterns. There "
            "is an accessory in his waist. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("belt"),
        B.color("brown"),
        B.material("leather"),
        D.details("it is a belt", "non_answer"),
        is_a("belt", "yes"),
        gender="Men",
        category="Belts",
        color="Brown",
        title="Men Brown Leather Belt",
    ),
    # 32. Product shot, no person: a peach chiffon dupatta with a machine-made cream lace border, folded and fanned
    # on white. caption: base; wearing: vqa; closed: base ranking; material: vqa.
    case(
        "MYN-61-0032",
        caption("a peach colored silk scarf with a hand embroidered lace border", "unsupported"),
        wearing(
            "scarf Question: What cloth is the person wearing? Answer: scarf Question: What cloth is the person "
            "wearing? Answer: scarf",
            "leak",
            hit_limit=True,
        ),
        B.garment_type("dupatta"),
        B.color("peach"),
        B.material(
            "chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon "
            "chiffon chiffon",
            "loop",
            hit_limit=True,
        ),
        is_a("dupatta", "yes"),
        gender="Women",
        category="Dupatta",
        color="Peach",
    ),
    # 33. Man in a navy full-sleeve slim shirt and beige chinos, office background. No category column.
    # caption: base; wearing: base; closed: base ranking; description: base; details: cap1; material: base.
    case(
        "MYN-61-0033",
        caption("a man in a dark blue shirt and khaki pants standing in an office"),
        D.wearing("clothes", "non_answer"),
        D.garment_type("shirt"),
        D.color("black", "contradiction"),
        D.description("the garment is a shirt that is described as a shirt", "restated"),
        D.details(
            "This man wears a long-sleeve shirt with pure color patterns. This man wears a long-sleeve shirt with pure "
            "color patterns. This man wears a",
            "loop",
            hit_limit=True,
        ),
        D.material("100% cotton, wrinkle free and machine washable", "unsupported"),
        gender="Men",
        color="Navy Blue",
        title="Men Slim Fit Casual Shirt",
    ),
    # 34. Woman in a white tee with "STAY WILD" in black letters and light blue jeans, studio white.
    # caption: cap3; closed: base ranking; color of the T-shirt: base, free generation; material: base.
    case(
        "MYN-61-0034",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns."
        ),
        B.garment_type("t-shirt"),
        B.color("white"),
        B.pattern("graphic"),
        color_of("t-shirt", "black", "contradiction", kind="open"),
        B.material("the garment is made of material", "restated"),
        gender="Women",
        category="Tshirts",
        color="White",
    ),
    # 35. Man in beige slim chinos and a light blue shirt, studio white.
    # caption: base; wearing: base; closed: base ranking; description: base; details: base; material: vqa.
    case(
        "MYN-61-0035",
        caption("a man in a blue shirt and beige pants"),
        D.wearing("she is wearing a blue shirt and tan pants", "pronoun"),
        D.color("beige"),
        D.description("blue pants", "other_garment_color"),
        D.details("the pants have two side pockets and a", "cut"),
        D.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Trousers",
        color="Beige",
        title="Men Beige Slim Fit Chinos",
    ),
    # 36. Woman with short cropped hair in a sleeveless black jumpsuit with a self-tie belt, grey studio. No colour
    # column. caption: base; closed: base ranking; material: cap1.
    case(
        "MYN-61-0036",
        caption("a man in a black jumpsuit", "pronoun"),
        B.garment_type("dress", "contradiction"),
        B.color("black"),
        is_a("jumpsuit", "yes"),
        is_a("dress", "no"),
        B.material(
            "The lady wears a sleeveless romper with pure color patterns. The romper is with cotton fabric and its "
            "neckline is v-shape. The romper is of long",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Jumpsuit",
        title="Women Solid Basic Jumpsuit",
    ),
    # 37. Boy of about five in a white kurta pyjama set, marigold garlands behind.
    # caption: base; wearing: base; closed: base ranking; description: vqa; details: base; material: base.
    case(
        "MYN-61-0037",
        caption("a little boy in a white kurta and pajama standing in front of marigold flowers"),
        D.wearing("she is wearing a white dress", "pronoun"),
        D.color("white"),
        D.description(
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            hit_limit=True,
        ),
        D.details("nothing", "non_answer"),
        D.material("the kurta is made of the material of the kurta", "restated"),
        gender="Boys",
        category="Kurta Sets",
        color="White",
    ),
    # 38. Product shot, no person: three folded plain briefs (black, pink, nude, no lace) fanned out on white.
    # caption: base; closed: base ranking; details and material: base; description: cap1.
    case(
        "MYN-61-0038",
        caption("three pairs of cotton panties with lace trim in different colors", "unsupported"),
        B.garment_type("briefs"),
        B.color("multicolor"),
        B.material("none", "non_answer"),
        is_a("briefs", "yes"),
        D.details("the details are not visible", "non_answer"),
        D.description("The lady wears a", "cut"),
        gender="Women",
        category="Briefs",
        color="Assorted",
    ),
    # 39. Man in navy shorts and a grey melange tee, studio white.
    # caption: cap1; wearing: base; closed: base ranking; description: base; details: base; material: vqa.
    case(
        "MYN-61-0039",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The gentleman wears a three-point shorts. The shorts are with cotton fabric "
            "and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey t-shirt and blue shorts"),
        D.garment_type("t-shirt", "contradiction"),
        D.color("navy blue"),
        D.description("grey shorts", "other_garment_color"),
        D.details("they are shorts", "non_answer"),
        D.material(
            "cotton Question: What is the color of the shorts? Answer: blue Question: What is the color of the shirt? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Shorts",
        color="Navy Blue",
        title="Men Navy Blue Solid Regular Shorts",
    ),
    # 40. Woman in a blue-and-white vertically striped long-sleeve shirt with one chest pocket, cuffs rolled up,
    # white trousers, sitting on a stool. caption: base; wearing: base; closed: base ranking; description: cap3;
    # details: base; material: vqa.
    case(
        "MYN-61-0040",
        caption("a woman in a blue and white striped shirt and white pants sitting on a stool"),
        D.wearing("he is wearing a striped shirt and white pants", "pronoun"),
        D.color("blue"),
        D.pattern("striped"),
        D.description(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and it has a "
            "lapel collar. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.details("the shirt has a pocket on the left chest, and the cuffs are rolled up"),
        D.material(
            "the garment is made of the material of the garment is made of the material of the garment is made of the "
            "material of",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Shirts",
        color="Blue",
    ),
    # 41. Product shot, no person: three pairs of black ankle socks on white.
    # caption: base; closed: base ranking; material: vqa.
    case(
        "MYN-61-0041",
        caption("three pairs of black socks on a white background"),
        B.color("black"),
        B.sleeve_length("long sleeve", "contradiction"),
        B.material(
            "cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton",
            "loop",
            hit_limit=True,
        ),
        is_a("socks", "yes"),
        gender="Men",
        category="Socks",
        color="Black",
        title="Men Pack of 3 Ankle-Length Socks",
    ),
    # 42. Woman in white wide-leg palazzos under a black straight kurta, studio white.
    # caption: base; wearing: base; closed: base ranking; description: base; details: vqa; material: cap3.
    case(
        "MYN-61-0042",
        caption("a woman in a black kurta and white palazzo pants"),
        D.wearing("a black and white outfit"),
        D.garment_type("kurta", "contradiction"),
        D.color("white"),
        D.description("black palazzo pants", "other_garment_color"),
        D.details(
            "wide leg Question: What is the color of the pants? Answer: white Question: Is this a pants? Answer: yes",
            "leak",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a long pants. The pants are with cotton fabric and pure color patterns. The lady wears a "
            "long-sleeve",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Palazzos",
        color="White",
    ),
    # 43. Man in a mid-blue denim jacket (silver buttons, two flap chest pockets, no hood) over a white tee.
    # No category, colour or title. caption: base; wearing: cap3; closed: base ranking; description: base;
    # details: base; material: base.
    case(
        "MYN-61-0043",
        caption("a man wearing a denim jacket over a white t-shirt"),
        D.wearing(
            "This gentleman wears a long-sleeve denim jacket with pure color patterns. The jacket is with denim fabric "
            "and it has a lapel collar. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("jacket"),
        D.color("blue"),
        D.description("a blue denim jacket with silver buttons and two chest pockets"),
        D.details("the jacket has a fleece lining, a detachable hood and a hidden inner pocket", "unsupported"),
        D.material("the jacket is made of the material that jackets are made of", "restated"),
        gender="Men",
    ),
    # 44. Woman in a rust open-front knit cardigan over a white tee, studio white. No gender column, no title.
    # caption: base; closed: base ranking; color of the cardigan: base, free generation; material: base.
    case(
        "MYN-61-0044",
        caption("a woman wearing an orange cardigan over a white shirt"),
        B.garment_type("cardigan"),
        B.color("orange"),
        color_of("cardigan", "white", "other_garment_color", kind="open"),
        B.material("it is a garment", "non_answer"),
        is_a("cardigan", "yes"),
        category="Sweaters",
        color="Rust",
    ),
]
