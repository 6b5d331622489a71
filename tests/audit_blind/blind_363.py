"""BLIND_363 (46 products; Brazilian fast-fashion women's western wear, pt-BR catalog, EN and pt-BR questionnaires):
written blind in the forty-fifth session. Measured blind at d19a016 (the session's rules as they stood): 101/147
failures found (68.7%) and 60/182 correct texts flagged (33.0%). The writer's notes, verbatim:

Scenario: the feed of a Brazilian fast-fashion site's women's line: blusas, camisetas, regatas, vestidos, saias,
calças jeans and calças, shorts, macacões and jaquetas, each photographed on a model against a light backdrop
(white, light grey, off-white or beige; a pale pink wall in two shots; a potted plant, a wicker chair or a tote bag
in a few). Titles, categories and colors are in Portuguese as the seller typed them ("Off White", "Verde Oliva",
"Caramelo", "Azul Marinho", "Estampado", "Cinza Mescla"), gender "Feminino"; one row misses the gender. Most shots
show the product with other garments (a blouse tucked into jeans, a jacket open over a tee and pants), so the
photo holds two or three colors besides the product's. About half the products were asked the default
questionnaire in English, the other half its pt-BR translation ("O que a pessoa está vestindo?", "Qual é a cor da
peça?"...), with the same question ids and the same `Question: ... Answer:` wrapper.

Who wrote what: every caption comes from the caption-only LoRA adapter of the original experiments (DeepFashion
template, no end-of-answer token, 50 new tokens): each runs to its limit and carries hit_limit=True, and none names
a hue (the template only knows patterns). Every open answer (wearing, description, details, material, the per-set
neckline question) comes from the untuned base `Salesforce/blip2-opt-2.7b`: short, lowercase, stops on its own,
never hit_limit. Asked in Portuguese, the base model mostly answers in English, sometimes in plain Portuguese, and
more often than in English it gives the question back, a bare "sim"/"não", or runs on into a new "Question: ...".
The closed questions (garment_type, color, pattern, sleeve_length, the per-piece color questions and the yes/no
"Is this a ...?" / "Isto é um(a) ...?") are enrich's `--engine reference` answers chosen from candidate sets, in
English for the English questionnaire and in Portuguese ("preto", "manga curta", "listrada", "sim") for the pt-BR
one; they never loop or get cut.

Labeling conventions and judgement calls:
- Every adapter caption is a failure: it hit the limit. One that repeats a sentence (or the opening clause of its
  first sentence, "The lady wears a short-sleeve ...") is loop; one that stops mid-sentence without repeating is
  cut; one whose template misnames the product itself (a jumpsuit or romper as "tank top ... and pants/shorts", a
  jacket as "shirt", a jacket over a dress as "long-sleeve dress") is contradiction, hit_limit kept. An invented
  wrist accessory or belt in a caption that is then cut is still labelled cut. The template's own idioms ("three-
  point shorts", "long trousers", "lattice patterns" for plaid, "knitting fabric") are not failures by themselves.
- Shade words are correct: green for olive/militar/esmeralda/verde água, brown for caramelo/café, orange for
  terracota, white/branco for off white, blue/azul for azul marinho, azul claro, azul escuro and for denim, purple
  for lilás, yellow/amarelo for mostarda, grey for cinza mescla, tan/beige for bege. Portuguese and English answers
  are judged alike ("uma camiseta branca" is as correct as "a white t-shirt").
- The color of another garment in the photo (the tee under the jacket, the jeans under the blouse, the top over the
  skirt) given as the product's color is other_garment_color. The color of the print or trim (white dots on a black
  dress, the blue embroidery of a white dress, the white flowers of a navy dress) or of the backdrop (the pink wall)
  given as the product's color is contradiction, and so is a hue no garment has. The pattern of the other garment
  (the striped shirt above plain shorts) given as the product's pattern is contradiction. One color given to two
  garments that differ ("a white shirt and white jeans" over blue jeans, "a black shirt and a black skirt" over a
  green skirt) is contradiction, even where the product's own color is right, and so is a garment the photo lacks
  ("a black skirt" for black pants).
- Garment synonyms are correct: shirt/top/blouse for a blouse, bodysuit or cami; pants/jeans for calças; sweater or
  sweater dress for tricô; overalls for a jardineira (category Macacões); "skirt"/"saia" for a skort (Shorts Saia),
  since from the front it is one; tank top for a regata. A romper or jumpsuit called a dress, a shirt dress called a
  shirt, a denim shirt called a jacket, overalls given garment_type "jeans", an oversized tee called a dress:
  contradiction.
- Materials: one the title names (linho, cetim, viscose, couro sintético as "leather", tule as "mesh", jeans as
  "denim"/"jeans", moletom as cotton) is correct; a plausible guess on a plain cotton-look or knit fabric ("cotton",
  "knit", "wool" on a chunky tricô, "nylon" on a puffer) is correct; silk for cetim or viscose, wool for flannel,
  lace for tulle are unsupported.
- Invented things not in the photo (buttons on a pullover, a hood, a slit, a bow, a fur collar, a necklace, a belt,
  rips, a white collar, a hat, "looking at the camera" in a back view, sneakers on a photo cropped at the knees) are
  unsupported. Props really in the photo (the clutch, the tote bag, the wicker chair, the plant, the pink wall) named
  in an answer are correct.
- Base answers: one stopped early ("it is made of", "o material da peça é") is cut without hit_limit; the question
  given back ("descreva a peça", "quais são os detalhes da peça") or a material question answered with the garment's
  name, color or print is restated; "não", "sim" to an open question, "the details of the ..." or a details question
  answered with the garment's color or name alone ("they are shorts") is non_answer; a run-on into "Question: ...
  Answer: ..." is leak even where the first words are right; "he" for a woman is pronoun.
- Reference-engine closed answers that are wrong are contradiction (pleats as striped, olive as brown, short sleeves
  as sleeveless, elbow-length sleeves of an oversized tee as long sleeves), except a color that belongs to another
  garment in the photo (other_garment_color). A per-piece color question about the other garment answered with that
  garment's own color (the black tee under the jacket, the beige pants under the tank) is correct.
"""

