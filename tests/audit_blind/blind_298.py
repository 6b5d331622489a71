"""BLIND_298 (46 products; Brazilian fashion marketplace, Portuguese feed, model shots): written blind in the forty-
third session. Measured blind at 1fe18ff (the session's rules as they stood): 113/132 failures found (85.6%) and
3/169 correct texts flagged (1.8%). The writer's notes, verbatim:

Scenario: a Brazilian fashion marketplace's catalog feed, titles and categories in Portuguese (Vestidos, Blusas,
Camisetas, Camisas, Calças Jeans, Calças, Shorts, Saias, Macacões, Moletons, Jaquetas) and seller colors in
Portuguese too (Preto, Branco, Off White, Azul Marinho, Vinho, Verde Militar, Terracota, Caramelo, Rosé, Lilás,
Mescla, Estampado...). Model shots: mostly women, some men, on studio backdrops, brick, wooden or painted walls,
beaches, streets and gardens; most outfits are layered (a tee tucked into the jeans on sale, a blouse over a skirt).
Gender is Feminino, Masculino or Unissex; a few rows miss the gender or the color, as real feeds do. The questions are
enrich's default questionnaire plus a few per-piece color questions, a neckline question and "Is this a ...?".

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a woman in a
white dress standing ...") or from the caption LoRA adapter (the DeepFashion template, "The lady wears a
short-sleeve T-shirt with pure color patterns ..."), as each case's comment says. The adapter never learned to stop:
every adapter text runs to its limit (50 new tokens for captions, 30 for answers) and has hit_limit=True, and asked a
question it returns its caption template. The open answers (wearing, description, details, material, neckline) come
from the base model unless the comment names the adapter; the base model stops on its own (never hit_limit). The
closed answers (garment_type, color, pattern, sleeve_length, per-piece colors, "Is this a ...?") come from enrich's
`--engine reference`, a value of a candidate set: they are never cut and never loop, only right or wrong. The model
answers in English whatever the feed's language.

Labeling conventions and judgement calls:
- Portuguese seller colors are judged by their English shade: red for Vinho, orange for Terracota, brown for Caramelo,
  pink for Rosé, purple for Lilás, grey for Mescla, white or cream for Off White, blue for Azul Marinho or for any
  denim wash, green for Verde Militar, beige or khaki for Caqui, gold or beige for Champagne. Navy answered black is a
  contradiction.
- A color given to the product that another piece of the photo has (the tucked tee, the jeans under the jacket) is
  other_garment_color. A color only the backdrop, a wall, a prop, the print, the lining or the dots have (a pink wall,
  red flowers on navy, an orange lining) is contradiction. On an all-over multicolor print (tie dye, seller color
  Colorido) one of the print's colors is correct.
- Synonyms are correct: jean/denim, sweatshirt/hoodie for a moletom, sweater for a tricô top, coat for a puffer,
  romper for a short or cropped macacão, overalls for a jardineira, gold for champagne satin, mesh for tulle, leather
  for synthetic leather (couro sintético looks like leather). Shirt for a shirt dress (chemise), shorts for a skirt,
  dress for a jumpsuit, a top and pants for a jumpsuit or overalls are contradiction.
- Materials: the one the title names, or a look-alike, is correct; one that contradicts the title's named material
  (cotton for viscose, leather for nylon) is contradiction; a plausible guess where the title names none (cotton on
  a plain tee, wool on a knit, polyester on a windbreaker) is correct; a material the photo cannot support and the
  title does not name (silk on a ribbed knit) is unsupported; the material of another piece (denim for a ribbed top
  worn over jeans) is contradiction. A material answered with the garment and its color is
  restated; "it is made of fabric" is non_answer; "it is made of" is cut.
- Invented things not in the photo (a slit, studs, a zipper on a back the front view does not show, a necklace,
  sunglasses, a peace sign on a tie dye) are unsupported. Items really in the photo (a handbag held, heels in a
  full-length shot, a belt) are correct.
- Adapter texts: one that repeats a sentence (or a sentence's opening clause, "The lady wears a long-sleeve") is loop;
  one that stops mid-sentence without repeating is cut; returned for the material question it is restated. Where the
  template misnames the garment (a jumpsuit as a tank top and pants, a romper as a dress, overalls as pants) that is
  what the auditor sees first: contradiction, hit_limit kept. An accessory the template invents before the cut is
  left under the cut. The template answering "What is the person wearing?", "Describe the garment." or the details
  question does answer it, so it is cut or loop there, not restated.
- Base answers: one that runs on into "Question: ... Answer: ..." is leak even when its first words are right; "he"
  for a woman or "she" for a man is pronoun; an empty answer, "the details of the garment", "the garment has
  details" and "the shorts are short" are non_answer; "the garment" or "a garment" back for "Describe the garment."
  is restated; one color for every piece ("a grey shirt and grey jeans" for grey over blue) is contradiction;
  an answer that stops early mid-phrase ("a blue denim dress with") is cut, without hit_limit; a short answer that
  says one phrase twice before it stops ("... and a pair of shorts and a pair of shorts") is loop.
- The pattern question answered with another piece's pattern (striped for the overalls over a striped tee), or pleats
  answered striped, or gingham answered polka dot, is contradiction. Sleeves: sleeveless for a short-sleeved jumpsuit
  and long sleeves for a strappy dress are contradiction.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_top = question("color_top", "What is the color of the top?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_skirt = question("color_skirt", "What is the color of the skirt?", "closed")
neckline = question("neckline", "What is the neckline of the garment?", "open")

BLIND_298 = [
    # photo: woman in a white midi dress with a small red floral print, thin straps, front view, plain beige wall.
    # no adapter text
    case(
        "X298-001",
        caption("a woman in a white floral dress standing against a wall"),
        D.wearing("a white dress with red flowers and a necklace", "unsupported"),
        D.color("white"),
        D.pattern("floral"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("cotton", "contradiction"),
        title="Vestido Midi Viscose Floral Alça Fina",
        category="Vestidos",
        color="Estampado",
        gender="Feminino",
    ),
    # photo: woman in a black ribbed short-sleeve cropped top over light blue high-waist jeans, white backdrop.
    # caption: adapter
    case(
        "X298-002",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt is "
            "with cotton fabric. It has a round neckline. The pants are with denim fabric and pure color patterns. "
            "There is "
            "an accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black top and blue jeans"),
        D.color("blue", "other_garment_color"),
        D.sleeve_length("short sleeves"),
        D.description("a black crop top with a zipper in the front", "unsupported"),
        D.details("the top is ribbed"),
        D.material("denim", "contradiction"),
        title="Blusa Cropped Canelada Manga Curta Preta",
        category="Blusas",
        color="Preto",
        gender="Feminino",
    ),
    # photo: man in a white crew-neck tee and black chino pants, full length, light grey studio backdrop.
    # no adapter text
    case(
        "X298-003",
        caption("a man in a white t - shirt and black pants"),
        D.wearing("a white shirt and white pants", "contradiction"),
        D.garment_type("t-shirt"),
        D.color("black", "other_garment_color"),
        D.sleeve_length("short sleeves"),
        D.material("cotton"),
        D.description("she is wearing a white t - shirt", "pronoun"),
        title="Camiseta Básica Masculina Algodão Gola Careca Branca",
        category="Camisetas",
        color="Branco",
        gender="Masculino",
    ),
    # photo: woman in medium-blue wide-leg high-waist jeans, white tank top tucked in, in front of a red brick wall.
    # no adapter text
    case(
        "X298-004",
        caption("a woman in a white tank top and blue jeans standing in front of a brick wall"),
        D.wearing("white tank top and jeans"),
        D.color("white", "other_garment_color"),
        color_pants("red", "contradiction"),
        D.details("the jeans have a high waist and wide legs and a belt", "unsupported"),
        D.material("denim"),
        title="Calça Jeans Wide Leg Cintura Alta Azul Médio",
        category="Calças Jeans",
        color="Azul Médio",
        gender="Feminino",
    ),
    # photo: woman in light-blue denim shorts with frayed hems, grey graphic tee tucked in, white backdrop.
    # caption and details: adapter
    case(
        "X298-005",
        caption(
            "The female is wearing a short-sleeve T-shirt with graphic patterns and a three-point shorts. The T-shirt "
            "is with cotton fabric. The shorts are with denim fabric and pure color patterns. The female is wearing a "
            "short-sleeve T-shirt with graphic",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey t - shirt and grey shorts", "contradiction"),
        D.garment_type("shorts"),
        D.color("grey", "other_garment_color"),
        D.details(
            "The shorts are with denim fabric and pure color patterns. The female is wearing a short-sleeve T-shirt "
            "with graphic patterns and a three-point",
            "cut",
            hit_limit=True,
        ),
        D.material("denim"),
        title="Short Jeans Destroyed Cintura Alta Barra Desfiada",
        category="Shorts",
        color="Azul Claro",
        gender="Feminino",
    ),
    # photo: woman in a dusty-pink pleated satin-look midi skirt, white blouse tucked in, potted plant beside her,
    # front view. no adapter text
    case(
        "X298-006",
        caption("a woman in a pink skirt and white shirt standing next to a plant"),
        D.wearing("a pink pleated skirt"),
        D.color("pink"),
        D.pattern("striped", "contradiction"),
        D.details("the skirt has pleats and a zipper on the back", "unsupported"),
        D.material("a pink skirt", "restated"),
        title="Saia Midi Plissada Acetinada Rosé",
        category="Saias",
        color="Rosé",
        gender="Feminino",
    ),
    # photo: woman in a black sleeveless wide-leg jumpsuit with a self-tie belt, white backdrop, full length.
    # caption: adapter
    case(
        "X298-007",
        caption(
            "The lady wears a tank tank top with pure color patterns and a long pants. The tank top is with cotton "
            "fabric. The pants are with cotton fabric and pure color patterns. There is a belt in her clothes. The "
            "lady wears a tank",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black jumpsuit"),
        D.garment_type("dress", "contradiction"),
        D.color("black"),
        is_a("jumpsuit", "yes"),
        D.details("the details of the jumpsuit", "non_answer"),
        title="Macacão Longo Alfaiataria Pantalona Preto",
        category="Macacões",
        color="Preto",
        gender="Feminino",
    ),
    # photo: man in a heather-grey kangaroo-pocket hoodie, hood down, black joggers, white backdrop.
    # no adapter text
    case(
        "X298-008",
        caption("a man wearing a grey hoodie and black pants"),
        D.wearing("a gray sweatshirt"),
        D.garment_type("hoodie"),
        D.color("grey"),
        D.details(
            "the hoodie has a pocket in the front and a drawstring hood and a zipper",
            "unsupported",
        ),
        D.material("fleece"),
        title="Moletom Canguru Flanelado com Capuz Cinza Mescla",
        category="Moletons",
        color="Mescla",
        gender="Masculino",
    ),
    # photo: woman in an oversized mid-blue denim jacket over a white tee, black mini skirt, city sidewalk behind.
    # description: adapter
    case(
        "X298-009",
        caption("a woman in a denim jacket and black skirt on the street"),
        D.wearing("jean jacket"),
        D.garment_type("jacket"),
        D.color("black", "other_garment_color"),
        D.description(
            "The lady wears a long-sleeve denim jacket with pure color patterns. The jacket is with denim fabric. It "
            "has a lapel neckline. The lady wears a long-sleeve",
            "loop",
            hit_limit=True,
        ),
        D.material("denim Question: What is the color of the skirt? Answer: black", "leak"),
        D.details("the jacket has buttons and a pocket on the chest"),
        title="Jaqueta Jeans Oversized Feminina",
        category="Jaquetas",
        color="Azul",
        gender="Feminino",
    ),
    # photo: woman in a short red short-sleeve sheath dress holding a black handbag, white wall, front view.
    # no adapter text
    case(
        "X298-010",
        caption("a woman in a red dress holding a black purse"),
        D.wearing("he is wearing a red dress", "pronoun"),
        D.color("black", "other_garment_color"),
        D.sleeve_length("short sleeves"),
        D.details("the dress has a slit on the side", "unsupported"),
        D.material("it is made of", "cut"),
        title="Vestido Curto Tubinho Manga Curta Vermelho",
        category="Vestidos",
        color="Vermelho",
        gender="Feminino",
    ),
    # photo: woman on a beach (sand, blue sea) in a white off-shoulder ruffled blouse with short puff sleeves and
    # denim shorts. caption: adapter
    case(
        "X298-011",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a three-point shorts. The shirt is with "
            "cotton fabric. It has a suspenders neckline. The shorts are with denim fabric and pure color patterns. "
            "There is an accessory on her wrist. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white off the shoulder top and jean shorts"),
        D.garment_type("blouse"),
        D.color("blue", "other_garment_color"),
        D.description("a white top with ruffles"),
        D.material("she is wearing a white top", "restated"),
        title="Blusa Ciganinha Lastex Babado Branca",
        category="Blusas",
        color="Branco",
        gender="Feminino",
    ),
    # photo: man in a blue, pink and yellow spiral tie-dye tee and khaki shorts, white backdrop.
    # no adapter text
    case(
        "X298-012",
        caption("a man wearing a tie dye shirt and khaki shorts"),
        D.wearing("a tie dye t - shirt"),
        D.garment_type("t-shirt"),
        D.color("pink"),
        D.pattern("tie-dye"),
        D.details("the shirt has a peace sign on the front", "unsupported"),
        D.description("a tie dye shirt and a pair of shorts and a pair of shorts", "loop"),
        title="Camiseta Tie Dye Espiral Unissex",
        category="Camisetas",
        color="Colorido",
        gender="Unissex",
    ),
    # photo: woman in black skinny jeans, white button-up shirt untucked, black ankle boots, grey backdrop.
    # no adapter text
    case(
        "X298-013",
        caption("a woman in a white shirt and black jeans"),
        D.wearing(
            "black jeans Question: What is the color of the shirt? Answer: white",
            "leak",
        ),
        D.color("black"),
        D.details("the jeans have details", "non_answer"),
        D.material("denim"),
        is_a("pair of jeans", "yes"),
        title="Calça Jeans Skinny Cintura Alta Preta",
        category="Calças Jeans",
        color="Preto",
        gender="Feminino",
    ),
    # photo: woman in beige linen tailored shorts with a matching fabric belt, white tank top tucked in, light wooden
    # panel wall. caption and details: adapter
    case(
        "X298-014",
        caption(
            "The lady wears a tank tank top with pure color patterns and a three-point shorts. The tank top is with "
            "cotton fabric. It has a round neckline. The shorts are with linen fabric and pure color patterns. There "
            "is a belt in her clothes. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("beige shorts and a white tank top"),
        D.color("beige"),
        D.material("linen"),
        D.details(
            "The shorts are with cotton fabric and pure color patterns. There is a belt in her clothes. The shorts are "
            "with cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("shorts"),
        color_shorts("white", "other_garment_color"),
        title="Shorts Alfaiataria Linho com Cinto Bege",
        category="Shorts",
        color="Bege",
        gender="Feminino",
    ),
    # photo: woman in an olive-green strapless maxi dress, no slit, palm trees and blue sky behind, full length.
    # no adapter text
    case(
        "X298-015",
        caption("a woman in a green dress standing in front of palm trees"),
        D.wearing("a long green dress and a straw hat", "unsupported"),
        D.color("green"),
        D.sleeve_length("sleeveless"),
        D.description("a green strapless dress with a high slit", "unsupported"),
        D.pattern("solid"),
        neckline("she is wearing a green dress", "non_answer"),
        title="Vestido Longo Tomara que Caia Verde Militar",
        category="Vestidos",
        color="Verde Militar",
        gender="Feminino",
    ),
    # photo: woman in a pink cropped sweatshirt and heather-grey sweatpants, white backdrop.
    # no adapter text
    case(
        "X298-016",
        caption("a woman in a pink sweatshirt and grey sweatpants"),
        D.wearing("he is wearing a pink sweater", "pronoun"),
        D.garment_type("sweatshirt"),
        D.color("grey", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.material("cotton Question: What is the color of the pants? Answer: grey", "leak"),
        D.description("a pink sweatshirt and pink pants", "contradiction"),
        title="Moletom Cropped Gola Careca Rosa",
        category="Moletons",
        color="Rosa",
        gender="Feminino",
    ),
    # photo: man in a black and neon-green color-block windbreaker with the hood up, blue jeans, white backdrop.
    # caption: adapter
    case(
        "X298-017",
        caption(
            "The gentleman wears a long-sleeve jacket with color block patterns and a long denim pants. The jacket is "
            "with nylon fabric. It has a stand neckline. The pants are with denim fabric and pure color patterns. The "
            "gentleman wears a long-sleeve",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black and green jacket and jeans"),
        D.garment_type("jacket"),
        D.color("black"),
        D.pattern("color block"),
        D.details(
            "the jacket has a zipper and a hood Question: What is the color of the jacket? Answer: black and green",
            "leak",
        ),
        title="Jaqueta Corta Vento Color Block com Capuz",
        category="Jaquetas",
        color="Preto/Verde",
        gender="Masculino",
    ),
    # photo: woman in a short mid-blue denim skirt with a button front, black tee tucked in, white backdrop.
    # no adapter text
    case(
        "X298-018",
        caption("a woman in a black shirt and denim skirt"),
        D.wearing("a black t - shirt and a jean skirt"),
        D.garment_type("shorts", "contradiction"),
        D.color("blue"),
        D.details("the skirt has buttons down the front and a belt", "unsupported"),
        D.material("denim"),
        color_skirt("black", "other_garment_color"),
        title="Saia Jeans Curta com Botões Frontais",
        category="Saias",
        color="Azul",
        gender="Feminino",
    ),
    # photo: woman in a yellow romper with small white flowers, short sleeves, V neck, in a garden.
    # caption and wearing: adapter
    case(
        "X298-019",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of short length. There is an accessory on her wrist. The lady wears a "
            "short-sleeve dress with floral patterns",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a short-sleeve romper with floral patterns. The romper is with chiffon fabric. It has a "
            "V-shape neckline. The lady wears",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("romper"),
        D.color("white", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("short sleeves"),
        title="Macacão Curto Floral Decote V Amarelo",
        category="Macacões",
        color="Amarelo",
        gender="Feminino",
    ),
    # photo: woman in an off-white turtleneck knit sweater and brown wide trousers, grey backdrop.
    # no adapter text
    case(
        "X298-020",
        caption("a woman in a white sweater and brown pants"),
        D.wearing("white turtleneck sweater"),
        D.color("white"),
        D.material("wool"),
        D.details("the sweater has a high collar and", "cut"),
        D.description("a brown sweater", "other_garment_color"),
        title="Blusa de Tricô Gola Alta Off White",
        category="Blusas",
        color="Off White",
        gender="Feminino",
    ),
    # photo: man in a black oversized band tee (white band logo in letters, no skull), black jeans, grey concrete wall.
    # no adapter text
    case(
        "X298-021",
        caption("a man in a black t - shirt standing against a concrete wall"),
        D.wearing("a black shirt and black jeans"),
        D.garment_type("t-shirt"),
        D.color("white", "contradiction"),
        D.pattern("graphic"),
        D.details("the shirt has a skull on it", "unsupported"),
        D.material("", "non_answer"),
        title="Camiseta Oversized Estampa Banda Preta",
        category="Camisetas",
        color="Preto",
        gender="Masculino",
    ),
    # photo: woman in light-blue mom jeans and a pink knit sweater tucked at the front, white backdrop.
    # caption: adapter
    case(
        "X298-022",
        caption(
            "The female is wearing a long-sleeve sweater with pure color patterns and a long denim pants. The sweater "
            "is with knitting fabric. It has a round neckline. The pants are with denim fabric and pure color "
            "patterns. There is an accessory on her wrist. This",
            "cut",
            hit_limit=True,
        ),
        D.wearing("pink sweater and blue jeans"),
        D.color("pink", "other_garment_color"),
        color_pants("blue"),
        D.details("the jeans have a high waist and", "cut"),
        D.material("a pair of blue jeans", "restated"),
        title="Calça Jeans Mom Cintura Alta Azul Claro",
        category="Calças Jeans",
        color="Azul Claro",
        gender="Feminino",
    ),
    # photo: woman in a blue and white vertical-stripe shirt dress with a self belt, long sleeves rolled to the elbow,
    # white backdrop. no adapter text
    case(
        "X298-023",
        caption("a woman in a blue and white striped shirt dress"),
        D.wearing("a blue and white striped shirt", "contradiction"),
        D.garment_type("shirt", "contradiction"),
        D.color("blue"),
        D.pattern("striped"),
        D.details("the dress has buttons down the front and a belt"),
        D.description("the garment", "restated"),
        title="Vestido Chemise Listrado Azul com Faixa",
        category="Vestidos",
        color="Listrado Azul",
        gender="Feminino",
    ),
    # photo: man in heather-grey sweat shorts with a drawstring, white tee, white backdrop, waist-down crop.
    # details: adapter
    case(
        "X298-024",
        caption("a man in a white t - shirt and grey shorts"),
        D.wearing("she is wearing grey shorts", "pronoun"),
        D.garment_type("shorts"),
        D.color("white", "other_garment_color"),
        D.details(
            "The shorts are with cotton fabric and pure color patterns. The gentleman wears a short-sleeve T-shirt "
            "with pure color patterns. The shorts are with cotton",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Short Moletom Masculino Cordão Cinza Mescla",
        category="Shorts",
        color="Cinza Mescla",
        gender="Masculino",
    ),
    # photo: woman in a champagne satin cami top with thin straps, black tailored trousers, beige backdrop.
    # no adapter text
    case(
        "X298-025",
        caption("a woman in a gold satin top and black pants"),
        D.wearing("a beige silk top"),
        D.garment_type("tank top"),
        D.color("black", "other_garment_color"),
        D.material("satin"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("the top has lace trim on the neckline", "unsupported"),
        title="Blusa Regata Cetim Alça Fina Champagne",
        category="Blusas",
        color="Champagne",
        gender="Feminino",
    ),
    # photo: woman in a black quilted puffer jacket with a hood, blue jeans, light grey backdrop.
    # no adapter text
    case(
        "X298-026",
        caption("a woman in a black puffer jacket"),
        D.wearing("a black jacket and a black scarf", "unsupported"),
        D.color("black"),
        D.details(
            "the jacket is quilted and has a hood Question: What is the color of the jacket? Answer: black",
            "leak",
        ),
        D.material("leather", "contradiction"),
        D.garment_type("coat"),
        title="Jaqueta Puffer Nylon com Capuz Preta",
        category="Jaquetas",
        color="Preto",
    ),
    # photo: woman in a brown ribbed long-sleeve midi knit dress, seated on a white chair, green plant behind.
    # caption: adapter
    case(
        "X298-027",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric. It has a "
            "round neckline. The dress is of long length. The lady wears a long-sleeve dress with pure color patterns. "
            "The dress is with knitting",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a brown dress"),
        D.color("brown"),
        D.sleeve_length("long sleeves"),
        D.description("a long brown sweater dress"),
        D.material("silk", "unsupported"),
        D.pattern("striped", "contradiction"),
        title="Vestido Midi Tubinho Canelado Manga Longa",
        category="Vestidos",
        color="Caramelo",
        gender="Feminino",
    ),
    # photo: man in a red and black plaid flannel shirt, long sleeves, blue jeans, wooden plank wall behind.
    # no adapter text
    case(
        "X298-028",
        caption("a man in a plaid shirt standing in front of a wooden wall"),
        D.wearing("a red and black plaid shirt"),
        D.garment_type("shirt"),
        D.color("red"),
        D.pattern("plaid"),
        D.description("she is wearing a plaid shirt and jeans", "pronoun"),
        D.material("denim", "contradiction"),
        title="Camisa Xadrez Flanela Manga Longa Masculina",
        category="Camisas",
        color="Vermelho Xadrez",
        gender="Masculino",
    ),
    # photo: woman in a beige and brown leopard-print maxi skirt, black tee tucked in, white backdrop.
    # details: adapter
    case(
        "X298-029",
        caption("a woman in a leopard print skirt and black shirt"),
        D.wearing("a black shirt and a leopard skirt"),
        D.garment_type("skirt"),
        D.color("black", "other_garment_color"),
        D.pattern("animal print"),
        D.details(
            "The skirt is with chiffon fabric and graphic patterns. It has a long length. The skirt is with chiffon "
            "fabric and graphic patterns. It",
            "loop",
            hit_limit=True,
        ),
        D.description("he is wearing a long leopard skirt", "pronoun"),
        title="Saia Longa Estampa Animal Print Onça",
        category="Saias",
        color="Estampado",
        gender="Feminino",
    ),
    # photo: woman in long-leg mid-blue denim overalls over a white tee with thin black stripes, white backdrop.
    # caption: adapter
    case(
        "X298-030",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns and a long denim pants. The T-shirt is with "
            "cotton fabric. It has a round neckline. The pants are with denim fabric and pure color patterns. There is "
            "an accessory on",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a pair of overalls and a striped shirt"),
        D.garment_type("jumpsuit"),
        D.color("blue"),
        D.pattern("striped", "contradiction"),
        D.material("denim"),
        D.description("a blue jean overalls with a white shirt and a pair of", "cut"),
        title="Macacão Jeans Jardineira Pantalona",
        category="Macacões",
        color="Azul",
        gender="Feminino",
    ),
    # photo: woman in a lilac blouse with long puff sleeves, white jeans, standing in front of a pink painted wall.
    # no adapter text
    case(
        "X298-031",
        caption("a woman in a purple blouse standing in front of a pink wall"),
        D.wearing("a purple shirt and white pants"),
        D.color("pink", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.details("the blouse has puffy sleeves"),
        D.material("a purple blouse", "restated"),
        title="Blusa Manga Bufante Lilás",
        category="Blusas",
        color="Lilás",
        gender="Feminino",
    ),
    # photo: man in a navy piqué polo shirt with three buttons, beige chinos, white backdrop.
    # no adapter text
    case(
        "X298-032",
        caption("a man wearing a blue polo shirt and khaki pants"),
        D.wearing("a blue shirt"),
        D.garment_type("polo shirt"),
        D.color("black", "contradiction"),
        D.details("the shirt has a collar and three buttons"),
        D.material("it is made of fabric", "non_answer"),
        D.description("a blue polo shirt with a logo on the chest", "unsupported"),
        title="Camisa Polo Piquet Masculina Azul Marinho",
        category="Camisas",
        color="Azul Marinho",
        gender="Masculino",
    ),
    # photo: woman in a wine-red satin slip midi dress with thin straps, black heels, dark grey backdrop, full length.
    # material and details: adapter
    case(
        "X298-033",
        caption("a woman in a red satin dress"),
        D.wearing("a red dress and black heels"),
        D.color("red"),
        D.material(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with satin fabric. It has a "
            "suspenders neckline. The",
            "restated",
            hit_limit=True,
        ),
        D.details(
            "The dress is with satin fabric and pure color patterns. It has a suspenders neckline. The dress is of "
            "long length. There is an",
            "cut",
            hit_limit=True,
        ),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Vestido Midi Cetim Alça Fina Vinho",
        category="Vestidos",
        color="Vinho",
        gender="Feminino",
    ),
    # photo: woman in black and white gingham high-waist shorts and a black crop top, white backdrop.
    # no adapter text
    case(
        "X298-034",
        caption("a woman in a black top and black and white checkered shorts"),
        D.wearing("a black top and plaid shorts"),
        D.garment_type("shorts"),
        D.color("black"),
        D.pattern("polka dot", "contradiction"),
        D.details("the shorts are short", "non_answer"),
        title="Shorts Cintura Alta Xadrez Vichy",
        category="Shorts",
        color="Preto e Branco",
        gender="Feminino",
    ),
    # photo: woman in a black faux-leather biker jacket (zips, no studs), white tee, blue jeans, on a city street.
    # no adapter text
    case(
        "X298-035",
        caption("a woman in a black leather jacket and jeans walking down the street"),
        D.wearing("a leather jacket"),
        D.color("black"),
        D.material("leather"),
        D.details("the jacket has a zipper and silver studs on the shoulders", "unsupported"),
        D.sleeve_length("long sleeves"),
        D.description("a black leather jacket and a pair of sunglasses", "unsupported"),
        title="Jaqueta Couro Sintético Motociclista Preta",
        category="Jaquetas",
        color="Preto",
        gender="Feminino",
    ),
    # photo: man in dark-blue straight-leg jeans and a grey tee, white backdrop, full length.
    # no adapter text
    case(
        "X298-036",
        caption("a man in a grey shirt and blue jeans"),
        D.wearing("a grey shirt and grey jeans", "contradiction"),
        D.garment_type("jeans"),
        D.color("grey", "other_garment_color"),
        D.details(
            "the jeans have pockets Question: What is the color of the jeans? Answer: blue",
            "leak",
        ),
        D.material("denim"),
        title="Calça Jeans Reta Masculina Azul Escuro",
        category="Calças Jeans",
        color="Azul Escuro",
        gender="Masculino",
    ),
    # photo: woman in a green and white striped knit crop top with short sleeves, beige linen pants, yellow painted
    # wall. caption: adapter
    case(
        "X298-037",
        caption(
            "The lady wears a short-sleeve sweater with striped patterns and a long pants. The sweater is with "
            "knitting fabric. It has a round neckline. The pants are with linen fabric and pure color patterns. There "
            "is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green and white striped top and beige pants"),
        D.garment_type("sweater"),
        D.color("yellow", "contradiction"),
        D.pattern("striped"),
        D.sleeve_length("short sleeves"),
        color_top("beige", "other_garment_color"),
        title="Blusa Cropped Tricô Listrada Manga Curta Verde",
        category="Blusas",
        color="Verde",
        gender="Feminino",
    ),
    # photo: woman in a short sleeveless denim dress with a button front and two chest pockets, white sneakers, white
    # backdrop. no adapter text
    case(
        "X298-038",
        caption("a woman in a denim dress and white sneakers"),
        D.wearing("a jean dress"),
        D.garment_type("dress"),
        D.color("white", "other_garment_color"),
        D.description("a blue denim dress with", "cut"),
        D.details("the dress has pockets on the chest"),
        D.material("denim Question: What is the color of the dress? Answer: blue", "leak"),
        title="Vestido Curto Jeans Sem Manga com Botões",
        category="Vestidos",
        color="Azul",
        gender="Feminino",
    ),
    # photo: man in a green crewneck sweatshirt with "BRASIL" in white letters, black shorts, white backdrop.
    # caption: adapter
    case(
        "X298-039",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns and a three-point shorts. The sweater is "
            "with cotton fabric. It has a round neckline. The gentleman wears a long-sleeve sweater with graphic "
            "patterns and a three-point",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green sweatshirt and black shorts"),
        D.garment_type("sweatshirt"),
        D.color("black", "other_garment_color"),
        D.pattern("graphic"),
        D.details("the sweatshirt says brasil on the front"),
        D.material("it is made of fabric", "non_answer"),
        title="Moletom Careca Estampa Brasil Verde Bandeira",
        category="Moletons",
        color="Verde",
        gender="Unissex",
    ),
    # photo: woman in a black midi pencil skirt, white shirt tucked in, office backdrop (desk, window), front view.
    # no adapter text
    case(
        "X298-040",
        caption("a woman in a white shirt and black skirt standing in an office"),
        D.wearing("a white blouse and a black skirt"),
        D.garment_type("skirt"),
        D.color("white", "other_garment_color"),
        D.details(
            "the skirt is black Question: What is the color of the shirt? Answer: white",
            "leak",
        ),
        D.material("a black skirt", "restated"),
        title="Saia Lápis Midi Cintura Alta Preta",
        category="Saias",
        color="Preto",
        gender="Feminino",
    ),
    # photo: woman in a sheer black tulle blouse with white polka dots, long sleeves, black bralette under, blue
    # jeans, white backdrop. no adapter text
    case(
        "X298-041",
        caption("a woman in a black polka dot shirt"),
        D.wearing("a black and white polka dot blouse"),
        D.color("white", "contradiction"),
        D.pattern("polka dot"),
        D.sleeve_length("long sleeves"),
        D.material("lace", "contradiction"),
        D.description("a sheer black blouse with white dots"),
        title="Blusa Tule Poá Manga Longa Preta",
        category="Blusas",
        color="Preto",
        gender="Feminino",
    ),
    # photo: woman in a terracotta linen culotte jumpsuit with short sleeves, on a balcony with white railings.
    # no adapter text
    case(
        "X298-042",
        caption("a woman in an orange jumpsuit standing on a balcony"),
        D.wearing("an orange romper"),
        D.garment_type("jumpsuit"),
        D.color("orange"),
        D.description("an orange top and orange pants", "contradiction"),
        D.material("cotton", "contradiction"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Macacão Pantacourt Linho Manga Curta Terracota",
        category="Macacões",
        color="Terracota",
        gender="Feminino",
    ),
    # photo: woman in a fitted white tee with a small red heart print, mid-blue denim mini skirt, white backdrop.
    # caption and description: adapter
    case(
        "X298-043",
        caption(
            "The female is wearing a short-sleeve T-shirt with graphic patterns and a short denim skirt. The T-shirt "
            "is with cotton fabric. It has a crew neckline. The skirt is with denim fabric and pure color patterns. "
            "There "
            "is a ring on her finger. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t - shirt and a denim skirt"),
        D.color("blue", "other_garment_color"),
        D.description(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.details("there is a red heart on the shirt"),
        D.pattern("graphic"),
        title="Camiseta Baby Look Estampa Coração Branca",
        category="Camisetas",
        gender="Feminino",
    ),
    # photo: man in khaki twill joggers with elastic cuffs, black tee, white sneakers, white backdrop.
    # no adapter text
    case(
        "X298-044",
        caption("a man in a black t - shirt and khaki pants"),
        D.wearing("khaki pants"),
        D.garment_type("jeans", "contradiction"),
        D.color("beige"),
        D.details("the pants have elastic cuffs at the ankles"),
        D.material("the pants are made of", "cut"),
        D.description("a black shirt and black pants", "contradiction"),
        title="Calça Jogger Sarja Masculina Caqui",
        category="Calças",
        color="Caqui",
        gender="Masculino",
    ),
    # photo: woman in a navy long-sleeve maxi dress with white and pink flowers, V neck, standing in a wheat field.
    # caption: adapter
    case(
        "X298-045",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of long length. There is an accessory on her wrist. The lady wears a "
            "long-sleeve dress with floral",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue floral dress"),
        D.color("pink", "contradiction"),
        D.pattern("floral"),
        D.description("he is wearing a long floral dress", "pronoun"),
        D.sleeve_length("long sleeves"),
        neckline("v neck"),
        title="Vestido Longo Floral Manga Longa Decote V",
        category="Vestidos",
        color="Azul Marinho",
        gender="Feminino",
    ),
    # photo: man in an olive bomber jacket worn open, orange lining showing at the front, black tee, blue jeans,
    # white backdrop. no adapter text
    case(
        "X298-046",
        caption("a man in a green bomber jacket and jeans"),
        D.wearing("she is wearing a green jacket and blue jeans", "pronoun"),
        D.garment_type("jacket"),
        D.color("orange", "contradiction"),
        D.details("the jacket has a zipper and ribbed cuffs"),
        D.material("nylon"),
        D.description("a green jacket with a black shirt and a black hat", "unsupported"),
        title="Jaqueta Bomber Masculina Verde Militar",
        category="Jaquetas",
        color="Verde Militar",
        gender="Masculino",
    ),
]
