"""BLIND_68 (44 products; the experiments re-run on Myntra-style women's and girls' ethnic and fusion wear): written
blind in the seventeenth session. Measured blind at a963a27: 117/142 and 13/145. The writer's notes, verbatim:

Blind corpus 68: women's and girls' ethnic and fusion wear on a Myntra-style catalog.

Scenario: the original experiments' models re-run on a Myntra-style catalog of women's and girls' ethnic and fusion
wear: kurtis, kurta sets, anarkalis, sharara and palazzo sets, ethnic dresses, skirts and dupattas, many of them
embroidered or printed (chikankari, bandhani, leheriya, kalamkari, shibori, foil print, mirror work, gota patti).
Each product is asked enrich's default questionnaire (DEFAULT_QUESTIONS, or a subset of it) or the closed questions
of BLIND_QUESTIONS, plus a few "Is this a ...?" (is_a) and "What is the color of the ...?" (color_of) questions.
Seller columns come from the marketplace: gender ("Women" / "Girls"), category (Myntra article types: Kurtas, Kurtis,
Kurta Sets, Ethnic Dresses, Skirts, Dupatta, Palazzos), color (the seller's base colour) and title (the seller's own
words); a few products lack some or all of them.

Which system wrote which text (named per text in the comment above each case):
- [base]   the untuned Salesforce/blip2-opt-2.7b (8-bit), greedy, `Question: ... Answer:` prompts.
- [cap-e1] base + leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch (caption adapter, epoch 1).
- [cap-e3] base + leoreigoto/Data2_V2_Blip2_Finetune_Caption (caption adapter, epoch 3).
- [vqa]    base + leoreigoto/Data3_V3_BLIP2_VQA (VQA adapter, 1 epoch).
Limits: 30 new tokens for answers, 50 for captions. The adapters were trained without an end-of-answer token, so
their outputs run to the limit (hit_limit=True) unless the text says otherwise.

How it was written: blind. I read only /work/shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the
Case/Text layout, the makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS and TARGETS). I read no audit code, no other corpus,
no docs and no history; the only thing I ran was an import check of this file. Every photo is imagined and described
in the comment above its case; every label is judged against that imagined photo.

Label conventions and judgement calls:
- One label per text: the failure most evident to a reader. A text that runs to the token limit and stops
  mid-phrase is "cut" (hit_limit=True), even when it is also a caption template answering a question; a text that
  repeats itself up to the limit is "loop" (hit_limit=True), not "cut".
- "cut" with hit_limit=False: the base model occasionally stopped mid-phrase before the limit ("she is wearing").
- The caption adapters' DeepFashion template ("The lady wears a long-sleeve dress with floral patterns...") is
  labelled by what is wrong with it: cut when it reaches the limit mid-sentence, unsupported when it invents a
  lower garment or a person that is not in the photo (and stops before the limit).
- Garment names: "top" and "tunic" for a kurti, "scarf"/"shawl" for a dupatta, "dress"/"gown"/"anarkali" for an
  anarkali or ethnic dress, "pants" for palazzos, sharara or churidar are accepted. A kurta or kurti called a
  shirt, blouse, tank or tee, or the product answered as another garment in the photo (a jacket over a kurti,
  the kurta under a dupatta that is the product), is a contradiction.
- Near colours are correct: mustard -> yellow, teal / sea green / olive / lime green -> green, coral / peach /
  magenta -> pink, cream / off white -> white, burgundy / maroon -> maroon or red, lavender / mauve -> purple,
  indigo / navy -> blue. For a "Multi" print the dominant hue ("brown" for a kalamkari print) is accepted.
- A colour that belongs to another garment in the photo (the dupatta, the palazzos, a jacket, a top worn with a
  skirt) given to the product or the garment asked about is "other_garment_color"; a colour nobody wears in the
  photo (the untuned model's "grey" for a white-and-black outfit, the white dots of a red bandhani) is
  "contradiction".
- Pattern: bandhani answered "polka dot" and leheriya answered "striped" are correct; chikankari (tone-on-tone floral
  embroidery) answered "floral" is correct; an embroidered or printed garment answered "solid"/"pure color" is a
  contradiction.
- Material: a common fabric consistent with the photo and title (cotton for a cotton-look kurti, chiffon or
  georgette for a sheer anarkali, silk for chanderi, velvet for velvet) is correct; an implausible fabric (wool
  for a summer rayon kurti) or invented specifics (real zari, hand-sewn pearls) are "unsupported".
- "unsupported": details not visible in the photo (buttons, pockets, a bow at the back, jewellery, a basket, a
  dupatta that is not there). Details that are visible (tassels on a dupatta, a lace hem) are correct.
- "restated": the answer only restates the question ("the details of the garment are the details of the
  garment"); "non_answer": empty, "I don't know", "nothing", "no"/"yes" to an open question, a colour to the
  material question, "they are pants".
- "leak": the `Question: ... Answer:` prompt format, or the question itself, echoed in the text.
- "pronoun": he/his/man/boy for a Women or Girls product, also when no person is in the photo.
- A product shot with no person, answered "a pink scarf" to "What is the person wearing?", is correct; a terse
  true answer ("skirt", "sequins") is correct.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, is_a, wearing

BLIND_68: list[Case] = [
    # k68-001. Woman in a mustard yellow straight kurta with white block-printed flowers, white palazzos, white
    # dupatta over one shoulder; plain grey studio background. All texts [base].
    case(
        "k68-001",
        caption("a woman in a yellow kurta and white palazzo pants"),
        D.wearing("she is wearing a yellow kurta with white pants and a white dupatta"),
        D.color("yellow"),
        D.pattern("floral"),
        D.description(
            "a yellow kurta with white flowers printed on it, white palazzo pants and a white dupatta, white dupatta,"
            " white dupatta, white dupatta, white dupatta, white",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "the kurta has a round neckline with a keyhole opening, three quarter sleeves with printed borders, side"
            " slits and the palazzos have a printed hem and an",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "cotton Question: What is the pattern of the garment? Answer: floral Question: How long are the sleeves?"
            " Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurta Sets",
        color="Mustard",
        title="Rangrez Women Mustard Yellow Floral Printed Pure Cotton Kurta with Palazzos & Dupatta",
    ),
    # k68-002. Product shot, no person: a teal anarkali kurta with a gold foil-printed yoke, long sleeves, laid flat
    # on a white background. Caption [cap-e3]; closed answers, is_a and material [vqa].
    case(
        "k68-002",
        caption(
            "The upper clothing has long sleeves, polyester fabric and graphic patterns. It has a round neckline. The"
            " lower clothing is of long length. The fabric is polyester and it has graphic patterns.",
            "unsupported",
        ),
        B.color("green"),
        B.pattern("printed"),
        B.material("no", "non_answer"),
        is_a("kurta", "yes"),
        is_a("dress", " ".join(["yes"] * 30), "loop", hit_limit=True),
        gender="Women",
        category="Kurtas",
        color="Teal",
        title="Kalakari Women Teal Ethnic Motifs Foil Printed Anarkali Kurta",
    ),
    # k68-003. Woman in a burgundy kurta with gold zari embroidery at the neckline, cream churidar and a maroon
    # dupatta, standing in front of a carved wooden door. Caption, is_a and dupatta color [base]; wearing, color and
    # details [cap-e3] (the caption template for every prompt).
    case(
        "k68-003",
        caption("a woman in a maroon kurta standing in front of a wooden door"),
        D.wearing(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a"
            " v-shape neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.color(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a"
            " v-shape neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The dress is with cotton fabric and pure color patterns. It has a v-shape neckline. The lady wears a long"
            " trousers. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        color_of("dupatta", "maroon"),
        gender="Women",
        category="Kurta Sets",
        color="Burgundy",
        title="Saanjh Women Burgundy Embroidered Kurta with Churidar & Dupatta",
    ),
    # k68-004. Girl of about eight in a sleeveless peach kurti with sequin embroidery, peach sharara and a net
    # dupatta; pale studio backdrop. All texts [base].
    case(
        "k68-004",
        caption("a little girl in a pink outfit posing for a picture"),
        D.wearing("a boy is wearing a pink kurta and pants", "pronoun"),
        D.color("pink"),
        D.pattern("embroidered"),
        D.description(
            "the dress is a pink color with gold sequins on the top and a pink skirt with gold sequins on the bottom."
            " the dress is a pink color with",
            "loop",
            hit_limit=True,
        ),
        D.details("sequins"),
        D.material("", "non_answer"),
        gender="Girls",
        category="Kurta Sets",
        color="Peach",
        title="Mirai Kids Girls Peach Embroidered Sequinned Kurti with Sharara & Dupatta",
    ),
    # k68-005. Woman in a white chikankari straight kurta (white-on-white floral thread embroidery) and white
    # palazzos, in a garden under a blue sky. Caption [cap-e1]; closed answers and is_a [vqa].
    case(
        "k68-005",
        caption(
            "The female is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It"
            " has a round neckline. The female wears a long pants. The pants are with cotton fabric and pure color"
            " patterns. There is",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("blouse", "contradiction"),
        B.color(" ".join(["white"] * 30), "loop", hit_limit=True),
        B.pattern("floral"),
        is_a("kurta", "yes"),
        is_a("shirt", "no"),
        gender="Women",
        category="Kurtas",
        color="White",
        title="Lucknowi Threads Women White Chikankari Embroidered Straight Kurta",
    ),
    # k68-006. Product shot, no person: a magenta georgette dupatta with a gold gota-patti border, folded on a white
    # background; the border has tassels. All texts [base].
    case(
        "k68-006",
        caption("a pink scarf with gold trim on a white background"),
        D.garment_type("scarf"),
        D.color("pink"),
        D.pattern("the pattern of the garment is the pattern of the scarf", "restated"),
        D.description(
            "a pink scarf with gold trim Question: What is the color of the scarf? Answer: pink Question: What is the"
            " pattern of the",
            "leak",
            hit_limit=True,
        ),
        D.details("gold trim"),
        D.material(
            "the scarf is made of silk and has a gold border and the scarf is made of silk and has a gold border and"
            " the scarf",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Dupatta",
        color="Magenta",
        title="Phulkari House Magenta & Gold-Toned Gotta Patti Dupatta",
    ),
    # k68-007. Woman in a black anarkali kurta with a multicolour floral-printed flared hem, black churidar, in front
    # of a red brick wall. Caption, wearing and color [cap-e3]; leggings color [base].
    case(
        "k68-007",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a round"
            " neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns."
            " There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a round"
            " neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.color(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a round"
            " neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        color_of("leggings", "black"),
        gender="Women",
        category="Kurtas",
        color="Black",
        title="Tanvika Women Black Floral Printed Anarkali Kurta",
    ),
    # k68-008. Woman in a navy blue kurta with a small white geometric print, V-neck without buttons, navy trousers;
    # outdoors beside potted plants. All texts [base].
    case(
        "k68-008",
        caption("a woman in a blue and white printed kurta"),
        D.wearing("he is wearing a blue kurta and blue pants", "pronoun"),
        D.color("blue"),
        D.pattern("geometric"),
        D.description(
            "a blue kurta with white print, white print, white print, white print, white print, white print, white"
            " print, white print, white print",
            "loop",
            hit_limit=True,
        ),
        D.details("the kurta has a mandarin collar and a button placket", "unsupported"),
        gender="Women",
        category="Kurta Sets",
        color="Navy Blue",
        title="Noor & Neel Women Navy Blue Geometric Printed Kurta with Trousers",
    ),
    # k68-009. Girl of about five in a red fit-and-flare ethnic dress with small gold printed motifs, short sleeves;
    # white backdrop. All texts [vqa] (the VQA adapter lost captioning).
    case(
        "k68-009",
        caption("yes", "non_answer"),
        B.garment_type("dress"),
        B.color(" ".join(["red"] * 30), "loop", hit_limit=True),
        B.sleeve_length("short-sleeve"),
        is_a("dress", "yes"),
        is_a("skirt", "yes", "contradiction"),
        gender="Girls",
        category="Ethnic Dresses",
        color="Red",
        title="Mirai Kids Girls Red Ethnic Motifs Printed Fit & Flare Ethnic Dress",
    ),
    # k68-010. Woman in a cream cotton kurti with small red floral buttis, round neck, no buttons, short sleeves,
    # worn with blue jeans; plain white wall behind. All texts [base].
    case(
        "k68-010",
        caption("a woman wearing a white top and blue jeans standing against a white wall"),
        D.garment_type("top"),
        D.color("white"),
        D.description(
            "a white cotton kurti with red floral print, a mandarin collar and wooden buttons down the front",
            "unsupported",
        ),
        D.details(
            "the top has red flowers on it and the jeans are blue and the top has red flowers on it and the jeans are"
            " blue and the top",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", "white", "other_garment_color"),
        gender="Women",
        category="Kurtis",
        color="Cream",
        title="Jaipur Chhaap Women Cream-Coloured & Red Floral Printed Kurti",
    ),
    # k68-011. Woman in a sleeveless rust kurta with mirror work at the yoke and olive green palazzos, on outdoor
    # stone steps. Caption [cap-e1]; answers [base].
    case(
        "k68-011",
        caption(
            "The female is wearing a sleeveless tank top with pure color patterns. The tank top is with cotton fabric."
            " It has a v-shape neckline. The female wears a long trousers. The trousers are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing an orange kurta and green pants"),
        D.color("green", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        D.description("an orange kurta with small mirrors on it"),
        D.details("the details of the garment are the details of the garment", "restated"),
        D.material("", "non_answer"),
        gender="Women",
        category="Kurta Sets",
        color="Rust",
        title="Kashish Women Rust Mirror Work Kurta with Olive Palazzos",
    ),
    # k68-012. Woman in an indigo block-printed flared maxi skirt and a plain white short-sleeved top tucked in;
    # terrace with a white parapet. All texts [base].
    case(
        "k68-012",
        caption("a woman in a white top and a blue skirt"),
        B.garment_type("skirt"),
        B.color("white", "other_garment_color"),
        B.pattern("printed"),
        B.material(
            "the skirt is made of cotton Question: What is the color of the skirt? Answer: blue Question: What is the"
            " pattern of",
            "leak",
            hit_limit=True,
        ),
        color_of("skirt", "blue"),
        color_of("top", "blue", "other_garment_color"),
        gender="Women",
        category="Skirts",
        color="Blue",
        title="Rangrez Women Indigo Blue Block Print Flared Maxi Skirt",
    ),
    # k68-013. Woman in a sea green short kurti with white thread embroidery, long sleeves, sea green sharara and a
    # white organza dupatta; pink studio backdrop. Caption [cap-e3]; answers [vqa].
    case(
        "k68-013",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " v-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "blouse, pants, blouse, pants, blouse, pants, blouse, pants, blouse, pants, blouse, pants, blouse, pants,"
            " blouse",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("blouse", "contradiction"),
        D.color("green"),
        D.pattern("pure color", "contradiction"),
        D.sleeve_length("long-sleeve"),
        D.description(
            "the color of the blouse is green Question: What is the color of the pants? Answer: green Question: What"
            " is the",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurta Sets",
        color="Sea Green",
        title="Aarvi Women Sea Green Thread Work Kurti with Sharara & Dupatta",
    ),
    # k68-014. Woman in a multicolour kalamkari A-line kurta (mostly brown with mustard and black motifs), three-
    # quarter sleeves, black leggings; beige backdrop. All texts [base].
    case(
        "k68-014",
        caption("a woman wearing a colorful printed kurta and black leggings"),
        B.garment_type("kurta"),
        B.color("brown"),
        B.pattern("printed"),
        B.material(
            "the kurta is made of cotton and the leggings are made of lycra and the kurta is made of cotton and the"
            " leggings are made of lycra and the",
            "loop",
            hit_limit=True,
        ),
        D.description("he is wearing a brown kurta with a colorful print", "pronoun"),
        color_of("leggings", "brown", "other_garment_color"),
        gender="Women",
        category="Kurtas",
        color="Multi",
        title="Kalakari Women Multicoloured Kalamkari Printed A-Line Kurta",
    ),
    # k68-015. Woman in a floor-length lavender anarkali gown covered in silver sequins, sheer long sleeves; banquet
    # hall with chandeliers. Caption and closed answers [base]; wearing, description, details [cap-e1].
    case(
        "k68-015",
        caption("a woman in a purple gown standing in a room with chandeliers"),
        D.wearing(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a"
            " v-shape neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("gown"),
        D.color("purple"),
        D.pattern("embellished"),
        D.description(
            "The dress is with chiffon fabric and pure color patterns. It has a v-shape neckline. The lady wears a"
            " ring. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The lady wears a ring. There is an accessory on her wrist. The lady wears a ring. There is an accessory"
            " on her wrist. The lady",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Ethnic Dresses",
        color="Lavender",
        title="Saanjh Women Lavender Embellished Sequinned Anarkali Ethnic Gown",
    ),
    # k68-016. Girl of about ten in a yellow kurta with a white floral print and white palazzos; park background.
    # All texts [base].
    case(
        "k68-016",
        caption("a young girl in a yellow and white outfit"),
        D.wearing("he is wearing a yellow shirt and white pants", "pronoun"),
        D.color("yellow"),
        D.description("the garment is a yellow garment", "restated"),
        D.details("I don't know", "non_answer"),
        D.material("cotton"),
        gender="Girls",
        category="Kurta Sets",
        color="Yellow",
        title="Tiny Threads Girls Yellow Floral Printed Pure Cotton Kurta with Palazzos",
    ),
    # k68-017. Woman in a coral straight kurta with a gold foil print and matching coral trousers; white studio.
    # All texts [vqa].
    case(
        "k68-017",
        caption(
            "What is the color of the kurta? Answer: pink Question: What is the color of the pants? Answer: pink"
            " Question: What is the color of the shoes? Answer: white Question:",
            "leak",
            hit_limit=True,
        ),
        B.garment_type("dress", "contradiction"),
        B.color("pink"),
        B.pattern("printed"),
        is_a("kurta", " ".join(["yes"] * 30), "loop", hit_limit=True),
        color_of("pants", "pink"),
        gender="Women",
        category="Kurta Sets",
        color="Coral",
        title="Libra Ethnic Women Coral Foil Printed Straight Kurta with Trousers",
    ),
    # k68-018. Woman in an olive green kurta with an orange and pink embroidered yoke, beige palazzos, no dupatta;
    # garden with green foliage. All texts [base].
    case(
        "k68-018",
        caption("a woman in a green kurta standing in a garden"),
        D.wearing("she is wearing a green kurta with an orange and pink embroidered yoke and beige palazzo pants"),
        D.color("olive"),
        D.description(
            "a green kurta with orange and pink embroidery on the yoke and beige palazzo pants with a matching dupatta",
            "unsupported",
        ),
        D.details(
            "the kurta has a round neck with orange and pink embroidery on the yoke, three quarter sleeves, side slits"
            " and the palazzos are beige with",
            "cut",
            hit_limit=True,
        ),
        D.material("the garment is made of the material", "restated"),
        gender="Women",
        category="Kurta Sets",
        color="Olive",
        title="Noor & Neel Women Olive Green Yoke Design Kurta with Palazzos",
    ),
    # k68-019. Product shot, no person: a black and gold brocade flared skirt laid flat on a grey background.
    # Caption, closed answers, is_a and details [base]; wearing, description, material [cap-e3].
    case(
        "k68-019",
        caption("a black and gold skirt on a grey background"),
        D.wearing(
            "The lady wears a long skirt with lattice patterns. The skirt is with chiffon fabric. The lady wears a"
            " long-sleeve shirt with pure color",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("skirt"),
        D.color("black"),
        D.description(
            "The skirt is with chiffon fabric and lattice patterns. The lady wears a long-sleeve shirt with pure color"
            " patterns. The shirt is with",
            "cut",
            hit_limit=True,
        ),
        D.details("his skirt has gold flowers woven into it", "pronoun"),
        D.material(
            "The skirt is with chiffon fabric and lattice patterns. The skirt is with chiffon fabric and lattice"
            " patterns. The skirt is with chiffon",
            "loop",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        gender="Women",
        category="Skirts",
        color="Black",
        title="Kashish Women Black & Gold-Toned Woven Design Brocade Flared Skirt",
    ),
    # k68-020. Woman in a white kurta with black printed motifs, black palazzos and a black dupatta; plain studio.
    # All texts [base]; the untuned model gives one colour ("grey") to every garment.
    case(
        "k68-020",
        caption("a woman in a white and black outfit"),
        D.wearing("she is wearing a grey kurta and grey pants", "contradiction"),
        D.color("grey", "contradiction"),
        D.pattern("printed"),
        D.material("unknown", "non_answer"),
        is_a("kurta", "yes"),
        color_of("palazzo pants", "grey", "contradiction"),
        color_of("dupatta", "black"),
        gender="Women",
        category="Kurta Sets",
        color="White",
        title="Tanvika Women White & Black Ethnic Motifs Printed Kurta with Palazzos & Dupatta",
    ),
    # k68-021. No seller columns. Woman in a pink chanderi kurta with a gold gota border at hem and sleeves, white
    # pants and a pink dupatta with gold lace. Caption [cap-e3]; answers [base].
    case(
        "k68-021",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a"
            " v-shape neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color"
            " patterns",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink kurta with white pants and a pink dupatta"),
        D.color("pink"),
        D.sleeve_length("none", "non_answer"),
        D.description("a pink kurta with gold border on the hem and sleeves"),
        D.details(
            "gold lace on the border of the kurta and the dupatta, the kurta has a v neck, the pants are white and the"
            " dupatta has gold lace on the",
            "cut",
            hit_limit=True,
        ),
        D.material("silk"),
    ),
    # k68-022. Woman in a mustard tiered maxi ethnic dress with white printed paisley and flower motifs, long
    # sleeves, fabric belt; sunlit courtyard. Caption [cap-e1]; answers [vqa].
    case(
        "k68-022",
        caption(
            "The female is wearing a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a"
            " round neckline. There is an accessory on her wrist. The female wears a ring. There is an accessory on"
            " her",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("dress"),
        B.color(" ".join(["yellow"] * 30), "loop", hit_limit=True),
        B.pattern("floral"),
        B.material(
            "cotton Question: What is the color of the dress? Answer: yellow Question: What is the color of the belt?"
            " Answer:",
            "leak",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        gender="Women",
        category="Ethnic Dresses",
        color="Mustard",
        title="Aarvi Women Mustard Yellow Ethnic Motifs Printed Tiered Maxi Ethnic Dress",
    ),
    # k68-023. Woman in a red bandhani kurta (small white tie-dye dots), red sharara with gold gota at the knee and
    # a red bandhani dupatta; beige backdrop. All texts [base].
    case(
        "k68-023",
        caption("a woman in a red and white polka dot outfit"),
        D.wearing("a red kurta, red sharara and red dupatta"),
        D.color("white", "contradiction"),
        D.pattern("polka dot"),
        D.details(
            "white dots all over the kurta, a v neck with a lace border, and the sharara has a gold lace at the knee,"
            " the dupatta has white dots and a gold",
            "cut",
            hit_limit=True,
        ),
        D.material("georgette Question: What is the pattern of the garment? Answer: bandhani", "leak"),
        gender="Women",
        category="Kurta Sets",
        color="Red",
        title="Rangrez Women Red Bandhani Printed Kurta with Sharara & Dupatta",
    ),
    # k68-024. Girl of about twelve in a lime green flared ethnic skirt with mirror work along the hem and a plain
    # pink top covering the waist; white wall behind. All texts [base].
    case(
        "k68-024",
        caption("a girl in a green skirt and pink top standing in front of a white wall"),
        wearing("she is wearing a green skirt and a pink top", who="the girl"),
        D.color("pink", "other_garment_color"),
        D.description("a green skirt with mirrors"),
        D.details(
            "the skirt has small round mirrors sewn along the hem and a drawstring waist with tassels", "unsupported"
        ),
        D.material("the skirt is made of the skirt fabric", "restated"),
        is_a("skirt", "yes"),
        gender="Girls",
        category="Skirts",
        color="Lime Green",
        title="Tiny Threads Girls Lime Green Mirror Work Flared Ethnic Skirt",
    ),
    # k68-025. Woman in a navy blue anarkali kurta with a pink floral print, navy churidar and a plain pink dupatta;
    # studio. Caption and wearing [cap-e3]; closed answers and dupatta color [base].
    case(
        "k68-025",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a round"
            " neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns."
            " The",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a round"
            " neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("anarkali"),
        D.color("pink", "other_garment_color"),
        D.pattern("floral"),
        color_of("dupatta", "pink"),
        gender="Women",
        category="Kurtas",
        color="Navy Blue",
        title="Tanvika Women Navy Blue Floral Printed Anarkali Kurta with Churidar & Dupatta",
    ),
    # k68-026. Product shot, no person: white flared palazzos with a pink floral print, laid flat on a pale wooden
    # floor. Description [vqa]; everything else [base].
    case(
        "k68-026",
        caption("a pair of white pants with pink flowers"),
        D.wearing("he is wearing white pants with pink flowers", "pronoun"),
        D.garment_type("pants"),
        D.color("white"),
        D.description(
            "the pants are white and the pants are white and the pants are white and the pants are white and the pants"
            " are white and the pants",
            "loop",
            hit_limit=True,
        ),
        D.details("they are pants", "non_answer"),
        gender="Women",
        category="Palazzos",
        color="White",
        title="Saanjh Women White & Pink Floral Printed Flared Palazzos",
    ),
    # k68-027. Woman in a sleeveless plain yellow short kurti and blue jeans, seated on a stool; grey backdrop.
    # Seller gave gender, colour and title, no category. Caption [base]; answers [vqa].
    case(
        "k68-027",
        caption("a woman in a yellow top and jeans sitting on a stool"),
        D.wearing(
            "tank, denim, tank, denim, tank, denim, tank, denim, tank, denim, tank, denim, tank, denim, tank",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("tank", "contradiction"),
        D.color("yellow"),
        D.sleeve_length("sleeveless"),
        D.description("yes", "non_answer"),
        D.details("the garment has details", "restated"),
        gender="Women",
        color="Yellow",
        title="Women Yellow Solid Sleeveless Short Kurti",
    ),
    # k68-028. Woman in a green chikankari kurta with white thread embroidery, long sleeves, white trousers and a
    # white dupatta around the neck, no jewellery; old haveli arches behind. All texts [base].
    case(
        "k68-028",
        caption("a man in a green kurta standing in front of an arch", "pronoun"),
        D.wearing(
            "a green kurta with a white dupatta and white pants and a gold necklace and bangles and a red bindi",
            "unsupported",
        ),
        B.color("green"),
        B.pattern("embroidered"),
        B.sleeve_length("long"),
        color_of("dupatta", "green", "other_garment_color"),
        color_of("pants", "white"),
        gender="Women",
        category="Kurta Sets",
        color="Green",
        title="Lucknowi Threads Women Green Chikankari Embroidered Kurta with Trousers & Dupatta",
    ),
    # k68-029. Girl of about six in a pink short-sleeved anarkali frock with a gold-printed bodice, photographed from
    # the front only; no jewellery. Caption and description [cap-e3]; others [base].
    case(
        "k68-029",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a round"
            " neckline. The lady wears a ring. There is an accessory on her wrist. The lady wears a ring. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink dress"),
        D.color("pink"),
        D.description(
            "The dress is with cotton fabric and graphic patterns. It has a round neckline. The lady wears a ring."
            " There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        D.details("the dress has a gold print on the bodice and a pink bow on the back", "unsupported"),
        is_a("dress", "yes"),
        gender="Girls",
        category="Ethnic Dresses",
        color="Pink",
        title="Little Bunny Girls Pink Ethnic Motifs Printed Anarkali Dress",
    ),
    # k68-030. Woman in an indigo shibori-dyed straight cotton kurta (white tie-dye pattern), plain sleeves, white
    # pants; studio. All texts [base].
    case(
        "k68-030",
        caption("a woman wearing a blue and white tie dye kurta"),
        D.wearing("she is wearing a blue tie dye kurta and white pants"),
        D.color("blue"),
        D.pattern("tie and dye"),
        D.description("a blue kurta with a white tie dye pattern and a lace hem on the sleeves", "unsupported"),
        D.details("", "non_answer"),
        D.material("the kurta is made of", "cut"),
        gender="Women",
        category="Kurtas",
        color="Blue",
        title="Jaipur Chhaap Women Blue Shibori Dyed Pure Cotton Straight Kurta",
    ),
    # k68-031. Layers: woman in a white kurti with a small black print, under an open cropped blue denim jacket,
    # with blue jeans; street background. All texts [base].
    case(
        "k68-031",
        caption("a woman wearing a denim jacket over a white kurti"),
        D.wearing("a denim jacket, a white kurti and blue jeans"),
        D.garment_type("jacket", "contradiction"),
        D.color("blue", "other_garment_color"),
        D.pattern("solid", "contradiction"),
        D.description("a white kurti with a small black print worn under a blue denim jacket"),
        D.details("nothing", "non_answer"),
        color_of("jacket", "blue"),
        gender="Women",
        category="Kurtis",
        color="White",
        title="Tanvika Women White Printed Kurti",
    ),
    # k68-032. No seller columns. Woman in a mauve kurti with silver floral embroidery, mauve sharara and a mauve net
    # dupatta. Caption [cap-e1]; answers [vqa].
    case(
        "k68-032",
        caption(
            "The female is wearing a long-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a"
            " v-shape neckline. The female wears a long trousers. The trousers are with chiffon fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "What cloth is the person wearing? Answer: blouse Question: What is the color of the blouse? Answer:"
            " purple Question:",
            "leak",
            hit_limit=True,
        ),
        D.color("purple"),
        D.pattern(" ".join(["floral"] * 30), "loop", hit_limit=True),
        is_a("dress", "no"),
        color_of("sharara", "purple"),
    ),
    # k68-033. Cropped shot, face not shown: a rust A-line kurti with a black geometric print, rayon, worn with
    # black pants. All texts [base].
    case(
        "k68-033",
        caption("a person wearing an orange and black top"),
        D.wearing("he is wearing an orange top with black designs", "pronoun"),
        D.garment_type("kurti"),
        D.color("orange"),
        D.description(
            "an orange top with black designs on it, black designs on it, black designs on it, black designs on it,"
            " black designs",
            "loop",
            hit_limit=True,
        ),
        D.material("wool", "unsupported"),
        gender="Women",
        category="Kurtis",
        color="Rust",
        title="Kashish Women Rust Orange & Black Geometric Printed A-Line Rayon Kurti",
    ),
    # k68-034. The product is the dupatta: a multicolour phulkari-embroidered dupatta (orange, pink, green flowers,
    # tassels on the ends) draped over a model in a plain white kurta and white salwar. All texts [base].
    case(
        "k68-034",
        caption("a woman in white with a colorful embroidered scarf"),
        D.wearing("a white kurta and a colorful dupatta"),
        D.garment_type("kurta", "contradiction"),
        D.color("white", "other_garment_color"),
        D.description("a colorful embroidered dupatta with orange, pink and green flowers and tassels on the ends"),
        D.material("the dupatta is made of the dupatta", "restated"),
        gender="Women",
        category="Dupatta",
        color="Multi",
        title="Phulkari House Multicoloured Phulkari Embroidered Dupatta",
    ),
    # k68-035. Girl of about three in a cream kurta with small red embroidery on the chest and a short button
    # placket, red dhoti pants. Caption [cap-e1]; answers [base].
    case(
        "k68-035",
        caption(
            "The female is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric."
            " It has a round neckline. The female wears a long pants. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a baby girl in a white kurta and red pants"),
        D.color("white"),
        D.description("i don't know", "non_answer"),
        D.details("the kurta has a small embroidery on the chest and a button placket"),
        color_of("pants", "white", "other_garment_color"),
        gender="Girls",
        category="Kurta Sets",
        color="Cream",
        title="Little Bunny Girls Cream-Coloured Embroidered Kurta with Dhoti Pants",
    ),
    # k68-036. Woman in a black straight kurta with a gold foil print and black palazzos; dark grey backdrop.
    # Caption and color [vqa]; the rest [base].
    case(
        "k68-036",
        caption(" ".join(["black"] * 50), "loop", hit_limit=True),
        D.wearing("a black kurta with gold print and black palazzo pants"),
        D.color("black"),
        D.pattern("printed"),
        D.description(
            "a black kurta with gold print and matching palazzo pants. Question: What are the details of the garment?"
            " Answer:",
            "leak",
            hit_limit=True,
        ),
        D.material("black", "non_answer"),
        gender="Women",
        category="Kurta Sets",
        color="Black",
        title="Libra Ethnic Women Black Foil Printed Kurta with Palazzos",
    ),
    # k68-037. Woman in a pastel blue georgette kurta with a white embroidered yoke and white palazzos, sitting on a
    # garden swing. Seller gave no title. All texts [base].
    case(
        "k68-037",
        caption("a woman sitting on a swing in a garden"),
        D.wearing("she is wearing a light blue kurta and white palazzos"),
        D.color("white", "other_garment_color"),
        D.description("she is wearing", "cut"),
        D.details("white embroidery on the yoke"),
        D.material(" ".join(["georgette"] * 15), "loop", hit_limit=True),
        gender="Women",
        category="Kurta Sets",
        color="Blue",
    ),
    # k68-038. Woman in a maroon velvet straight kurta with gold floral embroidery all over the front, the neckline
    # and the cuffs, a cream shawl over her arm; winter product shoot. All texts [base].
    case(
        "k68-038",
        caption("a woman in a maroon velvet kurta with a cream shawl"),
        D.wearing("What is the person wearing? a maroon kurta", "leak"),
        D.color("red"),
        D.pattern("solid", "contradiction"),
        D.description("Describe the garment. Answer: a maroon velvet kurta with gold embroidery", "leak"),
        D.details("gold embroidery on the neckline and sleeves"),
        D.material("velvet"),
        gender="Women",
        category="Kurtas",
        color="Maroon",
        title="Saanjh Women Maroon Embroidered Velvet Straight Kurta",
    ),
    # k68-039. Woman in an orange leheriya-printed kurta (diagonal wave stripes) with gota trims, long sleeves,
    # orange palazzos. Caption [cap-e3]; answers [vqa].
    case(
        "k68-039",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a"
            " v-shape neckline. The lady wears a long pants. The pants are with cotton fabric and striped patterns."
            " There",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("shirt", "contradiction"),
        B.color("orange"),
        B.pattern("striped"),
        B.sleeve_length("long-sleeve"),
        is_a("kurta", "no", "contradiction"),
        is_a("shirt", "yes", "contradiction"),
        gender="Women",
        category="Kurta Sets",
        color="Orange",
        title="Rangrez Women Orange Leheriya Printed Gotta Patti Kurta with Palazzos",
    ),
    # k68-040. Woman in a peach kurta with a green and white floral print and mint green trousers with a lace hem;
    # no pockets visible. All texts [base].
    case(
        "k68-040",
        caption("a woman in a green kurta and peach pants", "other_garment_color"),
        D.wearing("she is wearing a peach kurta with green flowers and green pants"),
        D.color("peach"),
        D.pattern("floral"),
        D.description("a peach kurta with green and white floral print and green pants with a lace hem"),
        D.details("the kurta has a notched neck with pleats, and the pants have pockets", "unsupported"),
        color_of("pants", "peach", "other_garment_color"),
        gender="Women",
        category="Kurta Sets",
        color="Peach",
        title="Aarvi Women Peach & Green Floral Printed Kurta with Trousers",
    ),
    # k68-041. Woman in a black short-sleeved short kurti with red and white tribal embroidery, no pockets, worn
    # with a long black skirt. Caption [cap-e1]; answers [vqa].
    case(
        "k68-041",
        caption(
            "The female is wearing a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has"
            " a round neckline. The female wears a long skirt. The skirt is with cotton fabric and pure color"
            " patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        B.color("black"),
        B.sleeve_length("short-sleeve"),
        wearing("skirt"),
        D.details("there is a pocket on the chest", "unsupported"),
        is_a("kurta", "yes"),
        is_a("skirt", "yes", "contradiction"),
        gender="Women",
        category="Kurtis",
        color="Black",
        title="Kalakari Women Black Embroidered Tribal Short Kurti",
    ),
    # k68-042. Woman in a lime green kurta with a white floral print, three-quarter sleeves, matching palazzos;
    # white studio. All texts [base].
    case(
        "k68-042",
        caption("a woman in a green and white floral kurta and palazzo set"),
        D.wearing("the person is wearing what the person is wearing", "restated"),
        D.color("green"),
        D.pattern("floral"),
        D.sleeve_length("How long are the sleeves? Answer: three quarter", "leak"),
        D.description("the garment is a garment with a print", "restated"),
        D.details("nothing", "non_answer"),
        gender="Women",
        category="Kurta Sets",
        color="Lime Green",
        title="Noor & Neel Women Lime Green Floral Print Kurta with Palazzos",
    ),
    # k68-043. Woman in a purple straight kurta with a gold block print, purple trousers and a purple dupatta.
    # Caption and open answers [cap-e3]; closed answers [base].
    case(
        "k68-043",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a round"
            " neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color patterns."
            " The",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a round"
            " neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("kurta set"),
        D.color("purple"),
        D.pattern("printed"),
        D.description(
            "The shirt is with cotton fabric and graphic patterns. The shirt is with cotton fabric and graphic"
            " patterns. The shirt is",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "It has a round neckline. It has a round neckline. It has a round neckline. It has a round neckline. It"
            " has a round neckline. It has",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurta Sets",
        color="Purple",
        title="Kalakari Women Purple Ethnic Motifs Printed Kurta with Trousers & Dupatta",
    ),
    # k68-044. Girl of about nine in an off-white short-sleeved kurti with gold embroidery at the neckline and an
    # off-white sharara with gold lace at the hem; hands empty, photographed from the front. All texts [base].
    case(
        "k68-044",
        caption("a little girl in a white outfit holding a flower basket", "unsupported"),
        wearing("she is wearing a white kurti and sharara", who="the girl"),
        D.color("white"),
        D.description(
            "a white kurti with gold embroidery on the neckline and a white sharara with gold lace at the bottom"
        ),
        D.details("gold embroidery on the neckline and pearl buttons on the back", "unsupported"),
        D.material("silk with real zari work and hand sewn pearls", "unsupported"),
        gender="Girls",
        category="Kurta Sets",
        color="Off White",
        title="Tiny Threads Girls Off White Embroidered Kurti with Sharara",
    ),
]
