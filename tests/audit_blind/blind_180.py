"""BLIND_180 (46 products; a Brazilian fast-fashion marketplace, pt-BR catalog): written blind in the thirty-seventh
session. Measured blind at 7bd63c6: 131/140 failures found (93.6%) and 5/143 correct texts flagged (3.5%). The
writer's notes, verbatim:

Scenario. A Brazilian fast-fashion marketplace exports its catalog in Portuguese: titles ("Camiseta Básica Algodão
Preta", "Bermuda Sarja Masculina Bege"), categories ("Camisetas", "Vestidos", "Moda Praia", "Tricô") and seller color
names ("Preto", "Off White", "Azul Marinho", "Verde Militar", "Caramelo", "Vinho", "Mescla", "Verde Água", "Terracota",
"Estampado", "Azul/Branco"). Photos: models on light studio backdrops (grey, white, beige, sand), some flat-lays and
some hanger shots against a white wall. The model answers in English. Gender is "Women"/"Men" for most products;
four products (two sellers) carry the raw Portuguese value ("Feminino", "Masculino"), one of them with a pronoun
failure; the two hanger shots of unisex items have no gender column, and two products lack a color column (marked
in the comments).

Which system wrote which text (mixed per question, as CONTEXT.md point 6 suggests a production run would):
- untuned base blip2-opt-2.7b: short lowercase captions and answers, no final period, stops on its own
  (hit_limit=False). Its failures: one color for every garment, wrong pronoun, invented details (a pocket, a logo,
  a hood, a necklace), answers that say nothing ("they are shorts", "nothing", "not sure") or restate the question
  ("the person is wearing clothes", "the garment is made of fabric").
- caption adapters (Data2_V2 epoch 1 / epoch 3): the DeepFashion-MultiModal template ("The lady wears a
  short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric ...") for every open prompt and
  every caption; no end token, so always hit_limit=True (50 new tokens for captions, 30 for answers): cut
  mid-sentence, or looping the same sentence pair; "The lady"/"The gentleman" sometimes wrong for the model; a
  person and "an accessory on his wrist" invented for flat-lays and hangers; no hue names at all, so a color
  question gets the template back (no color in it).
- VQA adapter (Data3_V3): a one-word answer that runs on to the limit (hit_limit=True): the word repeated
  ("white white white ...") or the "Question: ... Answer:" format continued.
- reference engine for closed questions (D.color, D.garment_type, D.pattern, D.sleeve_length, is_a, closed
  color_of): one candidate, never loops, never cut, hit_limit=False; its failures are another garment's color
  (the jeans' blue for a blazer), the backdrop's color, or the wrong garment / sleeve length.

Labeling conventions and judgement calls:
- exactly one label per failure, the one an auditor would most plainly see. A caption-adapter text that is both cut
  and wrong is labeled by the content error when that is plain (wrong "lady"/"gentleman" -> pronoun; "long-sleeve
  jacket" for a sleeveless vest -> contradiction; a person with a wrist in a flat-lay -> unsupported); those texts
  end on a full sentence, so the cut is not what one sees. Otherwise a caption-adapter text is cut (ends
  mid-phrase) or loop (a sentence pair comes back).
- caption-adapter template answering a color question (ends on a full sentence, names no color) -> non_answer.
- other_garment_color: a color answer that is plainly the color of another garment in the same photo (tee/jeans,
  top/leggings, blazer/jeans), for the product's own garment or for the other garment (one color for every
  garment). A color seen on no garment (backdrop, wall, the print on the shirt) -> contradiction, as is a
  wrong garment type or sleeve length from the reference engine.
- leak: any text continuing with "Question: ... Answer:", even when the first word is right.
- loop: the same word or phrase over and over to the limit.
- non_answer: nothing said ("nothing", "not sure", "i don't know"), only the question's words back ("they are
  shorts", "a blazer", "shorts"), or an answer to another question ("it's a t-shirt" for the material).
  restated: the question turned into a statement with no content ("the details of the shirt", "the person is
  wearing clothes", "it is a piece of clothing", "the garment is made of fabric").
- pronoun: "he"/"she"/"a man"/"The lady" wrong for the model in the photo (and the gender column).
- correct texts include hard ones: backdrop/wall colors named in captions, layers ("a denim jacket over a white
  hoodie"), prints with their colors ("a white palm tree" on a black tee), other garments' colors in the wearing
  answer, seller colors only in Portuguese (Mescla -> grey, Vinho -> burgundy/dark red, Caramelo -> brown,
  Verde Militar -> green/olive, Terracota -> orange, Off White -> white), "no one is wearing it" for a hanger shot,
  rolled sleeves answered "long sleeve", "3/4 sleeve".
- judgement calls: "orange" for Terracota and "dark red" for Vinho are correct; "cardigan"-like calls for kimonos
  were avoided; "floral" for a leaf print was avoided; "jumpsuit" for short denim overalls is correct (In-shop's
  romper/jumpsuit class), "yes" to "Is this a pair of jeans?" for them is a contradiction.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as B,
)
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    question,
    wearing,
)

SHIRT_COLOR = question("shirt_color", "What is the shirt color?", "open")


def _rep(word: str, n: int) -> str:
    return " ".join([word] * n)


BLIND_180 = [
    # Woman on a light grey backdrop: black basic crew-neck cotton tee tucked into light-blue high-waist jeans,
    # white sneakers.
    case(
        "FF-BR-20101",
        caption("a woman wearing a black t-shirt and blue jeans"),
        D.color("black"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        describe("shirt", "a black t-shirt with a round neck"),
        details(
            "shirt",
            "short sleeve Question: What are the shirt details? Answer: short sleeve Question: What are the shirt "
            "details? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Camiseta Básica Algodão Preta",
        category="Camisetas",
        color="Preto",
    ),
    # Woman on a white backdrop: navy midi dress printed with small white and pink flowers, short puff sleeves,
    # V-neck, self-tie belt; a thin gold bracelet on her wrist.
    case(
        "FF-BR-20102",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The dress is of long length. There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        D.pattern("floral"),
        D.color("navy"),
        color_of("dress", _rep("blue", 30), "loop", kind="open", hit_limit=True),
        D.details("it has puff sleeves and a tie belt"),
        gender="Women",
        title="Vestido Midi Floral Manga Bufante",
        category="Vestidos",
        color="Azul Marinho",
    ),
    # Man on a light grey backdrop: dark indigo skinny jeans, plain white crew-neck tee, black sneakers.
    case(
        "FF-BR-20103",
        caption("a man in a white t-shirt and dark jeans"),
        wearing("he is wearing a white shirt and jeans"),
        color_of("jeans", "white", "other_garment_color"),
        D.garment_type("jeans"),
        details(
            "jeans",
            "The gentleman wears a long pants. The pants are with denim fabric and solid color patterns. The "
            "gentleman wears a short-sleeve T",
            "cut",
            hit_limit=True,
        ),
        is_a(
            "pair of jeans",
            "yes Question: Is this a pair of jeans? Answer: yes Question: Is this a pair of jeans? Answer: yes "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Calça Jeans Skinny Masculina Azul Escuro",
        category="Calças",
        color="Azul Escuro",
    ),
    # Flat-lay on a white surface, no person: beige twill bermuda shorts with belt loops and slant pockets.
    case(
        "FF-BR-20104",
        caption("a pair of beige shorts on a white background"),
        wearing(
            "The gentleman wears a short pants. The pants are with cotton fabric and pure color patterns. There is "
            "an accessory on his wrist.",
            "unsupported",
            hit_limit=True,
        ),
        D.color("beige"),
        color_of("shorts", "khaki", kind="open"),
        details("shorts", "they are shorts", "non_answer"),
        gender="Men",
        title="Bermuda Sarja Masculina Bege",
        category="Bermudas",
        color="Bege",
    ),
    # Woman on a white backdrop: hooded windbreaker, color block (lilac top half, white bottom half), black zip,
    # worn zipped over black leggings.
    case(
        "FF-BR-20105",
        caption("a woman wearing a purple and white jacket"),
        wearing("a jacket and black leggings"),
        D.color("purple"),
        D.pattern("color block"),
        describe(
            "jacket",
            "purple jacket with a hood and a zipper and a hood and a zipper and a hood and a zipper and a hood and a "
            "zipper and a hood and a",
            "loop",
            hit_limit=True,
        ),
        is_a("jacket", "no", "contradiction"),
        gender="Women",
        title="Jaqueta Corta-Vento Color Block Lilás",
        category="Jaquetas",
        color="Lilás",
    ),
    # Woman on a light grey backdrop: off-white ribbed cropped cami with spaghetti straps, high-waist black wide
    # trousers.
    case(
        "FF-BR-20106",
        caption(
            "The lady wears a tank tank shirt with pure color patterns. The tank shirt is with cotton fabric. The "
            "lady wears a long trousers. The trousers are with cotton fabric and pure color patterns. The lady wears "
            "a",
            "cut",
            hit_limit=True,
        ),
        D.color("white"),
        wearing("a white crop top and black pants"),
        color_of("pants", "the color of the pants", "restated", kind="open"),
        D.sleeve_length("sleeveless"),
        D.material(_rep("cotton", 30), "loop", hit_limit=True),
        gender="Women",
        title="Cropped Canelado Alça Fina Off White",
        category="Croppeds",
        color="Off White",
    ),
    # Man on a white backdrop: heather-grey hoodie and matching jogger sweatpants (a set), kangaroo pocket, white
    # drawstrings.
    case(
        "FF-BR-20107",
        caption("a man wearing a gray hoodie and sweatpants"),
        wearing("she is wearing a grey hoodie and grey sweatpants", "pronoun"),
        D.color("grey"),
        D.garment_type("hoodie"),
        D.description(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The sweater is with cotton fabric. The sweater is",
            "loop",
            hit_limit=True,
        ),
        D.details("nothing", "non_answer"),
        gender="Men",
        title="Conjunto Moletom Masculino Mescla",
        category="Conjuntos",
        color="Mescla",
    ),
    # Woman on a beige backdrop: wine (burgundy) satin pleated midi skirt, black long-sleeve bodysuit tucked in,
    # black heels.
    case(
        "FF-BR-20108",
        caption("a man in a black top and a dark red pleated skirt", "pronoun"),
        D.color("burgundy"),
        color_of("skirt", "black", "other_garment_color"),
        is_a("skirt", "yes"),
        details(
            "skirt",
            "The lady wears a long skirt. The skirt is with chiffon fabric and pure color patterns. The lady wears a "
            "long skirt. The skirt is with chiffon fabric and pure",
            "loop",
            hit_limit=True,
        ),
        D.material("satin"),
        wearing(
            "skirt Question: What is the color of the skirt? Answer: red Question: What is the color of the top? "
            "Answer: black Question:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Saia Midi Plissada Cetim Vinho",
        category="Saias",
        color="Vinho",
    ),
    # Hanger shot against a white wall, no person: olive-green pique polo shirt, three-button placket, small
    # embroidered logo on the chest.
    case(
        "FF-BR-20109",
        caption("a green polo shirt hanging on a white wall"),
        D.color("white", "contradiction"),
        D.details("it has a collar and three buttons"),
        D.description(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "There is an accessory on his wrist.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("no one is wearing it, it is on a hanger"),
        D.material("cotton"),
        gender="Men",
        title="Camisa Polo Piquet Verde Militar",
        category="Polos",
        color="Verde Militar",
    ),
    # Woman on a white backdrop: light-wash high-waist denim shorts with frayed hems, white ribbed tank top tucked in.
    case(
        "FF-BR-20110",
        caption(
            "The gentleman wears a tank tank shirt with pure color patterns. The tank shirt is with cotton fabric. "
            "The gentleman wears a short pants. The pants are with denim fabric and pure color patterns.",
            "pronoun",
            hit_limit=True,
        ),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        wearing("she is wearing a white tank top and denim shorts"),
        details("shorts", "they are ripped at the bottom"),
        D.description("it is a piece of clothing", "restated"),
        D.color("light blue"),
        gender="Women",
        title="Short Jeans Destroyed Cintura Alta",
        category="Shorts",
        color="Azul Claro",
    ),
    # Man on a light grey backdrop: white long-sleeve linen shirt, buttoned, sleeves rolled to the elbow, navy chino
    # trousers. No chest pocket, no logo.
    case(
        "FF-BR-20111",
        caption("a man wearing a white shirt and navy pants"),
        color_of("shirt", _rep("white", 30), "loop", kind="open", hit_limit=True),
        D.sleeve_length("long sleeve"),
        describe("shirt", "a white shirt with a pocket on the chest and a logo", "unsupported"),
        D.material("linen"),
        details("shirt", "the details of the shirt", "restated"),
        gender="Men",
        title="Camisa Linho Manga Longa Branca",
        category="Camisas",
        color="Branco",
    ),
    # Woman on a white backdrop: camel chunky cable-knit cardigan worn open over a white tee, mid-blue jeans.
    case(
        "FF-BR-20112",
        caption("a woman wearing a brown cardigan and jeans"),
        D.color("brown"),
        D.garment_type("cardigan"),
        B.pattern("striped", "contradiction"),
        describe(
            "cardigan",
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and "
            "its neckline is v",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a brown sweater and jeans", "pronoun"),
        D.material("knit"),
        gender="Women",
        title="Cardigan Tricô Tranças Caramelo",
        category="Cardigãs",
        color="Caramelo",
    ),
    # Woman on a light grey backdrop: black leggings with a white stripe down each side, black sports bra. (No
    # color column.)
    case(
        "FF-BR-20113",
        caption("a woman in black leggings with a white stripe"),
        D.color("black"),
        color_of(
            "leggings",
            "black Question: What is the color of the top? Answer: black Question: What is the color of the shoes? "
            "Answer:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        details("leggings", "they have a white stripe on the side"),
        wearing(
            "The gentleman wears a tank tank shirt with pure color patterns. The tank shirt is with cotton fabric. "
            "The gentleman wears a leggings.",
            "pronoun",
            hit_limit=True,
        ),
        D.material("not sure", "non_answer"),
        gender="Women",
        title="Legging Fitness Faixa Lateral",
        category="Leggings",
    ),
    # Man on a white backdrop: black tee with a white palm-tree print and the word "RIO" on the chest, khaki shorts.
    case(
        "FF-BR-20114",
        caption("a man wearing a black t-shirt with a palm tree on it"),
        D.color("black"),
        describe("shirt", "a black shirt with a white palm tree and the word rio"),
        color_of("shirt", "white", "contradiction", kind="open"),
        SHIRT_COLOR(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric.",
            "non_answer",
            hit_limit=True,
        ),
        wearing(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric "
            "and its neckline is",
            "cut",
            hit_limit=True,
        ),
        details("shirt", _rep("palm tree", 15), "loop", hit_limit=True),
        gender="Masculino",
        title="Camiseta Estampada Rio Preta",
        category="Camisetas",
        color="Preto",
    ),
    # Woman on a beige backdrop: terracotta sleeveless wide-leg linen jumpsuit with a self-tie belt.
    case(
        "FF-BR-20115",
        caption("a woman in an orange jumpsuit"),
        D.garment_type("jumpsuit"),
        D.color("orange"),
        wearing("he is wearing an orange jumpsuit", "pronoun"),
        D.description(
            "The lady wears a sleeveless romper with pure color patterns. The romper is with linen fabric. The lady "
            "wears a sleeveless romper with pure color",
            "loop",
            hit_limit=True,
        ),
        D.details("the details of the garment are visible in the image", "restated"),
        D.sleeve_length("short sleeve", "contradiction"),
        gender="Women",
        title="Macacão Pantalona Linho Terracota",
        category="Macacões",
        color="Terracota",
    ),
    # Woman on a white backdrop: white long-sleeve blouse with black polka dots and a tie-neck bow, tucked into a
    # black pencil skirt.
    case(
        "FF-BR-20116",
        caption("a woman in a polka dot blouse and black skirt"),
        D.pattern("polka dot"),
        color_of(
            "skirt",
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with chiffon fabric.",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        details(
            "blouse",
            "it has a bow tie neck and long sleeves and a bow tie neck and long sleeves and a bow tie neck and long",
            "loop",
            hit_limit=True,
        ),
        describe(
            "blouse",
            "The lady wears a sleeveless shirt with graphic patterns. The shirt is with chiffon fabric and its "
            "neckline is round.",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a white blouse with black dots and a black skirt"),
        gender="Women",
        title="Blusa Poá Laço Gola",
        category="Blusas",
        color="Branco/Preto",
    ),
    # Man on a light grey backdrop: black hooded puffer jacket, zipped, grey joggers. No fur on the hood.
    case(
        "FF-BR-20117",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and "
            "its neckline is stand. The gentleman wears a long pants. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.color("black"),
        describe("jacket", "a black jacket with a fur hood and a zipper", "unsupported"),
        D.material("polyester"),
        D.details("it has a hood and a zipper"),
        gender="Men",
        title="Jaqueta Puffer Capuz Preta",
        category="Jaquetas",
        color="Preto",
    ),
    # Woman on a white backdrop: navy and white horizontal-striped (Breton) tee with 3/4 sleeves, red straight
    # trousers.
    case(
        "FF-BR-20118",
        caption("a woman wearing a striped shirt and red pants"),
        D.pattern("striped"),
        D.color("red", "other_garment_color"),
        B.sleeve_length("3/4 sleeve"),
        describe("shirt", "a navy and white striped shirt"),
        color_of(
            "shirt",
            "blue and white stripes Question: What is the color of the pants? Answer: red Question: What is the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        gender="Women",
        title="Blusa Listrada Manga 3/4 Marinho",
        category="Blusas",
        color="Azul Marinho/Branco",
    ),
    # Shirtless man on a sand backdrop: swim shorts printed with green tropical leaves on white, drawstring waist.
    case(
        "FF-BR-20119",
        caption("a man in swim trunks with a leaf print"),
        D.color("green"),
        D.garment_type("pants", "contradiction"),
        wearing(
            "The gentleman wears a short pants. The pants are with cotton fabric and floral patterns. The gentleman "
            "wears a short pants. The pants are with",
            "loop",
            hit_limit=True,
        ),
        details("shorts", "they have a drawstring waist"),
        D.description("it is a garment", "restated"),
        gender="Men",
        title="Bermuda Tactel Estampa Tropical",
        category="Moda Praia",
        color="Estampado",
    ),
    # Woman in front of a beige backdrop: black ribbed sleeveless bodycon dress, knee length, round neck. No jewelry.
    case(
        "FF-BR-20120",
        caption("a woman in a black dress standing in front of a beige wall"),
        D.color("beige", "contradiction"),
        D.garment_type("dress"),
        wearing("a black dress and a gold necklace", "unsupported"),
        D.details(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress",
            "cut",
            hit_limit=True,
        ),
        D.sleeve_length("sleeveless"),
        D.material(
            "cotton Question: What is the color of the dress? Answer: black Question: What is the color of the "
            "dress? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Vestido Tubinho Canelado Preto",
        category="Vestidos",
        color="Preto",
    ),
    # Woman on a light grey backdrop: oversized mint-green crew-neck sweatshirt (no hood) with "SÃO PAULO" printed in
    # white, black bike shorts.
    case(
        "FF-BR-20121",
        caption("a woman wearing a green sweatshirt with sao paulo written on it"),
        D.color("mint"),
        D.pattern("graphic"),
        wearing(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric and its "
            "neckline is",
            "cut",
            hit_limit=True,
        ),
        describe("sweatshirt", "a green sweatshirt with a hood", "unsupported"),
        color_of("shorts", "shorts", "non_answer", kind="open"),
        gender="Women",
        title="Moletom Careca Oversized Estampado",
        category="Moletons",
        color="Verde Água",
    ),
    # Man on a white backdrop: navy slim chino trousers, light-blue oxford shirt tucked in, brown leather belt.
    case(
        "FF-BR-20122",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns.",
            "pronoun",
            hit_limit=True,
        ),
        color_of("pants", "light blue", "other_garment_color"),
        D.color("navy"),
        details("pants", "they are pants", "non_answer"),
        wearing("a blue shirt and navy pants with a brown belt"),
        D.material("cotton"),
        gender="Men",
        title="Calça Chino Slim Azul Marinho",
        category="Calças",
        color="Azul Marinho",
    ),
    # Woman on a white backdrop: mid-blue denim mini skirt with a row of front buttons, yellow cropped tee.
    case(
        "FF-BR-20123",
        caption("a woman in a yellow shirt and a denim skirt"),
        is_a("skirt", "yes"),
        D.garment_type("shorts", "contradiction"),
        details("skirt", "it has buttons down the front"),
        color_of(
            "skirt",
            "blue Question: Is this a skirt? Answer: yes Question: Is this a skirt? Answer: yes Question: Is this a",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        wearing("she is wearing a yellow t-shirt and a denim skirt", who="she"),
        D.color("yellow", "other_garment_color"),
        gender="Feminino",
        title="Saia Jeans Curta Botões",
        category="Saias",
        color="Azul Médio",
    ),
    # Flat-lay on a light grey background, no person: black ribbed tank top. (No color column.)
    case(
        "FF-BR-20124",
        caption("a black tank top on a gray background"),
        wearing("a black tank top"),
        D.color("grey", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.description(
            "The lady wears a tank tank shirt with pure color patterns. The tank shirt is with cotton fabric. There "
            "is an accessory on her wrist.",
            "unsupported",
            hit_limit=True,
        ),
        D.details(_rep("ribbed", 15), "loop", hit_limit=True),
        gender="Women",
        title="Regata Canelada Básica",
        category="Regatas",
    ),
    # Man on a light grey backdrop: medium-wash denim trucker jacket, open over a white hoodie, black jeans.
    case(
        "FF-BR-20125",
        caption("a man wearing a denim jacket over a white hoodie"),
        D.color("blue"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        wearing("a denim jacket, a white hoodie and black jeans"),
        D.details(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric and "
            "its neckline is lapel. The",
            "cut",
            hit_limit=True,
        ),
        describe("jacket", "she is wearing a denim jacket", "pronoun"),
        gender="Men",
        title="Jaqueta Jeans Masculina Trucker",
        category="Jaquetas",
        color="Azul Médio",
    ),
    # Woman on a white backdrop: two-piece set, cropped top with short puff sleeves and a midi skirt in the same print
    # of yellow flowers on white. No slit, no pockets.
    case(
        "FF-BR-20126",
        caption("a woman wearing a yellow and white floral outfit"),
        D.pattern("floral"),
        D.color("yellow"),
        color_of(
            "top",
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric.",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. The lady "
            "wears a long skirt. The",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", _rep("yellow", 30), "loop", kind="open", hit_limit=True),
        details("skirt", "it has a slit on the side and pockets", "unsupported"),
        gender="Women",
        title="Conjunto Cropped e Saia Midi Floral Amarelo",
        category="Conjuntos",
        color="Amarelo",
    ),
    # Man on a light grey backdrop: burgundy crew-neck knit sweater over a white collared shirt (collar showing),
    # grey trousers.
    case(
        "FF-BR-20127",
        caption("a man wearing a maroon sweater over a white shirt"),
        D.color("white", "other_garment_color"),
        color_of("sweater", "maroon", kind="open"),
        wearing(
            "sweater Question: What is the color of the sweater? Answer: red Question: What is the color of the",
            "leak",
            who="he",
            hit_limit=True,
        ),
        describe("sweater", "a sweater with a white collared shirt underneath"),
        gender="Men",
        title="Suéter Tricô Gola Careca Vinho",
        category="Tricô",
        color="Vinho",
    ),
    # Woman on a white backdrop: black high-waist wide-leg tailored trousers, white blouse tucked in.
    case(
        "FF-BR-20128",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. The lady "
            "wears a long trousers. The trousers are with cotton fabric and pure color patterns. The lady wears a "
            "long trousers. The trousers are with cotton",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "black"),
        wearing("a white blouse and black wide leg pants"),
        details("pants", "the details of the pants are the pants", "restated"),
        D.garment_type("jeans", "contradiction"),
        D.description("black wide leg trousers with a high waist"),
        gender="Women",
        title="Calça Pantalona Alfaiataria Preta",
        category="Calças",
        color="Preto",
    ),
    # Man on a white backdrop: off-white oversized crew-neck tee, black cargo pants with side pockets.
    case(
        "FF-BR-20129",
        caption("a man in a white t-shirt and black pants"),
        D.color("white"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        SHIRT_COLOR(_rep("white", 30), "loop", hit_limit=True),
        describe(
            "shirt",
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neck",
            "cut",
            hit_limit=True,
        ),
        details("pants", "they have pockets on the sides"),
        gender="Men",
        title="Camiseta Oversized Off White",
        category="Camisetas",
        color="Off White",
    ),
    # Woman on a beige backdrop: leopard-print maxi slip dress (brown and black spots on tan), spaghetti straps.
    case(
        "FF-BR-20130",
        caption("a woman in a leopard print dress"),
        D.pattern("leopard"),
        wearing(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with chiffon fabric. The dress is "
            "of long length. The lady",
            "cut",
            hit_limit=True,
        ),
        describe(
            "dress",
            "leopard print dress with a leopard print dress with a leopard print dress with a leopard print dress "
            "with a",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("long sleeve", "contradiction"),
        details("dress", "it has thin straps"),
        gender="Feminino",
        title="Vestido Longo Alcinha Estampa Animal",
        category="Vestidos",
        color="Animal Print",
    ),
    # Hanger shot against a white wall, no person: light-wash denim short overalls (dungaree shorts) with adjustable
    # straps and a bib pocket. (No gender column.)
    case(
        "FF-BR-20131",
        caption("a pair of denim overalls on a hanger"),
        D.garment_type("jumpsuit"),
        is_a("pair of jeans", "yes", "contradiction"),
        wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round.",
            "unsupported",
            hit_limit=True,
        ),
        D.color("light blue"),
        D.details("it has adjustable straps and a front pocket"),
        title="Jardineira Jeans Short",
        category="Macacões",
        color="Azul Claro",
    ),
    # Man on a light grey backdrop: short-sleeve button shirt with blue and white vertical stripes, worn open over a
    # white tee, beige bermuda shorts.
    case(
        "FF-BR-20132",
        caption("a man wearing a blue and white striped shirt and khaki shorts"),
        D.pattern("striped"),
        color_of("shirt", "beige", "other_garment_color"),
        wearing("a striped shirt over a white t-shirt"),
        details(
            "shirt",
            "The gentleman wears a short-sleeve shirt with striped patterns. The shirt is with cotton fabric and its "
            "neckline",
            "cut",
            hit_limit=True,
        ),
        D.description("this is a shirt that the man is wearing", "restated"),
        D.sleeve_length("long sleeve", "contradiction"),
        gender="Men",
        title="Camisa Manga Curta Listrada Azul",
        category="Camisas",
        color="Azul/Branco",
    ),
    # Woman on a white backdrop: bubblegum-pink racerback sports top, black leggings.
    case(
        "FF-BR-20133",
        caption(
            "The lady wears a tank tank shirt with pure color patterns. The tank shirt is with cotton fabric. The "
            "lady wears a leggings. The leggings are with cotton fabric and pure color patterns. The lady wears a "
            "leggings. The leggings are",
            "loop",
            hit_limit=True,
        ),
        D.color("pink"),
        wearing("a pink sports bra and black leggings"),
        color_of("top", "black", "other_garment_color", kind="open"),
        is_a(
            "sports bra",
            "yes Question: Is this a sports bra? Answer: yes Question: Is this a sports bra? Answer: yes",
            "leak",
            hit_limit=True,
        ),
        D.material("the material of the garment", "restated"),
        gender="Women",
        title="Top Fitness Nadador Rosa Chiclete",
        category="Moda Fitness",
        color="Rosa Chiclete",
    ),
    # Woman on a light grey backdrop: long beige cotton-gabardine trench coat, belted, over a black turtleneck and
    # black trousers.
    case(
        "FF-BR-20134",
        caption("a woman wearing a beige trench coat"),
        wearing("a trench coat, a black sweater and black pants"),
        D.color("black", "other_garment_color"),
        describe("coat", "a beige coat with a belt and buttons"),
        D.details(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and its "
            "neckline is lapel. The",
            "cut",
            hit_limit=True,
        ),
        D.material("leather", "unsupported"),
        gender="Women",
        title="Trench Coat Alongado Cinto Bege",
        category="Casacos",
        color="Bege",
    ),
    # Flat-lay, no person: heather-grey V-neck tee folded on a white table. No pocket.
    case(
        "FF-BR-20135",
        caption("a gray v-neck t-shirt folded on a white table"),
        D.color("grey"),
        wearing("the person is wearing clothes", "restated"),
        details("shirt", "it has a v neck and a pocket", "unsupported"),
        D.description(
            "gray t-shirt with a v-neck Question: What is the color of the shirt? Answer: gray Question: What is the "
            "color",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("t-shirt"),
        gender="Men",
        title="Camiseta Básica Gola V Mescla",
        category="Camisetas",
        color="Mescla",
    ),
    # Woman on a white backdrop: off-white tailored blazer (one button, flap pockets) over a black camisole,
    # mid-blue jeans.
    case(
        "FF-BR-20136",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and its "
            "neckline is lapel. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.color("white"),
        color_of("blazer", "blue", "other_garment_color", kind="open"),
        wearing("a white blazer, a black top and jeans"),
        describe("blazer", "a blazer", "non_answer"),
        D.details("it has a button and pockets"),
        gender="Women",
        title="Blazer Alfaiataria Off White",
        category="Blazers",
        color="Off White",
    ),
    # Man on a light grey backdrop: light-blue long-sleeve dress shirt, navy tie, dark grey suit trousers.
    case(
        "FF-BR-20137",
        caption("a man in a blue shirt and a tie"),
        D.color("light blue"),
        color_of(
            "shirt",
            "blue Question: What is the color of the tie? Answer: blue Question: What is the color of the pants? "
            "Answer: grey",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        D.details(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is la",
            "cut",
            hit_limit=True,
        ),
        D.sleeve_length("long sleeve"),
        D.description("she is wearing a blue shirt", "pronoun"),
        gender="Men",
        title="Camisa Social Slim Azul Claro",
        category="Camisas",
        color="Azul Claro",
    ),
    # Woman on a sand-colored backdrop: white crochet beach cover-up dress, short, over a black bikini.
    case(
        "FF-BR-20138",
        caption("a woman in a white crochet dress over a black bikini"),
        D.color("black", "other_garment_color"),
        D.material("crochet"),
        color_of(
            "dress",
            "The lady wears a sleeveless dress with lattice patterns. The dress is with knitting fabric.",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a sleeveless dress with lattice patterns. The dress is with knitting fabric. The dress "
            "is of short",
            "cut",
            hit_limit=True,
        ),
        D.details("it is see through"),
        gender="Women",
        title="Saída de Praia Crochê Branca",
        category="Moda Praia",
        color="Branco",
    ),
    # Man on a white backdrop: dark-blue denim bermuda with ripped front, black tee. No belt.
    case(
        "FF-BR-20139",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The gentleman wears a short pants. The pants are with denim fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("shorts", "black", "other_garment_color"),
        D.color("blue"),
        details("shorts", "they are ripped and have a belt", "unsupported"),
        wearing("she is wearing a black shirt and jean shorts", "pronoun"),
        is_a("pair of shorts", "yes"),
        D.material("denim"),
        gender="Masculino",
        title="Bermuda Jeans Masculina Rasgada",
        category="Bermudas",
        color="Azul Escuro",
    ),
    # Woman on a light grey backdrop: brown ribbed turtleneck long-sleeve bodysuit tucked into cream wide trousers.
    # No buttons.
    case(
        "FF-BR-20140",
        caption("a woman in a brown turtleneck and white pants"),
        D.color("brown"),
        color_of("pants", "brown", "other_garment_color", kind="open"),
        D.sleeve_length("long sleeve"),
        D.details(
            "turtleneck Question: What is the color of the garment? Answer: brown Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        D.description("a brown turtleneck with gold buttons on the shoulder", "unsupported"),
        wearing(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and "
            "its neckline is st",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Body Gola Alta Canelado Marrom",
        category="Bodies",
        color="Marrom",
    ),
    # Woman on a white backdrop: long viscose kimono with a blue and orange paisley print on a navy ground, open over a
    # white top and white shorts.
    case(
        "FF-BR-20141",
        caption("a woman wearing a blue patterned kimono over a white outfit"),
        D.color("white", "other_garment_color"),
        D.pattern("paisley"),
        wearing(_rep("kimono", 15), "loop", hit_limit=True),
        describe("kimono", "a long blue kimono with an orange pattern"),
        D.material("the garment is made of fabric", "restated"),
        gender="Women",
        title="Kimono Estampado Viscose",
        category="Kimonos",
        color="Estampado",
    ),
    # Man on a light grey backdrop: navy zip track jacket with two white stripes down each sleeve, black shorts.
    case(
        "FF-BR-20142",
        caption(
            "The lady wears a long-sleeve jacket with striped patterns. The jacket is with cotton fabric and its "
            "neckline is stand. The lady wears a short pants. The pants are with cotton fabric and pure color "
            "patterns.",
            "pronoun",
            hit_limit=True,
        ),
        D.color("navy"),
        color_of("jacket", "blue and white", kind="open"),
        details("jacket", "it has white stripes on the sleeves and a zipper"),
        color_of(
            "shorts",
            "black Question: What is the color of the jacket? Answer: navy blue Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        D.material(_rep("polyester", 15), "loop", hit_limit=True),
        gender="Men",
        title="Jaqueta Esportiva Retrô Azul Marinho",
        category="Jaquetas",
        color="Azul Marinho",
    ),
    # Woman on a white backdrop: mid-blue denim shirt dress, knee length, button front, long sleeves rolled, brown
    # belt at the waist.
    case(
        "FF-BR-20143",
        caption("a woman in a denim shirt dress with a belt"),
        D.garment_type("shirt", "contradiction"),
        D.color("blue"),
        color_of(
            "dress",
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with denim fabric.",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with denim fabric and its "
            "neckline is lapel. The",
            "cut",
            hit_limit=True,
        ),
        D.details("it has buttons down the front and a belt"),
        describe(
            "dress",
            "denim dress Question: Describe the belt. Answer: brown belt Question: Describe the shoes. Answer: white",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Vestido Chemise Jeans com Cinto",
        category="Vestidos",
        color="Azul Médio",
    ),
    # Man on a white backdrop: red dry-fit athletic tee with the marketplace's own small white logo on the chest,
    # black running shorts.
    case(
        "FF-BR-20144",
        caption("a man in a red shirt and black shorts"),
        D.color("red"),
        color_of("shorts", "red", "other_garment_color", kind="open"),
        wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric.",
            "pronoun",
            hit_limit=True,
        ),
        D.material("it's a t-shirt", "non_answer"),
        describe("shirt", "a red shirt with a white nike logo", "unsupported"),
        D.garment_type("t-shirt"),
        gender="Men",
        title="Camiseta Dry Fit Esportiva Vermelha",
        category="Moda Fitness",
        color="Vermelho",
    ),
    # Woman on a light grey backdrop: olive cargo trousers with side pockets, white cropped tee.
    case(
        "FF-BR-20145",
        caption("a woman wearing a white top and green cargo pants"),
        D.color("olive"),
        color_of("pants", "white", "other_garment_color"),
        details("pants", "they have pockets on the sides"),
        D.description(
            "The lady wears a long trousers. The trousers are with cotton fabric and pure color patterns. The lady "
            "wears a long trousers. The trousers are",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing a white shirt and green pants", "pronoun"),
        gender="Women",
        title="Calça Cargo Feminina Verde Militar",
        category="Calças",
        color="Verde Militar",
    ),
    # Hanger shot against a white wall, no person: black quilted puffer vest with a zip and stand collar. (No gender
    # column.)
    case(
        "FF-BR-20146",
        caption("a black vest hanging on a white wall"),
        D.sleeve_length("sleeveless"),
        D.color("black"),
        D.description(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric "
            "and its neckline is stand.",
            "contradiction",
            hit_limit=True,
        ),
        D.details(_rep("zipper", 20), "loop", hit_limit=True),
        D.material("i don't know", "non_answer"),
        title="Colete Puffer Matelassê Preto",
        category="Coletes",
        color="Preto",
    ),
]
