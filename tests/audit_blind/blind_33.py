"""BLIND_33 (44 products; a Brazilian fast-fashion chain, Renner/C&A-like: blusas, vestidos, jeans, moletons, pijamas,
moda praia, lingerie, bags and sneakers; enrich's default closed questions with the experiments' open ones;
Portuguese catalog columns and genders (Feminino, Masculino, Menina, Menino)): written blind in the fourteenth
session, after its other changes, and measured blind at 36d1455: 116/143 and 8/131. The writer's notes, verbatim:

BLIND_33: a blind corpus of BLIP-2 outputs for a Brazilian fast-fashion store (women, men, kids).

Scenario
--------
A Renner/C&A/Riachuelo-like online store runs enrich over its catalog photos: on-model studio shots on white or
light grey, some on a beach or a street, and flat product shots (gender None). Garments: blusas, camisetas,
regatas, camisas, vestidos, saias, shorts/bermudas, calças jeans and de alfaiataria, macacões, moletons, jaquetas,
cardigãs, pijamas, moda praia, lingerie, plus a few bolsas and tênis. About two thirds of the products carry the
chain's catalog columns in Portuguese (category, color, title); the rest have none.

Which system wrote which text
-----------------------------
* caption: either the untuned base BLIP-2 OPT-2.7b (short sentences, hue names) or the experiments' caption adapter
  (DeepFashion-MultiModal template: "The lady wears a ... with pure color patterns ...", pattern words, never a hue).
  The adapter has no trained stop, so most of its captions run to the 50-token limit and either loop or stop
  mid-sentence; a few stopped early by chance and are correct. Each Case comment says which system wrote the caption.
* closed questions (garment_type, color, pattern, sleeve_length, is_<garment>, color_of_<garment> stored closed):
  the VQA adapter through the reference engine, raw generated text. It answers In-shop class names ("tee",
  "denim", "romper"), loops ("pink-pink-pink..."), leaks the "Question: ... Answer:" format, and answers about the
  other layer of the outfit.
* open questions (wearing, description, details, material, color_of kind="open"): the untuned base model (30 new
  tokens) unless the comment says the caption adapter answered (its template returned whatever the prompt).

How it was written
------------------
Blind. I read only ../shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the Text/Case layout, helpers,
DEFAULT_QUESTIONS, BLIND_QUESTIONS and the TARGETS keys). I did not read enrich/, queries/, docs/, any other test,
any other corpus, nor anything about how the audits work; I did not run enrich or any audit.

Label conventions and judgement calls
-------------------------------------
* One label per text: the fault a reviewer would fix first. Labels are judged against the photo described in the
  comment above each Case and against the catalog columns.
* hit_limit=True only on texts that ran to the limit (30 new tokens for answers, 50 for captions): every loop and
  cut, and the leaks that kept generating to the limit. A correct text never has hit_limit.
* cut: stops mid-phrase at the limit. loop: repeats a word, phrase or sentence until the limit (a sentence that
  restarts the template counts as a loop, not a cut).
* leak: the answer carries "Question: ... Answer:" text, whatever came before it.
* contradiction: a wrong color, garment type, pattern or sleeve length for the product (including an accessory
  answered as a garment: a bag called "jacket", sneakers called "pants"; a bikini top called "tank"), or the
  wrong garment in a caption.
* other_garment_color: the product is given the color of another garment visible in the photo (the inner tee under
  a jacket, the jeans under a blouse, one color repeated for every garment). I use it for closed color answers too
  when the color given is clearly another layer's; a color that belongs to nothing in the photo (or only to a
  print on the garment) is a contradiction.
* unsupported: an invented detail (pocket, logo, slit, zipper, printed words, ties) that the photo does not show.
* non_answer: empty, "nothing", "fabric", "i don't know". restated: only the question's words back ("the skirt is
  a skirt", "the shorts are short", "they are jeans").
* pronoun: a he/she or man/woman that contradicts the person in the photo and the gender column. I never judge
  pronouns for flat shots (gender None) or for the neutral "Infantil" column unless the photo is unambiguous.
* Near-hue synonyms count as correct: navy/dark blue for Azul Marinho, maroon/burgundy for Vinho, tan/brown for
  Caramelo, olive/green for Verde Militar, khaki/beige for Bege, cream/white for Off White, grey for Cinza Mescla.
  A main color of a printed or two-color garment ("blue" for a navy floral dress, "orange" for a tropical print
  with orange) is correct; so are two-color answers for two-color garments.
* In-shop class names are correct where they fit: "tee" for a camiseta, "denim" for jeans, "blouse" for a shirt
  or a pajama top, "shorts" for a sunga boxer, "jumpsuit"/"romper" for a macacão; "romper" for a maiô is not.
* Plausible materials the eye can judge (cotton for a tee, denim, linen, lace, canvas, flannel, polyester for
  tailoring) are correct; "fabric" is a non-answer.
* Backgrounds, other garments of the outfit, prints and shoes mentioned in a correct text are correct when the
  photo shows them.
"""

