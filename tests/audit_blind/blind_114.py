"""BLIND_114 (44 products; the experiments re-run on a Myntra-style catalog of women's ethnic and fusion wear, with
is_a and color_of questions): written blind in the twentieth session. Measured blind at 96b172d: 120/140 failures
found (85.7%) and 9/145 correct texts flagged (6.2%). The writer's notes, verbatim:

Blind corpus 114: BLIP-2 OPT-2.7b on a Myntra-style catalog of women's ethnic and fusion wear.

Scenario
    The original experiments' untuned base model and their fine-tuned LoRA adapters re-run on a marketplace
    catalog of women's ethnic and fusion wear: kurtas, kurtis, tunics, kurta sets, sarees, lehenga cholis,
    anarkali gowns, ethnic skirts and palazzos, photographed on models, on mannequins and dress forms, and as
    flat or hanger packshots. Questions: enrich's default questionnaire (DEFAULT_QUESTIONS), for some products
    the closed questions of BLIND_QUESTIONS, plus a few "Is this a ...?" (is_a) and "What is the color of the
    ...?" (color_of) questions. Seller columns come from the marketplace: gender, category (Myntra article type),
    color (Myntra base colour) and title; a few products lack some of them.

Which system wrote which text (named again in the comment above every case)
    - base: untuned Salesforce/blip2-opt-2.7b (8-bit), greedy, stops on the newline. Short answers, plain captions
      ("a woman in a ..."); its failures are one color for every garment, a wrong pronoun for the person,
      invented details, empty or restating answers.
    - cap-e1 / cap-e3: the caption adapters (Data2_V2_BLIP2_Finetune_Caption_First_Epoch, epoch 1, and
      Data2_V2_Blip2_Finetune_Caption, epoch 3). They return the DeepFashion-MultiModal template for every
      prompt, never name a hue (the data's "colors" are patterns), never stop (no end-of-answer token was
      trained): cut at 50 new tokens for captions and 30 for answers, or looping; they invent accessories
      ("There is an accessory on her wrist", "The lady wears a ring") and call women "the gentleman". The
      epoch-1 adapter sometimes echoes the `Question: ... Answer:` prompt it was trained on.
    - vqa: the VQA adapter (Data3_V3_BLIP2_VQA, 1 epoch). In-shop vocabulary only (dress, blouse, pants,
      skirt...), a yes bias on "Is this a ...?", no end-of-answer token: it repeats one word to the limit or
      goes on writing the next `Question: ... Answer:` pair of its training data; its captions are broken (a
      bare word or "yes").
    - cap+qa: the third experiment: a caption from the caption adapter (or from the base model where said), then
      answers extracted from that caption by timpal0l/mdeberta-v3-base-squad2: a span of the caption, or the
      empty string when the caption has no answer.
    Closed questions are stored as the reference engine keeps them: a candidate label, or the raw text when it
    did not map to one.

How it was written
    Blind. I read only /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py (the Case and
    Text layout, the makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a, color_of, question, case and TARGETS).
    Nothing else of the project, and no audit code, was opened or searched. Each product's photo was imagined
    first (the comment above the case), the texts were written for that photo, and every label was judged
    against that photo and the seller columns. The only command run was an import check of this file.

Label conventions and judgement calls
    - One label per text: the failure a reader would name first. A text cut at the token limit that is also
      looping is "loop"; a template that answers a color question with no color at all is "non_answer" even
      when it is also cut; a leaked `Question: ... Answer:` is "leak" even when it also repeats.
    - hit_limit=True marks every text that ran to max_new_tokens (30 for answers, 50 for captions). "cut" is used
      for texts that stop mid-phrase; a few stop mid-phrase before the limit (hit_limit=False). No text labelled
      correct ran to the limit.
    - Near-color synonyms are correct: mustard -> yellow, maroon/burgundy -> red, navy/teal -> blue, sea green ->
      green, off-white/cream -> white, peach/coral/magenta -> pink, rust -> orange, lavender -> purple. A
      patterned garment is answered by its ground color (white for a white kurta with black stripes).
    - Garment names: a kurta or kurti may be called kurta, kurti, tunic or top; an anarkali (kurta or gown) may be
      called a dress or gown; a lehenga may be called a skirt; palazzos may be called pants or trousers. A straight
      kurta or kurti called a dress, shirt, blouse, T-shirt or sweater, and a saree called a dress, is
      "contradiction" (the seller's article type and the photo say otherwise). A "yes" to "Is this a <wrong
      garment>?" is "contradiction".
    - "other_garment_color": the product (or a garment of the question) given the color of another visible
      garment: the dupatta's, the blouse's, the palazzos', the jacket's or a T-shirt's color, including the base
      model's one color repeated for every garment. A second garment answered with its own true color is correct.
    - Captions that name the background (a grey wall, a garden, a temple, a brick wall) are correct; so are
      captions and answers that name layers (dupatta over a kurta, jacket over a kurta). For a packshot with no
      person, naming the product in answer to "What is the person wearing?" is correct; "nothing" is
      "non_answer".
    - "unsupported": invented details not in the photo (pockets, zippers, a train, a clutch, a ring or wrist
      accessory on a mannequin or a folded saree, a person in a packshot, sleeves on a skirt), and a material the
      seller's title contradicts. A plausible material for the visible fabric, not contradicted by the title, is
      correct.
    - "non_answer": empty strings, "yes" or "nothing" to an open question, "i don't know", a bare pattern word to
      a color question, answers that repeat only the garment's name. "restated": the question turned back into
      a sentence ("the garment is made of material").
    - "pronoun": he, his, a man or the gentleman for the women on these photos (gender Women).
    - Every product's gender is Women where the seller gives it; gender is missing for one product, the base
      colour for two, the title for two.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, is_a

W = "Women"


def _rep(word: str, n: int, sep: str = " ") -> str:
    return sep.join([word] * n)


BLIND_114: list[Case] = [
    # 001. Photo: model in a mustard-yellow straight cotton kurta with small white block-printed flowers,
    # three-quarter sleeves, white palazzos, plain grey studio wall. All texts by base.
    case(
        "MYN114-KS-001",
        caption("a woman in a yellow kurta and white pants standing against a grey wall"),
        D.wearing("a yellow kurta"),
        D.color("yellow"),
        D.description("a yellow kurta with white flowers"),
        D.details("the kurta has a pocket on the side and a zipper on the back", "unsupported"),
        D.material("cotton"),
        gender=W,
        category="Kurta Sets",
        color="Mustard",
        title="Libas Women Mustard Yellow Floral Printed Pure Cotton Kurta with Palazzos",
    ),
    # 002. Photo: model in a navy-blue flared anarkali gown with gold foil print, full sleeves, round neck, white
    # studio background, no jewellery on the wrists. All texts by cap-e3 (closed answers mapped by the engine).
    case(
        "MYN114-ED-002",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is of long length. The lady wears a long-sleeve dress with graphic patterns. "
            "The dress is",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("dress"),
        D.description(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is of",
            "cut",
            hit_limit=True,
        ),
        D.color(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "round",
            "non_answer",
            hit_limit=True,
        ),
        D.details(
            "The dress is with chiffon fabric and graphic patterns. It has a round neckline. The dress is with "
            "chiffon fabric and graphic patterns. It has",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Ethnic Dresses",
        color="Navy Blue",
        title="AURELIA Women Navy Blue & Gold-Toned Printed Anarkali Maxi Ethnic Dress",
    ),
    # 003. Photo: flat packshot of a hip-length teal-blue kurti with a white geometric print, short sleeves, on a
    # white background, no person. All texts by vqa.
    case(
        "MYN114-KT-003",
        caption(_rep("dress", 50), "loop", hit_limit=True),
        D.wearing(
            "dress Question: Is this a dress? Answer: yes Question: What is the color of the dress? Answer: blue",
            "leak",
            hit_limit=True,
        ),
        B.garment_type("dress", "contradiction"),
        color_of("kurti", _rep("blue", 15, "-"), "loop", kind="open", hit_limit=True),
        is_a("kurti", "yes"),
        B.pattern("geometric"),
        gender=W,
        category="Kurtis",
        color="Teal",
        title="Anouk Women Teal Blue & White Geometric Printed Straight Kurti",
    ),
    # 004. Photo: model in a red georgette saree with a gold zari border and a short-sleeved red blouse, pallu
    # over the left shoulder, garden behind her. All texts by base.
    case(
        "MYN114-SR-004",
        caption("a woman in a red saree standing in a garden"),
        D.wearing("a red saree"),
        D.color("red"),
        D.details("gold border"),
        D.description("the garment is a garment worn by women", "restated"),
        D.material("silk", "unsupported"),
        color_of("blouse", "red", kind="open"),
        gender=W,
        category="Sarees",
        color="Red",
        title="Mitera Red & Gold-Toned Zari Border Georgette Saree",
    ),
    # 005. Photo: model with short cropped hair in an olive-green solid straight kurta with a mandarin collar,
    # long sleeves, black trousers. Caption, wearing and details by cap-e1; closed answers by base.
    case(
        "MYN114-KU-005",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand collar. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing(
            "a long-sleeve shirt and long trousers. The shirt is with cotton fabric and pure color patterns. It has "
            "a stand collar. The trousers are",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("shirt", "contradiction"),
        D.color("green"),
        D.sleeve_length("long"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a stand collar. The trousers are with "
            "cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Kurtas",
        color="Olive",
        title="HERE&NOW Women Olive Green Solid Straight Kurta",
    ),
    # 006. Photo: model in a pink straight kurta with white chikankari (floral) embroidery, three-quarter sleeves,
    # round neck, white palazzos, white dupatta over the shoulders. cap+qa: caption by cap-e3, answers extracted
    # from it by the QA model.
    case(
        "MYN114-KS-006",
        caption(
            "The lady wears a three-quarter-sleeve dress with floral patterns. The dress is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a three-quarter-sleeve dress with floral patterns", "contradiction"),
        D.color("", "non_answer"),
        D.sleeve_length("three-quarter-sleeve"),
        D.material("cotton fabric"),
        D.details("It has a round neckline"),
        gender=W,
        category="Kurta Sets",
        color="Pink",
        title="Varanga Women Pink Chikankari Embroidered Kurta with Palazzos & Dupatta",
    ),
    # 007. Photo: headless mannequin in a magenta lehenga with gold sequin embroidery, matching short-sleeved
    # magenta choli, a gold-beige net dupatta, plain grey background. All texts by base.
    case(
        "MYN114-LC-007",
        caption("a mannequin wearing a pink and gold lehenga"),
        D.wearing("she is wearing a pink lehenga"),
        D.color("pink"),
        D.description("a pink lehenga with gold embroidery"),
        D.details("the lehenga has a lot of sequins and a long train at the back", "unsupported"),
        D.material("i don't know", "non_answer"),
        gender=W,
        category="Lehenga Choli",
        color="Magenta",
        title="Mitera Magenta Embellished Sequinned Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
    ),
    # 008. Photo: flat packshot of black palazzo trousers with white polka dots and an elasticated waist, white
    # background. All texts by vqa.
    case(
        "MYN114-PZ-008",
        caption(
            "pants Question: What is the color of the pants? Answer: black Question: What is the color of the "
            "pants? Answer: black Question: What is the color of the pants? Answer:",
            "leak",
            hit_limit=True,
        ),
        D.wearing("pants"),
        B.garment_type("pants"),
        color_of("pants", _rep("black", 30), "loop", kind="open", hit_limit=True),
        is_a("palazzo", "yes"),
        is_a("skirt", "yes", "contradiction"),
        gender=W,
        category="Palazzos",
        color="Black",
        title="Sangria Women Black & White Polka Dot Printed Flared Palazzos",
    ),
    # 009. Photo: woman with her hair in a low bun in a white cotton straight kurta with thin black vertical
    # stripes, long sleeves, blue denim jeans, white wall behind. All texts by base.
    case(
        "MYN114-KU-009",
        caption("a man in a white shirt and jeans standing in front of a white wall", "pronoun"),
        D.wearing("a white kurta and jeans"),
        D.garment_type("shirt", "contradiction"),
        D.color("white"),
        D.pattern("striped"),
        D.details("the kurta has a pocket on the chest", "unsupported"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        D.description("he is wearing a white shirt with black stripes", "pronoun"),
        gender=W,
        category="Kurtas",
        color="White",
        title="Anouk Women White & Black Striped Pure Cotton Straight Kurta",
    ),
    # 010. Photo: packshot of a folded peach organza saree with a pink-and-green floral print, the pallu fanned
    # out on top, white background, no person. All texts by cap-e3.
    case(
        "MYN114-SR-010",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. The lady wears a ring. There is an accessory on her "
            "wrist.",
            "unsupported",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("dress", "contradiction"),
        D.pattern("floral"),
        D.material(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is",
            "cut",
            hit_limit=True,
        ),
        D.color("floral", "non_answer"),
        D.details(
            "The dress is with chiffon fabric and floral patterns. It has a v-shape neckline. The dress is with "
            "chiffon fabric and floral patterns. It",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Sarees",
        color="Peach",
        title="KALINI Peach-Coloured Floral Printed Organza Saree",
    ),
    # 011. Photo: model in a rust-orange tunic with white thread embroidery on the yoke, three-quarter sleeves,
    # blue jeans, leaning on a red brick wall outdoors. All texts by base; all correct.
    case(
        "MYN114-TU-011",
        caption("a woman in an orange top and jeans leaning against a brick wall"),
        D.wearing("an orange top and jeans"),
        D.garment_type("tunic"),
        D.color("orange"),
        D.details("embroidery on the neckline"),
        gender=W,
        category="Tunics",
        color="Rust",
        title="Global Desi Women Rust Orange Embroidered Yoke Tunic",
    ),
    # 012. Photo: model in a sea-green straight kurta with gold ethnic-motif print, three-quarter sleeves, white
    # trousers, sea-green dupatta over one arm. All texts by vqa.
    case(
        "MYN114-KS-012",
        D.wearing("dress", "contradiction"),
        color_of("kurta", "green"),
        color_of("trousers", "green", "other_garment_color", kind="open"),
        is_a("kurta", "yes"),
        B.pattern("printed"),
        B.sleeve_length(
            "three-quarter sleeves Question: What is the color of the kurta? Answer: green", "leak", hit_limit=True
        ),
        D.material(_rep("cotton", 30), "loop", hit_limit=True),
        gender=W,
        category="Kurta Sets",
        color="Sea Green",
        title="Indo Era Women Sea Green Ethnic Motifs Printed Kurta with Trousers & Dupatta",
    ),
    # 013. Photo: model in a maroon velvet anarkali kurta with gold embroidery at the yoke and hem, full sleeves,
    # flaring to mid-calf, dark backdrop. cap+qa over a base caption.
    case(
        "MYN114-KU-013",
        caption("a woman in a red dress with gold embroidery"),
        D.wearing("a red dress"),
        D.color("red"),
        D.material("", "non_answer"),
        D.details("gold embroidery"),
        D.sleeve_length("", "non_answer"),
        gender=W,
        category="Kurtas",
        color="Maroon",
        title="Biba Women Maroon Embroidered Velvet Anarkali Kurta",
    ),
    # 014. Photo: model in a black cotton A-line kurta with a red-and-yellow floral print, three-quarter sleeves,
    # cream palazzos. Caption and short answers by base; wearing, description and details by cap-e1 (the richer
    # "details" adapter).
    case(
        "MYN114-KS-014",
        caption("a woman in a black floral kurta and white palazzo pants"),
        D.color("black"),
        D.pattern("floral"),
        D.wearing(
            "The lady wears a three-quarter-sleeve dress with floral patterns. The lady wears a long pants. The pants "
            "are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The dress is with cotton fabric and floral patterns. It has a round neckline. The lady wears a long "
            "pants. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a three-quarter-sleeve dress with floral patterns. The dress is with cotton fabric. It "
            "has a round neckline. The dress",
            "cut",
            hit_limit=True,
        ),
        color_of("palazzos", "black", "other_garment_color", kind="open"),
        gender=W,
        category="Kurta Sets",
        color="Black",
        title="Jaipur Kurti Women Black & Red Floral Printed Pure Cotton Kurta with Palazzos",
    ),
    # 015. Photo: model in a mustard-yellow Kanjeevaram-style saree with a green zari-woven border and a green
    # blouse, standing in front of a temple; no bag in her hands. All texts by base.
    case(
        "MYN114-SR-015",
        caption("a woman in a yellow and green saree posing in front of a temple"),
        D.wearing("a yellow saree"),
        D.color("yellow"),
        D.pattern("the pattern of the garment", "restated"),
        D.details("the saree has a green border and gold zari work and a matching clutch", "unsupported"),
        D.description("a yellow saree with a green border"),
        color_of("blouse", "green", kind="open"),
        gender=W,
        category="Sarees",
        color="Mustard",
        title="Saree Mall Mustard & Green Zari Woven Design Silk Blend Kanjeevaram Saree",
    ),
    # 016. Photo: model in a sky-blue lehenga with white floral thread embroidery, a plain sleeveless sky-blue
    # crop choli with a v-neck, a sheer dupatta, studio. Open texts by cap-e3, closed answers mapped by the engine.
    case(
        "MYN114-LC-016",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a v-shape neckline. The lady wears a long skirt. The skirt is with chiffon fabric and floral",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("skirt"),
        D.color("blue"),
        D.wearing(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a v-shape neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The skirt is with chiffon fabric and floral patterns. The tank top is with chiffon fabric and pure color "
            "patterns. The skirt is with chiffon fabric and floral",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a v-shape neckline. The",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Lehenga Choli",
        color="Blue",
        title="Inddus Blue Embroidered Ready to Wear Lehenga & Blouse With Dupatta",
    ),
    # 017. Photo: flat packshot of an indigo flared maxi ethnic skirt with a white block print and a drawstring
    # waist, laid on a wooden floor, no person. All texts by base.
    case(
        "MYN114-SK-017",
        caption("a blue skirt laid out on a wooden floor"),
        D.wearing("nothing", "non_answer"),
        D.color("blue"),
        D.details("it has a drawstring"),
        D.description("a blue skirt with white print"),
        D.sleeve_length("long", "unsupported"),
        gender=W,
        category="Skirts",
        color="Navy Blue",
        title="Fabindia Women Indigo Printed Cotton Flared Maxi Skirt",
    ),
    # 018. Photo: model in a burgundy georgette anarkali gown with a gold gota border, full sleeves, and a matching
    # burgundy dupatta, studio. All texts by vqa.
    case(
        "MYN114-ED-018",
        caption("yes", "non_answer"),
        B.garment_type("dress"),
        B.color("red"),
        is_a(
            "dress",
            "yes Question: Is this a dress? Answer: yes Question: Is this a dress? Answer: yes Question: Is",
            "leak",
            hit_limit=True,
        ),
        color_of("dupatta", "red"),
        B.material(_rep("cotton", 30), "loop", hit_limit=True),
        gender=W,
        category="Ethnic Dresses",
        color="Burgundy",
        title="Kalini Burgundy Gotta Patti Georgette Anarkali Gown with Dupatta",
    ),
    # 019. Photo: model in a short white A-line kurti with blue embroidery round the round neckline, short
    # sleeves, blue jeans, sunglasses in her hand. cap+qa: caption by cap-e3, answers extracted from it.
    case(
        "MYN114-KT-019",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a short-sleeve T-shirt", "contradiction"),
        D.material("cotton fabric"),
        D.sleeve_length("short-sleeve"),
        D.details("It has a round neckline"),
        D.color("pure color", "non_answer"),
        gender=W,
        category="Kurtis",
        color="White",
        title="W Women White Embroidered A-Line Kurti",
    ),
    # 020. Photo: model in an off-white straight kurta with gold foil print, three-quarter sleeves, matching
    # off-white palazzos, a pink dupatta over one shoulder, beige backdrop. All texts by base.
    case(
        "MYN114-KS-020",
        caption("a woman in a white kurta with a pink dupatta"),
        D.wearing("a white kurta and pink dupatta"),
        D.color("pink", "other_garment_color"),
        color_of("dupatta", "pink"),
        D.pattern("printed"),
        D.description("a white kurta with gold print"),
        D.material("it is made of the material", "restated"),
        D.details("the kurta has a", "cut"),
        gender=W,
        category="Kurta Sets",
        color="Off White",
        title="Sangria Women Off-White & Gold-Toned Foil Printed Kurta with Palazzos & Dupatta",
    ),
    # 021. Photo: model in a black sleeveless straight kurta with a little mirror work on the yoke, black
    # churidar, studio. Caption, description and details by cap-e1 (echoing the prompt once); short answers by base.
    case(
        "MYN114-KU-021",
        caption(
            "The man wears a sleeveless tank top with pure color patterns. His tank top is with cotton fabric. It "
            "has a round neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color",
            "pronoun",
            hit_limit=True,
        ),
        D.sleeve_length("sleeveless"),
        D.color("black"),
        D.description(
            "Question: Describe the garment. Answer: The man wears a sleeveless tank top with pure color patterns. "
            "His tank",
            "leak",
            hit_limit=True,
        ),
        D.details(
            "The tank top is with cotton fabric and pure color patterns. It has a round neckline. The trousers are "
            "with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("kurta"),
        gender=W,
        category="Kurtas",
        color="Black",
        title="Biba Women Black Mirror Work Sleeveless Straight Kurta",
    ),
    # 022. Photo: model in a teal-blue solid saree with a silver border and a sleeveless teal blouse, sea front
    # behind her. All texts by vqa.
    case(
        "MYN114-SR-022",
        caption(
            "blue Question: What is the color of the dress? Answer: blue Question: What is the color of the dress? "
            "Answer: blue Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        B.garment_type("dress", "contradiction"),
        is_a("saree", "yes"),
        color_of("saree", "blue"),
        color_of("border", "blue", "other_garment_color", kind="open"),
        B.sleeve_length("sleeveless"),
        gender=W,
        category="Sarees",
        color="Teal",
        title="Vishudh Teal Blue Solid Saree with Silver Border",
    ),
    # 023. Photo: flat packshot of a kurta set laid out on white: a long-sleeved yellow kurta with a small white
    # floral print, white palazzos and a yellow dupatta; no person, no jewellery. cap+qa: caption by cap-e3,
    # answers extracted from it.
    case(
        "MYN114-KS-023",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is of long length. The lady wears a ring. There is an accessory on",
            "unsupported",
            hit_limit=True,
        ),
        D.wearing("a long-sleeve dress with floral patterns", "contradiction"),
        D.color("", "non_answer"),
        D.material("cotton fabric"),
        D.details("The lady wears a ring", "unsupported"),
        D.pattern("floral patterns"),
        gender=W,
        category="Kurta Sets",
        title="Anouk Women Yellow Printed Kurta with Palazzos & Dupatta",
    ),
    # 024. Photo: model in a grey solid straight kurta with a navy-blue printed Nehru jacket (mandarin collar, button
    # front) layered over it, white churidar, indoors. All texts by base.
    case(
        "MYN114-KU-024",
        caption("a woman wearing a blue jacket over a grey kurta"),
        D.wearing("he is wearing a blue jacket", "pronoun"),
        D.color("blue", "other_garment_color"),
        D.garment_type("kurta"),
        D.sleeve_length("long"),
        D.details("the jacket has a mandarin collar and buttons"),
        D.description("a grey kurta with a blue jacket and a matching dupatta", "unsupported"),
        color_of("kurta", "blue", "other_garment_color", kind="open"),
        gender=W,
        category="Kurtas",
        color="Grey",
        title="Biba Women Grey Solid Straight Kurta with Printed Jacket",
    ),
    # 025. Photo: model in a plain white T-shirt tucked into rust-orange printed wide-leg palazzos; the product is
    # the palazzos. Open texts by cap-e3, closed answers mapped by the engine.
    case(
        "MYN114-PZ-025",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The trousers this lady wears is of long length. The trousers are with cotton "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("trousers"),
        D.color("white", "other_garment_color"),
        D.pattern("printed"),
        D.wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The trousers this",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The trousers are with cotton fabric and graphic patterns. The trousers are with cotton fabric and "
            "graphic patterns. The trousers are with",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("short", "unsupported"),
        gender=W,
        category="Palazzos",
        color="Rust",
        title="Global Desi Women Rust Printed Wide Leg Palazzos",
    ),
    # 026. Photo: a lavender short kurti with white thread embroidery down the front, elbow sleeves, on a wooden
    # hanger against a white wall; no person. All texts by base. Seller color missing.
    case(
        "MYN114-KT-026",
        caption("a purple top hanging on a wooden hanger against a white wall"),
        D.wearing("a purple top"),
        D.color("purple"),
        D.description("a purple top with white embroidery"),
        D.material("the garment is made of fabric", "restated"),
        D.details("white embroidery on the front"),
        gender=W,
        category="Kurtis",
        title="HERE&NOW Women Lavender Embroidered Kurti",
    ),
    # 027. Photo: model in a peach A-line kurta with a small pink-and-green floral print, three-quarter sleeves,
    # white leggings. All texts by vqa.
    case(
        "MYN114-KU-027",
        caption("dress", "contradiction"),
        D.wearing(
            "dress Question: What is the color of the dress? Answer: pink Question: Is this a dress? Answer: yes",
            "leak",
            hit_limit=True,
        ),
        color_of("kurta", "pink"),
        is_a("kurta", "yes"),
        B.pattern("floral"),
        color_of("leggings", "pink", "other_garment_color", kind="open"),
        gender=W,
        category="Kurtas",
        color="Peach",
        title="Libas Women Peach-Coloured Floral Printed A-Line Kurta",
    ),
    # 028. Photo: model in a fluorescent-green hip-length kurti with a white floral print, long sleeves, white
    # jeans, studio. Caption and open answers by cap-e1 (which echoes the prompt), closed answers mapped by the
    # engine.
    case(
        "MYN114-KT-028",
        caption(
            "The lady wears a long-sleeve blouse with floral patterns. The blouse is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        D.color(
            "Answer: The lady wears a long-sleeve blouse with floral patterns. The blouse is with cotton fabric. It "
            "has a round",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("top"),
        D.pattern("floral"),
        D.sleeve_length("long"),
        D.details(
            "The blouse is with cotton fabric and floral patterns. It has a round neckline. The lady wears a long "
            "pants. The pants are with",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "Question: Describe the garment. Answer: The lady wears a long-sleeve blouse with floral patterns. The "
            "blouse is",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        category="Kurtis",
        color="Fluorescent Green",
        title="Sangria Women Fluorescent Green Floral Printed Kurti",
    ),
    # 029. Photo: model in a black chiffon saree with small white polka dots and a red border, red short-sleeved
    # blouse, on a city street. All texts by base.
    case(
        "MYN114-SR-029",
        caption("a woman in a black saree walking down a street"),
        D.wearing("a black saree with red border"),
        D.color("black"),
        D.material("chiffon"),
        D.details("the details of the garment are the details", "restated"),
        color_of("blouse", "black", "other_garment_color", kind="open"),
        gender=W,
        category="Sarees",
        color="Black",
        title="Saree Mall Black & Red Polka Dot Printed Chiffon Saree",
    ),
    # 030. Photo: model in a green flared maxi ethnic skirt with a gold print and a plain white crop top; the
    # product is the skirt. All texts by vqa.
    case(
        "MYN114-SK-030",
        caption(_rep("skirt", 50), "loop", hit_limit=True),
        B.garment_type("skirt"),
        color_of("skirt", "green"),
        B.color("white", "other_garment_color"),
        B.sleeve_length(
            "sleeveless Question: What is the color of the skirt? Answer: green Question: Is this a skirt? Answer:",
            "leak",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        is_a("dress", "yes", "contradiction"),
        gender=W,
        category="Skirts",
        color="Green",
        title="Varanga Women Green & Gold-Toned Printed Flared Maxi Ethnic Skirt",
    ),
    # 031. Photo: model in a beige solid linen shirt-style tunic with a button placket, no pockets, plain cuffs,
    # sleeves rolled up, olive trousers, standing by a window. Caption, details and description by
    # base; wearing, color and material extracted from the base caption (cap+qa over base).
    # Seller gender missing.
    case(
        "MYN114-TU-031",
        caption("a woman in a beige tunic and green pants standing by a window"),
        D.wearing("a beige tunic and green pants"),
        D.color("beige"),
        D.material("", "non_answer"),
        D.details("it has buttons on the front"),
        D.description("a beige tunic with a pocket on the chest and embroidered cuffs", "unsupported"),
        category="Tunics",
        color="Beige",
        title="Women Beige Solid Linen Tunic",
    ),
    # 032. Photo: model in a red bandhani-print straight kurta, three-quarter sleeves, round neck, white churidar,
    # grey studio. Open texts by cap-e3, closed answers mapped by the engine.
    case(
        "MYN114-KU-032",
        caption(
            "The lady wears a three-quarter-sleeve dress with lattice patterns. The dress is with cotton fabric. It "
            "has a round neckline. The dress is of long length. The lady wears a three-quarter-sleeve dress with "
            "lattice patterns",
            "loop",
            hit_limit=True,
        ),
        D.pattern("printed"),
        D.color("red"),
        D.wearing(
            "The lady wears a three-quarter-sleeve dress with lattice patterns. The dress is with cotton fabric. It "
            "has a round neckline. The dress is",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("dress", "contradiction"),
        D.details(
            "The dress is with cotton fabric and lattice patterns. It has a round neckline. The dress is of long "
            "length. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The dress is with cotton fabric and lattice patterns. The dress is with cotton fabric and lattice "
            "patterns. The dress is with cotton",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Kurtas",
        color="Red",
        title="Vishudh Women Red Bandhani Printed Straight Kurta",
    ),
    # 033. Photo: model with a short pixie cut in a navy-blue straight kurta with a white floral print,
    # three-quarter sleeves, navy palazzos, studio. All texts by base.
    case(
        "MYN114-KS-033",
        caption("a man in a blue floral shirt and pants", "pronoun"),
        D.wearing("a blue kurta and pants"),
        D.color("blue"),
        D.pattern("floral"),
        D.description("he is wearing a blue and white floral kurta", "pronoun"),
        D.details("", "non_answer"),
        gender=W,
        category="Kurta Sets",
        color="Navy Blue",
        title="Libas Women Navy Blue Floral Printed Kurta with Palazzos",
    ),
    # 034. Photo: model in a maroon hip-length kurti with a small golden print, three-quarter sleeves, black
    # leggings. All texts by vqa. Seller title missing.
    case(
        "MYN114-KT-034",
        D.wearing(_rep("blouse", 30), "loop", hit_limit=True),
        color_of("kurti", "red"),
        color_of("leggings", "black"),
        is_a("kurti", "yes"),
        B.garment_type("blouse", "contradiction"),
        B.material(
            "cotton Question: What is the color of the blouse? Answer: red Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        category="Kurtis",
        color="Maroon",
    ),
    # 035. Photo: headless mannequin in a mustard lehenga with mirror work, a sleeveless mustard choli and a red
    # dupatta over one shoulder, no jewellery. Caption, details and description by cap-e1; the rest by base.
    case(
        "MYN114-LC-035",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The lady wears a long skirt. The skirt is "
            "with cotton fabric and graphic patterns. There is an accessory on her wrist. The lady wears a ring",
            "unsupported",
            hit_limit=True,
        ),
        D.color("yellow"),
        color_of("dupatta", "yellow", "other_garment_color", kind="open"),
        D.garment_type("lehenga"),
        D.details(
            "The skirt is with cotton fabric and graphic patterns. The lower clothing is of long length. The skirt is "
            "with cotton fabric and graphic patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a yellow lehenga and a red dupatta"),
        D.description(
            "The lady wears a sleeveless tank top with pure color patterns. The lady wears a long skirt. The skirt is "
            "with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Lehenga Choli",
        color="Mustard",
        title="Jaipur Kurti Mustard Mirror Work Ready to Wear Lehenga & Blouse with Dupatta",
    ),
    # 036. Photo: white anarkali maxi dress with a pink floral print, round neck, full sleeves, no pockets, on a
    # dress form against a grey backdrop. All texts by base.
    case(
        "MYN114-ED-036",
        caption("a white dress with pink flowers on a mannequin"),
        D.garment_type("dress"),
        D.color("white"),
        D.wearing("a dress"),
        D.details("the dress has a v-neck and pockets", "unsupported"),
        D.material("i don't know", "non_answer"),
        gender=W,
        category="Ethnic Dresses",
        color="White",
        title="Anouk Women White & Pink Floral Printed Anarkali Maxi Dress",
    ),
    # 037. Photo: model in a sleeveless white short kurta with a pink floral print and pink sharara pants, studio.
    # All texts by vqa.
    case(
        "MYN114-KS-037",
        caption(
            "pants Question: What is the color of the pants? Answer: pink Question: Is this a pants? Answer: yes "
            "Question: What is the color of the pants? Answer",
            "leak",
            hit_limit=True,
        ),
        color_of("kurta", "white"),
        color_of("pants", "pink"),
        B.color("pink", "other_garment_color"),
        B.sleeve_length("sleeveless"),
        is_a("kurta", "yes"),
        is_a("dress", "yes", "contradiction"),
        B.pattern(_rep("floral", 30), "loop", hit_limit=True),
        gender=W,
        category="Kurta Sets",
        color="White",
        title="W Women White & Pink Printed Kurta with Sharara",
    ),
    # 038. Photo: model in a purple Banarasi silk-blend saree with a gold zari border and a purple round-necked
    # blouse, studio. cap+qa: caption by cap-e3, answers extracted from it.
    case(
        "MYN114-SR-038",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is of long length. The lady wears a long-sleeve dress with graphic",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a long-sleeve dress with graphic patterns", "contradiction"),
        D.material("chiffon fabric", "unsupported"),
        D.color("", "non_answer"),
        D.details("It has a round neckline"),
        gender=W,
        category="Sarees",
        color="Purple",
        title="Mitera Purple & Gold-Toned Zari Silk Blend Banarasi Saree",
    ),
    # 039. Photo: model in a solid coral asymmetric tunic with a coral lace hem, short sleeves, black jeggings,
    # sunglasses pushed up on her head. All texts by base.
    case(
        "MYN114-TU-039",
        caption("a woman in a pink top and black pants with sunglasses on her head"),
        D.wearing("a pink top and black jeans"),
        D.color("pink"),
        D.details("lace at the bottom of the", "cut"),
        D.material("the material of the garment is fabric", "restated"),
        D.description("a pink top with black lace trim", "other_garment_color"),
        gender=W,
        category="Tunics",
        color="Coral",
        title="Global Desi Women Coral Asymmetric Lace Hem Tunic",
    ),
    # 040. Photo: model with short hair in a bottle-green velvet straight kurta, long sleeves, round neck, cream
    # palazzos. Open texts by cap-e3, closed answers mapped by the engine.
    case(
        "MYN114-KU-040",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a round neckline. The trousers this gentleman wears is of long length. The trousers are with",
            "pronoun",
            hit_limit=True,
        ),
        D.garment_type("sweater", "contradiction"),
        D.color("green"),
        D.material(
            "The sweater is with knitting fabric and pure color patterns. It has a round neckline. The sweater is "
            "with knitting fabric and pure",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("long"),
        D.details(
            "The sweater is with knitting fabric and pure color patterns. It has a round neckline. The trousers this "
            "gentleman wears is of long",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a round neckline. The",
            "pronoun",
            hit_limit=True,
        ),
        gender=W,
        category="Kurtas",
        color="Green",
        title="Inddus Women Green Velvet Straight Kurta",
    ),
    # 041. Photo: model seated on a cane chair in an all-white chikankari kurta set: white straight kurta with white
    # embroidery all over, long sleeves, white palazzos. All texts by base; all correct. Seller title missing.
    case(
        "MYN114-KS-041",
        caption("a woman in a white kurta and white pants sitting on a chair"),
        D.color("white"),
        color_of("palazzos", "white", kind="open"),
        is_a("kurta", "yes"),
        D.pattern("embroidered"),
        D.details("chikan embroidery all over the kurta"),
        gender=W,
        category="Kurta Sets",
        color="White",
    ),
    # 042. Photo: model in a yellow anarkali kurta with a red floral print, flared to the ankle, full sleeves, a red
    # dupatta. All texts by vqa.
    case(
        "MYN114-KU-042",
        caption("dress"),
        D.wearing("yes", "non_answer"),
        color_of("dress", _rep("yellow", 15, "-"), "loop", kind="open", hit_limit=True),
        color_of("dupatta", "red"),
        is_a("kurta", "yes"),
        B.pattern("floral"),
        B.material(
            "cotton Question: What is the color of the dress? Answer: yellow Question: Is this a dress? Answer: yes",
            "leak",
            hit_limit=True,
        ),
        is_a("saree", "yes", "contradiction"),
        gender=W,
        category="Kurtas",
        color="Yellow",
        title="Varanga Women Yellow & Red Floral Printed Anarkali Kurta",
    ),
    # 043. Photo: flat packshot of cream cotton palazzos with a lace hem, white background, no person. Caption by
    # cap-e1; closed answers mapped by the engine; open answers by base.
    case(
        "MYN114-PZ-043",
        caption(
            "The lower clothing is of long length. The pants are with cotton fabric and pure color patterns. The "
            "lower clothing is of long length. The pants are with cotton fabric and pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("pants"),
        D.color("white"),
        D.details("they are pants", "non_answer"),
        D.material("the garment is made of material", "restated"),
        D.sleeve_length("no sleeves"),
        D.description("a pair of white pants with lace at the", "cut"),
        gender=W,
        category="Palazzos",
        color="Cream",
        title="Sangria Women Cream-Coloured Solid Palazzos with Lace Detail",
    ),
    # 044. Photo: model in a pink-to-orange ombre georgette saree with a sleeveless orange blouse, on a beach. All
    # texts by base.
    case(
        "MYN114-SR-044",
        caption("a woman in a pink and orange saree on the beach"),
        D.wearing("a saree"),
        D.color("pink"),
        D.pattern("ombre"),
        D.description("this garment is a garment", "restated"),
        D.material("georgette"),
        D.details("the saree has sequins all over it", "unsupported"),
        gender=W,
        category="Sarees",
        color="Pink",
        title="KALINI Pink & Orange Ombre Dyed Georgette Saree",
    ),
]
