"""BLIND_130 (44 products; the experiments re-run on a random sample of a Myntra-style marketplace, with is_a and
color_of questions): written blind in the twentieth session. Measured blind at 6125a52: 126/141 failures found
(89.4%) and 12/144 correct texts flagged (8.3%). The writer's notes, verbatim:

Blind corpus 130: BLIP-2 OPT-2.7b outputs on 44 imagined Myntra-style marketplace products.

Scenario
    The original experiments' untuned base model and their fine-tuned adapters are re-run on a random sample of 44
    products of a Myntra-style marketplace, one product per item: men's, women's and kids' clothing, western and
    ethnic, weighted as the catalog is (15 men's, 23 women's, 6 kids'; kurtas, kurta sets, sarees, tops, dresses,
    t-shirts, shirts, jeans...). Each product gets a caption and enrich's default questionnaire (DEFAULT_QUESTIONS;
    each case keeps the texts sampled for the corpus, not always all eight), plus a few "Is this a ...?" (is_a) and
    "What is the color of the ...?" (color_of) questions. The seller columns come from the marketplace: gender,
    category (article type), color (base colour) and title, in the seller's words; five products lack one or two.

Which system wrote which text (named in the comment above every case)
    - base: the untuned `Salesforce/blip2-opt-2.7b`. Short captions and short answers that stop; its errors are one
      color for every garment, wrong pronouns, invented details, echoes of the question, now and then a run-on.
    - cap1: the caption adapter after one epoch (`leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch`).
      DeepFashion-MultiModal template sentences; sometimes still stops, sometimes mixes a base-style answer with
      template sentences.
    - cap3: the caption adapter after three epochs (`leoreigoto/Data2_V2_Blip2_Finetune_Caption`). Returns the
      caption template for every prompt, never stops: cut at the token limit or looping.
    - vqa: the VQA adapter (`leoreigoto/Data3_V3_BLIP2_VQA`). In-shop class names (tee, blouse, dress, denim...),
      "yes" to garment questions, hyphenated color loops, and `Question: ... Answer:` continuations.
    Closed texts (garment_type, color, pattern, sleeve_length, is_a, color_of) are the raw generation kept by the
    reference engine. Greedy decoding; 30 new tokens for answers, 50 for captions; hit_limit=True where the
    generation ran to that limit.

How it was written
    Blind. Only two files were read: /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py
    (the Case/Text layout, the makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a, color_of, question, case,
    TARGETS). No audit code, other corpus, doc or query was opened; the only thing run was an import check.
    Every label was judged against the imagined photo described in the comment above its case.

Label conventions and judgement calls
    - One failure kind per text, the dominant one. A text that repeats until the limit is a loop; a text that runs
      on into `Question: ... Answer:` is a leak; any other text stopped mid-phrase is cut, even when the cut text
      also names the garment loosely (cap3's "shirt" for a kurta, "sleeveless dress" for a saree).
    - cut: hit_limit=True when the limit stopped it; four base answers stop mid-phrase before the limit
      (hit_limit=False).
    - Near-color synonyms are correct: navy -> dark blue / blue / navy; maroon -> burgundy / dark red / red;
      cream and off-white -> white / cream; mustard -> yellow; olive -> green; teal -> turquoise / green;
      rust -> orange; khaki -> beige; charcoal -> grey / gray; lavender -> purple; grey melange -> gray.
      A white-and-blue checked or striped garment answered "white and blue" is correct.
    - The color of another worn garment given as the product's color is other_garment_color (the white tee under
      the jeans, the white dupatta of a pink kurta set, the saree's pink blouse). A print color or a background
      color given as the garment's color is a contradiction (red print on a white tee, yellow wall).
    - color_of(<other garment>) answered with that other garment's real color is correct (jeans "blue" for a
      t-shirt product, the saree's blouse "pink"); answered with the product's color it is other_garment_color.
    - Captions that name the background, a layer, or a print's colors are correct when the photo shows them.
    - Garment names: a kurta, kurti, kurta set, saree or lehenga called "dress", "blouse", "tee" or "shirt", and
      a wrong "yes"/"no" to is_a, are contradictions. In-shop names that fit are correct: jeans -> "denim" /
      "pants", shrug -> "cardigan", shirt-style top -> "blouse", crop top -> "tee", polo t-shirt -> "polo",
      anarkali -> "anarkali", palazzos -> "palazzo pants". A wrong sleeve length or pattern is a contradiction.
    - Template wording that is true ("pure color patterns", "lattice patterns" for checks, "long length" for a
      midi) is correct; the template's "lady"/"gentleman" for a girl or boy is not a pronoun failure.
    - pronoun: a he/she (or girl/boy) for the wrong gender of the person in the photo (the catalog agrees).
    - non_answer: says nothing about the asked attribute: empty, "none", "nothing", "i don't know", only the
      garment's name ("the saree", "they are jeans", "they are short"), "fabric" for the material. On a
      product shot without a person, naming the garment answers "What is the person wearing?"; "nothing" is a
      non_answer.
    - restated: a sentence built from the question's own words ("the shirt is a shirt", "the details of the
      garment are the details of the polo", "the sleeves are as long as the sleeves of the top").
    - unsupported: a detail, accessory, object or material the photo does not show (a chest logo or pocket on a
      plain tee, a zipper on a pullover hoodie, a tiara, mirror work, "silk" for a matte cotton kurta). A
      plausible material that fits the photo and the title (cotton tee, denim jeans, tulle dress) is correct.
"""

