"""BLIND_431 (46 products; women's gym and yoga wear from a Brazilian activewear brand): written blind in the forty-
seventh session. Measured blind at 0917e5c (the session's rules as they stood): 94/118 failures found (79.7%) and
8/147 correct texts flagged (5.4%). The writer's notes, verbatim:

Scenario: the product feed of a Brazilian activewear brand (moda fitness) for women: sports bras ("top" in Brazilian
Portuguese: top nadador, top alça fina, top cruzado), leggings (suplex, poliamida, canelada, estampada), tank tops
(regatas), crop tops, track jackets and windbreakers (jaqueta corta vento, helanca), joggers, flare pants, cycling
shorts (short/bermuda ciclista), skorts, unitards (macaquinho, macacão) and matching sets (conjuntos). The feed is in
pt-BR: titles like "Top Nadador Suplex Preto", categories like "Tops", "Leggings", "Conjuntos", colors like "Preto",
"Verde Militar", "Vinho", "Rosa Antigo", "Terracota", "Off White", "Mescla", "Onça", and gender "Feminino". A few
rows miss the gender or the color, as real feeds do. Photos are model shots (studio walls in white, beige, pink and
orange; a gym with dumbbells and mirrors; a beach boardwalk; a graffiti wall; plants) and one flat lay. Almost every
model shot is a layered outfit: the product is worn with a sports bra, leggings, a tee or shorts of another color.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a woman in a
black sports bra and black leggings") or from the caption-only LoRA adapter (the DeepFashion template: "The lady
wears a tank tank top with pure color patterns. The tank top is with cotton fabric ..."). The adapter has no
end-of-answer token, so each adapter text runs to its limit (50 new tokens for captions, 30 for answers) and carries
hit_limit=True; asked a question it returns its template. The comment before each case names the texts the adapter
wrote; every other open answer (wearing, description, details, material, waistband, back, activity) is the base
model, which stops on its own (never hit_limit). Closed answers (garment_type, color, pattern, sleeve_length, the
per-piece color questions, "Is this a ...?") are enrich's `--engine reference` choices from candidate sets: never a
loop or a cut, but sometimes the wrong candidate.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's pt-BR color: green for Verde Militar (olive) and for Verde Água (aqua),
  blue for Verde Água too, red for Vinho, purple for Lilás, white for Off White, grey for Mescla and Cinza Chumbo,
  pink for Rosa Antigo and Rosa Bebê, brown or orange for Terracota, brown for Onça (leopard) and for Café, blue for
  Marinho and Azul Royal. Navy given as black by the reference engine is contradiction; so are Vinho as pink (the
  pink wall's color), Mostarda as orange (the orange wall behind), neon green as yellow, and a prop's color (red
  dumbbells) given as the shorts' color.
- The color of another piece of the outfit (the sports bra under a jacket, the tee over leggings, the leggings
  under a tank) given for the product is other_garment_color. A print's or trim's color given as the garment's color
  (white stripes of a red jacket, white lettering of a black tee, the white middle band of a lilac and navy
  color-block windbreaker) is contradiction.
- Garment synonyms are correct: bodysuit for a unitard, pants or sweatpants for joggers, skirt for a skort, shirt for
  a loose tank or a tee, sweater for a sweatshirt, hoodie for a zip hooded jacket, bra for a sports bra, pants for
  leggings. A sports bra called a bikini or a tank top is contradiction (the "Top" of a Brazilian title is a sports
  bra; a longline tank that only shows a bra through the armholes is a tank top). A one-piece unitard or jumpsuit
  answered as two garments ("a blue top and blue shorts") is contradiction. The reference engine's wrong garment
  candidates are contradiction too: pants for cycling shorts, jeans for nylon joggers, dress for a unitard, bikini
  for a sports bra.
- One color given to two garments that differ ("a pink tank top and pink shorts" when the shorts are black, "a
  black tank top and black leggings" for a white tank) is contradiction, whichever garment is the product.
- Materials: one the title names or implies is correct (nylon or spandex for Suplex and Poliamida, polyester for Dry
  Fit and Helanca, mesh for Tule, ribbed for Canelado, cotton for Moletom and Algodão, nylon for Corta Vento). Cotton
  for a Suplex, Poliamida, Nylon or Dry Fit garment is unsupported (the title says otherwise), and so is silk for a
  Poliamida sports bra. Cotton for plain leggings whose title names no fabric is a plausible guess: correct.
- Invented details are unsupported: a logo, a zipper, stripes or a band the photo does not show, a slit on flare
  pants, a cross-strap back on a front-view photo, flowers on a leaf print; and so are props and accessories the
  photo does not have (a water bottle, a yoga mat, headphones, a tennis racket, a gold necklace). Details the photo
  shows (reflective logo, mesh panels, a phone in the side pocket, the grey liner of 2-in-1 shorts, a drawstring
  hem) are correct.
- Adapter texts: a text that repeats a sentence (or a clause) of the template is loop; one that stops mid-sentence
  without repeating is cut, even where it says cotton for a Suplex piece before the cut (one kind per text: the cut
  is what the auditor sees first). The template returned for the material question is restated even though it is
  also cut. The template answering "What is the person wearing?" or the details question does answer it, so those
  are loop or cut.
- Base answers: an early stop ("it is made of", "the shirt is made of") is cut, without hit_limit; "", "the details
  of the skirt", "the shorts are short", "it is made of fabric" and "the shorts are made of the shorts" are
  non_answer; the material question answered with the garment's name or color, or with the question itself, is
  restated. An answer that runs on into "Question: ... Answer: ..." is leak, even where its first words are right.
  "he" for a woman is pronoun.
- A set (conjunto) named piece by piece in its own colors is correct; garment_type "jacket" for a set worn under an
  open jacket is contradiction (the seller's product is the top and leggings).
- The flat lay's wearing answer "a pair of black leggings" is correct (it names what is in the photo).
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, question

waistband = question("waistband", "What is the waistband like?", "open")
back = question("back", "What does the back of the top look like?", "open")
activity = question("activity", "What activity is the outfit for?", "open")

BLIND_431 = [
    # photo: front view, model in a black racerback sports bra and black high-waist leggings, white studio backdrop.
    # adapter: none
    case(
        "X431-001",
        caption("a woman in a black sports bra and black leggings posing for a photo"),
        D.wearing("a black sports bra and black leggings"),
        D.garment_type("tank top", "contradiction"),
        D.color("black"),
        D.material("cotton", "unsupported"),
        D.details("the straps cross in the back", "unsupported"),
        title="Top Nadador Suplex Preto",
        category="Tops",
        color="Preto",
        gender="Feminino",
    ),
    # photo: side view, olive green high-waist leggings worn with a white cropped tee and white sneakers, beige wall.
    # adapter: none
    case(
        "X431-002",
        caption("a woman in green leggings and a white shirt"),
        D.wearing("a white shirt and green leggings"),
        D.color("green"),
        color_of("leggings", "white", "other_garment_color"),
        D.material("cotton", "unsupported"),
        is_a("pair of leggings", "yes"),
        title="Legging Cintura Alta Suplex Verde Militar",
        category="Leggings",
        color="Verde Militar",
        gender="Feminino",
    ),
    # photo: loose pink dry-fit tank top, plain (no print or logo), worn with black cycling shorts; gym with a
    # dumbbell rack behind. adapter: caption, material
    case(
        "X431-003",
        caption(
            "The lady wears a tank tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "round neckline. The lady wears a short shorts. The shorts are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink tank top and pink shorts", "contradiction"),
        D.color("pink"),
        D.sleeve_length("sleeveless"),
        D.material(
            "The lady wears a tank tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "round neckline. The",
            "restated",
            hit_limit=True,
        ),
        D.description("a pink tank top with a black logo on the front", "unsupported"),
        title="Regata Dry Fit Rosa",
        category="Regatas",
        color="Rosa",
        gender="Feminino",
    ),
    # photo: navy windbreaker track jacket, white zipper and a white stripe down each sleeve, worn open over a white
    # sports bra with navy leggings; outdoors in a park. adapter: material
    case(
        "X431-004",
        caption("a woman in a blue jacket standing in a park"),
        D.wearing("a blue jacket and a white top"),
        D.color("white", "other_garment_color"),
        color_of("jacket", "blue"),
        D.details("a zipper on the front and white stripes on the sleeves"),
        D.material(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "stand neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Jaqueta Corta Vento Marinho",
        category="Jaquetas",
        color="Azul Marinho",
        gender="Feminino",
    ),
    # photo: cropped from the waist to the knees, black cycling shorts, hem of a grey tee at the top; white backdrop.
    # adapter: none
    case(
        "X431-005",
        caption("a woman in black shorts"),
        D.wearing("black shorts"),
        D.garment_type("pants", "contradiction"),
        D.color("black"),
        D.details("the shorts are short", "non_answer"),
        D.material("it is made of", "cut"),
        title="Short Ciclista Suplex Preto",
        category="Shorts",
        color="Preto",
        gender="Feminino",
    ),
    # photo: matching lavender set, sports bra and leggings, model standing on a yoga mat in a studio with plants.
    # adapter: caption
    case(
        "X431-006",
        caption(
            "The lady wears a tank tank top with pure color patterns. The tank top is with cotton fabric. The lady "
            "wears a long leggings. The leggings are with cotton fabric and pure color patterns. The lady wears a "
            "tank tank top with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "a purple sports bra and purple leggings with a bottle of water",
            "unsupported",
        ),
        D.color("purple"),
        color_of("sports bra", "purple"),
        color_of("leggings", "purple"),
        activity("yoga"),
        title="Conjunto Fitness Top e Legging Lilás",
        category="Conjuntos",
        color="Lilás",
        gender="Feminino",
    ),
    # photo: front view, pink, blue and white tie-dye leggings worn with a white sports bra; white studio backdrop.
    # adapter: none
    case(
        "X431-007",
        caption(
            "a woman in a tie dye leggings and a white sports bra holding a yoga mat",
            "unsupported",
        ),
        D.wearing("tie dye leggings"),
        D.pattern("floral", "contradiction"),
        D.color("pink"),
        color_of("leggings", "pink"),
        D.description("a pair of tie dye leggings with a pocket on the side", "unsupported"),
        title="Legging Estampada Tie Dye Rosa",
        category="Leggings",
        color="Tie Dye Rosa",
        gender="Feminino",
    ),
    # photo: heather grey fleece joggers with drawstring waist and ankle cuffs, worn with a black cropped hoodie and
    # white sneakers; grey concrete wall. adapter: none
    case(
        "X431-008",
        caption("a woman in a black hoodie and grey sweatpants"),
        D.wearing("a black hoodie and grey pants"),
        D.color("black", "other_garment_color"),
        color_of("pants", "grey"),
        D.material("cotton"),
        D.details(
            "the pants have a drawstring waist, cuffs at the ankles and a zipper pocket",
            "unsupported",
        ),
        title="Calça Jogger Moletom Mescla",
        category="Calças",
        color="Mescla",
        gender="Feminino",
    ),
    # photo: off-white ribbed long-sleeve crop top worn with brown leggings; beige backdrop. adapter: caption
    case(
        "X431-009",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. Her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white crop top and brown leggings"),
        D.color("white"),
        D.sleeve_length("short sleeves", "contradiction"),
        color_of("top", "brown", "other_garment_color"),
        D.material("ribbed cotton"),
        title="Cropped Manga Longa Canelado Off White",
        category="Tops",
        color="Off White",
        gender="Feminino",
    ),
    # photo: front view, royal blue sleeveless one-piece unitard with bike-short legs; white studio backdrop.
    # adapter: none
    case(
        "X431-010",
        caption("a woman in a blue bodysuit"),
        D.wearing("a blue top and blue shorts", "contradiction"),
        D.garment_type("dress", "contradiction"),
        D.color("blue"),
        D.details("the back is open with a cross strap", "unsupported"),
        title="Macaquinho Fitness Azul Royal",
        category="Macaquinhos",
        color="Azul Royal",
    ),
    # photo: racerback tank with a green tropical-leaf print on white, worn with black leggings; outdoors by palm
    # trees. adapter: none
    case(
        "X431-011",
        caption("a woman wearing a tropical print tank top and black leggings standing next to palm trees"),
        D.wearing("he is wearing a tank top and black leggings", "pronoun"),
        D.pattern("floral"),
        D.color("black", "other_garment_color"),
        color_of("top", "green"),
        D.description("a white tank top with green leaves and pink flowers", "unsupported"),
        title="Regata Nadador Estampa Folhagem",
        category="Regatas",
        color="Branco/Verde",
        gender="Feminino",
    ),
    # photo: black leggings with sheer mesh panels at the calves, worn with a black sports bra; gym, mirror behind.
    # adapter: material
    case(
        "X431-012",
        caption("a woman in black leggings with mesh panels"),
        D.wearing("black leggings and a black sports bra"),
        D.details(
            "the leggings have mesh panels on the calves Question: What is the material of the leggings? Answer: mesh",
            "leak",
        ),
        D.material(
            "The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. The lady "
            "wears a tank",
            "restated",
            hit_limit=True,
        ),
        D.color("black"),
        title="Legging Preta com Recorte em Tule",
        category="Leggings",
        color="Preto",
        gender="Feminino",
    ),
    # photo: burgundy thin-strap sports bra worn with grey joggers, in front of a pink wall. adapter: none
    case(
        "X431-013",
        caption("a woman in a red sports bra and grey pants in front of a pink wall"),
        D.wearing("a pink sports bra and grey pants", "contradiction"),
        D.color("red"),
        color_of("sports bra", "red"),
        D.material("silk", "unsupported"),
        title="Top Alça Fina Poliamida Vinho",
        category="Tops",
        color="Vinho",
        gender="Feminino",
    ),
    # photo: black zip-up dry-fit track jacket, zipped, thumb holes, worn with black leggings; white backdrop.
    # adapter: caption, wearing, details, material
    case(
        "X431-014",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "stand neckline. The jacket is with cotton fabric. It has a stand neckline. The jacket is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "stand neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.color("black"),
        D.sleeve_length("long sleeves"),
        D.details(
            "The jacket is with cotton fabric and pure color patterns. It has a stand neckline. The jacket is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "stand",
            "restated",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        title="Jaqueta Zíper Dry Fit Preta",
        category="Jaquetas",
        color="Preto",
        gender="Feminino",
    ),
    # photo: hot pink skort (shorts under a pleated-look skirt panel) worn with a white tank; white backdrop.
    # adapter: none
    case(
        "X431-015",
        caption("a woman in a pink skirt and white tank top"),
        D.wearing("a white tank top and a pink tennis skirt with a racket", "unsupported"),
        D.garment_type("skirt"),
        D.color("white", "other_garment_color"),
        color_of("skirt", "pink"),
        D.details("the details of the skirt", "non_answer"),
        title="Short Saia Fitness Rosa Chiclete",
        category="Shorts",
        color="Rosa Chiclete",
        gender="Feminino",
    ),
    # photo: navy leggings with a small silver reflective logo on the left thigh, matching navy sports bra; model
    # running on an outdoor track at dusk. adapter: description
    case(
        "X431-016",
        caption("a woman running on a track in blue leggings"),
        D.wearing("blue leggings and a blue top"),
        D.color("black", "contradiction"),
        D.details("a reflective logo on the thigh"),
        D.description(
            "The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. The lady "
            "wears a long leggings.",
            "loop",
            hit_limit=True,
        ),
        D.material("nylon and spandex"),
        title="Legging Poliamida Refletiva Marinho",
        category="Leggings",
        color="Marinho",
        gender="Feminino",
    ),
    # photo: white short-sleeve dry-fit tee with a small black brand logo on the chest, black cycling shorts; model
    # sitting on a gym bench. adapter: none
    case(
        "X431-017",
        caption("a woman in a white shirt sitting on a bench"),
        D.wearing("he is wearing a white shirt and black shorts", "pronoun"),
        D.color("white"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.description("a white t - shirt with a black logo on the chest"),
        D.material("cotton", "unsupported"),
        title="Camiseta Dry Fit Manga Curta Branca",
        category="Camisetas",
        color="Branco",
        gender="Feminino",
    ),
    # photo: back view, aqua cross-back sports bra worn with black leggings; white backdrop. adapter: none
    case(
        "X431-018",
        caption("the back of a woman in a green sports bra"),
        D.wearing("he is wearing a blue sports bra and black leggings", "pronoun"),
        D.color("green"),
        back("the straps cross in the back"),
        color_of("sports bra", "black", "other_garment_color"),
        is_a("tank top", "yes", "contradiction"),
        title="Top Cruzado nas Costas Verde Água",
        category="Tops",
        color="Verde Água",
        gender="Feminino",
    ),
    # photo: black nylon joggers with zipped side pockets, white sports bra, white sneakers; colourful graffiti wall.
    # adapter: caption
    case(
        "X431-019",
        caption(
            "The lady wears a tank tank top with pure color patterns. The tank top is with cotton fabric. The lady "
            "wears a long trousers. The trousers are with cotton fabric and pure color patterns. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white sports bra and black pants"),
        D.garment_type("jeans", "contradiction"),
        D.color("black"),
        D.details("pockets on the side"),
        D.material("cotton", "unsupported"),
        title="Calça Jogger Nylon Preta",
        category="Calças",
        color="Preto",
        gender="Feminino",
    ),
    # photo: leopard-print set, sports bra and leggings, the leggings with a plain black waistband; white backdrop.
    # adapter: none
    case(
        "X431-020",
        caption("a woman in a leopard print sports bra and leggings"),
        D.wearing("he is wearing a leopard print outfit", "pronoun"),
        D.pattern("floral", "contradiction"),
        D.color("brown"),
        D.description("a leopard print sports bra and leggings with a black waistband"),
        title="Conjunto Top e Legging Estampa Onça",
        category="Conjuntos",
        color="Onça",
        gender="Feminino",
    ),
    # photo: loose heather grey longline tank with deep armholes showing a black sports bra underneath, black
    # leggings; gym. adapter: none
    case(
        "X431-021",
        caption("a woman in a grey tank top and black leggings"),
        D.wearing("a gray shirt"),
        D.color("black", "other_garment_color"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("the armholes are deep and show a black sports bra"),
        D.material("the shirt is made of polyester and the bra is made of", "cut"),
        title="Regata Longline Dry Mescla",
        category="Regatas",
        color="Mescla",
        gender="Feminino",
    ),
    # photo: dusty rose leggings with a double-layer high waistband and matching dusty rose top; beach boardwalk in
    # Rio, sea behind. adapter: none
    case(
        "X431-022",
        caption("a woman in pink leggings and a pink top standing on a boardwalk by the beach"),
        D.wearing("he is wearing pink leggings and a pink top", "pronoun"),
        D.color("pink"),
        waistband("the waistband of the leggings", "non_answer"),
        D.material("it is made of leggings", "restated"),
        is_a("pair of leggings", "yes"),
        title="Legging Cós Duplo Rosa Antigo",
        category="Leggings",
        color="Rosa Antigo",
        gender="Feminino",
    ),
    # photo: plain white padded sports bra (no band or trim), light grey cycling shorts; white wall. adapter: none
    case(
        "X431-023",
        caption("a woman in a white sports bra and grey shorts"),
        D.wearing("a white bra and grey shorts"),
        D.garment_type("bikini", "contradiction"),
        D.color("white"),
        color_of("sports bra", "grey", "other_garment_color"),
        D.details("a white sports bra with a black band", "unsupported"),
        title="Top Fitness Bojo Removível Branco",
        category="Tops",
        color="Branco",
        gender="Feminino",
    ),
    # photo: olive green zip-up hooded jacket (hood down) over black leggings; studio with potted plants.
    # adapter: caption, wearing, material
    case(
        "X431-024",
        caption(
            "The person wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton "
            "fabric. The person wears a long leggings. The leggings are with cotton fabric and pure color patterns. "
            "The person wears a long-sleeve sweatshirt with",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The person wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton "
            "fabric. The person wears a long-sleeve sweatshirt with pure color",
            "loop",
            hit_limit=True,
        ),
        D.color("green"),
        color_of("jacket", "black", "other_garment_color"),
        D.material(
            "The person wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton "
            "fabric. The person wears a",
            "restated",
            hit_limit=True,
        ),
        title="Jaqueta Moletom com Capuz Verde Militar",
        category="Jaquetas",
        color="Verde Militar",
        gender="Feminino",
    ),
    # photo: black 2-in-1 running shorts, a grey compression liner showing at the hem, pink tank; model running on a
    # street. adapter: none
    case(
        "X431-025",
        caption("a woman running in black shorts and a pink tank top"),
        D.wearing("black shorts, a pink shirt and a pair of headphones", "unsupported"),
        D.color("black"),
        color_of("shorts", "pink", "other_garment_color"),
        D.details("the shorts have a grey liner underneath"),
        D.material("black shorts", "restated"),
        title="Short Running 2 em 1 Preto",
        category="Shorts",
        color="Preto",
        gender="Feminino",
    ),
    # photo: black long-sleeve bodysuit (no zipper, round neck) tucked into black leggings; white backdrop.
    # adapter: none
    case(
        "X431-026",
        caption("a woman in a black long sleeve top and black leggings"),
        D.garment_type("bodysuit"),
        D.color("black"),
        D.sleeve_length("long sleeves"),
        D.wearing(
            "a black long sleeve shirt and black leggings Question: What is the color of the shirt? Answer: black",
            "leak",
        ),
        D.description("a black bodysuit with a zipper on the front", "unsupported"),
        title="Body Fitness Manga Longa Preto",
        category="Bodies",
        color="Preto",
        gender="Feminino",
    ),
    # photo: black and white geometric (triangles) print leggings with a black sports bra; grey studio backdrop.
    # adapter: none
    case(
        "X431-027",
        caption("a woman in black and white leggings"),
        D.wearing("a black sports bra and black and white leggings"),
        D.pattern("striped", "contradiction"),
        D.color("black"),
        D.description("black and white leggings with a triangle pattern"),
        title="Legging Estampa Geométrica Suplex",
        category="Leggings",
        gender="Feminino",
    ),
    # photo: mustard cropped tank with black leggings, in front of an orange painted wall. adapter: none
    case(
        "X431-028",
        caption("a woman in a yellow crop top and black leggings standing in front of an orange wall"),
        D.wearing("a yellow crop top and yellow leggings", "contradiction"),
        D.color("orange", "contradiction"),
        color_of("top", "yellow"),
        D.sleeve_length("sleeveless"),
        title="Regata Cropped Mostarda",
        category="Regatas",
        color="Mostarda",
        gender="Feminino",
    ),
    # photo: black flare yoga pants (no slit) with a white short-sleeve crop tee; model sitting on a yoga mat.
    # adapter: caption, description
    case(
        "X431-029",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and black pants"),
        D.garment_type("pants"),
        D.color("black"),
        D.description(
            "The lady wears a long pants. The pants are with cotton fabric and pure color patterns. The lady wears a "
            "long pants. The pants",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "the pants are flared at the bottom and have a slit on the side",
            "unsupported",
        ),
        title="Calça Flare Fitness Preta",
        category="Calças",
        color="Preto",
        gender="Feminino",
    ),
    # photo: royal blue high-impact sports bra with a front zipper, matching blue leggings; white backdrop.
    # adapter: caption
    case(
        "X431-030",
        caption(
            "The lady wears a tank tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "V-shape neckline. The tank top is with cotton fabric. It has a V-shape neckline. The tank",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue sports bra and blue leggings"),
        D.color("blue"),
        D.details("a zipper in the front"),
        D.material("it is made of fabric", "non_answer"),
        title="Top Alto Impacto com Zíper Azul Royal",
        category="Tops",
        color="Azul Royal",
        gender="Feminino",
    ),
    # photo: black sleeveless full-length one-piece jumpsuit (unitard), scoop neck; white backdrop. adapter: none
    case(
        "X431-031",
        caption("a woman in a black jumpsuit"),
        D.wearing("black leggings and a black tank top", "contradiction"),
        D.garment_type("jumpsuit"),
        D.color("black"),
        D.sleeve_length("sleeveless"),
        D.description(
            "a black jumpsuit with a scoop neck Question: What is the color of the jumpsuit? Answer: black",
            "leak",
        ),
        title="Macacão Fitness Suplex Preto",
        category="Macacões",
        color="Preto",
        gender="Feminino",
    ),
    # photo: side view, lavender high-waist leggings with a side pocket holding a phone, white oversized tee knotted
    # at the waist; white backdrop. adapter: none
    case(
        "X431-032",
        caption("a woman in purple leggings with a phone in the pocket"),
        D.wearing("a white t - shirt and purple leggings"),
        D.color("purple"),
        color_of("leggings", "white", "other_garment_color"),
        D.details("a pocket on the side of the leggings"),
        D.description("purple leggings with white stripes", "unsupported"),
        title="Legging Cintura Alta com Bolso Lilás",
        category="Leggings",
        color="Lilás",
        gender="Feminino",
    ),
    # photo: red retro track jacket (helanca) with two white stripes down each sleeve, zipped halfway over a black
    # top, black joggers; white backdrop. adapter: caption
    case(
        "X431-033",
        caption(
            "The lady wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric. It has "
            "a stand neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red jacket and red pants", "contradiction"),
        D.color("red"),
        D.pattern("striped"),
        color_of("jacket", "white", "contradiction"),
        D.details("white stripes on the sleeves and a zipper"),
        title="Jaqueta Helanca Retrô Vermelha",
        category="Jaquetas",
        color="Vermelho",
        gender="Feminino",
    ),
    # photo: black oversized tee with "JUST MOVE" in white letters on the chest, plain sleeves, grey cycling shorts;
    # gym. adapter: none
    case(
        "X431-034",
        caption("a woman in a black t - shirt that says just move"),
        D.wearing("a black shirt and gray shorts"),
        D.garment_type("t-shirt"),
        D.pattern("graphic"),
        D.color("white", "contradiction"),
        D.details(
            "the shirt says just move on the front and has a logo on the sleeve",
            "unsupported",
        ),
        title="Camiseta Oversized Estampada Just Move Preta",
        category="Camisetas",
        color="Preto",
        gender="Feminino",
    ),
    # photo: navy cycling shorts with a pink floral print, worn with a pink sports bra; white backdrop.
    # adapter: none
    case(
        "X431-035",
        caption("a woman in a pink sports bra and floral shorts"),
        D.wearing("he is wearing a pink top and floral shorts", "pronoun"),
        D.pattern("floral"),
        D.color("pink", "other_garment_color"),
        color_of("shorts", "blue"),
        D.material("spandex and", "cut"),
        title="Short Ciclista Estampado Floral",
        category="Shorts",
        color="Marinho Floral",
        gender="Feminino",
    ),
    # photo: terracotta thin-strap sports bra and matching shorts; model on a sandy beach. adapter: none
    case(
        "X431-036",
        caption("a woman in an orange sports bra and shorts on the beach"),
        D.wearing("an orange bikini", "contradiction"),
        D.color("brown"),
        color_of("sports bra", "orange"),
        D.details("thin straps and a gold chain necklace", "unsupported"),
        title="Top Alça Fina Terracota",
        category="Tops",
        color="Terracota",
        gender="Feminino",
    ),
    # photo: flat lay, plain black leggings on a white surface, no person. adapter: none
    case(
        "X431-037",
        caption("a pair of black leggings on a white background"),
        D.wearing("a pair of black leggings"),
        D.color("black"),
        D.details("", "non_answer"),
        D.material("cotton"),
        title="Legging Básica Preta",
        category="Leggings",
        color="Preto",
    ),
    # photo: back view, white racerback tank with a mesh back panel, grey leggings; white backdrop.
    # adapter: caption, wearing
    case(
        "X431-038",
        caption(
            "The lady wears a tank tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "suspenders neckline. The tank top is with cotton fabric. It has a suspenders neckline. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a tank tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "suspenders neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.color("grey", "other_garment_color"),
        back("the back is made of mesh"),
        D.sleeve_length("sleeveless"),
        title="Regata Nadador com Tela nas Costas Branca",
        category="Regatas",
        color="Branco",
        gender="Feminino",
    ),
    # photo: baby pink fleece set, cropped sweatshirt (no logo) and joggers, in front of a pink backdrop.
    # adapter: none
    case(
        "X431-039",
        caption("a woman in a pink sweatshirt and pink sweatpants"),
        D.wearing("a pink sweater and pink pants"),
        D.color("pink"),
        color_of("pants", "pink"),
        D.description("a pink sweatshirt and pants with a white logo on the chest", "unsupported"),
        D.material("what material is the garment made of", "restated"),
        title="Conjunto Moletom Cropped e Jogger Rosa Bebê",
        category="Conjuntos",
        color="Rosa Bebê",
        gender="Feminino",
    ),
    # photo: colour-block windbreaker (lilac yoke, white middle band, navy bottom), hood, drawstring hem, zipped;
    # outdoors on a city street. adapter: none
    case(
        "X431-040",
        caption("a woman in a purple and white jacket"),
        D.wearing("a purple jacket"),
        D.pattern("color block"),
        D.color("white", "contradiction"),
        D.details("a hood, a zipper and a drawstring at the bottom"),
        D.material(
            "it is made of nylon Question: What is the color of the jacket? Answer: purple",
            "leak",
        ),
        title="Jaqueta Corta Vento Color Block Lilás e Marinho",
        category="Jaquetas",
        color="Lilás/Marinho",
        gender="Feminino",
    ),
    # photo: brown ribbed leggings with a matching cream ribbed bra top; beige studio wall. adapter: details
    case(
        "X431-041",
        caption("a woman in brown leggings and a white top"),
        D.wearing("brown pants and a white sports bra"),
        D.color("white", "other_garment_color"),
        color_of("leggings", "brown"),
        D.pattern("striped", "contradiction"),
        D.details(
            "The leggings are with cotton fabric and pure color patterns. The lady wears a tank tank top with pure "
            "color patterns. The tank",
            "cut",
            hit_limit=True,
        ),
        D.material("ribbed fabric"),
        title="Legging Canelada Café",
        category="Leggings",
        color="Café",
        gender="Feminino",
    ),
    # photo: charcoal grey long cycling shorts (bermuda) with a wide waistband, white sports bra; model in a gym
    # holding red dumbbells. adapter: none
    case(
        "X431-042",
        caption("a woman in grey shorts holding red dumbbells"),
        D.wearing(
            "a white top and grey shorts Question: What is the woman holding? Answer: dumbbells",
            "leak",
        ),
        D.color("red", "contradiction"),
        color_of("shorts", "grey"),
        D.details("the shorts have a wide waistband"),
        D.material("the shorts are made of the shorts", "non_answer"),
        title="Bermuda Ciclista Cinza Chumbo",
        category="Shorts",
        color="Cinza Chumbo",
        gender="Feminino",
    ),
    # photo: light blue sports bra and leggings set worn under an open white track jacket; white backdrop.
    # adapter: none
    case(
        "X431-043",
        caption("a woman in a white jacket and blue leggings"),
        D.wearing("a white jacket, a blue sports bra and blue leggings"),
        D.garment_type("jacket", "contradiction"),
        D.color("blue"),
        color_of("sports bra", "white", "other_garment_color"),
        D.description(
            "a light blue sports bra and leggings set Question: What is the color of the jacket? Answer: white",
            "leak",
        ),
        title="Conjunto Top e Legging Azul Bebê",
        category="Conjuntos",
        color="Azul Bebê",
        gender="Feminino",
    ),
    # photo: neon green high-waist shorts with a black tank; dim gym with black rubber floor. adapter: caption,
    # details
    case(
        "X431-044",
        caption(
            "This lady wears a sleeveless tank top with solid color patterns and a short shorts. The tank top is with "
            "cotton fabric. The shorts are with cotton fabric and solid color patterns. There is an accessory in her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black tank top and green shorts"),
        D.color("yellow", "contradiction"),
        color_of("shorts", "green"),
        D.details(
            "The shorts are with cotton fabric and solid color patterns. The shorts are with cotton fabric and solid "
            "color patterns. The shorts are",
            "loop",
            hit_limit=True,
        ),
        title="Short Fitness Cintura Alta Verde Neon",
        category="Shorts",
        color="Verde Neon",
        gender="Feminino",
    ),
    # photo: red short-sleeve cropped tee, round neck, black leggings; white wall with a potted plant. adapter: none
    case(
        "X431-045",
        caption("a woman in a red crop top and black leggings next to a plant"),
        D.wearing("a red shirt and black pants"),
        D.color("red"),
        D.details("the shirt is cropped and has a round neck and a white logo", "unsupported"),
        D.material("the shirt is made of", "cut"),
        title="Top Cropped Manga Curta Vermelho",
        category="Tops",
        color="Vermelho",
        gender="Feminino",
    ),
    # photo: plain white cotton tank with black leggings, front view; white backdrop. adapter: none
    case(
        "X431-046",
        caption("a woman in a white tank top and black leggings"),
        D.wearing("a black tank top and black leggings", "contradiction"),
        D.color("white"),
        D.sleeve_length("sleeveless"),
        D.material("cotton"),
        D.description(
            "a white tank top Question: What is the color of the tank top? Answer: white",
            "leak",
        ),
        title="Regata Básica Algodão Branca",
        category="Regatas",
        color="Branco",
        gender="Feminino",
    ),
]