from types import SimpleNamespace

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, question

# the pt-BR translation of the default questionnaire: same ids, same wrapper
P = SimpleNamespace(
    **{
        qid: question(qid, text, kind)
        for qid, text, kind in (
            ("wearing", "O que a pessoa está vestindo?", "open"),
            ("garment_type", "Que tipo de peça é esta?", "closed"),
            ("color", "Qual é a cor da peça?", "closed"),
            ("pattern", "Qual é a estampa da peça?", "closed"),
            ("sleeve_length", "Qual é o comprimento das mangas?", "closed"),
            ("description", "Descreva a peça.", "open"),
            ("details", "Quais são os detalhes da peça?", "open"),
            ("material", "De que material a peça é feita?", "open"),
        )
    }
)
cor_calca = question("color_pants", "Qual é a cor da calça?", "closed")
cor_blusa = question("color_top", "Qual é a cor da blusa?", "closed")
e_saia = question("is_skirt", "Isto é uma saia?", "closed")
e_vestido = question("is_dress", "Isto é um vestido?", "closed")
neckline = question("neckline", "What is the neckline of the garment?", "open")
decote = question("neckline", "Qual é o decote da peça?", "open")

BLIND_363 = [
    # photo: model in a white cotton pullover blouse with short puff sleeves and a round neck, no buttons, tucked
    # into mid-blue straight jeans; plain white backdrop, front view, cropped at the knees.
    # caption: adapter
    case(
        "X363-001",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric. It has a round neckline. The trousers are with denim fabric and pure color patterns. The "
            "lady wears a short-sleeve shirt with pure",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white shirt and white jeans", "contradiction"),
        D.garment_type("blouse"),
        D.color("white"),
        D.sleeve_length("short sleeves"),
        D.details("buttons down the front", "unsupported"),
        D.material("cotton"),
        title="Blusa Feminina Manga Bufante Algodão Branca",
        category="Blusas",
        color="Branco",
        gender="Feminino",
    ),
    # photo: black crew-neck cotton tee, light-wash denim shorts with frayed hem; light grey backdrop, front view.
    # caption: adapter
    case(
        "X363-002",
        caption(
            "The female is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The shorts this female wears is of three-point length. The shorts are "
            "with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        P.wearing("a black t-shirt and black shorts", "contradiction"),
        P.garment_type("camiseta"),
        P.color("azul", "other_garment_color"),
        P.pattern("lisa"),
        P.details("não", "non_answer"),
        P.material("algodão"),
        title="Camiseta Básica Feminina Algodão Preta",
        category="Camisetas",
        color="Preto",
        gender="Feminino",
    ),
    # photo: olive green ribbed knit tank, scoop neck, tucked into beige tailored trousers; white backdrop with a
    # potted plant (green leaves, terracotta pot) at the left edge.
    # caption: adapter
    case(
        "X363-003",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. The neckline of it is round. The "
            "pants this lady wears is of long length. The pants are with cotton fabric and pure color patterns. Her "
            "tank top has no sleeves,",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green tank top and beige pants"),
        D.garment_type("tank top"),
        D.color("green"),
        color_of("pants", "beige"),
        D.description("a green tank top with a plant in the background"),
        D.material("the tank top is green", "restated"),
        title="Regata Canelada Decote Redondo Verde Militar",
        category="Regatas",
        color="Verde Militar",
        gender="Feminino",
    ),
    # photo: navy blue midi dress with a small white-and-pink flower print, short flutter sleeves, V neck, tie at
    # the waist; off-white backdrop, full length, tan sandals.
    # caption: adapter
    case(
        "X363-004",
        caption(
            "The lady is wearing a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has "
            "a v-shape neckline. The dress is of long length. There is an accessory on her wrist. The lady is "
            "wearing a short-sleeve",
            "loop",
            hit_limit=True,
        ),
        P.wearing("a black dress with flowers", "contradiction"),
        P.color("branco", "contradiction"),
        P.pattern("floral"),
        P.sleeve_length("sem mangas", "contradiction"),
        P.description("um vestido azul com flores"),
        P.details("a peça tem detalhes", "non_answer"),
        title="Vestido Midi Floral Azul Marinho com Amarração",
        category="Vestidos",
        color="Azul Marinho",
        gender="Feminino",
    ),
    # photo: pink pleated satin-finish midi skirt, white tee tucked in, white sneakers; light grey backdrop, full
    # length, front view.
    # caption: adapter
    case(
        "X363-005",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt. The T-shirt is with "
            "cotton fabric. It has a round neckline. The skirt is with chiffon fabric and pure color patterns. There "
            "is an accessory on her wrist. This lady wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and a pink skirt"),
        D.garment_type("skirt"),
        D.color("white", "other_garment_color"),
        D.pattern("striped", "contradiction"),
        D.details("pleats"),
        D.material("silk", "unsupported"),
        title="Saia Midi Plissada Acetinada Rosa",
        category="Saias",
        color="Rosa",
        gender="Feminino",
    ),
    # photo: light blue high-waist wide-leg jeans, black long-sleeve bodysuit tucked in, black mules; white
    # backdrop, full length, front view.
    # caption: adapter
    case(
        "X363-006",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is denim and it has pure color patterns. The upper clothing "
            "has long sleeves, cotton",
            "loop",
            hit_limit=True,
        ),
        P.wearing(
            "a black top and jeans Question: what is the color of the jeans? Answer: blue",
            "leak",
        ),
        P.garment_type("calça"),
        P.color("preto", "other_garment_color"),
        cor_calca("azul"),
        P.description("o que a pessoa está vestindo", "restated"),
        P.material("jeans"),
        title="Calça Jeans Wide Leg Cintura Alta Azul Claro",
        category="Calças Jeans",
        color="Azul Claro",
        gender="Feminino",
    ),
    # photo: mid-blue high-waist ripped denim shorts with frayed hem, white tank tucked in; white backdrop, cropped
    # from the shoulders to the knees (no shoes in frame).
    # caption: adapter
    case(
        "X363-007",
        caption(
            "This woman is wearing a tank shirt with no sleeves and three-point shorts. The tank shirt is with cotton "
            "fabric and pure color patterns. The shorts are with denim fabric and pure color patterns. There is an "
            "accessory on her wrist. This woman wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white tank top and denim shorts"),
        color_of("shorts", "blue"),
        color_of("shirt", "blue", "other_garment_color"),
        D.details("ripped"),
        D.description("denim shorts with a white tank top and white sneakers", "unsupported"),
        title="Shorts Jeans Cintura Alta Destroyed",
        category="Shorts",
        color="Azul Médio",
        gender="Feminino",
    ),
    # photo: black sleeveless wide-leg tailored jumpsuit, square neck, self-fabric belt; white backdrop, full
    # length, black sandals.
    # caption: adapter
    case(
        "X363-008",
        caption(
            "The lady is wearing a tank top with no sleeves and a long pants. The tank top is with cotton fabric and "
            "pure color patterns. The pants are with cotton fabric and pure color patterns. The lady wears a belt. "
            "There is",
            "contradiction",
            hit_limit=True,
        ),
        P.wearing("a black jumpsuit"),
        P.garment_type("macacão"),
        P.color("preto"),
        P.sleeve_length("sem mangas"),
        e_vestido("não"),
        P.description("a black dress", "contradiction"),
        P.details("a belt"),
        title="Macacão Longo Pantalona Alfaiataria Preto com Cinto",
        category="Macacões",
        color="Preto",
        gender="Feminino",
    ),
    # photo: mid-blue oversized denim jacket worn open over a white crew-neck tee and black straight pants; light
    # beige backdrop, front view, cropped at mid-calf.
    # caption: adapter
    case(
        "X363-009",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. This woman wears an outer",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a denim jacket and blue jeans", "contradiction"),
        D.garment_type("jacket"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.description(
            "a denim jacket with a white shirt and black pants and a necklace",
            "unsupported",
        ),
        D.material("denim"),
        color_of("pants", "black"),
        title="Jaqueta Jeans Oversized Feminina",
        category="Jaquetas",
        color="Azul Médio",
        gender="Feminino",
    ),
    # photo: navy-and-white horizontally striped cropped tee, short sleeves, with white high-waist jeans; light grey
    # backdrop, front view.
    # caption: adapter
    case(
        "X363-010",
        caption(
            "The female is wearing a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The female wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. The female is wearing",
            "loop",
            hit_limit=True,
        ),
        P.wearing("a striped shirt and white jeans"),
        P.pattern("listrada"),
        P.color("azul"),
        P.description("a blue and white striped shirt and a white hat", "unsupported"),
        P.details("stripes"),
        P.material("a blusa é listrada", "restated"),
        title="Blusa Cropped Listrada Manga Curta",
        category="Blusas",
        color="Azul Marinho",
        gender="Feminino",
    ),
    # photo: red sleeveless bodycon midi dress, round neck, no slit; white backdrop; the model holds a small black
    # clutch in her right hand.
    # caption: adapter
    case(
        "X363-011",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has "
            "a round neckline. The lady is wearing a sleeveless dress with pure color patterns. The dress is with "
            "cotton fabric. It",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red dress and a black purse"),
        D.garment_type("dress"),
        D.color("red"),
        D.sleeve_length("sleeveless"),
        D.details("the dress has a slit", "unsupported"),
        D.material("it is made of", "cut"),
        title="Vestido Tubinho Midi Vermelho",
        category="Vestidos",
        color="Vermelho",
        gender="Feminino",
    ),
    # photo: white tee with black "GOOD VIBES" lettering and a small yellow sun, with a blue denim mini skirt;
    # pale pink wall as backdrop, front view.
    # caption: adapter
    case(
        "X363-012",
        caption(
            "The female is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The female wears a short skirt. The skirt is with denim fabric and pure color "
            "patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        P.wearing("a white t-shirt that says good vibes"),
        P.garment_type("camiseta"),
        P.color("rosa", "contradiction"),
        P.pattern("estampada"),
        P.description("a white t-shirt with a sun on it"),
        P.details("quais são os detalhes da peça", "restated"),
        title="Camiseta Feminina Estampa Good Vibes Branca",
        category="Camisetas",
        color="Branco",
        gender="Feminino",
    ),
    # photo: beige linen wide-leg palazzo pants with an elastic waist (no bow, no tie), black fitted short-sleeve top
    # tucked in; off-white backdrop, full length.
    # caption: adapter
    case(
        "X363-013",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is with "
            "cotton fabric. It has a round neckline. The trousers are with cotton fabric and pure color patterns. "
            "This lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black top and beige pants"),
        D.garment_type("pants"),
        D.color("black", "other_garment_color"),
        color_of("pants", "beige"),
        D.description("wide leg pants"),
        D.details("a bow at the waist", "unsupported"),
        D.material("linen"),
        title="Calça Pantalona Linho Cintura Elástica Bege",
        category="Calças",
        color="Bege",
        gender="Feminino",
    ),
    # photo: yellow romper (macaquinho) with a small white flower print, thin straps, ruffled shorts hem; white
    # backdrop, full length.
    # caption: adapter
    case(
        "X363-014",
        caption(
            "This woman is wearing a tank shirt with no sleeves and three-point shorts. The tank shirt is with "
            "chiffon fabric and floral patterns. The shorts are with chiffon fabric and floral patterns. There is an "
            "accessory on her wrist. This",
            "contradiction",
            hit_limit=True,
        ),
        P.wearing("a yellow dress", "contradiction"),
        P.garment_type("macacão"),
        P.color("amarelo"),
        P.pattern("floral"),
        P.sleeve_length("sem mangas"),
        P.details("o macacão é amarelo", "non_answer"),
        title="Macaquinho Alcinha Floral Amarelo",
        category="Macacões",
        color="Amarelo",
        gender="Feminino",
    ),
    # photo: black glossy quilted puffer jacket, no hood, zipped halfway over a grey knit sweater, blue jeans;
    # white backdrop, hands in pockets, front view.
    # caption: adapter
    case(
        "X363-015",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a stand neckline. This lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The lady wears a long-sleeve",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "a black jacket and jeans Question: what is the color of the jacket? Answer: black",
            "leak",
        ),
        D.garment_type("jacket"),
        D.color("black"),
        color_of("shirt", "black", "other_garment_color"),
        D.details("a hood", "unsupported"),
        D.material("nylon"),
        title="Jaqueta Puffer Matelassê Preta",
        category="Jaquetas",
        color="Preto",
        gender="Feminino",
    ),
    # photo: caramel chunky-knit crew-neck sweater, long sleeves, with dark blue jeans; cream backdrop, front view.
    # caption: adapter
    case(
        "X363-016",
        caption(
            "This woman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a crew neckline. The pants this woman wears is of long length. The pants are with denim fabric and "
            "pure color patterns. This woman",
            "cut",
            hit_limit=True,
        ),
        P.wearing("sim", "non_answer"),
        P.color("marrom"),
        P.sleeve_length("manga longa"),
        P.description("he is wearing a brown sweater", "pronoun"),
        P.material("wool"),
        cor_calca("azul"),
        title="Blusa de Tricô Gola Careca Caramelo",
        category="Blusas",
        color="Caramelo",
        gender="Feminino",
    ),
    # photo: mid-blue denim mini skirt with a button front, pink cropped short-sleeve knit top; white backdrop,
    # cropped at the knees; no belt.
    # caption: adapter
    case(
        "X363-017",
        caption(
            "The female is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with knitting "
            "fabric. The female wears a short skirt. The skirt is with denim fabric and pure color patterns. The "
            "female is wearing a short-sleeve T-shirt with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink top and a denim skirt"),
        D.garment_type("skirt"),
        D.color("pink", "other_garment_color"),
        D.details("buttons down the front"),
        D.description("a blue jean skirt with a pink top and a brown belt", "unsupported"),
        is_a("skirt", "yes"),
        title="Saia Jeans Mini Botões Frontais",
        category="Saias",
        color="Azul",
        gender="Feminino",
    ),
    # photo: off-white satin cami with thin straps and a lace-trimmed V neck, black tailored pants; light grey
    # backdrop, front view.
    # caption: adapter
    case(
        "X363-018",
        caption(
            "Her tank top has no sleeves, chiffon fabric and pure color patterns. The neckline of it is v-shape. The "
            "pants this lady wears is of long length. The pants are with cotton fabric and pure color patterns. There "
            "is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        P.wearing("a white tank top and black pants"),
        P.color("branco"),
        P.sleeve_length("sem mangas"),
        P.material("seda", "unsupported"),
        P.details("lace"),
        P.description(
            "a white tank top Question: what is the color of the pants? Answer: black",
            "leak",
        ),
        cor_calca("preto"),
        title="Regata Alcinha Cetim com Renda Off White",
        category="Regatas",
        color="Off White",
        gender="Feminino",
    ),
    # photo: terracotta viscose maxi slip dress, thin straps, side slit showing the leg; beige wall with a wicker
    # chair beside the model, full length.
    # caption: adapter
    case(
        "X363-019",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It "
            "has a suspenders neckline. The dress is of long length. There is a ring on her finger. The lady is "
            "wearing a sleeveless dress with pure",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a long orange dress"),
        D.color("orange"),
        D.sleeve_length("sleeveless"),
        D.details("slit on the side"),
        D.description("a long orange dress with a wicker chair"),
        D.material("silk", "unsupported"),
        title="Vestido Longo Alcinha Viscose Terracota com Fenda",
        category="Vestidos",
        color="Terracota",
        gender="Feminino",
    ),
    # photo: heather-grey fleece jogger sweatpants with drawstring and cuffed ankles, white tee, white sneakers;
    # white backdrop, full length.
    # caption: adapter
    case(
        "X363-020",
        caption(
            "The female is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The female wears a long trousers. The trousers are with cotton fabric "
            "and pure color patterns. The female wears",
            "cut",
            hit_limit=True,
        ),
        P.wearing("a white t-shirt and grey sweatpants"),
        P.garment_type("calça"),
        P.color("branco", "other_garment_color"),
        cor_calca("cinza"),
        P.details("sim", "non_answer"),
        P.description("descreva a peça", "restated"),
        P.material("cotton"),
        title="Calça Jogger Moletom Cinza Mescla",
        category="Calças",
        color="Cinza Mescla",
        gender="Feminino",
    ),
    # photo: white linen tailored shorts with front pleats and belt loops, worn with a blue-and-white vertically
    # striped button-down shirt tucked in; light grey backdrop, cropped below the knees.
    # caption: adapter
    case(
        "X363-021",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The shorts this lady wears is of three-point length. The shorts are with cotton fabric "
            "and pure color patterns. This lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a striped shirt and white shorts"),
        color_of("shorts", "white"),
        D.pattern("striped", "contradiction"),
        D.color("blue", "other_garment_color"),
        D.details("the shorts are white", "non_answer"),
        D.material("linen"),
        title="Shorts Alfaiataria Linho Branco",
        category="Shorts",
        color="Branco",
        gender="Feminino",
    ),
    # photo: light blue denim shirt worn open with rolled sleeves and two chest pockets, over a white tank, black
    # jeans; white backdrop, front view.
    # caption: adapter
    case(
        "X363-022",
        caption(
            "The upper clothing has long sleeves, denim fabric and pure color patterns. It has a lapel neckline. The "
            "lower clothing is of long length. The fabric is denim and it has pure color patterns. The upper clothing "
            "has long sleeves, denim fabric",
            "loop",
            hit_limit=True,
        ),
        P.wearing("a blue shirt and blue jeans", "contradiction"),
        P.garment_type("camisa"),
        P.color("azul"),
        P.sleeve_length("manga longa"),
        P.description("a blue jean jacket", "contradiction"),
        P.details("pockets on the chest"),
        title="Camisa Jeans Manga Longa Azul Claro",
        category="Blusas",
        color="Azul Claro",
        gender="Feminino",
    ),
    # photo: black long-sleeve scoop-neck bodysuit tucked into light blue mom jeans; white backdrop, front view.
    # caption: adapter
    case(
        "X363-023",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is denim and it has pure color patterns. This woman wears a "
            "belt. The upper",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black shirt and black jeans", "contradiction"),
        D.color("blue", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.details("it has a scoop neck"),
        D.material("the shirt is black", "restated"),
        title="Body Feminino Manga Longa Decote Redondo Preto",
        category="Blusas",
        color="Preto",
        gender="Feminino",
    ),
    # photo: red-and-black plaid flannel shirt dress, long sleeves, buttoned front, black belt at the waist,
    # knee length, black ankle boots; white backdrop, full length.
    # caption: adapter
    case(
        "X363-024",
        caption(
            "The lady wears a long-sleeve dress with lattice patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. The lady wears a belt. There is an accessory on her wrist. The lady wears a long-sleeve "
            "dress with lattice",
            "loop",
            hit_limit=True,
        ),
        P.wearing("a plaid shirt", "contradiction"),
        P.garment_type("vestido"),
        P.color("vermelho"),
        P.pattern("xadrez"),
        P.details("the details of the dress", "non_answer"),
        P.material("wool", "unsupported"),
        title="Vestido Chemise Xadrez Flanela com Cinto",
        category="Vestidos",
        color="Vermelho",
        gender="Feminino",
    ),
    # photo: brown faux-leather biker jacket with silver zippers, plain notched collar (no fur), worn open over a
    # black tee and black jeans; light grey backdrop, front view.
    # caption: adapter
    case(
        "X363-025",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with leather fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a brown leather jacket and black pants"),
        D.color("brown"),
        D.material("leather"),
        D.details("zippers"),
        color_of("shirt", "black"),
        D.description("a brown leather jacket with a fur collar", "unsupported"),
        title="Jaqueta Biker Couro Sintético Marrom",
        category="Jaquetas",
        color="Marrom",
        gender="Feminino",
    ),
    # photo: emerald green satin bias-cut midi skirt with a front slit, black fitted tank, black heels; white
    # backdrop, full length.
    # caption: adapter
    case(
        "X363-026",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. The neckline of it is round. The "
            "skirt this lady wears is of long length. The skirt is with chiffon fabric and pure color patterns. Her "
            "tank top has no sleeves,",
            "loop",
            hit_limit=True,
        ),
        P.wearing("a black shirt and a black skirt", "contradiction"),
        P.color("preto", "other_garment_color"),
        P.description("uma saia verde"),
        P.material("satin"),
        P.details(
            "a slit in the front Question: what is the color of the skirt? Answer: green",
            "leak",
        ),
        e_saia("sim"),
        title="Saia Midi Cetim com Fenda Verde Esmeralda",
        category="Saias",
        color="Verde",
        gender="Feminino",
    ),
    # photo: mid-blue long denim overalls (jardineira) with a bib pocket, over a white short-sleeve tee; white
    # backdrop, full length.
    # caption: adapter
    case(
        "X363-027",
        caption(
            "The female is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The female wears a long trousers. The trousers are with denim fabric "
            "and pure color patterns. The female is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("overalls and a white shirt"),
        D.garment_type("jeans", "contradiction"),
        D.color("blue"),
        is_a("jumpsuit", "yes"),
        D.details("a pocket on the front and a belt", "unsupported"),
        D.material("denim"),
        title="Macacão Jardineira Jeans Longo",
        category="Macacões",
        color="Azul Médio",
        gender="Feminino",
    ),
    # photo: mustard yellow off-the-shoulder viscose blouse with a ruffle across the neckline and short sleeves,
    # white jeans; white backdrop, front view.
    # caption: adapter
    case(
        "X363-028",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. The lady "
            "wears a long trousers. The trousers are with denim fabric and pure color patterns. There is an accessory "
            "on her wrist. This",
            "cut",
            hit_limit=True,
        ),
        P.wearing("a yellow shirt and blue jeans", "contradiction"),
        P.color("amarelo"),
        P.sleeve_length("sem mangas", "contradiction"),
        P.description("an off the shoulder top"),
        P.details("ruffles"),
        decote("off the shoulder"),
        P.material("it is made of a", "cut"),
        title="Blusa Ombro a Ombro Babado Viscose Amarela",
        category="Blusas",
        color="Amarelo Mostarda",
        gender="Feminino",
    ),
    # photo: pink-and-lilac tie-dye oversized tee with elbow-length sleeves, black bike shorts; white backdrop,
    # front view.
    # caption: adapter
    case(
        "X363-029",
        caption(
            "The female is wearing a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The shorts this female wears is of three-point length. The shorts are "
            "with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink tie dye shirt and black shorts"),
        D.pattern("tie-dye"),
        D.color("pink"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("the shirt is tie dyed with pink and purple"),
        D.material("cotton"),
        title="Camiseta Oversized Tie Dye Rosa",
        category="Camisetas",
        color="Rosa",
        gender="Feminino",
    ),
    # photo: olive green twill cargo pants with side pockets, white cropped tank, white sneakers; light grey
    # backdrop, full length.
    # caption: adapter
    case(
        "X363-030",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. The pants this lady wears is of long "
            "length. The pants are with cotton fabric and pure color patterns. There is an accessory on her wrist. "
            "Her tank top has no sleeves,",
            "loop",
            hit_limit=True,
        ),
        P.wearing("a white crop top and green cargo pants"),
        P.garment_type("calça"),
        P.color("verde"),
        cor_calca("marrom", "contradiction"),
        P.details(
            "pockets on the sides Question: what is the color of the pants? Answer: green",
            "leak",
        ),
        P.material("o material da peça é", "cut"),
        title="Calça Cargo Sarja Verde Oliva",
        category="Calças",
        color="Verde Oliva",
        gender="Feminino",
    ),
    # photo: black short viscose dress with small white polka dots, short puff sleeves, square neck, no collar;
    # white backdrop, full length.
    # caption: adapter
    case(
        "X363-031",
        caption(
            "The lady is wearing a short-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has "
            "a square neckline. There is an accessory on her wrist. The lady is wearing a short-sleeve dress with "
            "graphic patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black and white polka dot dress"),
        D.color("white", "contradiction"),
        D.pattern("polka dot"),
        D.sleeve_length("short sleeves"),
        D.details("puffy sleeves and a square neckline"),
        D.description("a black dress with white polka dots and a white collar", "unsupported"),
        D.material("black and white polka dots", "restated"),
        title="Vestido Curto Poá Manga Bufante Preto",
        category="Vestidos",
        color="Preto",
        gender="Feminino",
    ),
    # photo: beige long single-button blazer worn open over a black tee and blue jeans; light beige backdrop,
    # front view, cropped at the knees.
    # caption: adapter
    case(
        "X363-032",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a round neckline. "
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. This woman "
            "wears an outer clothing",
            "cut",
            hit_limit=True,
        ),
        P.wearing("he is wearing a beige blazer and jeans", "pronoun"),
        P.garment_type("jaqueta"),
        P.color("preto", "other_garment_color"),
        P.sleeve_length("manga longa"),
        P.description("a tan blazer with a black shirt and blue jeans"),
        P.details("one button"),
        P.material("o blazer é bege", "restated"),
        title="Blazer Alongado Alfaiataria Bege",
        category="Jaquetas",
        color="Bege",
        gender="Feminino",
    ),
    # photo: leopard-print racerback tank (tan ground, black-and-brown spots), black shorts; white backdrop.
    # caption: adapter
    case(
        "X363-033",
        caption(
            "This woman is wearing a tank shirt with no sleeves and three-point shorts. The tank shirt is with cotton "
            "fabric and other patterns. The shorts are with cotton fabric and pure color patterns. This woman is "
            "wearing a tank shirt with no",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a leopard print tank top"),
        D.color("brown"),
        D.pattern("animal print"),
        D.description(
            "a leopard print tank top Question: what is the color of the tank top? Answer: brown",
            "leak",
        ),
        D.details("the tank top has a leopard print"),
        D.material("cotton"),
        title="Regata Nadador Estampa Onça",
        category="Regatas",
        color="Estampado",
        gender="Feminino",
    ),
    # photo: bubblegum pink A-line skort (shorts under a skirt front), white tee tucked in; white backdrop, cropped
    # at the knees.
    # caption: adapter
    case(
        "X363-034",
        caption(
            "The female is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The female wears a short skirt. The skirt is with cotton fabric and "
            "pure color patterns. The female is wearing a",
            "loop",
            hit_limit=True,
        ),
        P.wearing("a white shirt and a pink skirt"),
        P.garment_type("saia"),
        P.color("rosa"),
        P.description("descreva a peça", "restated"),
        P.details("the shorts are pink", "non_answer"),
        title="Shorts Saia Evasê Rosa Chiclete",
        category="Shorts",
        color="Rosa",
        gender="Feminino",
    ),
    # photo: dark brown ribbed-knit midi dress, long sleeves, fitted, plain back not shown; white backdrop, a beige
    # canvas tote bag on the model's shoulder, front view.
    # caption: adapter
    case(
        "X363-035",
        caption(
            "This woman wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric. It has "
            "a round neckline. The dress is of long length. There is an accessory on her wrist. This woman wears a "
            "long-sleeve dress with pure color",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a brown sweater dress and a bag"),
        D.garment_type("dress"),
        D.color("brown"),
        D.sleeve_length("long sleeves"),
        D.details("a bow on the back", "unsupported"),
        D.material("knit"),
        title="Vestido Midi Canelado Manga Longa Marrom Café",
        category="Vestidos",
        color="Marrom",
        gender="Feminino",
    ),
    # photo: black high-waist skinny jeans (clean, no rips), red satin long-sleeve blouse tucked in, black heels;
    # white backdrop, full length.
    # caption: adapter
    case(
        "X363-036",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The lady wears a long-sleeve",
            "loop",
            hit_limit=True,
        ),
        P.wearing("a red shirt and red pants", "contradiction"),
        P.garment_type("calça"),
        P.color("vermelho", "other_garment_color"),
        cor_calca("preto"),
        P.description("calça preta"),
        P.details("rips on the knees", "unsupported"),
        P.material("denim"),
        title="Calça Jeans Skinny Cintura Alta Preta",
        category="Calças Jeans",
        color="Preto",
        gender="Feminino",
    ),
    # photo: lilac knit cropped sweater with short puff sleeves, white wide-leg pants; pale pink wall as backdrop,
    # front view.
    # caption: adapter
    case(
        "X363-037",
        caption(
            "This woman wears a short-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a round neckline. The pants this woman wears is of long length. The pants are with cotton fabric "
            "and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a purple sweater and white pants", "pronoun"),
        D.garment_type("sweater"),
        D.color("purple"),
        D.sleeve_length("short sleeves"),
        D.description("a purple cropped sweater with white pants and a pink wall"),
        D.details("puffy sleeves"),
        D.material("knit"),
        title="Blusa Cropped Tricô Manga Bufante Lilás",
        category="Blusas",
        color="Lilás",
        gender="Feminino",
    ),
    # photo: mint green linen jumpsuit with culotte legs, short sleeves, V neck, tie belt; white backdrop, full
    # length.
    # caption: adapter
    case(
        "X363-038",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The trousers this lady wears is of three-point length. The trousers are with cotton "
            "fabric and pure",
            "contradiction",
            hit_limit=True,
        ),
        P.wearing("a green dress", "contradiction"),
        P.garment_type("vestido", "contradiction"),
        P.color("verde"),
        P.sleeve_length("manga curta"),
        P.details("a belt"),
        P.material("linho"),
        title="Macacão Pantacourt Linho Verde Água",
        category="Macacões",
        color="Verde Água",
        gender="Feminino",
    ),
    # photo: dark green satin bomber jacket with ribbed cuffs and zip, worn open over a black slip dress, orange
    # lining showing at the open front; white backdrop, full length.
    # caption: adapter
    case(
        "X363-039",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It "
            "has a stand neckline. The dress is of medium length. The lady is wearing a long-sleeve dress with pure "
            "color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a green jacket and a black dress"),
        D.garment_type("jacket"),
        D.color("black", "other_garment_color"),
        D.details("ribbed cuffs and a zipper"),
        D.description("a green bomber jacket with an orange lining"),
        D.material("satin"),
        title="Jaqueta Bomber Cetim Verde Militar",
        category="Jaquetas",
        color="Verde",
        gender="Feminino",
    ),
    # photo: black viscose midi skirt with a red-and-white flower print, elastic waist, white tee tucked in; white
    # backdrop, full length.
    # caption: adapter
    case(
        "X363-040",
        caption(
            "The female is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The skirt this female wears is of long length. The skirt is with "
            "chiffon fabric and floral patterns. There",
            "cut",
            hit_limit=True,
        ),
        P.wearing("a white shirt and a floral skirt"),
        P.color("branco", "other_garment_color"),
        P.pattern("floral"),
        P.description("he is wearing a black skirt with flowers", "pronoun"),
        P.details("a saia tem flores vermelhas"),
        e_saia("sim"),
        title="Saia Midi Viscose Estampa Floral Fundo Preto",
        category="Saias",
        color="Preto",
        gender="Feminino",
    ),
    # photo: sheer black tulle blouse with black flocked dots, long sleeves, a black bralette visible beneath,
    # black pants; off-white backdrop, front view.
    # caption: adapter
    case(
        "X363-041",
        caption(
            "The upper clothing has long sleeves, chiffon fabric and graphic patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. The upper "
            "clothing has long sleeves, chiffon fabric",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black sheer top and a black skirt", "contradiction"),
        D.color("black"),
        D.pattern("polka dot"),
        D.material("mesh"),
        D.details("the sleeves are sheer"),
        D.description("a black lace top", "unsupported"),
        title="Blusa Tule Poá Manga Longa Preta",
        category="Blusas",
        color="Preto",
        gender="Feminino",
    ),
    # photo: white oversized cotton tee reaching mid-thigh, black bike shorts just visible below, white sneakers;
    # light grey backdrop, full length.
    # caption: adapter
    case(
        "X363-042",
        caption(
            "The female is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The shorts this female wears is of three-point length. The shorts are "
            "with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        P.wearing("uma camiseta branca"),
        P.garment_type("vestido", "contradiction"),
        P.color("branco"),
        P.sleeve_length("manga curta"),
        P.material("a camiseta é branca", "restated"),
        P.description(
            "a white t-shirt and black shorts Question: what is the color of the shorts? Answer: black",
            "leak",
        ),
        title="Camiseta Oversized Algodão Branca",
        category="Camisetas",
        color="Branco",
        gender="Feminino",
    ),
    # photo: white cotton off-the-shoulder peasant midi dress (ciganinha) with blue embroidered flowers on the
    # bodice, elastic elbow-length sleeves; light beige backdrop, full length. The feed row has no gender.
    # caption: adapter
    case(
        "X363-043",
        caption(
            "The lady is wearing a short-sleeve dress with floral patterns. The dress is with cotton fabric. The "
            "dress is of long length. There is an accessory on her wrist. The lady is wearing a short-sleeve dress "
            "with floral patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white dress and a blue necklace", "unsupported"),
        D.color("blue", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.details("blue embroidery"),
        D.description("a white dress with flowers on it"),
        D.material("cotton"),
        title="Vestido Ciganinha Midi Bordado Algodão Branco",
        category="Vestidos",
        color="Branco",
    ),
    # photo: back view: dark blue high-waist flare jeans with two back pockets, white long-sleeve shirt tucked in;
    # white backdrop, full length, the model's face turned away.
    # caption: adapter
    case(
        "X363-044",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The lower clothing is of "
            "long length. The fabric is denim and it has pure color patterns. The upper clothing has long sleeves, "
            "cotton fabric and pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        P.wearing("white shirt and blue jeans"),
        P.garment_type("calça"),
        P.color("azul"),
        cor_calca("azul"),
        P.details("pockets on the back"),
        P.description("jeans and a white shirt and she is looking at the camera", "unsupported"),
        title="Calça Jeans Flare Cintura Alta Azul Escuro",
        category="Calças Jeans",
        color="Azul Escuro",
        gender="Feminino",
    ),
    # photo: black denim shorts with rolled hem, grey marl tee tucked in; white backdrop, cropped at the knees.
    # caption: adapter
    case(
        "X363-045",
        caption(
            "The female is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The shorts this female wears is of three-point length. The shorts are "
            "with denim fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey shirt and grey shorts", "contradiction"),
        D.garment_type("shorts"),
        color_of("shorts", "grey", "other_garment_color"),
        color_of("shirt", "grey"),
        D.details("they are shorts", "non_answer"),
        D.material("denim"),
        title="Shorts Jeans Barra Dobrada Preto",
        category="Shorts",
        color="Preto",
        gender="Feminino",
    ),
    # photo: white cropped denim jacket over a navy-and-white striped tee, light blue jeans; light grey backdrop,
    # front view.
    # caption: adapter
    case(
        "X363-046",
        caption(
            "The upper clothing has long sleeves, denim fabric and striped patterns. It has a lapel neckline. The "
            "lower clothing is of long length. The fabric is denim and it has pure color patterns. This woman wears "
            "an outer",
            "cut",
            hit_limit=True,
        ),
        P.wearing("a white jacket and a striped shirt"),
        P.garment_type("jaqueta"),
        P.color("branco"),
        P.pattern("listrada", "contradiction"),
        P.material("jeans"),
        P.description(
            "a white jean jacket Question: what is the color of the shirt? Answer: blue and white",
            "leak",
        ),
        title="Jaqueta Jeans Cropped Branca",
        category="Jaquetas",
        color="Branco",
        gender="Feminino",
    ),
]