from __future__ import annotations

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, is_a


def _hyphen_loop(word: str, n: int = 15) -> str:
    """The VQA adapter's color loop ("black-black-black-..."): n words, two tokens each, up to 30 new tokens."""
    return "-".join([word] * n) + "-"


BLIND_130: list[Case] = [
    # 1. Photo: man in a plain navy crew-neck tee (no logo, no print), light blue jeans, grey studio backdrop.
    # caption: cap3; open and closed answers: base.
    case(
        "myn-10482311",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is crew. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "solid color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a navy blue t-shirt and jeans"),
        D.color("dark blue"),
        D.pattern("solid"),
        D.sleeve_length("short sleeves"),
        D.details("a round neck and a small logo on the left chest", "unsupported"),
        D.material("the material of the garment is the material of the t-shirt", "restated"),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Round Neck Pure Cotton T-shirt",
    ),
    # 2. Photo: man in a black tee with a large white "HRX" typography print on the chest, black joggers, white
    # backdrop. caption: base; all answers: vqa.
    case(
        "myn-11735902",
        caption("a man wearing a black t-shirt with white letters on it"),
        D.wearing("graphic tee"),
        D.color(_hyphen_loop("black"), "loop", hit_limit=True),
        D.pattern("graphic"),
        D.garment_type("tee"),
        D.description(
            "The tee is black. The tee is black. The tee is black. The tee is black. The tee is black. The tee is "
            "black.",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "white letters Question: What is the color of the tee? Answer: black Question: Is this a tee? Answer: "
            "yes Question:",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="HRX by Hrithik Roshan Men Black Printed Round Neck Bio-Wash T-shirt",
    ),
    # 3. Photo: man in a white shirt with a blue check (button-down collar, no pocket), sleeves rolled, khaki chinos.
    # caption: cap1 (it stopped); open and closed answers: base.
    case(
        "myn-9914460",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. The "
            "gentleman wears a long trousers. The trousers are with cotton fabric and pure color patterns."
        ),
        D.wearing("a white shirt and khaki pants"),
        D.color("white"),
        D.pattern("plaid"),
        color_of("shirt", "white and blue"),
        color_of("pants", "white", "other_garment_color"),
        D.details("the shirt has a button-down collar and", "cut"),
        gender="Men",
        category="Shirts",
        color="White",
        title="Highlander Men White & Blue Slim Fit Checked Casual Shirt",
    ),
    # 4. Photo: man in an olive shirt worn open over a white crew tee, black jeans; layers.
    # caption, color, garment_type, sleeve_length: base; wearing, description, details: cap3.
    case(
        "myn-12660518",
        caption("a man wearing an olive green shirt over a white t-shirt"),
        D.wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "it has a lapel neckline. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        D.color("green"),
        D.garment_type("shirt"),
        D.description(
            "The shirt is with cotton fabric and it has a lapel neckline. The gentleman wears a long-sleeve shirt "
            "with pure color patterns. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "the sleeves, the neckline, the collar, the sleeves, the neckline, the collar, the sleeves, the "
            "neckline, the collar, the sleeves, the",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("long"),
        gender="Men",
        category="Shirts",
        color="Olive",
        title="Roadster Men Olive Green Solid Casual Shirt",
    ),
    # 5. Photo: blue slim jeans on a man, white tee tucked in, white sneakers; cropped at the chest, no face.
    # caption: cap3; the rest: base.
    case(
        "myn-13207745",
        caption(
            "The lower clothing is of long length. The fabric is denim and it has solid color patterns. The upper "
            "clothing has short sleeves, cotton fabric and pure color patterns. The neckline of it is round. This "
            "gentleman wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing jeans and a white t-shirt", "pronoun"),
        D.color("white", "other_garment_color"),
        color_of("jeans", "blue"),
        D.garment_type("jeans"),
        D.details("they are jeans", "non_answer"),
        D.material("denim"),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="HERE&NOW Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 6. Photo: man in a cream self-design (jacquard) straight kurta, full sleeves, white churidar, beige wall.
    # caption: base; answers: vqa.
    case(
        "myn-8841027",
        caption("a man in a white kurta standing in front of a beige wall"),
        D.wearing("dress", "contradiction"),
        D.color(_hyphen_loop("white"), "loop", hit_limit=True),
        is_a("kurta", "yes"),
        D.pattern(
            "pure color Question: What is the color of the dress? Answer: white Question: What cloth is the person "
            "wearing? Answer: dress",
            "leak",
            hit_limit=True,
        ),
        D.sleeve_length("long-sleeve"),
        gender="Men",
        category="Kurtas",
        color="Cream",
        title="Manyavar Men Cream-Coloured Self Design Straight Kurta",
    ),
    # 7. Photo: woman in a maroon cotton kurta with gold block print, three-quarter sleeves, gold palazzos, white
    # backdrop; matte fabric. caption: cap3; answers: base.
    case(
        "myn-10370244",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady wears a long-sleeve dress with floral patterns. The dress is with cotton "
            "fabric and its",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a dark red kurta and gold pants"),
        D.color("burgundy"),
        D.pattern("printed"),
        D.description("he is wearing a red kurta with gold designs", "pronoun"),
        D.material("silk", "unsupported"),
        gender="Women",
        category="Kurtas",
        color="Maroon",
        title="Anouk Women Maroon & Gold-Toned Printed Straight Kurta",
    ),
    # 8. Photo: woman in a blue A-line kurta with white floral print, three-quarter sleeves, white trousers,
    # standing in a garden. caption and most answers: base; details: cap1.
    case(
        "myn-14420913",
        caption("a woman in a blue and white floral dress standing in a garden", "contradiction"),
        D.wearing("a blue kurta with white flowers and white pants"),
        D.color("blue"),
        D.pattern("floral"),
        D.garment_type("kurta"),
        D.details(
            "The upper clothing has long sleeves, cotton fabric and floral patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is",
            "cut",
            hit_limit=True,
        ),
        D.sleeve_length("three quarter"),
        gender="Women",
        category="Kurtas",
        color="Blue",
        title="Libas Women Blue & White Floral Printed A-Line Kurta",
    ),
    # 9. Photo: woman in a mustard kurta with small white floral buttis, mustard palazzos, white dupatta with a
    # mustard border over one shoulder. caption: base; answers: vqa.
    case(
        "myn-12019836",
        caption("a woman wearing a yellow kurta and palazzo pants with a white scarf"),
        D.wearing("dress", "contradiction"),
        D.color(
            "yellow Question: What is the color of the dress? Answer: yellow Question: What is the color of the "
            "dress? Answer: yellow Question:",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("blouse", "contradiction"),
        D.pattern("floral"),
        D.details(
            "the dress has a round neckline, the dress has a round neckline, the dress has a round neckline, the "
            "dress has a",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurta Sets",
        color="Mustard",
        title="Sangria Women Mustard Yellow Printed Kurta with Palazzos & Dupatta",
    ),
    # 10. Photo: woman draped in a green Banarasi saree with a pink zari border, pink blouse, gold bangles, grey
    # studio backdrop. caption: cap3; answers: base.
    case(
        "myn-7788102",
        caption(
            "The lady wears a sleeveless dress with color block patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The dress is of long length. There is an accessory on her wrist. The lady also "
            "wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green saree"),
        D.color("pink", "other_garment_color"),
        is_a("saree", "yes"),
        color_of("blouse", "pink"),
        D.material("silk"),
        D.description("the saree", "non_answer"),
        gender="Women",
        category="Sarees",
        color="Green",
        title="Saree mall Green & Pink Silk Blend Woven Design Banarasi Saree",
    ),
    # 11. Photo: woman in a plain black top with short puff sleeves (front view only), blue jeans, white backdrop.
    # caption and answers: base.
    case(
        "myn-11203387",
        caption("a woman wearing a black top and jeans"),
        D.wearing("a black top and blue jeans"),
        D.color("black"),
        D.sleeve_length("long", "contradiction"),
        D.description("a black top with puffy sleeves"),
        D.details("a black top with puffy sleeves and a bow on the back", "unsupported"),
        gender="Women",
        category="Tops",
        color="Black",
        title="Harpa Women Black Solid Puff Sleeve Top",
    ),
    # 12. Photo: woman in a white shirt-style top with thin vertical navy stripes, long sleeves, black trousers.
    # caption: cap1; answers: vqa.
    case(
        "myn-13568820",
        caption(
            "The lady wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("blouse"),
        D.color("black", "other_garment_color"),
        D.pattern("striped"),
        D.description(
            "the blouse is white and blue, the blouse is white and blue, the blouse is white and blue, the blouse "
            "is white and",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("long-sleeve"),
        D.details(
            "The blouse has long sleeves and a lapel neckline. The blouse has buttons on the front. The blouse is "
            "striped. The blouse is with",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="White",
        title="SASSAFRAS Women White & Navy Striped Shirt Style Top",
    ),
    # 13. Photo: woman in a knee-length red fit-and-flare dress with small white and yellow flowers, short flutter
    # sleeves, v-neck, against a pink wall. caption and answers: base.
    case(
        "myn-10057719",
        caption("a woman in a red floral dress standing against a pink wall"),
        D.wearing("a red dress with flowers"),
        D.color("red"),
        D.pattern("floral"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.description("a red floral dress with short sleeves and a v-neck"),
        D.details("nothing", "non_answer"),
        gender="Women",
        category="Dresses",
        color="Red",
        title="Berrylush Women Red Floral Print Fit and Flare Dress",
    ),
    # 14. Photo: woman in a sleeveless navy bodycon midi dress, round neck, white sneakers.
    # caption, wearing, description: cap3; closed answers: vqa.
    case(
        "myn-12874401",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of long length. The lady wears a sleeveless dress with pure color "
            "patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of",
            "cut",
            hit_limit=True,
        ),
        D.color("navy"),
        D.garment_type("dress"),
        D.sleeve_length("sleeveless"),
        D.description(
            "The dress is of long length. The dress is of long length. The dress is of long length. The dress is "
            "of long length. The",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Dresses",
        color="Navy Blue",
        title="SASSAFRAS Women Navy Blue Solid Bodycon Midi Dress",
    ),
    # 15. Photo: man in charcoal formal trousers (belt loops, front crease), light blue formal shirt tucked in,
    # black belt; head cropped. caption and answers: base.
    case(
        "myn-9350288",
        caption("a man in a blue shirt and gray pants"),
        D.wearing("she is wearing a blue shirt and grey pants", "pronoun"),
        D.color("blue", "other_garment_color"),
        color_of("pants", "grey"),
        D.garment_type("jeans", "contradiction"),
        D.details("the pants", "non_answer"),
        gender="Men",
        category="Trousers",
        color="Charcoal",
        title="Louis Philippe Men Charcoal Grey Slim Fit Solid Formal Trousers",
    ),
    # 16. Photo: product shot, no person: black track pants laid flat on white, white drawstring, shiny polyester.
    # Gender column missing. caption: base; answers: vqa.
    case(
        "myn-11680127",
        caption("a pair of black sweatpants on a white background"),
        D.wearing("pants"),
        D.color("black"),
        D.pattern("pure color"),
        D.description(
            "the pants are black and the pants are black and the pants are black and the pants are black and the "
            "pants are black and the",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "drawstring Question: What is the color of the drawstring? Answer: white Question: Is this a pants? "
            "Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        D.material("the material of the pants is the pants", "restated"),
        category="Track Pants",
        color="Black",
        title="HRX by Hrithik Roshan Men Black Solid Rapid-Dry Track Pants",
    ),
    # 17. Photo: man in a grey melange pullover hoodie (hood down, drawstrings, kangaroo pocket, no zipper),
    # black joggers. caption: cap1; answers: base.
    case(
        "myn-10926653",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric "
            "and it has a hooded neckline. The gentleman wears a long pants. The pants are with cotton fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a gray hoodie and black pants", "pronoun"),
        D.color("gray"),
        is_a("hoodie", "yes"),
        is_a("jacket", "yes", "contradiction"),
        D.details("a hood with drawstrings, a zipper and a pocket in the front", "unsupported"),
        D.sleeve_length("long"),
        gender="Men",
        category="Sweatshirts",
        color="Grey Melange",
        title="Roadster Men Grey Melange Solid Hooded Sweatshirt",
    ),
    # 18. Photo: man in a washed blue denim jacket worn open over a white tee, black jeans.
    # caption: base; wearing, details: cap3; closed answers and material: vqa.
    case(
        "myn-13990376",
        caption("a man wearing a denim jacket and a white t-shirt"),
        D.wearing(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric "
            "and it has a lapel neckline. The gentleman wears a short",
            "cut",
            hit_limit=True,
        ),
        D.color("white", "other_garment_color"),
        D.garment_type("jacket"),
        color_of("jacket", _hyphen_loop("blue"), "loop", hit_limit=True),
        D.material("denim"),
        D.details(
            "The jacket is with denim fabric and it has a lapel neckline. The gentleman wears a short-sleeve "
            "T-shirt with pure color patterns. The T-shirt",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Jackets",
        color="Blue",
        title="Roadster Men Blue Washed Denim Jacket",
    ),
    # 19. Photo: man in a plain pink shirt (button-down collar, no pocket), white trousers, hands empty, white
    # backdrop. caption and answers: base.
    case(
        "myn-12338054",
        caption("a man in a pink shirt and white pants holding a cup of coffee", "unsupported"),
        D.wearing("a pink shirt"),
        D.color("pink"),
        D.pattern("striped", "contradiction"),
        D.details("the shirt has a button down collar and a pocket", "unsupported"),
        D.description("the shirt is a shirt", "restated"),
        gender="Men",
        category="Shirts",
        color="Pink",
        title="Dennis Lingo Men Pink Slim Fit Solid Casual Shirt",
    ),
    # 20. Photo: khaki chino shorts on a man, navy polo tucked out; cropped from the waist down to the knees, the
    # polo's hem visible. caption and description: cap1 (the caption stopped); other answers: base.
    case(
        "myn-14105592",
        caption(
            "The lower clothing is of short length. The fabric is cotton and it has solid color patterns. The upper "
            "clothing has short sleeves, cotton fabric and pure color patterns."
        ),
        D.wearing("shorts"),
        D.color("beige"),
        color_of("shorts", "navy", "other_garment_color"),
        D.details("they are short", "non_answer"),
        D.garment_type("shorts"),
        D.description(
            "The lower clothing is of short length. The fabric is cotton and it has solid color patterns. The upper "
            "clothing has short sleeves, cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Shorts",
        color="Khaki",
        title="Roadster Men Khaki Solid Regular Fit Chino Shorts",
    ),
    # 21. Photo: man in a navy kurta (mandarin collar, full sleeves) with a white pyjama and brown mojaris, in front
    # of a wooden door. caption: cap3; answers: vqa.
    case(
        "myn-9067731",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "it has a stand neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("tee", "contradiction"),
        D.color(_hyphen_loop("blue"), "loop", hit_limit=True),
        is_a("kurta", "yes"),
        is_a("shirt", "yes", "contradiction"),
        color_of("pants", "white"),
        D.details(
            "sleeves Question: What is the color of the sleeves? Answer: blue Question: What is the color of the "
            "sleeves? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Kurta Sets",
        color="Navy Blue",
        title="VASTRAMAY Men Navy Blue Solid Kurta with Pyjamas",
    ),
    # 22. Photo: woman in a solid teal straight kurta with a mandarin collar and button placket, three-quarter
    # sleeves, white leggings, plain white backdrop. Title column missing. caption and answers: base; all correct.
    case(
        "myn-10641288",
        caption("a woman in a green kurta with white leggings"),
        D.wearing("she is wearing a teal kurta and white leggings"),
        D.color("turquoise"),
        D.pattern("solid"),
        D.sleeve_length("three quarter sleeves"),
        D.details("a mandarin collar and a button placket"),
        D.material("cotton"),
        gender="Women",
        category="Kurtas",
        color="Teal",
    ),
    # 23. Photo: woman in an off-white anarkali kurta with a pink floral print, long sleeves, pink leggings; bare
    # wrists and hands, no jewellery. caption, color, pattern, sleeve_length: base; wearing, description: cap1.
    case(
        "myn-11452096",
        caption("a woman wearing a white and pink floral anarkali"),
        D.wearing(
            "a white floral kurta and pink leggings. There is an accessory on her wrist and she wears a ring.",
            "unsupported",
        ),
        D.color("cream"),
        D.pattern("floral"),
        D.description(
            "The upper clothing has long sleeves, cotton fabric and floral patterns. It has a round neckline. The "
            "lower clothing is of long length. The",
            "cut",
            hit_limit=True,
        ),
        D.sleeve_length("long"),
        gender="Women",
        category="Kurtas",
        color="Off White",
        title="Biba Women Off-White & Pink Floral Printed Anarkali Kurta",
    ),
    # 24. Photo: woman in a pink cotton kurta with white thread embroidery at the yoke, pink trousers, white net
    # dupatta over both shoulders. caption and answers: base.
    case(
        "myn-13311470",
        caption("a woman in a pink outfit with a white scarf"),
        D.wearing("a pink kurta and white dupatta"),
        D.color("white", "other_garment_color"),
        D.pattern("embroidered"),
        is_a("kurta", "yes"),
        D.details("the kurta", "non_answer"),
        D.material("silk", "unsupported"),
        gender="Women",
        category="Kurta Sets",
        color="Pink",
        title="Libas Women Pink Yoke Design Kurta with Trousers & Dupatta",
    ),
    # 25. Photo: woman in a lavender georgette saree with a silver sequin border, sleeveless silver blouse, a
    # silver bracelet. caption: cap3; answers: vqa.
    case(
        "myn-12590815",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. There is an accessory on her wrist. There is an accessory on her wrist. There is "
            "an accessory on",
            "loop",
            hit_limit=True,
        ),
        D.wearing("dress", "contradiction"),
        D.color("purple"),
        D.garment_type("dress", "contradiction"),
        D.material(
            "chiffon Question: What is the color of the dress? Answer: purple Question: Is this a dress? Answer: yes "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        D.details(
            "the dress is sleeveless, the dress is sleeveless, the dress is sleeveless, the dress is sleeveless, "
            "the dress is sleeveless, the",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Sarees",
        color="Lavender",
        title="Mitera Lavender Embellished Sequinned Georgette Saree",
    ),
    # 26. Photo: woman in a peach top with short sleeves and a ruffled hem, white jeans, white wall.
    # caption and answers: base.
    case(
        "myn-14233609",
        caption("a woman in a peach top and white jeans"),
        D.wearing("a peach top and white jeans"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("the sleeves are as long as the sleeves of the top", "restated"),
        D.details("ruffles at the bottom"),
        D.description("he is wearing a peach top with ruffles", "pronoun"),
        gender="Women",
        category="Tops",
        color="Peach",
        title="DressBerry Women Peach-Coloured Solid Ruffled Top",
    ),
    # 27. Photo: woman in a black crop tee with white horizontal stripes, high-waist blue jeans, in front of a
    # yellow wall. caption: cap3; answers: vqa.
    case(
        "myn-11874263",
        caption(
            "The lady wears a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with denim fabric and solid color "
            "patterns. Her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("tee"),
        D.color("yellow", "contradiction"),
        D.pattern("striped"),
        color_of("jeans", "blue"),
        D.description(
            "tee Question: Is this a tee? Answer: yes Question: Is this a tee? Answer: yes Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="Black",
        title="Tokyo Talkies Women Black & White Striped Crop Top",
    ),
    # 28. Photo: woman in a green maxi dress with white polka dots, long sleeves with elastic cuffs, round neck, tie
    # at the waist, tiered skirt; she holds a straw hat. caption and answers: base.
    case(
        "myn-10799542",
        caption("a woman in a green polka dot dress holding a straw hat"),
        D.wearing("a green dress"),
        D.color("green"),
        D.pattern("polka dot"),
        D.sleeve_length("long"),
        D.details(
            "a green dress with white polka dots, a tie at the waist, long sleeves with elastic cuffs, a round neck "
            "and a tiered skirt that goes down to the",
            "cut",
            hit_limit=True,
        ),
        D.material("the dress is made of the material of the dress", "restated"),
        gender="Women",
        category="Dresses",
        color="Green",
        title="AASK Women Green & White Polka Dot Print Tiered Maxi Dress",
    ),
    # 29. Photo: woman in black skinny jeans with a white long-sleeve shirt tucked in; cropped at the shoulders.
    # caption: cap1; answers: vqa.
    case(
        "myn-9512377",
        caption(
            "The lower clothing is of long length. The fabric is denim and it has solid color patterns. The upper "
            "clothing has long sleeves, cotton fabric and pure color patterns. The lower clothing is of long length. "
            "The fabric is denim",
            "loop",
            hit_limit=True,
        ),
        D.wearing("denim"),
        D.color("black"),
        color_of("shirt", "black", "other_garment_color"),
        D.garment_type(_hyphen_loop("denim"), "loop", hit_limit=True),
        D.details("none", "non_answer"),
        gender="Women",
        category="Jeans",
        color="Black",
        title="Roadster Women Black Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 30. Photo: maroon ankle-length leggings (plain elastic waist under the top, no pockets) on a woman, the hem
    # of a white kurti above; cropped from the waist down. Title column missing. caption and answers: base.
    case(
        "myn-8125064",
        caption("a woman in a white top and red leggings"),
        D.wearing("leggings"),
        D.color("white", "other_garment_color"),
        D.garment_type("leggings"),
        D.details("they are leggings", "non_answer"),
        D.material("cotton with a stretchy waistband and side pockets", "unsupported"),
        gender="Women",
        category="Leggings",
        color="Maroon",
    ),
    # 31. Photo: product shot, no person: white flared palazzos with a black geometric print laid flat on grey.
    # caption, description: cap3; other answers: base.
    case(
        "myn-12947718",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has graphic patterns. The lower "
            "clothing is of long length. The fabric is cotton and it has graphic patterns. The lower clothing is of "
            "long",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pair of white pants with black designs"),
        D.color("white"),
        D.pattern("geometric"),
        D.description(
            "The pants are with cotton fabric and graphic patterns. The pants are of long length. The lady wears a "
            "short-sleeve T-shirt with pure color",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("palazzo pants"),
        gender="Women",
        category="Palazzos",
        color="White",
        title="Libas Women White & Black Geometric Printed Flared Palazzos",
    ),
    # 32. Photo: woman in a long beige open-front shrug (no buttons, no closure) over a black tank top, black
    # jeans. caption and answers: base.
    case(
        "myn-13650201",
        caption("a woman wearing a beige cardigan over a black top"),
        D.wearing("a cardigan and black pants"),
        D.color("black", "other_garment_color"),
        is_a("cardigan", "yes"),
        D.sleeve_length("long"),
        D.details("it has buttons down the front", "unsupported"),
        gender="Women",
        category="Shrug",
        color="Beige",
        title="Mast & Harbour Women Beige Solid Longline Open Front Shrug",
    ),
    # 33. Photo: woman in a white tee with a large red-and-black slogan print on the chest, denim shorts.
    # caption, details: cap3; other answers: base.
    case(
        "myn-11019934",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a short pants. The pants are with denim fabric and solid color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt with red writing and denim shorts"),
        D.color("red", "contradiction"),
        D.pattern("graphic"),
        D.description("a white t-shirt with a red and black print on the front"),
        D.material("fabric", "non_answer"),
        D.details(
            "The T-shirt is with cotton fabric and its neckline is round. The T-shirt is with graphic patterns. The "
            "lady wears a short pants. The",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Tshirts",
        color="White",
        title="Difference of Opinion Women White Typography Printed Round Neck T-shirt",
    ),
    # 34. Photo: woman in a solid rust kurta, full sleeves, off-white straight pants, white backdrop.
    # caption: base; answers: vqa.
    case(
        "myn-10288751",
        caption("a woman in an orange kurta and white pants"),
        D.wearing("blouse", "contradiction"),
        D.color(_hyphen_loop("orange"), "loop", hit_limit=True),
        D.pattern("pure color"),
        D.sleeve_length(
            "long-sleeve Question: What is the sleeve length of the blouse? Answer: long-sleeve Question: What is the",
            "leak",
            hit_limit=True,
        ),
        D.material(
            "cotton Question: What is the color of the cotton? Answer: orange Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        color="Rust",
        title="Rangriti Women Rust Orange Solid Straight Kurta",
    ),
    # 35. Photo: product shot, no person: short navy kurti with a white floral print, long sleeves, laid flat on
    # white. caption: cap1; answers: base.
    case(
        "myn-14587330",
        caption(
            "The upper clothing has long sleeves, cotton fabric and floral patterns. It has a round neckline. The "
            "upper clothing has long sleeves, cotton fabric and floral patterns. It has a round neckline. The upper "
            "clothing has long",
            "loop",
            hit_limit=True,
        ),
        D.wearing("nothing", "non_answer"),
        D.color("navy blue"),
        D.pattern("floral"),
        D.description("a blue and white dress", "contradiction"),
        D.garment_type("kurta"),
        gender="Women",
        category="Kurtis",
        color="Navy Blue",
        title="Sangria Women Navy Blue & White Floral Printed Kurti",
    ),
    # 36. Photo: woman in a red lehenga with gold zari embroidery (no mirror work), red choli, red dupatta over her
    # head, dark studio. caption: cap3; answers: base.
    case(
        "myn-9738842",
        caption(
            "The lady wears a sleeveless dress with color block patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The dress is of long length. The lady wears a sleeveless dress with color block "
            "patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red and gold lehenga"),
        D.color("red"),
        is_a("lehenga", "yes"),
        is_a("saree", "yes", "contradiction"),
        D.details("gold embroidery and mirror work", "unsupported"),
        D.description(
            "a red and gold bridal lehenga with a red dupatta Question: Describe the garment. Answer: a red and "
            "gold bridal lehenga with",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Lehenga Choli",
        color="Red",
        title="Fabcartz Red & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
    ),
    # 37. Photo: boy of about six in a yellow tee with a green dinosaur print and the word "ROAR", blue shorts.
    # caption and answers: base.
    case(
        "myn-12155608",
        caption("a little girl in a yellow shirt with a dinosaur on it", "pronoun"),
        D.wearing("a yellow t-shirt with a dinosaur"),
        D.color("yellow"),
        D.pattern("graphic"),
        color_of("shorts", "yellow", "other_garment_color"),
        D.details("a dinosaur and the words", "cut"),
        gender="Boys",
        category="Tshirts",
        color="Yellow",
        title="YK Boys Yellow Dinosaur Printed Round Neck Pure Cotton T-shirt",
    ),
    # 38. Photo: toddler boy in a navy printed tee and grey shorts (a set), white backdrop.
    # caption: cap3; answers: vqa.
    case(
        "myn-13424197",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The gentleman wears a short pants. The pants are with cotton fabric and "
            "pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "tee and shorts, tee and shorts, tee and shorts, tee and shorts, tee and shorts, tee and shorts, tee "
            "and shorts, tee",
            "loop",
            hit_limit=True,
        ),
        D.color("navy"),
        is_a("t-shirt", "yes"),
        color_of("shorts", _hyphen_loop("navy"), "loop", hit_limit=True),
        D.details(
            "The tee is with cotton fabric. The tee is with cotton fabric. The tee is with cotton fabric. The tee is",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        category="Clothing Set",
        color="Navy Blue",
        title="Babyhug Boys Navy Blue & Grey Printed T-shirt with Shorts",
    ),
    # 39. Photo: girl in a sleeveless pink tulle party dress with a glittery bodice, no headwear, white backdrop.
    # caption and answers: base.
    case(
        "myn-11566843",
        caption("a little girl in a pink tutu dress"),
        D.wearing("a pink dress and a tiara", "unsupported"),
        D.color("pink"),
        D.sleeve_length("sleeveless"),
        D.material("tulle"),
        D.details("he is wearing a pink dress with sparkles", "pronoun"),
        D.description("a pink dress with a sparkly top and a", "cut"),
        gender="Girls",
        category="Dresses",
        color="Pink",
        title="Hola Bonita Girls Pink Embellished Tulle Fit and Flare Dress",
    ),
    # 40. Photo: girl in a green kurta with a golden floral print, full sleeves, green sharara.
    # caption: cap1; answers: vqa.
    case(
        "myn-12702259",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. The dress is "
            "of long length. The lady wears a long-sleeve dress with floral patterns. The dress is with cotton "
            "fabric. The dress",
            "loop",
            hit_limit=True,
        ),
        D.wearing("dress", "contradiction"),
        D.color("green"),
        D.pattern(
            "floral Question: What is the pattern of the dress? Answer: floral Question: What is the color of the "
            "dress? Answer:",
            "leak",
            hit_limit=True,
        ),
        is_a("kurta", "no", "contradiction"),
        D.sleeve_length(
            "long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve "
            "long-sleeve long-sleeve",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        category="Kurta Sets",
        color="Green",
        title="Biba Girls Green & Golden Printed Kurta with Sharara",
    ),
    # 41. Photo: boy in a red-and-black checked flannel shirt with two buttoned flap chest pockets, black jeans.
    # Color and title columns missing. caption and answers: base.
    case(
        "myn-10904416",
        caption("a young boy in a red and black plaid shirt"),
        D.wearing("a plaid shirt and black jeans"),
        D.color("red"),
        color_of("jeans", "red", "other_garment_color"),
        D.pattern("checked"),
        D.details("a collar and two chest pockets with", "cut"),
        gender="Boys",
        category="Shirts",
    ),
    # 42. Photo: girl in a white cotton top with small pink flowers embroidered at the yoke, plain round neck, blue
    # denim skirt. caption: cap3; answers: base.
    case(
        "myn-13876025",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a short skirt. The skirt is with denim fabric and solid color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white top and a denim skirt"),
        D.color("blue", "other_garment_color"),
        D.pattern("embroidered"),
        D.description("a white top with pink flowers and a lace collar", "unsupported"),
        D.details("", "non_answer"),
        gender="Girls",
        category="Tops",
        color="White",
        title="Cherry Crumble Girls White Floral Embroidered Pure Cotton Top",
    ),
    # 43. Photo: man in a sea-green polo with a small embroidered logo on the chest, beige chinos, trees behind.
    # caption: base; wearing, details, description: cap1; color, garment_type: vqa.
    case(
        "myn-11347780",
        caption("a man in a green polo shirt standing in front of trees"),
        D.wearing(
            "The gentleman wears a short-sleeve polo with pure color patterns. The polo is with cotton fabric and "
            "it has a lapel neckline. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        D.color(
            "green Question: What cloth is the person wearing? Answer: polo Question: What is the color of the "
            "polo? Answer:",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("polo"),
        D.details("the details of the garment are the details of the polo", "restated"),
        D.description("she wears a short-sleeve polo with pure color patterns and a long pants", "pronoun"),
        gender="Men",
        category="Tshirts",
        color="Green",
        title="U.S. Polo Assn. Men Green Solid Polo Collar Pure Cotton T-shirt",
    ),
    # 44. Photo: man in a white tee with navy horizontal stripes (no pocket), grey shorts, on a beach. Color
    # column missing. caption: cap3; answers: base.
    case(
        "myn-14012867",
        caption(
            "The gentleman wears a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The gentleman wears a short pants. The pants are with cotton fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a striped shirt and shorts"),
        D.color("white and blue"),
        D.pattern("stripes"),
        D.description("the garment is a garment worn by the man in the picture", "restated"),
        D.details("a striped t-shirt with a pocket on the chest", "unsupported"),
        D.material("i don't know", "non_answer"),
        gender="Men",
        category="Tshirts",
        title="Roadster Men White & Navy Blue Striped Round Neck Pure Cotton T-shirt",
    ),
]
