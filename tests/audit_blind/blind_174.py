"""BLIND_174 (44 products; women's western wear on a Brazilian marketplace, Portuguese columns): written blind in the
thirty-sixth session. Measured blind at adc636b: 120/140 failures found (85.7%) and 1/146 correct texts flagged
(0.7%). The writer's notes, verbatim:

Blind set 174: women's western wear on a Brazilian marketplace (catalog columns in Portuguese).

Scenario. A Brazilian marketplace sends 44 women's products. Its catalog columns are Portuguese: `category`
("Vestidos", "Blusas", "Calças", "Saias", "Jaquetas", "Camisetas", plus "Macacões", "Shorts", "Blazers",
"Camisas"), `color` ("Preto", "Azul Marinho", "Off White", "Vinho", "Caramelo", ...) and a Portuguese `title`.
The gender column is "Feminino" (the marketplace's own value, not "Women"). Most photos are on-model, the model
wearing the product with other garments (jeans, tees, boots...), a few are flat packshots (P06, P24, P42). A few
products lack columns: P23 and P41 have no category, P30 and P43 no color, P44 no title, P12 and P35 no gender.

Which system wrote which text (the original experiments' systems, ../shared/CONTEXT.md):
- base BLIP-2 OPT-2.7b (no adapter): short captions ("a woman in a black dress standing in front of a gray
  wall") and short open answers that stop on their own; its failures are one color for every garment, invented
  details, "he"/"a man" for the women, restating the question, empty or "no"/"none" answers, and now and then the
  `Question: ... Answer:` prompt echoed back.
- caption LoRA adapters (epoch 1 and epoch 3): the DeepFashion-MultiModal template ("The lady wears a
  short-sleeve dress with pure color patterns. The dress is with cotton fabric...") for captions AND for any
  question prompt; no end token, so every such text runs to the limit (50 new tokens for captions, 30 for
  answers) and is either cut mid-sentence or loops. Sometimes "The gentleman wears" for a woman.
- VQA adapter: one-word In-shop answers ("denim", "skirt", "navy") that run on: the word repeated to the limit,
  or the `Question: ... Answer:` format continued.
- reference engine (closed questions: garment type, color, pattern, sleeve length): ranks candidate answers,
  one short answer, never loops; it sometimes picks another garment's color (the jeans, the top, the boots), a
  background color (brick wall, wooden floor), or a wrong pattern/sleeve candidate.
Every text that reached the token limit has hit_limit=True (all caption-adapter and VQA-adapter texts do).

Labels: failure=None means the text is right for the photo described in the product's comment. Otherwise the
single failure an auditor would most plainly see:
- cut: a text stopped at the limit in the middle of a phrase (the caption template cut off) when its content up
  to the cut is not plainly wrong and it does not visibly repeat itself; loop when a phrase visibly repeats
  (a whole template sentence repeated, "denim denim denim", "the buttons, the buttons").
- non_answer: the caption template returned for a color question (gives no color), "", "no", "yes", "none",
  "nothing", "i don't know", "the garment", "the shirt" for a description, a garment name for a material.
- restated: the question's words given back ("the details of the garment are", "the garment is made of
  garment", "describe the garment"), including one answer that restates the question before answering (P15).
- leak: a text that echoes or continues the `Question: ... Answer:` format.
- pronoun: "he", "a man", "the gentleman" for a woman (or for a women's packshot).
- other_garment_color: a text that gives the product the color of another garment in the photo; a text that
  gives ANOTHER garment the product's color (the black shorts of P13, the grey shorts of P26, the yellow
  pants of P35) is labelled contradiction, as is a background color given as the product's (P10, P42).
- contradiction: a color, garment type, pattern or sleeve length the photo (and usually the seller) contradicts.
- unsupported: details that are not in the photo (a zipper, a chest pocket, a logo, lace trim, a belt).
Judgement calls counted as correct: "red" and "burgundy"/"maroon" for Vinho; "navy"/"blue" for Azul Marinho;
"white" for Off White; "orange" for Terracota; "yellow" for Mostarda; "purple" for Lilás; "brown" for Caramelo;
"khaki" for Cáqui; "sweater" for a ribbed knit turtleneck sold as "Blusas" (P08); "jacket" for a blazer; "coat"
for a puffer; "plaid" for gingham; "floral" for a leaf print; "leather" for faux leather; "jeans" as the material
of denim; "satin" when the title says cetim; "knit" for tricô; a packshot's "What is the person wearing?"
answered with the product itself (P24) is correct; "she is wearing shorts" (P33) is thin but right.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case

F = "Feminino"

BLIND_174 = [
    # P01 On-model: black solid sleeveless spaghetti-strap midi dress, tan sandals, plain grey studio wall.
    case(
        "BR174-01",
        caption("a woman in a black dress standing in front of a gray wall"),
        D.wearing("a black dress and sandals"),
        D.garment_type("dress"),
        D.color("black"),
        D.sleeve_length("short", "contradiction"),
        D.details(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has"
            " a suspenders neckline. The dress is of",
            "cut",
            hit_limit=True,
        ),
        gender=F,
        category="Vestidos",
        color="Preto",
        title="Vestido Midi Alcinha Preto Liso",
    ),
    # P02 On-model: off-white long-sleeve blouse with ruffled cuffs, no pockets, tucked into mid-blue jeans; white
    # backdrop.
    case(
        "BR174-02",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long denim pants. The shirt is with"
            " cotton fabric and its neckline is round. The pants are with denim fabric and solid color patterns."
            " The lady wears a long-sleeve shirt with pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and blue jeans"),
        D.garment_type("blouse"),
        D.color("blue", "other_garment_color"),
        D.details("ruffled cuffs and a pocket on the chest", "unsupported"),
        gender=F,
        category="Blusas",
        color="Off White",
        title="Blusa Manga Longa Punho Babado Off White",
    ),
    # P03 On-model: mid-blue high-waist wide-leg jeans, black cropped tee tucked in, white sneakers, white backdrop.
    case(
        "BR174-03",
        caption("a woman in a black crop top and wide leg jeans"),
        D.wearing("a black crop top and blue jeans"),
        D.garment_type("pants"),
        D.color("black", "other_garment_color"),
        D.material("denim"),
        D.details(" ".join(["denim"] * 30), "loop", hit_limit=True),
        D.description("the jeans are high waisted and wide legged"),
        gender=F,
        category="Calças",
        color="Azul",
        title="Calça Jeans Wide Leg Cintura Alta",
    ),
    # P04 On-model: olive-green pleated satin midi skirt (solid color, fine knife pleats), white tee tucked in,
    # beige backdrop.
    case(
        "BR174-04",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and"
            " it has a round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color"
            " patterns. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("skirt"),
        D.color("white", "other_garment_color"),
        D.pattern("striped", "contradiction"),
        D.wearing("she is wearing a white shirt and a green skirt"),
        D.description("a green pleated skirt"),
        gender=F,
        category="Saias",
        color="Verde Militar",
        title="Saia Midi Plissada Cetim Verde",
    ),
    # P05 On-model: light-wash oversized denim jacket with metal buttons (no zipper), worn open over a black slip
    # dress; white backdrop.
    case(
        "BR174-05",
        caption("a woman in a denim jacket and a black dress"),
        D.wearing(
            "denim Question: What is the color of the denim? Answer: blue Question: What is the color of the"
            " denim? Answer: blue Question:",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("dress", "contradiction"),
        D.color("light blue"),
        D.details("the jacket has a zipper on the front", "unsupported"),
        D.material("denim"),
        gender=F,
        category="Jaquetas",
        color="Azul Claro",
        title="Jaqueta Jeans Oversized Lavagem Clara",
    ),
    # P06 Flat packshot: plain white short-sleeve crew-neck cotton tee laid on a grey background, no person.
    case(
        "BR174-06",
        caption("a white t - shirt on a gray background"),
        D.wearing("he is wearing a white t-shirt", "pronoun"),
        D.garment_type("t-shirt"),
        D.color("white"),
        D.sleeve_length("long", "contradiction"),
        D.material("cotton"),
        D.details(
            "The T-shirt is with cotton fabric and pure color patterns. It has a round neckline. The T-shirt is"
            " with cotton fabric and pure color patterns. It",
            "loop",
            hit_limit=True,
        ),
        gender=F,
        category="Camisetas",
        color="Branco",
        title="Camiseta Básica Algodão Gola Redonda",
    ),
    # P07 On-model outdoors in a garden: navy maxi dress with small white and pink flowers, short puff sleeves,
    # V-neck; straw hat.
    case(
        "BR174-07",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a"
            " v-shape neckline. The lady wears a hat. The dress is of long length. The lady wears a hat. The dress"
            " is of long length. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue floral dress and a straw hat"),
        D.pattern("floral"),
        D.color("navy"),
        D.description(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a"
            " v-shape neckline. The dress",
            "cut",
            hit_limit=True,
        ),
        gender=F,
        category="Vestidos",
        color="Azul Marinho",
        title="Vestido Longo Floral Manga Bufante",
    ),
    # P08 On-model: wine-colored ribbed knit long-sleeve turtleneck top (plain cuffs, no buttons) tucked into a
    # black faux-leather mini skirt; white backdrop.
    case(
        "BR174-08",
        caption("a woman wearing a red sweater and black skirt"),
        D.wearing("he is wearing a maroon sweater and a black skirt", "pronoun"),
        D.garment_type("sweater"),
        D.color("black", "other_garment_color"),
        D.details("the sweater has a turtle neck and buttons on the sleeves", "unsupported"),
        D.material(
            "cotton Question: What material is the garment made of? Answer: cotton Question: What material is the"
            " garment made of? Answer: cotton Question:",
            "leak",
            hit_limit=True,
        ),
        D.sleeve_length("long"),
        gender=F,
        category="Blusas",
        color="Vinho",
        title="Blusa Canelada Gola Alta Vinho",
    ),
    # P09 On-model: beige high-waist wide-leg tailored trousers (no belt), black sleeveless bodysuit, black heels;
    # grey backdrop.
    case(
        "BR174-09",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with"
            " cotton fabric. The pants are with cotton fabric and pure color patterns. The lady wears a long pants."
            " The pants are with",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black top and black pants", "other_garment_color"),
        D.garment_type("pants"),
        D.color("beige"),
        D.description("wide leg beige trousers with a high waist and a gold belt", "unsupported"),
        D.details("they are pants", "non_answer"),
        D.pattern("solid"),
        gender=F,
        category="Calças",
        color="Bege",
        title="Calça Alfaiataria Pantalona Bege",
    ),
    # P10 On-model outdoors: black faux-leather biker jacket (asymmetric zip, zipped cuffs) over a white tee and
    # blue jeans, in front of a red brick wall.
    case(
        "BR174-10",
        caption("a woman in a black leather jacket standing in front of a brick wall"),
        D.wearing("a black leather jacket, white t-shirt and blue jeans"),
        D.color("red", "contradiction"),
        D.garment_type("jacket"),
        D.details("zippers on the front and on the sleeves"),
        D.description(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. The"
            " lady wears a long-sleeve jacket with pure color",
            "loop",
            hit_limit=True,
        ),
        gender=F,
        category="Jaquetas",
        color="Preto",
        title="Jaqueta Biker Couro Sintético Preta",
    ),
    # P11 On-model: mid-blue denim mini skirt with front buttons, worn with a long-sleeve white-and-navy striped
    # breton top; white backdrop.
    case(
        "BR174-11",
        caption("a woman in a striped shirt and a denim dress", "contradiction"),
        D.pattern("striped", "contradiction"),
        D.garment_type("skirt"),
        D.color("blue"),
        D.details("buttons down the front"),
        D.description("denim " + " ".join(["skirt"] * 29), "loop", hit_limit=True),
        D.wearing("a white and blue striped shirt and a blue jean skirt"),
        gender=F,
        category="Saias",
        color="Azul",
        title="Saia Jeans Mini Botões Frontais",
    ),
    # P12 On-model: red short-sleeve knee-length sheath dress, round neck, solid; nude heels; white backdrop.
    # No gender column.
    case(
        "BR174-12",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has"
            " a round neckline. The dress is of knee length. The lady wears a short-sleeve dress with pure color"
            " patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has"
            " a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.color(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has"
            " a round neckline. The",
            "non_answer",
            hit_limit=True,
        ),
        D.garment_type("dress"),
        D.sleeve_length("short"),
        D.pattern("solid"),
        category="Vestidos",
        color="Vermelho",
        title="Vestido Tubinho Manga Curta Vermelho",
    ),
    # P13 On-model: black cotton-jersey tee with a white print of band lettering and a guitar (no skull), worn with
    # light-blue denim shorts; white backdrop.
    case(
        "BR174-13",
        caption("a woman wearing a black t - shirt with a graphic on it"),
        D.pattern("solid", "contradiction"),
        D.garment_type("graphic tee"),
        D.color("black"),
        D.details("the shirt has a picture of a skull", "unsupported"),
        D.wearing("a black shirt and black shorts", "contradiction"),
        D.material("a t-shirt", "non_answer"),
        gender=F,
        category="Camisetas",
        color="Preto",
        title="Camiseta Estampa Rock Preta",
    ),
    # P14 On-model: pink off-shoulder crop top with short puff sleeves, white high-waist pants, gold earrings;
    # light grey backdrop.
    case(
        "BR174-14",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with"
            " chiffon fabric and its neckline is off-shoulder. The pants are with cotton fabric and pure color"
            " patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink top and white pants"),
        D.color("pink"),
        D.garment_type("blouse"),
        D.sleeve_length(
            "short-sleeve Question: How long are the sleeves? Answer: short-sleeve Question: How long are the"
            " sleeves? Answer:",
            "leak",
            hit_limit=True,
        ),
        D.material("the garment is made of the material", "restated"),
        gender=F,
        category="Blusas",
        color="Rosa",
        title="Blusa Cropped Ombro a Ombro Rosa",
    ),
    # P15 On-model on a city street: olive-green quilted nylon puffer jacket, stand collar, no hood, black leggings.
    case(
        "BR174-15",
        caption("a woman in a green jacket standing on a street"),
        D.wearing("a green jacket and black pants"),
        D.color("black", "other_garment_color"),
        D.garment_type("coat"),
        D.details(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It"
            " has a stand neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.material("it is made of cotton", "unsupported"),
        D.description("describe the garment. a green puffer jacket", "restated"),
        gender=F,
        category="Jaquetas",
        color="Verde Militar",
        title="Jaqueta Puffer Acolchoada Verde Militar",
    ),
    # P16 On-model: blue-and-white vertical striped shirt dress, collar, button front, tie belt, long sleeves
    # rolled to the elbow; white backdrop.
    case(
        "BR174-16",
        caption("a woman in a blue and white striped shirt dress"),
        D.pattern("striped"),
        D.color("blue"),
        D.garment_type("shirt", "contradiction"),
        D.details("it has a collar, buttons and a belt"),
        D.wearing(
            "dress Question: What is the color of the dress? Answer: blue and white stripes Question: What is the"
            " color of the belt? Answer: blue",
            "leak",
            hit_limit=True,
        ),
        gender=F,
        category="Vestidos",
        color="Azul",
        title="Vestido Chemise Listrado Azul e Branco",
    ),
    # P17 On-model: black high-waist supplex leggings, grey cropped hoodie, white sneakers; white backdrop.
    case(
        "BR174-17",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long leggings. The sweater is"
            " with cotton fabric. The leggings are with cotton fabric and pure color patterns. The gentleman wears"
            " a long-sleeve sweater with",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a grey hoodie and grey leggings", "other_garment_color"),
        D.garment_type("leggings"),
        D.color("black"),
        D.material("spandex"),
        D.details("the details of the garment are the leggings", "restated"),
        gender=F,
        category="Calças",
        color="Preto",
        title="Calça Legging Cintura Alta Suplex",
    ),
    # P18 On-model: leopard-print short-sleeve V-neck blouse (no bow) with black trousers; white backdrop.
    case(
        "BR174-18",
        caption("a woman in a leopard print shirt and black pants"),
        D.pattern("leopard"),
        D.color("black", "other_garment_color"),
        D.wearing("she is wearing a leopard print shirt and black pants"),
        D.description(" ".join(["blouse"] * 30), "loop", hit_limit=True),
        D.details("the shirt has a bow on the neck", "unsupported"),
        gender=F,
        category="Blusas",
        color="Marrom",
        title="Blusa Animal Print Onça Manga Curta",
    ),
    # P19 On-model on a beach boardwalk: terracotta linen maxi skirt with a side slit, white tank top.
    case(
        "BR174-19",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with"
            " cotton fabric and its neckline is round. The skirt is with linen fabric and pure color patterns. The"
            " lady",
            "cut",
            hit_limit=True,
        ),
        D.color("orange"),
        D.garment_type(
            "skirt Question: Is this a skirt? Answer: yes Question: Is this a skirt? Answer: yes Question: Is this a"
            " skirt? Answer: yes",
            "leak",
            hit_limit=True,
        ),
        D.details("a slit on the side"),
        D.material("linen"),
        D.wearing("she is wearing a white top and white skirt", "other_garment_color"),
        D.description("the garment", "non_answer"),
        gender=F,
        category="Saias",
        color="Terracota",
        title="Saia Longa Linho Terracota Fenda",
    ),
    # P20 On-model: off-white long-sleeve tee with thin black horizontal stripes, black wide-leg pants; white
    # backdrop.
    case(
        "BR174-20",
        caption("a woman wearing a striped shirt and black pants"),
        D.color("white"),
        D.pattern("striped"),
        D.sleeve_length("short", "contradiction"),
        D.garment_type("t-shirt"),
        D.details(
            "The T-shirt is with cotton fabric and stripe patterns. It has a round neckline. The T-shirt is with"
            " cotton fabric and stripe patterns. It has",
            "loop",
            hit_limit=True,
        ),
        D.wearing("he is wearing a striped shirt", "pronoun"),
        gender=F,
        category="Camisetas",
        color="Off White",
        title="Camiseta Listrada Manga Longa",
    ),
    # P21 On-model, evening shoot against a dark backdrop: wine satin sleeveless slip maxi dress with thin straps
    # and a high leg slit, no lace.
    case(
        "BR174-21",
        caption("a woman in a long red dress"),
        D.color("burgundy"),
        D.material("satin"),
        D.sleeve_length("sleeveless"),
        D.details("the dress has a high slit and lace trim on the neckline", "unsupported"),
        D.wearing(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with satin fabric. The lady"
            " wears a sleeveless dress with pure color",
            "loop",
            hit_limit=True,
        ),
        D.description("the dress is a dress", "restated"),
        gender=F,
        category="Vestidos",
        color="Vinho",
        title="Vestido Longo Cetim Alça Fina Vinho",
    ),
    # P22 On-model in an office: off-white single-breasted two-button blazer with flap pockets, over a black top
    # and black trousers.
    case(
        "BR174-22",
        caption("a woman in a white blazer and black pants"),
        D.garment_type("vest", "contradiction"),
        D.color("black", "other_garment_color"),
        D.wearing("a white jacket, black shirt and black pants"),
        D.details("two buttons and pockets"),
        D.material(
            "Answer: cotton Question: What material is the garment made of? Answer: cotton Question: What material is"
            " the garment made of? Answer: cotton",
            "leak",
            hit_limit=True,
        ),
        gender=F,
        category="Blazers",
        color="Off White",
        title="Blazer Alfaiataria Off White",
    ),
    # P23 On-model: mustard V-neck button-front knit cardigan over a white tee, blue jeans; white backdrop.
    # No category column.
    case(
        "BR174-23",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long denim pants. The sweater is"
            " with knitting fabric. It has a v-shape neckline. The pants are with denim fabric and solid color"
            " patterns. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("cardigan"),
        D.color("yellow"),
        D.wearing("a yellow sweater and blue jeans"),
        D.details("the buttons, " * 9 + "the buttons,", "loop", hit_limit=True),
        D.material("knit"),
        D.description("he is wearing a yellow cardigan with buttons", "pronoun"),
        gender=F,
        color="Mostarda",
        title="Cardigan Tricô Botões Mostarda",
    ),
    # P24 Flat packshot: black skinny jeans folded on a white background, no person.
    case(
        "BR174-24",
        caption("a pair of black jeans on a white background"),
        D.wearing("black jeans"),
        D.garment_type(" ".join(["denim"] * 30), "loop", hit_limit=True),
        D.color("black"),
        D.material("denim"),
        D.details("no", "non_answer"),
        D.description(
            "The pants are with denim fabric and pure color patterns. The pants are of long length. The pants are"
            " with denim fabric and pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        gender=F,
        category="Calças",
        color="Preto",
        title="Calça Jeans Skinny Preta",
    ),
    # P25 On-model on a street: short black dress with white polka dots, short sleeves, white sneakers.
    case(
        "BR174-25",
        caption("a woman in a black and white polka dot dress"),
        D.pattern("polka dot"),
        D.color("black"),
        D.sleeve_length("long", "contradiction"),
        D.wearing(
            "dress Question: What is the color of the dress? Answer: black Question: What is the pattern of the"
            " dress? Answer:",
            "leak",
            hit_limit=True,
        ),
        D.description("the description of the garment is a dress", "restated"),
        gender=F,
        category="Vestidos",
        color="Preto",
        title="Vestido Curto Poá Manga Curta",
    ),
    # P26 On-model outdoors: heather-grey cotton tank top, blue denim shorts.
    case(
        "BR174-26",
        caption(
            "The lady wears a tank top with pure color patterns and a short denim shorts. The tank top is with"
            " cotton fabric. It has a round neckline. The shorts are with denim fabric and solid color patterns."
            " The lady wears a tank top",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("tank top"),
        D.color("blue", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        D.wearing("a grey tank top and grey shorts", "contradiction"),
        D.material("", "non_answer"),
        D.description("a grey tank top"),
        gender=F,
        category="Camisetas",
        color="Cinza Mescla",
        title="Regata Básica Cinza Mescla",
    ),
    # P27 On-model: white long-sleeve chiffon blouse with a blue floral print and a bow at the neck, navy midi
    # skirt; white backdrop.
    case(
        "BR174-27",
        caption("a woman wearing a floral blouse and a blue skirt"),
        D.pattern("floral"),
        D.color("navy", "other_garment_color"),
        D.details("a bow at the neck"),
        D.description(
            "The lady wears a long-sleeve blouse with floral patterns. The blouse is with chiffon fabric. The lady"
            " wears a long-sleeve blouse with floral patterns",
            "loop",
            hit_limit=True,
        ),
        D.wearing("she is wearing a white shirt with blue flowers and a blue skirt"),
        D.material("it is made of the material", "restated"),
        gender=F,
        category="Blusas",
        color="Branco",
        title="Blusa Floral Manga Longa Gola Laço",
    ),
    # P28 On-model, front view: green sleeveless wide-leg jumpsuit with a self belt and side pockets, no visible
    # zipper or buttons; white backdrop.
    case(
        "BR174-28",
        caption("a woman in a green jumpsuit"),
        D.garment_type("jumpsuit"),
        D.color("green"),
        D.sleeve_length("short", "contradiction"),
        D.details("belt, pockets, zipper on the back, and buttons on the front", "unsupported"),
        D.wearing(
            "The lady wears a sleeveless romper with pure color patterns. The romper is with cotton fabric. It has"
            " a v-shape neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.pattern("solid"),
        gender=F,
        category="Macacões",
        color="Verde",
        title="Macacão Longo Alfaiataria Verde",
    ),
    # P29 On-model: baby-pink satin bomber jacket over a black tee and black jeans; white backdrop.
    case(
        "BR174-29",
        caption("a man wearing a pink jacket and black jeans", "pronoun"),
        D.color("black", "other_garment_color"),
        D.garment_type("jacket"),
        D.wearing("a pink jacket and black pants"),
        D.details(
            "jacket Question: What are the details of the garment? Answer: jacket Question: What are the details"
            " of the garment? Answer: jacket Question:",
            "leak",
            hit_limit=True,
        ),
        D.material("satin"),
        gender=F,
        category="Jaquetas",
        color="Rosa",
        title="Jaqueta Bomber Cetim Rosa Bebê",
    ),
    # P30 On-model: black midi skirt printed with white and yellow flowers, side slit, worn with a red tank top;
    # white backdrop. No color column.
    case(
        "BR174-30",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The skirt is with"
            " chiffon fabric and floral patterns. The tank top is with cotton fabric. It has a round neckline. The"
            " skirt is with chiffon",
            "cut",
            hit_limit=True,
        ),
        D.pattern("solid", "contradiction"),
        D.color("black"),
        D.wearing("she is wearing a red top and a red skirt", "other_garment_color"),
        D.details("it has flowers and a slit"),
        D.garment_type("skirt"),
        D.description("yes", "non_answer"),
        gender=F,
        category="Saias",
        title="Saia Midi Floral Fenda",
    ),
    # P31 On-model: plain navy oversized cotton tee (no logo), khaki shorts; white backdrop.
    case(
        "BR174-31",
        caption("a woman in a blue t - shirt and khaki shorts"),
        D.color(
            "navy Question: What is the color of the shorts? Answer: khaki Question: What is the color of the garment?"
            " Answer: navy",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("t-shirt"),
        D.sleeve_length("short"),
        D.details("a small logo on the chest", "unsupported"),
        D.material("it is made of cotton"),
        D.wearing("he is wearing a blue shirt and shorts", "pronoun"),
        gender=F,
        category="Camisetas",
        color="Azul Marinho",
        title="Camiseta Oversized Algodão Azul Marinho",
    ),
    # P32 On-model outdoors in autumn leaves: beige long-sleeve knit midi dress, brown knee boots.
    case(
        "BR174-32",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric. It has"
            " a high neckline. The dress is of long length. The lady wears a long-sleeve dress with pure color"
            " patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        D.color("brown", "other_garment_color"),
        D.garment_type("sweater", "contradiction"),
        D.sleeve_length("long"),
        D.wearing("a beige sweater dress and brown boots"),
        D.material("unknown", "non_answer"),
        D.description("a long sleeve beige knit dress"),
        gender=F,
        category="Vestidos",
        color="Bege",
        title="Vestido Midi Tricô Manga Longa Bege",
    ),
    # P33 On-model on a beach: light-wash high-waist distressed denim shorts with rips, plain pockets, white tank.
    case(
        "BR174-33",
        caption("a woman in a white tank top and denim shorts on the beach"),
        D.garment_type("shorts"),
        D.color("white", "other_garment_color"),
        D.details("ripped with a floral embroidery on the pocket", "unsupported"),
        D.description(" ".join(["shorts"] * 30), "loop", hit_limit=True),
        D.wearing("she is wearing shorts"),
        gender=F,
        category="Shorts",
        color="Azul Claro",
        title="Shorts Jeans Cintura Alta Destroyed",
    ),
    # P34 On-model: black satin sleeveless V-neck camisole tucked into white trousers; white backdrop.
    case(
        "BR174-34",
        caption("a woman wearing a black top and white pants"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        D.wearing(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with"
            " silk fabric and its",
            "cut",
            hit_limit=True,
        ),
        D.details("the details of the garment are", "restated"),
        D.material("satin"),
        D.description("a black satin tank top"),
        gender=F,
        category="Blusas",
        color="Preto",
        title="Regata Cetim Gola V Preta",
    ),
    # P35 On-model in a park: yellow nylon hooded windbreaker with a front zip, black leggings. No gender column.
    case(
        "BR174-35",
        caption("a woman in a yellow jacket"),
        D.details("a hood and a zipper"),
        D.garment_type(" ".join(["jacket"] * 30), "loop", hit_limit=True),
        D.color("yellow"),
        D.material("no", "non_answer"),
        D.wearing("she is wearing a yellow raincoat and yellow pants", "contradiction"),
        D.description("the garment is a garment", "restated"),
        category="Jaquetas",
        color="Amarelo",
        title="Jaqueta Corta Vento Capuz Amarela",
    ),
    # P36 On-model, front view: caramel faux-leather midi pencil skirt (no visible zipper), black turtleneck;
    # white backdrop.
    case(
        "BR174-36",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long skirt. The sweater is with"
            " knitting fabric. The skirt is with leather fabric and pure color patterns. It has a high neckline."
            " The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("skirt"),
        D.color("black", "other_garment_color"),
        D.wearing("a black sweater and a brown skirt"),
        D.material("leather"),
        D.details("a zipper in the back", "unsupported"),
        gender=F,
        category="Saias",
        color="Caramelo",
        title="Saia Midi Couro Sintético Caramelo",
    ),
    # P37 On-model: white short-sleeve babylook tee printed with a black Christ the Redeemer silhouette and the word
    # "RIO", blue jeans; white backdrop.
    case(
        "BR174-37",
        caption("a woman wearing a white shirt that says rio"),
        D.pattern("graphic"),
        D.garment_type("graphic tee"),
        D.details("a picture of a palm tree and a sunset", "unsupported"),
        D.description(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It"
            " has a round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("Question: What is the person wearing? Answer: a white shirt and jeans", "leak"),
        gender=F,
        category="Camisetas",
        color="Branco",
        title="T-Shirt Babylook Estampa Rio de Janeiro",
    ),
    # P38 On-model at a picnic: red-and-white gingham off-shoulder short dress with a ruffled neckline and short
    # sleeves.
    case(
        "BR174-38",
        caption("a woman in a red and white checkered dress"),
        D.pattern("plaid"),
        D.color("red"),
        D.wearing(" ".join(["dress"] * 30), "loop", hit_limit=True),
        D.details("off the shoulder with ruffles"),
        D.description(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with cotton fabric. It has an"
            " off-shoulder neckline. The dress is of",
            "cut",
            hit_limit=True,
        ),
        D.material("i don't know", "non_answer"),
        gender=F,
        category="Vestidos",
        color="Vermelho",
        title="Vestido Xadrez Vichy Ombro a Ombro",
    ),
    # P39 On-model: heather-grey fleece jogger pants with drawstring and elastic cuffs, black crop tee, white
    # sneakers; white backdrop.
    case(
        "BR174-39",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with"
            " cotton fabric. The pants are with cotton fabric and pure color patterns. The lady wears a"
            " short-sleeve T-shirt with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.garment_type(
            "pants Question: What is the color of the pants? Answer: grey Question: What is the color of the pants?"
            " Answer:",
            "leak",
            hit_limit=True,
        ),
        D.color("grey"),
        D.wearing("a black shirt and black pants", "other_garment_color"),
        D.details("elastic cuffs and a drawstring"),
        D.material("the garment is made of garment", "restated"),
        gender=F,
        category="Calças",
        color="Cinza",
        title="Calça Jogger Moletom Cinza",
    ),
    # P40 On-model: lilac long-sleeve blouse with puff sleeves, white jeans; studio backdrop.
    case(
        "BR174-40",
        caption("a woman in a purple blouse and white jeans"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("long"),
        D.details(
            "The lady wears a long-sleeve blouse with pure color patterns. The blouse is with chiffon fabric. It"
            " has a round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a purple shirt and white pants", "pronoun"),
        D.description("a purple blouse with puffy sleeves"),
        D.pattern(
            "pure color Question: What is the pattern of the garment? Answer: pure color Question: What is the pattern"
            " of the garment? Answer: pure",
            "leak",
            hit_limit=True,
        ),
        gender=F,
        category="Blusas",
        color="Lilás",
        title="Blusa Manga Bufante Lilás",
    ),
    # P41 On-model on a city street: khaki double-breasted belted trench coat over an all-black outfit.
    # No category column.
    case(
        "BR174-41",
        caption("a woman in a trench coat walking down the street"),
        D.garment_type("coat"),
        D.color("khaki"),
        D.details("belt, buttons, " * 7 + "belt,", "loop", hit_limit=True),
        D.wearing("a man in a trench coat", "pronoun"),
        D.material("nothing", "non_answer"),
        gender=F,
        color="Cáqui",
        title="Trench Coat Clássico Cáqui",
    ),
    # P42 Flat packshot: plain red crew-neck knit sweater laid on a wooden floor (brown boards), no person.
    case(
        "BR174-42",
        caption("a red sweater on a wooden floor"),
        D.color("brown", "contradiction"),
        D.garment_type("sweater"),
        D.wearing("he is wearing a red sweater", "pronoun"),
        D.details(
            "sweater Question: Is this a sweater? Answer: yes Question: Is this a sweater? Answer: yes Question: Is"
            " this a",
            "leak",
            hit_limit=True,
        ),
        D.pattern("solid"),
        D.description("describe the garment", "restated"),
        gender=F,
        category="Blusas",
        color="Vermelho",
        title="Suéter Tricô Gola Redonda Vermelho",
    ),
    # P43 On-model: white wrap midi dress printed with green leaves, three-quarter sleeves, V-neck, a bracelet, tan
    # sandals, no bag; white backdrop. No color column.
    case(
        "BR174-43",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a"
            " v-shape neckline. The dress is of long length. There is an accessory on her wrist. The lady wears a"
            " medium",
            "cut",
            hit_limit=True,
        ),
        D.color("green"),
        D.pattern("floral"),
        D.sleeve_length("three-quarter"),
        D.wearing("a green and white dress, sandals and a straw bag", "unsupported"),
        D.details("none", "non_answer"),
        D.material(
            "The dress is with chiffon fabric. The dress is with chiffon fabric. The dress is with chiffon fabric."
            " The dress is with chiffon",
            "loop",
            hit_limit=True,
        ),
        gender=F,
        category="Vestidos",
        title="Vestido Envelope Midi Estampado",
    ),
    # P44 On-model: mid-blue denim button-up shirt with two chest pockets, worn open over a white tank with black
    # skinny jeans; white backdrop. No title column.
    case(
        "BR174-44",
        caption("a woman in a denim shirt and black jeans"),
        D.garment_type("shirt"),
        D.color("white", "other_garment_color"),
        D.wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long denim pants. The shirt is"
            " with denim fabric. It has a lapel",
            "pronoun",
            hit_limit=True,
        ),
        D.details("two pockets on the chest and buttons"),
        D.description("the shirt", "non_answer"),
        gender=F,
        category="Camisas",
        color="Azul",
    ),
]
