"""BLIND_455 (46 products; pt-BR women's fashion feed: vestidos, blusas, saias, calças, macacões, conjuntos): written
blind in the forty-seventh session. Measured blind at bbc1aa6 (the session's rules as they stood): 106/120 failures
found (88.3%) and 3/150 correct texts flagged (2.0%). The writer's notes, verbatim:

Scenario: a night's batch for a Brazilian women's fashion e-commerce store. The seller's feed is in Portuguese:
titles like "Vestido Midi Viscose Floral Alça Fina Azul Marinho", categories Vestidos, Blusas, Saias, Calças,
Macacões, Conjuntos, colors in pt-BR (Preto, Off White, Vinho, Terracota, Verde Militar, Mostarda, Caramelo, Lilás,
Estampado...) and gender Feminino; a few rows miss the gender or the color, as real feeds do. Photos are studio
shots on plain or colored walls, a few outdoors (brick wall, beach boardwalk, plants), most of them full-body or
three-quarter views of a model wearing the product with other pieces (a tee tucked into a skirt, a blazer over a
camisole, a sweatshirt over leggings). The questions are asked in English; BLIP-2 answers in English.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a woman in a
red dress ...") or, where the comment says so, from the caption-only LoRA adapter of the original experiments (the
DeepFashion template, "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon
fabric ..."). The adapter was trained with no end-of-answer token: every adapter text runs to its limit (50 new
tokens for captions, 30 for answers), carries hit_limit=True, and returns the template to any question. The open
questions (wearing, description, details, material, neckline and the per-set open questions) come from the base
model unless the comment names the adapter; the base model stops on its own and never has hit_limit. The closed
questions (garment_type, color, pattern, sleeve_length, the per-piece colors and the yes/no "Is this a ...?") are
enrich's `--engine reference` answers, picked from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct for the pt-BR colors: red for Vinho, orange or brown for Terracota, green for Verde
  Militar or Verde Oliva, brown or tan for Caramelo and Caqui, beige or gold for Champagne, white or cream for Off
  White, purple for Lilás, pink for Pink, blue for Azul Marinho, Azul Jeans or Azul Claro, grey for Cinza Mescla.
  Navy answered black, Verde Militar answered brown, Mostarda answered orange, Vinho answered purple and Lilás
  answered pink are contradiction (a different hue the auditor would not accept).
- The color of a print on a garment whose seller color is the ground (red flowers on a white blouse, white dots on
  black) is contradiction; on a product whose seller color is Estampado, any of the print's main colors is correct.
- The color of a wall or prop given as the garment's color (yellow wall, pink wall) is contradiction; the color of
  another piece the model wears (the tucked-in tee, the camisole under the blazer, the pants with a top) is
  other_garment_color. The other piece's pattern (stripes of the tee for a plain skirt) is contradiction.
- In a base wearing answer, the product given the other piece's color ("a black shirt and a black skirt" for a
  denim skirt under a black tee) is other_garment_color; another piece given a color no piece has, or the one color
  repeated over the outfit ("a black top and black pants" over blue jeans, "a white skirt" for the black one under
  the white shirt being sold) is contradiction.
- Garment synonyms are correct: shirt or blouse for a blusa/camisa, top or tank top for a regata or cropped,
  sweater for a knit cropped, sweatshirt for moletom, overalls or jumpsuit for a jardineira, romper for a
  macaquinho, suit for a blazer-and-shorts set, purse for a bag, turtleneck for gola alta. A jumpsuit called a dress,
  a romper called shorts or a dress, wide-leg pants called a skirt, a co-ord set called a dress or jumpsuit, and the
  engine naming the other garment in the photo (jacket for the skirt, sweatshirt for the leggings) are
  contradiction. The adapter's template misnaming a one-piece as "a shirt ... and a pants" is contradiction
  (hit_limit kept): that is what the auditor sees first.
- Materials: one the title names (viscose, cetim/satin, linho/linen, tricô/knit, couro sintético/leather, tule,
  jeans/denim, suplex/spandex, tricoline/cotton) is correct; cotton as a guess on a printed or plain cotton-look
  fabric is correct; silk for viscose or satin, lace on plain tulle, linen on tailoring fabric, cotton for a viscose
  title and leather for shiny cirrê are unsupported. The material of the other piece (leather of the skirt for a
  ribbed blouse) is contradiction.
- Invented items not in the photo (a belt, a necklace, buttons, a chest pocket, a hat, a bow, a slit on a back the
  front view does not show, shoes on a photo cropped at the knees) are unsupported. Things really in the photo
  (the straw bag, the gold necklace, the ankle boots, the chair, the brick wall) are correct.
- Adapter texts: one that repeats a template sentence is loop; one that stops mid-sentence without repeating is
  cut; the template returned for the material question is restated even where it names a fabric. The template
  answering wearing, description or details does answer it, so it is cut or loop.
- Base answers: "", "jeans" for the jeans' details and "the details of the skirt" are non_answer; "the dress is
  brown" for details (the garment and its color only) is non_answer; a material question answered with the garment
  and its color or print is restated; a base answer that stops mid-phrase ("the pants are") is cut without
  hit_limit; a base answer that runs on into "Question: ... Answer: ..." is leak even where it starts right.
- "he" or "a man" for the woman in the photo is pronoun.
- Co-ord sets named piece by piece in their own colors are correct; per-piece closed colors ask the piece.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_top = question("color_top", "What is the color of the top?", "closed")
color_skirt = question("color_skirt", "What is the color of the skirt?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_blazer = question("color_blazer", "What is the color of the blazer?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
neckline = question("neckline", "What is the neckline of the garment?", "open")

BLIND_455 = [
    # photo: model in a navy midi slip dress with small yellow flowers, thin straps, white sneakers, white studio
    # wall, front view, full body.
    # adapter: none
    case(
        "X455-001",
        caption("a woman in a blue floral dress standing in front of a white wall"),
        D.wearing("a blue floral dress and white sneakers"),
        B.garment_type("dress"),
        B.color("black", "contradiction"),
        B.pattern("floral"),
        B.sleeve_length("sleeveless"),
        B.material("silk", "unsupported"),
        title="Vestido Midi Viscose Floral Alça Fina Azul Marinho",
        category="Vestidos",
        color="Azul Marinho",
        gender="Feminino",
    ),
    # photo: white off-the-shoulder cropped blouse, long sleeves, ruffle along the neckline, worn with light blue
    # jeans, red brick wall behind, three-quarter view.
    # adapter: caption, description
    case(
        "X455-002",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. The pants are with denim fabric and pure color patterns. There is an accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a white top and jeans Question: What is the color of the top? Answer: white", "leak"),
        B.color("white"),
        color_pants("blue"),
        D.details("the top has ruffles on the shoulders"),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lady "
            "wears a long-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeves"),
        title="Blusa Cropped Ombro a Ombro Babado Manga Longa Branca",
        category="Blusas",
        color="Branco",
        gender="Feminino",
    ),
    # photo: mint green pleated satin midi skirt, white tee tucked in, beige studio backdrop, full body.
    # adapter: caption
    case(
        "X455-003",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt. The T-shirt is with "
            "cotton fabric. It has a round neckline. The skirt is with chiffon fabric and pure color patterns. The "
            "lady",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("skirt"),
        B.color("white", "other_garment_color"),
        B.pattern("striped", "contradiction"),
        D.details("the skirt is pleated"),
        B.material("satin"),
        title="Saia Midi Plissada Cetim Verde Menta",
        category="Saias",
        color="Verde Menta",
        gender="Feminino",
    ),
    # photo: beige wide-leg tailored pants with front pleats, black sleeveless bodysuit, white backdrop, full body.
    # adapter: caption
    case(
        "X455-004",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long trousers. The tank top is with "
            "cotton fabric. It has a round neckline. The trousers are with cotton fabric and pure color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("skirt", "contradiction"),
        B.color("beige"),
        D.wearing("a black top and beige pants"),
        D.details("the pants have a high waist and pleats"),
        B.material("linen", "unsupported"),
        title="Calça Pantalona Alfaiataria Cintura Alta Bege",
        category="Calças",
        color="Bege",
        gender="Feminino",
    ),
    # photo: black long wide-leg jumpsuit, V neck, sleeveless, self-fabric belt tied at the waist, grey backdrop.
    # adapter: none
    case(
        "X455-005",
        caption("a woman in a black jumpsuit posing for a photo"),
        B.garment_type("dress", "contradiction"),
        B.color("black"),
        B.sleeve_length("sleeveless"),
        D.wearing("a black dress", "contradiction"),
        D.details("it has a v - neck and a belt"),
        title="Macacão Longo Pantalona Decote V com Cinto Preto",
        category="Macacões",
        color="Preto",
        gender="Feminino",
    ),
    # photo: co-ord set, short-sleeve crop top and midi skirt in a matching print of green leaves on white, a wall
    # of plants behind, full body.
    # adapter: caption, wearing
    case(
        "X455-006",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns and a long skirt. The shirt is with chiffon "
            "fabric. The skirt is with chiffon fabric and floral patterns. The lady wears a short-sleeve shirt with "
            "floral",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a short-sleeve shirt with floral patterns and a long skirt. The shirt is with chiffon "
            "fabric. The skirt is with",
            "cut",
            hit_limit=True,
        ),
        B.pattern("floral"),
        color_top("white"),
        color_skirt("green"),
        is_a("dress", "yes", "contradiction"),
        title="Conjunto Cropped e Saia Midi Estampa Folhagem",
        category="Conjuntos",
        color="Estampado",
        gender="Feminino",
    ),
    # photo: lilac blouse with short puff sleeves and square neck, white jeans, pale pink wall, waist-up view.
    # adapter: none
    case(
        "X455-007",
        caption("a woman in a purple top with puffy sleeves"),
        B.color("pink", "contradiction"),
        B.sleeve_length("short sleeves"),
        neckline("square neck"),
        D.details("the blouse has puffy sleeves and a bow on the front", "unsupported"),
        D.wearing("he is wearing a purple top and white pants", "pronoun"),
        title="Blusa Manga Bufante Decote Quadrado Lilás",
        category="Blusas",
        color="Lilás",
        gender="Feminino",
    ),
    # photo: midi denim shirt dress, short sleeves, button front, collar, self belt, white backdrop, full body.
    # adapter: caption, details
    case(
        "X455-008",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The lady wears a long skirt. The skirt is with denim fabric and pure color patterns. "
            "There",
            "contradiction",
            hit_limit=True,
        ),
        B.garment_type("shirt", "contradiction"),
        B.color("blue"),
        D.details(
            "The shirt is with denim fabric and pure color patterns. It has a lapel neckline. The shirt is with "
            "denim fabric and pure",
            "loop",
            hit_limit=True,
        ),
        B.material("denim"),
        is_a("shirt", "no"),
        title="Vestido Chemise Midi Jeans com Cinto",
        category="Vestidos",
        color="Azul Jeans",
        gender="Feminino",
    ),
    # photo: light-wash denim mini skirt with frayed hem and rips, black tee tucked in, white sneakers, white wall.
    # adapter: none
    case(
        "X455-009",
        caption("a woman wearing a denim skirt and a black t - shirt"),
        D.wearing("a black shirt and a black skirt", "other_garment_color"),
        B.color("black", "other_garment_color"),
        D.details("the skirt has rips and a frayed hem"),
        B.material("denim"),
        D.description(
            "a denim skirt with a frayed hem Question: What is the material of the skirt? Answer: denim", "leak"
        ),
        title="Saia Jeans Curta Destroyed Barra Desfiada",
        category="Saias",
        color="Azul Claro",
        gender="Feminino",
    ),
    # photo: medium-wash mom jeans, white ribbed tank top tucked in, white wall, full body.
    # adapter: none
    case(
        "X455-010",
        caption("a woman in jeans and a white tank top"),
        B.garment_type("pants"),
        B.color("blue"),
        D.details("the jeans have two pockets and a belt", "unsupported"),
        B.material("the jeans are made of denim Question: What is the color of the jeans? Answer: blue", "leak"),
        title="Calça Jeans Mom Cintura Alta Azul Médio",
        category="Calças",
        color="Azul Médio",
        gender="Feminino",
    ),
    # photo: terracotta linen-blend short romper, sleeveless, tie waist, cream wall with a potted plant, full body.
    # adapter: caption
    case(
        "X455-011",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a shorts. The tank top is with cotton "
            "fabric. The shorts are with cotton fabric and pure color patterns. There is an accessory on her wrist. "
            "The",
            "contradiction",
            hit_limit=True,
        ),
        B.garment_type("romper"),
        B.color("orange"),
        B.material("linen"),
        D.wearing("an orange dress", "contradiction"),
        D.details("it has a tie at the waist and a necklace", "unsupported"),
        title="Macaquinho Linho Amarração na Cintura Terracota",
        category="Macacões",
        color="Terracota",
        gender="Feminino",
    ),
    # photo: long tiered dress in blue and white vertical stripes, thin straps, no buttons, white backdrop.
    # adapter: caption
    case(
        "X455-012",
        caption(
            "The lady wears a sleeveless dress with striped patterns. The dress is with cotton fabric. It has a "
            "suspenders neckline. The lady wears a sleeveless dress with striped patterns. The dress is with cotton "
            "fabric.",
            "loop",
            hit_limit=True,
        ),
        B.pattern("striped"),
        B.color("blue"),
        B.sleeve_length("sleeveless"),
        D.details("the dress has stripes and ruffles and buttons on the front", "unsupported"),
        B.material("cotton"),
        title="Vestido Longo Tricoline Listrado Três Marias",
        category="Vestidos",
        color="Azul/Branco",
        gender="Feminino",
    ),
    # photo: black ribbed tank top, beige linen pants, cropped at mid-thigh, light grey backdrop.
    # adapter: caption
    case(
        "X455-013",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric. It has a round neckline. The lady wears a sleeveless tank top with pure color patterns and "
            "a",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("tank top"),
        B.color("beige", "other_garment_color"),
        B.sleeve_length("sleeveless"),
        D.details("the top has a ribbed texture"),
        B.material("a black tank top", "restated"),
        title="Blusa Regata Canelada Preta",
        category="Blusas",
        color="Preto",
        gender="Feminino",
    ),
    # photo: pink blazer and tailored shorts set, white satin camisole under the open blazer, white backdrop.
    # adapter: caption, wearing
    case(
        "X455-014",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a shorts. The jacket is with cotton "
            "fabric. It has a suit neckline. The shorts are with cotton fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve jacket with pure color patterns and a shorts. The jacket is with cotton "
            "fabric. It has a suit",
            "cut",
            hit_limit=True,
        ),
        color_blazer("pink"),
        color_shorts("white", "other_garment_color"),
        is_a("suit", "yes"),
        title="Conjunto Alfaiataria Blazer e Shorts Rosa",
        category="Conjuntos",
        color="Rosa",
        gender="Feminino",
    ),
    # photo: red sheath midi dress, short sleeves, square neckline, grey backdrop, cropped at the knees.
    # adapter: none
    case(
        "X455-015",
        caption("a woman in a red dress posing for a picture"),
        D.wearing("a red dress and red shoes", "unsupported"),
        B.color("red"),
        B.sleeve_length("short sleeves"),
        D.description("a red dress with a square", "cut"),
        D.details("the dress has a slit in the back", "unsupported"),
        title="Vestido Tubinho Midi Decote Quadrado Vermelho",
        category="Vestidos",
        color="Vermelho",
        gender="Feminino",
    ),
    # photo: olive viscose jogger pants with elastic cuffs, white tee, white sneakers, white backdrop, full body.
    # adapter: caption
    case(
        "X455-016",
        caption(
            "The person wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("pants"),
        B.color("brown", "contradiction"),
        D.wearing("a white shirt and white pants", "other_garment_color"),
        B.material("cotton", "unsupported"),
        D.details("the pants have elastic at the ankles"),
        title="Calça Jogger Viscose Verde Militar",
        category="Calças",
        color="Verde Militar",
        gender="Feminino",
    ),
    # photo: leopard print viscose blouse, long sleeves, button front, black pants, white backdrop, three-quarter view.
    # adapter: none
    case(
        "X455-017",
        caption("a woman wearing a leopard print shirt and black pants"),
        B.pattern("animal print"),
        B.color("brown"),
        D.description("a leopard print blouse with long sleeves"),
        D.details("the blouse has buttons down the front and a pocket on the chest", "unsupported"),
        B.material("a leopard print shirt", "restated"),
        title="Blusa Viscose Animal Print Onça Manga Longa",
        category="Blusas",
        color="Caramelo",
        gender="Feminino",
    ),
    # photo: champagne satin maxi skirt with a side slit showing the leg, black long-sleeve bodysuit, dark grey
    # backdrop, full body.
    # adapter: none
    case(
        "X455-018",
        caption("a woman in a gold satin skirt and black top"),
        B.color("black", "other_garment_color"),
        D.wearing("a black top and a gold skirt"),
        D.details("the skirt has a slit on the side"),
        B.material("the skirt is made of satin Question: What is the color of the skirt? Answer: gold", "leak"),
        title="Saia Longa Cetim com Fenda Champagne",
        category="Saias",
        color="Champagne",
        gender="Feminino",
    ),
    # photo: long denim overalls (jardineira) over a white tee, white sneakers, white wall, full body.
    # adapter: none
    case(
        "X455-019",
        caption("a woman in overalls and a white t - shirt"),
        B.garment_type("jumpsuit"),
        B.color("white", "other_garment_color"),
        D.wearing("she is wearing overalls"),
        B.material("a pair of blue overalls", "restated"),
        title="Macacão Jardineira Jeans Longo",
        category="Macacões",
        color="Azul Jeans",
        gender="Feminino",
    ),
    # photo: black strapless mini dress with small white polka dots, white backdrop, full body.
    # adapter: caption
    case(
        "X455-020",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The lady wears a sleeveless dress with graphic patterns. The dress is with chiffon "
            "fabric",
            "loop",
            hit_limit=True,
        ),
        B.pattern("polka dot"),
        B.color("white", "contradiction"),
        B.sleeve_length("sleeveless"),
        D.wearing("a black and white polka dot dress"),
        D.details("it is strapless"),
        title="Vestido Curto Tomara que Caia Poá Preto",
        category="Vestidos",
        color="Preto",
        gender="Feminino",
    ),
    # photo: sheer black plain tulle blouse, long sleeves, black bralette under it, blue jeans, grey backdrop.
    # adapter: none
    case(
        "X455-021",
        caption("a woman in a black sheer top and jeans"),
        B.sleeve_length("long sleeves"),
        B.color("black"),
        B.material("lace", "unsupported"),
        D.details("the top is see through"),
        D.wearing("a black top and black pants", "contradiction"),
        title="Blusa Tule Transparente Manga Longa Preta",
        category="Blusas",
        color="Preto",
        gender="Feminino",
    ),
    # photo: black high-waist flare pants, red knit top, a tall potted plant beside the model, white wall.
    # adapter: none
    case(
        "X455-022",
        caption("a woman in a red top and black pants standing next to a plant"),
        B.garment_type("pants"),
        B.color("red", "other_garment_color"),
        D.details("the pants are", "cut"),
        B.material("spandex"),
        title="Calça Flare Cintura Alta Suplex Preta",
        category="Calças",
        color="Preto",
    ),
    # photo: grey marl sweatshirt and jogger set, white sneakers, light backdrop, full body.
    # adapter: caption, material
    case(
        "X455-023",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey sweatshirt and grey sweatpants"),
        color_top("grey"),
        color_pants("black", "contradiction"),
        B.garment_type("sweatshirt"),
        B.material(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric. It has",
            "restated",
            hit_limit=True,
        ),
        title="Conjunto Moletom Blusão e Calça Jogger Cinza Mescla",
        category="Conjuntos",
        color="Cinza Mescla",
        gender="Feminino",
    ),
    # photo: burgundy maxi dress with a small white floral print, long sleeves, V neck, ruffled hem, no belt,
    # outdoors in front of a white-painted brick wall.
    # adapter: none
    case(
        "X455-024",
        caption("a woman in a red floral dress standing in front of a brick wall"),
        B.color("red"),
        B.pattern("floral"),
        B.sleeve_length("short sleeves", "contradiction"),
        neckline("v - neck"),
        D.details("the dress has a ruffle hem and a belt", "unsupported"),
        D.wearing("he is wearing a red dress", "pronoun"),
        title="Vestido Longo Floral Manga Longa Babado Vinho",
        category="Vestidos",
        color="Vinho",
        gender="Feminino",
    ),
    # photo: white button-up shirt, long sleeves, tucked into a black pencil skirt, white backdrop.
    # adapter: none
    case(
        "X455-025",
        caption("a woman in a white shirt and black skirt"),
        B.garment_type("shirt"),
        B.color("white"),
        D.details("the shirt has a collar and buttons"),
        D.wearing("a white shirt and a white skirt", "contradiction"),
        D.description("white shirt Question: What is the color of the skirt? Answer: black", "leak"),
        title="Camisa Social Feminina Manga Longa Branca",
        category="Blusas",
        color="Branco",
        gender="Feminino",
    ),
    # photo: mustard A-line midi skirt, black tee tucked in, grey backdrop, full body.
    # adapter: caption
    case(
        "X455-026",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt. The T-shirt is with "
            "cotton fabric. It has a round neckline. The skirt is with cotton fabric and pure color patterns. The "
            "lady wears",
            "cut",
            hit_limit=True,
        ),
        B.color("orange", "contradiction"),
        D.wearing("a black shirt and yellow skirt"),
        D.details("the details of the skirt", "non_answer"),
        B.garment_type("skirt"),
        title="Saia Midi Evasê Mostarda",
        category="Saias",
        color="Mostarda",
        gender="Feminino",
    ),
    # photo: short romper with a tropical print (orange and green leaves on white), ruffled short sleeves, tie waist,
    # on a wooden beach boardwalk, full body.
    # adapter: none
    case(
        "X455-027",
        caption("a woman in a floral romper standing on a boardwalk"),
        B.garment_type("shorts", "contradiction"),
        B.pattern("floral"),
        B.color("green"),
        D.wearing("a floral dress", "contradiction"),
        D.details("ruffles on the sleeves Question: What is the color of the romper? Answer: green", "leak"),
        title="Macaquinho Estampa Tropical Manga Babado",
        category="Macacões",
        color="Estampado",
        gender="Feminino",
    ),
    # photo: off-white ribbed knit cropped sweater, long sleeves, light blue jeans, white backdrop, full body.
    # adapter: caption, material
    case(
        "X455-028",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "knitting fabric. It has a round neckline. The pants are with denim fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("sweater"),
        B.color("white"),
        B.material(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The",
            "restated",
            hit_limit=True,
        ),
        D.description("a white crop top with long sleeves"),
        title="Cropped Tricô Canelado Manga Longa Off White",
        category="Blusas",
        color="Off White",
        gender="Feminino",
    ),
    # photo: emerald green satin slip dress, cowl neck, thin straps, a thin gold necklace, beige curtain behind.
    # adapter: none
    case(
        "X455-029",
        caption("a woman in a green satin dress"),
        B.color("green"),
        B.material("silk", "unsupported"),
        neckline("cowl neck"),
        D.wearing("a green dress and a gold necklace"),
        D.description("he is wearing a green satin dress", "pronoun"),
        title="Vestido Midi Cetim Decote Degagê Verde Esmeralda",
        category="Vestidos",
        color="Verde",
        gender="Feminino",
    ),
    # photo: khaki cotton twill cargo pants with side pockets, black crop top, white backdrop, full body.
    # adapter: none
    case(
        "X455-030",
        caption("a woman in a black crop top and khaki pants"),
        B.color("beige"),
        B.garment_type("pants"),
        D.details("the pants are khaki", "non_answer"),
        B.material("cotton"),
        D.wearing("a black top and black pants", "other_garment_color"),
        title="Calça Cargo Sarja Bolsos Laterais Caqui",
        category="Calças",
        color="Caqui",
        gender="Feminino",
    ),
    # photo: white peasant blouse with a small red floral print, off the shoulder, long sleeves, denim shorts,
    # no belt, white wall.
    # adapter: caption
    case(
        "X455-031",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns and a shorts. The shirt is with chiffon fabric. "
            "It has a suspenders neckline. The shorts are with denim fabric and pure color patterns. The lady wears "
            "a long",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white floral top and denim shorts"),
        B.color("red", "contradiction"),
        B.pattern("floral"),
        D.description("a white blouse with red flowers and a black belt", "unsupported"),
        title="Blusa Ciganinha Estampada Floral Manga Longa",
        category="Blusas",
        color="Branco",
        gender="Feminino",
    ),
    # photo: brown ribbed knit bodycon midi dress, long sleeves, model holds a straw bag, white backdrop.
    # adapter: none
    case(
        "X455-032",
        caption("a woman in a brown dress holding a purse"),
        B.garment_type("dress"),
        B.color("brown"),
        B.sleeve_length("long sleeves"),
        B.material("knit"),
        D.details("the dress is brown", "non_answer"),
        D.wearing("a brown dress and a straw hat", "unsupported"),
        title="Vestido Midi Canelado Manga Longa Marrom",
        category="Vestidos",
        color="Marrom",
        gender="Feminino",
    ),
    # photo: off-white linen wrap midi skirt with a side tie, navy and white striped tee tucked in, white backdrop.
    # adapter: none
    case(
        "X455-033",
        caption("a woman in a striped shirt and white skirt"),
        B.color("blue", "other_garment_color"),
        B.pattern("striped", "contradiction"),
        B.material("linen"),
        D.details("it is a wrap skirt with a tie on the side"),
        title="Saia Midi Envelope Linho Off White",
        category="Saias",
        color="Off White",
        gender="Feminino",
    ),
    # photo: navy culotte jumpsuit, cropped wide legs, short sleeves, collar and button front, self belt, grey wall.
    # adapter: caption, details
    case(
        "X455-034",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a three-point pants. The shirt is with "
            "cotton fabric. It has a lapel neckline. The pants are with cotton fabric and pure color patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        B.garment_type("jumpsuit"),
        B.color("blue"),
        D.details(
            "It has a lapel neckline. The pants are with cotton fabric and pure color patterns. It has a lapel "
            "neckline. The pants are with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue jumpsuit"),
        title="Macacão Pantacourt Botões com Cinto Azul Marinho",
        category="Macacões",
        color="Azul Marinho",
        gender="Feminino",
    ),
    # photo: black long-sleeve V-neck bodysuit, red midi skirt, black ankle boots, white backdrop, full body.
    # adapter: none
    case(
        "X455-035",
        caption("a woman in a black top and red skirt"),
        B.garment_type("blouse"),
        B.color("red", "other_garment_color"),
        neckline("v - neck"),
        B.sleeve_length("short sleeves", "contradiction"),
        D.details("the top", "non_answer"),
        D.wearing("she is wearing a black shirt and a red skirt and black boots"),
        title="Blusa Body Manga Longa Decote V Preto",
        category="Blusas",
        color="Preto",
        gender="Feminino",
    ),
    # photo: long pink tulle party dress with glitter, thin straps, dark studio, front view, no belt or bow.
    # adapter: caption
    case(
        "X455-036",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. There is an accessory on her wrist. The lady wears a sleeveless dress with pure "
            "color",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink dress"),
        B.color("pink"),
        B.material("tulle"),
        D.details("the dress has a belt and a bow on the back", "unsupported"),
        title="Vestido Longo Festa Tule Brilho Rosa",
        category="Vestidos",
        color="Rosa",
        gender="Feminino",
    ),
    # photo: light-wash wide-leg jeans, white shirt knotted at the waist, concrete wall, full body.
    # adapter: caption
    case(
        "X455-037",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. It has a lapel neckline. The pants are with denim fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("pants"),
        B.color("blue"),
        D.details("jeans", "non_answer"),
        B.material("denim"),
        D.wearing("a man in a white shirt and jeans", "pronoun"),
        title="Calça Jeans Wide Leg Lavagem Clara",
        category="Calças",
        color="Azul Claro",
        gender="Feminino",
    ),
    # photo: olive linen set, square-neck sleeveless crop top and wide pants, sand-colored wall, full body.
    # adapter: caption
    case(
        "X455-038",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric. It has a square neckline. The pants are with cotton fabric and pure color patterns. The "
            "lady",
            "cut",
            hit_limit=True,
        ),
        color_top("green"),
        color_pants("beige", "contradiction"),
        D.wearing("a green crop top and green pants"),
        B.material("a green crop top and pants", "restated"),
        is_a("jumpsuit", "yes", "contradiction"),
        title="Conjunto Linho Cropped e Calça Pantalona Verde Oliva",
        category="Conjuntos",
        color="Verde Oliva",
        gender="Feminino",
    ),
    # photo: burgundy ribbed turtleneck, long sleeves, black faux leather skirt, grey backdrop, three-quarter view.
    # adapter: none
    case(
        "X455-039",
        caption("a woman in a red turtleneck and black leather skirt"),
        B.color("purple", "contradiction"),
        B.sleeve_length("long sleeves"),
        neckline("turtle neck"),
        B.material("leather", "contradiction"),
        D.wearing("a red sweater and a black skirt"),
        title="Blusa Gola Alta Canelada Manga Longa Vinho",
        category="Blusas",
        color="Vinho",
        gender="Feminino",
    ),
    # photo: black and white gingham midi dress, short puff sleeves, square neck, white backdrop, full body.
    # adapter: caption, material
    case(
        "X455-040",
        caption(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with cotton fabric. It has a "
            "square neckline. The lady wears a short-sleeve dress with lattice patterns. The dress is with cotton "
            "fabric. It",
            "loop",
            hit_limit=True,
        ),
        B.pattern("plaid"),
        B.color("black"),
        B.sleeve_length("short sleeves"),
        D.wearing("a black and white checkered dress"),
        B.material(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with cotton fabric. It has a "
            "square neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Vestido Midi Xadrez Vichy Manga Bufante Preto e Branco",
        category="Vestidos",
        color="Preto/Branco",
        gender="Feminino",
    ),
    # photo: black faux leather mini skirt with a front zip, white oversized tee, open light denim jacket over it,
    # white backdrop, full body.
    # adapter: none
    case(
        "X455-041",
        caption("a woman in a denim jacket, white t - shirt and black leather skirt"),
        B.garment_type("jacket", "contradiction"),
        B.color("white", "other_garment_color"),
        B.material("leather"),
        D.details("the skirt has a zipper on the front"),
        D.wearing("a blue jacket, a white shirt and a blue skirt", "other_garment_color"),
        title="Saia Mini Couro Sintético com Zíper Preta",
        category="Saias",
        color="Preto",
        gender="Feminino",
    ),
    # photo: strapless long wide-leg jumpsuit in a black and white geometric print, grey backdrop, full body.
    # adapter: none
    case(
        "X455-042",
        caption("a woman in a black and white jumpsuit"),
        B.garment_type("jumpsuit"),
        B.pattern("graphic"),
        B.sleeve_length("long sleeves", "contradiction"),
        D.wearing("a black and white dress", "contradiction"),
        D.description(
            "a strapless jumpsuit with a black and white pattern Question: What is the pattern of the jumpsuit? "
            "Answer:",
            "leak",
        ),
        title="Macacão Longo Tomara que Caia Estampa Geométrica",
        category="Macacões",
        gender="Feminino",
    ),
    # photo: hot pink one-shoulder ruffled top, white pants, bright yellow wall behind, three-quarter view.
    # adapter: none
    case(
        "X455-043",
        caption("a woman in a pink top standing in front of a yellow wall"),
        B.color("yellow", "contradiction"),
        B.garment_type("blouse"),
        B.sleeve_length("sleeveless"),
        D.details("the top has one shoulder and ruffles"),
        D.wearing("he is wearing a pink shirt and white pants", "pronoun"),
        title="Blusa Um Ombro Só com Babado Pink",
        category="Blusas",
        color="Pink",
        gender="Feminino",
    ),
    # photo: beige knit set, short-sleeve top and midi skirt, light grey backdrop, full body.
    # adapter: caption, wearing
    case(
        "X455-044",
        caption(
            "The lady wears a short-sleeve sweater with pure color patterns and a long skirt. The sweater is with "
            "knitting fabric. It has a round neckline. The skirt is with knitting fabric and pure color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a short-sleeve sweater with pure color patterns and a long skirt. The lady wears a "
            "short-sleeve sweater with pure color",
            "loop",
            hit_limit=True,
        ),
        color_top("beige"),
        color_skirt("grey", "contradiction"),
        B.material("knit"),
        is_a("dress", "yes", "contradiction"),
        title="Conjunto Tricô Blusa e Saia Midi Bege",
        category="Conjuntos",
        color="Bege",
        gender="Feminino",
    ),
    # photo: yellow short off-the-shoulder dress in eyelet cotton (laise), smocked bodice, short sleeves, model
    # sitting on a wooden chair, white wall.
    # adapter: none
    case(
        "X455-045",
        caption("a woman in a yellow dress sitting on a chair"),
        B.color("yellow"),
        B.sleeve_length("short sleeves"),
        D.details("the dress has ruffles and lace"),
        B.material("a yellow dress", "restated"),
        D.wearing("a yellow dress and a yellow hat", "unsupported"),
        title="Vestido Curto Ciganinha Laise Amarelo",
        category="Vestidos",
        color="Amarelo",
    ),
    # photo: shiny black cirrê leggings, oversized grey sweatshirt over them, white sneakers, white backdrop.
    # adapter: none
    case(
        "X455-046",
        caption("a woman in a grey sweatshirt and black leggings"),
        B.garment_type("sweatshirt", "contradiction"),
        B.color("grey", "other_garment_color"),
        B.material("leather", "unsupported"),
        D.details("", "non_answer"),
        is_a("pair of leggings", "yes"),
        title="Calça Legging Cirrê Cintura Alta Preta",
        category="Calças",
        color="Preto",
        gender="Feminino",
    ),
]
