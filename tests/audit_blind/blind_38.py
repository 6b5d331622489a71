"""BLIND_38 (44 products; an Indian marketplace's women's ethnic and western wear, the experiments re-run): written
blind in the sixteenth session. Measured blind at ee37710: 117/143 and 20/148. The writer's notes, verbatim:

Blind corpus 38: women's ethnic and western wear from an Indian marketplace (Myntra-style catalog).

Scenario: the original experiments' base model and fine-tuned adapters re-run on an Indian marketplace's catalog of
women's ethnic and western wear (kurtas, kurta sets, sarees, lehengas, dupattas, tops, jeans, dresses, leggings,
palazzos), one product per item, mostly on model photos against studio backdrops, a few product shots without a
person (a dupatta laid flat, a dupatta on a hanger, leggings folded or on a mannequin). The catalog columns are the
marketplace's own: gender ("Women"), category (the article type: Kurtas, Kurta Sets, Sarees, Lehenga Choli, Dupatta,
Tops, Jeans, Dresses, Leggings, Palazzos), color (the base colour: Navy Blue, Off White, Mustard, Teal, Maroon,
Peach, Multi...) and title (the product display name, brand first). A few products lack a column (no title, no
color, no gender).

Which system wrote which text (named per text in the comment above each case):
- base: Salesforce/blip2-opt-2.7b untuned (8-bit); short lowercase captions and answers that stop by themselves.
- cap1: leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch (caption adapter, epoch 1).
- cap3: leoreigoto/Data2_V2_Blip2_Finetune_Caption (caption adapter, epoch 3).
- vqa:  leoreigoto/Data3_V3_BLIP2_VQA (VQA adapter, 1 epoch).
  The adapters were trained without an end-of-answer token, so their texts run to the limit (50 new tokens for
  captions, 30 for answers): DeepFashion-MultiModal templates ("The lady wears a medium-sleeve shirt with pure color
  patterns..."), loops, new "Question: ... Answer:" pairs, and the caption template returned for questions.

How it was written: blind. I read only /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py
(the Case/Text layout, the makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS and TARGETS). No audit code, no other corpus,
no docs, no git history; the only command run was the import check. Every photo is imagined and described in the
comment above its case; every label is judged against that photo.

Label conventions and judgement calls:
- One label per text. A text that loops until the limit is "loop" (hit_limit=True), not "cut"; a text that starts a
  new "Question: ... Answer:" pair is "leak" even when it is also cut; "cut" is kept for texts whose words are right
  up to where they stop mid-phrase.
- cut: hit_limit=True when the text reached the token limit (30 new tokens for answers, 50 for captions); two cuts
  stopped before the limit (hit_limit=False). One caption (MYN-JNS-91733) reached the limit exactly at the end of a
  complete, accurate sentence: labelled correct with hit_limit=True.
- Near-colour synonyms are correct: Navy Blue -> blue / navy blue, Off White -> white / cream, Mustard -> yellow,
  Teal -> green / teal, Maroon -> red / maroon, Peach -> pink, Rust -> orange / brown, Magenta -> pink / purple,
  Mauve -> pink / purple, Lavender -> purple, Coral -> orange, Beige -> cream, Grey Melange -> grey, Olive -> green,
  Sea Green -> green. Navy called black, or a colour taken from the backdrop, is a contradiction.
- Patterned garments: naming the print's or stripe's colour with, or for, a garment whose print covers much of it
  is correct (blue for a blue-and-white striped top whose seller colour is White; orange for a "Multi" printed
  saree). A print colour named for a mostly plain garment would be wrong (none written here).
- Backgrounds and layers named as such in a caption ("standing in front of a pink wall", "a green kurta and a pink
  dupatta") are correct; the backdrop's colour given as the garment's colour is a contradiction.
- other_garment_color: the product is given the colour of another item in the photo (the kurta over the leggings,
  the top over the jeans, the dupatta of a lehenga set, the jacket of a kurta set). A non-product item given the
  product's colour or another wrong colour (the tee called black) is a contradiction.
- Garment synonyms are correct: kurta -> kurta / tunic / top / shirt (the template's word); dupatta -> scarf;
  lehenga -> skirt; palazzos -> pants / palazzo pants; leggings -> pants / tights; jeans -> pants / denim; kurta set
  -> kurta / salwar kameez. A kurta worn over visible bottoms called a "dress", a saree called a "dress", a "no" to
  "Is this a dupatta?" for a dupatta, or the product called by the name of another worn item (a dupatta product
  answered "kurta") are contradictions. The caption template's "short-sleeve shirt ... and a long skirt" for a
  saree with its blouse is accepted as a description of what is seen (the template has no word for saree).
- non_answer: empty output, "unknown", "i don't know", "none", "clothing", a garment word alone for "Describe the
  jeans", "they are long" for the jeans' details, and the caption template returned for a question that it does not
  answer (no colour in it for a colour question, no material for a material question, no yes/no for is_a).
- restated: a sentence that re-says the question and adds nothing ("the material of the garment is the material").
  "the details are puff sleeves" restates but answers, so it is correct.
- unsupported: parts not in the photo (zip, pockets, lace, bow, mirror work, a dupatta that is not there, an
  accessory or ring on a model wearing none, a person and a shirt on a product shot, sleeves on leggings).
  "There is an accessory on her wrist" on a model wearing bangles is correct.
- Material answers that name a fabric the title gives or the photo makes plausible (cotton, silk for zari sarees,
  velvet, net, rayon, chiffon for a flowing dress) are correct; fabric lines inside the caption template are not
  judged on their own.
- pronoun: "he", "his", "a man", "the gentleman" for the women models (all those products carry gender "Women").
- Sets: for Kurta Sets and Lehenga Choli the product's colour is the kurta's / lehenga's.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, describe, details, is_a, wearing

CUT = "cut"
NON = "non_answer"
CONTRA = "contradiction"
OGC = "other_garment_color"
LOOP = "loop"
LEAK = "leak"
UNSUP = "unsupported"
RESTATED = "restated"
PRONOUN = "pronoun"

W = "Women"

BLIND_38: list[Case] = [
    # Photo: woman in a navy blue straight kurta with a small white floral print, three-quarter sleeves, round neck,
    # white palazzos, grey studio backdrop, small stud earrings only.
    # caption, color, pattern, material, wearing: base; sleeve_length: vqa; description: cap3.
    case(
        "MYN-KUR-10231",
        caption("a woman wearing a blue kurta with white flowers and white pants"),
        D.wearing("a man in a blue kurta and white pants", PRONOUN),
        D.color("navy blue"),
        D.pattern("floral"),
        D.sleeve_length(" ".join(["three-quarter sleeves"] * 7) + " three-quarter", LOOP, hit_limit=True),
        D.description(
            "The lady wears a medium-sleeve shirt with floral patterns and a long pants. The shirt is with cotton "
            "fabric and its",
            CUT,
            hit_limit=True,
        ),
        D.material("cotton"),
        gender=W,
        category="Kurtas",
        color="Navy Blue",
        title="Libas Women Navy Blue & White Floral Printed Pure Cotton Straight Kurta",
    ),
    # Photo: woman in a mustard yellow A-line kurta, gold foil print on the yoke, three-quarter sleeves, white
    # leggings visible below the knee, light pink studio backdrop, gold bangles on the left wrist.
    # caption, wearing, is_a kurta, color, sleeve_length: base; is_a dress, color_of kurta: vqa; describe: cap1.
    case(
        "MYN-KUR-20877",
        caption("a woman in a yellow kurta standing in front of a pink wall"),
        wearing("a yellow dress and white leggings", CONTRA, who="she"),
        is_a("kurta", "yes"),
        is_a("dress", "yes", CONTRA),
        color_of("kurta", "-".join(["mustard"] * 10), LOOP, hit_limit=True),
        B.color("pink", CONTRA),
        B.sleeve_length("three quarter"),
        describe(
            "kurta",
            "The lady wears a medium-sleeve shirt with graphic patterns and a long leggings. There is an accessory "
            "on her wrist. The shirt is with",
            CUT,
            hit_limit=True,
        ),
        gender=W,
        category="Kurtas",
        color="Mustard",
        title="Anouk Women Mustard Yellow Foil Printed A-Line Kurta",
    ),
    # Photo: teal straight kurta with a thread-embroidered yoke, matching teal palazzos, beige-gold organza dupatta
    # over one shoulder, three-quarter sleeves, cream backdrop.
    # caption, material: cap3; wearing, color, color_of dupatta: base; details: vqa.
    case(
        "MYN-KSET-33410",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns and a long pants. The pants are with "
            "cotton fabric and pure color patterns. The lady wears a medium-sleeve shirt with pure color patterns "
            "and a long pants",
            LOOP,
            hit_limit=True,
        ),
        D.wearing("a green kurta and a gold scarf"),
        D.color("teal"),
        color_of("dupatta", "gold"),
        D.details(
            "Question: What are the details of the garment? Answer: the kurta has embroidery on the neck Question: "
            "What are the details",
            LEAK,
            hit_limit=True,
        ),
        D.material(
            "The lady wears a medium-sleeve shirt with pure color patterns and a long pants. The lady wears a "
            "medium-sleeve",
            NON,
            hit_limit=True,
        ),
        gender=W,
        category="Kurta Sets",
        color="Teal",
        title="Sangria Women Teal Yoke Design Kurta with Palazzos & Dupatta",
    ),
    # Photo: floor-length maroon anarkali kurta, gold zari embroidery on the yoke and hem, full sleeves, white
    # backdrop, jhumka earrings. No zip or pockets visible (front view).
    # caption, wearing, color, sleeve_length, details: base; description: vqa; material: cap3.
    case(
        "MYN-KUR-41902",
        caption("a woman in a long red anarkali with gold embroidery standing against a white background"),
        D.wearing("he is wearing a red kurta", PRONOUN),
        D.color("maroon"),
        D.sleeve_length("short", CONTRA),
        D.details("gold embroidery on the neckline and the hem"),
        D.description("a long maroon kurta with gold embroidery and a zipper on the back and two side pockets", UNSUP),
        D.material(
            "The lady wears a long-sleeve shirt with graphic patterns and a long pants. There is an accessory on "
            "her ear. The shirt is",
            NON,
            hit_limit=True,
        ),
        gender=W,
        category="Kurtas",
        color="Maroon",
        title="Biba Women Maroon Embroidered Anarkali Kurta",
    ),
    # Photo: red Banarasi silk saree with a gold zari border and woven buttis, pallu over the left shoulder, gold
    # elbow-sleeve blouse, beige backdrop, gold necklace.
    # caption, garment_type, color, material, color_of blouse, details: base; wearing: cap1; is_a saree: vqa.
    case(
        "MYN-SAR-50018",
        caption("a woman in a red and gold saree"),
        D.wearing(
            "The lady wears a short-sleeve shirt with graphic patterns and a long skirt. The skirt is with silk "
            "fabric and graphic patterns. There is an accessory on her",
            CUT,
            hit_limit=True,
        ),
        D.garment_type("saree"),
        D.color("red"),
        D.material("silk"),
        is_a("saree", " ".join(["yes"] * 30), LOOP, hit_limit=True),
        color_of("blouse", "gold"),
        D.details("the details of the garment are very beautiful", RESTATED),
        gender=W,
        category="Sarees",
        color="Red",
        title="Mitera Red & Gold-Toned Silk Blend Woven Design Banarasi Saree",
    ),
    # Photo: poly georgette saree with a multicoloured abstract print (orange, pink, green on white), pink
    # sleeveless blouse, white studio backdrop.
    # caption, color, wearing: base; garment_type, material: vqa; pattern: cap3.
    case(
        "MYN-SAR-51377",
        caption("a woman in a colorful saree posing for a photo"),
        B.color("orange"),
        B.garment_type("dress", CONTRA),
        B.material(
            "georgette Question: What is the pattern of the garment? Answer: printed Question: What is the color "
            "of the garment? Answer:",
            LEAK,
            hit_limit=True,
        ),
        wearing("a saree and a pink blouse", who="she"),
        B.pattern(
            "The lady wears a sleeveless tank top with graphic patterns and a long skirt. The skirt is with chiffon "
            "fabric and graphic",
            CUT,
            hit_limit=True,
        ),
        gender=W,
        category="Sarees",
        color="Multi",
        title="Saree mall Multicoloured Abstract Printed Poly Georgette Saree",
    ),
    # Photo: pink flared lehenga with silver sequin work, matching pink short-sleeve choli, light pink net dupatta
    # over the shoulders, white backdrop.
    # caption: cap1; wearing, color, details, description, sleeve_length, is_a lehenga: base; material: vqa.
    case(
        "MYN-LEH-60552",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The skirt is with "
            "chiffon fabric and pure color patterns. The lady wears a short-sleeve shirt with pure color patterns "
            "and a long skirt. The skirt",
            LOOP,
            hit_limit=True,
        ),
        D.wearing("a pink lehenga"),
        D.color("pink"),
        D.details("silver sequins on the skirt"),
        D.description(
            "a pink lehenga with silver sequins all over the skirt and a matching pink blouse with short sleeves "
            "and a light pink net",
            CUT,
            hit_limit=True,
        ),
        D.sleeve_length("long", CONTRA),
        D.material("", NON),
        is_a("lehenga", "yes"),
        gender=W,
        category="Lehenga Choli",
        color="Pink",
        title="Fusionic Pink Embellished Sequinned Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
    ),
    # Photo (product shot, no person): off-white chikankari cotton dupatta laid flat on a light grey surface, white
    # floral thread embroidery, tassels at the ends.
    # caption, garment_type, color, material: base; is_a dupatta, pattern: vqa; describe: cap3.
    case(
        "MYN-DUP-70110",
        caption("a white scarf with embroidery on a grey background"),
        B.garment_type("scarf"),
        B.color("white"),
        B.material("cotton"),
        is_a("dupatta", "no", CONTRA),
        B.pattern("-".join(["floral"] * 10), LOOP, hit_limit=True),
        describe(
            "dupatta",
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. There is an accessory on "
            "her wrist. The lady",
            UNSUP,
            hit_limit=True,
        ),
        gender=W,
        category="Dupatta",
        color="Off White",
        title="Dupatta Bazaar Off-White Chikankari Embroidered Pure Cotton Dupatta",
    ),
    # Photo: pink bandhani dupatta with small yellow dots draped over a woman in a plain green kurta and white
    # leggings, white backdrop.
    # all base.
    case(
        "MYN-DUP-71845",
        caption("a woman wearing a green kurta and a pink dupatta"),
        B.color("green", OGC),
        color_of("dupatta", "pink"),
        B.garment_type("kurta", CONTRA),
        B.pattern("polka dots"),
        wearing("he is wearing a green kurta with a pink scarf", PRONOUN, who="she"),
        details("dupatta", "small yellow dots all over the", CUT),
        gender=W,
        category="Dupatta",
        color="Pink",
        title="SOUNDARYA Pink & Yellow Bandhani Printed Dupatta",
    ),
    # Photo: woman in a black solid regular top, round neck, short sleeves, tucked into blue skinny jeans, white
    # backdrop. Plain back not shown, no trims.
    # caption, garment_type, color, material, description: base; details: cap3.
    case(
        "MYN-TOP-80324",
        caption("a woman wearing a black top and blue jeans"),
        D.garment_type("t-shirt"),
        D.color("black"),
        D.details(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt is "
            "with cotton fabric and its neckline",
            CUT,
            hit_limit=True,
        ),
        D.material("100% cotton with a lace trim at the back", UNSUP),
        D.description("the garment is a garment", RESTATED),
        gender=W,
        category="Tops",
        color="Black",
        title="HERE&NOW Women Black Solid Regular Top",
    ),
    # Photo: peach sleeveless top with a ruffled neckline, white jeans, pale blue backdrop.
    # caption, color_of top, color_of jeans, sleeve_length, describe: base; details: cap3.
    case(
        "MYN-TOP-81590",
        caption("a woman in a pink top and white jeans"),
        color_of("top", "white", OGC),
        color_of("jeans", "white"),
        B.sleeve_length("sleeveless"),
        describe(
            "top",
            "the top is a pink top with ruffles on the top of the top of the top of the top of the top of the top "
            "of the top of the",
            LOOP,
            hit_limit=True,
        ),
        details(
            "top",
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "chiffon fabric and its neckline is",
            CUT,
            hit_limit=True,
        ),
        gender=W,
        category="Tops",
        color="Peach",
        title="SASSAFRAS Women Peach-Coloured Ruffled Top",
    ),
    # Photo: woman in mid-blue skinny jeans, white short-sleeve t-shirt tucked in, white sneakers, grey backdrop.
    # caption, color_of jeans/shirt, details, wearing: base; describe: cap1; is_a jeans: vqa.
    case(
        "MYN-JNS-90241",
        caption("a woman in white shirt and blue jeans"),
        color_of("jeans", "white", OGC),
        color_of("shirt", "white"),
        wearing("a white t-shirt and blue jeans", who="she"),
        details("jeans", "they are long", NON),
        describe(
            "jeans",
            "The pants this lady wears is of long length. The pants are with denim fabric and pure color patterns. "
            "The lady wears a short-sleeve shirt with pure color patterns and a long denim pants. The shirt is",
            CUT,
            hit_limit=True,
        ),
        is_a(
            "jeans",
            "yes Question: What is the color of the jeans? Answer: blue Question: Is this a pair of",
            LEAK,
            hit_limit=True,
        ),
        gender=W,
        category="Jeans",
        color="Blue",
        title="Roadster Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # Photo: black mom-fit jeans, grey melange crew-neck t-shirt, white backdrop, hand on hip, a small silver ring.
    # caption: cap3 (reached the limit on a full stop: correct); color_of jeans/shirt, wearing: base; details: vqa.
    case(
        "MYN-JNS-91733",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt is "
            "with cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns. "
            "This lady wears a ring.",
            hit_limit=True,
        ),
        color_of("jeans", "grey", OGC),
        color_of("shirt", "grey"),
        wearing("a grey t-shirt and black jeans", who="she"),
        details("jeans", " ".join(["denim"] * 28), LOOP, hit_limit=True),
        gender=W,
        category="Jeans",
        color="Black",
        title="Kraus Jeans Women Black Mom Fit High-Rise Jeans",
    ),
    # Photo: red maxi dress with a small white and yellow floral print, V-neck, short flutter sleeves, tie at the
    # waist, studio set with potted green plants behind.
    # caption, garment_type, sleeve_length, description, material: base; pattern: vqa; details: cap3.
    case(
        "MYN-DRS-10452",
        caption("a woman in a red floral dress standing in front of plants"),
        D.garment_type("maxi dress"),
        D.pattern("-".join(["floral"] * 10), LOOP, hit_limit=True),
        D.sleeve_length("sleeveless", CONTRA),
        D.description("a red maxi dress with a floral print and a v-neck"),
        D.details(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. It has a belt and",
            CUT,
            hit_limit=True,
        ),
        D.material("i don't know", NON),
        gender=W,
        category="Dresses",
        color="Red",
        title="Tokyo Talkies Women Red Floral Printed Maxi Dress",
    ),
    # Photo: black solid bodycon midi dress, sleeveless, square neck, white backdrop, no jewellery at all.
    # caption: cap1; wearing, color, details, sleeve_length: base; garment_type: vqa.
    case(
        "MYN-DRS-11093",
        caption(
            "The lady wears a tank dress with pure color patterns. The dress is of medium length. There is an "
            "accessory on her wrist. This lady wears a ring and a necklace. The lady wears a tank dress with",
            UNSUP,
            hit_limit=True,
        ),
        D.wearing("a black dress"),
        D.color("black"),
        D.garment_type(" ".join(["dress"] * 30), LOOP, hit_limit=True),
        D.details("the details of the dress are the details of the dress", RESTATED),
        D.sleeve_length("sleeveless"),
        gender=W,
        category="Dresses",
        color="Black",
        title="DressBerry Women Black Solid Bodycon Midi Dress",
    ),
    # Photo: black ankle-length leggings under a long plain white cotton kurta, white backdrop.
    # caption, color, color_of leggings, wearing, garment_type: base; is_a leggings, material: vqa.
    case(
        "MYN-LEG-12288",
        caption("a woman in a white kurta and black leggings"),
        B.color("white", OGC),
        color_of("leggings", "black"),
        B.garment_type("leggings"),
        is_a(
            "leggings",
            "yes Question: What is the color of the leggings? Answer: black Question: What is the color of the",
            LEAK,
            hit_limit=True,
        ),
        wearing("a white kurta and black leggings", who="she"),
        B.material(" ".join(["cotton-spandex"] * 8), LOOP, hit_limit=True),
        gender=W,
        category="Leggings",
        color="Black",
        title="Go Colors Women Black Solid Ankle-Length Leggings",
    ),
    # Photo (product shot, no person): mustard churidar leggings folded flat on a white background, ruched ankle
    # visible.
    # caption, color, garment_type, sleeve_length: base; color_of leggings: cap3.
    case(
        "MYN-LEG-12904",
        caption("a pair of yellow leggings on a white background"),
        B.color("yellow"),
        color_of(
            "leggings",
            "The lady wears a long-sleeve shirt with pure color patterns and a long leggings. The leggings are "
            "with cotton fabric and pure",
            NON,
            hit_limit=True,
        ),
        B.garment_type("leggings"),
        B.sleeve_length("long sleeves", UNSUP),
        gender=W,
        category="Leggings",
        color="Mustard",
        title="De Moza Women Mustard Yellow Solid Churidar-Length Leggings",
    ),
    # Photo: off-white flared palazzos with a pink floral block print, worn with a plain green kurta that covers the
    # waistband, cream backdrop.
    # caption, color, wearing, details, pattern: base; description: cap3; material: vqa.
    case(
        "MYN-PAL-13370",
        caption("a woman in a green kurta and white printed pants"),
        D.color("green", OGC),
        D.wearing("a green kurta and white pants"),
        D.pattern("floral"),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The pants are with "
            "cotton fabric and floral patterns. The lady wears a long-sleeve shirt with pure color patterns and a "
            "long pants",
            LOOP,
            hit_limit=True,
        ),
        D.details("elastic waistband and pockets", UNSUP),
        D.material(
            "cotton Question: What is the pattern of the pants? Answer: floral Question: What is the color of the",
            LEAK,
            hit_limit=True,
        ),
        gender=W,
        category="Palazzos",
        color="Off White",
        title="Biba Women Off-White & Pink Printed Flared Palazzos",
    ),
    # Photo: black solid wide-leg palazzos with a pink sleeveless top, white backdrop.
    # caption: cap1; wearing, color_of pants/top, material: base; pattern: vqa.
    case(
        "MYN-PAL-14021",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric and its neckline is round. The pants are with chiffon fabric and pure color patterns. "
            "The lady wears",
            CUT,
            hit_limit=True,
        ),
        wearing("a pink top and black pants", who="she"),
        color_of("pants", "pink", OGC),
        color_of("top", "pink"),
        B.pattern(" ".join(["pure color"] * 15), LOOP, hit_limit=True),
        B.material("rayon"),
        gender=W,
        category="Palazzos",
        color="Black",
        title="StyleStone Women Black Solid Wide Leg Palazzos",
    ),
    # Photo: white chikankari straight kurta with white thread embroidery, three-quarter sleeves, white trousers,
    # white backdrop (white on white), no jewellery.
    # caption, color, pattern, details, garment_type: base; description: cap3; material: vqa.
    case(
        "MYN-KUR-15550",
        caption("a woman in a white kurta standing against a white wall"),
        D.color("white"),
        D.pattern("embroidered"),
        D.details("white embroidery on the front"),
        D.garment_type("a dress", CONTRA),
        D.description(
            "The lady wears a medium-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. "
            "The shirt",
            CUT,
            hit_limit=True,
        ),
        D.material(" ".join(["cotton"] * 30), LOOP, hit_limit=True),
        gender=W,
        category="Kurtas",
        color="White",
        title="Ada Women White Chikankari Embroidered Straight Kurta",
    ),
    # Photo: olive green straight kurta and matching trousers under a sleeveless ethnic jacket printed with cream
    # and rust paisley, no dupatta, cream backdrop.
    # caption, wearing, color, color_of jacket, pattern, description: base; details: vqa.
    case(
        "MYN-KSET-16637",
        caption("a woman wearing a green kurta with a printed vest"),
        D.wearing("a green kurta and a vest"),
        D.color("cream", OGC),
        color_of("jacket", "cream"),
        D.pattern("paisley"),
        D.details(
            "the kurta has a round neck and a printed jacket Question: What is the pattern of the garment? Answer: "
            "paisley Question:",
            LEAK,
            hit_limit=True,
        ),
        D.description("a woman in an olive green kurta with a jacket and a dupatta", UNSUP),
        gender=W,
        category="Kurta Sets",
        color="Olive",
        title="W Women Olive Green Solid Kurta with Trousers & Printed Ethnic Jacket",
    ),
    # Photo: lavender straight kurta, solid body with a thread-embroidered yoke, full sleeves, white palazzos,
    # white backdrop.
    # caption: cap3; wearing, color, details, material, pattern: base; sleeve_length: vqa.
    case(
        "MYN-KUR-17286",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. "
            "His",
            PRONOUN,
            hit_limit=True,
        ),
        D.wearing("a purple kurta and white pants"),
        D.color("purple"),
        D.sleeve_length(" ".join(["long-sleeve"] * 8), LOOP, hit_limit=True),
        D.details("embroidery on the neckline"),
        D.material("the garment is made of the material", RESTATED),
        D.pattern("striped", CONTRA),
        gender=W,
        category="Kurtas",
        color="Lavender",
        title="Varanga Women Lavender Yoke Design Straight Kurta",
    ),
    # Photo: white and blue vertical striped shirt-style top (stripes about half the surface), long sleeves,
    # collar, button placket, worn with blue jeans, white backdrop.
    # caption, color, pattern, sleeve_length, color_of jeans, material: base; describe: cap1.
    case(
        "MYN-TOP-18402",
        caption("a woman in a blue and white striped shirt"),
        B.color("blue"),
        B.pattern("striped"),
        B.sleeve_length("long"),
        describe(
            "shirt",
            "The lady wears a long-sleeve shirt with stripe patterns and a long denim pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns. "
            "The lady also wears a",
            CUT,
            hit_limit=True,
        ),
        color_of("jeans", "white", CONTRA),
        B.material("unknown", NON),
        gender=W,
        category="Tops",
        color="White",
        title="Mango Women White & Blue Striped Shirt Style Top",
    ),
    # Photo: off-white top with a small black floral print, short puff sleeves, square neck, plain back not shown,
    # navy-blue jeans, beige backdrop.
    # caption, color, wearing, sleeve_length: base; description: vqa; material: cap3.
    case(
        "MYN-TOP-19031",
        caption("a woman wearing a white floral top and blue jeans"),
        D.color("cream"),
        D.description(
            "white-black floral top with puff sleeves and a square neck and a bow tie at the back and a lace trim "
            "at the",
            UNSUP,
            hit_limit=True,
        ),
        D.wearing("she is wearing a white top and jeans"),
        D.material(
            "The lady wears a short-sleeve shirt with floral patterns and a long denim pants. The shirt is with "
            "cotton fabric and its",
            CUT,
            hit_limit=True,
        ),
        D.sleeve_length("the sleeves are the length of the sleeves", RESTATED),
        gender=W,
        category="Tops",
        color="Off White",
        title="Tokyo Talkies Women Off-White & Black Floral Print Puff Sleeves Top",
    ),
    # Photo: light blue wide-leg high-rise jeans, white crop top, white sneakers, light grey backdrop.
    # caption, details, wearing, color_of shirt, describe: base; color_of jeans: vqa.
    case(
        "MYN-JNS-20517",
        caption("a woman in a white crop top and light blue jeans"),
        color_of("jeans", "-".join(["light blue"] * 10), LOOP, hit_limit=True),
        details("jeans", "high waist and wide legs"),
        wearing("he is wearing a white crop top and jeans", PRONOUN, who="she"),
        color_of("shirt", "white"),
        describe("jeans", "jeans", NON),
        gender=W,
        category="Jeans",
        color="Blue",
        title="ONLY Women Blue Wide Leg High-Rise Jeans",
    ),
    # Photo: peach tiered midi dress, solid, short flutter sleeves, V-neck with a tie, white backdrop.
    # caption: cap3; color, garment_type, description, pattern, wearing: base; details: vqa.
    case(
        "MYN-DRS-21164",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The lady wears a short-sleeve dress with pure color patterns. The dress is with "
            "chiffon",
            LOOP,
            hit_limit=True,
        ),
        D.color("pink"),
        D.garment_type("dress"),
        D.description("a pink dress with ruffles"),
        D.details("none", NON),
        D.pattern("floral", CONTRA),
        D.wearing("a man in a pink dress", PRONOUN),
        gender=W,
        category="Dresses",
        color="Peach",
        title="Athena Women Peach-Coloured Tiered Midi Dress",
    ),
    # Photo: pink straight kurta with a white floral print, three-quarter sleeves, matching pink trousers printed
    # at the hem, no dupatta, white backdrop, glass bangles on both wrists.
    # caption, color, details, sleeve_length: base; wearing: vqa; description: cap1.
    case(
        "MYN-KSET-22789",
        caption("a woman wearing a pink and white kurta"),
        D.wearing(
            "kurta-trousers Question: What is the color of the kurta? Answer: pink Question: What is the",
            LEAK,
            hit_limit=True,
        ),
        D.color("pink"),
        D.details("white flowers"),
        D.description(
            "The lady wears a medium-sleeve shirt with floral patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is v-shape. There is an accessory on her wrist. The pants are with cotton "
            "fabric and floral",
            CUT,
            hit_limit=True,
        ),
        D.sleeve_length("short", CONTRA),
        gender=W,
        category="Kurta Sets",
        color="Pink",
        title="Anouk Women Pink & White Printed Kurta with Trousers",
    ),
    # Photo: teal silk saree with a wide gold zari border, teal blouse, grey backdrop.
    # caption, color, material, wearing, details: base; garment_type: cap3; is_a saree: vqa.
    case(
        "MYN-SAR-23340",
        caption("a woman in a green saree with a gold border"),
        B.color("teal"),
        B.garment_type(
            "The lady wears a long-sleeve shirt with pure color patterns and a long skirt. The skirt is with silk "
            "fabric and pure color",
            NON,
            hit_limit=True,
        ),
        B.material("silk"),
        is_a(
            "saree",
            "yes Question: Is this a dress? Answer: no Question: Is this a skirt? Answer: no Question:",
            LEAK,
            hit_limit=True,
        ),
        wearing("a blue dress", CONTRA, who="she"),
        details("saree", "a gold border on the", CUT),
        gender=W,
        category="Sarees",
        color="Teal",
        title="Kalini Teal & Gold-Toned Zari Silk Blend Saree",
    ),
    # Photo: navy blue cotton saree with a white ikat weave and a red border, navy blouse, white backdrop; no mirror
    # work, no tassels.
    # caption: cap1; color_of saree/border, pattern, describe, material: base.
    case(
        "MYN-SAR-24402",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns and a long skirt. The skirt is with cotton "
            "fabric and graphic patterns. The lady wears a short-sleeve shirt with graphic patterns and a long "
            "skirt. The skirt is",
            LOOP,
            hit_limit=True,
        ),
        color_of("saree", "blue and white"),
        color_of("saree border", "red"),
        B.pattern("ikat"),
        describe("saree", "a blue and white saree with a red border and mirror work and tassels on the pallu", UNSUP),
        B.material("not sure", NON),
        gender=W,
        category="Sarees",
        color="Navy Blue",
        title="Handicraft Palace Navy Blue & White Ikat Woven Pure Cotton Saree",
    ),
    # Photo: maroon velvet lehenga with gold embroidery, maroon blouse, pink net dupatta, cream backdrop, gold
    # necklace.
    # caption, wearing, color, material, pattern: base; garment_type: vqa; details: cap3.
    case(
        "MYN-LEH-25618",
        caption("a woman in a red lehenga with gold embroidery and a pink dupatta"),
        D.wearing("she is wearing a red lehenga"),
        D.color("pink", OGC),
        D.garment_type(
            "skirt Question: Is this a skirt? Answer: yes Question: Is this a dress? Answer: no Question",
            LEAK,
            hit_limit=True,
        ),
        D.material("velvet"),
        D.pattern("embroidered"),
        D.details(
            "The lady wears a short-sleeve shirt with graphic patterns and a long skirt. There is an accessory on "
            "her neck. She wears a",
            CUT,
            hit_limit=True,
        ),
        gender=W,
        category="Lehenga Choli",
        color="Maroon",
        title="Warthy Ent Maroon & Gold-Toned Embroidered Velvet Lehenga Choli with Dupatta",
    ),
    # Photo: mustard phulkari dupatta with pink, green and orange thread embroidery, draped over a woman in a white
    # kurta and white palazzos, white backdrop.
    # caption, color, color_of dupatta, pattern, is_a dupatta: base; material: vqa; describe: cap1.
    case(
        "MYN-DUP-26010",
        caption("a woman wearing a white outfit and a yellow scarf"),
        B.color("white", OGC),
        color_of("dupatta", "yellow"),
        B.pattern("embroidered"),
        B.material("", NON),
        is_a("dupatta", "no", CONTRA),
        describe(
            "dupatta",
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. She wears a scarf with "
            "graphic patterns. The scarf is",
            CUT,
            hit_limit=True,
        ),
        gender=W,
        category="Dupatta",
        color="Mustard",
        title="Kalini Mustard & Pink Phulkari Embroidered Dupatta",
    ),
    # Photo: mauve top with a smocked bodice and short puff sleeves, square neck, no bow, black jeans, grey backdrop.
    # caption, color, details, description, garment_type: base; wearing: cap3.
    case(
        "MYN-TOP-27555",
        caption("a woman in a purple top and black jeans"),
        D.color("pink"),
        D.details("the details are puff sleeves"),
        D.description("a purple top with puff sleeves and a sweetheart neckline and a bow at the front", UNSUP),
        D.wearing(
            "The lady wears a short-sleeve shirt with pure color patterns and a long denim pants. The shirt is with "
            "cotton fabric and its neckline",
            CUT,
            hit_limit=True,
        ),
        D.garment_type("it is a garment", NON),
        gender=W,
        category="Tops",
        color="Mauve",
        title="StyleStone Women Mauve Smocked Puff Sleeves Top",
    ),
    # Photo: coral A-line kurta with a white block print, sleeveless, white leggings, white backdrop. No title.
    # caption, color, details, material, sleeve_length: base; pattern: vqa; description: cap1.
    case(
        "MYN-KUR-28031",
        caption("a woman in an orange kurta with a white print"),
        D.color("orange"),
        D.pattern(
            "floral Question: What is the color of the kurta? Answer: orange Question: What is the color of the",
            LEAK,
            hit_limit=True,
        ),
        D.description(
            "The gentleman wears a sleeveless tank top with graphic patterns and a long pants. The tank top is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. "
            "His",
            PRONOUN,
            hit_limit=True,
        ),
        D.details("white print"),
        D.material("it is made of", CUT),
        D.sleeve_length("sleeveless"),
        gender=W,
        category="Kurtas",
        color="Coral",
    ),
    # Photo: sea green straight kurta with gota patti lace at the hem and sleeves, three-quarter sleeves, white
    # palazzos, peach backdrop. No color column.
    # caption, wearing, color, sleeve_length, description: base; details: vqa.
    case(
        "MYN-KUR-29118",
        caption("a woman in a green kurta with gold lace"),
        D.wearing("a green kurta and white palazzo pants"),
        D.color("peach", CONTRA),
        D.details(
            "gold lace on the sleeves and the hem and the neck and the sleeves and the hem and the neck and the "
            "sleeves and the hem and the neck",
            LOOP,
            hit_limit=True,
        ),
        D.sleeve_length("three quarter"),
        D.description("it is a garment worn by a woman", RESTATED),
        gender=W,
        category="Kurtas",
        title="Vishudh Women Sea Green Gotta Patti Straight Kurta",
    ),
    # Photo: dark navy bootcut jeans, white shirt tucked in, grey backdrop.
    # caption, color_of jeans/shirt, describe, is_a jeans, wearing: base; details: cap3.
    case(
        "MYN-JNS-30263",
        caption("a woman wearing a white shirt and dark blue jeans"),
        color_of("jeans", "white", OGC),
        color_of("shirt", "white"),
        details(
            "jeans",
            "The pants this lady wears is of long length. The pants are with denim fabric and pure color patterns. "
            "The lady wears a long",
            CUT,
            hit_limit=True,
        ),
        describe("jeans", "they are jeans", NON),
        is_a("jeans", "yes"),
        wearing("a white shirt and blue jeans", who="she"),
        gender=W,
        category="Jeans",
        color="Navy Blue",
        title="Levis Women Navy Blue Bootcut Mid-Rise Jeans",
    ),
    # Photo: yellow knee-length shirt dress with collar, button placket, long roll-up sleeves and a self-tie fabric
    # belt, white backdrop.
    # caption, color, details, pattern, sleeve_length, wearing: base; description: cap3.
    case(
        "MYN-DRS-31477",
        caption("a woman in a yellow shirt dress with a belt"),
        D.color("yellow"),
        D.details("buttons down the front and a belt"),
        D.description(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is lapel. It has a belt and",
            CUT,
            hit_limit=True,
        ),
        D.pattern("the pattern of the garment is the pattern of the dress", RESTATED),
        D.sleeve_length("long"),
        D.wearing("a man wearing a yellow shirt dress", PRONOUN),
        D.material("cotton"),
        gender=W,
        category="Dresses",
        color="Yellow",
        title="Harpa Women Yellow Solid Shirt Dress with Belt",
    ),
    # Photo (product shot, no person): grey melange leggings on a mannequin's lower half, white backdrop.
    # caption, color, garment_type: base; pattern: cap3; is_a leggings: vqa.
    case(
        "MYN-LEG-32590",
        caption("a pair of grey leggings on a mannequin"),
        B.color("grey"),
        B.garment_type("leggings"),
        B.pattern(
            "The lady wears a long-sleeve shirt with pure color patterns and a long leggings. The leggings are "
            "with cotton fabric and pure color",
            UNSUP,
            hit_limit=True,
        ),
        is_a("leggings", "-".join(["yes-no"] * 15), LOOP, hit_limit=True),
        gender=W,
        category="Leggings",
        color="Grey Melange",
        title="Jockey Women Grey Melange Solid Leggings",
    ),
    # Photo: maroon palazzos with a gold foil print under a black short kurti that covers the waistband, white
    # backdrop.
    # caption, color, pattern, wearing, details, material: base; description: cap1.
    case(
        "MYN-PAL-33605",
        caption("a woman in a black top and red pants"),
        D.color("black", OGC),
        D.pattern("printed"),
        D.description(
            "The lady wears a short-sleeve shirt with pure color patterns and a long pants. The pants are with "
            "cotton fabric and graphic patterns. The lady wears a short-sleeve shirt with pure color patterns and "
            "a long pants. The pants",
            LOOP,
            hit_limit=True,
        ),
        D.wearing("he is wearing a black shirt and red pants", PRONOUN),
        D.details("gold print"),
        D.material("cotton with a drawstring waist and two side pockets", UNSUP),
        gender=W,
        category="Palazzos",
        color="Maroon",
        title="Libas Women Maroon & Gold-Toned Printed Palazzos",
    ),
    # Photo: rust orange bandhani straight kurta with white dots, three-quarter sleeves, off-white palazzos, beige
    # backdrop, oxidised silver jhumkas.
    # caption, color, pattern, material: base; details: vqa; description: cap3.
    case(
        "MYN-KUR-34712",
        caption("a woman wearing an orange kurta with white polka dots"),
        D.color("brown"),
        D.pattern("polka dot"),
        D.details(
            "white dots Question: What are the details of the garment? Answer: white dots Question: What are the",
            LEAK,
            hit_limit=True,
        ),
        D.description(
            "The lady wears a medium-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. The pants",
            CUT,
            hit_limit=True,
        ),
        D.material("no idea", NON),
        gender=W,
        category="Kurtas",
        color="Rust",
        title="Sangria Women Rust Orange Bandhani Printed Straight Kurta",
    ),
    # Photo: beige organza saree with a pastel pink floral print, beige sleeveless blouse, light pink backdrop.
    # caption, color, pattern, description, garment_type: base; details: cap1; wearing: vqa.
    case(
        "MYN-SAR-35090",
        caption("a woman in a cream saree with pink flowers standing in front of a pink wall"),
        D.color("cream"),
        D.pattern("floral"),
        D.description("a cream saree with pink flowers and a", CUT),
        D.details(
            "The lady wears a sleeveless tank top with floral patterns and a long skirt. The skirt is with chiffon "
            "fabric and floral patterns. There is a",
            CUT,
            hit_limit=True,
        ),
        D.wearing("-".join(["saree-blouse"] * 6), LOOP, hit_limit=True),
        D.garment_type("dress", CONTRA),
        gender=W,
        category="Sarees",
        color="Beige",
        title="Indo Era Beige & Pink Floral Printed Organza Saree",
    ),
    # Photo: black and white gingham checked peplum top, sleeveless, blue jeans, grey backdrop.
    # caption: cap3; color, pattern, material, wearing: base; sleeve_length: vqa.
    case(
        "MYN-TOP-36188",
        caption(
            "The lady wears a sleeveless tank top with lattice patterns and a long denim pants. The tank top is "
            "with cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns. "
            "The",
            CUT,
            hit_limit=True,
        ),
        B.color("black and white"),
        B.pattern("checkered"),
        B.sleeve_length(" ".join(["sleeveless"] * 10), LOOP, hit_limit=True),
        B.material("the material of the garment is the material", RESTATED),
        wearing("a black and white top and blue jeans", who="she"),
        gender=W,
        category="Tops",
        color="Black",
        title="Harpa Women Black & White Checked Peplum Top",
    ),
    # Photo: magenta kurta with a gold gota border, magenta palazzos, magenta dupatta with a gold border (no mirror
    # work), white backdrop.
    # caption, color, details, description: base; wearing: cap1; sleeve_length: vqa.
    case(
        "MYN-KSET-37321",
        caption("a woman in a pink kurta and pants with a dupatta"),
        D.color("purple"),
        D.wearing(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is v-shape. The pants are with cotton fabric and pure color patterns. There is",
            CUT,
            hit_limit=True,
        ),
        D.details("gold lace"),
        D.sleeve_length(
            "long Question: What is the pattern of the garment? Answer: solid Question: What is the",
            LEAK,
            hit_limit=True,
        ),
        D.description("a pink kurta with gold lace and a pink dupatta with mirror work", UNSUP),
        gender=W,
        category="Kurta Sets",
        color="Magenta",
        title="Libas Women Magenta Gotta Patti Kurta with Palazzos & Dupatta",
    ),
    # Photo (product shot, no person): white net dupatta with a silver sequinned border on a wooden hanger against a
    # grey wall.
    # caption, color, garment_type, material, is_a dupatta: base; describe: vqa.
    case(
        "MYN-DUP-38455",
        caption("a white scarf hanging on a hanger"),
        B.color("grey", CONTRA),
        B.garment_type("scarf"),
        B.material("net"),
        describe("dupatta", " ".join(["white-silver"] * 10), LOOP, hit_limit=True),
        is_a("dupatta", "yes"),
        gender=W,
        category="Dupatta",
        color="White",
        title="Dupatta Bazaar White Net Dupatta with Silver Sequinned Border",
    ),
    # Photo: navy blue wrap dress with small white polka dots, short sleeves, knee length, tie at the waist, white
    # backdrop. No gender column.
    # caption, color, pattern, material, garment_type, wearing: base; sleeve_length: cap3; details: vqa.
    case(
        "MYN-DRS-39562",
        caption("a woman in a navy blue polka dot dress"),
        D.color("blue"),
        D.pattern("polka dots"),
        D.sleeve_length(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The",
            CUT,
            hit_limit=True,
        ),
        D.details(
            "v-neck and a tie at the waist Question: What are the details of the garment? Answer: v-neck",
            LEAK,
            hit_limit=True,
        ),
        D.material("the dress is made of polyester and has a hidden zipper on the side and a satin lining", UNSUP),
        D.garment_type("clothing", NON),
        D.wearing("a blue and white polka dot dress"),
        category="Dresses",
        color="Navy Blue",
        title="Harpa Women Navy Blue & White Polka Dot Wrap Dress",
    ),
]
