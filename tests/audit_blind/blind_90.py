"""BLIND_90 (44 products; the experiments re-run on a random sample of a Myntra-style marketplace): written blind in
the nineteenth session. Measured blind at 3d372e1: 121/141 failures found (85.8%) and 10/145 correct texts flagged
(6.9%). The writer's notes, verbatim:

Blind corpus 90: BLIP-2 OPT-2.7b texts on 44 imagined products of a Myntra-style marketplace.

Scenario
    The original experiments' untuned base model and their fine-tuned adapters re-run on a random sample of 44
    products of a Myntra-style marketplace (men's, women's and kids' clothing, western and ethnic, weighted roughly
    as such a catalog is: t-shirts, shirts, kurtas and kurta sets, jeans, tops, dresses and sarees first), one
    product per case. enrich's default questionnaire (DEFAULT_QUESTIONS: wearing, garment_type, color, pattern,
    sleeve_length, description, details, material); not every question's text is kept for every product. Seller
    columns from the marketplace (gender, article type as `category`, base colour as `color`, product title as
    `title`), in the seller's own words; a few products lack one of them (MYN-1015 and MYN-1031 have no base
    colour, MYN-1018 and MYN-1037 no title, MYN-1030 and MYN-1036 no gender).

Which system wrote which text (named again in the comment above each case)
    - base: the untuned `Salesforce/blip2-opt-2.7b`, greedy. It stops on its own (newline), so its texts are short;
      its failures are content failures: one color for every garment, another garment's color, the background's
      color, pronouns wrong for the person, invented details, "i don't know"/"none"/empty answers, the question
      echoed back, now and then a short repetition or a phrase that stops dangling ("... with a").
    - cap1 / cap3: the caption adapter, epoch 1 (`..._Caption_First_Epoch`) and epoch 3 (`..._Blip2_Finetune_Caption`).
      They write the DeepFashion-MultiModal template ("The lady wears a short-sleeve T-shirt with pure color
      patterns. The T-shirt is with cotton fabric ...") for captions and for every question, never name a hue, often
      call any wearer "the lady" and never stop: cut at the token limit (50 new tokens for captions, 30 for answers)
      or looping a sentence.
    - vqa: the VQA adapter (`Data3_V3_BLIP2_VQA`). In-shop class names (tee, blouse, denim, dress, romper), pattern
      words for colors ("pure color", "graphic"), no terminator: a word repeated to the limit, or the trained
      `Question: ... Answer: ...` format continued (a prompt leak), also to the limit.

How it was written
    Blind. I read only ../shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (Text/Case layout, the
    makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, TARGETS). Nothing else of the project was opened or searched; the
    only thing run was an import check of this file. Every photo is imagined and described in the comment above its
    case; every label is judged against that description.

Label conventions and judgement calls
    - One label per text. When a text shows several failures: leak, then loop, then a content failure
      (contradiction, other_garment_color, pronoun, unsupported), then restated/non_answer, then cut. So a template
      answer that says "The lady" for a man's photo and is cut at the limit is `pronoun`; a template answer whose
      content is right (or only the template's generic "cotton fabric"/"pure color" guesses) and is cut is `cut`.
    - Every text that ran to the token limit (hit_limit=True) is a failure (cut, loop or leak, or the content
      failure that outranks them); every adapter text runs to the limit, because the adapters never learned to stop.
      A few base texts are `cut` without reaching the limit (they stop dangling on "with a", "and", "of the").
    - Near-color synonyms are correct: navy -> "blue"/"dark blue", off white/cream -> "white", charcoal and grey
      melange -> "grey", mustard -> "yellow", olive -> "green", lavender -> "purple", magenta -> "pink",
      maroon -> "red"/"maroon", rust -> "brown"/"orange", peach -> "peach"/"light pink", teal -> "green".
      Navy read as "black" is a contradiction (a different color, not a shade).
    - The color of a wall or backdrop named in a caption next to the garment's own color is correct; a color answer
      that gives the backdrop's color is a `contradiction` (it is not another garment's color).
    - `other_garment_color`: the color question (or an open text) gives the color of another garment in the photo:
      the jeans under a shirt, the tee under a jacket, a saree's contrasting blouse, a dupatta. For a set (kurta with
      pyjama and jacket) the garment is the one the seller's base colour names; the jacket's color is another
      garment's.
    - Layers named correctly ("a green jacket over a white t-shirt") and the full outfit in the wearing answer are
      correct. A patterned garment's two colors ("black and white" for a striped top the seller calls White) are
      correct.
    - Umbrella garment names are correct: "tunic" for a kurta, "vest" for a Nehru jacket, "skirt" for a lehenga,
      "blouse"/"top" for tops, "pants" for track pants and palazzos, "sari" for a saree. "dress" for a kurta or a
      kurti, "shirt" for chinos, "leggings" for jeans, "dress" for a jumpsuit, "skirt" for palazzos are
      contradictions of the seller's article type.
    - A saree's blouse sleeves answer the saree's sleeve question; a Nehru jacket is "sleeveless"; the kurta set's
      jacket being sleeveless does not make the kurta sleeveless (contradiction).
    - Product shots without a person: naming the garment in answer to "What is the person wearing?" is correct;
      "nothing" is a non_answer (true but says nothing of the product); "a woman wearing ..." is unsupported.
    - non_answer: nothing of use ("", "none", "no", "fabric", "i don't know", "clothing", "it is a dress" as a
      description, "they are short" for shorts' details, a color given to the pattern question, the type given to the
      details question). restated: the question's own words returned ("describe the garment", "the garment is made
      of material", "the pattern of the garment is a pattern").
    - Materials: a plausible material the photo supports (cotton tee, denim jeans, velvet lehenga, satin top,
      spandex for "Cotton Lycra") is correct; a material contradicted by the seller's title or unlikely for what is
      seen (flannel, wool hoodie, silk for a cotton kurta, linen for a cotton shirt) is unsupported.
    - The caption adapter's template "pure color patterns" on a heavily embroidered garment is a contradiction;
      on a plain or lightly trimmed one it is fine. "The gentleman"/"the lady" for a boy/girl is not a pronoun error
      (the gender matches); "the lady" for a boy or a man is.
"""