from __future__ import annotations

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    DEFAULT_QUESTIONS,
    Case,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    wearing,
)

Q = DEFAULT_QUESTIONS
B = BLIND_QUESTIONS

BLIND_33: list[Case] = [
    # Woman, white studio background: white ribbed cropped short-sleeve top (the product), light-blue high-waist
    # jeans, white sneakers. Caption: base model.
    case(
        "BR-33001",
        caption("a woman in a white crop top and jeans"),
        Q.garment_type("blouse"),
        Q.color("white"),
        Q.sleeve_length(
            "short-sleeve Question: What is the neckline of the garment? Answer: round Question: What is the",
            "leak",
            hit_limit=True,
        ),
        color_of("shirt", "light blue", "other_garment_color"),
        details("shirt", "the shirt is ribbed and cropped at the waist"),
        gender="Feminino",
        category="Blusas",
        color="Branco",
        title="Blusa Cropped Canelada Manga Curta",
    ),
    # Woman, light grey studio: midi wrap dress, navy ground with small white and pink flowers, short puff sleeves,
    # V neck, self-tie at the waist; thin gold bracelet on her wrist. Caption: caption adapter (cut at 50 tokens).
    case(
        "BR-33002",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The dress is of long length. There is a belt in the lady's waist. There is an "
            "accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless", "contradiction"),
        describe("dress", "a blue floral dress with a tie at the waist"),
        details(
            "dress",
            "the dress has a v-neck, short sleeves and a tie at the waist. the dress has a v-neck, short sleeves "
            "and a tie at the",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a blue dress with white flowers"),
        gender="Feminino",
        category="Vestidos",
        color="Estampado",
        title="Vestido Midi Estampado Floral com Amarração",
    ),
    # Woman, white studio: light-wash wide-leg high-waist jeans (the product), black tank top tucked in, white
    # sneakers. Caption: base model.
    case(
        "BR-33003",
        caption("a woman in a black top and jeans standing in front of a white wall"),
        Q.color("black", "other_garment_color"),
        color_of("jeans", "light blue"),
        details("jeans", "the jeans are high waisted and have a wide leg"),
        describe("jeans", "they are jeans", "restated"),
        wearing("he is wearing a black tank top and jeans", "pronoun"),
        gender="Feminino",
        category="Calças Jeans",
        color="Azul Claro",
        title="Calça Jeans Wide Leg Cintura Alta",
    ),
    # Man, light grey studio: navy crew-neck short-sleeve cotton tee (the product), beige chino shorts.
    # No catalog columns. Caption: caption adapter (cut).
    case(
        "BR-33004",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The "
            "T-shirt is with cotton fabric and its neckline is round. The shorts are with cotton fabric and pure "
            "color patterns. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        Q.color("navy"),
        Q.pattern(
            "pure color Question: What is the pattern of the shorts? Answer: pure color Question: What is",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("short-sleeve"),
        wearing("a blue t-shirt and khaki shorts"),
        color_of("shirt", "black", "contradiction"),
        gender="Masculino",
    ),
    # Woman on a beach (sand, sea, blue sky): green strapless bandeau bikini top and plain matching green bottoms,
    # no ties anywhere. Caption: base model.
    case(
        "BR-33005",
        caption("a woman in a green bikini standing on the beach"),
        Q.garment_type("tank", "contradiction"),
        Q.color("green"),
        describe("bikini", "a green bikini with a blue sky and the ocean in the background"),
        details(
            "bikini",
            "the bikini top is a bandeau style with no straps and the bottoms have ties on the sides",
            "unsupported",
        ),
        wearing(
            "a woman wearing a green bikini top and green bikini bottoms standing on a sandy beach with the ocean "
            "and a blue sky in the",
            "cut",
            hit_limit=True,
        ),
        gender="Feminino",
        category="Biquínis",
        color="Verde",
        title="Biquíni Top Faixa Verde",
    ),
    # Man, white studio: heather-grey pullover hoodie with kangaroo pocket and drawstrings (the product, no zip),
    # black joggers. Caption: caption adapter (loop).
    case(
        "BR-33006",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is "
            "with cotton fabric. The pants are with cotton fabric and pure color patterns. The pants are with "
            "cotton fabric and pure color patterns. The pants are",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type(
            "sweatshirt Question: Is this a sweatshirt? Answer: yes Question: Is this a hoodie? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        Q.color("grey"),
        color_of("sweatshirt", "black", "other_garment_color"),
        describe("hoodie", "a grey hoodie with a front pocket and a drawstring hood"),
        details("hoodie", "the hoodie has a zipper on the front and two side pockets", "unsupported"),
        gender="Masculino",
        category="Moletons",
        color="Cinza Mescla",
        title="Moletom Canguru com Capuz Masculino",
    ),
    # Flat product shot on white: black quilted crossbody bag, flap closure with hidden magnetic snap, gold chain
    # strap. Caption: base model.
    case(
        "BR-33007",
        caption("a black quilted handbag with a gold chain"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("black"),
        describe(
            "bag",
            "a black quilted bag with a gold chain strap. the bag has a flap closure and a gold chain strap. the "
            "bag is made of",
            "cut",
            hit_limit=True,
        ),
        Q.material("the bag is made of leather"),
        category="Bolsas",
        color="Preto",
        title="Bolsa Tiracolo Matelassê Corrente",
    ),
    # Woman, white studio: pink pleated midi skirt (the product), white tee tucked in, white sneakers.
    # No catalog columns. Caption: base model.
    case(
        "BR-33008",
        caption("a woman in a pink skirt and white shirt"),
        Q.color("white", "other_garment_color"),
        color_of(
            "skirt",
            "pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink",
            "loop",
            hit_limit=True,
        ),
        describe("skirt", "a pink pleated skirt that falls below the knee"),
        details(
            "skirt",
            "the skirt is pleated and the pleats go all the way down to the hem of the skirt which falls below the "
            "knee and the waistband is",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink skirt and a white t-shirt"),
        gender="Feminino",
    ),
    # Man on a street in front of a graffiti wall: medium-blue ripped denim bermuda shorts (the product), white tee,
    # white sneakers; front view only. Caption: base model.
    case(
        "BR-33009",
        caption("a man standing in front of a graffiti wall wearing shorts"),
        Q.garment_type("pants", "contradiction"),
        color_of(
            "shorts",
            "blue Question: What is the color of the shirt? Answer: white Question: What is the color of the "
            "shoes? Answer: white",
            "leak",
            hit_limit=True,
        ),
        details("shorts", "the shorts have rips on the front"),
        describe(
            "shorts",
            "the shorts are denim shorts with rips on the front and a pair of pockets on the back and on the side "
            "and a pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("a white t-shirt, blue shorts and white sneakers"),
        Q.material("denim"),
        gender="Masculino",
        category="Shorts",
        color="Azul",
        title="Bermuda Jeans Masculina Destroyed",
    ),
    # Boy, light grey studio: short pajama set, light-green tee with a green dinosaur print, dark-green shorts.
    # Caption: caption adapter, which stopped on its own this time (correct, pattern words only).
    case(
        "BR-33010",
        caption(
            "The person wears a short-sleeve T-shirt with graphic patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric and its neckline is round. The shorts are with cotton fabric and pure color patterns."
        ),
        Q.color("blue", "contradiction"),
        Q.pattern("graphic"),
        wearing("she is wearing a green shirt with dinosaurs on it", "pronoun"),
        details(
            "shirt",
            "the shirt has a dinosaur on it and the dinosaur is a t-rex and the dinosaur is a t-rex and the "
            "dinosaur is a",
            "loop",
            hit_limit=True,
        ),
        gender="Menino",
        category="Pijamas",
        color="Verde",
        title="Pijama Infantil Curto Estampa Dinossauros",
    ),
    # Woman, white studio: medium-blue oversized denim jacket (the product) worn open over a white tee, black
    # leggings; plain denim collar, two flap chest pockets. Caption: caption adapter (loop).
    case(
        "BR-33011",
        caption(
            "The lady wears a long-sleeve denim jacket with pure color patterns and a long leggings. The denim "
            "jacket is with denim fabric and it has a lapel neckline. The lady wears a long leggings. The lady "
            "wears a long leggings. The lady wears",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("tee", "contradiction"),
        Q.color("blue"),
        color_of("jacket", "white", "other_garment_color"),
        describe("jacket", "a blue denim jacket with buttons down the front and two chest pockets"),
        details("jacket", "the jacket has a fur-lined collar", "unsupported"),
        gender="Feminino",
        category="Jaquetas",
        color="Azul",
        title="Jaqueta Jeans Oversized",
    ),
    # Woman on a beach: black one-piece swimsuit with a deep V neckline. Caption: base model.
    case(
        "BR-33012",
        caption("a woman in a black swimsuit on the beach"),
        Q.garment_type("romper", "contradiction"),
        Q.color(
            "black Question: What is the color of the swimsuit? Answer: black Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        describe("swimsuit", "a black swimsuit with a deep v neckline"),
        details("swimsuit", "the details of the swimsuit are the swimsuit details", "restated"),
        wearing("a black bikini", "contradiction"),
        Q.material(
            "the swimsuit is made of a material that is made of a material that is made of a material that is made",
            "loop",
            hit_limit=True,
        ),
        gender="Feminino",
        category="Moda Praia",
        color="Preto",
        title="Maiô Decote V Preto",
    ),
    # Man, white studio: light-blue and white vertical-striped long-sleeve button-down shirt (the product), no
    # chest pocket; navy tailored trousers, brown loafers. No catalog columns. Caption: base model. Closed questions
    # asked with BLIND_QUESTIONS.
    case(
        "BR-33013",
        caption("a man in a blue and white striped shirt and navy pants"),
        B.pattern("striped"),
        B.color(
            "blue-white-blue-white-blue-white-blue-white-blue-white-blue-white-blue-white-blue",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("long-sleeve"),
        color_of("shirt", "blue and white stripes"),
        details("shirt", "the shirt has a button down collar and a pocket on the chest", "unsupported"),
        wearing(
            "a blue and white striped button down shirt with long sleeves, navy blue dress pants and a pair of brown",
            "cut",
            hit_limit=True,
        ),
        gender="Masculino",
    ),
    # Woman, light grey studio: beige wide-leg tailored trousers with front crease (the product), black sleeveless
    # bodysuit, tan heels. Caption: caption adapter (cut).
    case(
        "BR-33014",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long trousers. The tank top is "
            "with cotton fabric and its neckline is round. The trousers are with cotton fabric and pure color "
            "patterns. The lady has on her feet a pair of",
            "cut",
            hit_limit=True,
        ),
        Q.color("black", "other_garment_color"),
        color_of("pants", "beige"),
        describe("pants", "the pants are wide leg and high waisted with a crease down the front"),
        details("pants", "they are pants", "restated"),
        wearing("he is wearing a black top and beige pants", "pronoun"),
        gender="Feminino",
        category="Calças",
        color="Bege",
        title="Calça Pantalona Alfaiataria Cintura Alta",
    ),
    # Woman on a beach: white ribbed tank top (the product), light-blue denim shorts. No catalog columns.
    # Caption: base model.
    case(
        "BR-33015",
        caption("a woman in a white tank top and denim shorts on the beach"),
        Q.color("white"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("striped", "contradiction"),
        describe(
            "tank top", "the tank top is white and the shorts are white and the sand is white", "other_garment_color"
        ),
        wearing("a white tank top and blue shorts"),
        Q.material("i don't know", "non_answer"),
        gender="Feminino",
    ),
    # Girl, white studio: pink sweatshirt with ribbed collar/cuffs/hem and matching pink jogger pants with elastic
    # waist and cuffs, white sneakers. Caption: base model.
    case(
        "BR-33016",
        caption("a little girl in a pink sweatsuit"),
        Q.garment_type("sweatshirt"),
        Q.color("pink"),
        wearing("he is wearing a pink sweatshirt and pink pants", "pronoun"),
        describe(
            "sweatshirt",
            "a pink sweatshirt with a ribbed collar and cuffs and a ribbed hem and a ribbed collar and cuffs and a "
            "ribbed hem and",
            "loop",
            hit_limit=True,
        ),
        Q.material(
            "The person wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        gender="Menina",
        category="Conjuntos",
        color="Rosa",
        title="Conjunto Infantil Moletom Blusão e Calça Jogger Rosa",
    ),
    # Flat product shot on white: a pair of plain white canvas low-top sneakers, white laces, white rubber sole,
    # no stripes or logos. Caption: base model.
    case(
        "BR-33017",
        caption("a pair of white sneakers on a white background"),
        Q.garment_type("pants", "contradiction"),
        Q.color(
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            hit_limit=True,
        ),
        describe("sneakers", "a pair of white sneakers with white laces"),
        details("sneakers", "the sneakers have a red stripe on the side", "unsupported"),
        category="Tênis",
        color="Branco",
        title="Tênis Casual Lona Branco",
    ),
    # Woman, white studio: short red slip dress with thin straps (the product), nude heels. Caption: caption
    # adapter (loop: restarts the template).
    case(
        "BR-33018",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The lady wears a sleeveless dress with pure color patterns. The dress is with "
            "chiffon fabric and its neckline",
            "loop",
            hit_limit=True,
        ),
        Q.color("red"),
        Q.sleeve_length(
            "sleeveless Question: How long is the dress? Answer: short Question: How long are the straps? Answer: thin",
            "leak",
            hit_limit=True,
        ),
        color_of("dress", "pink", "contradiction"),
        describe("dress", "a red dress with thin straps"),
        gender="Feminino",
        category="Vestidos",
        color="Vermelho",
        title="Vestido Curto Alcinha Vermelho",
    ),
    # Woman, white studio: camel chunky-knit cardigan worn open, buttons down the front, ribbed cuffs (the
    # product), white tee underneath, blue jeans. No catalog columns. Caption: base model.
    case(
        "BR-33019",
        caption("a woman wearing a brown cardigan and jeans"),
        Q.color("white", "other_garment_color"),
        color_of("cardigan", "tan"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        details("cardigan", "the cardigan has buttons down the front and ribbed cuffs"),
        wearing("a brown sweater, a white shirt and blue jeans"),
        gender="Feminino",
    ),
    # Man on a beach, shirtless: boxer swim trunks with a green and navy leaf print, drawstring at the waist, no
    # logo. No catalog columns. Caption: base model.
    case(
        "BR-33020",
        caption("a man standing on the beach in swim trunks"),
        Q.pattern("floral"),
        Q.color("green"),
        wearing(
            "a pair of swim trunks with a green and blue leaf print on them and he is standing on the beach with "
            "the ocean behind him and the",
            "cut",
            hit_limit=True,
        ),
        describe(
            "swim trunks",
            "the swim trunks are green and blue with a leaf pattern on them and a drawstring at the waist and a "
            "drawstring at the waist and a",
            "loop",
            hit_limit=True,
        ),
        details("swim trunks", "the swim trunks have a logo on the left leg", "unsupported"),
        gender="Masculino",
    ),
    # Woman, light grey studio, framed chest to hips: black lace bralette without padding (the product), thin
    # straps, matching black lace briefs. Caption: base model.
    case(
        "BR-33021",
        caption("a woman in a black lace bra"),
        Q.garment_type("vest", "contradiction"),
        Q.color(
            "black Question: Is this a bra? Answer: yes Question: What is the color of the bra? Answer: black",
            "leak",
            hit_limit=True,
        ),
        describe("bra", "the bra is black lace with thin straps"),
        details("bra", "", "non_answer"),
        wearing("a black lace bra and panties"),
        gender="Feminino",
        category="Sutiãs",
        color="Preto",
        title="Sutiã Renda sem Bojo Preto",
    ),
    # Flat product shot on white: burgundy lace bikini brief with a small bow at the front waistband.
    # Caption: base model.
    case(
        "BR-33022",
        caption("a burgundy lace panty on a white background"),
        Q.garment_type("shorts", "contradiction"),
        Q.color("maroon"),
        describe("panties", "a pair of maroon panties with lace trim"),
        details(
            "panties",
            "the panties have a bow on the front and the panties have a bow on the front and the panties have a bow",
            "loop",
            hit_limit=True,
        ),
        category="Calcinhas",
        color="Vinho",
        title="Calcinha Biquíni Renda Vinho",
    ),
    # Woman, white studio: olive-green sleeveless wide-leg jumpsuit with V neck and self-tie belt (the product),
    # beige sandals. Caption: caption adapter (cut).
    case(
        "BR-33023",
        caption(
            "The lady wears a sleeveless romper with pure color patterns. The romper is with cotton fabric and its "
            "neckline is v-shape. The romper is of long length. There is a belt in the lady's waist. She wears a "
            "pair of",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jumpsuit"),
        Q.color("olive"),
        Q.pattern(
            "solid color Question: What is the pattern of the garment? Answer: solid color Question: What is the",
            "leak",
            hit_limit=True,
        ),
        color_of("jumpsuit", "green"),
        describe("jumpsuit", "it is a jumpsuit", "restated"),
        wearing(
            "The lady wears a sleeveless romper with pure color patterns. The romper is with cotton fabric and its "
            "neckline is v-shape. The",
            "cut",
            hit_limit=True,
        ),
        gender="Feminino",
        category="Macacões",
        color="Verde Militar",
        title="Macacão Longo Alfaiataria com Faixa",
    ),
    # Child (a boy), white studio: yellow short-sleeve tee with a red and white rocket print, no text on it (the
    # product), navy shorts. Caption: base model.
    case(
        "BR-33024",
        caption("a young boy in a yellow shirt with a rocket on it"),
        Q.color("yellow"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        color_of("shirt", "blue", "other_garment_color"),
        describe("shirt", "a yellow t-shirt with a red rocket on the front"),
        details("shirt", "the shirt has a rocket on it and the words 'to the moon' written under it", "unsupported"),
        wearing("a yellow shirt and blue shorts"),
        Q.material("unknown", "non_answer"),
        gender="Infantil",
        category="Camisetas",
        color="Amarelo",
        title="Camiseta Infantil Estampa Foguete",
    ),
    # Woman on a street (sidewalk, parked cars): mid-blue denim mini skirt with a button placket, no slit (the
    # product), black and white striped tee tucked in. No catalog columns. Caption: base model.
    case(
        "BR-33025",
        caption("a woman walking down the street in a striped shirt and denim skirt"),
        Q.garment_type("tee", "contradiction"),
        Q.color("black and white", "other_garment_color"),
        color_of(
            "skirt",
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue",
            "loop",
            hit_limit=True,
        ),
        describe("skirt", "a short denim skirt with buttons down the front"),
        details("skirt", "the skirt has a slit on the side", "unsupported"),
        wearing("the woman is wearing a black and white striped shirt and a denim skirt"),
        gender="Feminino",
    ),
    # Man, white studio: black quilted puffer jacket zipped up, stand collar (the product); a grey hoodie's hood
    # out over the collar; jeans. No catalog columns. Caption: caption adapter (loop).
    case(
        "BR-33026",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "cotton fabric and it has a stand-up collar. The pants are with denim fabric and pure color patterns. "
            "The gentleman wears a long-sleeve jacket with",
            "loop",
            hit_limit=True,
        ),
        Q.color("black"),
        color_of("jacket", "grey", "other_garment_color"),
        Q.sleeve_length(
            "long-sleeve Question: What is the length of the jacket? Answer: hip Question: What is the",
            "leak",
            hit_limit=True,
        ),
        describe("jacket", "a black puffer jacket with a hood", "unsupported"),
        details("jacket", "the jacket is quilted and has a zipper"),
        gender="Masculino",
    ),
    # Woman, white studio: black blouse with small white polka dots, puff short sleeves, square neck (the
    # product), tucked into beige tailored shorts. Caption: base model.
    case(
        "BR-33027",
        caption("a woman in a black and white polka dot top and tan shorts"),
        Q.color("black and white"),
        Q.sleeve_length(
            "short-sleeve Question: What is the sleeve length of the shorts? Answer: sleeveless Question: What is",
            "leak",
            hit_limit=True,
        ),
        describe("blouse", "a black and white polka dot blouse with puffy sleeves"),
        details(
            "blouse",
            "the blouse has puffy sleeves, a square neckline, and a square neckline, and a square neckline, and a "
            "square",
            "loop",
            hit_limit=True,
        ),
        gender="Feminino",
        category="Blusas",
        color="Preto/Branco",
        title="Blusa Manga Bufante Estampa Poá",
    ),
    # Man, light grey studio: olive twill jogger pants with drawstring waist and elastic cuffs, slant side pockets
    # only (the product); white tee, white sneakers. No catalog columns. Caption: base model.
    case(
        "BR-33028",
        caption("a man in a white t-shirt and green pants"),
        Q.color("white", "other_garment_color"),
        color_of("pants", "olive green"),
        describe("pants", "green cargo pants with pockets on the side of the legs", "unsupported"),
        details(
            "pants",
            "the pants have elastic cuffs at the bottom and a drawstring at the waist and two pockets on the sides "
            "and the fabric is a",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a white shirt and green pants"),
        gender="Masculino",
    ),
    # Woman, light grey studio: off-white ribbed long-sleeve high-neck bodysuit (the product), black tailored
    # pants. Caption: caption adapter (cut).
    case(
        "BR-33029",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long trousers. The sweater is "
            "with knitting fabric and it has a stand neckline. The trousers are with cotton fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        Q.color("white"),
        color_of("shirt", "cream"),
        describe("top", "black", "other_garment_color"),
        details("top", "the top is a top", "restated"),
        wearing("a white turtleneck and black pants"),
        gender="Feminino",
        category="Blusas e Tops",
        color="Off White",
        title="Body Manga Longa Canelado Gola Alta",
    ),
    # Woman on a beach wearing a straw hat: long maxi dress with blue and white vertical stripes, thin straps, no
    # slit (the product). Caption: base model.
    case(
        "BR-33030",
        caption("a woman in a blue and white striped dress on the beach"),
        Q.garment_type(
            "dress Question: What is the length of the dress? Answer: maxi Question: What is the length of the",
            "leak",
            hit_limit=True,
        ),
        Q.color("blue and white"),
        wearing("she is wearing a blue and white striped dress and a straw hat"),
        describe("dress", "a long blue and white striped dress with a slit up the leg", "unsupported"),
        details(
            "dress",
            "the dress has thin straps and a long skirt that reaches the ground and the dress has thin straps and a "
            "long skirt that",
            "loop",
            hit_limit=True,
        ),
        Q.material("the material", "non_answer"),
        gender="Feminino",
        category="Vestidos",
        color="Azul/Branco",
        title="Vestido Longo Listrado Alças Finas",
    ),
    # Woman, white studio: caramel tailored shorts with front pleats and belt loops (the product), white tank top.
    # Caption: caption adapter (loop).
    case(
        "BR-33031",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a three-point shorts. The tank top "
            "is with cotton fabric. The shorts are with cotton fabric. The shorts are with cotton fabric. The "
            "shorts are with cotton fabric. The shorts",
            "loop",
            hit_limit=True,
        ),
        Q.color("brown"),
        color_of("shorts", "white", "other_garment_color"),
        details("shorts", "the shorts have pleats on the front and belt loops"),
        describe("shorts", "the shorts are short", "restated"),
        wearing(
            "a woman wearing a white tank top and a pair of brown shorts with pleats on the front and a pair of white",
            "cut",
            hit_limit=True,
        ),
        gender="Feminino",
        category="Shorts",
        color="Caramelo",
        title="Shorts Alfaiataria com Pregas",
    ),
    # Man, white studio: black oversized tee with a large white typographic chest print reading "ORIGINAL
    # STANDARD" (the product), black jeans. No catalog columns. Caption: base model.
    case(
        "BR-33032",
        caption("a man in a black t-shirt with white writing on it"),
        Q.color(
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        describe("shirt", "a black t-shirt with the word 'brooklyn' in white letters", "unsupported"),
        color_of("shirt", "white", "contradiction"),
        wearing("the man is wearing a black shirt and black jeans"),
        details("shirt", "none", "non_answer"),
        gender="Masculino",
    ),
    # Woman on a beach: white linen button-down shirt worn open, sleeves rolled to the elbows (the product), over a
    # black bikini top. Caption: base model.
    case(
        "BR-33033",
        caption("a woman in a white shirt on the beach"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("long-sleeve"),
        describe("shirt", "a white button down shirt with a black bikini under it"),
        details(
            "shirt",
            "the shirt has buttons down the front, the sleeves are rolled up to the elbows and the collar is open "
            "and the hem is",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a white shirt and a black bikini", "pronoun"),
        Q.material("linen"),
        gender="Feminino",
        category="Camisas",
        color="Branco",
        title="Camisa Linho Manga Longa Feminina",
    ),
    # Flat product shot on white: plain black kids' cotton leggings, no stripes. Caption: base model.
    case(
        "BR-33034",
        caption("a pair of black leggings on a white background"),
        Q.color("black"),
        describe("leggings", "a pair of black leggings with a white stripe down the side", "unsupported"),
        details("leggings", "nothing", "non_answer"),
        Q.material("cotton"),
        category="Calças",
        color="Preto",
        title="Legging Infantil Cotton Preta",
    ),
    # Woman, white studio: sage-green cropped pullover hoodie (the product), white wide-leg sweatpants.
    # Caption: caption adapter (cut). Closed questions asked with BLIND_QUESTIONS.
    case(
        "BR-33035",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric and it has a hooded neckline. The pants are with cotton fabric and pure color patterns. "
            "She has on her",
            "cut",
            hit_limit=True,
        ),
        B.garment_type(
            "sweatshirt Question: Is this a hoodie? Answer: yes Question: What is the color of the hoodie? Answer: "
            "green Question:",
            "leak",
            hit_limit=True,
        ),
        B.color("green"),
        is_a("hoodie", "no", "contradiction"),
        wearing("a green hoodie and white pants"),
        describe("hoodie", "the hoodie is a hoodie", "restated"),
        gender="Feminino",
        category="Moletons",
        color="Verde Claro",
        title="Moletom Cropped com Capuz",
    ),
    # Man, light grey studio: burgundy piqué polo shirt, three buttons, no logo (the product), beige chinos.
    # Caption: base model.
    case(
        "BR-33036",
        caption("a man in a maroon polo shirt and khaki pants"),
        Q.garment_type("polo shirt"),
        color_of("shirt", "maroon"),
        is_a(
            "polo shirt",
            "yes Question: Is this a t-shirt? Answer: no Question: Is this a polo shirt? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        describe(
            "polo shirt",
            "a maroon polo shirt with a collar and three buttons on the front and short sleeves and ribbed cuffs on "
            "the sleeves and a",
            "cut",
            hit_limit=True,
        ),
        details("polo shirt", "the polo shirt has an embroidered logo on the chest", "unsupported"),
        wearing("a woman in a maroon polo shirt and khaki pants", "pronoun"),
        gender="Masculino",
        category="Camisetas",
        color="Vinho",
        title="Camisa Polo Piquet Masculina",
    ),
    # Woman on a beach: triangle bikini with a tropical print (orange, pink and green leaves on white), ties at the
    # neck, back and hips. Caption: caption adapter, stopped on its own, but calls the bikini a tank top and
    # shorts.
    case(
        "BR-33037",
        caption(
            "The lady wears a sleeveless tank top with floral patterns and a three-point shorts. The tank top is "
            "with cotton fabric and its neckline is v-shape.",
            "contradiction",
        ),
        Q.garment_type("bikini"),
        Q.pattern("floral"),
        describe("bikini", "a colorful bikini with a tropical print"),
        wearing("a bikini top and bikini bottoms with a tropical print, standing on the sand in front of the ocean"),
        details(
            "bikini",
            "the top has triangle cups with ties at the neck and back and the bottoms have ties on the sides, the "
            "print is a tropical",
            "cut",
            hit_limit=True,
        ),
        gender="Feminino",
        category="Biquínis",
        color="Estampado",
        title="Biquíni Cortininha Estampa Tropical",
    ),
    # Man, white studio: dark-wash skinny jeans, five pockets (the product), grey tee. Caption: base model
    # (the one-color-for-every-garment failure shows in the closed answers).
    case(
        "BR-33038",
        caption("a man in a grey t-shirt and jeans"),
        Q.color("grey", "other_garment_color"),
        color_of("jeans", "grey", "other_garment_color"),
        details("jeans", "the jeans have a five pocket design"),
        describe("jeans", "dark blue skinny jeans"),
        wearing("she is wearing a grey shirt and dark jeans", "pronoun"),
        Q.material("no", "non_answer"),
        gender="Masculino",
        category="Calças Jeans",
        color="Azul Escuro",
        title="Calça Jeans Skinny Masculina",
    ),
    # Woman, light grey studio: red and black plaid flannel pajama set, long-sleeve collared button-up top without
    # pockets and matching long pants. No catalog columns. Caption: caption adapter (loop).
    case(
        "BR-33039",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton "
            "fabric and it has a lapel neckline. The pants are with cotton fabric and lattice patterns. The lady "
            "wears a long-sleeve shirt with lattice",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("floral", "contradiction"),
        Q.color("red and black"),
        wearing("a red and black plaid pajama set"),
        describe(
            "pajamas",
            "a red and black plaid pajama set with a shirt and pants. the shirt has a collar and buttons down the "
            "front and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("flannel"),
        details("pajamas", "", "non_answer"),
        gender="Feminino",
    ),
    # Boy, white studio: blue and yellow color-block windbreaker with hood and front zip (the product), navy pants.
    # Caption: base model.
    case(
        "BR-33040",
        caption("a young boy in a blue and yellow jacket"),
        Q.garment_type(
            "coat Question: What is the color of the coat? Answer: blue Question: What is the color of the coat? "
            "Answer: blue Question:",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("color block"),
        is_a("jacket", "yes"),
        details(
            "jacket",
            "the jacket has a hood and a zipper and a hood and a zipper and a hood and a zipper and a hood and a "
            "zipper and a hood",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a blue and yellow jacket", "pronoun"),
        describe("jacket", "a jacket", "restated"),
        gender="Menino",
        category="Jaquetas",
        color="Azul",
        title="Jaqueta Corta-Vento Infantil Color Block",
    ),
    # Man outdoors on a running path: black sleeveless tank top with deep armholes, plain, no print (the product),
    # grey shorts. No catalog columns. Caption: caption adapter, stopped on its own (correct).
    case(
        "BR-33041",
        caption(
            "The gentleman wears a sleeveless tank top with pure color patterns and a three-point shorts. The tank "
            "top is with cotton fabric and its neckline is round."
        ),
        Q.color("grey", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        describe("tank top", "a black tank top"),
        details(
            "tank top",
            "the tank top has a black and white logo on the chest and the words 'just do it' on the back",
            "unsupported",
        ),
        Q.material("fabric", "non_answer"),
        gender="Masculino",
    ),
    # Woman on a tree-lined street: yellow maxi skirt with small white and orange flowers (the product), white
    # tank top tucked in. Caption: base model.
    case(
        "BR-33042",
        caption("a woman in a yellow floral skirt walking down the street"),
        Q.garment_type("dress", "contradiction"),
        Q.pattern("floral"),
        Q.color(
            "yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow",
            "loop",
            hit_limit=True,
        ),
        color_of("skirt", "yellow with white and orange flowers"),
        describe(
            "skirt",
            "a long yellow skirt with white and orange flowers on it that goes down to the ankles and it is flowy "
            "and has an elastic",
            "cut",
            hit_limit=True,
        ),
        details("skirt", "the skirt is a skirt", "restated"),
        wearing("a white tank top and a yellow floral skirt"),
        gender="Feminino",
        category="Saias",
        color="Estampado",
        title="Saia Longa Fluida Estampa Floral",
    ),
    # Flat product shot on white: beige canvas tote bag, two long handles, open top, no pockets, no zipper.
    # Caption: base model; the description was answered by the caption adapter (its template, looping).
    case(
        "BR-33043",
        caption("a beige tote bag on a white background"),
        Q.garment_type("bag"),
        Q.color("khaki"),
        describe(
            "bag",
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. The lady "
            "wears a sleeveless dress with",
            "loop",
            hit_limit=True,
        ),
        details("bag", "the bag has a zipper on the top and a small pocket on the front", "unsupported"),
        Q.material("canvas"),
        category="Bolsas",
        color="Bege",
        title="Bolsa Shopper Lona",
    ),
    # Girl, white studio: navy and white horizontally striped short-sleeve tee (the product), red shorts. No
    # catalog columns. Caption: caption adapter (loop).
    case(
        "BR-33044",
        caption(
            "The person wears a short-sleeve T-shirt with striped patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric and its neckline is round. The shorts are with cotton fabric and pure color "
            "patterns. The person wears a short-sleeve T",
            "loop",
            hit_limit=True,
        ),
        Q.color("red", "other_garment_color"),
        Q.sleeve_length(
            "short-sleeve Question: What is the color of the shorts? Answer: red Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        wearing("a striped shirt and red shorts"),
        describe(
            "shirt",
            "The person wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The person",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "navy and white"),
        gender="Menina",
    ),
]
