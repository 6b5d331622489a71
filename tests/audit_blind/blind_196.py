"""BLIND_196 (46 products; Brazilian marketplace, children's and teen wear, pt-BR catalog columns): written blind in
the thirty-eighth session. Measured blind at 636e493 (the session's final rules): 100/113 failures found (88.5%) and
11/146 correct texts flagged (7.5%). The writer's notes, verbatim:

Scenario:
A Brazilian marketplace ("moda infantil e juvenil") sends its kids' and teens' catalog through enrich. The catalog
columns are in Portuguese as the sellers typed them: titles ('Bermuda Juvenil Sarja Caqui'), category paths
('Infantil > Menina > Vestidos'), seller colors ('Azul Marinho', 'Rosa Bebê', 'Off White', 'Verde Água', 'Bordô',
two colors with a slash for sets) and a gender column with the marketplace's own values (Menina, Menino, Feminino,
Masculino, Unissex). As real feeds do, a few products lack a column: two have no gender, two no category, one no
color. Photos are a mix of child models in a studio or outdoors (most with other clothes on: a tee under the
product jacket, jeans under the product tee) and flat lays / ghost mannequins with no person. The generated texts
are in English, as BLIP-2 writes them; nothing was translated (the Portuguese step was never built).

Who wrote what:
The marketplace ran the job twice.
- First run, X196-001 to X196-024: the seller read that the caption adapter gave richer details, so the caption and
  the `details` question came from `leoreigoto/Data2_V2_Blip2_Finetune_Caption` (epoch 3) loaded on
  `Salesforce/blip2-opt-2.7b`. That adapter was trained without an end token, so every text it wrote ran to the limit
  (50 new tokens for captions, 30 for answers): all of them carry hit_limit=True. They are the DeepFashion-MultiModal
  template ("The lady wears a short-sleeve T-shirt with graphic patterns ... three-point shorts ... pure color
  patterns"), with no hue names, calling the children "The lady" / "The gentleman", looping or cut at the limit.
  `wearing`, `description` and `material` (and the extra open questions) came from the untuned base model with the
  newline terminator (greedy, stops on its own; never hit the limit). Closed questions (garment_type, color, pattern,
  sleeve_length) came from enrich's reference engine, which ranks a closed set of candidates (short answers, never
  loops, never at a limit).
- Second run, X196-025 to X196-046: every open question and the caption from the base model (short BLIP-2 captions
  like "a little girl in a gold dress standing in front of a white wall"); closed questions from the reference engine;
  the per-garment color questions ("What is the color of the shirt?", stored open) from the VQA adapter
  `leoreigoto/Data3_V3_BLIP2_VQA`, also trained without an end token: every one of those hit the 30-token limit
  (hit_limit=True) and loops ("red red red ...", "blue-blue-blue"), runs on into a new "Question: ... Answer:" or is
  cut mid-phrase.

Labeling conventions and judgement calls:
- One kind per failing text: the one an auditor holding the photo sees first. A limit-length adapter text that loops
  (a phrase repeated back to back at least twice) is `loop` even if it also ends mid-word; one that does not loop and
  ends mid-phrase is `cut`; but where an adapter text first says something plainly false for the photo (a "lady" for a
  boy, "The gentleman" for a girl with short hair, an "accessory on his wrist" on a flat lay, a lower garment on a
  baby bodysuit flat lay), that kind wins and hit_limit stays True. Any "Question:" or "Answer:" in a text is `leak`,
  even when the words before it are right.
- One adapter text (X196-008 details) stopped at the limit exactly after a full stop and says only true things
  (the title names cotton): labeled correct, with hit_limit=True since the model did hit the limit.
- The DeepFashion template's own words are not failures: "pure color patterns", "three-point shorts", "lapel
  neckline" for a polo collar, "The gentleman" for a boy and "The lady" for a girl (right gender, odd register), no
  hue at all.
- Shade words for the seller color are correct: light blue (Azul Claro), navy / navy blue (Azul Marinho), dark blue
  (Azul Escuro), maroon / burgundy / red (Bordô), mint green (Verde Água), purple (Lilás), gold (Dourado), white (Off
  White, Branco), yellow (Mostarda), gray (Cinza Mescla), khaki / beige / tan (Caqui, Bege), light pink (Rosa Bebê).
  A different hue is `contradiction`: brown for Verde Militar, blue for Lilás, purple for Rosa Bebê.
- Garment synonyms are correct: shorts for a bermuda, skirt for a short saia (skort), overalls or jumpsuit for a
  jardineira, onesie / bodysuit for a body, hoodie for moletom com capuz, sweatshirt / sweater for a moletom careca,
  "yellow sweater" for a knit cardigan, tutu for a tulle skirt, romper for a macaquinho, swim trunks for a tactel
  bermuda. A different garment class is `contradiction`: leggings for joggers, "a gray sweater" for a sweatshirt
  dress, "a purple dress" for pajamas, "a blue jean jacket" for a denim dress, vest for a sleeved windbreaker,
  t-shirt for a long-sleeve bodysuit, short sleeves for a long-sleeve dress, floral for a lemon
  print (palm leaves called floral are accepted: botanical prints are "floral" in the training data).
- Sets: where the seller color names both pieces ('Verde/Bege'), a closed color answer with the top's color is
  correct, and texts naming each piece in its own color are correct; a text giving one piece the other piece's color
  ("green shorts", "pink" for the grey leggings) is `other_garment_color`. On a single-garment listing worn with other
  clothes, a color answer that is the companion garment's color (the tee under the bermuda, the shorts under the
  shirt) is `other_garment_color`; a color that belongs to the print, not to any garment (white for a black tee with a
  white print), is `contradiction`.
- Materials: a material the title names is correct (tulle, linho -> linen, sarja -> twill, piquet -> pique, cotton,
  tricô -> knit, canelada -> ribbed knit, jeans -> denim, moletom -> fleece or cotton, tactel -> nylon). A material the
  title contradicts or the photo cannot show (cotton for a nylon puffer, corduroy for a twill jardineira) is
  `unsupported` (an invented detail), not `contradiction`, which this set keeps for colors and garments.
- Pronouns: against the Portuguese gender column; Unissex accepts whichever child is in the photo ("a young girl" on a
  Unissex tee worn by a girl is correct). "he" for a Menina baby, "a little girl" for a Menino, "a young woman" for a
  Masculino teen are `pronoun`.
- Flat lays: "What is the person wearing?" answered with the garment is correct; "nothing" is `non_answer`.
- non_answer vs restated: empty, "none", "nothing", or only the garment's own name as the whole description or
  details ("it is a skirt", "the shorts are short", "it is a dress") are `non_answer`; answers built from the
  question's own words ("the details of the dress", "the material of the garment", "the garment is made of fabric")
  are `restated`.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, question

# extra open questions (base model)
printed = question("print", "What is printed on the shirt?", "open")
color_leggings = question("color_leggings", "What color are the leggings?", "open")

BLIND_196 = [
    # ---------------- first run: caption + details from the caption adapter (hit the limit), rest base / reference
    # photo: boy (about 6) on a white backdrop, royal blue crew-neck tee with a green dinosaur print, faded denim shorts
    case(
        "X196-001",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric and its neckline is crew. The shorts are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue t-shirt with a dinosaur on it and denim shorts"),
        D.garment_type("t-shirt"),
        D.color("blue"),
        printed("a dinosaur"),
        D.details(
            "the shirt has short sleeves, cotton fabric and graphic patterns. it has a crew neckline. the shorts are "
            "of three-point length. the",
            "cut",
            hit_limit=True,
        ),
        gender="Menino",
        title="Camiseta Infantil Estampada Dinossauro Azul",
        category="Infantil > Menino > Camisetas",
        color="Azul",
    ),
    # photo: girl in a garden, sleeveless pink knee dress, small white/yellow flowers, round neck, no collar or buttons
    case(
        "X196-002",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. The dress is "
            "with chiffon fabric. The dress is with chiffon fabric. The dress is with chiffon fabric. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink floral dress"),
        D.color("pink"),
        D.sleeve_length("sleeveless"),
        D.description("a pink dress with a white collar and buttons", "unsupported"),
        D.details(
            "the dress has no sleeves, chiffon fabric and floral patterns. the neckline of the dress is round. the "
            "dress is of knee length. there is a",
            "cut",
            hit_limit=True,
        ),
        gender="Menina",
        title="Vestido Infantil Floral Rosa",
        category="Infantil > Menina > Vestidos",
        color="Rosa",
    ),
    # photo: teen boy in a studio, khaki twill bermuda shorts, plain white tee, white sneakers
    case(
        "X196-003",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a medium shorts. The T-shirt is "
            "with cotton fabric and its neckline is round. The shorts are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and khaki shorts"),
        D.garment_type("shorts"),
        D.color("white", "other_garment_color"),
        D.material("twill"),
        D.details(
            "the shorts are of medium length. the fabric is cotton and it has pure color patterns. the shorts are of "
            "medium length. the fabric is cotton and",
            "loop",
            hit_limit=True,
        ),
        gender="Masculino",
        title="Bermuda Juvenil Sarja Caqui",
        category="Juvenil > Masculino > Bermudas",
        color="Caqui",
    ),
    # photo: girl standing, pink short-sleeve tee with a glitter unicorn, heather grey leggings, pink sneakers
    case(
        "X196-004",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long leggings. The T-shirt is with "
            "cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink shirt and gray leggings"),
        color_leggings("pink", "other_garment_color"),
        D.description("a pink t-shirt with a unicorn and gray leggings"),
        D.details(
            "the leggings are of long length. the leggings are of long length. the leggings are of long length. the "
            "leggings are of long",
            "loop",
            hit_limit=True,
        ),
        gender="Menina",
        title="Conjunto Infantil Menina Blusa e Legging Unicórnio Rosa e Cinza",
        category="Infantil > Menina > Conjuntos",
        color="Rosa/Cinza",
    ),
    # photo: boy in an open light-wash denim jacket over a yellow tee, black joggers, hands in pockets
    case(
        "X196-005",
        caption(
            "The gentleman wears a long-sleeve denim jacket with pure color patterns and a long pants. The jacket is "
            "with denim fabric and it has a lapel neckline. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a denim jacket and a yellow shirt"),
        D.color("light blue"),
        D.material("denim"),
        D.details(
            "the jacket has long sleeves, denim fabric and pure color patterns. it has a lapel neckline. the jacket "
            "has long sleeves, denim fabric and pure",
            "loop",
            hit_limit=True,
        ),
        gender="Unissex",
        title="Jaqueta Jeans Infantil Azul Claro",
        category="Infantil > Unissex > Jaquetas",
        color="Azul Claro",
    ),
    # photo: girl with two braids, outdoors, long denim overalls (dungarees) over a white tee
    case(
        "X196-006",
        caption(
            "The lady wears a sleeveless romper with pure color patterns. The romper is with denim fabric. The romper "
            "is with denim fabric. The romper is with denim fabric. The romper is with denim",
            "loop",
            hit_limit=True,
        ),
        D.wearing("he is wearing overalls and a white t-shirt", "pronoun"),
        D.garment_type("jumpsuit"),
        D.color("blue"),
        D.details(
            "the romper has no sleeves, denim fabric and pure color patterns. it has a suspenders neckline. the "
            "romper is of long length. the lady wears a",
            "cut",
            hit_limit=True,
        ),
        gender="Menina",
        title="Jardineira Infantil Jeans Azul",
        category="Infantil > Menina > Macacões e Jardineiras",
        color="Azul Jeans",
    ),
    # photo: flat lay on white, red pique polo with two white buttons, no person, no accessories
    case(
        "X196-007",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a lapel neckline. "
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a lapel",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red polo shirt"),
        D.garment_type("polo shirt"),
        D.sleeve_length("short"),
        D.details(
            "the shirt has short sleeves, cotton fabric and pure color patterns. it has a lapel neckline. there is an "
            "accessory on his wrist. the",
            "unsupported",
            hit_limit=True,
        ),
        gender="Menino",
        title="Camisa Polo Infantil Piquet Vermelha",
        category="Infantil > Menino > Camisas Polo",
        color="Vermelho",
    ),
    # photo: teen girl, off-white cotton midi dress with small blue flowers, short puff sleeves, square neck, straw bag
    case(
        "X196-008",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is square. The dress is of long length. There is an accessory in her hand. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white dress with blue flowers"),
        D.color("white"),
        D.pattern("floral"),
        D.details(
            "the dress has short sleeves, cotton fabric and floral patterns. the neckline of the dress is square. the "
            "dress is of long length.",
            hit_limit=True,
        ),
        gender="Feminino",
        title="Vestido Juvenil Floral Algodão Off White",
        category="Juvenil > Feminino > Vestidos",
        color="Off White",
    ),
    # photo: boy in a heather grey pullover hoodie with kangaroo pocket, black joggers, studio
    case(
        "X196-009",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric and its neckline is hooded. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a gray hoodie Question: What is the color of the hoodie? Answer: gray", "leak"),
        D.garment_type("hoodie"),
        D.color("gray"),
        D.material("fleece"),
        D.details(
            "the sweater has long sleeves, cotton fabric and pure color patterns. it has a hooded neckline. the "
            "sweater has long sleeves, cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        gender="Unissex",
        title="Moletom Infantil com Capuz Cinza Mescla",
        category="Infantil > Unissex > Moletons",
        color="Cinza Mescla",
    ),
    # photo: boy with shoulder-length curly hair on a beach, navy-and-white striped tank top, red swim shorts
    case(
        "X196-010",
        caption(
            "The lady wears a sleeveless tank top with striped patterns and a three-point shorts. The tank top is "
            "with cotton fabric and its neckline is round. The shorts are with cotton fabric and pure",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a blue and white striped tank top and red shorts"),
        D.color("red", "other_garment_color"),
        D.pattern("striped"),
        D.details(
            "the tank top has no sleeves, cotton fabric and striped patterns. the neckline of the tank top is round. "
            "the shorts are of three-point",
            "cut",
            hit_limit=True,
        ),
        gender="Menino",
        title="Regata Infantil Menino Listrada Azul Marinho",
        category="Infantil > Menino > Regatas",
        color="Azul Marinho",
    ),
    # photo: girl in a baby-pink layered tulle skirt, plain white tee, ballet flats
    case(
        "X196-011",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a short skirt. The T-shirt is with "
            "cotton fabric and its neckline is round. The skirt is with chiffon fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and a purple tutu", "contradiction"),
        D.garment_type("skirt"),
        D.color("light pink"),
        D.material("tulle"),
        D.details(
            "the skirt is of short length. the fabric is chiffon and it has pure color patterns. the skirt is of "
            "short length. the fabric is chiffon",
            "loop",
            hit_limit=True,
        ),
        gender="Menina",
        title="Saia Infantil Tule Rosa Bebê",
        category="Infantil > Menina > Saias",
        color="Rosa Bebê",
    ),
    # photo: boy in black jogger sweatpants with a white drawstring and cuffed ankles, green tee
    case(
        "X196-012",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is "
            "with cotton fabric and its neckline is round. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green t-shirt and black pants"),
        D.garment_type("leggings", "contradiction"),
        D.color("green", "other_garment_color"),
        D.description("black sweatpants with a white drawstring"),
        D.details(
            "the pants are of long length. the fabric is cotton and it has pure color patterns. there is an "
            "accessory on his",
            "cut",
            hit_limit=True,
        ),
        gender="Menino",
        title="Calça Jogger Infantil Moletom Preta",
        category="Infantil > Menino > Calças",
        color="Preto",
    ),
    # photo: flat lay, white long-sleeve baby bodysuit with envelope neckline and snap crotch, nothing else in frame
    case(
        "X196-013",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. The",
            "unsupported",
            hit_limit=True,
        ),
        D.wearing("a white onesie"),
        D.garment_type("t-shirt", "contradiction"),
        D.color("white"),
        D.details(
            "the shirt has long sleeves, cotton fabric and pure color patterns. it has a round neckline. the shirt "
            "has long sleeves, cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        gender="Unissex",
        title="Body Bebê Manga Longa Branco",
        category="Bebê > Bodies",
        color="Branco",
    ),
    # photo: flat lay, short pajama set: light blue tee with rockets, navy shorts with small yellow stars
    case(
        "X196-014",
        caption(
            "The upper clothing has short sleeves, cotton fabric and graphic patterns. It has a round neckline. The "
            "lower clothing is of three-point length. The fabric is cotton and it has graphic",
            "cut",
            hit_limit=True,
        ),
        D.wearing("pajamas"),
        D.description("a blue pajama set with rockets on the shirt and stars on the shorts"),
        D.color("blue"),
        D.details(
            "the sleeves, the neckline, the collar, the sleeves, the neckline, the collar, the sleeves, the neckline, "
            "the collar, the",
            "loop",
            hit_limit=True,
        ),
        gender="Menino",
        title="Pijama Infantil Curto Foguete Azul",
        category="Infantil > Menino > Pijamas",
        color="Azul",
    ),
    # photo: teen girl, mirror-selfie style, sleeveless lilac ribbed crop top with square neck, high-waist light jeans
    case(
        "X196-015",
        caption(
            "The lady wears a tank top with pure color patterns and a long pants. The tank top is with cotton fabric "
            "and its neckline is square. The pants are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a purple crop top and jeans"),
        D.color("blue", "contradiction"),
        D.material("ribbed knit"),
        D.details(
            "the tank top has no sleeves, cotton fabric and pure color patterns. the neckline of the tank top is "
            "square. the pants are of long",
            "cut",
            hit_limit=True,
        ),
        gender="Feminino",
        title="Blusa Cropped Juvenil Canelada Lilás",
        category="Juvenil > Feminino > Blusas",
        color="Lilás",
    ),
    # photo: boy in an olive-green quilted nylon puffer jacket with hood, zipped up, light grey backdrop
    case(
        "X196-016",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "cotton fabric and it has a hooded neckline. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green puffer jacket"),
        D.color("brown", "contradiction"),
        D.material("cotton", "unsupported"),
        D.details(
            "the jacket has long sleeves, cotton fabric and pure color patterns. it has a hooded neckline. the jacket "
            "has long sleeves, cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        gender="Menino",
        title="Jaqueta Puffer Infantil Nylon Verde Militar",
        category="Infantil > Menino > Jaquetas e Casacos",
        color="Verde Militar",
    ),
    # photo: girl by a Christmas tree, red-and-navy tartan long-sleeve dress, white Peter Pan collar, knee length
    case(
        "X196-017",
        caption(
            "The lady wears a long-sleeve dress with lattice patterns. The dress is with cotton fabric and its "
            "neckline is lapel. The dress is of knee length. The dress is of knee length. The dress is of knee length.",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red plaid dress"),
        D.color("red"),
        D.pattern("plaid"),
        D.sleeve_length("long"),
        D.description("a red and green plaid dress with a white collar", "contradiction"),
        D.details(
            "the dress has long sleeves, cotton fabric and lattice patterns. it has a lapel neckline. the dress is of "
            "knee length. there is a",
            "cut",
            hit_limit=True,
        ),
        gender="Menina",
        title="Vestido Infantil Xadrez Vermelho Gola Branca",
        category="Infantil > Menina > Vestidos",
        color="Vermelho",
    ),
    # photo: girl in frayed-hem mid-blue denim shorts, white tank top, sunglasses pushed up on her head
    case(
        "X196-018",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a short shorts. The tank top is with "
            "cotton fabric and its neckline is round. The shorts are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white tank top and denim shorts"),
        D.garment_type("shorts"),
        D.color("white", "other_garment_color"),
        D.details(
            "the shorts are of short length. the fabric is denim and it has pure color patterns. the shorts are of "
            "short length. the fabric is",
            "loop",
            hit_limit=True,
        ),
        gender="Menina",
        title="Shorts Infantil Jeans Barra Desfiada Azul",
        category="Infantil > Menina > Shorts",
        color="Azul",
    ),
    # photo: teen boy in a black tee with a large white skateboard print, grey jeans
    case(
        "X196-019",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is crew. The pants are with denim fabric and solid color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black t-shirt with a skateboard on it"),
        D.color("white", "contradiction"),
        printed("a skateboard"),
        D.details(
            "the shirt has short sleeves, cotton fabric and graphic patterns. it has a crew neckline. his shirt has "
            "short sleeves, cotton fabric and graphic patterns",
            "loop",
            hit_limit=True,
        ),
        gender="Masculino",
        title="Camiseta Juvenil Estampada Skate Preta",
        color="Preto",
    ),
    # photo: girl in a mustard knit cardigan with wooden buttons, worn open over a white dress
    case(
        "X196-020",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric and "
            "it has a V-shape neckline. The lady wears a long-sleeve cardigan with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a yellow sweater and a white dress"),
        D.garment_type("cardigan"),
        D.color("yellow"),
        D.material("knit"),
        D.details(
            "the cardigan has long sleeves, knitting fabric and pure color patterns. it has a v-shape neckline. there "
            "are buttons on the",
            "cut",
            hit_limit=True,
        ),
        gender="Menina",
        title="Cardigan Infantil Tricô Mostarda",
        category="Infantil > Menina > Casacos",
        color="Mostarda",
    ),
    # photo: girl with a short pixie haircut, black leggings, pink graphic tee, beaded bracelet on her wrist
    case(
        "X196-021",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a long leggings. The T-shirt is "
            "with cotton fabric and its neckline is round. The leggings are with cotton",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a pink shirt and black leggings"),
        D.color("pink", "other_garment_color"),
        D.material("cotton"),
        D.details(
            "the leggings are of long length. the fabric is cotton and it has pure color patterns. there is an "
            "accessory on her wrist. she",
            "cut",
            hit_limit=True,
        ),
        gender="Menina",
        title="Calça Legging Infantil Cotton Preta",
        category="Infantil > Menina > Leggings",
        color="Preto",
    ),
    # photo: boy in a short-sleeve blue-and-white gingham button-up shirt, beige bermuda, outdoors
    case(
        "X196-022",
        caption(
            "The gentleman wears a short-sleeve shirt with lattice patterns and a medium shorts. The shirt is with "
            "cotton fabric and it has a lapel neckline. The shorts are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue and white checkered shirt and khaki shorts"),
        D.color("beige", "other_garment_color"),
        D.pattern("plaid"),
        D.details(
            "the shirt has short sleeves, cotton fabric and lattice patterns. it has a lapel neckline. the shirt has "
            "short sleeves, cotton fabric and lattice",
            "loop",
            hit_limit=True,
        ),
        gender="Menino",
        title="Camisa Infantil Manga Curta Xadrez Vichy Azul",
        category="Infantil > Menino > Camisas",
        color="Azul",
    ),
    # photo: girl with a short bob, sleeveless mint-green linen romper with a tie waist, barefoot on a deck
    case(
        "X196-023",
        caption(
            "The gentleman wears a sleeveless romper with pure color patterns. The romper is with cotton fabric and "
            "its neckline is round. The romper is of short length. The gentleman wears a sleeveless romper",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a green romper"),
        D.garment_type("romper"),
        D.color("mint green"),
        D.material("linen"),
        D.details(
            "the romper has no sleeves, cotton fabric and pure color patterns. the neckline is round. the romper is "
            "of short length. there is a",
            "cut",
            hit_limit=True,
        ),
        gender="Menina",
        title="Macaquinho Infantil Linho Verde Água",
        category="Infantil > Menina > Macaquinhos",
        color="Verde Água",
    ),
    # photo: boy in a navy zip-up track jacket with red stripes down the sleeves and matching navy track pants
    case(
        "X196-024",
        caption(
            "The gentleman wears a long-sleeve jacket with color block patterns and a long pants. The jacket is with "
            "cotton fabric and it has a stand neckline. The pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue and red jacket and blue pants"),
        D.color("navy"),
        D.description("a navy blue tracksuit with red stripes on the sleeves"),
        D.details(
            "the jacket has long sleeves, cotton fabric and color block patterns. Question: What are the details of "
            "the garment? Answer: the jacket has long",
            "leak",
            hit_limit=True,
        ),
        gender="Menino",
        title="Conjunto Agasalho Infantil Moletom Azul Marinho",
        category="Infantil > Menino > Conjuntos",
        color="Azul Marinho",
    ),
    # ---------------- second run: base model for caption and open questions, VQA adapter for per-garment colors
    # photo: girl in a party dress, gold sequined sleeveless bodice and full gold tulle skirt, no bow, white wall
    case(
        "X196-025",
        caption("a little girl in a gold dress standing in front of a white wall"),
        D.wearing("a gold dress"),
        D.color("gold"),
        D.description("a gold dress with a pink bow on the waist", "unsupported"),
        D.details("sequins on the top and a tulle skirt"),
        D.material("tulle"),
        color_of(
            "dress",
            "gold with sequins on the top and a tulle skirt and the sleeves are short and the neckline is round and "
            "the dress is of knee",
            "cut",
            kind="open",
            hit_limit=True,
        ),
        gender="Menina",
        title="Vestido Infantil de Festa Paetê e Tule Dourado",
        category="Infantil > Menina > Vestidos de Festa",
        color="Dourado",
    ),
    # photo: flat lay, long-sleeve breton tee, off-white with navy horizontal stripes, no pocket
    case(
        "X196-026",
        caption("a white and blue striped shirt on a white background"),
        D.wearing("a striped shirt"),
        D.color("white"),
        D.pattern("striped"),
        D.description("Answer: a striped shirt with long sleeves", "leak"),
        D.details("it has a pocket on the front", "unsupported"),
        color_of(
            "shirt",
            "blue and white stripes blue and white stripes blue and white stripes blue and white stripes blue and "
            "white stripes blue and white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        gender="Unissex",
        title="Camiseta Infantil Manga Longa Listrada Off White e Azul Marinho",
        category="Infantil > Unissex > Camisetas",
        color="Off White/Azul Marinho",
    ),
    # photo: boy on a boardwalk, green tee with a white surfboard and the word SURF, beige drawstring bermuda
    case(
        "X196-027",
        caption("a young boy wearing a green shirt and tan shorts"),
        D.wearing("a green shirt and beige shorts"),
        D.color("green"),
        D.description("a green t-shirt with a surfboard on it and green shorts", "other_garment_color"),
        D.details("the shirt has a surfboard and the word surf on it"),
        color_of(
            "shorts",
            "khaki-khaki-khaki-khaki-khaki-khaki-khaki-khaki-khaki-khaki-khaki-khaki-khaki-khaki-khaki",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        gender="Menino",
        title="Conjunto Infantil Menino Camiseta Surf e Bermuda Verde e Bege",
        category="Infantil > Menino > Conjuntos",
        color="Verde/Bege",
    ),
    # photo: ghost mannequin, mid-blue denim skort (shorts under a front skirt panel), two front pockets
    case(
        "X196-028",
        caption("a pair of denim shorts with a skirt on the front"),
        D.wearing("a denim skirt"),
        D.garment_type("skirt"),
        D.material("denim"),
        D.details("it is a skirt", "non_answer"),
        color_of(
            "skirt",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        gender="Menina",
        title="Short Saia Infantil Jeans Azul",
        category="Infantil > Menina > Saias",
        color="Azul",
    ),
    # photo: girl in a white cotton blouse with short puff sleeves and a ruffled collar, pink pleated skirt
    case(
        "X196-029",
        caption("a little girl wearing a white blouse and a pink skirt"),
        D.wearing("a white shirt and a pink skirt"),
        D.color("pink", "other_garment_color"),
        D.sleeve_length("short"),
        D.description("a white blouse with puffy sleeves and a ruffle collar"),
        color_of(
            "blouse",
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        gender="Menina",
        title="Blusa Infantil Manga Bufante Babado Branca",
        category="Infantil > Menina > Blusas",
        color="Branco",
    ),
    # photo: boy with a long fringe, red tee with a yellow lightning bolt in a circle (no brand emblem), jeans
    case(
        "X196-030",
        caption("a little girl wearing a red shirt with a superhero logo", "pronoun"),
        D.wearing("a red t-shirt"),
        D.description("a red shirt with a superman logo on the front", "unsupported"),
        D.details("the details of the shirt are on the front of the shirt", "restated"),
        color_of(
            "shirt",
            "red red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        gender="Menino",
        title="Camiseta Infantil Super-Herói Raio Vermelha",
        category="Infantil > Menino > Camisetas",
        color="Vermelho",
    ),
    # photo: girl in pink twill shortalls with buttoned straps and a bib pocket, over a white-and-navy striped tee
    case(
        "X196-031",
        caption("a little girl in a pink overall and a striped shirt"),
        D.wearing("pink overalls"),
        D.garment_type("overalls"),
        D.color("pink"),
        D.material("corduroy", "unsupported"),
        D.details("the overalls have buttons on the straps and a pocket on the front"),
        gender="Menina",
        title="Jardineira Infantil Short Sarja Rosa",
        category="Infantil > Menina > Jardineiras",
        color="Rosa",
    ),
    # photo: teen girl against a brick wall, navy long-sleeve midi dress with small white flowers and a ruffled hem
    case(
        "X196-032",
        caption("a woman in a blue floral dress standing in front of a brick wall"),
        D.wearing("a blue dress with white flowers"),
        D.color("navy blue"),
        D.sleeve_length("short", "contradiction"),
        D.details("long sleeves and a ruffled hem"),
        color_of(
            "dress",
            "navy blue with small white flowers and the sleeves are long and the neckline is round and the dress is "
            "of long length and the",
            "cut",
            kind="open",
            hit_limit=True,
        ),
        gender="Feminino",
        title="Vestido Juvenil Midi Floral Azul Marinho",
        category="Juvenil > Feminino > Vestidos",
        color="Azul Marinho",
    ),
    # photo: boy sitting on a park bench, grey fleece shorts with a drawstring, orange tee
    case(
        "X196-033",
        caption("a boy wearing an orange shirt and gray shorts sitting on a bench"),
        D.wearing("an orange shirt and gray shorts"),
        D.color("orange", "other_garment_color"),
        D.details("the shorts are short", "non_answer"),
        D.material("cotton"),
        color_of(
            "shorts",
            "orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        gender="Menino",
        title="Short Infantil Moletom Cinza",
        category="Infantil > Menino > Shorts",
        color="Cinza",
    ),
    # photo: flat lay, plain yellow tank top with wide straps, no trims or lace
    case(
        "X196-034",
        caption("a yellow tank top on a white background"),
        D.wearing("a yellow tank top"),
        D.sleeve_length("sleeveless"),
        D.description("a yellow tank top with white lace trim", "unsupported"),
        D.material("the material of the garment", "restated"),
        gender="Feminino",
        title="Regata Juvenil Feminina Básica Amarela",
        category="Juvenil > Feminino > Regatas",
        color="Amarelo",
    ),
    # photo: teen boy, hands in pockets, burgundy crewneck sweatshirt and mid-blue jeans
    case(
        "X196-035",
        caption("a young man wearing a maroon sweatshirt and jeans"),
        D.wearing("a red sweater and jeans"),
        D.garment_type("sweatshirt"),
        D.color("burgundy"),
        D.material("cotton fleece"),
        color_of(
            "sweatshirt",
            "burgundy Question: What is the color of the pants? Answer: blue Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        gender="Masculino",
        title="Moletom Juvenil Careca Bordô",
        category="Juvenil > Masculino > Moletons",
        color="Bordô",
    ),
    # photo: girl sitting on a bed, lilac long-sleeve pajama set, unicorn print on the top, pants with small stars
    case(
        "X196-036",
        caption("a little girl in purple pajamas with a unicorn on the shirt"),
        D.wearing("a purple dress", "contradiction"),
        D.color("purple"),
        D.description("a purple pajama set with a unicorn on the shirt and stars on the pants"),
        D.details("Question: What are the details of the garment? Answer: unicorn", "leak"),
        color_of(
            "pajamas",
            "the color of the pajamas is purple. the color of the pajamas is purple. the color of the pajamas is "
            "purple. the color",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        gender="Menina",
        title="Pijama Infantil Longo Unicórnio Lilás",
        category="Infantil > Menina > Pijamas",
        color="Lilás",
    ),
    # photo: flat lay, windbreaker with a yellow body, royal blue sleeves and hood, front zip
    case(
        "X196-037",
        caption("a yellow and blue jacket with a hood"),
        D.wearing("nothing", "non_answer"),
        D.garment_type("vest", "contradiction"),
        D.pattern("color block"),
        D.details("the jacket has a hood and a zipper"),
        color_of(
            "jacket",
            "yellow and blue and yellow and blue and yellow and blue and yellow and blue and yellow and blue and "
            "yellow and blue and yellow",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        gender="Unissex",
        title="Jaqueta Corta Vento Infantil Amarela e Azul",
        category="Infantil > Unissex > Jaquetas",
        color="Amarelo/Azul",
    ),
    # photo: girl in dark-wash skinny jeans with no rips, white tee, white sneakers
    case(
        "X196-038",
        caption("a girl wearing a white shirt and blue jeans"),
        D.wearing("she is wearing a white shirt and jeans"),
        D.garment_type("jeans"),
        D.color("dark blue"),
        D.details("ripped knees", "unsupported"),
        gender="Menina",
        title="Calça Jeans Infantil Skinny Azul Escuro",
        category="Infantil > Menina > Calças",
        color="Azul Escuro",
    ),
    # photo: girl in a long-sleeve grey sweatshirt dress with small pink stars, white tights
    case(
        "X196-039",
        caption("a little girl in a gray dress with pink stars"),
        D.wearing("a gray sweater", "contradiction"),
        D.color("gray"),
        D.description("a gray dress with pink stars on it"),
        D.details("the details of the dress", "restated"),
        color_of(
            "dress",
            "gray Question: What is the color of the dress? Answer: gray Question: What is the color of the dress? "
            "Answer:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        gender="Menina",
        title="Vestido Infantil Moletinho Cinza Estrelas",
        category="Infantil > Menina > Vestidos",
        color="Cinza",
    ),
    # photo: teen boy with shoulder-length hair, royal blue pique polo, white shorts
    case(
        "X196-040",
        caption("a young woman wearing a blue polo shirt and white shorts", "pronoun"),
        D.wearing("he is wearing a blue polo shirt"),
        D.garment_type("polo shirt"),
        D.material("cotton pique"),
        D.details("none", "non_answer"),
        color_of(
            "shirt",
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        gender="Masculino",
        title="Camisa Polo Juvenil Piquet Azul Royal",
        category="Juvenil > Masculino > Polos",
        color="Azul Royal",
    ),
    # photo: girl in a white crop top printed with lemons and a matching yellow skort with lemons
    case(
        "X196-041",
        caption("a little girl wearing a white top and yellow shorts with lemons on them"),
        D.wearing("a white shirt and yellow shorts"),
        D.pattern("floral", "contradiction"),
        D.description("a white crop top and yellow shorts with lemon prints"),
        D.material("the garment is made of fabric", "restated"),
        gender="Menina",
        title="Conjunto Infantil Cropped e Short Saia Limões",
        category="Infantil > Menina > Conjuntos",
    ),
    # photo: baby lying on a white blanket in a pink ribbed short-sleeve bodysuit, bow headband
    case(
        "X196-042",
        caption("a baby laying on a bed wearing a pink onesie"),
        D.wearing("he is wearing a pink onesie", "pronoun"),
        D.garment_type("bodysuit"),
        D.sleeve_length("short"),
        D.details("", "non_answer"),
        color_of(
            "onesie",
            "pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        gender="Menina",
        title="Body Bebê Manga Curta Canelado Rosa",
        category="Bebê > Menina > Bodies",
        color="Rosa",
    ),
    # photo: flat lay on a wooden floor, off-white cable-knit cardigan with wooden buttons
    case(
        "X196-043",
        caption("a white knitted sweater on a wooden floor"),
        D.wearing("a sweater"),
        D.color("white"),
        D.material("knit"),
        D.details("the sweater has a cable knit pattern and buttons down the front"),
        color_of(
            "sweater",
            "white Question: What is the color of the sweater? Answer: white Question: What is the color of the "
            "sweater? Answer",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        title="Casaco Infantil Tricô Tranças Off White",
        category="Infantil > Casacos",
        color="Off White",
    ),
    # photo: flat lay, blue tactel board shorts with a green palm-leaf print, elastic waist with white drawstring
    case(
        "X196-044",
        caption("a pair of blue shorts with palm leaves on them"),
        D.wearing("swim trunks"),
        D.color("blue"),
        D.pattern("floral"),
        D.material("nylon"),
        D.details("the shorts have an elastic waistband and a drawstring"),
        title="Bermuda Infantil Tactel Estampada Folhagem Azul",
        category="Infantil > Bermudas",
        color="Azul",
    ),
    # photo: girl in a plain flag-green crew-neck tee and jeans, studio
    case(
        "X196-045",
        caption("a young girl wearing a green shirt and blue jeans"),
        D.wearing("a green t-shirt and jeans"),
        D.garment_type("t-shirt"),
        D.color("green"),
        D.details("the garment details are the details of the garment", "restated"),
        color_of(
            "shirt",
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        gender="Unissex",
        title="Camiseta Infantil Básica Verde Bandeira",
        category="Infantil > Unissex > Camisetas",
        color="Verde Bandeira",
    ),
    # photo: girl in a sleeveless mid-blue denim button-front dress, white sneakers
    case(
        "X196-046",
        caption("a little girl wearing a denim dress"),
        D.wearing("a blue jean jacket", "contradiction"),
        D.garment_type("dress"),
        D.material("denim Answer: denim", "leak"),
        D.description("it is a dress", "non_answer"),
        gender="Menina",
        title="Vestido Infantil Jeans Botões Azul",
        color="Azul",
    ),
]
