"""BLIND_18 (44 products; a Brazilian department store's autumn/winter and officewear catalog for women, plus size,
men and kids: blazers, tailoring, knitwear, moletons, puffers, denim, pajamas; base-model and caption-adapter
captions, the VQA adapter's closed answers kept raw, mostly base-model open answers; catalog columns in Portuguese
for most products): written blind in the twelfth session and measured blind at 43a7e7d, after the session's first
two changes (pt-BR seller words; details of the back and the inside): 105/136 and 8/131. The writer's notes,
verbatim:

BLIND_18: a blind corpus of BLIP-2 outputs for a Brazilian department store's autumn/winter and officewear catalog.

Scenario
--------
A Brazilian department-store chain runs enrich over its autumn/winter + officewear catalog: women (including the plus
size line), men and kids. Blazers and tailored trousers (alfaiataria), camisas sociais, blusas, tricô and cardigãs,
moletons, puffer and denim jackets, trench coats, veludo cotelê, wide-leg jeans, saias midi, knit dresses, leggings,
pijamas, and a few flat-lays. Photos: studio on-model shots (often layered: blazer over blouse, cardigan over tee),
ghost-mannequin shots, flat-lays, and in-store/lifestyle shots against colored walls.

Catalog columns (Case.extra) are the store's own export: `category`, `color`, `title`, in Brazilian Portuguese for most
products (store color names such as "Caramelo", "Azul Marinho", "Cinza Mescla", "Verde Militar", "Jeans Claro",
"Rosa Chá", "Off White", "Terracota", "Vinho"), in English for a few products of an imported brand line, and empty ({})
for about a third of the products. `gender` uses one convention throughout: "Women", "Men", "Girls", "Boys", and None
for flat-lays (a ghost-mannequin shot keeps the gender of its line).

Which system produced which text
--------------------------------
* captions: either the untuned base BLIP-2 OPT-2.7b (short sentences, hue names, often the background) or the
  experiments' caption adapter (DeepFashion-MultiModal template: pattern words, fabric words, no hue names; it never
  learned to stop, so most of its captions run to the 50-token limit, looping or cut mid-sentence; two of them
  happened to end before the limit and are correct). Each Case comment says which.
* closed questions (garment_type, color, pattern, sleeve_length, is_<garment>, color_of_<garment>): the VQA adapter via
  the reference engine, stored raw (In-shop class names such as "jacket/coat", "sweatshirt/hoodie", "blouses_shirts",
  loops such as "grey-grey-grey", prompt-format leaks "... Question: ... Answer:", and answers about another layer).
* open questions (wearing, description, details, material): the untuned base model (30 new tokens max) unless the
  comment says the caption adapter answered (then the caption template comes back and runs to the limit).

How it was written
------------------
Blind. I read only ../shared/CONTEXT.md and lines 1-115 of tests/audit_corpus.py (Text/Case layout, helpers, the
TARGETS keys). I did not read any audit code, docs, other tests or other corpora, and ran nothing but the import check.
The texts imitate what CONTEXT.md's "What went wrong" section reports; the photos are imagined and described in the
comment above each Case: that comment is the truth every label is judged against, together with the catalog columns.

Label conventions and judgement calls
-------------------------------------
* One label per text: the fault a reviewer would fix first. Content faults (a wrong garment/color, an invented detail,
  a wrong pronoun) are preferred over form faults when a text has both; a few adapter texts that invent a person or an
  accessory AND run to the limit are labelled `unsupported` with hit_limit=True.
* hit_limit=True only for texts that ran to the limit (30 new tokens for answers, 50 for captions): every `cut`, every
  long `loop`, every run-on `leak`, and the few content-fault texts just mentioned. Never on a correct text.
* `cut`: stops mid-sentence/mid-phrase at the limit, content otherwise right. `loop`: the same word/phrase/sentence
  repeated (even when the repeated value is right). `leak`: the `Question: ... Answer:` format reappears in the answer.
* `contradiction`: a wrong garment type, color, pattern or sleeve length that the photo, the other texts or the seller
  columns contradict; this includes a CLOSED answer that gives the color/pattern of another layer or of the wall
  behind the model, and an open answer that gives a non-product garment of the outfit a wrong color (one color for
  every garment).
* `other_garment_color`: an OPEN answer (description, details, wearing, caption) that gives the product garment the
  color of another garment in the photo (e.g. "a white blazer" when the blouse under it is white).
* `unsupported`: invented details (pockets, hoods, belts, slits, bows, accessories, an invented person on a flat-lay,
  a material the photo rules out).
* `non_answer`: empty, "i don't know", a bare generic word, or only the question's own words back ("it is a hoodie"
  for "Describe the hoodie."). `restated`: the question turned into a sentence with no information ("the details of
  the blazer are the blazer's details", "the material of the garment is the material of the jacket").
* `pronoun`: the answer/caption gives the person the wrong sex for the product's gender.
* Correct on purpose: near-hue synonyms of store colors (Caramelo -> brown/tan, Mostarda -> yellow, Terracota ->
  orange, Vinho -> maroon/burgundy, Chumbo -> gray, Off White -> white, Areia -> beige, Rosa Chá -> pink, Azul Marinho
  -> navy/blue), two-color answers for two-color garments, texts that mention the background or other garments with
  their right colors, "lattice" (the DeepFashion check word) for plaid/houndstooth/Prince-of-Wales, "jacket" or
  "suiting" for a blazer, "denim" for jeans/denim jackets, materials only when visible or named in the title (denim,
  corduroy, knit, satin, wool in an English title, spandex for suplex).
* Other calls: "black" for a navy blazer (seller: Azul Marinho) is a contradiction, not a near hue; "striped" for
  pleats or corduroy wales is a contradiction; "blouse/shirt" for a pajama set (seller: Pijamas) is a contradiction;
  "clothes" / "fabric" / "none" / "" are non-answers; a one-color-for-every-garment answer that gets the product right
  but another garment wrong is a contradiction, one that gives the product the other garment's color is
  other_garment_color. Wearing prompts use "she"/"he" per the exported gender; the answer's own pronoun is judged.
"""

