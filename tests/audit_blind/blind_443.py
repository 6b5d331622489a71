"""BLIND_443 (46 products; swimwear and beachwear for men, women and kids): written blind in the forty-seventh session.
Measured blind at 496f1cc (the session's rules as they stood): 103/132 failures found (78.0%) and 10/169 correct
texts flagged (5.9%). The writer's notes, verbatim:

Scenario: the English catalog feed of a European beachwear retailer: men's swim shorts, short trunks and board
shorts, rash guards (short and long sleeve, adults' and kids'), women's one-pieces, bikinis sold as sets or as
separate tops and bottoms, tankinis, and beach cover-ups (kaftans, crochet and sheer beach dresses, sarongs, shirt
dresses, linen beach shirts), kids' sunsuits and a hooded towel poncho. Photos are on-model (studio walls, beach,
pool tiles, a surf shop wall of surfboards, beach huts, a hedge) or flat lays and ghost mannequins on white. Many
products are shot layered (a kaftan over a bikini, an open shirt over swim shorts, a rash guard with board shorts)
or with props (a surfboard, a towel over the shoulder, sunglasses, a straw hat and tote). Seller colors are the
retailer's own words (Navy, Khaki, Mustard, Ecru, Burgundy, Teal, Lilac, Multicolour, Navy/White); genders are
Men, Women, Boys, Girls or Kids; two kids' rows miss the gender and one row misses the color, as real feeds do.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man in red
swim trunks standing next to a swimming pool") or from the caption-only LoRA adapter of the original experiments
(the DeepFashion template: "The gentleman wears a shorts. The shorts are with cotton fabric and pure color
patterns."). The adapter was trained with no end-of-answer token, so every adapter text runs to its limit (50 new
tokens for captions, 30 for answers) and carries hit_limit=True; asked a question, it returns its caption template.
DeepFashion has no swimwear, so the template calls a swimsuit a tank top, a dress or "a tank top and a three-point
shorts", and invents cotton fabric. The open questions (wearing, description, details, material and the set's own
open questions) come from the base model unless the comment names the adapter; the base model stops on its own and
never has hit_limit. The closed questions (garment_type, color, pattern, sleeve_length, the per-piece colors and the
yes/no "Is this a ...?") are enrich's `--engine reference` closed answers, chosen from candidate sets: never a loop
or a cut, but often the wrong candidate (navy as black, the print's or the wall's color, the other piece's color).

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy, teal, turquoise or sky blue, green for olive, lime
  or emerald, yellow for mustard, beige for khaki, white for ecru, red for burgundy, pink for fuchsia, purple for
  lilac, orange for a tropical print on an orange ground. For a Multicolour or two-color seller color, one of the
  garment's own colors is correct.
- A closed or open color that belongs to the print or the trim of the product (pink flamingos, white side stripe,
  grey sharks, yellow ruffles) is contradiction; so is the color of the backdrop or a prop (pool tiles, a yellow
  wall, the surfboard, the towel). The color of another garment in the photo (the bikini under a cover-up, the
  board shorts under a rash guard, the other half of a bikini, the denim shorts over bikini bottoms) is
  other_garment_color, also in an open answer that gives one piece the other's color.
- A backdrop or prop named in the caption as such ("in front of a pink wall", "an orange towel over his shoulder",
  "holding a yellow surfboard") is correct.
- Garment synonyms are correct: swim trunks, shorts or board shorts for swim shorts; shirt or t-shirt for a rash
  guard; bathing suit or one piece for a swimsuit; dress for a kaftan, a crochet or sheer beach dress and a shirt
  dress; skirt for a sarong; hoodie or poncho for the hooded towel poncho; tank top for a tankini top; wetsuit for
  the long-sleeve zip surf swimsuit (it looks like one). Calling swim shorts pants, a one-piece a dress or "a tank
  top and shorts", a sunsuit a shirt, or saying yes to "Is this a dress?" for a rash guard set is contradiction.
- Materials: polyester, nylon, spandex, lycra or "ribbed" for swimwear is correct (every piece here is synthetic
  stretch fabric; the feed rarely names it); a material the title names (cotton kaftan, linen shirt, cotton shirt
  dress) or the photo shows (crochet knit as cotton, sheer as chiffon, terry as cotton) is correct. Cotton, silk,
  denim, linen or neoprene for a swim piece is unsupported (denim and linen being the other garment's fabric).
- Invented items not in the photo (a necklace, a belt, a hat, boots, a logo, buttons, a zipper, a second print
  motif, the bottoms of a top shot alone, a shirt on a bare-chested model) are unsupported.
- Adapter texts: a text that repeats a sentence of the template is loop; one that stops mid-sentence without
  repeating is cut, even where it invents cotton fabric or an accessory first; where the template misnames the
  garment itself (a one-piece as "a tank top ... a three-point shorts", a girl's swimsuit as a dress, a surf
  swimsuit top as a T-shirt, a bikini top as a tank top) the misnaming is what the auditor sees first:
  contradiction, hit_limit kept. A skirted swimsuit called a dress by the template is not a misnaming (loop
  labelled). The template returned for the material question is restated, also when it mentions a fabric.
- Base answers: one cut short by an early stop ("it is made of", "the shorts have a red white and blue") is cut,
  without hit_limit; a short repetition the base model then stops ("a pocket on the side and a pocket on the side")
  is loop; an empty answer, "they are shorts" or "the bikini has details" for the details, and "a bikini" for
  "Describe the garment." are non_answer; a material question answered with the garment's name or color is
  restated; a run-on into "Question: ... Answer: ..." is leak even where the first words are right.
- "he" for a woman or a girl, "she" for a man or a boy, and "a man" in the caption of a short-haired woman are
  pronoun. "the lady" in the adapter's template for a girl's item is the template's word, not labelled.
- The reference engine's wrong shade is contradiction where it names another hue: red as orange, burgundy as pink,
  navy as black; brown for green camouflage is the print's color (contradiction).
- An open answer that swaps the colors of two garments ("a white shirt and blue shorts" for a blue shirt over white
  shorts) or names the product in the color of the garment under or over it ("a red dress" for a black sheer dress
  over a red bikini, "a black sarong") is other_garment_color. "swimwear" for the material, "the details of the
  swimsuit" and an empty material are non_answer.
- The pattern of a tropical leaf print and of a batik flower print is "floral"; fruit, flamingo, shark and star
  prints are "graphic"; "polka dot" for a star print is contradiction.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_top = question("color_top", "What is the color of the top?", "closed")
color_bottoms = question("color_bottoms", "What is the color of the bottoms?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
neckline = question("neckline", "What is the neckline of the swimsuit?", "open")
print_q = question("print", "What is the print on the garment?", "open")

BLIND_443 = [
    # photo: man in navy mid-length swim shorts with a white drawstring, bare-chested, front view, white studio wall.
    # details: adapter
    case(
        "X443-001",
        caption("a man in navy blue swim shorts standing in front of a white wall"),
        D.wearing("a pair of blue swim trunks"),
        D.description(
            "navy swim shorts Question: what is the color of the drawstring? Answer: white",
            "leak",
        ),
        B.garment_type("shorts"),
        B.color("black", "contradiction"),
        D.details(
            "The gentleman wears a shorts. The shorts are with cotton fabric and pure color patterns. There is an "
            "accessory on his wrist. The gentleman",
            "cut",
            hit_limit=True,
        ),
        B.material("cotton", "unsupported"),
        title="Men's Mid-Length Swim Shorts",
        category="Swim Shorts",
        color="Navy",
        gender="Men",
    ),
    # photo: woman in a black scoop-back one-piece, three-quarter back view, sea and sand behind her, no jewellery.
    # caption: adapter
    case(
        "X443-002",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black swimsuit"),
        B.garment_type("dress", "contradiction"),
        B.color("black"),
        B.sleeve_length("sleeveless"),
        D.details("the back is open and she is wearing a gold necklace", "unsupported"),
        title="Women's Scoop Back Swimsuit",
        category="Swimsuits",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a white triangle bikini with a pink hibiscus print (top and bottoms the same), grey studio wall.
    case(
        "X443-003",
        caption("a woman in a floral bikini posing for a picture"),
        D.wearing("a white bikini with pink flowers"),
        color_top("pink", "contradiction"),
        B.pattern("floral"),
        B.material("cotton", "unsupported"),
        D.description(
            "a white bikini with pink flowers and a white bikini with pink flowers",
            "loop",
        ),
        title="Hibiscus Print Triangle Bikini Set",
        category="Bikinis",
        color="White",
        gender="Women",
    ),
    # photo: boys' royal blue long-sleeve rash guard with a grey shark graphic on the chest, flat lay on white.
    # caption, details: adapter
    case(
        "X443-004",
        caption(
            "The gentleman wears a long-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The gentleman wears a long-sleeve T-shirt with graphic patterns. The T-shirt is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue shirt with a shark on it"),
        B.material("swimwear", "non_answer"),
        B.garment_type("shirt"),
        B.color("blue"),
        B.sleeve_length("long sleeves"),
        D.details(
            "The gentleman wears a long-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The",
            "cut",
            hit_limit=True,
        ),
        title="Boys' Shark Long Sleeve Rash Guard UPF50+",
        category="Kids Swimwear",
        color="Royal Blue",
        gender="Boys",
    ),
    # photo: man in knee-length board shorts, green palm leaves on an orange ground, lace-up fly, on the beach.
    case(
        "X443-005",
        caption("a man in orange and green shorts standing on the beach"),
        D.wearing("a pair of board shorts"),
        B.color("orange"),
        B.pattern("floral"),
        D.details(
            "the shorts have a pocket on the side and a pocket on the side and a pocket on the side",
            "loop",
        ),
        B.material("nylon"),
        is_a("pair of pants", "yes", "contradiction"),
        title="Men's Palm Print Board Shorts",
        category="Board Shorts",
        color="Multicolour",
        gender="Men",
    ),
    # photo: woman in a long white cotton kaftan with long wide sleeves and an embroidered neckline, open enough to
    # show a black bikini under it, beach behind. details: adapter
    case(
        "X443-006",
        caption("a woman in a white dress standing on the beach"),
        D.wearing("a white cover up over a black bikini"),
        B.garment_type("dress"),
        B.color("black", "other_garment_color"),
        B.material("cotton"),
        D.details(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The lady wears",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Women's Embroidered Cotton Kaftan",
        category="Beach Cover-Ups",
        color="White",
        gender="Women",
    ),
    # photo: girls' pink one-piece with a pineapple print and yellow ruffles on the shoulder straps, flat lay on white.
    # caption: adapter
    case(
        "X443-007",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is with cotton fabric and graphic patterns. The dress is of short length. The",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a pink swimsuit with pineapples on it"),
        B.color("yellow", "contradiction"),
        B.pattern("graphic"),
        is_a("dress", "no"),
        D.details("ruffles on the straps"),
        B.material("the swimsuit is pink", "restated"),
        title="Girls' Pineapple Ruffle Swimsuit",
        category="Kids Swimwear",
        color="Pink",
        gender="Girls",
    ),
    # photo: man in short red swim trunks with a white drawstring, standing by a pool with blue tiles.
    case(
        "X443-008",
        caption("a man in red swim trunks standing next to a swimming pool"),
        D.wearing("red shorts"),
        B.garment_type("shorts"),
        B.color("blue", "contradiction"),
        D.details(
            "a white drawstring Question: what is the man wearing? Answer: red swim trunks",
            "leak",
        ),
        B.material("it is made of", "cut"),
        title="Men's Short Swim Trunks",
        category="Swim Shorts",
        color="Red",
        gender="Men",
    ),
    # photo: woman in a mix-and-match bikini: black triangle top, leopard print bottoms (brown and beige), studio.
    # description: adapter
    case(
        "X443-009",
        caption("a woman in a black bikini top and leopard print bottoms"),
        color_top("black"),
        color_bottoms("black", "other_garment_color"),
        D.wearing("a black bikini top and black bottoms", "other_garment_color"),
        D.description(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a suspenders neckline. The",
            "contradiction",
            hit_limit=True,
        ),
        is_a("bikini", "yes"),
        title="Contrast Bikini Set Black Top Leopard Bottoms",
        category="Bikinis",
        color="Black/Leopard",
        gender="Women",
    ),
    # photo: baby long-sleeve zip-front UV sunsuit, navy and white stripes, whale motif on the chest, flat lay.
    case(
        "X443-010",
        caption("a blue and white striped swimsuit with a whale on it"),
        D.wearing("a blue and white striped shirt", "contradiction"),
        B.garment_type("swimsuit"),
        B.pattern("striped"),
        B.sleeve_length("short sleeves", "contradiction"),
        D.details("a zipper on the front"),
        B.material("the swimsuit is blue and white", "restated"),
        title="Baby UV Sunsuit Striped Whale",
        category="Kids Swimwear",
        color="Navy",
    ),
    # photo: man in a black short-sleeve rash guard with grey side panels and black board shorts, holding a yellow
    # surfboard upright beside him, studio. caption: adapter
    case(
        "X443-011",
        caption(
            "The gentleman wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black shirt and black shorts and he is holding a yellow surfboard"),
        B.color("yellow", "contradiction"),
        B.sleeve_length("short sleeves"),
        B.material("polyester"),
        D.details("a white logo on the chest", "unsupported"),
        title="Men's Short Sleeve Rash Guard",
        category="Rash Guards",
        color="Black",
        gender="Men",
    ),
    # photo: woman cropped from waist to thigh in mustard ribbed high-waist bikini bottoms, the hem of the matching
    # top just visible, white studio.
    case(
        "X443-012",
        caption("a woman in a yellow bikini"),
        D.wearing("she is wearing a yellow bikini"),
        B.garment_type("bikini"),
        B.color("yellow"),
        B.material("ribbed"),
        D.details("the bottoms are high waisted"),
        title="Women's Ribbed High Waist Bikini Bottoms",
        category="Bikinis",
        color="Mustard",
        gender="Women",
    ),
    # photo: man in light blue swim shorts with a small pink flamingo print, bare-chested, white studio.
    case(
        "X443-013",
        caption("a man wearing blue shorts with pink flamingos on them"),
        D.wearing("he is wearing shorts with birds on them"),
        B.color("pink", "contradiction"),
        B.pattern("graphic"),
        D.description("light blue swim shorts with flamingos and a white belt", "unsupported"),
        print_q("flamingos and palm trees", "unsupported"),
        title="Flamingo Print Swim Shorts",
        category="Swim Shorts",
        color="Light Blue",
        gender="Men",
    ),
    # photo: woman in a red halter-neck one-piece, sunglasses pushed up on her head, grey studio.
    # material: adapter
    case(
        "X443-014",
        caption("a woman in a red swimsuit with sunglasses on her head"),
        D.wearing("a red swimsuit and sunglasses"),
        neckline("halter"),
        B.color("orange", "contradiction"),
        B.sleeve_length("sleeveless"),
        B.material(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a halter neckline",
            "restated",
            hit_limit=True,
        ),
        title="Halter Neck Swimsuit",
        category="Swimsuits",
        color="Red",
        gender="Women",
    ),
    # photo: boys' lime green swim trunks with a navy waistband and drawstring, flat lay on white.
    # caption, material: adapter
    case(
        "X443-015",
        caption(
            "The gentleman wears a shorts. The shorts are with cotton fabric and pure color patterns. The gentleman "
            "wears a shorts. The shorts are with cotton fabric and pure color patterns. The gentleman",
            "loop",
            hit_limit=True,
        ),
        D.wearing("green shorts"),
        B.garment_type("pants", "contradiction"),
        B.color("green"),
        D.details("navy waistband and a drawstring"),
        B.material(
            "The gentleman wears a shorts. The shorts are with cotton fabric and pure color patterns. The gentleman "
            "wears a",
            "restated",
            hit_limit=True,
        ),
        title="Boys' Swim Trunks Lime",
        category="Kids Swimwear",
        color="Lime",
        gender="Boys",
    ),
    # photo: woman in an ecru open-knit crochet mini beach dress with short sleeves over a white bikini, beach.
    # details: adapter
    case(
        "X443-016",
        caption("a woman in a white crochet dress on the beach"),
        D.wearing("a white crochet dress over a bikini"),
        B.color("white"),
        B.material("cotton"),
        D.details(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with knitting fabric. It has a "
            "round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("sleeveless", "contradiction"),
        title="Crochet Beach Dress",
        category="Beach Cover-Ups",
        color="Ecru",
        gender="Women",
    ),
    # photo: man in khaki swim shorts, bare-chested, against a beige plaster wall.
    case(
        "X443-017",
        caption("a man in khaki shorts standing against a wall"),
        D.wearing("a pair of shorts and no shirt"),
        B.garment_type("pants", "contradiction"),
        B.color("beige"),
        D.details("they are shorts", "non_answer"),
        B.material("cotton", "unsupported"),
        title="Men's Swim Shorts Khaki",
        category="Swim Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: girl by a pool in a tankini: turquoise top with white polka dots, plain turquoise bottoms.
    # details: adapter
    case(
        "X443-018",
        caption("a little girl in a blue polka dot swimsuit"),
        D.wearing("a blue and white bathing suit"),
        B.pattern("polka dot"),
        color_top("blue"),
        color_bottoms("pink", "contradiction"),
        D.description("he is wearing a blue swimsuit with white dots", "pronoun"),
        D.details(
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is with cotton fabric. It has "
            "a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        title="Girls' Polka Dot Tankini Set",
        category="Kids Swimwear",
        color="Turquoise",
        gender="Girls",
    ),
    # photo: burgundy triangle bikini top alone on a ghost mannequin, ties at the neck and back, white background.
    # caption: adapter
    case(
        "X443-019",
        caption(
            "The lady wears a sleeveless top with pure color patterns. The top is with cotton fabric. It has a "
            "v-shape neckline. There is an accessory on her neck. The lady wears a sleeveless top with pure",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red bikini top and red bikini bottoms", "unsupported"),
        B.garment_type("bikini"),
        B.color("pink", "contradiction"),
        D.details("ties at the back and at the neck"),
        B.material("", "non_answer"),
        title="Women's Triangle Bikini Top Burgundy",
        category="Bikinis",
        color="Burgundy",
        gender="Women",
    ),
    # photo: man on the beach in navy and white striped swim shorts with an open white linen shirt over them.
    # details: adapter
    case(
        "X443-020",
        caption("a man in blue and white striped shorts and a white shirt on the beach"),
        D.wearing("striped shorts and a white shirt"),
        color_shorts("navy"),
        B.pattern("striped"),
        D.description("the shorts are blue and white striped with a pocket"),
        D.details(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "gentleman wears a long-sleeve shirt with pure color",
            "loop",
            hit_limit=True,
        ),
        B.material("linen", "unsupported"),
        title="Men's Striped Swim Shorts",
        category="Swim Shorts",
        color="Navy/White",
        gender="Men",
    ),
    # photo: woman in a long-sleeve zip-front surf swimsuit, white above the waist and black below, grey studio.
    # details: adapter
    case(
        "X443-021",
        caption("a woman in a black and white swimsuit"),
        D.wearing("a black and white wetsuit"),
        B.pattern("color block"),
        B.sleeve_length("long sleeves"),
        B.color("black"),
        D.details(
            "The lady wears a long-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. It "
            "has a stand neckline. The lady",
            "contradiction",
            hit_limit=True,
        ),
        B.material("neoprene", "unsupported"),
        title="Women's Long Sleeve Zip Surf Swimsuit",
        category="Swimsuits",
        color="Black/White",
        gender="Women",
    ),
    # photo: boy in green camouflage board shorts standing on sand, bare-headed, bare-chested. material: adapter
    case(
        "X443-022",
        caption("a young boy in camouflage shorts on the beach"),
        D.wearing("a pair of green shorts and a hat", "unsupported"),
        B.garment_type("shorts"),
        B.color("brown", "contradiction"),
        D.description("she is wearing camo shorts", "pronoun"),
        B.material(
            "The gentleman wears a shorts. The shorts are with cotton fabric and graphic patterns. The gentleman "
            "wears a shorts. The shorts are",
            "restated",
            hit_limit=True,
        ),
        title="Boys' Camo Board Shorts",
        category="Kids Swimwear",
        color="Khaki Green",
        gender="Boys",
    ),
    # photo: woman on the beach in a turquoise batik flower sarong tied at the hip over a black one-piece.
    # caption: adapter
    case(
        "X443-023",
        caption(
            "The lady wears a long skirt with floral patterns. The skirt is with chiffon fabric. The lady wears a "
            "sleeveless tank top with pure color patterns. The tank top is with cotton fabric. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black swimsuit and a blue skirt"),
        D.description("a black sarong with blue flowers", "other_garment_color"),
        B.garment_type("skirt"),
        B.color("black", "other_garment_color"),
        B.pattern("floral"),
        B.material("silk", "unsupported"),
        title="Batik Print Sarong",
        category="Beach Cover-Ups",
        color="Turquoise",
        gender="Women",
    ),
    # photo: man in short black swim trunks with a white stripe down each side, white studio. caption: adapter
    case(
        "X443-024",
        caption(
            "The gentleman wears a shorts. The shorts are with cotton fabric and striped patterns. The gentleman "
            "wears a shorts. The shorts are with cotton fabric and striped patterns. The gentleman wears",
            "loop",
            hit_limit=True,
        ),
        D.wearing("black shorts"),
        B.garment_type("shorts"),
        B.color("white", "contradiction"),
        D.details("white stripes on the side"),
        B.material("polyester Question: what color are the shorts? Answer: black", "leak"),
        title="Men's Side Stripe Swim Trunks",
        category="Swim Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: girls' lilac long-sleeve rash guard with a unicorn print and matching leggings-length bottoms, flat lay.
    # details: adapter
    case(
        "X443-025",
        caption("a purple swimsuit with a unicorn on it"),
        D.wearing("a purple shirt with a unicorn"),
        B.color("purple"),
        B.sleeve_length("long sleeves"),
        is_a("dress", "yes", "contradiction"),
        D.description("a purple top and purple pants with a unicorn and stars", "unsupported"),
        D.details(
            "The lady wears a long-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The",
            "cut",
            hit_limit=True,
        ),
        title="Girls' Unicorn Rash Guard Set",
        category="Kids Swimwear",
        color="Lilac",
        gender="Girls",
    ),
    # photo: man in a sky blue short-sleeve linen beach shirt worn open over white swim shorts, beach behind.
    case(
        "X443-026",
        caption("a man in a blue shirt and white shorts standing on the beach"),
        D.wearing("a white shirt and blue shorts", "other_garment_color"),
        B.color("white", "other_garment_color"),
        B.sleeve_length("short sleeves"),
        B.material("linen"),
        D.description("a light blue button down shirt with white polka dots", "unsupported"),
        D.details(
            "a pocket on the chest Question: what is the man wearing? Answer: a blue shirt",
            "leak",
        ),
        title="Men's Linen Beach Shirt",
        category="Beach Shirts",
        color="Sky Blue",
        gender="Men",
    ),
    # photo: woman in a fuchsia bandeau bikini with a gold ring at the centre of the top, plain bottoms, in front of a
    # pink painted wall.
    case(
        "X443-027",
        caption("a woman in a pink bikini standing in front of a pink wall"),
        D.wearing("a pink bikini"),
        B.color("pink"),
        color_top("pink"),
        B.sleeve_length("sleeveless"),
        D.description(
            "a strapless pink bikini with a gold ring in the middle and a gold ring in the middle",
            "loop",
        ),
        B.material("a pink bikini", "restated"),
        title="Bandeau Bikini Fuchsia",
        category="Bikinis",
        color="Fuchsia",
        gender="Women",
    ),
    # photo: man in olive green swim shorts and sunglasses, sitting on a white wooden deck chair.
    # caption, details, material: adapter
    case(
        "X443-028",
        caption(
            "The gentleman wears a shorts. The shorts are with cotton fabric and pure color patterns. There is an "
            "accessory in his eyes. The gentleman wears a shorts. The shorts are with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        D.wearing("green shorts and sunglasses"),
        B.garment_type("shorts"),
        B.color("green"),
        D.details(
            "The gentleman wears a shorts. The shorts are with cotton fabric and pure color patterns. There is an "
            "accessory in his",
            "cut",
            hit_limit=True,
        ),
        B.material(
            "The gentleman wears a shorts. The shorts are with cotton fabric and pure color patterns. There is an "
            "accessory",
            "restated",
            hit_limit=True,
        ),
        title="Men's Swim Shorts Olive",
        category="Swim Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a navy one-piece with white polka dots and a sweetheart neckline, white studio.
    case(
        "X443-029",
        caption("a woman in a black and white polka dot swimsuit", "contradiction"),
        D.wearing("a blue swimsuit with white dots"),
        B.color("blue"),
        B.pattern("polka dot"),
        neckline("round", "contradiction"),
        B.material("polyester and spandex"),
        D.details("the details of the swimsuit", "non_answer"),
        title="Polka Dot Sweetheart Swimsuit",
        category="Swimsuits",
        color="Navy",
        gender="Women",
    ),
    # photo: kids' yellow terry hooded towel poncho with a duck face on the hood, flat lay, no person.
    case(
        "X443-030",
        caption("a yellow towel with a duck on it"),
        D.wearing("a yellow poncho with a duck hood and yellow boots", "unsupported"),
        B.garment_type("hoodie"),
        B.color("yellow"),
        B.pattern("striped", "contradiction"),
        B.material("cotton"),
        D.details("a duck on the hood and a duck on the hood", "loop"),
        title="Kids' Hooded Towel Poncho Duck",
        category="Beach Cover-Ups",
        color="Yellow",
        gender="Kids",
    ),
    # photo: woman from behind in an emerald high-neck one-piece with criss-cross back straps, white wall.
    # caption: adapter
    case(
        "X443-031",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a high neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a green swimsuit"),
        B.color("green"),
        D.details("criss cross straps on the back"),
        D.description("a green one piece swimsuit with a high neck and a zipper", "unsupported"),
        is_a("swimsuit", "yes"),
        title="High Neck Cross Back Swimsuit",
        category="Swimsuits",
        color="Emerald",
        gender="Women",
    ),
    # photo: long-haired man in charcoal board shorts with a small white logo print on the left leg, in front of a
    # surf shop wall of colourful surfboards. description: adapter
    case(
        "X443-032",
        caption("a man in grey shorts standing in front of surfboards"),
        D.wearing("she is wearing grey shorts", "pronoun"),
        B.garment_type("shorts"),
        B.color("grey"),
        D.details("a logo on the leg"),
        D.description(
            "The gentleman wears a shorts. The shorts are with cotton fabric and graphic patterns. The shorts are of "
            "three-point length. The",
            "cut",
            hit_limit=True,
        ),
        B.material("they are board shorts", "restated"),
        title="Men's Logo Board Shorts Charcoal",
        category="Board Shorts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman on the beach in a white triangle bikini top, unbuttoned denim cut-off shorts over the bikini
    # bottoms.
    case(
        "X443-033",
        caption("a woman in a white bikini top and denim shorts"),
        D.wearing("a white bikini and jean shorts"),
        color_top("white"),
        B.color("blue", "other_garment_color"),
        B.material("denim", "unsupported"),
        D.description("he is wearing a white bikini", "pronoun"),
        title="Women's Triangle Bikini White",
        category="Bikinis",
        color="White",
        gender="Women",
    ),
    # photo: boy at a pool in a red short-sleeve rash guard with "SURF" in white letters across the chest.
    # caption, details: adapter
    case(
        "X443-034",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The gentleman wears a short-sleeve T-shirt with graphic patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red shirt that says surf"),
        B.color("red"),
        B.sleeve_length("short sleeves"),
        D.description("a red t-shirt with the word surf on it"),
        D.details(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The gentleman",
            "cut",
            hit_limit=True,
        ),
        title="Boys' Surf Rash Guard Short Sleeve",
        category="Kids Swimwear",
        color="Red",
        gender="Boys",
    ),
    # photo: woman in a black sheer long-sleeve maxi beach dress with side slits, a red bikini visible through it,
    # beach at dusk. description: adapter
    case(
        "X443-035",
        caption("a woman in a black sheer dress over a red bikini"),
        D.wearing("a red dress", "other_garment_color"),
        B.garment_type("dress"),
        B.color("red", "other_garment_color"),
        B.material("chiffon"),
        B.sleeve_length("long sleeves"),
        D.details("the dress has a slit on the side and a belt", "unsupported"),
        D.description(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. The lady "
            "wears a long-sleeve dress with",
            "loop",
            hit_limit=True,
        ),
        title="Sheer Maxi Beach Cover-Up",
        category="Beach Cover-Ups",
        color="Black",
        gender="Women",
    ),
    # photo: bare-chested man in white swim shorts with a yellow and blue lemon print, in front of a yellow wall.
    case(
        "X443-036",
        caption("a man in white shorts with lemons on them in front of a yellow wall"),
        D.wearing("white shorts with yellow lemons and a yellow shirt", "unsupported"),
        B.color("yellow", "contradiction"),
        B.pattern("graphic"),
        D.details("lemon print"),
        B.material("it is made of", "cut"),
        title="Lemon Print Swim Shorts",
        category="Swim Shorts",
        color="White",
        gender="Men",
    ),
    # photo: girls' light blue skirted one-piece swimsuit with small white stars, flat lay on white.
    # caption: adapter
    case(
        "X443-037",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is with chiffon fabric and graphic patterns. The lady wears a sleeveless "
            "dress with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue swimsuit with white stars and a skirt"),
        B.garment_type("swimsuit"),
        B.color("blue"),
        B.pattern("polka dot", "contradiction"),
        D.details("the bottom has a skirt"),
        B.material("lycra"),
        title="Girls' Skirted Swimsuit Star Print",
        category="Kids Swimwear",
        gender="Girls",
    ),
    # photo: man in a white long-sleeve rash guard and navy board shorts, dark grey studio backdrop.
    # caption: adapter
    case(
        "X443-038",
        caption(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The gentleman wears a three-point shorts. The shorts are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white long sleeve shirt and blue shorts"),
        B.color("blue", "other_garment_color"),
        B.sleeve_length("long sleeves"),
        B.material("polyester"),
        D.details("", "non_answer"),
        D.description("a navy blue long sleeve shirt", "other_garment_color"),
        title="Men's UV50 Long Sleeve Rash Guard White",
        category="Rash Guards",
        color="White",
        gender="Men",
    ),
    # photo: woman in a tankini: navy and white striped top, plain navy bottoms, colourful beach huts behind her.
    case(
        "X443-039",
        caption("a woman in a blue and white striped swimsuit standing in front of colorful beach huts"),
        D.wearing("a striped top and blue bottoms"),
        color_top("blue"),
        color_bottoms("white", "other_garment_color"),
        B.pattern("striped"),
        B.sleeve_length("sleeveless"),
        D.details("the top has buttons on the front", "unsupported"),
        title="Striped Tankini Set",
        category="Swimsuits",
        color="Navy/White",
        gender="Women",
    ),
    # photo: short-haired woman in a plain black plunge one-piece, against a bare concrete wall.
    case(
        "X443-040",
        caption("a man in a black swimsuit standing against a concrete wall", "pronoun"),
        D.wearing("a black bathing suit"),
        B.garment_type("swimsuit"),
        B.color("black"),
        neckline("v neck"),
        D.details("a gold ring on the front", "unsupported"),
        B.material("nylon Question: what is the color of the swimsuit? Answer: black", "leak"),
        title="Plunge Swimsuit Black",
        category="Swimsuits",
        color="Black",
        gender="Women",
    ),
    # photo: man in retro colour-block swim shorts (red, white and blue panels), blue sky behind. caption: adapter
    case(
        "X443-041",
        caption(
            "The gentleman wears a shorts. The shorts are with cotton fabric and color block patterns. The gentleman "
            "wears a shorts. The shorts are with cotton fabric and color block patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("red white and blue shorts"),
        B.garment_type("shorts"),
        B.pattern("color block"),
        B.color("red"),
        D.details("the shorts have a red white and blue", "cut"),
        B.material("", "non_answer"),
        title="Colour Block Swim Shorts",
        category="Swim Shorts",
        color="Multicolour",
        gender="Men",
    ),
    # photo: girl in a halter bikini: plain yellow top, white bottoms with a yellow daisy print, green hedge behind.
    # details: adapter
    case(
        "X443-042",
        caption("a little girl in a yellow and white bikini standing in front of a hedge"),
        D.wearing(
            "she is wearing a bikini Question: what color is the bikini? Answer: yellow",
            "leak",
        ),
        color_top("yellow"),
        color_bottoms("yellow", "other_garment_color"),
        B.pattern("floral"),
        D.details(
            "The lady wears a sleeveless tank top with pure color patterns. The lady wears a three-point shorts with "
            "floral patterns. The shorts",
            "cut",
            hit_limit=True,
        ),
        B.material("cotton", "unsupported"),
        title="Girls' Daisy Halter Bikini",
        category="Kids Swimwear",
        color="Yellow",
        gender="Girls",
    ),
    # photo: man in teal swim trunks with an orange and white striped beach towel over his shoulder, beach.
    case(
        "X443-043",
        caption("a man in blue shorts with an orange towel over his shoulder"),
        D.wearing("blue shorts and an orange towel"),
        B.color("orange", "contradiction"),
        D.details(
            "the shorts have a drawstring and a pocket and a drawstring and a pocket",
            "loop",
        ),
        B.material("Question: what is the material of the shorts? Answer: cotton", "leak"),
        title="Men's Swim Trunks Teal",
        category="Swim Shorts",
        color="Teal",
        gender="Men",
    ),
    # photo: woman in a blue and white striped cotton shirt dress with short rolled sleeves, worn as a cover-up, a
    # straw hat and a straw tote, beach. caption: adapter
    case(
        "X443-044",
        caption(
            "The lady wears a short-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a hat. The lady wears a short-sleeve shirt with striped patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue and white striped dress and a straw hat"),
        B.garment_type("dress"),
        B.pattern("striped"),
        B.sleeve_length("long sleeves", "contradiction"),
        B.color("blue"),
        B.material("cotton"),
        title="Striped Cotton Beach Shirt Dress",
        category="Beach Cover-Ups",
        color="Blue",
        gender="Women",
    ),
    # photo: kids' navy board shorts with a grey shark print, flat lay on white. details: adapter
    case(
        "X443-045",
        caption("a pair of blue shorts with sharks on them"),
        D.wearing("blue shorts"),
        B.color("grey", "contradiction"),
        B.pattern("graphic"),
        D.details(
            "The gentleman wears a shorts. The shorts are with cotton fabric and graphic patterns. There is an "
            "accessory on his wrist. The",
            "cut",
            hit_limit=True,
        ),
        B.material("cotton", "unsupported"),
        title="Kids Shark Print Board Shorts",
        category="Kids Swimwear",
        color="Navy",
    ),
    # photo: woman in a white balconette bikini with thin navy stripes, white studio.
    case(
        "X443-046",
        caption("a woman in a striped bikini"),
        D.wearing("a bikini"),
        D.description("a bikini", "non_answer"),
        B.color("white"),
        B.pattern("striped"),
        D.details("the bikini has details", "non_answer"),
        B.material("the bikini is made of", "cut"),
        title="Balconette Bikini Striped",
        category="Bikinis",
        color="White/Navy",
        gender="Women",
    ),
]
