"""BLIND_546 (46 products; Myntra women's ethnic wear on studio models): written blind in the fifty-first session.
Measured blind at 1c9a51d (the session's first rules): 106/132 failures found (80.3%) and 9/192 correct texts flagged
(4.7%). The writer's notes, verbatim:

Scenario: a Myntra women's ethnic night. Straight and A-line kurtas, short kurtis, kurta sets with palazzos, sharara,
churidar or trousers and a dupatta, anarkalis, sarees with their blouses, lehenga cholis and ethnic gowns, all worn by
models in studio shots (mostly white or off-white backdrops, a few grey, cream, pale yellow or maroon curtains; a stool,
a potted plant, a tote or a clutch as props). The feed has Myntra's columns: title (product_name), category
(article_type), color (base_colour) and gender; a few rows lack a column, one seller color is wrong (X546-031).

Who wrote what: the untuned base Salesforce/blip2-opt-2.7b wrote the short captions ("a woman in a ...") and the
open answers (What is the woman wearing? Describe the kurta/saree/lehenga/gown. What are the ... details? What is
the color of the dupatta/blouse? the material question). It answers short and stops on its own, but gives the
dupatta the kurta's color, the blouse the saree's color, says "he" now and then, invents pockets and mirror work,
sometimes loops ("green lehenga green lehenga ...") or echoes the prompt format. The caption-only LoRA adapter
(epoch 1 and epoch 3) wrote the long captions and a few describe/details answers in the DeepFashion template
("The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric ..."): it has no
kurta, saree or lehenga words, no hue names, and no end token, so every one of its texts runs to the limit (50
tokens for captions, 30 for answers) and ends cut mid-sentence or in a loop; epoch 1 loops more. The closed
questions (garment_type, color, pattern, sleeve length, "Is this a kurta?") come from enrich's reference engine with
the VQA adapter: one candidate value each, never cut or looped, but wrong now and then (the yes-bias on "Is this a
kurta?", "solid" for a print, the bottoms' or dupatta's color for the garment).

Labeling conventions and judgement calls:
- One label per text. Where a text has several faults: leak > loop > cut > other_garment_color > contradiction >
  unsupported > restated / non_answer > pronoun. So a cut LoRA caption that also calls a saree a "dress" is "cut".
- Every caption-adapter text has hit_limit=True. One (X546-029) happens to end on a full stop and says nothing
  wrong for its photo: it is marked correct with hit_limit=True. Base-model loops that run to 30 tokens and leaks
  that run on to the limit also have hit_limit=True. A base answer that stops mid-phrase on its own ("the kurta
  has") is "cut" with hit_limit=False.
- Garment words: an anarkali or ethnic gown called a "dress" or "gown" is accepted; a short kurti called a "top"
  or "shirt" is accepted; palazzos, churidar, leggings, sharara called "pants" and a dupatta called a "scarf" are
  accepted; a cream jacket called a "coat" is accepted. A straight or A-line kurta worn over bottoms called a
  "shirt" or a "dress", a saree called a "dress" or "lehenga", a lehenga called a "saree" are contradictions.
- Colors: shades in the same group are accepted (mustard yellow, magenta/peach/dusty pink pink, maroon red, coral
  and rust orange, cream white, lavender purple, teal green or blue); mauve called "pink" is accepted too (it looks
  pink). X546-031 is sold as "Brown" but the photo and title show rust: "orange" is judged correct from the photo.
- other_garment_color: the wrong color belongs to another garment in the photo (dupatta, blouse, bottoms, jacket,
  the saree for its blouse), including one color given to two garments where one is wrong. A wrong color that
  belongs to no garment (the backdrop, a border, nothing) is a contradiction. A "gold" dupatta where the dupatta
  is gold is correct even though the kurta has silver print.
- Closed pattern, sleeve length, garment_type or "Is this a kurta?" answers that the photo and title contradict
  are contradictions. For sarees and lehengas the sleeve question is judged on the blouse.
- Material: a fabric that agrees with the title is correct; a fabric that differs from the title's fabric is
  "unsupported"; where the title names no fabric, a plausible fabric for the look is accepted.
- unsupported: details not in the photo (pockets, buttons, a belt, mirror work, tassels, a peacock motif, a zip
  that a front view cannot show, a handbag, a bouquet, a necklace, a beach).
- non_answer: "yes", "no", "nothing", "i don't know", a bare color or only the garment's name to a wearing,
  describe or details question. A single informative word to a color or material question is a correct answer.
- restated: answers made of the question's own words ("the kurta details are the kurta details").
- leak: any "Question:" or "Answer:" in the output, wherever it appears.
- pronoun: "he" or "a man" for a Women row. X546-042 has no gender column and no pronoun in its texts.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS


def woman(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="the woman", hit_limit=hit_limit)


def dupatta(text, failure=None, hit_limit=False):
    return color_of("dupatta", text, failure, kind="open", hit_limit=hit_limit)


def blouse(text, failure=None, hit_limit=False):
    return color_of("blouse", text, failure, kind="open", hit_limit=hit_limit)


def kurta(text, failure=None):
    return is_a("kurta", text, failure)


BLIND_546 = [
    # photo: pink straight kurta, small white floral print, 3/4 sleeves, matching pink palazzos, plain white dupatta
    # over the left shoulder, silver jhumkas, no bag, white backdrop, front view. Base model wrote all open texts.
    case(
        "X546-001",
        caption("a woman in a pink kurta with a white dupatta and a handbag", "unsupported"),
        woman("a pink kurta and pink pants"),
        describe("kurta", "it is a pink kurta with white flowers"),
        dupatta("pink", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.material("cotton"),
        title="Libas Women Pink Floral Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: red Banarasi saree with gold zari border and small gold buttis, red elbow-sleeve blouse, pallu over the
    # left shoulder, gold necklace and bangles, grey backdrop. LoRA epoch 3 caption; base open answers.
    case(
        "X546-002",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist. The lady wears a ring. The lady wears",
            "cut",
            hit_limit=True,
        ),
        woman("a red saree"),
        describe("saree", "a red saree with gold border"),
        details("saree", "the saree details are the details of the saree", "restated"),
        blouse("gold", "other_garment_color"),
        kurta("no"),
        Q.garment_type("saree"),
        Q.material("silk"),
        title="Mitera Red & Gold-Toned Woven Design Banarasi Silk Blend Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: mustard flared anarkali, calf length, long sleeves, round neck, small maroon and green ethnic motifs
    # printed all over, white churidar, no dupatta, white backdrop, front view. LoRA epoch 3 describe; base the rest.
    case(
        "X546-003",
        caption("a woman wearing a yellow anarkali dress"),
        woman("a yellow dress and white pants"),
        describe(
            "kurta",
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. The dress is "
            "with cotton fabric. The dress is with cotton",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "the kurta has a round neck and long sleeves"),
        Q.color("yellow"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("long sleeves"),
        Q.material("it is made of silk", "unsupported"),
        title="Sangria Women Mustard Yellow Ethnic Motifs Printed Rayon Anarkali Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: peach net lehenga with silver sequin embroidery, peach short-sleeve blouse, peach net dupatta with a
    # scalloped edge (no tassels, no mirrors), off-white backdrop, model turned to the side. LoRA epoch 1 caption.
    case(
        "X546-004",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with cotton "
            "fabric. The skirt is with cotton fabric and pure color patterns. It has a round neckline. The skirt is "
            "with",
            "cut",
            hit_limit=True,
        ),
        woman("a pink lehenga"),
        describe("lehenga", "a peach lehenga with silver embroidery"),
        details("lehenga", "the lehenga has mirror work and a drawstring with tassels", "unsupported"),
        dupatta("peach"),
        Q.garment_type("lehenga"),
        kurta("yes", "contradiction"),
        Q.material("net"),
        title="Inddus Peach-Coloured Embroidered Net Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category="Lehenga Choli",
        color="Peach",
        gender="Women",
    ),
    # photo: maroon straight kurta with a gold foil-printed yoke, mandarin collar, 3/4 sleeves, beige cigarette
    # trousers, white backdrop, front view. Base caption and answers; LoRA epoch 3 wrote the details.
    case(
        "X546-005",
        caption("a woman in a maroon kurta and beige pants"),
        woman("he is wearing a maroon kurta", "pronoun"),
        describe("kurta", "the kurta is beige with gold print", "other_garment_color"),
        details(
            "kurta",
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "round. The lower clothing is of long length. The fabric is",
            "cut",
            hit_limit=True,
        ),
        Q.color("maroon"),
        Q.sleeve_length("three-quarter sleeves"),
        title="Anouk Women Maroon Yoke Design Straight Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: teal green solid kurta with tonal thread embroidery at the neckline, teal palazzos, a mustard-and-pink
    # printed dupatta over both arms, white backdrop. All open texts from the base model.
    case(
        "X546-006",
        caption("a woman wearing a green kurta with a colorful scarf"),
        woman("a green kurta and green pants with a scarf"),
        describe("kurta", "kurta", "non_answer"),
        details("kurta", "the kurta details are the details of the kurta", "restated"),
        dupatta("multicolored"),
        Q.garment_type("kurta"),
        Q.pattern("printed", "contradiction"),
        Q.material("rayon"),
        title="Jaipur Kurti Women Teal Green Solid Rayon Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: navy blue georgette saree with pink floral print and a pink border, navy sleeveless blouse, model holds
    # the pallu's edge, light grey backdrop. LoRA epoch 3 caption; base open answers.
    case(
        "X546-007",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is with chiffon fabric. The dress is with chiffon fabric. The dress is with "
            "chiffon",
            "loop",
            hit_limit=True,
        ),
        woman("a blue saree with pink flowers"),
        describe("saree", "a blue and pink saree"),
        blouse("navy blue"),
        Q.color("blue"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        kurta("no"),
        title="Saree mall Navy Blue & Pink Floral Printed Poly Georgette Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: beige floor-length flared gown, gold zari embroidery on the bodice, sheer full sleeves, no dupatta,
    # nothing in her hands, white backdrop, mid-twirl. Base caption and answers; LoRA epoch 1 wrote the details.
    case(
        "X546-008",
        caption("a woman in a beige gown with gold embroidery holding a bouquet of flowers", "unsupported"),
        woman("a pink dress", "contradiction"),
        describe("gown", "it is a long gown with long sleeves and a flared skirt"),
        details(
            "gown",
            "The female wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "round neckline. There is an accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.sleeve_length("long sleeves"),
        title="Ethnovog Women Beige & Gold-Toned Embroidered Maxi Ethnic Gown",
        category="Ethnic Dresses",
        color="Beige",
        gender="Women",
    ),
    # photo: off-white straight kurta with thin blue vertical stripes, mandarin collar and button placket, long
    # sleeves with roll-up tabs, no pockets, blue jeans, white backdrop. Base model open texts.
    case(
        "X546-009",
        caption("a woman in a white and blue striped shirt and jeans", "contradiction"),
        woman("a white kurta and blue jeans"),
        describe("kurta", "the kurta is white with blue stripes"),
        details("kurta", "the kurta has pockets on the side", "unsupported"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("striped"),
        kurta("yes"),
        Q.material("denim", "unsupported"),
        title="W Women Off-White & Blue Striped Straight Kurta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: bottle green raw-silk lehenga with pink floral embroidery and gold gota border, pink 3/4-sleeve blouse,
    # pink dupatta with gota edge over the shoulder, beige backdrop, a potted plant beside her. Base model texts.
    case(
        "X546-010",
        caption("a woman in a green and pink lehenga standing next to a plant"),
        woman("she is wearing a green saree", "contradiction"),
        describe(
            "lehenga",
            "green lehenga green lehenga green lehenga green lehenga green lehenga green lehenga green lehenga green "
            "lehenga green",
            "loop",
            hit_limit=True,
        ),
        dupatta("pink"),
        blouse("green", "other_garment_color"),
        Q.garment_type("lehenga"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.material("silk"),
        title="Mabish by Sonal Jain Green & Pink Embroidered Raw Silk Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Green",
        gender="Women",
    ),
    # photo: white hip-length A-line kurti with indigo block print, round neck, short sleeves, no pockets, black
    # leggings, white backdrop. LoRA epoch 3 caption; base open answers (asked about "the kurta").
    case(
        "X546-011",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        woman("a white top and black leggings"),
        describe("kurta", "the kurta is black", "other_garment_color"),
        details("kurta", "the kurta has a collar and a pocket on the chest", "unsupported"),
        Q.color("white"),
        Q.sleeve_length("short sleeves"),
        kurta("yes"),
        title="Global Desi Women White & Indigo Block Printed Cotton A-Line Kurti",
        category="Kurtis",
        color="White",
        gender="Women",
    ),
    # photo: plain mustard chiffon saree with a thin green satin border, green elbow-sleeve blouse, white backdrop,
    # front view. Base model open answers.
    case(
        "X546-012",
        caption("a woman in a yellow saree"),
        woman("a yellow saree and a green blouse"),
        describe("saree", "a yellow saree with a yellow border", "contradiction"),
        blouse("Question: What is the color of the blouse? Answer: green", "leak"),
        Q.garment_type("dress", "contradiction"),
        Q.pattern("solid"),
        Q.material("chiffon"),
        title="Kalini Mustard Yellow Solid Chiffon Saree with Green Border",
        category="Sarees",
        color="Mustard",
        gender="Women",
    ),
    # photo: magenta anarkali with gold foil print, long sleeves, magenta churidar, sheer gold-toned dupatta, front
    # view only (the back is not visible), white backdrop. LoRA epoch 1 caption; base open answers.
    case(
        "X546-013",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        woman("a pink dress with gold print"),
        describe(
            "kurta",
            "the kurta is a long kurta with a long kurta with a long kurta with a long kurta with a long kurta with a "
            "long",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "the kurta has a zip at the back", "unsupported"),
        dupatta("gold"),
        Q.color("pink"),
        Q.garment_type("kurta"),
        Q.sleeve_length("long sleeves"),
        title="Biba Women Magenta Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Magenta",
        gender="Women",
    ),
    # photo: indigo blue kurta with white dabu block print, round neck, 3/4 sleeves, white cotton pants, she holds a
    # natural cloth tote, white backdrop. Base model texts.
    case(
        "X546-014",
        caption("a woman in a blue and white kurta holding a bag"),
        woman(
            "a blue kurta and white pants Question: What is the woman wearing? Answer: a blue kurta and white pants",
            "leak",
        ),
        details("kurta", "blue", "non_answer"),
        Q.material("cotton"),
        Q.pattern("solid", "contradiction"),
        kurta("yes"),
        title="Fabindia Women Indigo Blue Hand Block Print Cotton Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: purple Kanjeevaram-style saree with gold zari checks and a magenta-and-gold border, purple blouse,
    # temple jewellery, dark maroon curtain backdrop; plain pallu, no peacock motif. Base model texts.
    case(
        "X546-015",
        caption("a woman in a purple saree with a red background"),
        woman("a red saree", "contradiction"),
        describe("saree", "it is a purple silk saree with gold zari work and a pink border"),
        details("saree", "the saree has a peacock motif on the pallu", "unsupported"),
        blouse("purple"),
        kurta("no"),
        Q.color("purple"),
        Q.material("silk"),
        title="Mimosa Women Purple & Gold-Toned Zari Woven Art Silk Kanjeevaram Saree",
        category="Sarees",
        color="Purple",
        gender="Women",
    ),
    # photo: black kurta with multicoloured thread embroidery on the yoke and sleeve hems, 3/4 sleeves, black
    # trousers, red dupatta with a small black print, white backdrop. LoRA epoch 3 caption; base open answers.
    case(
        "X546-016",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The shirt is with cotton fabric. It has a round neckline. The shirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        woman("a black kurta with a red dupatta"),
        dupatta("black", "other_garment_color"),
        details("kurta", "the kurta has embroidery on the neck and sleeves"),
        Q.color("black"),
        Q.pattern("embroidered"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Varanga Women Black Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: coral sleeveless kurta with white geometric print, round neck, side slits, white palazzos with a small
    # coral print, no dupatta, white backdrop. Base model texts.
    case(
        "X546-017",
        caption("a woman in an orange kurta and white palazzo pants"),
        woman("she is wearing an orange kurta with white palazzos"),
        describe(
            "kurta",
            "the kurta is sleeveless and has a white print Question: What are the kurta details? Answer: the kurta is "
            "sleeveless",
            "leak",
            hit_limit=True,
        ),
        details("kurta", "the kurta has a high slit and a v neck with buttons", "unsupported"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.color("orange"),
        title="AKS Women Coral & White Geometric Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Coral",
        gender="Women",
    ),
    # photo: navy blue gown with silver sequins all over, sheer net full sleeves, grey dupatta with a silver edge
    # over her arm, white backdrop. Base caption and answers; LoRA epoch 3 wrote the description.
    case(
        "X546-018",
        caption("a woman in a blue dress with a grey scarf"),
        woman("a navy blue gown with sequins"),
        dupatta("blue", "other_garment_color"),
        describe(
            "gown",
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. Question: Describe the gown. Answer: The lady wears a long",
            "leak",
            hit_limit=True,
        ),
        details("gown", "yes", "non_answer"),
        Q.garment_type("dress"),
        Q.sleeve_length("long sleeves"),
        title="Inddus Women Navy Blue & Silver Sequinned Ethnic Gown with Dupatta",
        category="Ethnic Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: lime green A-line kurta with pink floral print, v-neck, 3/4 sleeves, white leggings, pale yellow
    # backdrop. Base model texts.
    case(
        "X546-019",
        caption("a woman in a green dress standing in front of a yellow wall", "contradiction"),
        woman("he is wearing a green kurta and white leggings", "pronoun"),
        describe("kurta", "a green kurta with pink flowers"),
        details("kurta", "the kurta has a v neck and three quarter sleeves"),
        Q.color("green"),
        Q.pattern("floral"),
        Q.material(
            "it is made of cotton and silk and cotton and silk and cotton and silk and cotton and silk and cotton "
            "and silk and",
            "loop",
            hit_limit=True,
        ),
        title="Rangmanch by Pantaloons Women Lime Green Floral Printed A-Line Kurta",
        category="Kurtas",
        color="Lime Green",
        gender="Women",
    ),
    # photo: grey cotton saree with thin black stripes and a black border, black short-sleeve blouse, black clutch in
    # her hand, white backdrop. LoRA epoch 1 caption; base open answers.
    case(
        "X546-020",
        caption(
            "The lady wears a short-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with cotton fabric and striped patterns. There "
            "is an accessory in her",
            "cut",
            hit_limit=True,
        ),
        woman("a grey saree with black stripes"),
        blouse("grey", "other_garment_color"),
        describe(
            "saree",
            "the saree is grey and black with a black border and the blouse is black and the saree is grey and black "
            "with a black border and the",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        kurta("yes", "contradiction"),
        Q.material("cotton"),
        title="Sangria Grey & Black Striped Cotton Blend Saree",
        category="Sarees",
        color="Grey",
        gender="Women",
    ),
    # photo: yellow kurta with red bandhani dots and gota trim at the neckline (no mirror work), yellow sharara, red
    # dupatta with a gota edge, white backdrop. Base model texts.
    case(
        "X546-021",
        caption("a woman in a yellow kurta and red scarf"),
        woman("a yellow kurta with sharara pants and a red dupatta"),
        dupatta("yellow", "other_garment_color"),
        describe("kurta", "describe the kurta", "restated"),
        details("kurta", "the kurta has a bandhani print with mirror work on the neckline", "unsupported"),
        Q.garment_type("kurta"),
        Q.color("yellow"),
        title="Libas Women Yellow & Red Bandhani Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: red velvet bridal lehenga with gold zardozi embroidery, red blouse, red net dupatta over her head, gold
    # jewellery, cream backdrop. Base caption and answers; LoRA epoch 3 wrote the description.
    case(
        "X546-022",
        caption("a bride in a red lehenga with gold embroidery"),
        woman("a red bridal lehenga"),
        describe(
            "lehenga",
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. There is an",
            "cut",
            hit_limit=True,
        ),
        dupatta("the color of the dupatta is the color of the lehenga", "restated"),
        blouse("red"),
        Q.material("cotton", "unsupported"),
        kurta("no"),
        title="Fusionic Women Red Zardozi Embroidered Velvet Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender="Women",
    ),
    # photo: olive green solid straight kurta, mandarin collar with a concealed placket (no visible buttons), long
    # sleeves, off-white palazzos, tan juttis, white backdrop. Base model texts.
    case(
        "X546-023",
        caption("a woman in a green shirt and white pants", "contradiction"),
        woman("she is wearing a green kurta and white palazzo pants"),
        describe("kurta", "Question: Describe the kurta. Answer: a green kurta", "leak"),
        details("kurta", "the kurta has a mandarin collar and wooden buttons", "unsupported"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.garment_type("shirt", "contradiction"),
        title="HERE&NOW Women Olive Green Solid Straight Kurta",
        category="Kurtas",
        color="Olive",
        gender="Women",
    ),
    # photo: baby pink net saree with gold sequin embellishment, gold sleeveless blouse, model holds the pallu out,
    # white backdrop. LoRA epoch 3 caption; base open answers.
    case(
        "X546-024",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has "
            "a suspenders neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        woman("a pink saree"),
        blouse("pink", "other_garment_color"),
        describe("saree", "a pink saree with gold sequins"),
        Q.color("pink"),
        Q.material("chiffon", "unsupported"),
        title="Satrani Pink & Gold-Toned Embellished Net Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: emerald green straight kurta with white floral print, 3/4 sleeves, white churidar, white backdrop. The
    # feed row has no category. Base model texts.
    case(
        "X546-025",
        caption("a woman in a blue floral kurta", "contradiction"),
        woman("he is wearing a green kurta and white pants", "pronoun"),
        describe("kurta", "it has white flowers on it"),
        details("kurta", "the kurta has the kurta details", "restated"),
        Q.color("green"),
        Q.pattern("floral"),
        title="Aurelia Women Green & White Floral Print Straight Kurta",
        color="Green",
        gender="Women",
    ),
    # photo: lavender georgette maxi ethnic dress with a smocked waist and short flutter sleeves, silver earrings,
    # white backdrop. Base model texts.
    case(
        "X546-026",
        caption("a woman in a purple dress"),
        woman("a long purple dress"),
        describe("dress", "it is a long dress with short sleeves and a smocked waist"),
        details("dress", "it has a round neck and gathers at the waist"),
        Q.sleeve_length("short sleeves"),
        Q.material("georgette"),
        Q.color("white", "contradiction"),
        title="Janasya Women Lavender Solid Georgette Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Lavender",
        gender="Women",
    ),
    # photo: royal blue cotton kurta with silver foil print, round neck, long sleeves, blue trousers, gold-toned
    # organza dupatta, white backdrop. LoRA epoch 1 caption; base open answers.
    case(
        "X546-027",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric and the pants are with cotton fabric and the pants are with cotton fabric and the pants are with "
            "cotton fabric and the",
            "loop",
            hit_limit=True,
        ),
        woman("a blue kurta and blue pants"),
        dupatta("gold"),
        details("kurta", "the kurta has silver print and a round neck"),
        Q.color("gold", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        Q.material("silk", "unsupported"),
        title="Indo Era Women Blue & Silver-Toned Printed Pure Cotton Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: orange poly georgette saree with beige paisley print, beige blouse, white backdrop. Base model texts.
    case(
        "X546-028",
        caption("a woman wearing an orange saree with a paisley print"),
        woman("a saree"),
        blouse("orange", "other_garment_color"),
        describe("saree", "an orange saree with beige paisleys"),
        details(
            "saree",
            "paisley paisley paisley paisley paisley paisley paisley paisley paisley paisley paisley paisley paisley",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        kurta("yes", "contradiction"),
        Q.material("polyester"),
        title="Vishudh Orange & Beige Paisley Printed Poly Georgette Saree",
        category="Sarees",
        color="Orange",
        gender="Women",
    ),
    # photo: black-and-white gingham check short cotton kurti with a tie-up v-neck and short puff sleeves, blue
    # jeans, white backdrop. LoRA epoch 3 caption (ran to its limit, ends on a full stop); base open answers.
    case(
        "X546-029",
        caption(
            "The lady wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The pants this lady wears is of long length. The pants are with denim fabric and pure "
            "color patterns.",
            hit_limit=True,
        ),
        woman("a black and white checkered top and jeans"),
        describe("kurta", "the kurta is black and white"),
        details("kurta", "the kurta has a tie up neck and puff sleeves"),
        Q.color("black"),
        Q.pattern("checked"),
        title="Tokyo Talkies Women Black & White Checked Cotton Kurti",
        category="Kurtis",
        color="Black",
        gender="Women",
    ),
    # photo: mustard yellow lehenga with blue floral print, blue blouse, mustard dupatta, model seated on a wooden
    # stool, white backdrop. Base model texts.
    case(
        "X546-030",
        caption("a woman sitting on a stool in a yellow lehenga"),
        woman("a yellow and blue lehenga"),
        dupatta("blue", "other_garment_color"),
        blouse("blue"),
        describe("lehenga", "Question: Describe the lehenga. Answer: yellow lehenga with blue flowers", "leak"),
        kurta("no"),
        Q.pattern("striped", "contradiction"),
        title="Chhabra 555 Yellow & Blue Floral Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Yellow",
        gender="Women",
    ),
    # photo: rust orange solid cotton kurta with a stand collar and long sleeves, cream trousers, white backdrop; the
    # seller's base colour says Brown, the title says Rust. Base texts; LoRA epoch 1 wrote the details.
    case(
        "X546-031",
        caption("a woman in an orange kurta and white pants"),
        woman("he is wearing an orange kurta", "pronoun"),
        describe("kurta", "nothing", "non_answer"),
        details(
            "kurta",
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a stand neckline. The "
            "lower clothing is of long length. The",
            "cut",
            hit_limit=True,
        ),
        Q.color("orange"),
        Q.material("linen", "unsupported"),
        title="Sringam Women Rust Solid Cotton Straight Kurta",
        category="Kurtas",
        color="Brown",
        gender="Women",
    ),
    # photo: white cotton saree with a red border (laal paad), red short-sleeve blouse, red bindi, red-and-white
    # bangles, no necklace, white backdrop. LoRA epoch 3 caption; base open answers.
    case(
        "X546-032",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist. The lady wears a ring. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        woman("a white saree with a red border"),
        Q.color("red", "other_garment_color"),
        blouse("red"),
        describe(
            "saree", "she is wearing a white saree with a red border, a red blouse and a gold necklace", "unsupported"
        ),
        Q.material("cotton"),
        title="Kasee Women White & Red Solid Pure Cotton Saree",
        category="Sarees",
        color="White",
        gender="Women",
    ),
    # photo: dusty pink kurta with white chikankari-style embroidery, 3/4 sleeves, dusty pink trousers, white
    # dupatta, white backdrop. Base model texts.
    case(
        "X546-033",
        caption("a woman in a pink kurta with white embroidery"),
        woman("she is wearing a pink kurta and white pants", "other_garment_color"),
        dupatta("white"),
        details("kurta", "the kurta has", "cut"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("three-quarter sleeves"),
        title="Anubhutee Women Pink Ethnic Motifs Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: bottle green sleeveless gown with gold print, worn under a long cream jacket with full sleeves, white
    # backdrop. Base model texts.
    case(
        "X546-034",
        caption("a woman in a green dress and a white jacket"),
        woman("a green dress with a white coat"),
        describe("gown", "the gown is white", "other_garment_color"),
        details("gown", "the details of the gown", "restated"),
        Q.garment_type("dress"),
        kurta("no"),
        Q.material(
            "the gown is made of silk and the jacket is made of silk and the gown is made of silk and the jacket is "
            "made of",
            "loop",
            hit_limit=True,
        ),
        title="Ishin Women Green & Gold-Toned Printed Ethnic Gown with Jacket",
        category="Ethnic Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: sea green A-line kurta with white thread embroidery on the yoke and sleeves, 3/4 sleeves, no pockets,
    # white palazzos, white backdrop, side pose. LoRA epoch 1 caption; base open answers.
    case(
        "X546-035",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        woman("a man in a green kurta", "pronoun"),
        describe("kurta", "a light green kurta with white embroidery"),
        details("kurta", "the kurta has embroidery on the yoke and sleeves, and pockets on both sides", "unsupported"),
        Q.color("green"),
        Q.pattern("embroidered"),
        title="Nayo Women Sea Green Yoke Design Embroidered A-Line Kurta",
        category="Kurtas",
        color="Sea Green",
        gender="Women",
    ),
    # photo: teal art-silk saree with maroon bandhani dots and a maroon border, maroon blouse, white backdrop. Base
    # model texts.
    case(
        "X546-036",
        caption("a woman in a blue saree with red border"),
        woman("a teal saree"),
        blouse("teal", "other_garment_color"),
        describe("saree", "it is a silk saree with bandhani print"),
        Q.pattern("printed"),
        Q.color("blue"),
        Q.material("silk"),
        kurta("no"),
        title="Saree mall Teal & Maroon Bandhani Print Art Silk Saree",
        category="Sarees",
        color="Teal",
        gender="Women",
    ),
    # photo: navy georgette lehenga with silver sequins, pink blouse, pink dupatta, model lifts the skirt's flare,
    # white backdrop. LoRA epoch 1 caption; base open answers.
    case(
        "X546-037",
        caption(
            "The lady wears a long skirt with pure color patterns. The skirt is with chiffon fabric. The skirt is with "
            "chiffon fabric. The skirt is with chiffon fabric. The skirt is with chiffon fabric. The skirt is",
            "loop",
            hit_limit=True,
        ),
        woman("a blue lehenga with a pink top"),
        dupatta("pink"),
        describe(
            "lehenga",
            "it is a blue lehenga with silver sequins and a pink blouse and a pink dupatta and a pink blouse and a "
            "pink dupatta and a pink",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("lehenga"),
        kurta("no"),
        Q.material("velvet", "unsupported"),
        title="Fabcartz Women Navy Blue & Pink Sequinned Georgette Lehenga with Blouse & Dupatta",
        category="Lehenga Choli",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: beige straight kurta with black geometric print, long roll-up sleeves, matte cotton-look fabric, black
    # leggings, white backdrop. The feed row has no color column. Base model texts.
    case(
        "X546-038",
        caption("a woman in a beige and black printed kurta"),
        woman("a kurta and black leggings"),
        describe("kurta", "the kurta is grey with a black print", "contradiction"),
        details("kurta", "what are the kurta details", "restated"),
        Q.color("beige"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        title="Vishudh Women Beige & Black Geometric Printed Straight Kurta",
        category="Kurtas",
        gender="Women",
    ),
    # photo: red flared anarkali with a multicoloured floral print, round neck, 3/4 sleeves, white churidar, no
    # dupatta, she holds out the flare, white backdrop. Base texts; LoRA epoch 3 wrote the details.
    case(
        "X546-039",
        caption("a woman in a red dress with flowers on it"),
        woman("red", "non_answer"),
        describe("kurta", "the kurta is a kurta", "restated"),
        details(
            "kurta",
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady wears",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless", "contradiction"),
        kurta("yes"),
        title="Juniper Women Red Floral Printed Flared Anarkali Kurta",
        category="Kurtas",
        color="Red",
        gender="Women",
    ),
    # photo: white kurta with blue floral print, round neck, 3/4 sleeves, solid blue palazzos, plain white studio
    # backdrop. Base model texts.
    case(
        "X546-040",
        caption("a woman in a blue and white outfit standing on a beach", "unsupported"),
        woman("she is wearing a blue kurta and blue pants", "other_garment_color"),
        describe("kurta", "the kurta is white with blue flowers"),
        details("kurta", "Answer: the kurta has a round neck and blue flowers", "leak"),
        Q.color("white"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter sleeves"),
        title="Sangria Women White & Blue Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: black satin saree with a silver sequinned border, black sleeveless blouse, silver clutch, no belt,
    # white backdrop. Base texts; LoRA epoch 1 wrote the description.
    case(
        "X546-041",
        caption("a woman in a black saree holding a clutch"),
        woman("he is wearing a black saree", "pronoun"),
        describe(
            "saree",
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a",
            "cut",
            hit_limit=True,
        ),
        blouse("black"),
        details("saree", "the saree has a silver border and a silver belt", "unsupported"),
        Q.material("satin"),
        Q.pattern("solid"),
        title="Anouk Black Solid Satin Saree with Sequinned Border",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: mauve solid straight cotton kurta with white lace at the hem only, long sleeves, white trousers, white
    # backdrop. The feed row has no gender column. Base model texts.
    case(
        "X546-042",
        caption("a woman in a purple kurta with lace trim"),
        woman("a pink kurta"),
        describe("kurta", "the kurta is purple and the pants are purple", "other_garment_color"),
        details(
            "kurta",
            "the kurta has lace on the hem and lace on the sleeves and lace on the hem and lace on the sleeves and "
            "lace on the",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        Q.garment_type("dress", "contradiction"),
        title="Libas Women Mauve Solid Cotton Straight Kurta with Lace Detail",
        category="Kurtas",
        color="Mauve",
    ),
    # photo: multicoloured patchwork-print lehenga (red, green, yellow, blue), red short-sleeve blouse, green
    # dupatta, no belt, white backdrop. LoRA epoch 3 caption; base open answers.
    case(
        "X546-043",
        caption(
            "The lady wears a short-sleeve shirt with color block patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with cotton fabric and color block patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        woman("a colorful lehenga"),
        dupatta("red", "other_garment_color"),
        blouse("red"),
        describe("lehenga", "it is a multicolored lehenga with a patchwork print and a waist belt", "unsupported"),
        details("lehenga", "no", "non_answer"),
        Q.color("multicolor"),
        kurta("no"),
        title="Studio Rasa Multicoloured Patchwork Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Multi",
        gender="Women",
    ),
    # photo: peach kurta with gold gota patti work on the neckline and hem, peach sharara, peach organza dupatta,
    # white backdrop. Base model texts.
    case(
        "X546-044",
        caption("a woman in a peach outfit with a matching scarf"),
        woman("she is wearing a peach kurta and sharara"),
        dupatta("peach"),
        details("kurta", "the kurta has gota patti work on the neckline and the hem"),
        describe("kurta", "a peach kurta with gold gota work"),
        Q.garment_type("kurta"),
        Q.color("pink"),
        title="Kalini Women Peach Gotta Patti Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: half-and-half georgette saree, pink pleats and a blue pallu, blue blouse, white backdrop. Base texts.
    case(
        "X546-045",
        caption("a woman in a pink and blue saree"),
        woman("yes", "non_answer"),
        describe("saree", "the saree is pink and blue and the blouse is blue"),
        blouse("pink", "other_garment_color"),
        Q.material("georgette"),
        kurta("no"),
        Q.color("pink"),
        Q.garment_type("lehenga", "contradiction"),
        title="Mitera Pink & Blue Half and Half Georgette Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: gold tissue anarkali with long sleeves, gold churidar, maroon velvet dupatta, gold jewellery, cream
    # backdrop. LoRA epoch 1 caption; base open answers.
    case(
        "X546-046",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is with cotton fabric. It has a round neckline. The dress is with cotton fabric",
            "loop",
            hit_limit=True,
        ),
        woman("a gold dress and a red scarf"),
        dupatta("maroon"),
        describe("kurta", "the kurta is red", "other_garment_color"),
        details("kurta", "Question: What are the kurta details? Answer: the kurta is gold", "leak"),
        Q.color("gold"),
        Q.material("cotton", "unsupported"),
        title="Mabish Women Gold-Toned Tissue Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Gold",
        gender="Women",
    ),
]