from __future__ import annotations

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    Case,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    wearing,
)

garment_type = BLIND_QUESTIONS.garment_type
color = BLIND_QUESTIONS.color
pattern = BLIND_QUESTIONS.pattern
sleeve_length = BLIND_QUESTIONS.sleeve_length
material = BLIND_QUESTIONS.material
is_garment = is_a


BLIND_18: list[Case] = [
    # Studio, light grey backdrop. Woman in a black single-button tailored blazer over a white blouse, white tailored
    # trousers, black pumps. Product: the blazer. Caption: base model.
    case(
        "DS-50112",
        caption("a woman in a black blazer and white pants posing for a photo"),
        wearing("a black blazer, white blouse and white pants", who="she"),
        color("white", "contradiction"),
        describe("blazer", "black blazer with a single button"),
        details("blazer", "the blazer is white with black buttons", "other_garment_color"),
        gender="Women",
        category="Blazers",
        color="Preto",
        title="Blazer Alfaiataria Feminino Acinturado Preto",
    ),
    # Studio, beige backdrop. Plus-size woman in a caramel (tan-brown) button-front knit cardigan, open over a white
    # crew-neck tee, blue jeans. Product: the cardigan. Caption and the material answer: caption adapter.
    case(
        "DS-50127",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. It "
            "has a v-shape neckline. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a brown cardigan, white shirt and jeans", who="she"),
        garment_type("cardigans"),
        color("brown"),
        color_of("cardigan", "white", "contradiction"),
        material(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. "
            "It has a v-shape",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Cardigãs",
        color="Caramelo",
        title="Cardigã Plus Size Tricô Com Botões Caramelo",
    ),
    # Studio, white backdrop. Man in a plain white slim dress shirt (point collar, no chest pocket), navy tailored
    # trousers, brown belt. Product: the shirt. Caption: base model.
    case(
        "DS-50139",
        caption("a man in a white shirt and blue pants"),
        wearing("she is wearing a white shirt and navy pants", "pronoun", who="he"),
        color_of(
            "shirt",
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            hit_limit=True,
        ),
        sleeve_length("long-sleeve"),
        pattern("pure color"),
        details("shirt", "the shirt has a button down collar and a pocket on the chest", "unsupported"),
        gender="Men",
        category="Camisas Sociais",
        color="Branco",
        title="Camisa Social Masculina Slim Manga Longa Branca",
    ),
    # In-store lifestyle shot, pink wall. Woman in a beige belted cotton-gabardine trench coat (matte, no leather)
    # over a black turtleneck, black trousers. Product: the trench coat. Caption: base model.
    case(
        "DS-50144",
        caption("a woman in a trench coat standing in front of a pink wall"),
        color("pink", "contradiction"),
        garment_type(
            "coat Question: What is the color of the coat? Answer: beige Question: Is this a coat? Answer: yes "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        describe("trench coat", "a beige trench coat with a belt and buttons"),
        is_garment("trench coat", "yes"),
        material("leather", "unsupported"),
        wearing("a black coat, black sweater and black pants", "other_garment_color", who="she"),
        gender="Women",
        category="Casacos",
        color="Bege",
        title="Trench Coat Feminino Com Cinto Bege",
    ),
    # Flat-lay on white-painted wood. Plain grey melange crew-neck sweatshirt (no hood), ribbed cuffs and hem.
    # No catalog columns. Caption: base model.
    case(
        "DS-50158",
        caption("a grey sweatshirt laying on a white wooden floor"),
        garment_type("sweatshirt/hoodie"),
        color("grey"),
        describe("sweatshirt", "it's a grey sweatshirt with a hood", "unsupported"),
        material("fabric", "non_answer"),
    ),
    # Studio, white backdrop. Boy in a navy hoodie with a green dinosaur print on the front, grey joggers.
    # Product: the hoodie. Caption: base model.
    case(
        "DS-50163",
        caption("a young boy wearing a blue hoodie with a dinosaur on it"),
        color("navy blue"),
        garment_type(
            "sweatshirt/hoodie Question: What is the color of the sweatshirt/hoodie? Answer: navy Question: What",
            "leak",
            hit_limit=True,
        ),
        wearing("she is wearing a blue hoodie and grey pants", "pronoun", who="he"),
        describe("hoodie", "a blue hoodie with a green dinosaur on the front"),
        is_garment("hoodie", "no", "contradiction"),
        gender="Boys",
        category="Moletons Infantis",
        color="Azul Marinho",
        title="Moletom Infantil Menino Com Capuz Estampa Dino Azul Marinho",
    ),
    # Ghost mannequin, white backdrop. Off-white crepe blouse with long puff sleeves and a round neck (plus size line).
    # Caption and the description: caption adapter.
    case(
        "DS-50171",
        caption(
            "The upper clothing has long sleeves, chiffon fabric and pure color patterns. It has a round neckline. "
            "The upper clothing has long sleeves, chiffon fabric and pure color patterns. It has a round neckline. "
            "The upper",
            "loop",
            hit_limit=True,
        ),
        sleeve_length("long"),
        color("white"),
        details("blouse", "puffy sleeves"),
        describe(
            "blouse",
            "The upper clothing has long sleeves, chiffon fabric and pure color patterns. It has a round neckline. "
            "The sleeves are",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
    ),
    # Studio, grey backdrop. Man in a black quilted puffer jacket with a high stand collar (no hood), zipped, over a
    # grey hoodie whose hood shows at the back, black jeans. Product: the jacket. Caption: base model.
    case(
        "DS-50186",
        caption("a man in a black puffer jacket and black jeans"),
        color("black"),
        color_of("jacket", "grey", "contradiction"),
        garment_type(
            "jacket/coat Question: Is this a jacket/coat? Answer: yes Question: What is the color of the jacket/coat? "
            "Answer",
            "leak",
            hit_limit=True,
        ),
        material("the material of the garment is the material of the jacket", "restated"),
        wearing("a black jacket, a grey hoodie and black jeans", who="he"),
        describe("jacket", "the jacket is black and has a hood", "unsupported"),
        gender="Men",
    ),
    # Studio, white backdrop. Woman in light-wash high-waisted wide-leg jeans, a black short-sleeve fitted tee tucked
    # in, white sneakers. Product: the jeans. Caption: caption adapter (ended before the limit, correct).
    case(
        "DS-50192",
        caption(
            "This lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The pants this lady wears is of long length. The pants are with denim fabric and "
            "solid color patterns."
        ),
        color_of("jeans", "light blue"),
        color_of("shirt", "black"),
        color("black", "contradiction"),
        details("jeans", "they are jeans", "non_answer"),
        describe("jeans", "high waisted wide leg jeans with a black top"),
        wearing("a black shirt and black jeans", "other_garment_color", who="she"),
        gender="Women",
        category="Calças Jeans",
        color="Jeans Claro",
        title="Calça Jeans Wide Leg Feminina Cintura Alta",
    ),
    # Studio, white backdrop. Woman in an olive-green pleated satin midi skirt (elastic waistband), a cream knit
    # sweater tucked in, brown boots. Product: the skirt. Caption: base model.
    case(
        "DS-50205",
        caption("a woman wearing a green pleated skirt and a white sweater"),
        color_of("skirt", "green"),
        pattern("striped", "contradiction"),
        material("satin"),
        wearing("a white sweater and a white skirt", "other_garment_color", who="she"),
        describe(
            "skirt",
            "a green pleated midi skirt made of satin with an elastic waistband, worn with a white sweater and brown "
            "boots, the skirt is",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Saias",
        color="Verde Oliva",
        title="Saia Midi Plissada Cetim Verde Oliva",
    ),
    # Studio, white backdrop. Girl in solid pink cotton leggings and a white tee with a rainbow print, sneakers.
    # Product: the leggings. Caption: base model.
    case(
        "DS-50213",
        caption("a little girl in pink leggings and a white t-shirt"),
        color("pink"),
        garment_type(
            "leggings-leggings-leggings-leggings-leggings-leggings-leggings-leggings-leggings-leggings-leggings",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing a white shirt and pink pants", "pronoun", who="she"),
        details("leggings", "the leggings are pink and white with a rainbow on them", "other_garment_color"),
        is_garment("leggings", "yes", article="a pair of"),
        gender="Girls",
        category="Leggings Infantis",
        color="Rosa",
        title="Legging Infantil Menina Cotton Rosa",
    ),
    # Studio, light grey backdrop. Man in brown corduroy straight trousers, a cream cable-knit crew-neck sweater,
    # white sneakers. Product: the trousers. Caption: caption adapter.
    case(
        "DS-50228",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has "
            "a crew neckline. This man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The trousers",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "white", "contradiction"),
        material("corduroy"),
        garment_type("pants"),
        describe("pants", "brown corduroy pants with a cream sweater"),
        wearing("a woman in a white sweater and brown pants", "pronoun", who="he"),
        gender="Men",
        category="Calças",
        color="Marrom",
        title="Calça Veludo Cotelê Masculina Reta Marrom",
    ),
    # Flat-lay on beige linen. Navy merino V-neck cardigan, five white buttons, long sleeves, no person, nothing else.
    # Imported English line. Caption: base model; the description: caption adapter.
    case(
        "DS-50231",
        caption("a blue cardigan sweater on a beige background"),
        color("navy"),
        color_of(
            "cardigan",
            "navy Question: What is the color of the cardigan? Answer: navy Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        material("wool"),
        describe(
            "cardigan",
            "The upper clothing has long sleeves, knitting fabric and pure color patterns. It has a V-shape neckline. "
            "The lady wears a long pants. The pants are with",
            "unsupported",
            hit_limit=True,
        ),
        category="Cardigans",
        color="Navy",
        title="Merino V-Neck Cardigan",
    ),
    # In-store lifestyle, green plant wall behind. Woman in a terracotta ribbed knit midi dress with long sleeves and
    # no slit, nude heels. Product: the dress. Caption: base model.
    case(
        "DS-50246",
        caption("a woman in an orange sweater dress standing in front of a green wall"),
        color(
            "orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange",
            "loop",
            hit_limit=True,
        ),
        garment_type(
            "dresses Question: What is the color of the dresses? Answer: orange Question: Is this a dresses?",
            "leak",
            hit_limit=True,
        ),
        sleeve_length("short-sleeve", "contradiction"),
        describe("dress", "a long sleeved knit dress with a slit", "unsupported"),
        material("knit"),
        details("dress", "the dress is ribbed"),
        gender="Women",
        category="Vestidos",
        color="Terracota",
        title="Vestido Midi Tricô Canelado Terracota",
    ),
    # Studio, grey backdrop. Man in charcoal flat-front tailored trousers (belt loops, plain hem) and a light-blue
    # dress shirt, no jacket. Product: the trousers. No catalog columns. Caption: base model.
    case(
        "DS-50251",
        caption("a man in a blue shirt and gray pants"),
        color_of("pants", "blue", "contradiction"),
        color_of("shirt", "blue"),
        garment_type(
            "pants Question: What is the color of the pants? Answer: grey Question: What is the color of the shirt? "
            "Answer",
            "leak",
            hit_limit=True,
        ),
        details("pants", "pleated front, belt loops and cuffed hem", "unsupported"),
        wearing("a blue shirt and gray pants", who="he"),
        describe("pants", "light blue dress pants", "other_garment_color"),
        gender="Men",
    ),
    # Studio, white backdrop. Woman in a mustard chunky-knit turtleneck sweater and a black faux-leather mini skirt,
    # black boots. Product: the sweater. Caption: caption adapter.
    case(
        "DS-50264",
        caption(
            "This lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a stand neckline. This lady wears a short skirt. The skirt is with leather fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color("yellow"),
        garment_type("sweater"),
        wearing("a yellow sweater and a yellow skirt", "contradiction", who="she"),
        material("knitted"),
        details("sweater", "the sweater is a sweater", "non_answer"),
        sleeve_length(
            "long-sleeve Question: Is this a sweater? Answer: yes Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
    ),
    # Studio, white backdrop. Woman in a medium-wash oversized denim jacket (plain, no fur) over a red-and-white
    # striped tee, black jeans. Product: the jacket. Caption: base model.
    case(
        "DS-50279",
        caption("a woman wearing a denim jacket and a striped shirt"),
        pattern("striped", "contradiction"),
        color("blue"),
        describe("jacket", "a blue denim jacket with a red and white striped shirt underneath"),
        color_of(
            "jacket",
            "red Question: What is the color of the jacket? Answer: red Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        details("jacket", "the details are the jacket details", "restated"),
        gender="Women",
        category="Jaquetas Jeans",
        color="Azul Médio",
        title="Jaqueta Jeans Feminina Oversized",
    ),
    # Studio, white backdrop. Boy in a red nylon puffer jacket with a black zipper, blue jeans. Product: the jacket.
    # No catalog columns. Caption: base model.
    case(
        "DS-50282",
        caption("a little boy in a red jacket and jeans"),
        color("red"),
        garment_type(
            "jacket/coat-jacket/coat-jacket/coat-jacket/coat-jacket/coat-jacket/coat-jacket/coat-jacket/",
            "loop",
            hit_limit=True,
        ),
        wearing("a red jacket and blue jeans", who="he"),
        material("it's made of leather", "unsupported"),
        describe("jacket", "a red and blue jacket", "other_garment_color"),
        gender="Boys",
    ),
    # Studio, white backdrop. Woman in a black-and-white houndstooth longline blazer with two flap pockets (no belt),
    # black top, black trousers. Product: the blazer. Caption: base model.
    case(
        "DS-50297",
        caption("a woman in a black and white houndstooth blazer and black pants"),
        pattern("lattice"),
        color("black and white"),
        color_of(
            "blazer",
            "black-white-black-white-black-white-black-white-black-white-black-white-black-white-black",
            "loop",
            hit_limit=True,
        ),
        describe(
            "blazer",
            "it is a black and white checkered blazer with black buttons and two pockets on the front, it is worn "
            "with a black top and black pants and",
            "cut",
            hit_limit=True,
        ),
        details("blazer", "the blazer has two pockets and a belt", "unsupported"),
        gender="Women",
    ),
    # Studio, grey backdrop. Man in an olive-green pullover hoodie with a kangaroo pocket, black joggers.
    # Product: the hoodie. Caption and the details answer: caption adapter.
    case(
        "DS-50303",
        caption(
            "This gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The pants are with cotton fabric and pure color patterns. The pants are with cotton fabric and pure "
            "color patterns. The pants are with",
            "loop",
            hit_limit=True,
        ),
        color("green"),
        color_of("sweatshirt", "black", "contradiction"),
        describe("hoodie", "a green hoodie with a pocket in the front"),
        wearing("a green sweatshirt and black pants", who="he"),
        details(
            "hoodie",
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The upper clothing has long "
            "sleeves, cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Moletons",
        color="Verde Militar",
        title="Moletom Canguru Masculino Com Capuz Verde Militar",
    ),
    # In-store lifestyle, mustard-yellow wall. Woman in a white satin long pajama set (shirt + trousers) with black
    # piping on collar and pocket. Product: the pajama set. Caption: base model.
    case(
        "DS-50318",
        caption("a woman in white pajamas standing in front of a yellow wall"),
        color("yellow", "contradiction"),
        garment_type("blouse/shirt", "contradiction"),
        details("pajamas", "black piping on the collar and pocket"),
        is_garment(
            "pajama set",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        wearing("white pajamas with black trim", who="she"),
        gender="Women",
        category="Pijamas",
        color="Branco",
        title="Pijama Longo Feminino Cetim Com Vivo Preto",
    ),
    # Flat-lay on light grey. Men's light-blue oxford shirt, folded, long sleeves, a navy tie laid beside it.
    # No catalog columns. Caption: base model.
    case(
        "DS-50322",
        caption("a blue shirt and a tie on a gray background"),
        color("light blue"),
        color_of("shirt", "navy", "contradiction"),
        pattern(
            "pure color-pure color-pure color-pure color-pure color-pure color-pure color-pure color-pure",
            "loop",
            hit_limit=True,
        ),
        describe("shirt", "a light blue button down shirt with a navy tie"),
        details("shirt", "", "non_answer"),
    ),
    # Studio, white backdrop. Plus-size woman in black high-waisted suplex leggings under a long grey melange
    # sweatshirt, white sneakers. Product: the leggings. Caption: base model; the wearing answer: caption adapter.
    case(
        "DS-50337",
        caption("a woman in a gray sweatshirt and black leggings"),
        color("grey", "contradiction"),
        wearing(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a round neckline. The",
            "cut",
            who="she",
            hit_limit=True,
        ),
        details("leggings", "high waisted"),
        material("spandex"),
        describe("leggings", "grey leggings", "other_garment_color"),
        gender="Women",
        category="Leggings",
        color="Preto",
        title="Legging Plus Size Suplex Cintura Alta Preta",
    ),
    # Studio, white backdrop. Man in a camel wool-blend longline overcoat over a black turtleneck, grey trousers,
    # no watch or bracelet visible. Imported English line. Caption: caption adapter.
    case(
        "DS-50349",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a stand neckline. This man wears a long trousers. The trousers are with cotton fabric. There is an "
            "accessory on his wrist",
            "unsupported",
            hit_limit=True,
        ),
        color("brown"),
        color_of("coat", "tan"),
        wearing("a brown coat, a black sweater and grey pants", who="he"),
        describe("coat", "a long black wool coat", "other_garment_color"),
        details("coat", "none", "non_answer"),
        gender="Men",
        category="Outerwear",
        color="Camel",
        title="Wool-Blend Longline Overcoat",
    ),
    # Ghost mannequin, white backdrop. Women's long-sleeve dress shirt, white with thin blue vertical stripes,
    # point collar. Caption: caption adapter.
    case(
        "DS-50350",
        caption(
            "The upper clothing has long sleeves, cotton fabric and striped patterns. It has a lapel neckline. The "
            "upper clothing has long sleeves, cotton fabric and striped patterns. It has a lapel neckline. The upper "
            "clothing has",
            "loop",
            hit_limit=True,
        ),
        pattern("striped"),
        color("blue and white"),
        garment_type(
            "blouses_shirts Question: Is this a blouses_shirts? Answer: yes Question: Is this a blouses_shirts? Answer",
            "leak",
            hit_limit=True,
        ),
        describe("shirt", "a blue and white striped shirt"),
        material("the garment is made of the material it is made of", "restated"),
        gender="Women",
        category="Camisas",
        color="Listrado Azul",
        title="Camisa Social Feminina Listrada Manga Longa",
    ),
    # Studio, white backdrop. Girl in a lilac hoodie with a unicorn print, a mid-blue denim skirt, white sneakers.
    # Product: the hoodie. Caption: base model.
    case(
        "DS-50365",
        caption("a little girl wearing a purple hoodie with a unicorn on it"),
        color("purple"),
        wearing("a purple sweatshirt and a purple skirt", "contradiction", who="she"),
        pattern("graphic"),
        describe("hoodie", "it is a hoodie", "non_answer"),
        details("hoodie", "the hoodie has a unicorn on the front and a unicorn on the back", "unsupported"),
        gender="Girls",
    ),
    # Studio, white backdrop. Man in a navy two-button slim blazer (no pocket square), white dress shirt, khaki
    # chinos. Product: the blazer. Caption: base model.
    case(
        "DS-50378",
        caption("a man in a black suit jacket and khaki pants", "contradiction"),
        color("navy"),
        color_of("blazer", "white", "contradiction"),
        garment_type("suiting"),
        wearing("he is wearing a blue blazer, white shirt and tan pants", who="he"),
        is_garment(
            "blazer",
            "yes Question: Is this a blazer? Answer: yes Question: Is this a blazer? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        details("blazer", "two buttons and a pocket square", "unsupported"),
        gender="Men",
        category="Blazers",
        color="Azul Marinho",
        title="Blazer Masculino Slim Alfaiataria Azul Marinho",
    ),
    # In-store lifestyle, cobalt-blue wall. Woman in burgundy (wine) corduroy straight trousers with belt loops and
    # a cream long-sleeve blouse. Product: the trousers. No catalog columns. Caption: base model; the material
    # answer: caption adapter.
    case(
        "DS-50381",
        caption("a woman in a cream blouse and maroon pants standing in front of a blue wall"),
        color_of("pants", "blue", "contradiction"),
        material(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The",
            "cut",
            hit_limit=True,
        ),
        garment_type("pants"),
        describe("pants", "burgundy corduroy pants"),
        details("pants", "cream colored pants with pockets", "other_garment_color"),
        gender="Women",
    ),
    # Studio, white backdrop. Woman in a black long-sleeve ribbed knit midi dress, a camel coat draped over her
    # shoulders. Product: the dress. Caption: caption adapter.
    case(
        "DS-50394",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric. It has a "
            "round neckline. The outer clothing is with wool fabric and pure color patterns. The dress is of long "
            "length. The lady",
            "cut",
            hit_limit=True,
        ),
        color("brown", "contradiction"),
        color_of("dress", "black"),
        wearing("a black dress and a brown coat", who="she"),
        describe("dress", "a black ribbed sweater dress with a brown coat over it"),
        sleeve_length(
            "long-sleeve-long-sleeve-long-sleeve-long-sleeve-long-sleeve-long-sleeve-long-sleeve-long",
            "loop",
            hit_limit=True,
        ),
        details("dress", "the dress is black and has a brown belt", "unsupported"),
        gender="Women",
        category="Vestidos",
        color="Preto",
        title="Vestido Midi Tricô Canelado Preto",
    ),
    # Ghost mannequin, white backdrop. Men's grey melange crew-neck knit sweater, long sleeves, plain.
    # Caption: base model.
    case(
        "DS-50406",
        caption("a grey sweater on a white background"),
        color("gray"),
        material("the material of the garment is the garment material", "restated"),
        describe("sweater", "a gray crew neck sweater"),
        is_garment(
            "sweater",
            "yes Question: What is the color of the sweater? Answer: grey Question: What is the",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Tricô",
        color="Cinza Mescla",
        title="Suéter Tricô Masculino Gola Careca Cinza Mescla",
    ),
    # Studio, white backdrop. Woman in a dusty-pink (rosa chá) button cardigan worn open over a white tee, blue jeans,
    # white sneakers. Product: the cardigan. No catalog columns. Caption: caption adapter.
    case(
        "DS-50419",
        caption(
            "This lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. "
            "This lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. "
            "This lady wears a long-",
            "loop",
            hit_limit=True,
        ),
        color("pink"),
        color_of("cardigan", "white", "contradiction"),
        wearing("a pink cardigan, white shirt and jeans", who="she"),
        is_garment("cardigan", "yes"),
        describe(
            "cardigan",
            "a pink cardigan with buttons down the front, a white t-shirt and blue jeans, she is wearing a pair of "
            "white sneakers and a pair of",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
    ),
    # Studio, white backdrop. Boy in a red-and-navy plaid flannel long pajama set. Product: the pajama set.
    # Caption: base model.
    case(
        "DS-50423",
        caption("a young boy in plaid pajamas"),
        pattern("lattice"),
        color("red and blue"),
        garment_type(
            "blouses shirts-blouses shirts-blouses shirts-blouses shirts-blouses shirts-blouses shirts-blouses",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing red and blue pajamas", "pronoun", who="he"),
        gender="Boys",
    ),
    # Studio, white backdrop. Woman in sand-beige wide-leg tailored trousers with front pleats, high waist, a black
    # fitted long-sleeve top, black heels. Product: the trousers. Caption: base model; the description: caption
    # adapter.
    case(
        "DS-50436",
        caption("a woman in a black top and beige wide leg pants"),
        color_of("pants", "beige"),
        color("black", "contradiction"),
        describe(
            "pants",
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lady "
            "wears a long trousers. The",
            "cut",
            hit_limit=True,
        ),
        details("pants", "wide leg, high waist, pleats in the front"),
        wearing("a black shirt and black pants", "other_garment_color", who="she"),
        gender="Women",
        category="Calças Alfaiataria",
        color="Areia",
        title="Calça Pantalona Alfaiataria Feminina Areia",
    ),
    # In-store lifestyle, orange wall. Man in a light-wash denim trucker jacket (plain collar, no fur) over a white
    # hoodie, black jeans. Product: the jacket. Caption: base model.
    case(
        "DS-50441",
        caption("a man in a denim jacket and a white hoodie standing in front of an orange wall"),
        color_of("jacket", "light blue"),
        color("orange", "contradiction"),
        describe("jacket", "a light blue denim jacket with a fur collar", "unsupported"),
        wearing("a blue jacket, white hoodie and blue jeans", "contradiction", who="he"),
        material("denim"),
        gender="Men",
        category="Jaquetas Jeans",
        color="Azul Claro",
        title="Jaqueta Jeans Masculina Trucker Azul Claro",
    ),
    # Studio, white backdrop. Woman in a cropped red puffer jacket over a black turtleneck, black leggings.
    # Product: the jacket. No catalog columns. Caption: caption adapter.
    case(
        "DS-50452",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "stand neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. The leggings are",
            "cut",
            hit_limit=True,
        ),
        color("red"),
        color_of(
            "jacket",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        wearing("a red jacket and black leggings", who="she"),
        describe("jacket", "it is a red puffy jacket"),
        is_garment("jacket", "no", "contradiction"),
        sleeve_length(
            "long-sleeve Question: What is the color of the jacket? Answer: red Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
    ),
    # Flat-lay on white table. Brown corduroy overshirt, long sleeves, two flap chest pockets, button front.
    # Caption: base model; the description: caption adapter.
    case(
        "DS-50467",
        caption("a brown corduroy shirt laying on a white table"),
        material("corduroy"),
        describe(
            "shirt",
            "The shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The shirt has "
            "two pockets on the chest and buttons down the",
            "cut",
            hit_limit=True,
        ),
        details("shirt", "two chest pockets with flaps"),
        pattern("striped", "contradiction"),
        category="Camisas",
        color="Marrom Café",
        title="Camisa Overshirt Veludo Cotelê Marrom Café",
    ),
    # Studio, white backdrop. Woman in a mid-blue denim midi skirt with a front slit, a white blouse, tan boots.
    # Product: the skirt. Caption: base model.
    case(
        "DS-50470",
        caption("a woman in a white blouse and a denim skirt"),
        color_of("skirt", "white", "contradiction"),
        details("skirt", "slit in the front"),
        material(
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim",
            "loop",
            hit_limit=True,
        ),
        wearing("clothes", "non_answer", who="she"),
        gender="Women",
        category="Saias",
        color="Azul Médio",
        title="Saia Midi Jeans Com Fenda Frontal",
    ),
    # Studio, grey backdrop. Man in a navy half-zip knit sweater over a white collared shirt, blue jeans.
    # Product: the sweater. No catalog columns. Caption: caption adapter.
    case(
        "DS-50483",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a stand neckline. This man wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The trousers",
            "cut",
            hit_limit=True,
        ),
        color("navy"),
        color_of("sweater", "white", "contradiction"),
        garment_type(
            "sweater Question: What is the color of the sweater? Answer: navy Question: What",
            "leak",
            hit_limit=True,
        ),
        wearing("she is wearing a blue sweater and jeans", "pronoun", who="he"),
        details("sweater", "a zipper at the neck"),
        gender="Men",
    ),
    # In-store lifestyle, white brick wall. Plus-size woman in an emerald satin long-sleeve V-neck blouse (no bow),
    # black wide-leg trousers. Product: the blouse. Caption: base model.
    case(
        "DS-50494",
        caption("a woman in a green blouse and black pants standing in front of a brick wall"),
        color("green"),
        describe("blouse", "a green satin blouse with a bow at the neck", "unsupported"),
        wearing("he is wearing a green shirt and black pants", "pronoun", who="she"),
        material("satin"),
        details(
            "blouse",
            "the blouse is green satin with long sleeves and a v neck, she is wearing it with black wide leg pants "
            "and black heels and a gold",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Blusas",
        color="Verde Esmeralda",
        title="Blusa Plus Size Cetim Manga Longa Verde Esmeralda",
    ),
    # Studio, white backdrop. Girl in a navy knit dress with a white Peter Pan collar, white tights, black shoes.
    # Product: the dress. Caption: base model.
    case(
        "DS-50508",
        caption("a little girl in a blue dress with a white collar"),
        color("navy blue"),
        color_of("dress", "white", "contradiction"),
        details("dress", "white collar"),
        describe("dress", "a white dress with a blue collar", "other_garment_color"),
        wearing("he is wearing a blue dress and white tights", "pronoun", who="she"),
        gender="Girls",
        category="Vestidos Infantis",
        color="Marinho",
        title="Vestido Infantil Tricô Golinha Marinho",
    ),
    # Studio, white backdrop. Man in a pink slim dress shirt and grey suit trousers. Product: the shirt.
    # Imported English line. Caption: caption adapter (ended before the limit, correct).
    case(
        "DS-50511",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The pants this man wears is of long length. The pants are with cotton fabric and pure "
            "color patterns."
        ),
        color(
            "pink Question: What is the color of the pants? Answer: grey Question: What is the color of the shirt? "
            "Answer",
            "leak",
            hit_limit=True,
        ),
        color_of("shirt", "grey", "contradiction"),
        color_of("pants", "grey"),
        wearing("a pink shirt and grey pants", who="he"),
        describe("shirt", "a grey dress shirt", "other_garment_color"),
        details(
            "shirt",
            "the shirt has a collar and buttons and a collar and buttons and a collar and buttons and a collar and "
            "buttons and a",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Dress Shirts",
        color="Pink",
        title="Slim Fit Non-Iron Dress Shirt",
    ),
    # Studio, white backdrop. Woman in a grey Prince-of-Wales check blazer with matching grey trousers, a black
    # turtleneck underneath. Product: the blazer. Caption: base model.
    case(
        "DS-50526",
        caption("a woman in a gray plaid suit and a black turtleneck"),
        pattern(
            "lattice-lattice-lattice-lattice-lattice-lattice-lattice-lattice-lattice-lattice-lattice-lattice-lattice",
            "loop",
            hit_limit=True,
        ),
        color("gray"),
        describe("blazer", "a gray blazer"),
        details("blazer", "the details of the blazer are the blazer's details", "restated"),
        color_of("blazer", "black", "contradiction"),
        wearing("he is wearing a gray suit and a black turtleneck", "pronoun", who="she"),
        gender="Women",
        category="Blazers",
        color="Xadrez Cinza",
        title="Blazer Feminino Xadrez Príncipe de Gales",
    ),
    # Studio, white backdrop. Woman in a cream knit sweater with navy horizontal stripes, long sleeves, white
    # trousers. Product: the sweater. No catalog columns. Caption: caption adapter.
    case(
        "DS-50539",
        caption(
            "This lady wears a long-sleeve sweater with striped patterns. The sweater is with knitting fabric. It has "
            "a round neckline. This lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. This lady wears a",
            "cut",
            hit_limit=True,
        ),
        pattern("striped"),
        color("navy and white"),
        color_of(
            "sweater",
            "navy Question: What is the color of the pants? Answer: white Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        wearing("a blue and white striped sweater and white pants", who="she"),
        material("i don't know", "non_answer"),
        gender="Women",
    ),
    # Studio, white backdrop. Boy in a blue-and-green plaid long-sleeve button shirt (one chest pocket), khaki chinos.
    # Product: the shirt. Caption: base model.
    case(
        "DS-50542",
        caption("a young boy wearing a plaid shirt and khaki pants"),
        pattern("plaid"),
        color("blue and green"),
        wearing(
            "he is wearing a blue and green plaid shirt, khaki pants and brown shoes, he is standing in front of a "
            "white wall with his hands in his",
            "cut",
            who="he",
            hit_limit=True,
        ),
        describe(
            "shirt",
            "a blue and green plaid shirt with a pocket on the chest and a pocket on the chest and a pocket on the "
            "chest and a pocket",
            "loop",
            hit_limit=True,
        ),
        sleeve_length("short-sleeve", "contradiction"),
        gender="Boys",
        category="Camisas Infantis",
        color="Xadrez Azul",
        title="Camisa Infantil Menino Xadrez Manga Longa",
    ),
]
