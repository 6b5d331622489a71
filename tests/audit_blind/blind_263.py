"""BLIND_263 (46 products; Brazilian marketplace women's and kids' fashion, Portuguese feed): written blind in the
forty-second session. Measured blind at 3a84e7d (the session's rules as they stood): 98/124 failures found (79.0%)
and 8/163 correct texts flagged (4.9%). The writer's notes, verbatim:

Scenario: a Brazilian marketplace feed (Dafiti/Renner-like) of women's and kids' fashion with Portuguese titles,
categories and colors: vestidos (midi, longo, tubinho, chemise, tomara que caia, transpassado), blusas (ciganinha,
cropped, body, regata, camisa, manga bufante), saias (plissada, jeans, laise, couro ecológico, três marias), calças
(wide leg, pantalona, flare, clochard, cargo, legging), conjuntos (alfaiataria, moletom, cropped e saia), macacões
and macaquinhos, and infantil (menina, menino, bebê). Model shots (studio, street, beach, garden, colored walls,
props such as balloons, flowers, a coffee cup) and flat-lays on white. Catalog columns: title, category, color (the
seller's Portuguese word: Off White, Vinho, Mostarda, Caramelo, Terracota, Verde Militar, Azul Marinho, Lilás,
Estampado...), gender (Feminino, Menina, Menino); a few rows miss the gender or the color, as real feeds do.

Who wrote what: captions come from either the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, stops on
its own) or the caption-only LoRA adapter of the original experiments (the DeepFashion-MultiModal template, "The lady
wears a ... with pure color patterns. The ... is with cotton fabric ..."), which was trained with no end token: every
adapter text runs to its limit (50 new tokens for captions, 30 for answers), carries hit_limit=True, never names a
hue, and answers any question with its template. The comment above each case says which texts came from the
adapter; every other open text (wearing, description, details, material, neckline, print) is the base model's, which
never hits the limit. The closed texts (garment_type, color, pattern, sleeve_length, the per-piece color questions,
"Is this a jumpsuit?") are enrich's `--engine reference` answers, chosen from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words for the seller's Portuguese color are correct: white or cream for Off White, red for Vinho, yellow for
  Mostarda, brown or beige for Caramelo, orange for Terracota or Coral (pink also for Coral), green for Verde Militar
  or Esmeralda, blue for Azul Marinho or Azul Jeans, purple for Lilás, beige for Cáqui and Champagne, gold for a
  champagne satin, grey for Cinza Mescla. Navy answered black and Lilás answered pink are contradiction.
- For "Estampado" (printed) and multi-color rows, the print's dominant color is correct; a minor color of the print
  or of a plaid given as the garment's color is contradiction. A wall, backdrop or prop color given as the garment's
  color is contradiction (it is no garment). The color of another piece worn in the photo (the jeans under a blouse,
  the coat over pants, the tee under overalls, the other half of a set, the sneakers) is other_garment_color.
- One color repeated for every garment (CONTEXT.md): where the product gets another piece's color ("a white sweater
  and a white skirt" for a black skirt) it is other_garment_color; where another piece gets the product's color
  ("grey pants" under a grey hoodie, for black joggers) it is contradiction.
- Garment synonyms are correct: suit for a blazer-and-trousers set, sweatsuit for a moletom set, onesie or pajamas
  for a baby's footed romper, overalls for a jardineira, sweater dress for a ribbed knit dress, top for a bodysuit or
  a cami, shirt for a bodysuit in the adapter's template, tutu for a tulle party dress, leggings as pants.
  A jumpsuit or romper called a dress, a bikini, pants, or "a shirt and pants/shorts" is contradiction; so is a
  two-piece set called a dress, a shirt dress called a shirt, a mini skirt called shorts, and a denim dress called
  a jacket.
- Patterns: floral is correct for tropical leaves and for paisley; plaid for gingham (xadrez vichy); pleats answered
  striped and hearts answered polka dot are contradiction; the tee's stripes given as the overall's pattern is
  contradiction.
- Materials: the fabric the title names (linho, cetim, tule, renda, jeans, couro ecológico, tricô as "knit",
  moletom and tricoline as cotton, laise as lace) is correct; a plausible guess on a cotton-look fabric (cotton) and
  polyester for crepe are correct; a fabric neither named nor visible (silk on satin, wool on a ribbed viscose knit,
  linen on a tailoring set or on a cotton kids' dress, chiffon on a viscose blouse, leather on jersey pants, denim
  on a tee-and-twill-bermuda set) is unsupported.
- Invented things not in the photo (a tie, a necklace, a belt, a bow, a bow tie, a slit, pockets, a ruffle, straps on
  a strapless dress, a zipper on a back the front view does not show, lace trim, a skateboard print, a heart added
  to a "LOVE" print) are unsupported.
- Sleeve answers read off another piece (the long sleeves of a blazer draped over a cami) are contradiction, and so
  is "short sleeves" for long sleeves rolled to the elbow.
- Adapter texts: repeating a sentence (or the start of its first sentence again) is loop, stopping mid-sentence
  without repeating is cut; the template returned for the material question is restated even though it is also cut.
  Where the template misnames the garment (a jumpsuit as "a shirt and a long pants") that is contradiction, with
  hit_limit kept. "The lady" for a girl is accepted (right sex); "The lady" for a boy is pronoun, the first thing
  the auditor sees. The adapter's "The lady wears" on a flat-lay is tolerated.
- Base answers stopped early ("the pants are", "the tank top is made of") are cut without hit_limit; an empty answer,
  "the details of the suit" and "the material of the garment" are non_answer; a material question answered with the
  garment's name and color, or a details or description question answered with only the garments' color, is
  restated. Base answers
  that run on into "Question: ... Answer: ..." are leak, even where the first words are right.
- "he" or "a man" for a woman or a girl, "she" for a boy, is pronoun.
- Per-piece color questions are asked of sets only; garment_type is asked only of single garments.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_top = question("color_top", "What is the color of the top?", "closed")
color_skirt = question("color_skirt", "What is the color of the skirt?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
neckline = question("neckline", "What is the neckline of the garment?", "open")
print_ = question("print", "What is printed on the garment?", "open")

BLIND_263 = [
    # photo: model in an off-white midi dress with small blue flowers, short puff sleeves, square neckline, in a
    # garden with hedges; full-length front view.
    # adapter: none
    case(
        "X263-001",
        caption("a woman in a white floral dress standing in a garden"),
        D.wearing("a white dress with blue flowers"),
        D.garment_type("dress"),
        D.color("white"),
        D.pattern("floral"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("silk", "unsupported"),
        D.details("a ruffle at the bottom", "unsupported"),
        title="Vestido Midi Floral Manga Bufante Off White",
        category="Vestidos",
        color="Off White",
        gender="Feminino",
    ),
    # photo: model in a mustard off-shoulder ciganinha blouse with long puff sleeves and a ruffle, tucked into light
    # blue jeans, plain white wall; three-quarter view.
    # caption, details: adapter
    case(
        "X263-002",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. The pants are with denim fabric and solid color patterns. The lady wears a long-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a yellow top and jeans"),
        D.color("blue", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a round neckline. The shirt is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Blusa Ciganinha Manga Longa Lastex Mostarda",
        category="Blusas",
        color="Mostarda",
        gender="Feminino",
    ),
    # photo: flat-lay of a pink satin pleated midi skirt with an elastic waistband on a white background.
    # adapter: none
    case(
        "X263-003",
        caption("a pink pleated skirt on a white background"),
        D.garment_type("skirt"),
        D.color("purple", "contradiction"),
        D.pattern("striped", "contradiction"),
        D.description("a pink skirt with pleats and a bow on the waist", "unsupported"),
        D.material("satin"),
        title="Saia Midi Plissada Cetim Rosa",
        category="Saias",
        color="Rosa",
        gender="Feminino",
    ),
    # photo: model in a black sleeveless wide-leg tailored jumpsuit with a self-fabric sash tied at the waist, black
    # sandals, grey studio backdrop; front view.
    # caption, details: adapter
    case(
        "X263-004",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric and its neckline is v-shape. The pants are with cotton fabric and pure color patterns. "
            "There",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black jumpsuit"),
        D.garment_type("pants", "contradiction"),
        is_a("jumpsuit", "yes"),
        D.color("black"),
        D.details(
            "The pants are with cotton fabric and pure color patterns. The lady wears a sleeveless tank top with pure "
            "color patterns and a long",
            "contradiction",
            hit_limit=True,
        ),
        title="Macacão Pantalona Alfaiataria Preto com Faixa",
        category="Macacões",
        color="Preto",
        gender="Feminino",
    ),
    # photo: girl (about 5) in a set: white short-sleeve tee with a pink unicorn print and a pink tulle skirt,
    # silver sneakers, white studio.
    # adapter: none
    case(
        "X263-005",
        caption("a little girl in a white shirt and pink tutu"),
        color_top("white"),
        color_skirt("white", "other_garment_color"),
        print_("a unicorn"),
        D.wearing("a pink dress", "contradiction"),
        D.material("tulle"),
        title="Conjunto Infantil Menina Blusa Unicórnio e Saia Tule Rosa",
        category="Infantil > Conjuntos",
        color="Branco/Rosa",
        gender="Menina",
    ),
    # photo: model in a burgundy sleeveless knee-length sheath dress, round neck, in front of a beige wall next to a
    # potted plant; front view only.
    # adapter: none
    case(
        "X263-006",
        caption("a woman in a red dress posing in front of a plant"),
        D.color("brown", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.description(
            "a red dress Question: what is the material of the dress? Answer: cotton",
            "leak",
        ),
        D.details("the dress has a zipper on the back", "unsupported"),
        D.material("polyester"),
        title="Vestido Tubinho Crepe Vinho",
        category="Vestidos",
        color="Vinho",
        gender="Feminino",
    ),
    # photo: model in light blue high-waisted wide-leg jeans, black tank top tucked in, white sneakers, white studio.
    # adapter: none
    case(
        "X263-007",
        caption("a woman in a black top and blue jeans"),
        D.garment_type("pants"),
        D.color("black", "other_garment_color"),
        D.wearing("a black top and jeans"),
        D.details("the jeans are blue", "restated"),
        D.material("denim"),
        title="Calça Jeans Wide Leg Cintura Alta",
        category="Calças",
        color="Azul Claro",
        gender="Feminino",
    ),
    # photo: flat-lay of a lilac ribbed knit cropped sweater with long sleeves and a round neck, on white.
    # caption, details: adapter
    case(
        "X263-008",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The lady wears a long-sleeve sweater with pure color patterns. The sweater is",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("sweater"),
        D.color("purple"),
        D.sleeve_length("long sleeves"),
        D.material("knit"),
        D.details(
            "The sweater is with knitting fabric and pure color patterns. It has a round neckline. The sweater is "
            "with knitting fabric and",
            "loop",
            hit_limit=True,
        ),
        title="Blusa Cropped Tricô Canelado Lilás",
        category="Blusas",
        color="Lilás",
        gender="Feminino",
    ),
    # photo: girl (about 6) in a yellow party dress, sequinned bodice and layered tulle skirt, holding a small
    # bouquet, pastel pink paper backdrop.
    # adapter: none
    case(
        "X263-009",
        caption("a little girl in a yellow dress holding flowers"),
        D.wearing("he is wearing a yellow dress", "pronoun"),
        D.color("yellow"),
        D.details("sequins on the top"),
        D.material("a yellow dress", "restated"),
        D.description("a yellow dress with a pink bow", "unsupported"),
        title="Vestido Infantil Festa Daminha Amarelo",
        category="Infantil > Vestidos",
        color="Amarelo",
        gender="Menina",
    ),
    # photo: model walking on a city sidewalk in a mid-blue denim mini skirt with a button front, white tee tucked
    # in, brown sandals.
    # adapter: none
    case(
        "X263-010",
        caption("a woman in a white shirt and denim skirt walking down the street"),
        D.garment_type("shorts", "contradiction"),
        D.color("white", "other_garment_color"),
        D.details("buttons on the front"),
        D.description(
            "it is a denim skirt with buttons Question: what is the color of the skirt? Answer: blue",
            "leak",
        ),
        D.material("denim"),
        title="Saia Jeans Curta Botões Frontais",
        category="Saias",
        color="Azul Jeans",
        gender="Feminino",
    ),
    # photo: model in a beige tailored set, single-breasted blazer and matching wide trousers, white top underneath,
    # nude heels, light grey studio.
    # caption: adapter
    case(
        "X263-011",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a beige suit"),
        color_pants("white", "other_garment_color"),
        D.color("beige"),
        D.material("linen", "unsupported"),
        D.details("the details of the suit", "non_answer"),
        title="Conjunto Blazer e Calça Alfaiataria Bege",
        category="Conjuntos",
        color="Bege",
        gender="Feminino",
    ),
    # photo: model on a beach in a short romper with a green tropical-leaf print on white, spaghetti straps,
    # straw bag on her shoulder; front view.
    # adapter: none
    case(
        "X263-012",
        caption("a woman in a green and white romper on the beach"),
        D.garment_type("dress", "contradiction"),
        D.pattern("floral"),
        D.color("green"),
        D.sleeve_length("sleeveless"),
        D.wearing("a bikini", "contradiction"),
        title="Macaquinho Alcinha Estampa Folhagem",
        category="Macaquinhos",
        color="Estampado",
        gender="Feminino",
    ),
    # photo: flat-lay of caramel linen wide-leg trousers with an elastic drawstring waist, on white.
    # adapter: none
    case(
        "X263-013",
        caption("a pair of brown pants on a white background"),
        D.color("brown"),
        D.material("linen"),
        D.details("a drawstring and pockets", "unsupported"),
        D.description("the pants are", "cut"),
        title="Calça Pantalona Linho Caramelo",
        category="Calças",
        color="Caramelo",
    ),
    # photo: model outdoors in a red maxi dress with an orange-and-red floral print, v-neck, short flutter sleeves,
    # straw hat, bangles, sandals; front view.
    # caption, material: adapter
    case(
        "X263-014",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a hat. There is an accessory on her wrist. The lady wears a short",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red dress and a straw hat"),
        D.color("orange", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("short sleeves"),
        D.material(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline",
            "restated",
            hit_limit=True,
        ),
        title="Vestido Longo Decote V Estampado",
        category="Vestidos",
        color="Vermelho",
        gender="Feminino",
    ),
    # photo: model seated at a desk in a white long-sleeve cotton poplin button-up shirt with a pointed collar, navy
    # trousers; office backdrop with shelves. No tie, no jewellery.
    # adapter: none
    case(
        "X263-015",
        caption("a woman in a white shirt and blue pants sitting at a desk"),
        D.garment_type("shirt"),
        D.color("white"),
        D.description("a white shirt with a collar"),
        D.details("the shirt has buttons and a pocket on the chest", "unsupported"),
        D.material("cotton"),
        D.wearing("a white shirt and a blue tie", "unsupported"),
        title="Camisa Feminina Tricoline Manga Longa Branca",
        category="Blusas > Camisas",
        color="Branco",
        gender="Feminino",
    ),
    # photo: boy (about 7) in a navy tee with a green dinosaur print and khaki bermuda shorts, white studio.
    # adapter: none
    case(
        "X263-016",
        caption("a young boy in a blue shirt and khaki shorts"),
        color_top("black", "contradiction"),
        color_shorts("beige"),
        print_("a dinosaur"),
        D.wearing("she is wearing a blue shirt and shorts", "pronoun"),
        D.material("denim", "unsupported"),
        title="Conjunto Infantil Menino Camiseta Dinossauro e Bermuda",
        category="Infantil > Conjuntos",
        color="Azul Marinho/Cáqui",
        gender="Menino",
    ),
    # photo: girl (about 4) in mid-blue denim short overalls over a red-and-white striped tee, red sneakers, white
    # studio.
    # caption: adapter
    case(
        "X263-017",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns and a shorts. The T-shirt is with cotton "
            "fabric and its neckline is round. The shorts are with denim fabric and solid color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("overalls and a striped shirt"),
        D.color("red", "other_garment_color"),
        D.pattern("striped", "contradiction"),
        D.material("denim"),
        title="Jardineira Infantil Jeans Short",
        category="Infantil > Jardineiras",
        color="Azul",
        gender="Menina",
    ),
    # photo: model in a red-and-black plaid shirt dress, long sleeves rolled to the elbow, black belt, in front of a
    # red brick wall.
    # adapter: none
    case(
        "X263-018",
        caption("a woman in a red plaid shirt dress standing in front of a brick wall"),
        D.pattern("plaid"),
        D.color("black", "contradiction"),
        D.garment_type("shirt", "contradiction"),
        D.details("a belt and buttons"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Vestido Chemise Xadrez Manga Longa",
        category="Vestidos",
        color="Vermelho",
        gender="Feminino",
    ),
    # photo: flat-lay of a white broderie-anglaise (laise) midi skirt with a ruffled hem, on a light wood floor.
    # caption: adapter
    case(
        "X263-019",
        caption(
            "The lady wears a long skirt with pure color patterns. The skirt is with cotton fabric. The lady wears a "
            "long skirt with pure color patterns. The skirt is with cotton fabric. The lady wears",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("skirt"),
        D.color("white"),
        D.details("lace and ruffles"),
        D.material("lace"),
        D.description("a white skirt with a black belt", "unsupported"),
        title="Saia Midi Laise Branca com Babado",
        category="Saias",
        color="Branco",
        gender="Feminino",
    ),
    # photo: model in a black-and-white horizontally striped ribbed tank top tucked into white trousers, white wall.
    # adapter: none
    case(
        "X263-020",
        caption("a woman in a striped tank top and white pants"),
        D.pattern("striped"),
        D.color("black"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.wearing("a black shirt and black pants", "contradiction"),
        D.description("a striped tank top"),
        D.material("the tank top is made of", "cut"),
        title="Regata Listrada Preta e Branca Canelada",
        category="Blusas",
        color="Preto",
        gender="Feminino",
    ),
    # photo: model in a green satin set, cropped top with short puff sleeves and a matching midi skirt with a side
    # slit, in front of a pink wall.
    # adapter: none
    case(
        "X263-021",
        caption("a woman in a green top and skirt standing in front of a pink wall"),
        color_top("green"),
        color_skirt("pink", "contradiction"),
        D.wearing("a green dress", "contradiction"),
        D.material("satin"),
        D.description("the top and skirt are green", "restated"),
        D.details("puff sleeves and a slit"),
        title="Conjunto Cropped e Saia Midi Cetim Verde",
        category="Conjuntos",
        color="Verde",
        gender="Feminino",
    ),
    # photo: model in a black long-sleeve lace bodysuit with a round neck, tucked into dark blue jeans, studio.
    # caption, description: adapter
    case(
        "X263-022",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with lace "
            "fabric. The pants are with denim fabric and solid color patterns. The lady wears a long-sleeve",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("top"),
        D.color("black"),
        D.sleeve_length("long sleeves"),
        D.material("lace"),
        D.description(
            "The shirt is with lace fabric and pure color patterns. It has a round neckline. The pants are with "
            "denim fabric and solid color",
            "cut",
            hit_limit=True,
        ),
        title="Body Renda Manga Longa Preto",
        category="Blusas > Bodies",
        color="Preto",
        gender="Feminino",
    ),
    # photo: girl (about 4) in a sleeveless mid-blue denim dress with small embroidered flowers on the chest, white
    # sneakers, standing on grass in a park.
    # adapter: none
    case(
        "X263-023",
        caption("a little girl in a denim dress standing in the grass"),
        D.color("blue"),
        D.details("embroidered flowers"),
        D.wearing(
            "she is wearing a blue dress and white shoes Question: what is the color of the dress? Answer: blue",
            "leak",
        ),
        D.material("denim"),
        D.description("a denim jacket", "contradiction"),
        title="Vestido Infantil Jeans Bordado Flores",
        category="Infantil > Vestidos",
        color="Azul",
        gender="Menina",
    ),
    # photo: flat-lay of pink kids' leggings with a small red heart print, on white.
    # adapter: none
    case(
        "X263-024",
        caption("pink leggings with hearts on them"),
        D.garment_type("leggings"),
        D.color("red", "contradiction"),
        D.pattern("polka dot", "contradiction"),
        D.material("cotton"),
        title="Legging Infantil Estampa Coração Rosa",
        category="Infantil > Calças",
        color="Rosa",
        gender="Menina",
    ),
    # photo: model on an outdoor stone staircase in a red strapless midi dress with a smocked (lastex) bodice;
    # bare shoulders, no straps.
    # caption, details: adapter
    case(
        "X263-025",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "suspenders neckline. The lady wears a sleeveless dress with pure color patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red dress with straps", "unsupported"),
        D.sleeve_length("sleeveless"),
        D.color("red"),
        D.details(
            "The dress is with cotton fabric and pure color patterns. It has a suspenders neckline. The dress is "
            "with cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        D.material("", "non_answer"),
        title="Vestido Tomara que Caia Lastex Vermelho",
        category="Vestidos",
        color="Vermelho",
        gender="Feminino",
    ),
    # photo: model in a navy short-sleeve blouse with small white polka dots and a tie-neck bow, white trousers,
    # studio.
    # adapter: none
    case(
        "X263-026",
        caption("a woman in a blue polka dot blouse and white pants"),
        D.pattern("polka dot"),
        D.color("black", "contradiction"),
        D.details("a bow at the neck"),
        D.sleeve_length("short sleeves"),
        D.description(
            "it is a blue blouse with white polka dots and a bow Question: what are the details of the garment? "
            "Answer: a bow",
            "leak",
        ),
        D.material("chiffon", "unsupported"),
        title="Blusa Poá Laço Gola Azul Marinho",
        category="Blusas",
        color="Azul Marinho",
        gender="Feminino",
    ),
    # photo: model in a black faux-leather midi skirt with a cream knit sweater tucked in, black ankle boots, autumn
    # street. The skirt has no slit.
    # adapter: none
    case(
        "X263-027",
        caption("a woman in a white sweater and black leather skirt"),
        D.color("white", "other_garment_color"),
        D.material("leather"),
        D.garment_type("skirt"),
        D.wearing("a white sweater and a white skirt", "other_garment_color"),
        D.details("it has a slit on the side", "unsupported"),
        title="Saia Midi Couro Ecológico Preta",
        category="Saias",
        color="Preto",
        gender="Feminino",
    ),
    # photo: baby girl lying on a white blanket in a pink ribbed long-sleeve footed romper with snaps.
    # adapter: none
    case(
        "X263-028",
        caption("a baby in a pink onesie laying on a bed"),
        D.garment_type("jumpsuit"),
        D.color("pink"),
        D.wearing("pajamas"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("it is made of", "cut"),
        title="Macacão Bebê Canelado Manga Longa Rosa",
        category="Infantil > Bebê > Macacões",
        color="Rosa",
        gender="Menina",
    ),
    # photo: model in a café in a brown ribbed knit midi dress, long sleeves, round neck, holding a coffee cup,
    # thin watch on her wrist.
    # caption, details: adapter
    case(
        "X263-029",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric. It has a "
            "round neckline. The lady is holding a cup. There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a brown sweater dress"),
        D.color("black", "contradiction"),
        D.description("a brown dress with long sleeves"),
        D.details(
            "The dress is with knitting fabric and pure color patterns. It has a round neckline. The lady is holding "
            "a cup. The",
            "cut",
            hit_limit=True,
        ),
        D.material("wool", "unsupported"),
        title="Vestido Midi Canelado Manga Longa Marrom",
        category="Vestidos",
        color="Marrom",
        gender="Feminino",
    ),
    # photo: boy (about 9) in a heather-grey hooded sweatshirt with a "GAME ON" and game-controller print, black
    # joggers, white studio.
    # adapter: none
    case(
        "X263-030",
        caption("a boy in a grey hoodie and black pants"),
        D.garment_type("sweatshirt"),
        D.color("black", "other_garment_color"),
        D.pattern("graphic"),
        D.wearing("a grey hoodie and grey pants", "contradiction"),
        print_("a skateboard", "unsupported"),
        D.material("cotton"),
        title="Blusão Moletom Infantil Menino Capuz Cinza Mescla",
        category="Infantil > Blusas",
        color="Cinza Mescla",
        gender="Menino",
    ),
    # photo: model in olive green paper-bag trousers with a matching tie belt, white sleeveless crop top, studio.
    # caption, description: adapter
    case(
        "X263-031",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.color("green"),
        D.details("a belt"),
        D.garment_type("pants"),
        D.wearing("a white crop top and green pants"),
        D.description(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric and its",
            "cut",
            hit_limit=True,
        ),
        D.material("a pair of green pants", "restated"),
        title="Calça Clochard com Cinto Verde Militar",
        category="Calças",
        color="Verde Militar",
        gender="Feminino",
    ),
    # photo: flat-lay of a girl's sleeveless white cotton dress with a yellow lemon print and a ruffled hem, on a
    # white background.
    # adapter: none
    case(
        "X263-032",
        caption("a white dress with lemons on it"),
        D.color("yellow", "contradiction"),
        print_("lemons"),
        D.sleeve_length("sleeveless"),
        D.details("ruffles at the bottom"),
        D.wearing("a white dress"),
        D.material("linen", "unsupported"),
        title="Vestido Infantil Menina Estampa Limões",
        category="Infantil > Vestidos",
        color="Branco",
        gender="Menina",
    ),
    # photo: model sitting on a stool in a lilac sweatshirt and jogger set, white sneakers, white studio.
    # caption, material: adapter
    case(
        "X263-033",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. The "
            "lady",
            "cut",
            hit_limit=True,
        ),
        color_top("purple"),
        color_pants("white", "other_garment_color"),
        D.wearing("a purple sweatsuit"),
        D.material(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric and",
            "restated",
            hit_limit=True,
        ),
        D.details("the sweatshirt is purple", "restated"),
        title="Conjunto Moletom Blusão e Calça Jogger Lilás",
        category="Conjuntos",
        color="Lilás",
        gender="Feminino",
    ),
    # photo: model in a long tiered (três marias) skirt with a blue paisley print on white, white tee tucked in,
    # standing in front of a yellow wall. No jewellery.
    # adapter: none
    case(
        "X263-034",
        caption("a woman in a white shirt and blue skirt standing in front of a yellow wall"),
        D.color("yellow", "contradiction"),
        D.garment_type("skirt"),
        D.pattern("floral"),
        D.details("the details of the skirt", "non_answer"),
        D.wearing("a white shirt and a blue skirt and a necklace", "unsupported"),
        title="Saia Longa Três Marias Estampada",
        category="Saias",
        color="Azul",
        gender="Feminino",
    ),
    # photo: model in a terracotta blouse with short puff sleeves and a square neckline, tucked into mid-blue jeans,
    # white studio.
    # details: adapter
    case(
        "X263-035",
        caption("a woman in an orange top and jeans"),
        D.color("orange"),
        D.sleeve_length("short sleeves"),
        neckline("square"),
        D.description("a blouse with puffy sleeves"),
        D.garment_type("blouse"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. Its neckline is square. The shirt is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        title="Blusa Manga Bufante Decote Quadrado Terracota",
        category="Blusas",
        color="Terracota",
        gender="Feminino",
    ),
    # photo: model in a mid-blue denim utility jumpsuit with short sleeves, chest pockets and a tie belt, white
    # sneakers, grey concrete wall.
    # caption: adapter
    case(
        "X263-036",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with denim "
            "fabric and its neckline is lapel. The pants are with denim fabric and solid color patterns.",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a denim jumpsuit"),
        is_a("jumpsuit", "no", "contradiction"),
        D.color("blue"),
        D.material("denim"),
        D.details("pockets and a belt"),
        title="Macacão Jeans Utilitário Manga Curta",
        category="Macacões",
        color="Azul",
        gender="Feminino",
    ),
    # photo: girl (about 3) in a lilac tulle party dress with butterfly appliqués, in front of a pink backdrop with
    # pink and white balloons.
    # adapter: none
    case(
        "X263-037",
        caption("a little girl in a purple dress with butterflies and balloons"),
        D.color("pink", "contradiction"),
        D.details("butterflies"),
        D.wearing("a purple tutu"),
        D.material("tulle"),
        D.description(
            "a purple dress with butterflies Question: what is she wearing? Answer: a purple dress",
            "leak",
        ),
        title="Vestido Infantil Tule Borboletas Lilás",
        category="Infantil > Vestidos",
        color="Lilás",
        gender="Menina",
    ),
    # photo: model walking on a street in black jersey flare pants, a camel coat open over a white blouse,
    # black heels.
    # adapter: none
    case(
        "X263-038",
        caption("a woman in a brown coat and black pants walking on the street"),
        D.color("brown", "other_garment_color"),
        D.garment_type("pants"),
        D.wearing("a brown coat and brown pants", "other_garment_color"),
        D.description("a pair of black pants that are flared at the bottom"),
        D.material("the pants are made of leather", "unsupported"),
        title="Calça Flare Malha Preta",
        category="Calças",
        color="Preto",
        gender="Feminino",
    ),
    # photo: boy (about 8) in a blue-and-green plaid short-sleeve button shirt worn open over a white tee, jeans,
    # white studio.
    # caption, details: adapter
    case(
        "X263-039",
        caption(
            "The gentleman wears a short-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with denim fabric and solid color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a plaid shirt and jeans", "pronoun"),
        D.pattern("plaid"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("short sleeves"),
        D.material("cotton"),
        D.details(
            "The shirt is with cotton fabric and lattice patterns. Its neckline is lapel. The shirt is with cotton "
            "fabric and lattice patterns",
            "loop",
            hit_limit=True,
        ),
        title="Camisa Infantil Menino Xadrez Manga Curta",
        category="Infantil > Camisas",
        color="Azul",
        gender="Menino",
    ),
    # photo: model in an emerald green satin wrap midi dress with long sleeves and a tie at the waist, in front of a
    # green living-plant wall.
    # adapter: none
    case(
        "X263-040",
        caption("a woman in a green satin dress standing in front of a green wall"),
        D.color("green"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.details("a wrap front and a tie at the waist"),
        D.material("silk", "unsupported"),
        D.garment_type("dress"),
        title="Vestido Midi Transpassado Cetim Verde Esmeralda",
        category="Vestidos",
        color="Verde",
        gender="Feminino",
    ),
    # photo: model at a beach bar in a white one-shoulder cropped top, high-waisted black shorts.
    # caption, description, material: adapter
    case(
        "X263-041",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a shorts. The tank top is with cotton "
            "fabric and its neckline is suspenders. The shorts are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.color("black", "other_garment_color"),
        D.wearing("a white crop top and black shorts"),
        D.details("one shoulder"),
        D.description(
            "The tank top is with cotton fabric and its neckline is suspenders. The shorts are with cotton fabric and "
            "pure",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a sleeveless tank top with pure color patterns and a shorts. The tank top is with cotton "
            "fabric and its",
            "restated",
            hit_limit=True,
        ),
        title="Cropped Ombro Só Branco",
        category="Blusas > Cropped",
        color="Branco",
        gender="Feminino",
    ),
    # photo: flat-lay of a girl's set: coral short-sleeve tee with a white "LOVE" print and light denim shorts,
    # on white.
    # adapter: none
    case(
        "X263-042",
        caption("a pink shirt and denim shorts"),
        color_top("orange"),
        color_shorts("pink", "other_garment_color"),
        print_("the word love and a heart", "unsupported"),
        D.wearing("a t-shirt and shorts"),
        D.material("denim and cotton"),
        title="Conjunto Infantil Menina Blusa Love e Short Jeans",
        category="Infantil > Conjuntos",
        color="Coral",
        gender="Menina",
    ),
    # photo: model on a sunny balcony in a black-and-white gingham mini dress with spaghetti straps and a ruffled
    # hem; no belt.
    # details: adapter
    case(
        "X263-043",
        caption("a woman in a black and white checkered dress on a balcony"),
        D.pattern("plaid"),
        D.color("black"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.description("a black and white dress with a ruffle hem and a red belt", "unsupported"),
        D.details(
            "The dress is with cotton fabric and lattice patterns. It has a suspenders neckline. The dress is with "
            "cotton fabric and lattice",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Vestido Curto Xadrez Vichy Alcinha Babado",
        category="Vestidos",
        color="Preto e Branco",
        gender="Feminino",
    ),
    # photo: model in khaki cargo pants with side pockets, black tee, black cap, graffiti wall behind. The row has
    # no color.
    # adapter: none
    case(
        "X263-044",
        caption("a man in a black shirt and khaki pants", "pronoun"),
        D.garment_type("pants"),
        D.color("beige"),
        D.details("pockets on the sides"),
        D.wearing("a black t-shirt, khaki pants and a black hat"),
        D.material("the material of the garment", "non_answer"),
        title="Calça Cargo Bolsos Cáqui",
        category="Calças",
        gender="Feminino",
    ),
    # photo: baby boy (about 1) in a green short-sleeve short romper with a white collar and front buttons, white
    # studio.
    # caption: adapter
    case(
        "X263-045",
        caption(
            "The lady wears a short-sleeve romper with pure color patterns. The romper is with cotton fabric. It has "
            "a lapel neckline. The lady wears a short-sleeve romper with pure color patterns. The romper is",
            "pronoun",
            hit_limit=True,
        ),
        D.color("green"),
        D.garment_type("romper"),
        D.sleeve_length("short sleeves"),
        D.wearing("a green shirt and shorts", "contradiction"),
        D.details("a bow tie and buttons", "unsupported"),
        title="Macacão Curto Bebê Menino Gola Verde",
        category="Infantil > Bebê",
        color="Verde",
        gender="Menino",
    ),
    # photo: model in a champagne satin cami with spaghetti straps tucked into a black midi skirt, a grey blazer
    # draped over her shoulders, studio.
    # adapter: none
    case(
        "X263-046",
        caption("a woman in a gold satin top and black skirt"),
        D.color("beige"),
        D.garment_type("top"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.wearing("a grey blazer, a gold top and a black skirt"),
        D.description("a gold top with lace trim", "unsupported"),
        D.material("satin"),
        D.details("spaghetti straps"),
        title="Blusa Alcinha Cetim Champagne",
        category="Blusas",
        color="Champagne",
        gender="Feminino",
    ),
]
