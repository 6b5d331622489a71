"""BLIND_448 (46 products; Brazilian menswear shirts, polos, henleys and tees, pt-BR feed): written blind in the forty-
seventh session. Measured blind at 496f1cc (the session's rules as they stood): 105/127 failures found (82.7%) and
6/166 correct texts flagged (3.6%). The writer's notes, verbatim:

Scenario: the feed of a Brazilian menswear brand, titles and columns in Portuguese (title, category, color, gender):
piquet and knitted polos, linen shirts (short and long sleeves, band collars), printed resort shirts (foliage,
hibiscus, anchors, geometric), oxford, chambray, flannel and dress shirts, henleys (short, long, waffle) and tees
(basic, pocket, striped, raglan, graphic, tie dye, oversized, a three-pack). Photos: on a model with chinos, jeans,
shorts or bermudas (studio, brick, concrete and plant walls, beach, pool, tennis court, office, cafe), some ghost
mannequin, hanger and flat-lay shots with props. Seller colors are Brazilian shade names (Azul Marinho, Vinho,
Terracota, Verde Militar, Verde Musgo, Chumbo, Mescla, Cru, Areia, Off White, Salmão, Lilás, Mostarda); two rows miss
the gender and one the color, as real feeds do.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man in a navy
polo shirt ...", BLIP's spaced "t - shirt") or from the caption-only LoRA adapter (the DeepFashion template, "The
gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric ..."). The adapter
has no end token: every adapter text runs to its limit (50 new tokens for captions, 30 for answers) and carries
hit_limit=True; asked any question it returns its template. Open answers (wearing, description, details, material,
the set's print and collar questions) are the base model's unless the comment names the adapter; the base model
stops on its own and never has hit_limit. Closed answers (garment_type, color, pattern, sleeve_length, per-piece
colors, "Is this a ...?") come from enrich's `--engine reference`, one value from a candidate set: never a loop or a
cut, but often the wrong candidate (a wall, a print, the shorts).

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: navy or blue for Azul Marinho, red or maroon for Vinho, orange or
  brown for Terracota, orange or pink for Salmão, green for Verde Militar, Verde Oliva and Verde Musgo, grey for
  Mescla and Chumbo (black for Chumbo too: the charcoal reads black in the photo), white or cream for Off White and
  Cru, beige or khaki for Areia, yellow for Mostarda, purple for Lilás, pink for Rosa Claro. Navy called black, beige
  called white, lilac called pink are contradiction.
- The color of the print, stripes or check (red hibiscus, white stripes, the orange sunset, brown in a green camo)
  given as the garment's color is contradiction; the color of another piece in the photo (the shorts, the trousers,
  the tee or tank under an open shirt) given to the product, or the product's color given to the other piece, is
  other_garment_color. A color that no piece has but the backdrop does (a brick wall, a tennis court, a pink wall)
  is contradiction.
- "blue" for both a light blue shirt and navy chinos, "black" for a black polo and black trousers, "white" for an
  all-white tennis outfit are correct: the pieces really share the color.
- Garment synonyms are correct: t-shirt for a henley (a tee with a placket), shirt for a polo, top for a tee,
  denim for chambray. A polo answered "t-shirt", a henley answered "polo shirt" or "sweater", a shirt answered
  "jacket", a tee answered "tank top" or "hoodie", a knitted polo answered "sweater" are contradiction; one tee for a
  three-pack titled "Kit 3" is contradiction.
- Prints: floral for a tropical leaf print is correct; floral for an anchor print, solid for tie dye are
  contradiction.
- Materials: what the title names (linho, tricô, flanela, jeans, piquet as cotton, waffle as cotton) is correct, and
  so is cotton as a guess on a plain tee or poplin shirt; silk on a viscose or gingham shirt, wool on a piquet
  polo, cotton on a shirt titled linen, denim on a tee (the jeans are denim) are unsupported.
- Invented items (a tie, a tennis racket, a chest pocket on a basic tee, a watch on a bare wrist, silver buttons on
  white ones, the Christ statue on a text print, a drink by the pool, a logo or pocket on a plain front, a man in a
  hanger or flat-lay shot) are unsupported; props and backdrops really in the photo (sunglasses beside a flat lay,
  a coffee cup in his hand, plants, a brick wall) are correct where described as they are.
- Adapter texts: one that repeats a template sentence is loop; one that stops mid-sentence without repeating is cut;
  the template returned for the material question is restated. Where the template misnames the garment (a henley as
  a sweater) it is contradiction, and "The lady" for a man is pronoun, hit_limit kept. The template for wearing,
  description or details does answer, so it is cut or loop.
- Base answers: "it is made of", "it is made of a", "it is made of cotton and", "the details of the shirt are" are
  cut (no hit_limit); an empty answer, "the details of the shirt", "the material of the shirt", and "a collar" or
  "the collar of the shirt" for the collar question are non_answer; "a grey t - shirt" to describe a plain grey tee
  is short but correct; a material question answered with the garment's name and color is restated; any run into
  "Question: ... Answer: ..." is leak even when the start is right; "she" or "a woman" for a male model is pronoun.
- The beige shirt with a brown geometric print worn with brown trousers answered "brown" is other_garment_color: the
  trousers are the brown piece the eye goes to.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
printed = question("print", "What is printed on the shirt?", "open")
collar = question("collar", "What kind of collar does the shirt have?", "open")

BLIND_448 = [
    # photo: man in a navy piquet polo with white tipping on the collar, beige chinos; white studio, front view.
    # adapter: none
    case(
        "X448-001",
        caption("a man in a navy blue polo shirt and khaki pants"),
        D.wearing("a blue polo shirt and blue pants", "other_garment_color"),
        D.garment_type("polo shirt"),
        D.color("navy"),
        D.details("white stripes on the collar and two buttons"),
        D.material("cotton"),
        title="Camisa Polo Piquet Masculina Azul Marinho",
        category="Polos",
        color="Azul Marinho",
        gender="Masculino",
    ),
    # photo: man in a white long-sleeve linen shirt, sleeves rolled up, open collar, jeans, bare wrists; beach.
    # adapter: caption
    case(
        "X448-002",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "solid",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and jeans"),
        D.color("white"),
        D.sleeve_length("long sleeves"),
        D.material("linen"),
        color_pants("blue"),
        D.details("the sleeves are rolled up and a watch on his wrist", "unsupported"),
        title="Camisa de Linho Manga Longa Branca",
        category="Camisas",
        color="Branco",
        gender="Masculino",
    ),
    # photo: man in a short-sleeve viscose resort shirt, green tropical leaves on an off-white ground, beige shorts;
    # backdrop a wall of plants. adapter: none
    case(
        "X448-003",
        caption("a man standing in front of a wall of plants"),
        D.wearing("a green shirt with leaves on it", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("short sleeves"),
        D.material("silk", "unsupported"),
        color_shorts("beige"),
        title="Camisa Estampada Folhagem Manga Curta Viscose",
        category="Camisas",
        color="Off White",
        gender="Masculino",
    ),
    # photo: flat lay of a heather-grey crew-neck basic tee on a white background, no pocket. adapter: none
    case(
        "X448-004",
        caption("a grey t - shirt on a white background"),
        D.garment_type("t-shirt"),
        D.color("grey"),
        D.details("it has a pocket on the chest", "unsupported"),
        D.material("cotton"),
        D.description("a grey t - shirt"),
        title="Camiseta Básica Gola Careca Mescla",
        category="Camisetas",
        color="Cinza Mescla",
        gender="Masculino",
    ),
    # photo: man in a black long-sleeve henley with three buttons, dark jeans; red brick wall. adapter: caption
    case(
        "X448-005",
        caption(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The gentleman wears a long trousers. The trousers are with denim "
            "fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black shirt and jeans"),
        D.color("black"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("three buttons on the front"),
        is_a("polo shirt", "yes", "contradiction"),
        title="Henley Manga Longa Preta",
        category="Camisetas",
        color="Preto",
        gender="Masculino",
    ),
    # photo: man in a light blue oxford button-down shirt tucked into navy chinos, brown belt; grey studio.
    # adapter: none
    case(
        "X448-006",
        caption("a man in a blue shirt and blue pants"),
        D.wearing("a blue shirt, a brown belt and navy pants"),
        D.color("blue"),
        color_pants("black", "contradiction"),
        D.description("a light blue button down shirt tucked into his pants"),
        D.material("a light blue shirt", "restated"),
        title="Camisa Oxford Slim Azul Claro",
        category="Camisas",
        color="Azul Claro",
        gender="Masculino",
    ),
    # photo: man in an olive short-sleeve linen shirt worn open over a white crew tee, khaki shorts; white studio.
    # adapter: none
    case(
        "X448-007",
        caption("a man wearing a green shirt over a white t - shirt"),
        D.wearing("a green shirt and a white t - shirt"),
        D.color("white", "other_garment_color"),
        D.garment_type("jacket", "contradiction"),
        D.material("linen"),
        D.pattern("solid"),
        D.description("a white t - shirt with a green shirt and shorts", "other_garment_color"),
        title="Camisa Linho Verde Militar Manga Curta",
        category="Camisas",
        color="Verde Militar",
        gender="Masculino",
    ),
    # photo: man in a navy-and-white breton striped short-sleeve tee, white trousers; white studio.
    # adapter: caption, details
    case(
        "X448-008",
        caption(
            "The gentleman wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The pants this gentleman wears is in long length. The pants are with cotton "
            "fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.pattern("striped"),
        D.color("blue"),
        color_pants("blue", "other_garment_color"),
        D.sleeve_length("short sleeves"),
        D.details(
            "The T-shirt is with cotton fabric and striped patterns. It has a crew neckline. The T-shirt is with "
            "cotton fabric and striped",
            "loop",
            hit_limit=True,
        ),
        title="Camiseta Listrada Marinho e Branco",
        category="Camisetas",
        color="Azul Marinho/Branco",
        gender="Masculino",
    ),
    # photo: flat lay of a black tee with a white "SURF CLUB" print and a wave, on a wooden floor. adapter: none
    case(
        "X448-009",
        caption("a black t - shirt with a white logo on a wooden floor"),
        D.color("white", "contradiction"),
        printed("the words surf club and a wave"),
        D.garment_type("t-shirt"),
        D.material("a black t - shirt", "restated"),
        D.details("surf club written on the front Question: what is the color of the shirt? Answer: black", "leak"),
        title="Camiseta Estampa Surf Club Preta",
        category="Camisetas",
        color="Preto",
        gender="Masculino",
    ),
    # photo: man in a wine (burgundy) short-sleeve polo, white shorts; by a swimming pool. adapter: none
    case(
        "X448-010",
        caption("a man in a red polo shirt standing by a pool with a drink in his hand", "unsupported"),
        D.wearing("a red shirt and white shorts"),
        D.color("red"),
        color_shorts("red", "other_garment_color"),
        D.details("a collar and two buttons"),
        is_a("polo shirt", "yes"),
        title="Polo Masculina Manga Curta Vinho",
        category="Polos",
        color="Vinho",
        gender="Masculino",
    ),
    # photo: ghost mannequin of a short-sleeve solid terracotta cuban-collar shirt, white background.
    # adapter: caption
    case(
        "X448-011",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a short-sleeve shirt with pure color patterns. The shirt "
            "is with cotton fabric",
            "loop",
            hit_limit=True,
        ),
        D.color("orange"),
        D.garment_type("shirt"),
        collar("a collar", "non_answer"),
        D.material("cotton"),
        D.wearing("a man wearing an orange shirt and jeans", "unsupported"),
        title="Camisa Gola Cubana Terracota",
        category="Camisas",
        color="Terracota",
        gender="Masculino",
    ),
    # photo: man in a white crew-neck basic tee and blue jeans against a white studio backdrop. adapter: none
    case(
        "X448-012",
        caption("a man in a white t - shirt and jeans"),
        D.wearing(
            "a white t - shirt and blue jeans Question: what is the color of the t - shirt? Answer: white", "leak"
        ),
        D.color("white"),
        D.details("the t - shirt has a v - neck", "unsupported"),
        D.material("cotton"),
        D.sleeve_length("short sleeves"),
        title="Camiseta Básica Branca Algodão Pima",
        category="Camisetas",
        color="Branco",
        gender="Masculino",
    ),
    # photo: long-haired man in a pink long-sleeve linen shirt and beige linen trousers, on the beach.
    # adapter: none
    case(
        "X448-013",
        caption("a woman in a pink shirt and white pants on the beach", "pronoun"),
        D.wearing("a pink shirt and beige pants"),
        D.color("pink"),
        D.material("linen Question: what is the color of the pants? Answer: white", "leak"),
        D.sleeve_length("long sleeves"),
        D.description("she is wearing a pink linen shirt", "pronoun"),
        title="Camisa Linho Rosa Manga Longa",
        category="Camisas",
        color="Rosa",
        gender="Masculino",
    ),
    # photo: man in a navy short-sleeve shirt with a small white anchor print, khaki bermuda shorts; wooden deck.
    # adapter: caption
    case(
        "X448-014",
        caption(
            "The gentleman wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color patterns. It",
            "cut",
            hit_limit=True,
        ),
        D.pattern("floral", "contradiction"),
        D.color("navy"),
        color_shorts("blue", "other_garment_color"),
        D.details("small white anchors printed all over the shirt"),
        D.wearing("a blue shirt and shorts"),
        title="Camisa Estampada Âncoras Azul Marinho",
        category="Camisas",
        color="Azul Marinho",
        gender="Masculino",
    ),
    # photo: man in a white tee with a large orange/pink/purple sunset-and-palms print, black shorts; street.
    # adapter: none
    case(
        "X448-015",
        caption("a man wearing a t - shirt with a picture of palm trees"),
        D.color("orange", "contradiction"),
        printed("a sunset with palm trees"),
        D.wearing("a white t - shirt and black shorts"),
        color_shorts("black"),
        D.material("a white t - shirt with a picture", "restated"),
        D.details(
            "the t - shirt has a sunset with palm trees on the front Question: what is the color of the t - shirt? "
            "Answer: white",
            "leak",
        ),
        title="Camiseta Estampa Pôr do Sol Branca",
        category="Camisetas",
        color="Branco",
        gender="Masculino",
    ),
    # photo: man in a mustard long-sleeve piquet polo, untucked, charcoal chinos, no belt; grey studio. adapter: none
    case(
        "X448-016",
        caption("a man in a yellow shirt and yellow pants", "other_garment_color"),
        D.color("yellow"),
        D.sleeve_length("long sleeves"),
        D.garment_type("shirt"),
        D.material("wool", "unsupported"),
        is_a("t-shirt", "no"),
        D.wearing("a yellow polo shirt and black pants and a black belt", "unsupported"),
        title="Polo Piquet Manga Longa Mostarda",
        category="Polos",
        color="Amarelo Mostarda",
        gender="Masculino",
    ),
    # photo: flat lay of a three-pack of basic tees (black, white, grey) fanned out on white. adapter: none
    case(
        "X448-017",
        caption("three t - shirts in black, white and grey"),
        D.garment_type("t-shirt"),
        D.color("black"),
        D.description("a black t - shirt", "contradiction"),
        D.material("cotton"),
        D.wearing("a man wearing a black t - shirt", "unsupported"),
        D.details("the details of the t - shirt", "non_answer"),
        title="Kit 3 Camisetas Básicas Preta Branca Cinza",
        category="Camisetas",
        color="Preto/Branco/Cinza",
        gender="Masculino",
    ),
    # photo: man in a white short-sleeve linen shirt, buttoned, navy shorts, straw hat; beach in sunlight.
    # adapter: caption
    case(
        "X448-018",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a hat. The shorts this gentleman wears is of three-point "
            "length. The shorts are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt, shorts and a hat"),
        D.color("white"),
        color_shorts("white", "other_garment_color"),
        D.material("cotton", "unsupported"),
        D.sleeve_length("short sleeves"),
        title="Camisa Linho Manga Curta Branca",
        category="Camisas",
        color="Branco",
    ),
    # photo: man in a charcoal short-sleeve henley, black jeans, leaning on a bare concrete wall. adapter: none
    case(
        "X448-019",
        caption("a man in a black shirt leaning against a concrete wall"),
        D.color("grey"),
        color_pants("grey", "other_garment_color"),
        D.details("buttons on the front"),
        D.garment_type("polo shirt", "contradiction"),
        D.material("it is made of", "cut"),
        title="Henley Manga Curta Chumbo",
        category="Camisetas",
        color="Chumbo",
        gender="Masculino",
    ),
    # photo: man in a green-and-white gingham short-sleeve shirt with one chest pocket, white chinos; white studio.
    # adapter: none
    case(
        "X448-020",
        caption("a man in a green and white checkered shirt"),
        D.pattern("plaid"),
        D.color("white", "contradiction"),
        D.wearing("a green plaid shirt and white pants"),
        D.details("a pocket on the chest and short sleeves"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("silk", "unsupported"),
        title="Camisa Xadrez Vichy Verde Manga Curta",
        category="Camisas",
        color="Verde",
        gender="Masculino",
    ),
    # photo: man in a black piquet polo with a small embroidered logo, black trousers; dark grey backdrop.
    # adapter: caption, details, material
    case(
        "X448-021",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a short-sleeve shirt with pure color patterns. The shirt "
            "is with cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black polo shirt and black pants"),
        D.color("black"),
        color_pants("black"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The shirt is with "
            "cotton fabric and pure color patterns. It",
            "loop",
            hit_limit=True,
        ),
        is_a("polo shirt", "yes"),
        D.material(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears",
            "restated",
            hit_limit=True,
        ),
        title="Polo Piquet Preta Logo Bordado",
        category="Polos",
        color="Preto",
        gender="Masculino",
    ),
    # photo: man in a light blue chambray long-sleeve shirt with two chest pockets and white buttons, beige chinos;
    # red brick wall. adapter: none
    case(
        "X448-022",
        caption("a man in a denim shirt standing in front of a brick wall"),
        D.wearing("a blue denim shirt and blue jeans", "other_garment_color"),
        D.color("blue"),
        D.material("denim"),
        color_pants("red", "contradiction"),
        D.description("a blue denim shirt with two pockets on the chest and silver buttons", "unsupported"),
        title="Camisa Jeans Chambray Azul Claro",
        category="Camisas",
        color="Azul Claro",
        gender="Masculino",
    ),
    # photo: plain olive tee on a wooden hanger against a white-painted plank wall. adapter: none
    case(
        "X448-023",
        caption("a green t - shirt hanging on a white wall"),
        D.color("green"),
        D.garment_type("t-shirt"),
        D.wearing("a man wearing a green t - shirt", "unsupported"),
        D.material("", "non_answer"),
        is_a("tank top", "yes", "contradiction"),
        title="Camiseta Básica Verde Oliva",
        category="Camisetas",
        color="Verde Oliva",
        gender="Masculino",
    ),
    # photo: man in a navy polo with thin white horizontal stripes, denim shorts; marina with boats.
    # adapter: caption
    case(
        "X448-024",
        caption(
            "The gentleman wears a short-sleeve shirt with striped patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The shorts this gentleman wears is of short length. The shorts are with denim "
            "fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.pattern("striped"),
        D.color("white", "contradiction"),
        color_shorts("blue"),
        D.wearing("a blue and white striped shirt and jean shorts"),
        D.description(
            "a navy blue polo shirt with white stripes Question: what is the man wearing? Answer: a navy blue polo",
            "leak",
        ),
        title="Polo Listrada Marinho",
        category="Polos",
        color="Azul Marinho",
        gender="Masculino",
    ),
    # photo: man in a white long-sleeve slim dress shirt tucked into grey suit trousers, no tie; office with a window.
    # adapter: none
    case(
        "X448-025",
        caption("a man in a white shirt and grey pants standing in an office"),
        D.wearing("a white shirt, grey pants and a tie", "unsupported"),
        D.color("white"),
        D.sleeve_length("long sleeves"),
        color_pants("grey"),
        D.details("the details of the shirt", "non_answer"),
        D.material("cotton"),
        D.description(
            "a white shirt with a collar and buttons Question: what is the color of the pants? Answer: grey", "leak"
        ),
        title="Camisa Social Slim Branca",
        category="Camisas",
        color="Branco",
        gender="Masculino",
    ),
    # photo: back view of a man in an oversized black tee with a large white skull printed on the back, grey wall.
    # adapter: none
    case(
        "X448-026",
        caption("the back of a man wearing a black t - shirt with a skull on it"),
        D.color("white", "contradiction"),
        D.pattern("graphic"),
        printed("a skull"),
        D.sleeve_length("short sleeves"),
        D.wearing("she is wearing a black t - shirt", "pronoun"),
        D.description("a black hoodie with a white skull on the back", "contradiction"),
        title="Camiseta Oversized Estampa Costas Preta",
        category="Camisetas",
        color="Preto",
        gender="Masculino",
    ),
    # photo: man in an off-white crochet-knit short-sleeve shirt, tan trousers; beige wall.
    # adapter: caption, material, wearing
    case(
        "X448-027",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with knitted fabric. "
            "It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.color("white"),
        D.material(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with knitted fabric. "
            "It has a lapel neckline. The gentleman",
            "restated",
            hit_limit=True,
        ),
        color_pants("beige"),
        D.wearing(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with knitted fabric. "
            "The gentleman wears a short-sleeve shirt with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.details("buttons and little holes in the fabric"),
        title="Camisa Tricô Off White",
        category="Camisas",
        color="Off White",
        gender="Masculino",
    ),
    # photo: man in a green-and-brown camouflage short-sleeve tee, black joggers; graffiti street. adapter: none
    case(
        "X448-028",
        caption("a man in a camouflage t - shirt and black pants"),
        D.pattern("camouflage"),
        D.color("brown", "contradiction"),
        color_pants("black"),
        D.wearing(
            "a green camo shirt and black jogging pants Question: what is the color of the pants? Answer: black",
            "leak",
        ),
        D.material("cotton"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Camiseta Estampa Camuflada",
        category="Camisetas",
        color="Verde",
        gender="Masculino",
    ),
    # photo: flat lay of a navy crew tee with a chest pocket on light grey, sunglasses lying beside it.
    # adapter: none
    case(
        "X448-029",
        caption("a blue t - shirt with a pocket and a pair of sunglasses"),
        D.color("black", "contradiction"),
        D.details("a pocket on the chest"),
        D.garment_type("t-shirt"),
        D.description("a blue t - shirt with sunglasses hanging from the pocket", "unsupported"),
        D.material("it is made of cotton and", "cut"),
        title="Camiseta Bolso Azul Marinho",
        category="Camisetas",
        color="Azul Marinho",
        gender="Masculino",
    ),
    # photo: man in an ecru waffle long-sleeve henley, placket unbuttoned, olive cargo pants; forest.
    # adapter: caption, material
    case(
        "X448-030",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitted "
            "fabric. It has a round neckline. The gentleman wears a long trousers. The trousers are with cotton "
            "fabric and pure color patterns",
            "contradiction",
            hit_limit=True,
        ),
        D.color("white"),
        color_pants("green"),
        D.sleeve_length("long sleeves"),
        D.material(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitted "
            "fabric. It has a round neckline. The",
            "restated",
            hit_limit=True,
        ),
        D.details("buttons on the front and a pocket", "unsupported"),
        title="Henley Waffle Manga Longa Cru",
        category="Camisetas",
        color="Cru",
        gender="Masculino",
    ),
    # photo: man in a black short-sleeve resort shirt with large red hibiscus, open over a white tank top, white
    # shorts; beach bar. adapter: none
    case(
        "X448-031",
        caption("a man in a floral shirt at a beach bar"),
        D.color("red", "contradiction"),
        D.pattern("floral"),
        color_shorts("white"),
        D.wearing("a black floral shirt over a white tank top and white shorts"),
        D.material("it is made of", "cut"),
        color_shirt("white", "other_garment_color"),
        title="Camisa Floral Hibisco Preta",
        category="Camisas",
        color="Preto",
        gender="Masculino",
    ),
    # photo: man in a blue-and-white tie dye short-sleeve tee, no pocket, jeans; white studio. adapter: none
    case(
        "X448-032",
        caption("a man in a blue and white tie dye t - shirt"),
        D.pattern("solid", "contradiction"),
        D.color("blue"),
        D.wearing("a tie dye shirt and jeans"),
        D.description("a blue and white tie dye t - shirt with a pocket", "unsupported"),
        D.material("the material of the t - shirt", "non_answer"),
        title="Camiseta Tie Dye Azul",
        category="Camisetas",
        color="Azul",
        gender="Masculino",
    ),
    # photo: man in a moss green long-sleeve linen shirt with a band collar, cream linen trousers; beige wall.
    # adapter: caption
    case(
        "X448-033",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long trousers. The trousers are with cotton fabric. The "
            "trousers are with cotton fabric",
            "loop",
            hit_limit=True,
        ),
        collar("the collar of the shirt", "non_answer"),
        D.color("green"),
        D.material("cotton", "unsupported"),
        color_pants("white"),
        D.wearing("a green shirt and white pants"),
        title="Camisa Linho Gola Padre Verde Musgo",
        category="Camisas",
        color="Verde Musgo",
        gender="Masculino",
    ),
    # photo: man in a white polo, white shorts and white sneakers, no racket; green hard tennis court. adapter: none
    case(
        "X448-034",
        caption("a man in white standing on a tennis court"),
        D.color("green", "contradiction"),
        color_shorts("white"),
        D.wearing("a white shirt, white shorts and white shoes"),
        D.details("a tennis racket in his hand", "unsupported"),
        is_a("polo shirt", "yes"),
        D.material("cotton Question: what is the man holding? Answer: a tennis racket", "leak"),
        title="Polo Tennis Branca",
        category="Polos",
        color="Branco",
        gender="Masculino",
    ),
    # photo: man in a medium-wash short-sleeve denim shirt, black jeans; white studio. adapter: wearing
    case(
        "X448-035",
        caption("a man in a denim shirt and black jeans"),
        D.color("blue"),
        color_pants("blue", "other_garment_color"),
        D.material("denim"),
        D.sleeve_length("short sleeves"),
        D.details("the details of the shirt are", "cut"),
        D.wearing(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with denim fabric. It "
            "has a lapel neckline. The pants this gentleman wears",
            "cut",
            hit_limit=True,
        ),
        title="Camisa Jeans Manga Curta",
        category="Camisas",
        gender="Masculino",
    ),
    # photo: man in a lilac tee with a small embroidered chest logo, white shorts; pastel pink wall. adapter: none
    case(
        "X448-036",
        caption("a man in a purple shirt standing in front of a pink wall"),
        D.color("pink", "contradiction"),
        D.wearing("a purple t - shirt and purple shorts", "other_garment_color"),
        D.details("a small logo on the chest"),
        D.material("cotton"),
        D.description("a pink t - shirt with a logo", "contradiction"),
        title="Camiseta Bordado Peito Lilás",
        category="Camisetas",
        color="Lilás",
        gender="Masculino",
    ),
    # photo: flat lay of a red-and-black buffalo check long-sleeve flannel shirt with two chest pockets, on wood.
    # adapter: caption, details
    case(
        "X448-037",
        caption(
            "The shirt is with cotton fabric and lattice patterns. It has a lapel neckline. The shirt is with "
            "cotton fabric and lattice patterns. It has a lapel neckline. The shirt is with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        D.pattern("plaid"),
        D.color("red"),
        D.material("flannel"),
        D.description("a red and black plaid flannel shirt with two pockets on the chest"),
        D.sleeve_length("long sleeves"),
        D.details(
            "The shirt is with cotton fabric and lattice patterns. It has a lapel neckline. The shirt is with "
            "cotton fabric and lattice patterns. It has",
            "loop",
            hit_limit=True,
        ),
        title="Camisa Flanela Xadrez Vermelha",
        category="Camisas",
        color="Vermelho",
        gender="Masculino",
    ),
    # photo: man in a sand knitted short-sleeve polo, navy trousers; white studio. adapter: none
    case(
        "X448-038",
        caption("a man in a beige polo shirt and blue pants"),
        D.color("white", "contradiction"),
        D.material("knitted"),
        D.wearing(
            "he is wearing a beige shirt and blue pants Question: what is the color of the shirt? Answer: beige",
            "leak",
        ),
        color_pants("navy"),
        D.garment_type("sweater", "contradiction"),
        title="Polo Tricô Areia",
        category="Polos",
        color="Areia",
        gender="Masculino",
    ),
    # photo: man in a raglan tee, white body with navy short sleeves, blue jeans; white studio. adapter: none
    case(
        "X448-039",
        caption("a man wearing a white t - shirt with blue sleeves"),
        D.color("white"),
        D.sleeve_length("short sleeves"),
        D.pattern("color block"),
        D.details("the sleeves are blue and there is a logo on the chest", "unsupported"),
        D.material("denim", "unsupported"),
        title="Camiseta Raglan Branca e Marinho",
        category="Camisetas",
        color="Branco/Marinho",
        gender="Masculino",
    ),
    # photo: man in a salmon short-sleeve linen shirt, white shorts; sea behind. adapter: caption, details
    case(
        "X448-040",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns. There",
            "pronoun",
            hit_limit=True,
        ),
        D.color("orange"),
        D.wearing("a pink shirt and white shorts"),
        D.material("linen"),
        color_shorts("pink", "other_garment_color"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The shorts are with "
            "cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        title="Camisa Linho Manga Curta Salmão",
        category="Camisas",
        color="Salmão",
        gender="Masculino",
    ),
    # photo: man in a black tee printed "RIO DE JANEIRO" in white, grey shorts; Rio street with a mosaic sidewalk.
    # adapter: none
    case(
        "X448-041",
        caption("a man in a black t - shirt that says rio de janeiro"),
        printed("rio de janeiro"),
        D.color("black"),
        color_shorts("black", "other_garment_color"),
        D.wearing("a black shirt and grey shorts"),
        D.material("it is made of a", "cut"),
        D.description(
            "a black t - shirt with the words rio de janeiro and a picture of christ the redeemer", "unsupported"
        ),
        title="Camiseta Estampa Rio Preta",
        category="Camisetas",
        color="Preto",
        gender="Masculino",
    ),
    # photo: ghost mannequin of a long-sleeve shirt in thin vertical blue and white stripes, button-down collar,
    # one chest pocket; white background. adapter: none
    case(
        "X448-042",
        caption("a blue and white striped shirt on a white background"),
        D.pattern("striped"),
        D.color("blue"),
        D.sleeve_length("long sleeves"),
        D.garment_type("jacket", "contradiction"),
        D.details("a button down collar, a pocket on the chest and a logo", "unsupported"),
        D.material("the material of the shirt", "non_answer"),
        title="Camisa Listrada Azul Manga Longa",
        category="Camisas",
        color="Azul",
        gender="Masculino",
    ),
    # photo: man in a light pink slim piquet polo, light blue jeans; white studio. adapter: none
    case(
        "X448-043",
        caption("a man in a pink polo shirt and jeans"),
        D.color("pink"),
        D.wearing("a pink shirt and blue jeans"),
        D.garment_type("t-shirt", "contradiction"),
        color_pants("pink", "other_garment_color"),
        is_a("polo shirt", "yes"),
        D.material("cotton Question: what is the color of the shirt? Answer: pink", "leak"),
        title="Polo Slim Rosa Claro",
        category="Polos",
        color="Rosa Claro",
        gender="Masculino",
    ),
    # photo: man in a short-sleeve shirt with a beige and brown geometric print, brown trousers; wood-panelled wall.
    # adapter: caption, description
    case(
        "X448-044",
        caption(
            "The gentleman wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "The gentleman wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a short-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        D.color("brown", "other_garment_color"),
        D.pattern("geometric"),
        color_pants("brown"),
        title="Camisa Estampa Geométrica Bege",
        category="Camisas",
        color="Bege",
        gender="Masculino",
    ),
    # photo: man in a navy v-neck basic tee, khaki chinos; white studio. adapter: none
    case(
        "X448-045",
        caption("a man in a black v - neck t - shirt and khaki pants", "contradiction"),
        D.color("navy"),
        D.details("a v - neck"),
        color_pants("navy", "other_garment_color"),
        D.material("a blue t - shirt", "restated"),
        D.wearing("a blue t - shirt and tan pants"),
        title="Camiseta Gola V Azul Marinho",
        category="Camisetas",
        color="Azul Marinho",
        gender="Masculino",
    ),
    # photo: man in a heather grey long-sleeve henley (three buttons), black jeans, holding a coffee cup; cafe.
    # adapter: caption
    case(
        "X448-046",
        caption(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The gentleman wears a long trousers. The trousers are with denim "
            "fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey shirt and black jeans and a cup of coffee"),
        D.color("grey"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("three buttons at the neck and a pocket on the chest", "unsupported"),
        is_a("sweater", "no"),
        title="Henley Manga Longa Cinza Mescla",
        category="Camisetas",
        color="Cinza Mescla",
    ),
]
