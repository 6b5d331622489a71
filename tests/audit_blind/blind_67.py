"""BLIND_67 (44 products; the experiments re-run on Myntra-style loungewear, nightwear and innerwear): written blind
in the seventeenth session. Measured blind at a963a27: 123/143 and 14/145. The writer's notes, verbatim:

Blind corpus 67: BLIP-2 OPT-2.7b outputs on a Myntra-style loungewear, nightwear and innerwear catalog.

Scenario
    The original experiments' untuned base model and their fine-tuned LoRA adapters re-run on a Myntra-style
    catalog of men's and women's loungewear, nightwear and innerwear: night suits, pyjamas, lounge t-shirts and
    pants, lounge shorts, boxers, innerwear vests, camisoles, robes and thermal sets. The photos are on-model studio
    shots (sometimes with a companion garment that is not for sale, a bed, a couch or a wall behind) and flat
    packshots on white or laid on a bed. Questions are enrich's default questionnaire (DEFAULT_QUESTIONS), and for
    a few products the closed questions of BLIND_QUESTIONS with is_a yes/no and color_of questions. Seller columns
    (gender, category, color, title) come from the marketplace; a few products lack color and title.

Which system wrote which text (named again in the comment above every case)
    - base:   Salesforce/blip2-opt-2.7b, untuned (short lower-case answers, stops on the newline; short captions).
    - cap-e1: leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch (DeepFashion caption template, no stop).
    - cap-e3: leoreigoto/Data2_V2_Blip2_Finetune_Caption (same template, answers every prompt with it).
    - vqa:    leoreigoto/Data3_V3_BLIP2_VQA (one-word VQA answers, usually repeated to the token limit).
    Greedy decoding, `Question: <q> Answer:` prompts, 30 new tokens for answers and 50 for captions.

How it was written
    Blind. Only two files were read: /work/shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the layout,
    the makers and TARGETS). No audit code, no other corpus, no docs, no history. The photos are imagined; the comment
    above each case describes the photo every label is judged against.

Label conventions and judgement calls
    - One label per text: the failure that defines it. Failure texts were written to carry a single fault.
    - cut: stopped mid-phrase. Adapter texts that run to the limit (30 tokens for answers, 50 for captions) carry
      hit_limit=True; a few base answers stop mid-phrase before the limit (hit_limit=False).
    - loop: repetition that runs to the limit; labelled loop (not cut) and hit_limit=True.
    - The caption template returned for a question is labelled by its visible fault: cut at the limit, loop,
      unsupported (a person or accessory the photo lacks), or pronoun (gentleman/female against the gender column).
      The template's own fabric claim ("with cotton fabric") on a cotton-looking knit or woven is not a fault.
    - A template caption that ends cleanly before the limit (the model emitted the newline) is judged on its content.
    - Near-color synonyms are correct: navy -> dark blue, charcoal -> dark grey, maroon -> burgundy, off white ->
      cream, lavender -> purple, khaki -> beige, peach -> pink, teal -> green, grey melange -> grey, pink & purple
      tie-dye -> purple. A two-pack the seller calls "Multi" answered "white" (one of its two colors) is correct.
    - Backgrounds (wall, bed, couch), print colors (white anchors, white stars, white piping) and companion garments
      named in captions or "wearing" answers are correct when they match the photo.
    - On a flat packshot, "What is the person wearing?" answered with the garment's name is correct; a template that
      says "This female is wearing ..." about a packshot is unsupported.
    - Synonyms accepted for the type: vest = tank top, boxers = shorts, camisole = tank top, thermal set = long johns,
      thermal top = long sleeve t-shirt, pyjamas = pajama pants. Raw closed answers such as "three quarter",
      "tie dye", "ribbed", "stars", "lace", "color block" are correct when they fit.
    - Material: a common material that matches the look and the title (cotton jersey, satin, terry, flannel) is
      correct; fiber percentages, linings, "soft, breathable" claims are unsupported; a material the title or the
      caption contradicts is contradiction.
    - other_garment_color: the product's color answered with the color of a companion garment that another text
      names. contradiction: a type, sleeve, pattern or color that the seller or another text contradicts, including a
      companion garment given the product's color ("white" jeans) and a yes to the wrong is_a question.
    - non_answer: empty, "unknown", "nothing", "a garment", or the question's own words ("the shorts are short").
      restated: a longer sentence that only echoes the question ("the details of the garment are the details ...").
    - leak: any "Question:" / "Answer:" of the prompt format in the output, even when the answer in it is right.
    - pronoun: he/she, man/woman, gentleman/female/lady against the gender column (long-haired male model included).
    - Side-striped shorts answered "striped" and a waffle robe answered "solid" are correct.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, is_a


def _rep(unit: str, times: int) -> str:
    return (unit * times).strip()


BLIND_67: list[Case] = [
    # LW67-001: on-model studio shot against a grey backdrop; man in a plain white crew-neck t-shirt (not for sale) and
    # navy pyjama pants with a green check, drawstring waist and two side pockets.
    # caption, garment_type, color, pattern, details: base; wearing: cap-e1; description: cap-e3.
    case(
        "LW67-001",
        caption("a man in a white t-shirt and navy plaid pajama pants standing against a grey background"),
        D.wearing(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The trousers",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("pyjamas"),
        D.color("white", "other_garment_color"),
        D.pattern("checked"),
        D.description(
            "The trousers this gentleman wears is of long length. The trousers are with cotton fabric and plaid "
            "patterns. The gentleman wears a short-sleeve",
            "cut",
            hit_limit=True,
        ),
        D.details("drawstring waist and two side pockets"),
        gender="Men",
        category="Pyjamas",
        color="Navy Blue",
        title="Dreamloft Men Navy Blue & Green Checked Cotton Pyjamas",
    ),
    # LW67-002: on-model, woman sitting on a bed with white sheets; pink full-sleeve night suit, notch collar, button
    # front, white floral print on shirt and pyjama; matte cotton.
    # caption: cap-e1; details: cap-e3; wearing, color, pattern, description, material: base.
    case(
        "LW67-002",
        caption(
            "This female is wearing a long-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The trousers this female wears is of long length. The trousers are with cotton fabric "
            "and floral patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("pajamas"),
        D.color("pink"),
        D.pattern("floral"),
        D.description("the garment is a garment that is worn by the woman in the picture", "restated"),
        D.details(
            "The shirt is with cotton fabric and its neckline is lapel. The shirt is with cotton fabric and its "
            "neckline is lapel. The shirt is",
            "loop",
            hit_limit=True,
        ),
        D.material("silk", "contradiction"),
        gender="Women",
        category="Night suits",
        color="Pink",
        title="NiteNest Women Pink Floral Print Pure Cotton Night Suit",
    ),
    # LW67-003: on-model on white; man in a plain grey melange crew-neck short-sleeve lounge t-shirt with black joggers.
    # description: vqa; everything else: base.
    case(
        "LW67-003",
        caption("a man wearing a grey t-shirt and black pants"),
        D.wearing("she is wearing a grey t-shirt and black pants", "pronoun"),
        D.garment_type("t-shirt"),
        D.color("grey"),
        D.pattern("striped", "contradiction"),
        D.description(_rep("grey ", 30), "loop", hit_limit=True),
        D.details("a crew neck and a", "cut"),
        gender="Men",
        category="Lounge Tshirts",
        color="Grey Melange",
        title="Urbanrest Men Grey Melange Solid Lounge T-shirt",
    ),
    # LW67-004: flat packshot on white; black satin camisole with black lace trim along the neckline and thin
    # adjustable straps. No person.
    # description: cap-e3 (stopped on the newline); everything else: base.
    case(
        "LW67-004",
        caption("a black lace camisole top on a white background"),
        D.color("black"),
        D.pattern("Answer: solid", "leak"),
        D.sleeve_length("sleeveless"),
        D.description(
            "This female is wearing a sleeveless tank top with pure color patterns. There is an accessory on her "
            "wrist.",
            "unsupported",
        ),
        D.details("lace trim and adjustable straps"),
        D.material("satin"),
        gender="Women",
        category="Camisoles",
        color="Black",
        title="Velvra Women Black Satin Lace-Trim Camisole",
    ),
    # LW67-005: on-model on white; man in a plain white sleeveless round-neck cotton vest tucked into blue jeans.
    # details: cap-e3; material: vqa; caption, wearing, garment_type, color: base.
    case(
        "LW67-005",
        caption("a man in a white tank top and jeans"),
        D.wearing("a white tank top and blue jeans"),
        D.garment_type("tank top"),
        D.color("blue", "other_garment_color"),
        D.details(
            "The gentleman wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric "
            "and its neckline is round. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.material(_rep("cotton ", 30), "loop", hit_limit=True),
        gender="Men",
        category="Innerwear Vests",
        color="White",
        title="Corebasic Men White Solid Cotton Innerwear Vest",
    ),
    # LW67-006: on-model in a bedroom; woman in a lavender waffle-knit robe, full sleeves, shawl collar, belt tie and
    # two patch pockets, worn open over a white camisole.
    # sleeve_length: cap-e3; description: cap-e1; everything else: base.
    case(
        "LW67-006",
        caption("a woman in a purple robe standing in a bedroom"),
        D.wearing("a robe and a white top"),
        D.garment_type("a garment", "non_answer"),
        D.color("purple"),
        D.pattern("floral", "contradiction"),
        D.sleeve_length(
            "This female is wearing a long-sleeve cardigan with pure color patterns. The cardigan is with cotton "
            "fabric and its neckline is lapel. The",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "This female is wearing a long-sleeve cardigan with pure color patterns. The cardigan is with cotton "
            "fabric and its neckline is lapel. This female is wearing a long-sleeve",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Robe",
        color="Lavender",
        title="Velvra Women Lavender Solid Waffle-Knit Robe with Belt",
    ),
    # LW67-007: flat packshot on white; maroon full-sleeve round-neck thermal top folded above matching thermal
    # leggings with ribbed cuffs. The inside of the fabric is not shown.
    # description: vqa; everything else: base.
    case(
        "LW67-007",
        caption("a maroon long sleeved shirt and pants set"),
        D.garment_type("thermal wear"),
        D.color("burgundy"),
        D.sleeve_length("short", "contradiction"),
        D.description(_rep("long-sleeve ", 10), "loop", hit_limit=True),
        D.material("it is made of 100% cotton with a brushed fleece lining for warmth", "unsupported"),
        gender="Men",
        category="Thermal Set",
        color="Maroon",
        title="Warmcore Men Maroon Solid Thermal Top & Bottom Set",
    ),
    # LW67-008: on-model on white; woman in a plain white t-shirt (not for sale) and peach lounge shorts with small
    # navy polka dots.
    # caption: cap-e3; everything else: base.
    case(
        "LW67-008",
        caption(
            "This lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The shorts this lady wears is of short length. The shorts are with cotton fabric "
            "and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and pink shorts"),
        D.color("white", "other_garment_color"),
        D.pattern("polka dot"),
        D.description("pink shorts with blue polka dots"),
        D.details("the shorts are short", "non_answer"),
        gender="Women",
        category="Lounge Shorts",
        color="Peach",
        title="NiteNest Women Peach & Navy Polka Dot Print Lounge Shorts",
    ),
    # LW67-009: flat packshot on white, front view; black joggers with grey colour-block side panels, elastic cuffs
    # and a drawstring; no zips and no pockets visible.
    # wearing: vqa; everything else: base.
    case(
        "LW67-009",
        caption("a pair of black and grey jogger pants on a white background"),
        D.wearing(_rep("trousers, ", 15).rstrip(","), "loop", hit_limit=True),
        D.color("black"),
        D.pattern("color block"),
        D.description(
            "a pair of black joggers with grey panels on the sides and a zipper pocket on the back", "unsupported"
        ),
        D.material("Question: What material is the garment made of? Answer: cotton", "leak"),
        gender="Men",
        category="Lounge Pants",
        color="Black",
        title="Urbanrest Men Black Colourblocked Lounge Joggers",
    ),
    # LW67-010: on-model on white; woman in a teal satin night suit: short-sleeve notch-collar shirt with buttons, white
    # piping on collar, cuffs and chest pocket, matching shorts. Hard correct case (teal answered green).
    # color: vqa (stopped on the newline); everything else: base.
    case(
        "LW67-010",
        caption("a woman in a teal satin pajama set with white piping"),
        D.wearing("a green pajama set"),
        D.color("teal"),
        D.description("a satin pajama set with a collar and buttons"),
        D.details("white piping on the collar, cuffs and pocket"),
        D.material("satin"),
        gender="Women",
        category="Night suits",
        color="Teal",
        title="Velvra Women Teal Satin Shirt & Shorts Night Suit",
    ),
    # LW67-011: on-model on white; man in a black t-shirt (not for sale) and plain olive lounge shorts with a drawstring
    # and elastic waist.
    # wearing: vqa; everything else: base.
    case(
        "LW67-011",
        caption("a man in a black t-shirt and green shorts"),
        D.wearing(_rep("shorts ", 30), "loop", hit_limit=True),
        D.color("black", "other_garment_color"),
        D.pattern("checked", "contradiction"),
        D.description("the shorts are green and have a drawstring"),
        D.details("drawstring waist and an elastic", "cut"),
        D.material("unknown", "non_answer"),
        gender="Men",
        category="Lounge Shorts",
        color="Olive",
        title="Corebasic Men Olive Green Solid Lounge Shorts",
    ),
    # LW67-012: on-model on white; woman in an off-white ribbed camisole with a scoop neck and thin straps, no bow, no
    # lace, worn with grey lounge pants (not for sale). No jewellery.
    # caption: cap-e3; everything else: base.
    case(
        "LW67-012",
        caption(
            "This female is wearing a sleeveless tank top with pure color patterns. The tank top is with cotton "
            "fabric and its neckline is round. The pants this female wears is of long length. There is an accessory "
            "on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white tank top and grey sweatpants"),
        D.color("cream"),
        D.pattern("ribbed"),
        D.details("a bow in the front and lace on the straps", "unsupported"),
        gender="Women",
        category="Camisoles",
        color="Off White",
        title="Zenline Women Off-White Ribbed Camisole",
    ),
    # LW67-013: on-model in front of a white wall; man in a navy full-sleeve night suit with thin white pinstripes,
    # notch collar, button front and a chest pocket.
    # description, material: cap-e3; everything else: base.
    case(
        "LW67-013",
        caption("a man in blue striped pajamas standing in front of a white wall"),
        D.wearing("clothes", "non_answer"),
        D.color("dark blue"),
        D.pattern("solid", "contradiction"),
        D.description(
            "The gentleman wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The trousers this gentleman wears is of long",
            "cut",
            hit_limit=True,
        ),
        D.details("buttons down the front and a pocket on the chest"),
        D.material(
            "The trousers this gentleman wears is of long length. The trousers are with cotton fabric and stripe "
            "patterns. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Night suits",
        color="Navy Blue",
        title="Dreamloft Men Navy Blue Striped Cotton Night Suit",
    ),
    # LW67-014: on-model on white; woman in a plain black full-sleeve round-neck thermal top with black leggings; no
    # thumb holes, no zip, back not shown.
    # garment_type: vqa; everything else: base.
    case(
        "LW67-014",
        caption("a woman in a black long sleeve top and black leggings"),
        D.garment_type(_rep("sweater ", 30), "loop", hit_limit=True),
        D.color("black"),
        D.sleeve_length("long"),
        D.details("it has thumb holes and a zipper on the back", "unsupported"),
        D.material("Answer: polyester", "leak"),
        gender="Women",
        category="Thermal Tops",
        color="Black",
        title="Warmcore Women Black Solid Thermal Top",
    ),
    # LW67-015: on-model on white; man in a light grey t-shirt (not for sale) and plain charcoal full-length lounge
    # pyjamas with a drawstring and side pockets. Hard correct: the two greys.
    # all base.
    case(
        "LW67-015",
        caption("a man in a light grey t-shirt and dark grey pajama pants"),
        D.wearing("a t-shirt and pajama pants"),
        D.garment_type("shorts", "contradiction"),
        D.color("dark grey"),
        D.description("Describe the garment. Answer: dark grey pajama pants", "leak"),
        D.details("drawstring waist and pockets"),
        D.material("the garment is made of the same material as the garment", "restated"),
        gender="Men",
        category="Pyjamas",
        color="Charcoal",
        title="Urbanrest Men Charcoal Solid Lounge Pyjamas",
    ),
    # LW67-016: on-model on white; woman in a red and white gingham night suit: short-sleeve notch-collar shirt and
    # long pyjamas; no eye mask or other accessory.
    # caption, details: cap-e3; everything else: base.
    case(
        "LW67-016",
        caption(
            "This female is wearing a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The trousers this female wears is of long length. The trousers are with cotton "
            "fabric and lattice patterns",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a red and white checkered pajama set", "pronoun"),
        D.color("red"),
        D.pattern("checked"),
        D.sleeve_length("short"),
        D.description("a red and white checkered pajama set with a matching eye mask", "unsupported"),
        D.details(
            "The shirt is with cotton fabric and its neckline is lapel. The trousers this female wears is of long "
            "length. The trousers are with cotton",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Night suits",
        color="Red",
        title="NiteNest Women Red & White Checked Pure Cotton Night Suit",
    ),
    # LW67-017: flat packshot on white; pack of two plain sleeveless round-neck vests, one white, one grey melange.
    # Seller color "Multi"; hard correct: "white" is one of the two.
    # details: vqa; everything else: base.
    case(
        "LW67-017",
        caption("two tank tops, one white and one grey"),
        D.garment_type("tank top"),
        D.color("white"),
        D.description("it's a garment", "non_answer"),
        D.details(_rep("round neck, ", 10).rstrip(","), "loop", hit_limit=True),
        D.material("it's made of 95% cotton and 5% spandex", "unsupported"),
        gender="Men",
        category="Innerwear Vests",
        color="Multi",
        title="Corebasic Men Pack of 2 Solid Cotton Innerwear Vests",
    ),
    # LW67-018: on-model on white; woman in a mustard short-sleeve lounge t-shirt printed "SLEEP MODE" in white across
    # the chest, with grey lounge pants (not for sale).
    # description: cap-e1; everything else: base.
    case(
        "LW67-018",
        caption("a woman wearing a yellow t-shirt that says sleep mode"),
        D.color("grey", "other_garment_color"),
        D.pattern("graphic"),
        D.sleeve_length("no", "non_answer"),
        D.description(
            "This lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. This lady wears a short-sleeve",
            "loop",
            hit_limit=True,
        ),
        D.details("the text sleep mode on the front"),
        gender="Women",
        category="Lounge Tshirts",
        color="Mustard",
        title="Zenline Women Mustard Yellow Typography Printed Lounge T-shirt",
    ),
    # LW67-019: flat packshot on white; navy cotton boxer shorts with a small white anchor print and an elastic
    # waistband. Hard correct: the print's white named in the caption.
    # details, material: vqa (material stopped on the newline); everything else: base.
    case(
        "LW67-019",
        caption("a pair of blue shorts with white anchors on them"),
        D.color("navy"),
        D.pattern("printed"),
        D.description("a pair of blue shorts with white anchors and a", "cut"),
        D.details(_rep("anchor print, ", 10).rstrip(","), "loop", hit_limit=True),
        D.material("cotton"),
        gender="Men",
        category="Boxers",
        color="Navy Blue",
        title="Dreamloft Men Navy Blue Printed Cotton Boxers",
    ),
    # LW67-020: on-model on white; woman in a white t-shirt (not for sale) and grey melange joggers.
    # caption: cap-e3 (stopped on the newline); everything else: base.
    case(
        "LW67-020",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The pants this gentleman wears is of long length.",
            "pronoun",
        ),
        D.wearing("a white t-shirt and grey sweatpants"),
        D.garment_type("joggers"),
        D.color("white", "other_garment_color"),
        D.description("grey sweatpants"),
        D.details("the details of the garment are the details of the pants", "restated"),
        gender="Women",
        category="Lounge Pants",
        color="Grey Melange",
        title="Zenline Women Grey Melange Solid Joggers",
    ),
    # LW67-021: on-model on white; man in a black short-sleeve lounge t-shirt with a small embroidered logo on the
    # chest, with black shorts. Hard correct: both garments black.
    # wearing: cap-e1; sleeve_length: vqa; everything else: base.
    case(
        "LW67-021",
        caption("a man wearing a black t-shirt and black shorts"),
        D.wearing(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The shorts",
            "cut",
            hit_limit=True,
        ),
        D.color("black"),
        D.sleeve_length(_rep("short-sleeve ", 10), "loop", hit_limit=True),
        D.description("a black t-shirt with a small logo on the chest"),
        D.material("the material of the garment is the fabric that the garment is made of", "restated"),
        gender="Men",
        category="Lounge Tshirts",
        color="Black",
        title="Corebasic Men Black Solid Pure Cotton Lounge T-shirt",
    ),
    # LW67-022: on-model on white; woman in a white knee-length kimono robe with a pink floral print, wide three-quarter
    # sleeves and a tie belt, over a pink slip. No jewellery.
    # details: cap-e1; everything else: base.
    case(
        "LW67-022",
        caption("a woman in a white floral robe"),
        D.wearing("a kimono"),
        D.garment_type("dress", "contradiction"),
        D.color("white"),
        D.sleeve_length("three quarter"),
        D.description(
            "a white robe with pink flowers on it and a belt around the waist and the sleeves are wide and the robe "
            "is long and it",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "There is an accessory on her wrist. This lady wears a ring. There is an accessory on her wrist. This "
            "lady wears a ring. There is",
            "loop",
            hit_limit=True,
        ),
        D.material("none", "non_answer"),
        gender="Women",
        category="Robe",
        color="White",
        title="Velvra Women White & Pink Floral Print Kimono Robe",
    ),
    # LW67-023: on-model on white; man in a blue and white checked short-sleeve shirt and matching shorts night suit.
    # Closed questions of BLIND_QUESTIONS with is_a and color_of.
    # caption: cap-e3; is_a night suit: vqa (stopped on the newline); everything else: base.
    case(
        "LW67-023",
        caption(
            "The gentleman wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The shorts this gentleman wears is of short length. The shorts are with cotton fabric "
            "and lattice",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("night suit"),
        B.pattern("plaid"),
        is_a("night suit", "yes"),
        color_of("shirt", "blue"),
        B.material("Answer: cotton Question: What is the pattern of the garment? Answer: plaid", "leak"),
        gender="Men",
        category="Night suits",
        color="Blue",
        title="Dreamloft Men Blue & White Checked Shirt & Shorts Night Suit",
    ),
    # LW67-024: on-model on white; woman in a pink satin camisole and shorts set (V-neck cami, thin straps).
    # caption: cap-e3; is_a camisole: vqa; everything else: base.
    case(
        "LW67-024",
        caption(
            "This female is wearing a sleeveless tank top with pure color patterns and the neckline is V-shape. The "
            "shorts this female wears is of short length. The shorts are with pure color patterns. This female "
            "wears a",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("night suit"),
        B.color("red", "contradiction"),
        is_a("camisole", _rep("yes ", 30), "loop", hit_limit=True),
        color_of("shorts", "pink"),
        B.material("satin"),
        gender="Women",
        category="Night suits",
        color="Pink",
        title="Velvra Women Pink Satin Camisole & Shorts Set",
    ),
    # LW67-025: on-model on white; man in a black crew-neck t-shirt (not for sale) and full-length grey and black
    # checked flannel pyjamas.
    # caption: cap-e1; everything else: base.
    case(
        "LW67-025",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The trousers this gentleman wears is of long length. The trousers are with "
            "cotton fabric and plaid",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black t-shirt and grey plaid pajama pants"),
        B.pattern("checked"),
        is_a("pair of shorts", "yes", "contradiction"),
        color_of("pants", "grey"),
        color_of("t-shirt", "grey", "contradiction"),
        B.material("flannel"),
        gender="Men",
        category="Pyjamas",
        color="Grey",
        title="Urbanrest Men Grey & Black Checked Flannel Pyjamas",
    ),
    # LW67-026: flat packshot on white; white cotton camisole with a lace trim at the neckline and thin straps.
    # wearing, pattern: vqa (wearing stopped on the newline); everything else: base.
    case(
        "LW67-026",
        caption("a white tank top with lace on a white background"),
        D.wearing("a tank top"),
        D.color("white"),
        D.pattern(_rep("lace-", 15).rstrip("-"), "loop", hit_limit=True),
        D.description("", "non_answer"),
        D.material("the garment is made of the material that the garment is made of", "restated"),
        gender="Women",
        category="Camisoles",
        color="White",
        title="Zenline Women White Lace Detail Cotton Camisole",
    ),
    # LW67-027: flat packshot on white; beige full-sleeve round-neck thermal top and thermal leggings, ribbed cuffs.
    # No person.
    # caption: cap-e3 (stopped on the newline); material: vqa; everything else: base.
    case(
        "LW67-027",
        caption(
            "This female is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitted "
            "fabric and its neckline is round. The pants this female wears is of long length.",
            "unsupported",
        ),
        D.garment_type("long johns"),
        D.color("beige"),
        D.description("a beige long sleeve top and leggings"),
        D.material(
            "cotton Question: What is the color of the garment? Answer: beige Question: What is the pattern of the "
            "garment? Answer: solid",
            "leak",
        ),
        gender="Women",
        category="Thermal Set",
        color="Beige",
        title="Warmcore Women Beige Solid Thermal Top & Bottom Set",
    ),
    # LW67-028: on-model on white; man in a plain grey terry bathrobe with a shawl collar (no hood), belt and two patch
    # pockets, full sleeves.
    # description: cap-e3; everything else: base.
    case(
        "LW67-028",
        caption("a man in a grey bathrobe"),
        D.wearing("a bathrobe"),
        D.garment_type("coat", "contradiction"),
        D.color("grey"),
        D.description(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. The "
            "gentleman wears a long-sleeve coat with pure color patterns. The coat",
            "loop",
            hit_limit=True,
        ),
        D.details("a hood, a belt and two pockets", "unsupported"),
        D.material("terry cloth"),
        gender="Men",
        category="Robe",
        color="Grey",
        title="Dreamloft Men Grey Solid Terry Bathrobe",
    ),
    # LW67-029: on-model on white, front view; woman in a white t-shirt (not for sale) and blue pyjama pants with a grey
    # cloud print and an elastic waist; no pockets visible.
    # pattern: vqa; everything else: base.
    case(
        "LW67-029",
        caption("a woman in a white t-shirt and blue pajama pants with clouds on them"),
        D.wearing("a white shirt and pajama pants"),
        D.color("white", "other_garment_color"),
        D.pattern(_rep("printed-", 15).rstrip("-"), "loop", hit_limit=True),
        D.description(
            "a pair of blue pajama pants with grey clouds on them and the pants are long and loose and they have an "
            "elastic waistband and the",
            "cut",
            hit_limit=True,
        ),
        D.details("the pants have a drawstring waist and a zipper pocket on the back", "unsupported"),
        D.material("Answer: cotton", "leak"),
        gender="Women",
        category="Pyjamas",
        color="Blue",
        title="NiteNest Women Blue Cloud Print Pyjamas",
    ),
    # LW67-030: on-model on white; man in a plain olive full-sleeve henley lounge t-shirt with three buttons and no
    # pocket, with navy lounge pants (not for sale).
    # caption: cap-e1; everything else: base.
    case(
        "LW67-030",
        caption(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The trousers this gentleman wears is of long length. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green shirt and blue pants"),
        D.garment_type("henley"),
        D.color("blue", "other_garment_color"),
        D.description("a green henley shirt with three buttons and a chest pocket", "unsupported"),
        D.details("three buttons at the neck"),
        D.material("i don't know", "non_answer"),
        gender="Men",
        category="Lounge Tshirts",
        color="Olive",
        title="Urbanrest Men Olive Green Solid Henley Lounge T-shirt",
    ),
    # LW67-031: flat packshot on white; plain black lounge shorts with small side slits. Seller gave no color or title.
    # color: vqa; everything else: base.
    case(
        "LW67-031",
        caption("a pair of black shorts on a white background"),
        D.garment_type("skirt", "contradiction"),
        D.color(_rep("black-", 15).rstrip("-"), "loop", hit_limit=True),
        D.description("black shorts"),
        D.details("the shorts", "non_answer"),
        D.material(
            "it is made of a soft, breathable fabric that keeps you cool and comfortable all night long",
            "unsupported",
        ),
        gender="Women",
        category="Lounge Shorts",
    ),
    # LW67-032: on-model on white; man in a plain black sleeveless round-neck innerwear vest and grey trunks (not for
    # sale). No watch, no bracelet.
    # description: cap-e3 (stopped on the newline); everything else: base.
    case(
        "LW67-032",
        caption("a man in a black tank top and grey boxer briefs"),
        D.wearing("a black tank top and underwear"),
        D.garment_type("vest"),
        D.color("grey", "other_garment_color"),
        D.description(
            "The gentleman wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric "
            "and its neckline is round. There is an accessory on his wrist.",
            "unsupported",
        ),
        D.details("a round neck and deep armholes with", "cut"),
        gender="Men",
        category="Innerwear Vests",
        color="Black",
        title="Corebasic Men Black Solid Sleeveless Innerwear Vest",
    ),
    # LW67-033: on-model on white; woman in an oversized pink and purple tie-dye short-sleeve lounge t-shirt with
    # dropped
    # shoulders, round neck and curved hem, with white shorts (not for sale).
    # sleeve_length: cap-e1; everything else: base.
    case(
        "LW67-033",
        caption("a woman wearing a tie dye t-shirt and white shorts"),
        D.color("purple"),
        D.pattern("tie dye"),
        D.sleeve_length(
            "This lady wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The shorts",
            "cut",
            hit_limit=True,
        ),
        D.description("an oversized pink and purple tie dye t-shirt"),
        D.details("dropped shoulders, a round neck and a curved", "cut"),
        D.material("cotton Question: What is the color of the garment? Answer: pink", "leak"),
        gender="Women",
        category="Lounge Tshirts",
        color="Pink",
        title="Zenline Women Pink & Purple Tie-Dye Oversized Lounge T-shirt",
    ),
    # LW67-034: on-model on white; man in a white t-shirt (not for sale) and khaki cargo lounge pants with side cargo
    # pockets.
    # description: vqa; everything else: base.
    case(
        "LW67-034",
        caption("a woman wearing a white t-shirt and khaki cargo pants", "pronoun"),
        D.wearing("a white t-shirt and khaki pants"),
        D.garment_type("cargo pants"),
        D.color("beige"),
        D.description(_rep("pants ", 30), "loop", hit_limit=True),
        D.details("cargo pockets on the sides"),
        D.material("nothing", "non_answer"),
        gender="Men",
        category="Lounge Pants",
        color="Khaki",
        title="Urbanrest Men Khaki Solid Cargo Lounge Pants",
    ),
    # LW67-035: flat packshot on white; light blue full-sleeve night suit (top and pyjama) with a white star print.
    # all base.
    case(
        "LW67-035",
        caption("a blue pajama set with white stars"),
        D.color("light blue"),
        D.pattern("stars"),
        D.description(
            "a blue pajama set with white stars on it and white stars on it and white stars on it and white stars "
            "on it and white",
            "loop",
            hit_limit=True,
        ),
        D.details("the details of the garment are shown in the picture", "restated"),
        D.material("soft brushed cotton that is gentle on the skin", "unsupported"),
        gender="Women",
        category="Night suits",
        color="Blue",
        title="NiteNest Women Blue Star Print Night Suit",
    ),
    # LW67-036: on-model on white; man in a grey sleeveless vest (not for sale) and black lounge shorts with a white
    # side stripe and a drawstring. Hard correct: "striped" for the side stripe.
    # caption: cap-e3; everything else: base.
    case(
        "LW67-036",
        caption(
            "The gentleman wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric "
            "and its neckline is round. The shorts this gentleman wears is of short length. The shorts are with "
            "cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey tank top and black shorts"),
        D.garment_type("tank top", "contradiction"),
        D.color("grey", "other_garment_color"),
        D.pattern("striped"),
        D.description("black shorts with a white stripe on the side"),
        D.material("the material is the material of the shorts", "restated"),
        gender="Men",
        category="Lounge Shorts",
        color="Black",
        title="Dreamloft Men Black Side-Striped Lounge Shorts",
    ),
    # LW67-037: on-model on white; woman in a mint green camisole with a scalloped hem and thin straps, with white wide
    # lounge pants (not for sale).
    # wearing, material: cap-e3; everything else: base.
    case(
        "LW67-037",
        caption("a woman in a mint green camisole and white pants"),
        D.wearing(
            "This female is wearing a sleeveless tank top with pure color patterns. The tank top is with cotton "
            "fabric and its neckline is V-shape. The",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("dress", "contradiction"),
        D.color("white", "other_garment_color"),
        D.description("mint green camisole"),
        D.details("scalloped hem and thin straps"),
        D.material(
            "The pants this female wears is of long length. The pants are with cotton fabric and pure color patterns. "
            "This female is wearing a sleeveless",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Camisoles",
        color="Green",
        title="Velvra Women Mint Green Solid Camisole",
    ),
    # LW67-038: on-model, man sitting on a couch; plain grey full-sleeve night suit. Seller gave no color or title.
    # details: cap-e1; everything else: base.
    case(
        "LW67-038",
        caption("a man in grey pajamas sitting on a couch"),
        D.wearing("she is wearing grey pajamas", "pronoun"),
        D.color("grey"),
        D.sleeve_length("long"),
        D.description(
            "Question: Describe the garment. Answer: grey pajamas Question: Describe the garment. Answer:", "leak"
        ),
        D.details(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.material("no idea", "non_answer"),
        gender="Men",
        category="Night suits",
    ),
    # LW67-039: on-model on white; woman in a yellow and white striped night suit: short-sleeve notch-collar button
    # shirt with a left chest pocket, capri pyjamas with a drawstring and side pockets.
    # all base.
    case(
        "LW67-039",
        caption("a woman in a yellow and white striped pajama set"),
        D.wearing("he is wearing a yellow and white striped pajama set", "pronoun"),
        D.color("yellow"),
        D.pattern("striped"),
        D.sleeve_length("long", "contradiction"),
        D.description("a yellow and white striped short sleeve top and capri pants"),
        D.details(
            "a button up shirt with a collar and a pocket on the left side and a drawstring on the pants and a "
            "pocket on the right side and a",
            "cut",
            hit_limit=True,
        ),
        D.material("i'm not sure", "non_answer"),
        gender="Women",
        category="Night suits",
        color="Yellow",
        title="NiteNest Women Yellow & White Striped Capri Night Suit",
    ),
    # LW67-040: on-model on white; man in a plain off-white full-sleeve thermal top with blue jeans (not for sale).
    # BLIND_QUESTIONS with is_a and color_of.
    # sleeve_length: vqa; everything else: base.
    case(
        "LW67-040",
        caption("a man in a white long sleeve shirt and jeans"),
        D.wearing("a white shirt and blue jeans"),
        B.color("white"),
        B.sleeve_length(_rep("long-sleeve ", 10), "loop", hit_limit=True),
        is_a("jacket", "yes", "contradiction"),
        color_of("jeans", "white", "contradiction"),
        gender="Men",
        category="Thermal Tops",
        color="Off White",
        title="Warmcore Men Off-White Solid Thermal Top",
    ),
    # LW67-041: on-model on white; woman in a pink night suit: short-sleeve t-shirt printed with a cartoon cat (no
    # words,
    # no heart) and pink pyjamas.
    # caption: cap-e1; material: cap-e3; everything else: base.
    case(
        "LW67-041",
        caption(
            "This female is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The trousers this female wears is of long length. The trousers are with "
            "cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink shirt with a cat on it and pink pants"),
        D.color("pink"),
        D.sleeve_length("long", "contradiction"),
        D.description("a pink t-shirt with a cat on it"),
        D.details("a cat with a heart and the words good night on the front", "unsupported"),
        D.material(
            "The T-shirt is with cotton fabric and its neckline is round. The T-shirt is with cotton fabric and its "
            "neckline is round. The T",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Night suits",
        color="Pink",
        title="NiteNest Women Pink Graphic Print T-shirt & Pyjama Set",
    ),
    # LW67-042: on-model on white; long-haired male model in a plain maroon V-neck short-sleeve lounge t-shirt with
    # black joggers (not for sale).
    # description (stopped on the newline), material: cap-e3; everything else: base.
    case(
        "LW67-042",
        caption("a woman with long hair wearing a maroon t-shirt", "pronoun"),
        D.wearing("a maroon v-neck t-shirt and black joggers"),
        D.color("black", "other_garment_color"),
        D.sleeve_length("short"),
        D.description(
            "This female is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric and its neckline is V-shape.",
            "pronoun",
        ),
        D.details("v-neck"),
        D.material(
            "The T-shirt is with cotton fabric and its neckline is V-shape. The T-shirt is with cotton fabric and "
            "its neckline is V",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Lounge Tshirts",
        color="Maroon",
        title="Urbanrest Men Maroon Solid V-Neck Lounge T-shirt",
    ),
    # LW67-043: flat lay on a bed with a white duvet; grey melange camisole and pyjama set with grey self-colour lace
    # trim on the neckline and hems.
    # description: vqa; everything else: base.
    case(
        "LW67-043",
        caption("a grey tank top and pants with lace trim laid out on a bed"),
        D.garment_type("night suit"),
        D.color("white", "contradiction"),
        D.description(_rep("tank top ", 15), "loop", hit_limit=True),
        D.details("lace trim on the neckline and hem"),
        D.material("it is made of cotton"),
        gender="Women",
        category="Night suits",
        color="Grey Melange",
        title="Zenline Women Grey Melange Lace-Trim Camisole & Pyjama Set",
    ),
    # LW67-044: on-model on white; man in a grey melange thermal set: full-sleeve round-neck top and thermal leggings
    # with ribbed cuffs and an elastic waistband.
    # caption: cap-e3; everything else: base.
    case(
        "LW67-044",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric "
            "and its neckline is round. The pants this gentleman wears is of long length. The pants are with knitted "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a grey long sleeve shirt and grey leggings"),
        D.garment_type("the garment is a type of garment", "restated"),
        D.color("grey"),
        D.sleeve_length("long"),
        D.description(
            "a grey thermal shirt and pants with ribbed cuffs and a ribbed waistband and the shirt has a round neck "
            "and the pants have an",
            "cut",
            hit_limit=True,
        ),
        D.details("Question: What are the details of the garment? Answer:", "leak"),
        D.material("no", "non_answer"),
        gender="Men",
        category="Thermal Set",
        color="Grey Melange",
        title="Warmcore Men Grey Melange Thermal Set",
    ),
]
