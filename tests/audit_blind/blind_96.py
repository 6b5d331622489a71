"""BLIND_96 (44 products; the experiments re-run on a Myntra-style catalog of women's dresses, jumpsuits and co-
ords): written blind in the nineteenth session. Measured blind at 058eda3: 128/143 failures found (89.5%) and 10/146
correct texts flagged (6.8%). The writer's notes, verbatim:

Blind corpus 96: women's dresses, jumpsuits, co-ord sets and gowns from a Myntra-style catalog.

Scenario
    The original experiments' models re-run on a marketplace catalog of women's western wear: dresses, jumpsuits,
    co-ord sets (two matching pieces) and gowns, shot on models (some wearing a jacket, blazer, shrug, coat or belt
    over the product, which is the harder case) and on mannequins, plus one flat lay. Each product was asked enrich's
    default questionnaire (DEFAULT_QUESTIONS), or a caption plus the closed questions of BLIND_QUESTIONS, with a few
    "Is this a ...?" (is_a) and "What is the color of the ...?" (color_of) questions. Seller columns (gender,
    category, color, title) come from the marketplace listing in the seller's own words; three products lack some.

Which system wrote which text (named again in the comment above every case)
    - base: untuned Salesforce/blip2-opt-2.7b. Short captions ("a woman in a red dress ..."), short answers that stop
      on the newline; its faults are wrong colors, a layer's color for the product, the wrong pronoun, invented
      details, restating the question, the odd loop and the odd "Answer:" echo.
    - cap1 / cap3: the caption adapters (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch, epoch 1, and
      leoreigoto/Data2_V2_Blip2_Finetune_Caption, epoch 3). They return the DeepFashion-MultiModal caption template
      for every prompt ("The lady wears a ... with pure color patterns. The ... is with cotton fabric. It has a ...
      neckline."), never stop, and so are cut at the token limit (50 new tokens for captions, 30 for answers) or loop.
    - vqa: the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA). One-word answers from the In-shop vocabulary ("dress",
      "pants", "black", "yes"); with no end-of-answer token it either loops the word ("black-black-black...") or
      runs on into the next "Question: ... Answer:" of its training format; it says "yes" to every is_a question,
      and its free captions are broken (a loop or a run of Question/Answer pairs).
    - closed questions were answered by enrich's reference engine over the named model; where that model's raw text
      did not map to an option the raw text was kept, which is how a loop or a leak shows up in a closed answer.

How it was written
    Blind. I read only ../shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the Case/Text layout, the
    makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a, color_of, question, case, TARGETS). I did not read any audit,
    query, enrich code, docs, test, other corpus or git history; the only thing I ran was an import check of this
    file. Photos are imagined, each described in the comment above its case, and every label is judged against
    that imagined photo.

Label conventions and judgement calls
    - One label per text: the failure a reader would name first. A cut text that is also wrong in content (an
      invented bracelet, "his" for a woman) carries the content fault as its label and keeps hit_limit=True; an
      adapter text that is only cut is labelled cut.
    - hit_limit=True marks texts that ran to the 30 (answers) or 50 (captions) new-token limit, including loops and
      run-on leaks that filled the budget. A text cut short of the limit has hit_limit=False.
    - cut: stops mid-phrase ("The dress is of", "There is a"). Adapter template captions that end mid-sentence at the
      limit are cut even when everything they said was true.
    - loop: the same word or clause repeated until the limit ("green green green ...", "The dress is with cotton
      fabric ... The dress is with cotton fabric ...").
    - leak: the prompt format comes back in the text: "Answer:" echoed, or "Question: ... Answer: ..." pairs run on.
    - non_answer: says nothing about the product: empty, "yes"/"no" to an open question, "i don't know", "it is
      made of fabric", the question's words back, a bare garment word as the "details", or an answer of the wrong
      type (a color given as the material).
    - restated: a wordy answer that only restates the question ("the garment is made of a material", "the details
      of the garment").
    - contradiction: a color, garment, sleeve length or yes/no that the photo, the other texts or the seller
      contradict: navy answered "black", a shirt dress answered "shirt", a sweater dress answered "sweater", the
      layer's garment type ("jacket", "blazer", "coat") for the product, "yes" to "Is this a dress?" for a jumpsuit,
      a wall's or the sky's color for the garment, "long" sleeves for a sleeveless gown.
    - other_garment_color: the product's color answered with the color of something worn with it (denim jacket,
      belt, shrug, blazer's inner tee, sneakers).
    - unsupported: a detail not in the photo (a purse, a bow, a tie, a zipper, a pocket, sunglasses, a bracelet or
      ring on a mannequin or bare hands).
    - pronoun: "he", "his", "a man", "the man" for a woman or a women's mannequin (seller gender women).
    - Correct, near-color synonyms: mustard -> "yellow", lavender -> "purple", burgundy/maroon -> "red",
      off-white -> "white"/"cream", peach -> "pink"/"orange", champagne gold -> "beige", navy -> "blue" (but navy ->
      "black" is a contradiction).
    - Correct, prints: either main color of a two-color print ("white" for black-and-white stripes); one of the
      print's colors for a multicolor print; "floral" for a tropical leaf print, "lattice" (DeepFashion's word) for
      a gingham check, "animal" for leopard, "printed" for ethnic motifs.
    - Correct, co-ord sets: naming either piece ("shirt", "skirt", "pants", "cardigan", "blazer") is a correct
      garment type; "dress" or "jumpsuit" for a two-piece set is a contradiction.
    - Correct, layers: a caption or "wearing" answer that names the layer as well as the product ("a white dress and
      a denim jacket"), and a color_of question asked about the belt answered with the belt's color.
    - Correct, backgrounds: captions that name the wall, flower wall, curtain, beach or sea are correct.
    - The DeepFashion template describes every outfit as an upper plus a lower garment; a template caption calling a
      jumpsuit "a shirt ... and pants" is not counted as a contradiction, but a closed garment type is.
    - Material answers plausible for the fabric seen (velvet, satin, chiffon, lace, linen, cotton, jersey, knit,
      polyester) are correct; terse vqa answers ("dress", "jumpsuit", "pants") to "What is the person wearing?" are
      correct.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, is_a

CUT = "cut"
NON = "non_answer"
CONTRA = "contradiction"
OGC = "other_garment_color"
LOOP = "loop"
LEAK = "leak"
UNSUP = "unsupported"
REST = "restated"
PRON = "pronoun"

W = "women"


def rep(unit: str, n: int, sep: str = " ") -> str:
    """A looped output: unit repeated n times (each repetition a few tokens, to the token limit)."""
    return sep.join([unit] * n)


BLIND_96: list[Case] = [
    # 1. Woman in a black sleeveless bodycon midi dress, plain grey studio backdrop, no belt, no slit visible, back
    #    not shown. All texts: base.
    case(
        "MYN-DR-1001",
        caption("a woman in a black dress posing against a grey wall"),
        D.wearing("a black dress"),
        D.garment_type("dress"),
        D.color("black"),
        D.sleeve_length("sleeveless"),
        D.description("a black bodycon dress"),
        D.details("it has a slit on the side and a zipper on the back", UNSUP),
        D.material("the garment is made of a material", REST),
        gender=W,
        category="Dresses",
        color="Black",
        title="Sassafras Women Black Solid Bodycon Midi Dress",
    ),
    # 2. Woman in an ankle-length mustard-yellow wrap dress with small white flowers, short flutter sleeves, v-neck,
    #    tie at the waist, thin gold bracelet, in a garden. Caption, wearing, description: cap3; the rest: base.
    case(
        "MYN-DR-1002",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. There is an accessory on her wrist. The lady wears a",
            CUT,
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of",
            CUT,
            hit_limit=True,
        ),
        D.color("yellow"),
        D.pattern("floral"),
        D.sleeve_length("short"),
        D.description(
            "The dress is with chiffon fabric and floral patterns. It has a v-shape neckline. The dress is with "
            "chiffon fabric and floral patterns. It has a v-shape",
            LOOP,
            hit_limit=True,
        ),
        D.details("a v-neck and a tie at the waist"),
        D.material("chiffon"),
        gender=W,
        category="Dresses",
        color="Mustard",
        title="Berrylush Women Mustard Yellow Floral Print Wrap Maxi Dress",
    ),
    # 3. Woman in an olive-green utility jumpsuit, full sleeves with turned-up cuffs, brown leather belt, white
    #    sneakers, white studio. All texts: base. The belt question is asked on purpose (its answer is the belt's).
    case(
        "MYN-JS-2001",
        caption("a woman in a green jumpsuit with a brown belt"),
        B.garment_type("jumpsuit"),
        B.color("brown", OGC),
        B.sleeve_length("long"),
        is_a("jumpsuit", "yes"),
        color_of("belt", "brown"),
        gender=W,
        category="Jumpsuit",
        color="Olive",
        title="Roadster Women Olive Green Solid Utility Jumpsuit",
    ),
    # 4. Co-ord set: long-sleeve pink shirt with white tropical-leaf print and matching wide-leg trousers, on a
    #    model, beige backdrop. Caption and wearing: cap1; the rest: base.
    case(
        "MYN-CO-3001",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The trousers the lady wears is of long length. The trousers are with cotton fabric and "
            "graphic patterns. The lady",
            CUT,
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The trousers",
            CUT,
            hit_limit=True,
        ),
        D.garment_type("shirt"),
        D.color("pink"),
        D.pattern("floral"),
        D.sleeve_length("long"),
        D.description("a pink and white shirt and pants set"),
        D.details("the shirt has buttons down the front and a collar"),
        gender=W,
        category="Co-Ords",
        color="Pink",
        title="SASSAFRAS Women Pink Tropical Print Shirt with Trousers Co-Ord Set",
    ),
    # 5. Headless dress form in a navy-blue A-line midi dress with small white polka dots, short puff sleeves, round
    #    neck, grey background. Open texts: cap3 (run for every prompt); closed: reference engine over cap3.
    case(
        "MYN-DR-1003",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton "
            "fabric. It has a",
            LOOP,
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of",
            CUT,
            hit_limit=True,
        ),
        D.garment_type("dress"),
        D.color("black", CONTRA),
        D.pattern("dotted"),
        D.sleeve_length("short"),
        D.description(
            "The dress is with cotton fabric and graphic patterns. It has a round neckline. The dress is with cotton "
            "fabric and graphic patterns. It has a",
            LOOP,
            hit_limit=True,
        ),
        D.details(
            "It has a round neckline. The dress is of medium length. The lady wears a short-sleeve dress with "
            "graphic patterns. The dress is with cotton",
            CUT,
            hit_limit=True,
        ),
        D.material(
            "The dress is with cotton fabric. It has a round neckline. The dress is of medium length. The lady wears "
            "a short-sleeve dress with graphic",
            CUT,
            hit_limit=True,
        ),
        gender=W,
        category="Dresses",
        color="Navy Blue",
        title="Tokyo Talkies Women Navy Blue Polka Dot A-Line Midi Dress",
    ),
    # 6. Woman in a white sleeveless schiffli (eyelet-embroidered) fit-and-flare dress with a ruffled hem, a blue
    #    denim jacket worn open over it (long sleeves), on a city street. All texts: base.
    case(
        "MYN-DR-1004",
        caption("a woman in a white dress and denim jacket standing on the street"),
        D.wearing("a white dress and a denim jacket"),
        D.garment_type("jacket", CONTRA),
        D.color("blue", OGC),
        D.pattern("solid"),
        D.sleeve_length("long", CONTRA),
        D.description("a white sleeveless dress with embroidery"),
        D.details("it has a ruffled hem and embroidered flowers"),
        gender=W,
        category="Dresses",
        color="White",
        title="DressBerry White Schiffli Fit & Flare Dress",
    ),
    # 7. Woman in a floor-length emerald-green sequinned one-shoulder gown (no sleeves), dark red curtain behind.
    #    Caption: base; the rest: vqa.
    case(
        "MYN-GW-4001",
        caption("a woman in a green sequined gown posing in front of a red curtain"),
        B.garment_type("dress"),
        B.color(rep("green", 30), LOOP, hit_limit=True),
        B.sleeve_length("sleeveless"),
        is_a("gown", "yes"),
        B.material(
            "polyester Question: What is the color of the gown? Answer: green Question: What is the color of the",
            LEAK,
            hit_limit=True,
        ),
        gender=W,
        category="Gowns",
        color="Green",
        title="Sequinned One-Shoulder Maxi Gown",
    ),
    # 8. Woman seated on a chair in a maroon velvet long-sleeve mini dress with a crew neck, cropped at the knees,
    #    hands empty, no bag, no boots in frame. All texts: base.
    case(
        "MYN-DR-1005",
        caption("a woman in a red velvet dress sitting on a chair"),
        D.wearing(
            "she is wearing a maroon velvet dress with long sleeves and a pair of black boots and a black handbag",
            UNSUP,
        ),
        D.garment_type("dress"),
        D.color("burgundy"),
        D.sleeve_length("long"),
        D.description("a red velvet dress with long sleeves"),
        D.details(
            "it is a long sleeve dress with a high neck and a high neck and a high neck and a high neck and a high "
            "neck and a high neck",
            LOOP,
            hit_limit=True,
        ),
        D.material("velvet"),
        gender=W,
        category="Dresses",
        color="Burgundy",
        title="Athena Maroon Velvet Bodycon Mini Dress",
    ),
    # 9. Full-body mannequin in a black sleeveless halter-neck wide-leg jumpsuit, product shot on white.
    #    Caption: cap1; wearing: base; closed and is_a: vqa.
    case(
        "MYN-JS-2002",
        caption(
            "The lady wears a sleeveless jumpsuit with pure color patterns. The jumpsuit is with cotton fabric. It "
            "has a suspenders neckline. The jumpsuit is of long length. The lady wears a sleeveless jumpsuit with "
            "pure color patterns. The jumpsuit",
            LOOP,
            hit_limit=True,
        ),
        D.wearing("he is wearing a black jumpsuit", PRON),
        B.garment_type("jumpsuit"),
        B.color("black"),
        B.sleeve_length("sleeveless"),
        is_a("dress", "yes", CONTRA),
        gender=W,
        category="Jumpsuit",
        color="Black",
        title="Black Halter Neck Wide Leg Jumpsuit",
    ),
    # 10. Woman in a sleeveless red tiered maxi dress with a small floral print, a white crochet shrug over her
    #     shoulders, on a beach. Caption and wearing: base; the rest: vqa.
    case(
        "MYN-DR-1006",
        caption("a woman in a red floral dress and a white cardigan on the beach"),
        D.wearing("a red floral dress and a white cardigan"),
        B.color("white", OGC),
        B.pattern("floral"),
        color_of("dress", "red"),
        is_a("dress", "yes"),
        B.material(rep("cotton", 30), LOOP, hit_limit=True),
        gender=W,
        category="Dresses",
        color="Red",
        title="Red Floral Printed Tiered Maxi Dress",
    ),
    # 11. Co-ord set: black-and-white horizontally striped short-sleeve crop top with a matching striped midi skirt,
    #     on a model, grey studio. All texts: base.
    case(
        "MYN-CO-3002",
        caption("a woman in a black and white striped top and skirt"),
        B.garment_type("dress", CONTRA),
        B.color("white"),
        B.pattern("striped"),
        B.sleeve_length("short sleeve"),
        is_a("dress", "no"),
        B.material(
            "the garment is made of a material that is made of a material that is made of a material that is made "
            "of a material that is",
            LOOP,
            hit_limit=True,
        ),
        gender=W,
        category="Co-Ords",
        color="Black",
        title="Black & White Striped Crop Top with Midi Skirt Co-Ord Set",
    ),
    # 12. Woman in a sky-blue long-sleeve shirt dress with a collar, buttons and a thin brown belt, white backdrop.
    #     Open texts: cap3; closed: reference engine over cap3.
    case(
        "MYN-DR-1007",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton "
            "fabric. It has a lapel",
            LOOP,
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. There is a",
            CUT,
            hit_limit=True,
        ),
        D.garment_type("shirt", CONTRA),
        D.color("blue"),
        D.pattern("solid"),
        D.sleeve_length("long"),
        D.description(
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The shirt is with "
            "cotton fabric and pure color patterns. It",
            LOOP,
            hit_limit=True,
        ),
        D.details(
            "It has a lapel neckline. There is a belt on her waist. The lady wears a long-sleeve shirt with pure "
            "color patterns. The shirt is",
            CUT,
            hit_limit=True,
        ),
        D.material(
            "cotton fabric. The shirt is with cotton fabric. The shirt is with cotton fabric. The shirt is with "
            "cotton fabric. The shirt is with",
            LOOP,
            hit_limit=True,
        ),
        gender=W,
        category="Dresses",
        color="Blue",
        title="Blue Solid Shirt Dress with Belt",
    ),
    # 13. Back view: woman seen from behind in a lavender satin slip midi dress, spaghetti straps, draped cowl back
    #     (no bow), hotel room. All texts: base.
    case(
        "MYN-DR-1008",
        caption("the back of a woman in a purple dress"),
        D.wearing("a purple dress with a bow on the back", UNSUP),
        B.color("purple"),
        B.sleeve_length("sleeveless"),
        B.material("satin"),
        gender=W,
        category="Dresses",
        color="Lavender",
        title="Lavender Satin Cowl Back Slip Midi Dress",
    ),
    # 14. Woman in a rust-orange linen-blend jumpsuit, short sleeves, self-fabric tie belt, leaning on a wooden
    #     fence outdoors. All texts: vqa (the VQA-only run, whose captions are broken).
    case(
        "MYN-JS-2003",
        caption(
            "Question: What cloth is the person wearing? Answer: jumpsuit Question: What is the color of the "
            "jumpsuit? Answer: orange Question: Is this a jumpsuit? Answer: yes Question: What",
            LEAK,
            hit_limit=True,
        ),
        D.wearing("jumpsuit"),
        D.garment_type("jumpsuit"),
        D.color("orange"),
        D.sleeve_length("short-sleeve"),
        D.description(rep("jumpsuit", 15), LOOP, hit_limit=True),
        D.details("yes", NON),
        D.material("orange", NON),
        gender=W,
        category="Jumpsuit",
        color="Rust",
        title="Rust Orange Linen Blend Tie-Up Jumpsuit",
    ),
    # 15. Woman in a black sleeveless sheath dress under an open tan trench coat (long sleeves hide her wrists),
    #     walking on a city street. Caption, wearing, description, material: base; details: cap3; closed: base.
    case(
        "MYN-DR-1009",
        caption("a woman in a black dress and a tan coat walking down the street"),
        D.wearing("a brown coat and a black dress"),
        D.garment_type("coat", CONTRA),
        D.color("brown", OGC),
        D.description("a black dress"),
        D.details(
            "It has a round neckline. The dress is of medium length. The lady wears a long coat with pure color "
            "patterns. The coat is with",
            CUT,
            hit_limit=True,
        ),
        D.material("polyester"),
        gender=W,
        category="Dresses",
        color="Black",
        title="Black Solid Sheath Dress",
    ),
    # 16. Woman in a blush-pink off-shoulder tulle ball gown, bare neck and arms (no jewellery), pink flower wall
    #     behind. Caption: base; open answers: cap1; closed and is_a: reference engine over cap1.
    case(
        "MYN-GW-4002",
        caption("a woman in a pink gown standing in front of a flower wall"),
        D.wearing(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of",
            CUT,
            hit_limit=True,
        ),
        B.color("pink"),
        B.garment_type("dress"),
        B.material(
            "The dress is with chiffon fabric. It has a suspenders neckline. The dress is of long length. There is "
            "an accessory on her neck. The lady",
            UNSUP,
            hit_limit=True,
        ),
        is_a("gown", "yes"),
        D.details(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. The lady "
            "wears a sleeveless dress with pure color",
            LOOP,
            hit_limit=True,
        ),
        gender=W,
        category="Gowns",
        color="Pink",
        title="Blush Pink Off-Shoulder Tulle Ball Gown",
    ),
    # 17. Headless mannequin in a mustard ribbed knit sweater dress, crew neck, long sleeves, white background.
    #     All texts: base.
    case(
        "MYN-DR-1010",
        caption("a mannequin wearing a yellow sweater dress"),
        D.wearing("he is wearing a yellow sweater dress", PRON),
        D.garment_type("sweater", CONTRA),
        D.color("yellow"),
        D.description("it's a yellow sweater dress"),
        D.details("it has a turtleneck", UNSUP),
        gender=W,
        category="Dresses",
        color="Mustard",
        title="Mustard Ribbed Knit Jumper Dress",
    ),
    # 18. Co-ord set: sage-green satin long-sleeve shirt and matching straight trousers, gold chain belt at the
    #     waist, beige backdrop. Caption: cap3; the rest: vqa.
    case(
        "MYN-CO-3003",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "lapel neckline. The trousers the lady wears is of long length. The trousers are with chiffon fabric and "
            "pure color patterns. There is a",
            CUT,
            hit_limit=True,
        ),
        B.color("gold", OGC),
        B.garment_type("pants"),
        B.sleeve_length("long-sleeve"),
        is_a("jumpsuit", "yes", CONTRA),
        color_of("trousers", "green"),
        gender=W,
        category="Co-Ords",
        color="Sea Green",
        title="Sage Green Satin Shirt & Trouser Co-ord Set",
    ),
    # 19. Woman seated at a cafe table in a white wrap midi dress with a blue floral print, v-neck, tie waist,
    #     three-quarter sleeves. No seller columns on this listing. All texts: base.
    case(
        "MYN-DR-1011",
        caption("a woman sitting at a table in a cafe wearing a floral dress"),
        D.wearing("a blue and white floral dress"),
        D.pattern("floral"),
        D.sleeve_length("three quarter"),
        D.details("Answer: the dress has a v neck and a tie waist", LEAK),
        D.material("the garment is made of material", REST),
    ),
    # 20. Woman in a light-blue denim utility jumpsuit, short sleeves, white sneakers, graffiti wall behind.
    #     Open texts: cap1; closed and is_a: reference engine over cap1.
    case(
        "MYN-JS-2004",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The pants the lady wears is of long length. The pants are with denim fabric and pure "
            "color patterns. The lady",
            CUT,
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with denim fabric. The lady "
            "wears a short-sleeve shirt with pure",
            LOOP,
            hit_limit=True,
        ),
        B.garment_type("jumpsuit"),
        B.color("blue"),
        B.material(
            "denim fabric. The pants are with denim fabric and pure color patterns. The pants are with denim fabric "
            "and pure color patterns. The pants",
            LOOP,
            hit_limit=True,
        ),
        is_a("jumpsuit", "yes"),
        gender=W,
        category="Jumpsuit",
        color="Blue",
        title="Light Blue Denim Utility Jumpsuit",
    ),
    # 21. Woman in a black-and-white gingham check mini dress with short puff sleeves, in a park. All texts: vqa.
    case(
        "MYN-DR-1012",
        caption(
            "dress Question: What is the color of the dress? Answer: black Question: Is this a dress? Answer: yes "
            "Question: What cloth is the person wearing? Answer",
            LEAK,
            hit_limit=True,
        ),
        D.wearing("dress"),
        D.garment_type("dress"),
        D.color(rep("black", 15, "-"), LOOP, hit_limit=True),
        D.pattern("lattice"),
        D.sleeve_length("short-sleeve"),
        D.description("yes", NON),
        D.details("", NON),
        D.material("cotton Question: What is the color of the dress? Answer: black", LEAK),
        gender=W,
        category="Dresses",
        color="Black",
        title="Black & White Checked Puff Sleeve Mini Dress",
    ),
    # 22. Woman with a short crop haircut in a bottle-green satin A-line midi dress with puff sleeves, standing on a
    #     staircase. All texts: base.
    case(
        "MYN-DR-1013",
        caption("a man in a green dress standing on the stairs", PRON),
        D.wearing("a green dress"),
        D.description("a green satin dress with puff sleeves"),
        D.details(
            "the sleeves are puffy and the skirt is flowy and the sleeves are puffy and the skirt is flowy and the "
            "sleeves are puffy and the",
            LOOP,
            hit_limit=True,
        ),
        D.material("satin"),
        gender=W,
        category="Dresses",
        color="Green",
        title="Green Satin Puff Sleeve A-Line Midi Dress",
    ),
    # 23. Woman in a black net gown with a sequin-embellished bodice and long sheer sleeves, a cuff bracelet and a
    #     ring, at an event in front of a step-and-repeat banner. Open texts: cap3; closed, is_a: reference engine.
    case(
        "MYN-GW-4003",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is of long length. There is an accessory on her wrist. There is a ring on "
            "her finger. The lady",
            CUT,
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is of long",
            CUT,
            hit_limit=True,
        ),
        B.garment_type("dress"),
        B.color("black"),
        B.material(
            "chiffon fabric. It has a round neckline. The dress is of long length. There is an accessory on her "
            "wrist. There is a ring on her",
            CUT,
            hit_limit=True,
        ),
        is_a("gown", "no", CONTRA),
        gender=W,
        category="Gowns",
        color="Black",
        title="Black Embellished Net Maxi Gown",
    ),
    # 24. Co-ord set: white sleeveless crop top and white palazzo pants under an oversized beige blazer, white
    #     background. All texts: base.
    case(
        "MYN-CO-3004",
        caption("a woman in a white outfit and a beige blazer"),
        D.wearing("a beige blazer and white pants"),
        B.color("beige", OGC),
        B.garment_type("blazer", CONTRA),
        B.material("linen"),
        color_of("pants", "white"),
        gender=W,
        category="Co-Ords",
        color="White",
        title="White Crop Top & Palazzo Co-Ord Set",
    ),
    # 25. Woman in a sleeveless peach tiered cotton midi dress and a straw hat (no sunglasses), standing in a field.
    #     All texts: base.
    case(
        "MYN-DR-1014",
        caption("a woman in a pink dress and straw hat standing in a field"),
        D.wearing("she is wearing a pink dress and a straw hat and sunglasses", UNSUP),
        B.color("orange"),
        B.pattern("what is the pattern of the garment", NON),
        B.sleeve_length("the sleeve length of the garment is the length of the sleeve", REST),
        B.material(
            "the garment is made of cotton and it is made of cotton and it is made of cotton and it is made of "
            "cotton and it",
            LOOP,
            hit_limit=True,
        ),
        gender=W,
        category="Dresses",
        color="Peach",
        title="Peach-Coloured Tiered A-Line Dress",
    ),
    # 26. Headless mannequin in a maroon jumpsuit with a white paisley print, full sleeves, v-neck and a self-fabric
    #     belt, product shot on white. Caption: cap1; the rest: base.
    case(
        "MYN-JS-2005",
        caption(
            "The man wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The pants the man wears is of long length. The pants are with cotton fabric and "
            "graphic patterns",
            PRON,
            hit_limit=True,
        ),
        D.wearing("a red jumpsuit"),
        D.pattern("paisley"),
        D.description("a maroon and white paisley jumpsuit with a belt"),
        D.details("the details of the garment", REST),
        D.material("i don't know", NON),
        gender=W,
        category="Jumpsuit",
        color="Maroon",
        title="Maroon Paisley Print Jumpsuit with Belt",
    ),
    # 27. Woman in a cobalt-blue one-shoulder bodycon mini dress, bare arms and hands (no jewellery), silver heels,
    #     white brick wall behind. Open texts: cap3; closed: reference engine over cap3.
    case(
        "MYN-DR-1015",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "suspenders neckline. The dress is of short length. The lady wears a sleeveless dress with pure color "
            "patterns. The dress is",
            LOOP,
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "suspenders neckline. The dress",
            CUT,
            hit_limit=True,
        ),
        D.garment_type("dress"),
        D.color("white", CONTRA),
        D.pattern("solid"),
        D.sleeve_length("sleeveless"),
        D.description(
            "The dress is with cotton fabric and pure color patterns. It has a suspenders neckline. The dress is of "
            "short length. The lady wears a",
            CUT,
            hit_limit=True,
        ),
        D.details(
            "It has a suspenders neckline. The dress is of short length. There is an accessory on her wrist. There "
            "is a ring on her finger. The",
            UNSUP,
            hit_limit=True,
        ),
        D.material(
            "cotton fabric. The dress is with cotton fabric and pure color patterns. It has a suspenders neckline. "
            "The dress is of short length. The",
            CUT,
            hit_limit=True,
        ),
        gender=W,
        category="Dresses",
        color="Blue",
        title="Cobalt Blue One-Shoulder Bodycon Dress",
    ),
    # 28. Co-ord set: lime-green knit cropped cardigan (long sleeves) and matching mini skirt, white sneakers,
    #     pastel backdrop. Caption: base; the rest: vqa.
    case(
        "MYN-CO-3005",
        caption("a woman in a green cardigan and skirt"),
        B.garment_type("cardigan"),
        B.color("green"),
        B.sleeve_length(rep("long-sleeve", 8), LOOP, hit_limit=True),
        is_a("dress", "yes", CONTRA),
        color_of("skirt", "white", OGC),
        gender=W,
        category="Co-Ords",
        color="Lime Green",
        title="Lime Green Knitted Cardigan & Skirt Co-Ord Set",
    ),
    # 29. Woman in a grey melange short-sleeve t-shirt dress, a black denim jacket tied round her waist, white
    #     sneakers, on a street. The dress is plain: no pocket. All texts: base.
    case(
        "MYN-DR-1016",
        caption("a woman in a grey t-shirt dress with a black jacket tied around her waist"),
        D.wearing("a grey t-shirt dress"),
        D.garment_type("t-shirt", CONTRA),
        D.color("black", OGC),
        D.description("a grey dress with a black jacket"),
        D.details("it has a pocket on the chest", UNSUP),
        D.material("jersey"),
        gender=W,
        category="Dresses",
        color="Grey Melange",
        title="Grey Melange Solid T-Shirt Dress",
    ),
    # 30. Flat lay, no person: a multicolour (pink, orange, green on cream) floral maxi dress with long sleeves on a
    #     wooden floor. All texts: base.
    case(
        "MYN-DR-1017",
        caption("a floral dress laying on a wooden floor"),
        D.wearing("a floral maxi dress"),
        B.color("pink"),
        B.pattern("floral"),
        B.sleeve_length("what is the sleeve length of the garment? the sleeve length of the garment is", NON),
        gender=W,
        category="Dresses",
        color="Multi",
        title="Multicoloured Floral Print Maxi Dress",
    ),
    # 31. Woman in a black off-shoulder wide-leg jumpsuit with a red waist belt, studio. No title on the listing.
    #     Caption: cap1; the rest: vqa.
    case(
        "MYN-JS-2006",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a suspenders neckline. The pants the lady wears is of long length. The pants are with cotton fabric "
            "and pure color patterns. There",
            CUT,
            hit_limit=True,
        ),
        B.color("red", OGC),
        B.garment_type("tank top", CONTRA),
        color_of("belt", "red"),
        is_a("jumpsuit", "yes"),
        B.material(
            "cotton Question: What is the color of the belt? Answer: red Question: Is this a jumpsuit? Answer: yes "
            "Question: What is",
            LEAK,
            hit_limit=True,
        ),
        gender=W,
        category="Jumpsuit",
        color="Black",
    ),
    # 32. Woman with long hair in an off-white lace sheath midi dress with long sleeves and a high neck, standing
    #     under a white arch in a garden. All texts: base.
    case(
        "MYN-DR-1018",
        caption("a woman in a white lace dress standing under an arch"),
        D.wearing("a white lace dress"),
        D.sleeve_length("long"),
        D.description(
            "a white lace dress with long sleeves and a high neck and a white lace dress with long sleeves and a "
            "high neck and a white lace",
            LOOP,
            hit_limit=True,
        ),
        D.details("the details are the details of the dress", REST),
        gender=W,
        category="Dresses",
        color="Off White",
        title="Off-White Lace Sheath Midi Dress",
    ),
    # 33. Headless, armless dress form in a navy shirt dress with white pinstripes, long sleeves, collar, self belt,
    #     white background. Open texts: cap3; closed: reference engine over cap3.
    case(
        "MYN-DR-1019",
        caption(
            "The lady wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. There is a belt on her waist. The lady wears a long skirt, with cotton fabric and "
            "stripe patterns. It",
            CUT,
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. There is a belt",
            CUT,
            hit_limit=True,
        ),
        D.garment_type("dress"),
        D.color("black", CONTRA),
        D.pattern("striped"),
        D.description(
            "The shirt is with cotton fabric and stripe patterns. It has a lapel neckline. There is a belt on her "
            "waist. The lady wears a long",
            CUT,
            hit_limit=True,
        ),
        D.details(
            "It has a lapel neckline. There is a belt on her waist. There is an accessory on her wrist. The lady "
            "wears a long skirt, with",
            UNSUP,
            hit_limit=True,
        ),
        D.material(
            "cotton fabric and stripe patterns. It has a lapel neckline. There is a belt on her waist. The lady "
            "wears a long skirt, with",
            CUT,
            hit_limit=True,
        ),
        gender=W,
        category="Dresses",
        color="Navy Blue",
        title="Navy Blue Striped Shirt Dress",
    ),
    # 34. Woman in a sleeveless burgundy velvet gown with a thigh slit, holding a clutch, on a red carpet.
    #     All texts: base.
    case(
        "MYN-GW-4004",
        caption("a woman in a red dress holding a purse on the red carpet"),
        D.wearing("he is wearing a red dress", PRON),
        B.color("red"),
        B.garment_type("gown"),
        B.sleeve_length("long", CONTRA),
        B.material("the garment is made of a fabric", REST),
        gender=W,
        category="Gowns",
        color="Burgundy",
        title="Burgundy Velvet High-Slit Gown",
    ),
    # 35. Co-ord set: blue-and-white ikat print sleeveless crop top and flared trousers, woman holding a coffee cup
    #     indoors. All texts: vqa.
    case(
        "MYN-CO-3006",
        caption(rep("pants", 50), LOOP, hit_limit=True),
        D.wearing("pants"),
        D.garment_type("pants"),
        D.color("blue"),
        D.sleeve_length("yes", NON),
        D.description("no", NON),
        D.details(
            "pants Question: What is the color of the pants? Answer: blue Question: What cloth is the person "
            "wearing? Answer: pants",
            LEAK,
        ),
        D.material("blue", NON),
        gender=W,
        category="Co-Ords",
        color="Blue",
        title="Blue Ikat Print Crop Top & Flared Trousers Co-Ord Set",
    ),
    # 36. Woman in a white sleeveless linen midi dress with a black belt, hands empty (no bag), blue sky and sea
    #     behind. All texts: base.
    case(
        "MYN-DR-1020",
        caption("a woman in a white dress with a black belt standing by the sea"),
        D.wearing("a white dress with a black belt and a black purse", UNSUP),
        B.color("black", OGC),
        B.garment_type("dress"),
        B.sleeve_length("sleeveless"),
        color_of("dress", "blue", CONTRA),
        gender=W,
        category="Dresses",
        color="White",
        title="White Linen Belted Midi Dress",
    ),
    # 37. Woman in an olive-green long-sleeve utility shirt dress with a brown leather belt and tan boots, autumn
    #     leaves behind. Open texts: cap1; closed: reference engine over cap1.
    case(
        "MYN-DR-1021",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. There is a belt on her waist. The lady wears a long skirt, with cotton fabric and pure "
            "color patterns. She",
            CUT,
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. There is a",
            CUT,
            hit_limit=True,
        ),
        D.color("brown", OGC),
        D.garment_type("dress"),
        D.material(
            "The shirt is with cotton fabric. It has a lapel neckline. There is a belt on her waist. The lady wears "
            "a long skirt, with",
            CUT,
            hit_limit=True,
        ),
        gender=W,
        category="Dresses",
        color="Olive",
        title="Olive Green Utility Shirt Dress",
    ),
    # 38. Woman with a short pixie cut in a white sleeveless wide-leg jumpsuit with a black belt, no zip, plain
    #     studio. No title on the listing. All texts: base.
    case(
        "MYN-JS-2007",
        caption("a man in a white jumpsuit with a black belt", PRON),
        D.wearing("he is wearing a white jumpsuit", PRON),
        D.color("black", OGC),
        D.garment_type("jumpsuit"),
        D.sleeve_length("sleeveless"),
        D.details("it has a black belt and a zipper on the front", UNSUP),
        gender=W,
        category="Jumpsuit",
        color="White",
    ),
    # 39. Woman in a hot-pink long-sleeve ruched bodycon mini dress at a party. All texts: vqa.
    case(
        "MYN-DR-1022",
        caption(
            "dress Question: What is the color of the dress? Answer: pink Question: Is this a dress? Answer: yes "
            "Question: Is this a dress? Answer: yes Question: Is this a dress? Answer",
            LEAK,
            hit_limit=True,
        ),
        D.wearing("dress"),
        D.color("pink"),
        D.sleeve_length("", NON),
        D.description("pink Question: Is this a dress? Answer: yes", LEAK),
        D.details("dress", NON),
        gender=W,
        category="Dresses",
        color="Pink",
        title="Fuchsia Ruched Bodycon Mini Dress",
    ),
    # 40. Co-ord set: black blazer and black tailored shorts over a plain white t-shirt (no tie), seated at an
    #     office desk. All texts: base.
    case(
        "MYN-CO-3007",
        caption("a woman in a black blazer and shorts sitting at a desk"),
        D.wearing("a black suit with a white shirt and a red tie", UNSUP),
        B.color("white", OGC),
        B.garment_type("blazer"),
        B.sleeve_length("long"),
        B.material("the garment is made of the material that the garment is made of", REST),
        gender=W,
        category="Co-Ords",
        color="Black",
        title="Black Blazer & Shorts Co-Ord Set",
    ),
    # 41. Woman in a rust maxi dress with an ethnic-motif print under a white denim jacket, desert background.
    #     Caption and wearing: cap3; closed: reference engine over cap3.
    case(
        "MYN-DR-1023",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It has a "
            "lapel neckline. The lady wears a long dress, with cotton fabric and graphic patterns. The dress is of "
            "long",
            CUT,
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It has a "
            "lapel neckline. The lady",
            CUT,
            hit_limit=True,
        ),
        D.color("white", OGC),
        D.garment_type("jacket", CONTRA),
        D.pattern("printed"),
        gender=W,
        category="Dresses",
        color="Rust",
        title="Rust Ethnic Motifs Printed Maxi Dress",
    ),
    # 42. Woman in a champagne-gold satin gown with cape sleeves, a bracelet and a ring, in a ballroom.
    #     Open texts: cap1; closed: reference engine over cap1.
    case(
        "MYN-GW-4005",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is of long length. There is an accessory on her wrist. There is a ring on her "
            "finger. She",
            CUT,
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is",
            CUT,
            hit_limit=True,
        ),
        D.color("beige"),
        D.details(
            "It has a round neckline. The dress is of long length. There is an accessory on his wrist. There is a "
            "ring on his finger. The",
            PRON,
            hit_limit=True,
        ),
        gender=W,
        category="Gowns",
        color="Gold",
        title="Gold-Toned Satin Cape Sleeve Gown",
    ),
    # 43. Woman in a powder-blue jumpsuit with short puff sleeves, in front of a bright yellow wall. All texts: base.
    case(
        "MYN-JS-2008",
        caption("a woman in a blue jumpsuit standing in front of a yellow wall"),
        D.wearing("she is wearing the garment", NON),
        B.color("yellow", CONTRA),
        B.garment_type("dress", CONTRA),
        B.sleeve_length("short"),
        B.material("Answer: cotton", LEAK),
        gender=W,
        category="Jumpsuit",
        color="Blue",
        title="Powder Blue Puff Sleeve Jumpsuit",
    ),
    # 44. Woman in a tan-and-black leopard-print satin slip dress under a black leather jacket, a pendant necklace,
    #     hands in the jacket pockets (no ring visible), night street. Caption, wearing, details: cap3; closed:
    #     reference engine over cap3; material: base.
    case(
        "MYN-DR-1024",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It has "
            "a lapel neckline. The lady wears a long dress, with chiffon fabric and graphic patterns. There is an "
            "accessory on",
            CUT,
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It has "
            "a lapel neckline. There is",
            CUT,
            hit_limit=True,
        ),
        D.color("black", OGC),
        D.pattern("animal"),
        D.details(
            "It has a lapel neckline. There is an accessory on her neck. There is a ring on her finger. The lady "
            "wears a long dress, with",
            UNSUP,
            hit_limit=True,
        ),
        D.material("it is made of fabric", NON),
        gender=W,
        category="Dresses",
        color="Brown",
        title="Brown Animal Print Satin Slip Dress",
    ),
]