from __future__ import annotations

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case


def _rep(unit: str, n: int, sep: str = " ") -> str:
    """A loop as the adapters write it: one unit repeated until the token limit."""
    return sep.join([unit] * n)


BLIND_90: list[Case] = [
    # 1001. Photo: man, navy crew-neck tee with a white "BROOKLYN 1989" chest print, light-blue jeans, plain grey
    # studio backdrop. caption: cap3 (cut at 50); answers: base.
    case(
        "MYN-1001",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The gentleman wears a long pants. The pants are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a navy blue t-shirt and jeans"),
        D.color("blue"),
        D.pattern("solid", "contradiction"),
        D.details("it says brooklyn 1989 on the front"),
        D.material("the garment is made of material", "restated"),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Printed Round Neck Pure Cotton T-shirt",
    ),
    # 1002. Photo: man in a white slim-fit formal shirt tucked into charcoal trousers, black belt, white backdrop.
    # No chest pocket, white buttons. caption, sleeve_length, details, description: base; wearing, garment_type,
    # color: vqa.
    case(
        "MYN-1002",
        caption("a man in a white shirt and grey pants standing against a white background"),
        D.wearing("shirt and pants" + " and pants" * 14, "loop", hit_limit=True),
        D.garment_type(
            "blouse Question: What is the color of the blouse? Answer: pure color Question: Is this a blouse? Answer:",
            "leak",
            hit_limit=True,
        ),
        D.color(_rep("white", 15, "-"), "loop", hit_limit=True),
        D.sleeve_length("long"),
        D.details("the shirt is tucked into the pants"),
        D.description("a white dress shirt with a pocket and cufflinks", "unsupported"),
        gender="Men",
        category="Shirts",
        color="White",
        title="Park Avenue Men White Slim Fit Solid Formal Shirt",
    ),
    # 1003. Photo: man in a blue-and-white checked full-sleeve shirt worn open over a white tee, sleeves rolled to
    # the elbow, beige chinos; street background. caption, answers: base; details: cap3.
    case(
        "MYN-1003",
        caption("a man wearing a blue checkered shirt and khaki pants"),
        D.wearing("a blue and white checkered shirt over a white t-shirt"),
        D.color("blue"),
        D.pattern("plaid"),
        D.sleeve_length("short", "contradiction"),
        D.material("flannel", "unsupported"),
        D.details(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="HIGHLANDER Men Blue & White Slim Fit Checked Full Sleeves Casual Shirt",
    ),
    # 1004. Photo: man in mid-blue slim jeans with light whiskering, white crew-neck tee, white sneakers, grey
    # backdrop. caption: cap1; details: vqa; the rest: base.
    case(
        "MYN-1004",
        caption(
            "The guy wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with denim "
            "fabric and solid color patterns. The T-shirt is with cotton fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and blue jeans"),
        D.garment_type("jeans"),
        D.color("white", "other_garment_color"),
        D.details(_rep("denim", 30), "loop", hit_limit=True),
        D.material("denim"),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Roadster Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 1005. Photo: bearded man in an off-white knee-length cotton kurta with thin gold thread on the placket,
    # matching off-white pyjama, brown juttis, beige backdrop. details: cap3; the rest: base.
    case(
        "MYN-1005",
        caption("a man in a white kurta and white pants"),
        D.wearing("she is wearing a white kurta and pants", "pronoun"),
        D.garment_type("kurta"),
        D.color("white"),
        D.details(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand-up collar neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.material("i don't know", "non_answer"),
        gender="Men",
        category="Kurta Sets",
        color="Off White",
        title="KISAH Men Off-White Solid Straight Kurta with Pyjamas",
    ),
    # 1006. Photo: product shot, no person: black pique polo, two-button placket, small white embroidered logo on
    # the chest, laid flat on white. No zip. caption, wearing, color, sleeve_length, details: base; pattern,
    # description: vqa.
    case(
        "MYN-1006",
        caption("a black polo shirt on a white background"),
        D.wearing("a black polo shirt"),
        D.color("black"),
        D.pattern(_rep("pure color", 15), "loop", hit_limit=True),
        D.description(
            "polo shirt Question: What is the color of the polo shirt? Answer: black Question: Is this a polo "
            "shirt? Answer: yes",
            "leak",
            hit_limit=True,
        ),
        D.details("it has a logo on the chest and a zipper", "unsupported"),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="U.S. Polo Assn. Men Black Solid Polo Collar T-shirt",
    ),
    # 1007. Photo: man in charcoal-grey track pants with a white side stripe, black pullover hoodie, sneakers; grey
    # backdrop. caption: cap3 (calls him "the lady"); material: vqa; the rest: base.
    case(
        "MYN-1007",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The "
            "lady wears a long trousers. The trousers are with cotton fabric and pure color patterns. The lady",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a black hoodie and grey sweatpants"),
        D.garment_type("pants"),
        D.color("black", "other_garment_color"),
        D.details("there is a white stripe down the side"),
        D.material(_rep("cotton", 30), "loop", hit_limit=True),
        gender="Men",
        category="Track Pants",
        color="Charcoal",
        title="HRX by Hrithik Roshan Men Charcoal Grey Track Pants with Side Stripe",
    ),
    # 1008. Photo: man in a grey melange pullover hoodie (kangaroo pocket, drawstrings), black joggers, in front of
    # a red brick wall. pattern: vqa; description: cap3; the rest: base.
    case(
        "MYN-1008",
        caption("a man standing in front of a brick wall wearing a grey hoodie"),
        D.wearing("he is wearing a grey hoodie and black pants"),
        D.color("grey"),
        D.pattern(_rep("pure color", 15), "loop", hit_limit=True),
        D.description(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The gentleman wears a long pants. The",
            "cut",
            hit_limit=True,
        ),
        D.material("wool", "unsupported"),
        gender="Men",
        category="Sweatshirts",
        color="Grey Melange",
        title="Mast & Harbour Men Grey Melange Solid Hooded Sweatshirt",
    ),
    # 1009. Photo: man in beige slim chinos with a navy shirt tucked in, brown belt, brown loafers; white backdrop.
    # All base.
    case(
        "MYN-1009",
        caption("a man in a blue shirt and khaki pants"),
        D.wearing("a blue shirt and khaki pants"),
        D.garment_type("shirt", "contradiction"),
        D.color("blue", "other_garment_color"),
        D.description("a pair of khaki pants with a brown belt"),
        D.details("the details of the garment are the pants", "restated"),
        gender="Men",
        category="Trousers",
        color="Beige",
        title="Louis Philippe Sport Men Beige Slim Fit Solid Chinos",
    ),
    # 1010. Photo: man in an olive-green bomber jacket (ribbed collar and cuffs, no hood, orange lining showing),
    # open over a white tee, black jeans; grey backdrop. details: cap3; the rest: base.
    case(
        "MYN-1010",
        caption("a man wearing a green jacket and a white t-shirt"),
        D.wearing("a green bomber jacket over a white t-shirt"),
        D.color("white", "other_garment_color"),
        D.description("a green jacket with an orange lining and a hood", "unsupported"),
        D.details(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand-up collar neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.material("polyester"),
        gender="Men",
        category="Jackets",
        color="Olive",
        title="WROGN Men Olive Green Solid Bomber Jacket",
    ),
    # 1011. Photo: man on a beach in a white tee with a large multicolour tiger graphic, black shorts. garment_type,
    # color: vqa; the rest: base (details stops dangling before the limit).
    case(
        "MYN-1011",
        caption("a man standing on a beach wearing a white t-shirt with a tiger on it"),
        D.wearing("a t-shirt with a tiger on it"),
        D.garment_type(_rep("graphic tee", 15), "loop", hit_limit=True),
        D.color(
            "graphic Question: What is the color of the graphic tee? Answer: graphic Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        D.pattern("animal print"),
        D.details("there is a tiger on the front of the", "cut"),
        D.material("i'm not sure", "non_answer"),
        gender="Men",
        category="Tshirts",
        color="White",
        title="HERE&NOW Men White Graphic Printed Round Neck T-shirt",
    ),
    # 1012. Photo: man in navy chino shorts above the knee, light-blue short-sleeve linen shirt untucked, white
    # sneakers; white backdrop. caption: cap3; the rest: base.
    case(
        "MYN-1012",
        caption(
            "The gentleman is wearing a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and it has a lapel neckline. The gentleman wears a three-point shorts. The shorts are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue shirt and blue shorts"),
        D.garment_type("shorts"),
        D.color("black", "contradiction"),
        D.details("they are short", "non_answer"),
        D.description("a pair of navy blue shorts with a button"),
        gender="Men",
        category="Shorts",
        color="Navy Blue",
        title="Marks & Spencer Men Navy Blue Solid Regular Fit Chino Shorts",
    ),
    # 1013. Photo: man in a solid maroon full-sleeve casual shirt, buttoned, untucked over black jeans, no chest
    # pocket; grey backdrop. sleeve_length: cap1; the rest: base.
    case(
        "MYN-1013",
        caption("a man in a red shirt and black jeans"),
        D.wearing("a maroon shirt and black jeans" + " and black jeans" * 6, "loop", hit_limit=True),
        D.garment_type("shirt"),
        D.color("black", "other_garment_color"),
        D.sleeve_length(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "it has a lapel",
            "cut",
            hit_limit=True,
        ),
        D.details("the shirt has buttons down the front and a pocket on the chest", "unsupported"),
        gender="Men",
        category="Shirts",
        color="Maroon",
        title="Roadster Men Maroon Regular Fit Solid Casual Shirt",
    ),
    # 1014. Photo: man in a plain mustard-yellow straight kurta with a mandarin collar and a buttoned placket, white
    # churidar; marigold garlands behind. wearing: vqa; the rest: base.
    case(
        "MYN-1014",
        caption("a man in a yellow kurta standing in front of flowers"),
        D.wearing(
            "blouse and pants Question: What is the color of the blouse? Answer: yellow Question: What is the",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("tunic"),
        D.color("yellow"),
        D.pattern("paisley", "contradiction"),
        D.details("none", "non_answer"),
        D.material("silk", "unsupported"),
        gender="Men",
        category="Kurtas",
        color="Mustard",
        title="Anouk Men Mustard Yellow Solid Straight Cotton Kurta",
    ),
    # 1015. Photo: man in a charcoal v-neck tee and dark jeans, grey backdrop. Seller gave no base colour.
    # sleeve_length: vqa; description: cap3; the rest: base.
    case(
        "MYN-1015",
        caption("a man wearing a gray t-shirt"),
        D.wearing("a grey v-neck t-shirt and jeans"),
        D.color("grey"),
        D.sleeve_length(
            "short-sleeve Question: What is the color of the tee? Answer: pure color Question: Is this a tee? Answer:",
            "leak",
            hit_limit=True,
        ),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and it has a V-shape",
            "cut",
            hit_limit=True,
        ),
        D.details("the details of the garment are on the front", "restated"),
        gender="Men",
        category="Tshirts",
        title="Jack & Jones Men Charcoal Solid V-Neck T-shirt",
    ),
    # 1016. Photo: man all in black: black skinny jeans ripped at the knees, black tee, black jacket; white backdrop.
    # One color for every garment is right here. description: vqa; material: cap3; the rest: base.
    case(
        "MYN-1016",
        caption("a man in all black standing against a white wall"),
        D.wearing("a black jacket, black t-shirt and black jeans"),
        D.garment_type("leggings", "contradiction"),
        D.color("black"),
        D.description(
            "denim Question: What is the color of the denim? Answer: black Question: Is this a denim? Answer: yes "
            "Question",
            "leak",
            hit_limit=True,
        ),
        D.material(
            "The pants are with denim fabric and pure color patterns. The pants are with denim fabric and pure color "
            "patterns. The pants are with",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Jeans",
        color="Black",
        title="Mast & Harbour Men Black Skinny Fit Mildly Distressed Stretchable Jeans",
    ),
    # 1017. Photo: man in a navy silk-blend Nehru jacket with a tone-on-tone woven motif, over a cream full-sleeve
    # kurta and white churidar; beige backdrop. details: cap1 (calls him "the lady"); the rest: base.
    case(
        "MYN-1017",
        caption("a man in a blue vest and white kurta"),
        D.garment_type("vest"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        D.details(
            "The lady wears a sleeveless vest with pure color patterns. The vest is with cotton fabric. The lady "
            "wears a long-sleeve shirt with pure",
            "pronoun",
            hit_limit=True,
        ),
        D.material("fabric", "non_answer"),
        gender="Men",
        category="Nehru Jackets",
        color="Navy Blue",
        title="Manyavar Men Navy Blue Woven Design Silk Blend Nehru Jacket",
    ),
    # 1018. Photo: man in an olive crew-neck cable-knit sweater, a white shirt collar showing at the neck, khaki
    # trousers, against a brown wooden wall. Seller gave no title. caption: cap3; the rest: base.
    case(
        "MYN-1018",
        caption(
            "The gentleman wears a long-sleeve sweater with lattice patterns. The sweater is with wool fabric. It has "
            "a round neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green sweater and khaki pants"),
        D.color("brown", "contradiction"),
        D.pattern("cable knit"),
        D.description("a green sweater with a v neck", "unsupported"),
        D.details("he is wearing a white shirt under the sweater"),
        gender="Men",
        category="Sweaters",
        color="Olive",
    ),
    # 1019. Photo: woman in a pink straight kurta with a white floral block print, three-quarter sleeves, white
    # palazzos; white backdrop. garment_type: vqa; description: cap3; the rest: base.
    case(
        "MYN-1019",
        caption("a woman in a pink and white floral kurta"),
        D.wearing("he is wearing a pink kurta and white pants", "pronoun"),
        D.garment_type(_rep("dress", 30), "loop", hit_limit=True),
        D.color("pink"),
        D.description(
            "The lady wears a three-quarter sleeve dress with floral patterns. The dress is with cotton fabric and "
            "its neckline is round. The lady",
            "cut",
            hit_limit=True,
        ),
        D.material("it is made of cotton"),
        gender="Women",
        category="Kurtas",
        color="Pink",
        title="Libas Women Pink & White Floral Printed Straight Kurta",
    ),
    # 1020. Photo: woman in a teal kurta with a gold foil-printed yoke, teal palazzos, a mustard dupatta over both
    # shoulders; carved wooden doorway behind. description: vqa; the rest: base.
    case(
        "MYN-1020",
        caption("a woman wearing a green outfit with a yellow scarf"),
        D.garment_type("kurta"),
        D.color("yellow", "other_garment_color"),
        D.pattern("the pattern of the garment is the pattern of the kurta", "restated"),
        D.details("gold design on the neckline"),
        D.description(
            "dress Question: Is this a dress? Answer: yes Question: Is this a dress? Answer: yes Question: Is this",
            "leak",
            hit_limit=True,
        ),
        D.material("silk", "unsupported"),
        gender="Women",
        category="Kurta Sets",
        color="Teal",
        title="Anouk Women Teal Yoke Design Pure Cotton Kurta with Palazzos & Dupatta",
    ),
    # 1021. Photo: woman in a magenta art-silk saree with a gold zari border, gold brocade short-sleeve blouse,
    # pallu over the left shoulder; studio. description: cap3; the rest: base.
    case(
        "MYN-1021",
        caption("a woman in a pink sari with gold trim"),
        D.wearing("a pink and gold sari"),
        D.garment_type("sari"),
        D.color("gold", "other_garment_color"),
        D.pattern("the pattern of the garment is a pattern", "restated"),
        D.description(
            "The lady is wearing a short-sleeve dress with pure color patterns. The dress is with silk fabric and "
            "its neckline is round. The",
            "cut",
            hit_limit=True,
        ),
        D.material("silk"),
        gender="Women",
        category="Sarees",
        color="Magenta",
        title="Mitera Magenta & Gold-Toned Zari Art Silk Saree",
    ),
    # 1022. Photo: woman in a white top with black horizontal stripes, boat neck, three-quarter sleeves, blue jeans;
    # white backdrop. caption: cap3; details: vqa; the rest: base.
    case(
        "MYN-1022",
        caption(
            "The lady wears a long-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric and it has "
            "a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black and white striped shirt and jeans"),
        D.color("black and white"),
        D.pattern("striped"),
        D.details(_rep("striped", 30), "loop", hit_limit=True),
        D.material("unknown", "non_answer"),
        gender="Women",
        category="Tops",
        color="White",
        title="SASSAFRAS Women White & Black Striped Boat Neck Top",
    ),
    # 1023. Photo: woman in a garden in a black sleeveless maxi dress with thin straps and a tiered skirt; no jewellery
    # visible. sleeve_length: vqa; details: cap1; the rest: base.
    case(
        "MYN-1023",
        caption("a woman in a black dress standing in a garden"),
        D.wearing("she is wearing a black dress"),
        D.color("black"),
        D.sleeve_length(_rep("sleeveless", 30), "loop", hit_limit=True),
        D.details(
            "The lady wears a sleeveless dress with pure color patterns. The dress is of long length. There is a ring "
            "on her finger. There is",
            "unsupported",
            hit_limit=True,
        ),
        D.description("it is a dress", "non_answer"),
        gender="Women",
        category="Dresses",
        color="Black",
        title="Berrylush Women Black Solid Tiered Maxi Dress",
    ),
    # 1024. Photo: woman in a red wrap midi dress with a small white floral print, short puff sleeves; white
    # backdrop. material: vqa; the rest: base (description stops dangling).
    case(
        "MYN-1024",
        caption("a woman in a red floral dress"),
        D.wearing("he is wearing a red dress", "pronoun"),
        D.color("red"),
        D.pattern("solid", "contradiction"),
        D.sleeve_length("short"),
        D.description("a red wrap dress with white flowers and", "cut"),
        D.material(
            "cotton Question: What is the color of the dress? Answer: floral Question: Is this a dress? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Dresses",
        color="Red",
        title="Sera Women Red & White Floral Print Wrap Midi Dress",
    ),
    # 1025. Photo: woman in light-blue high-rise skinny jeans, cropped black tee, white sneakers; grey backdrop.
    # pattern: cap3; the rest: base.
    case(
        "MYN-1025",
        caption("a woman in a black top and blue jeans"),
        D.wearing("a black top and blue jeans"),
        D.garment_type("jeans"),
        D.color("black", "other_garment_color"),
        D.pattern(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The lady",
            "cut",
            hit_limit=True,
        ),
        D.description("describe the garment", "restated"),
        D.details("they are high waisted"),
        gender="Women",
        category="Jeans",
        color="Blue",
        title="Roadster Women Blue Skinny Fit High-Rise Stretchable Jeans",
    ),
    # 1026. Photo: woman in a mustard-yellow ruffled off-shoulder top and white shorts, against a yellow wall of
    # nearly the same hue. description: cap3; material: vqa; the rest: base.
    case(
        "MYN-1026",
        caption("a woman in a yellow top standing in front of a yellow wall"),
        D.wearing("a yellow top and white shorts"),
        D.color("yellow"),
        D.pattern("the pattern is yellow", "non_answer"),
        D.description(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric and it "
            "has a V-shape neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.material(_rep("chiffon", 30), "loop", hit_limit=True),
        gender="Women",
        category="Tops",
        color="Mustard",
        title="Berrylush Women Mustard Yellow Solid Ruffled Off-Shoulder Bardot Top",
    ),
    # 1027. Photo: woman in an off-white chikankari-embroidered A-line kurti with full sleeves, white leggings;
    # pastel backdrop. caption: cap1; the rest: base.
    case(
        "MYN-1027",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is of long length. "
            + _rep("The dress is of long length.", 5),
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white dress", "contradiction"),
        D.garment_type("kurta"),
        D.color("white"),
        D.pattern("embroidered"),
        D.description("the garment is a white garment", "restated"),
        gender="Women",
        category="Kurtis",
        color="Off White",
        title="Ada Hand Embroidered Chikankari Off-White A-Line Kurti",
    ),
    # 1028. Photo: product shot, no person: lavender crew-neck tee with a small "bonjour" script print, laid flat on
    # light grey. details: vqa; the rest: base.
    case(
        "MYN-1028",
        caption("a purple t-shirt with the word bonjour on it"),
        D.wearing("nothing", "non_answer"),
        D.garment_type("t-shirt"),
        D.color("purple"),
        D.pattern("printed"),
        D.description("a purple t-shirt that says bonjour on it and a pair of jeans", "unsupported"),
        D.details(
            "graphic tee Question: Is this a graphic tee? Answer: yes Question: What is the color of the graphic "
            "tee? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Tshirts",
        color="Lavender",
        title="DILLINGER Women Lavender Typography Printed Cotton T-shirt",
    ),
    # 1029. Photo: woman in a maroon velvet lehenga heavily embroidered in gold, a maroon choli, a pink net dupatta;
    # palace-like interior. description: cap3; the rest: base.
    case(
        "MYN-1029",
        caption("a woman in a red and gold traditional indian outfit"),
        D.wearing("a red lehenga with gold embroidery"),
        D.garment_type("skirt"),
        D.color("pink", "other_garment_color"),
        D.pattern("embroidered"),
        D.description(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The skirt is with velvet "
            "fabric and pure color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        D.details("it is a lehenga", "non_answer"),
        gender="Women",
        category="Lehenga Choli",
        color="Maroon",
        title="Mitera Maroon & Gold-Toned Embroidered Velvet Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
    ),
    # 1030. Photo: product shot, no person: black ankle-length leggings laid flat on white. Seller gave no gender.
    # color: vqa; details: cap3; the rest: base.
    case(
        "MYN-1030",
        caption("a pair of black leggings on a white background"),
        D.wearing("a woman wearing black leggings", "unsupported"),
        D.garment_type("leggings"),
        D.color(_rep("black", 30), "loop", hit_limit=True),
        D.details(
            "The leggings are with cotton fabric and pure color patterns. The leggings are with cotton fabric and "
            "pure color patterns. The leggings",
            "loop",
            hit_limit=True,
        ),
        D.material("spandex"),
        category="Leggings",
        color="Black",
        title="Go Colors Women Black Solid Ankle-Length Cotton Lycra Leggings",
    ),
    # 1031. Photo: woman on a terrace in white wide flared palazzos and a navy sleeveless crop top. Seller gave no
    # base colour. description: vqa; the rest: base.
    case(
        "MYN-1031",
        caption("a woman in a blue top and white pants"),
        D.wearing("a blue shirt and white pants"),
        D.garment_type("skirt", "contradiction"),
        D.color("blue", "other_garment_color"),
        D.details("the pants are wide leg"),
        D.description(_rep("pants", 30), "loop", hit_limit=True),
        D.material("i don't know", "non_answer"),
        gender="Women",
        category="Palazzos",
        title="GoSriKi Women White Solid Flared Palazzos",
    ),
    # 1032. Photo: woman in a bottle-green georgette saree with small white polka dots and a sleeveless black blouse;
    # plain backdrop. wearing: cap3; garment_type: vqa; the rest: base.
    case(
        "MYN-1032",
        caption("a woman in a green sari with white polka dots"),
        D.wearing(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric and "
            "its neckline is round. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.garment_type(
            "dress Question: Is this a dress? Answer: no Question: Is this a dress? Answer: no Question: Is",
            "leak",
            hit_limit=True,
        ),
        D.color("green"),
        D.pattern("polka dot"),
        D.sleeve_length("sleeveless"),
        D.material("silk", "unsupported"),
        gender="Women",
        category="Sarees",
        color="Green",
        title="Saree mall Green & White Polka Dot Printed Georgette Saree",
    ),
    # 1033. Photo: woman in a royal-blue flared Anarkali kurta with gold gota trim at the sleeves and hem, full
    # sleeves, white churidar, in front of a pink wall. garment_type: cap3; the rest: base.
    case(
        "MYN-1033",
        caption("a woman in a blue and gold outfit in front of a pink wall"),
        D.wearing("a blue kurta with gold trim"),
        D.garment_type(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of",
            "contradiction",
            hit_limit=True,
        ),
        D.color("pink", "contradiction"),
        D.sleeve_length("long"),
        D.details("gold trim on the sleeves and hem"),
        D.material("the garment is made of a material", "restated"),
        gender="Women",
        category="Kurtas",
        color="Blue",
        title="Varanga Women Blue Gotta Patti Anarkali Kurta",
    ),
    # 1034. Photo: woman in a peach full-sleeve shirt, sleeves rolled, tucked into white trousers; office background.
    # details: vqa; the rest: base.
    case(
        "MYN-1034",
        caption("a woman in a light pink shirt and white pants"),
        D.wearing("a peach shirt tucked into white pants"),
        D.color("peach"),
        D.sleeve_length("long"),
        D.details(_rep("blouse", 30), "loop", hit_limit=True),
        D.description("he is wearing a peach shirt with white pants", "pronoun"),
        D.material("linen", "unsupported"),
        gender="Women",
        category="Shirts",
        color="Peach",
        title="Van Heusen Woman Peach-Coloured Regular Fit Solid Pure Cotton Formal Shirt",
    ),
    # 1035. Photo: woman in a navy sleeveless wide-leg jumpsuit with a fabric belt and side pockets, white sneakers;
    # grey backdrop. caption: cap3; sleeve_length: vqa; the rest: base.
    case(
        "MYN-1035",
        caption(
            "The lady wears a sleeveless romper with pure color patterns. The romper is with cotton fabric and its "
            "neckline is V-shape. The romper is of long length. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a navy blue jumpsuit"),
        D.garment_type("dress", "contradiction"),
        D.color("blue"),
        D.sleeve_length(
            "sleeveless Question: What is the color of the romper? Answer: pure color Question: Is this a romper? "
            "Answer: yes",
            "leak",
            hit_limit=True,
        ),
        D.details("it has a belt and pockets"),
        D.material("the jumpsuit is made of the material", "restated"),
        gender="Women",
        category="Jumpsuit",
        color="Navy Blue",
        title="SASSAFRAS Women Navy Blue Solid Basic Jumpsuit with Belt",
    ),
    # 1036. Photo: woman in a beige pleated midi skirt with a black tee tucked in, tan handbag in hand; street.
    # Seller gave no gender. description: cap1; the rest: base.
    case(
        "MYN-1036",
        caption("a woman in a black shirt and a tan skirt"),
        D.wearing("a black shirt and a khaki skirt"),
        D.garment_type("skirt"),
        D.color("black", "other_garment_color"),
        D.pattern("pleated"),
        D.description(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt. The skirt is with "
            "chiffon fabric and",
            "cut",
            hit_limit=True,
        ),
        D.material("no", "non_answer"),
        category="Skirts",
        color="Beige",
        title="SASSAFRAS Women Beige Solid Pleated Midi A-Line Skirt",
    ),
    # 1037. Photo: woman in a rust satin wrap top with long balloon sleeves and a tie at the waist, black trousers;
    # white backdrop, front view only. Seller gave no title. pattern: vqa; the rest: base.
    case(
        "MYN-1037",
        caption("a woman in an orange blouse and black pants"),
        D.wearing("an orange shirt and black pants"),
        D.color("brown"),
        D.pattern(_rep("pure color", 15), "loop", hit_limit=True),
        D.sleeve_length("short", "contradiction"),
        D.description("an orange satin blouse with a bow on the back", "unsupported"),
        D.material("satin"),
        gender="Women",
        category="Tops",
        color="Rust",
    ),
    # 1038. Photo: woman in a baby-pink oversized crew sweatshirt with "CALIFORNIA" printed in white across the
    # chest, grey joggers; white backdrop. wearing: vqa; details: cap3; the rest: base.
    case(
        "MYN-1038",
        caption("a woman wearing a pink sweatshirt that says california"),
        D.wearing("sweatshirt and pants" + " and pants" * 14, "loop", hit_limit=True),
        D.garment_type("clothing", "non_answer"),
        D.color("pink"),
        D.pattern("solid", "contradiction"),
        D.sleeve_length("long"),
        D.details(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric and its "
            "neckline is round. The lady",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Sweatshirts",
        color="Pink",
        title="HERE&NOW Women Pink Typography Printed Sweatshirt",
    ),
    # 1039. Photo: boy of about eight in a red tee with a green cartoon dinosaur, blue denim shorts; white backdrop.
    # pattern: cap3 (calls him "the lady"); the rest: base.
    case(
        "MYN-1039",
        caption("a young boy wearing a red t-shirt with a dinosaur on it"),
        D.wearing("a red shirt and blue shorts"),
        D.color("red"),
        D.pattern(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady",
            "pronoun",
            hit_limit=True,
        ),
        D.details("the details of the garment are a t-shirt", "restated"),
        D.material("cotton"),
        gender="Boys",
        category="Tshirts",
        color="Red",
        title="YK Boys Red Dinosaur Printed Pure Cotton T-shirt",
    ),
    # 1040. Photo: boy in a navy-and-white striped tee and solid navy shorts with a drawstring (a two-piece set),
    # white sneakers; grey backdrop. garment_type: vqa; the rest: base.
    case(
        "MYN-1040",
        caption("a little boy in a striped shirt and blue shorts"),
        D.wearing("a blue and white striped shirt and shorts"),
        D.garment_type(_rep("tee", 30), "loop", hit_limit=True),
        D.color("blue"),
        D.pattern("striped"),
        D.description("she is wearing a striped shirt and shorts", "pronoun"),
        D.material("the material of the garment", "restated"),
        gender="Boys",
        category="Clothing Set",
        color="Navy Blue",
        title="H By Hamleys Boys Navy Blue & White Striped T-shirt with Shorts",
    ),
    # 1041. Photo: girl of about five in a sleeveless pink tulle party dress with a sequinned bodice; white backdrop.
    # details: cap1; description: vqa; the rest: base.
    case(
        "MYN-1041",
        caption("a little girl in a pink dress"),
        D.wearing("he is wearing a pink dress", "pronoun"),
        D.color("pink"),
        D.pattern("sequins"),
        D.details(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. The dress "
            "is of",
            "cut",
            hit_limit=True,
        ),
        D.description(_rep("dress", 30), "loop", hit_limit=True),
        D.material("tulle"),
        gender="Girls",
        category="Dresses",
        color="Pink",
        title="Hola Bonita Girls Pink Embellished Fit & Flare Party Dress",
    ),
    # 1042. Photo: girl in a yellow short-sleeve cotton kurta with a green floral print and a green sharara, no
    # dupatta; festive fairy-light backdrop. material: vqa; the rest: base.
    case(
        "MYN-1042",
        caption("a little girl in a yellow and green outfit"),
        D.wearing("a yellow kurta and green pants"),
        D.color("yellow"),
        D.pattern("floral"),
        D.description("a yellow kurta with green flowers and a green dupatta", "unsupported"),
        D.details("he is wearing a yellow kurta with green flowers", "pronoun"),
        D.material(
            "cotton Question: What is the color of the dress? Answer: pure color Question: Is this a dress? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Girls",
        category="Kurta Sets",
        color="Yellow",
        title="Biba Girls Yellow & Green Floral Printed Kurta with Sharara",
    ),
    # 1043. Photo: boy in a cream full-sleeve kurta and white pyjama under a sleeveless maroon Nehru jacket (a
    # three-piece set); white backdrop. details: cap3; the rest: base (pattern came back empty).
    case(
        "MYN-1043",
        caption("a young boy wearing a red vest and a white kurta"),
        D.wearing("a red vest over a white kurta"),
        D.garment_type("kurta"),
        D.color("red", "other_garment_color"),
        D.pattern("", "non_answer"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.details(
            "The gentleman wears a sleeveless vest with pure color patterns. The vest is with cotton fabric. The "
            "gentleman wears a long-sleeve shirt with pure",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        category="Kurta Sets",
        color="Cream",
        title="VASTRAMAY Boys Cream-Coloured & Maroon Kurta with Pyjamas & Nehru Jacket",
    ),
    # 1044. Photo: girl in a park in a white tee with a glitter rainbow print and pink shorts. pattern: vqa;
    # description: cap3; the rest: base.
    case(
        "MYN-1044",
        caption("a little girl in a white t-shirt with a rainbow on it standing in a park"),
        D.wearing("he is wearing a white t-shirt and pink shorts", "pronoun"),
        D.color("white"),
        D.pattern(
            "graphic Question: Is this a graphic tee? Answer: yes Question: Is this a graphic tee? Answer: yes",
            "leak",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.details("rainbow"),
        gender="Girls",
        category="Tshirts",
        color="White",
        title="Pantaloons Junior Girls White Rainbow Printed Cotton T-shirt",
    ),
]
