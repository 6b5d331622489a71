"""BLIND_224 (46 products; Brazilian marketplace women's fashion, Portuguese categories and colors): written blind in
the fortieth session. Measured blind at e458945 (the session's rules as they stood): 95/138 failures found (68.8%)
and 4/169 correct texts flagged (2.4%). The writer's notes, verbatim:

Scenario: a Brazilian marketplace's women's fashion feed. Titles were machine-translated into English, but the
seller's category and color columns stay in Portuguese ("Vestidos", "Blusas", "Calças Jeans", "Saias", "Macacões",
"Cropped", "Moda Praia"; "Preto", "Branco", "Azul Marinho", "Off White", "Vinho", "Caramelo", "Jeans",
"Estampado"), and the gender column says "Feminino". Model shots: studio backdrops, and many outdoors (beach,
street, garden, a painted wall), most of them whole outfits where the product is one piece of several. A few rows
miss the gender, the color or the category, as real feeds do.

Who wrote what: captions come from either the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a
woman in a pink skirt and white top ...", with its "t - shirt" spacing) or the caption-only LoRA adapter of the
original experiments (the DeepFashion template, "The lady wears a long-sleeve shirt with pure color patterns. The
shirt is with cotton fabric ..."). The adapter has no end-of-answer token, so every adapter text runs to its limit
(50 new tokens for captions, 30 for answers) and carries hit_limit=True; asked a question, it returns its template.
Open questions (wearing, description, details, material, neckline) come from the base model unless the comment
says the adapter answered them; the base model stops on its own and never has hit_limit. Closed questions
(garment_type, color, pattern, sleeve_length, per-piece colors, "Is this a ...?") are enrich's `--engine reference`
answers, chosen from candidate sets in English: never a loop or a cut.

Labeling conventions and judgement calls:
- Portuguese seller colors are judged by their meaning: Preto black, Branco white, Off White white or cream, Azul
  Marinho navy blue or blue, Azul Claro light blue or blue, Vinho maroon or red, Caramelo brown or tan, Bege beige or
  tan, Mostarda yellow, Lilás purple or lavender, Terracota orange, Cinza Mescla gray, Jeans blue (denim). A print
  row ("Estampado") takes the print's ground or dominant color (brown for a leopard print, white for white ground
  with red flowers); the print's accent color as the garment's color (red for that blouse) is contradiction.
- Garment synonyms are correct: jacket for a blazer, sweater for a cardigan in the adapter's template, shirt for a
  blouse, top for a bodysuit or a crop top, swimsuit for a bikini. A jumpsuit or romper named a dress (or "a tank
  top and a long pants"), a shirt dress answered "shirt", a tank top answered "t-shirt" are contradiction.
- A closed per-piece color that is the color of another piece in the photo (the tucked-in tee, the sports bra over
  leggings) is other_garment_color; so is the garment color answered with the top's color when the product is the
  skirt, pants or cardigan. A color no piece in the photo has is contradiction; navy called black is contradiction.
- Closed sleeve length answered from the shirt under a sleeveless vest is contradiction (the auditor sees sleeves
  the product does not have); pleats or a rib knit answered "striped" is contradiction; floral for a leopard print
  too. An open answer spreading the product's color to every piece ("a pink crop top and pink pants") is
  contradiction; one giving the product itself another piece's color ("black pants" for beige trousers worn with a
  black tee, "red shorts" under a red striped tee) is other_garment_color.
- Materials: one the title names (linen, satin, denim, faux leather as "leather", chiffon, knit, supplex as
  "spandex", viscose as "rayon") is correct; a plausible guess for a fabric neither named nor contradicted (cotton
  on a sundress or a tee, wool on a knit vest) is correct; silk for a satin skirt and linen for a cotton poplin shirt
  are unsupported. A material question answered with the garment and its color is restated.
- Invented items (a belt, a fur collar, gold buttons on a black-buttoned blazer, a logo on a plain hoodie, a slit or
  a bow the view does not show, boots on a photo cropped at the knees, sunglasses, a necklace, a white bag nobody
  has) are unsupported; items that are in the photo (straw hat, handbag, earrings, the jumpsuit's own belt, a drink)
  are correct. Another piece's material given as the product's ("a jean skirt" for a black skirt) is contradiction.
- Adapter texts: repeating a template sentence is loop; stopping mid-sentence without repeating is cut, even where
  an invented wrist accessory came first; the template returned for the material question is restated; the template
  naming the wrong garment (a romper as dress, a jumpsuit as tank top and pants) is contradiction, hit_limit kept.
- A base answer cut short by an early stop ("the blouse has", "it is made of") is cut without hit_limit. Empty
  answers, "it is a dress" for the details, "they are pants" and "the jeans are black" for details are non_answer.
- Base answers running on into "Question: ... Answer: ..." (or opening with the echoed question) are leak, even
  where every word of them is true of the photo (the drink in her hand, the white jeans).
- "he" for a woman is pronoun; the gender column "Feminino" says the model is a woman.
- Walls, sand, benches and props named in a caption are correct when they are in the photo (a pink wall behind a
  pink crop top is not a color error).
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_top = question("color_top", "What is the color of the top?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_skirt = question("color_skirt", "What is the color of the skirt?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
neckline = question("neckline", "What is the neckline of the garment?", "open")

BLIND_224 = [
    # photo: model in a navy viscose midi dress with small white flowers and flutter sleeves, in a garden, front view.
    # adapter: none
    case(
        "X224-001",
        caption("a woman in a blue floral dress standing in a garden"),
        D.wearing("a blue dress with white flowers and a white hat", "unsupported"),
        D.color("navy blue"),
        D.pattern("floral"),
        D.sleeve_length("short sleeves"),
        D.material("rayon"),
        D.details(
            "The dress is with chiffon fabric and floral patterns. It has a v-shape neckline. The dress is of long "
            "length. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        title="Women's Floral Print Viscose Midi Dress with Flutter Sleeves",
        category="Vestidos",
        color="Azul Marinho",
        gender="Feminino",
    ),
    # photo: off white crepe blouse with ruffled cuffs tucked into black skinny jeans, light grey studio backdrop.
    # caption, details: adapter
    case(
        "X224-002",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black blouse and black jeans", "other_garment_color"),
        D.color("white"),
        D.sleeve_length("long sleeves"),
        D.pattern("solid"),
        D.details(
            "The shirt is with chiffon fabric and pure color patterns. It has a round neckline. There is an "
            "accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        D.material("a white blouse", "restated"),
        title="Women's Ruffle Cuff Crepe Blouse",
        category="Blusas",
        color="Off White",
        gender="Feminino",
    ),
    # photo: high-waist wide-leg mid-blue jeans, white tee tucked in, walking on a city sidewalk, full length.
    # adapter: none
    case(
        "X224-003",
        caption("a woman in jeans and a white t - shirt walking down the street"),
        D.wearing("jeans and a white shirt"),
        color_pants("blue"),
        D.color("white", "other_garment_color"),
        D.details("the jeans have a high waist and wide legs"),
        is_a("pair of jeans", "yes"),
        D.material("blue jeans", "restated"),
        D.description(
            "blue jeans with a high waist Question: What is the color of the shirt? Answer: white",
            "leak",
        ),
        title="Women's High Waist Wide Leg Jeans",
        category="Calças Jeans",
        color="Azul",
        gender="Feminino",
    ),
    # photo: black satin slip midi dress, thin straps, thin gold necklace, front view, beige studio backdrop; no slit.
    # caption: adapter
    case(
        "X224-004",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with satin fabric. It has a "
            "v-shape neckline. There is a necklace on her neck. The lady wears a sleeveless dress with pure color "
            "patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black dress and black heels", "unsupported"),
        D.color("black"),
        D.sleeve_length("sleeveless"),
        D.details("it has a slit on the side", "unsupported"),
        D.material("satin"),
        title="Women's Satin Slip Midi Dress",
        category="Vestidos",
        color="Preto",
        gender="Feminino",
    ),
    # photo: pink pleated midi skirt, white tank top tucked in, standing outdoors in front of a beige plaster wall.
    # adapter: none
    case(
        "X224-005",
        caption("a woman in a pink skirt and white top standing in front of a wall"),
        D.wearing("a pink skirt and a pink top", "contradiction"),
        color_skirt("pink"),
        D.pattern("striped", "contradiction"),
        D.description("it is a pleated skirt"),
        D.material("it is made of", "cut"),
        title="Women's Pleated Midi Skirt",
        category="Saias",
        color="Rosa",
        gender="Feminino",
    ),
    # photo: olive green utility jumpsuit with short rolled sleeves and a matching fabric belt, white studio.
    # caption: adapter
    case(
        "X224-006",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "lady wears a long pants. The pants are with cotton fabric and pure color patterns. There is an",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a green jumpsuit with a belt"),
        D.garment_type("jumpsuit"),
        D.color("green"),
        D.sleeve_length("short sleeves"),
        is_a("dress", "no"),
        D.details(
            "The tank top is with cotton fabric and pure color patterns. It has a lapel neckline. The tank top "
            "is with cotton fabric",
            "loop",
            hit_limit=True,
        ),
        title="Women's Utility Jumpsuit with Belt",
        category="Macacões",
        color="Verde Militar",
        gender="Feminino",
    ),
    # photo: white ribbed crop top with high-waist light denim shorts, on a beach, sea behind.
    # adapter: none
    case(
        "X224-007",
        caption("a woman in a white crop top and denim shorts on the beach"),
        D.wearing("a white top and white shorts", "contradiction"),
        D.color("white"),
        color_shorts("white", "other_garment_color"),
        D.details("the top has a ribbed texture"),
        D.material("cotton"),
        D.description("he is wearing a white crop top", "pronoun"),
        title="Women's Ribbed Crop Top",
        category="Cropped",
        color="Branco",
        gender="Feminino",
    ),
    # photo: oversized light blue and white striped button-down shirt, white straight trousers, studio;
    # no chest pocket.
    # adapter: none
    case(
        "X224-008",
        caption("a woman in a blue and white striped shirt and white pants"),
        D.wearing("a blue and white striped shirt and blue pants", "contradiction"),
        D.pattern("striped"),
        D.color("blue"),
        color_pants("white"),
        D.details("the shirt has buttons, a collar and a pocket on the chest", "unsupported"),
        D.material("linen", "unsupported"),
        title="Women's Oversized Striped Cotton Poplin Shirt",
        category="Camisas",
        color="Azul Claro",
        gender="Feminino",
    ),
    # photo: red long-sleeve wrap dress tied at the waist, black handbag on the arm, city street, full length.
    # caption: adapter
    case(
        "X224-009",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. The lady also carries a bag in her hand. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red dress and a red purse", "contradiction"),
        D.color("red"),
        D.pattern("solid"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.details("a tie at the waist"),
        D.material("it is made of fabric", "non_answer"),
        title="Women's Wrap Dress with Waist Tie",
        category="Vestidos",
        color="Vermelho",
        gender="Feminino",
    ),
    # photo: beige tailored wide-leg pleated trousers with belt loops (no belt), black tee tucked in, studio.
    # adapter: none
    case(
        "X224-010",
        caption("a woman in a black shirt and beige pants"),
        D.wearing("a black shirt and black pants", "other_garment_color"),
        color_pants("beige"),
        D.material("cotton"),
        D.color("black", "other_garment_color"),
        D.details("the pants have pleats and a belt", "unsupported"),
        title="Women's Tailored Wide Leg Trousers",
        category="Calças",
        color="Bege",
        gender="Feminino",
    ),
    # photo: mid-blue denim jacket over a white tee and a black mini skirt, in a park with trees behind.
    # details: adapter
    case(
        "X224-011",
        caption("a woman wearing a denim jacket and a black skirt in the park"),
        D.wearing("a jean jacket and a jean skirt", "contradiction"),
        D.garment_type("jacket"),
        D.color("blue"),
        D.material("denim"),
        D.sleeve_length("long sleeves"),
        D.details(
            "The jacket is with denim fabric and pure color patterns. It has a lapel neckline. The jacket is with "
            "denim fabric and pure",
            "loop",
            hit_limit=True,
        ),
        title="Women's Classic Denim Jacket",
        category="Jaquetas",
        color="Jeans",
        gender="Feminino",
    ),
    # photo: off white linen button-front midi dress, straw hat, no bag, in a wheat field at sunset, full length.
    # caption, details: adapter
    case(
        "X224-012",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with linen fabric. It has a "
            "v-shape neckline. The lady wears a hat. The lady wears a short-sleeve dress with pure color patterns. "
            "The dress",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white dress, a straw hat and a white bag", "unsupported"),
        D.color("white"),
        D.pattern("solid"),
        D.description("the dress", "non_answer"),
        D.material("linen"),
        D.details(
            "The dress is with linen fabric and pure color patterns. It has a v-shape neckline. The dress is with "
            "linen fabric and",
            "loop",
            hit_limit=True,
        ),
        title="Women's Linen Button Front Midi Dress",
        category="Vestidos",
        color="Off White",
        gender="Feminino",
    ),
    # photo: black long-sleeve square-neck bodysuit tucked into blue straight jeans, studio, waist-up crop.
    # adapter: none
    case(
        "X224-013",
        caption("a woman wearing a black top and black jeans", "contradiction"),
        D.color("black"),
        color_pants("black", "other_garment_color"),
        D.wearing("a black top and blue jeans"),
        neckline("square neck"),
        D.description(
            "a black long sleeve top with a square neckline Question: What is the color of the jeans? Answer: blue",
            "leak",
        ),
        title="Women's Square Neck Long Sleeve Bodysuit",
        category="Bodies",
        color="Preto",
        gender="Feminino",
    ),
    # photo: white linen drawstring shorts with a pink short-sleeve blouse, on a wooden deck, outdoors.
    # adapter: none
    case(
        "X224-014",
        caption("a woman in white shorts and a pink shirt"),
        color_shorts("white"),
        D.color("pink", "other_garment_color"),
        D.wearing("she is wearing a pink shirt and white shorts"),
        D.details("the shorts have a drawstring waist"),
        D.material("the shorts are made of", "cut"),
        title="Women's Linen Drawstring Shorts",
        category="Shorts",
        color="Branco",
        gender="Feminino",
    ),
    # photo: mid-blue denim mini skirt, black tank top tucked in, standing by a graffiti wall outdoors.
    # caption: adapter
    case(
        "X224-015",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a short skirt. The skirt is with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black tank top and a denim skirt"),
        color_skirt("black", "other_garment_color"),
        D.material("the skirt is made of denim and", "cut"),
        is_a("skirt", "yes"),
        D.details("the skirt has buttons on the front and a slit", "unsupported"),
        title="Women's Denim Mini Skirt",
        category="Saias",
        color="Azul",
        gender="Feminino",
    ),
    # photo: camel belted long wool coat over a grey crewneck sweater and black pants, autumn street; no fur anywhere.
    # adapter: none
    case(
        "X224-016",
        caption("a woman in a brown coat walking on the street"),
        D.wearing("a brown coat, brown sweater and brown pants", "contradiction"),
        D.garment_type("coat"),
        D.color("brown"),
        D.material("wool"),
        D.details("the coat has a belt and a fur collar", "unsupported"),
        D.sleeve_length("long sleeves"),
        D.pattern("solid"),
        title="Women's Belted Wool Blend Long Coat",
        category="Casacos",
        color="Caramelo",
        gender="Feminino",
    ),
    # photo: leopard print long-sleeve mini dress, brown and black spots on tan, studio.
    # adapter: none
    case(
        "X224-017",
        caption("a woman in a leopard print dress"),
        D.wearing("a leopard print dress"),
        D.pattern("floral", "contradiction"),
        D.color("brown"),
        D.material("the dress is made of", "cut"),
        D.details("it is a dress", "non_answer"),
        title="Women's Leopard Print Mini Dress",
        category="Vestidos",
        color="Estampado",
        gender="Feminino",
    ),
    # photo: mustard ribbed tank top with white wide-leg pants, sunny terrace with plants.
    # adapter: none
    case(
        "X224-018",
        caption("a woman in a yellow tank top and white pants"),
        D.wearing("a yellow top and white pants"),
        D.garment_type("t-shirt", "contradiction"),
        D.color("yellow"),
        D.sleeve_length("sleeveless"),
        D.details("the top is yellow", "non_answer"),
        color_pants("yellow", "other_garment_color"),
        D.material("the tank top is yellow", "restated"),
        title="Women's Ribbed Tank Top",
        category="Regatas",
        color="Mostarda",
        gender="Feminino",
    ),
    # photo: navy romper with white polka dots, short sleeves, v-neck, on a seaside promenade.
    # caption: adapter
    case(
        "X224-019",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of short length. There is an accessory on her wrist. The",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue and white polka dot dress", "contradiction"),
        D.garment_type("romper"),
        D.color("navy blue"),
        D.pattern("polka dots"),
        D.details(
            "The dress is with chiffon fabric and graphic patterns. It has a v-shape neckline. The dress is with "
            "chiffon fabric and graphic",
            "loop",
            hit_limit=True,
        ),
        title="Women's Polka Dot Romper",
        category="Macaquinhos",
        color="Azul Marinho",
        gender="Feminino",
    ),
    # photo: lilac cable-knit crewneck sweater with white jeans, studio, white backdrop.
    # adapter: none
    case(
        "X224-020",
        caption("a woman in a purple sweater and white jeans"),
        D.wearing("he is wearing a purple sweater and white jeans", "pronoun"),
        D.color("pink", "contradiction"),
        D.garment_type("sweater"),
        D.material("knit"),
        D.details("the sweater has a cable knit pattern and a turtleneck", "unsupported"),
        color_pants("purple", "other_garment_color"),
        title="Women's Cable Knit Sweater",
        category="Tricô",
        color="Lilás",
        gender="Feminino",
    ),
    # photo: green linen co-ord, short-sleeve shirt and matching shorts, white sneakers, by a hotel pool.
    # adapter: none
    case(
        "X224-021",
        caption("a woman in a green shirt and shorts standing by a pool"),
        D.wearing("a green shirt and green shorts"),
        color_top("green"),
        color_shorts("white", "contradiction"),
        D.material("linen"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("the shirt has buttons and the shorts have", "cut"),
        title="Women's Linen Shirt and Shorts Set",
        category="Conjuntos",
        color="Verde",
        gender="Feminino",
    ),
    # photo: black single-breasted blazer with black buttons, over a white tee and blue jeans, grey studio.
    # caption, details: adapter
    case(
        "X224-022",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black blazer, white t - shirt and jeans"),
        D.garment_type("jacket"),
        D.color("black"),
        D.details(
            "The jacket is with cotton fabric and pure color patterns. It has a lapel neckline. The jacket is with "
            "cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        D.description("a black blazer with gold buttons", "unsupported"),
        title="Women's Single Breasted Blazer",
        category="Blazers",
        color="Preto",
        gender="Feminino",
    ),
    # photo: yellow spaghetti-strap maxi sundress with a ruffled hem, on the beach; no sunglasses, no hat.
    # details: adapter
    case(
        "X224-023",
        caption("a woman in a yellow dress on the beach"),
        D.color("yellow"),
        D.sleeve_length("sleeveless"),
        D.wearing("a yellow dress and sunglasses", "unsupported"),
        D.details(
            "The dress is with cotton fabric and pure color patterns. It has a suspenders neckline. The dress is "
            "with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        D.description("he is wearing a yellow dress", "pronoun"),
        title="Women's Maxi Sundress with Ruffle Hem",
        category="Vestidos",
        color="Amarelo",
        gender="Feminino",
    ),
    # photo: black skinny jeans with a grey oversized sweatshirt, white sneakers, studio.
    # adapter: none
    case(
        "X224-024",
        caption("a woman in a gray sweatshirt and black jeans"),
        D.wearing(
            "a grey sweatshirt and black jeans Question: What color are the shoes? Answer: white",
            "leak",
        ),
        color_pants("black"),
        D.color("gray", "other_garment_color"),
        D.details("the jeans are black", "non_answer"),
        is_a("pair of jeans", "yes"),
        title="Women's Skinny Jeans",
        category="Calças Jeans",
        color="Preto",
        gender="Feminino",
    ),
    # photo: white tee with "AMOR" printed in black, tucked into a blue denim skirt, outdoors by a yellow wall;
    # no other print.
    # adapter: none
    case(
        "X224-025",
        caption("a woman wearing a white t - shirt with the word amor on it"),
        D.wearing("a white t - shirt and a white skirt", "contradiction"),
        D.garment_type("t-shirt"),
        D.color("white"),
        D.pattern("graphic"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("it has the word amor printed in black and a heart", "unsupported"),
        D.material("cotton"),
        title="Women's Amor Graphic T-Shirt",
        category="Camisetas",
        color="Branco",
        gender="Feminino",
    ),
    # photo: black faux leather biker jacket with zips over a red slip dress, city street at night.
    # caption, details: adapter
    case(
        "X224-026",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It has "
            "a lapel neckline. The lady wears a long-sleeve jacket with pure color patterns. The jacket is with "
            "leather",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black jacket and a black dress", "contradiction"),
        D.garment_type("jacket"),
        D.color("red", "other_garment_color"),
        D.material("leather"),
        D.sleeve_length("long sleeves"),
        D.details(
            "The jacket is with leather fabric and pure color patterns. It has a lapel neckline. There is an "
            "accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        title="Women's Faux Leather Biker Jacket",
        category="Jaquetas",
        color="Preto",
        gender="Feminino",
    ),
    # photo: green satin midi skirt with a black fitted top, in front of an old stone building.
    # adapter: none
    case(
        "X224-027",
        caption("a woman in a green skirt and black top standing in front of a building"),
        D.wearing("Question: What is the person wearing? Answer: a green skirt", "leak"),
        D.color("green"),
        color_top("green", "other_garment_color"),
        D.pattern("solid"),
        D.description("a green satin skirt that falls below the knee"),
        D.material("silk", "unsupported"),
        title="Women's Satin Midi Skirt",
        category="Saias",
        color="Verde",
        gender="Feminino",
    ),
    # photo: pink tiered cotton mini dress with puff sleeves and a square neck, in a flower garden.
    # caption, material: adapter
    case(
        "X224-028",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. The dress is of short length. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink dress"),
        D.color("pink"),
        D.sleeve_length("short sleeves"),
        D.details("puff sleeves and a tiered skirt"),
        D.material(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Women's Tiered Mini Dress with Puff Sleeves",
        category="Vestidos",
        color="Rosa",
        gender="Feminino",
    ),
    # photo: heather grey hoodie with kangaroo pocket, black leggings, sitting on a park bench.
    # material: adapter
    case(
        "X224-029",
        caption("a woman in a gray hoodie and black leggings sitting on a bench"),
        D.wearing("a grey hoodie and grey leggings", "contradiction"),
        D.garment_type("hoodie"),
        D.color("gray"),
        D.pattern("solid"),
        D.details("it has a hood and a kangaroo pocket"),
        D.material(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The",
            "restated",
            hit_limit=True,
        ),
        D.description("a gray hoodie with a white logo on the front", "unsupported"),
        title="Women's Fleece Hoodie",
        category="Moletons",
        color="Cinza Mescla",
        gender="Feminino",
    ),
    # photo: navy long-sleeve blouse with small white polka dots, white trousers, studio.
    # adapter: none
    case(
        "X224-030",
        caption("a woman in a black and white polka dot blouse", "contradiction"),
        D.wearing("a blue blouse with white dots and white pants"),
        D.color("navy blue"),
        D.pattern("polka dots"),
        D.sleeve_length("long sleeves"),
        D.details("the blouse has a bow at the neck", "unsupported"),
        color_pants("navy blue", "other_garment_color"),
        title="Women's Polka Dot Blouse",
        category="Blusas",
        color="Azul Marinho",
        gender="Feminino",
    ),
    # photo: burgundy wide-leg crepe trousers with a cream knit top, outdoors on a cobblestone street.
    # adapter: none
    case(
        "X224-031",
        caption("a woman in red pants and a white sweater"),
        D.wearing("red pants and white sweater"),
        color_pants("red"),
        D.color("maroon"),
        D.details("they are pants", "non_answer"),
        D.material("the pants are red", "restated"),
        D.description("a pair of red pants with a black belt", "unsupported"),
        title="Women's Wide Leg Crepe Trousers",
        category="Calças",
        color="Vinho",
        gender="Feminino",
    ),
    # photo: terracotta triangle bikini with side-tie bottoms, on the sand, sea behind.
    # adapter: none
    case(
        "X224-032",
        caption("a woman in an orange bikini on the beach"),
        D.wearing("a bikini and a necklace", "unsupported"),
        D.garment_type("swimsuit"),
        D.color("orange"),
        D.details("it has ties on the", "cut"),
        D.material("she is wearing an orange bikini", "restated"),
        title="Women's Triangle Bikini Set with Side Ties",
        category="Moda Praia",
        color="Terracota",
        gender="Feminino",
    ),
    # photo: off white button cardigan, long sleeves, over a black camisole and blue jeans, studio.
    # caption: adapter
    case(
        "X224-033",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a v-shape neckline. The lady wears a long trousers. The trousers are with denim",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white cardigan, black top and jeans"),
        D.garment_type("cardigan"),
        D.color("black", "other_garment_color"),
        D.details("buttons down the front"),
        D.material(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a v-shape neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Women's Knit Button Cardigan",
        category="Cardigãs",
        color="Off White",
        gender="Feminino",
    ),
    # photo: black and white gingham short-sleeve dress with a square neck, front view, outdoors on a pier.
    # adapter: none
    case(
        "X224-034",
        caption("a woman in a black and white checkered dress"),
        D.wearing("a black and white dress and a black belt", "unsupported"),
        D.pattern("plaid"),
        D.color("black"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.material("cotton"),
        D.details("it has a square neckline and a bow on the back", "unsupported"),
        title="Women's Gingham Square Neck Dress",
        category="Vestidos",
        color="Preto/Branco",
        gender="Feminino",
    ),
    # photo: light wash ripped denim shorts with frayed hem, red and white striped tee, boardwalk outdoors.
    # adapter: none
    case(
        "X224-035",
        caption("a woman in a red and white striped shirt and denim shorts"),
        D.wearing("a red and white striped shirt and red shorts", "other_garment_color"),
        color_shorts("red", "other_garment_color"),
        D.color("blue"),
        D.details("the shorts have rips and a frayed hem"),
        D.material(
            "the shorts are made of denim Question: What is the color of the shirt? Answer: red",
            "leak",
        ),
        title="Women's Ripped Denim Shorts",
        category="Shorts",
        color="Azul Claro",
        gender="Feminino",
    ),
    # photo: emerald satin long-sleeve shirt with black straight trousers, studio.
    # caption: adapter
    case(
        "X224-036",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with silk fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The lady wears a long-sleeve shirt with pure color",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green shirt and green pants", "contradiction"),
        D.color("green"),
        D.material("satin"),
        D.description(
            "a green shirt Question: What is the color of the shirt? Answer: green",
            "leak",
        ),
        title="Women's Satin Shirt",
        category="Camisas",
        color="Verde",
        gender="Feminino",
    ),
    # photo: black halter wide-leg jumpsuit, gold hoop earrings, sitting on concrete steps outdoors.
    # adapter: none
    case(
        "X224-037",
        caption("a woman in a black jumpsuit sitting on the steps"),
        D.wearing("a black jumpsuit and gold earrings"),
        D.garment_type("dress", "contradiction"),
        D.color("black"),
        D.sleeve_length("sleeveless"),
        D.details("halter neckline and wide legs"),
        D.material("silk", "unsupported"),
        is_a("dress", "yes", "contradiction"),
        title="Women's Halter Wide Leg Jumpsuit",
        category="Macacões",
        color="Preto",
        gender="Feminino",
    ),
    # photo: white blouse with red flowers and short puff sleeves, blue jeans, seated at a café table.
    # adapter: none
    case(
        "X224-038",
        caption("a woman in a floral blouse sitting at a table"),
        D.wearing("a white shirt with red flowers and jeans"),
        D.color("red", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("the blouse has", "cut"),
        title="Women's Floral Puff Sleeve Blouse",
        category="Blusas",
        color="Estampado",
        gender="Feminino",
    ),
    # photo: black pleated chiffon maxi skirt with a white tee tucked in, on a city bridge.
    # caption: adapter
    case(
        "X224-039",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t - shirt and a long black skirt"),
        color_skirt("black"),
        D.color("white", "other_garment_color"),
        D.pattern("striped", "contradiction"),
        D.material("chiffon"),
        title="Women's Pleated Chiffon Maxi Skirt",
        category="Saias",
        color="Preto",
        gender="Feminino",
    ),
    # photo: pink knit crop top tied at the front, white high-waist pants, in front of a pink painted wall.
    # adapter: none
    case(
        "X224-040",
        caption("a woman in a pink top standing in front of a pink wall"),
        D.wearing("a pink crop top and pink pants", "contradiction"),
        D.color("pink"),
        color_pants("pink", "other_garment_color"),
        D.details("it has a tie in the front"),
        D.material("knit"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Women's Knit Tie Front Crop Top",
        category="Cropped",
        color="Rosa",
        gender="Feminino",
    ),
    # photo: mid-blue denim short-sleeve shirt dress with a matching belt, collar, outdoors in a vineyard.
    # wearing: adapter
    case(
        "X224-041",
        caption("a woman in a denim dress with a belt"),
        D.wearing(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with denim fabric. It has a "
            "lapel neckline. The lady wears a short-sleeve dress with pure",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("shirt", "contradiction"),
        D.color("blue"),
        D.material("denim"),
        D.details("it has a belt and buttons down the front"),
        title="Women's Belted Denim Shirt Dress",
        category="Vestidos",
        color="Azul",
        gender="Feminino",
    ),
    # photo: black high-waist leggings with a pink sports bra, running on a park path.
    # adapter: none
    case(
        "X224-042",
        caption("a woman in a pink sports bra and black leggings running"),
        D.wearing("he is wearing a pink top and black leggings", "pronoun"),
        D.garment_type("leggings"),
        D.color("pink", "other_garment_color"),
        D.material("spandex"),
        D.details("the leggings are black", "non_answer"),
        D.description(
            "a pair of black leggings and a pink sports bra Question: What is she doing? Answer: running",
            "leak",
        ),
        title="Women's High Waist Supplex Leggings",
        category="Leggings",
        color="Preto",
        gender="Feminino",
    ),
    # photo: beige knit sweater vest over a white long-sleeve shirt, black trousers, studio.
    # adapter: none
    case(
        "X224-043",
        caption("a woman in a beige sweater vest and white shirt"),
        D.wearing("a beige vest over a white shirt and black pants"),
        D.garment_type("vest"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("wool"),
        title="Women's Knit Sweater Vest",
        category="Coletes",
        color="Bege",
        gender="Feminino",
    ),
    # photo: white oversized cotton shirt, sleeves rolled, beige shorts, sunglasses on the head, beach bar,
    # a drink in her hand.
    # caption: adapter
    case(
        "X224-044",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with linen fabric. It has a "
            "lapel neckline. The lady wears a short pants. The pants are with cotton fabric. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "she is wearing a white shirt and shorts Question: What is she holding? Answer: a drink",
            "leak",
        ),
        D.color("white"),
        D.details("", "non_answer"),
        D.material("cotton"),
        D.sleeve_length("long sleeves"),
        title="Women's Oversized Cotton Shirt",
        category="Camisas",
        color="Branco",
    ),
    # photo: green ribbed knit long-sleeve midi dress with a high neck and side slit, studio, cropped at the knees.
    # adapter: none
    case(
        "X224-045",
        caption("a woman in a green sweater dress"),
        D.color("green"),
        D.sleeve_length("long sleeves"),
        D.pattern("striped", "contradiction"),
        D.wearing("a green dress and black boots", "unsupported"),
        D.details("ribbed knit, a high neck and a slit on the side"),
        D.material("a green dress", "restated"),
        title="Women's Ribbed Knit Midi Dress",
        category="Vestidos",
        color="Verde",
    ),
    # photo: red off-the-shoulder ruffled blouse with long sleeves, white jeans, in an outdoor market.
    # description: adapter
    case(
        "X224-046",
        caption("a woman in a red off the shoulder top and white jeans"),
        D.wearing("he is wearing a red top and white jeans", "pronoun"),
        D.color("red"),
        D.sleeve_length("long sleeves"),
        D.details(
            "off the shoulder with ruffles Question: What is the color of the jeans? Answer: white",
            "leak",
        ),
        is_a("shirt", "yes"),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        title="Women's Off Shoulder Ruffle Blouse",
        color="Vermelho",
        gender="Feminino",
    ),
]
