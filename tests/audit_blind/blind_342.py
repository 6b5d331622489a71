"""BLIND_342 (46 products; Brazilian women's casual fast fashion, Portuguese feed, model shots on white and outdoors):
written blind in the forty-fourth session. Measured blind at 15c67b8 (the session's rules as they stood): 110/130
failures found (84.6%) and 8/157 correct texts flagged (5.1%). The writer's notes, verbatim:

Scenario: a Brazilian fast-fashion site's women's casual catalog (blusas, vestidos, saias, calças, shorts jeans,
croppeds, macacões, jaquetas). The feed's title, category and color are in Portuguese ("Blusa Ciganinha Lastex Off
White", category "Blusas", color "Off White", "Jeans Claro", "Verde Militar", "Caramelo", "Estampado"), gender is
"Feminino"; a few rows miss the gender or the color, as real feeds do. Photos are model shots, half on a white studio
backdrop, half outdoors (street, beach, garden, stairs, a brick wall, a graffiti wall, a pink wall, a yellow wall),
and the model nearly always wears other pieces with the product (jeans under a blouse, a tee under a jacket).

Who wrote what: the base `Salesforce/blip2-opt-2.7b`, with enrich's default questionnaire in English plus a few
"Is this a ...?" questions and per-piece color questions, writes the open answers and most captions: short, lowercase,
and it stops on its own, so it never has hit_limit. On fourteen items the caption comes from the caption-only LoRA
adapter of the original experiments (DeepFashion template: "The lady wears a short-sleeve shirt with pure color
patterns. The shirt is with cotton fabric ..."); on nine of them the adapter also answered one or two open questions
(the comment above each case says which). The adapter has no end token, so its texts run to the limit (50 new tokens
for captions, 30 for answers), carry hit_limit=True, and answer any question with the template. The closed answers
(garment_type, color, pattern, sleeve_length, the per-piece colors, the yes/no questions) come from enrich's
`--engine reference`: a value chosen from a candidate set, never a loop or a cut, but often the wrong value.

Labeling conventions and judgement calls:
- Portuguese color names against the model's English: shades count as correct (off white as white or cream, caramelo
  as brown or tan, verde militar as green or olive, lilás as purple, nude as beige or pink, mescla as grey, "Jeans
  Claro"/"Jeans Escuro"/"Jeans" as blue). For "Estampado" the ground color of the print or its main color is correct;
  for a print on a dark ground ("Azul Marinho" floral, "Preto" with white dots) the color of the flowers or dots
  given as the garment's color is contradiction.
- The color of another piece in the photo given as the product's color (the jeans' blue for a blouse, the tee's white
  for a jacket, the blouse's white for shorts) is other_garment_color, in closed and open answers alike; one color for
  two garments ("white pants and a white tank top" for beige pants, "white jeans" beside a white blouse) is
  other_garment_color too. A color no piece has, taken from the wall or the light (pink for a black jumpsuit against a
  pink wall, red for a caramel dress before a brick wall, orange for a yellow dress at sunset), is contradiction.
- Garment synonyms are correct: crop top or tank top for a cropped, romper for a macacão curto, overalls for a
  jardineira, jean jacket for a jaqueta jeans, sweater for a knit turtleneck, t-shirt for a basic tee blouse, "pants"
  for the jumpsuit's legs is not. A jumpsuit or romper called a dress, pants, or "a shirt and pants" is contradiction;
  a chemise (shirt dress) called a shirt, palazzo pants called a skirt (or "no" to "Is this a pair of pants?"), wide
  linen shorts "yes" to "Is this a skirt?", and a crop top "yes" to "Is this a bikini top?" are contradiction; so is
  another piece misnamed in a wearing answer (the white skirt called shorts). A print of leaves answered "floral" is
  correct.
- A pattern of another piece (the plaid skirt's pattern for a plain turtleneck, stripes of the tucked tee for a denim
  skirt, the blouse's leopard print given to the trousers) and pleats answered "striped" are contradiction; so are
  three-quarter sleeves answered "long sleeves", an off-shoulder blouse with puff sleeves answered "sleeveless", and a
  sleeveless top or cami answered "short sleeves".
- Materials: one the title names, or one visibly evident (denim, knit, crochet, eyelet as lace, satin sheen, leather
  look for "couro sintético") is correct; a plausible guess on a plain fabric ("cotton" for malha, canelado or sarja)
  is correct; silk for viscose, satin or tule, wool for a viscose plaid and cotton for a linen jumpsuit the title
  names are unsupported; leather for a jeans jacket is contradiction. "silk" inside a description counts the same.
- Invented items or details not in the photo (a belt, a bow, a hood, a hat, a slit, a front zipper, a pocket, a fur
  collar, a necklace, shells, a ruffle) are unsupported; things that are in the photo (a straw hat, sneakers, plants,
  a wall, the chemise's tie belt) are correct when named. The photo comments say what is absent where it matters.
- Adapter texts: a template cut mid-sentence is cut; one that repeats a sentence is loop; one that misnames the
  product (a romper as a dress, a jumpsuit as tank top and trousers) is contradiction, with hit_limit kept; the
  template returned for the material question is restated, even where it names a fabric. The template answering the
  wearing or details questions does answer them, so it is cut. Templates that describe only the tee and jeans under
  a jacket (the jacket left out) or give chiffon for a satin slip dress are cut: the cut is what the auditor sees
  first. The jardineira's template says "three-point shorts" (DeepFashion has no overalls class, and the piece is
  short): cut, not contradiction.
- Base model: an answer that runs on into "Question: ... Answer:" is leak, even where its first words are right; "he"
  or "a man" for the woman modelling is pronoun; an empty answer, "they are short" for the shorts' details, "the
  details of the dress" and a bare color for the details are non_answer; the material question answered with the
  garment's name or color is restated; an answer that stops after "it is made of" is cut (no hit_limit); one short
  base answer repeats a phrase until it stops on its own: loop, without hit_limit.
- The reference engine's garment_type is asked only where one candidate fits; the sleeve question is not asked of
  bottoms.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_top = question("color_top", "What is the color of the top?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
color_skirt = question("color_skirt", "What is the color of the skirt?", "closed")
neckline = question("neckline", "What is the neckline of the garment?", "open")

BLIND_342 = [
    # photo: model in an off-white off-shoulder peasant blouse with short puff sleeves, smocked (lastex) waist and a
    # ruffled neckline, worn with light blue denim shorts; white studio backdrop, front view.
    # adapter: none
    case(
        "X342-001",
        caption("a woman in a white off the shoulder top and denim shorts"),
        D.wearing("a white top and jean shorts"),
        D.color("white"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.details("the top has a ruffled neckline and a bow on the front", "unsupported"),
        D.material("cotton"),
        title="Blusa Ciganinha Lastex Manga Bufante Off White",
        category="Blusas",
        color="Off White",
        gender="Feminino",
    ),
    # photo: model in a navy midi dress with a small white floral print, thin straps, plain hem, no belt, walking on a
    # garden path with green hedges; outdoors, front view.
    # adapter: none
    case(
        "X342-002",
        caption("a woman in a blue floral dress walking in a garden"),
        D.wearing("a floral dress"),
        D.color("white", "contradiction"),
        D.pattern("floral"),
        D.details("the dress has a ruffle at the bottom and a belt", "unsupported"),
        D.material("silk", "unsupported"),
        is_a("dress", "yes"),
        title="Vestido Midi Viscose Floral Alcinha",
        category="Vestidos",
        color="Azul Marinho",
        gender="Feminino",
    ),
    # photo: model in a light-wash denim mini skirt with frayed hem and front pockets, a black cropped tee tucked in;
    # white studio backdrop, front view.
    # adapter: none
    case(
        "X342-003",
        caption("a woman in a black shirt and a denim skirt"),
        D.wearing("a black shirt and a black skirt", "other_garment_color"),
        D.garment_type("skirt"),
        D.color("black", "other_garment_color"),
        D.details("the skirt has ripped edges and pockets"),
        is_a("skirt", "yes"),
        title="Saia Jeans Mini Destroyed",
        category="Saias",
        color="Jeans Claro",
        gender="Feminino",
    ),
    # photo: model in beige high-waisted wide-leg tailored trousers and a white ribbed tank top, walking on a city
    # sidewalk (no belt on the trousers); outdoors, full body.
    # adapter: none
    case(
        "X342-004",
        caption("a woman in beige pants and a white tank top walking down the street"),
        D.wearing("white pants and a white tank top", "other_garment_color"),
        D.garment_type("pants"),
        D.color("beige"),
        D.description("the pants are wide leg and have a belt", "unsupported"),
        is_a("pair of pants", "yes"),
        title="Calça Wide Leg Alfaiataria Cintura Alta",
        category="Calças",
        color="Bege",
        gender="Feminino",
    ),
    # photo: model in a black ribbed sleeveless crop top with a round neck and high-waisted light jeans; white studio
    # backdrop, front view, cropped at the knees.
    # adapter: caption and details
    case(
        "X342-005",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a long trousers. The trousers are with denim",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black crop top and jeans"),
        D.garment_type("crop top"),
        D.color("black"),
        D.sleeve_length("sleeveless"),
        D.details(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.material("a black crop top", "restated"),
        title="Cropped Canelado Regata Preto",
        category="Croppeds",
        color="Preto",
        gender="Feminino",
    ),
    # photo: model in an olive-green linen wide-leg jumpsuit with wide straps and a tie belt, standing in front of a
    # white wall with potted plants; outdoors, full body.
    # adapter: none
    case(
        "X342-006",
        caption("a woman in a green jumpsuit standing in front of a white wall"),
        D.wearing("a green dress", "contradiction"),
        D.garment_type("dress", "contradiction"),
        D.color("green"),
        D.material("cotton", "unsupported"),
        is_a("jumpsuit", "yes"),
        title="Macacão Longo Linho Alças Largas",
        category="Macacões",
        color="Verde Militar",
        gender="Feminino",
    ),
    # photo: model in an oversized medium-wash denim jacket (buttons, no hood), open over a white tee and a black
    # mini skirt, on a street corner; outdoors, full body.
    # adapter: none
    case(
        "X342-007",
        caption("a woman wearing a denim jacket and a white t-shirt"),
        D.wearing("a jean jacket, white shirt and black skirt"),
        D.color("white", "other_garment_color"),
        color_jacket("blue"),
        D.details("the jacket has buttons and a hood", "unsupported"),
        D.material("leather", "contradiction"),
        title="Jaqueta Jeans Oversized Lavagem Média",
        category="Jaquetas",
        color="Jeans Médio",
        gender="Feminino",
    ),
    # photo: model in mid-blue high-waisted denim shorts with rolled hems and a pink short-sleeve blouse tucked in;
    # white studio backdrop, front view.
    # adapter: caption
    case(
        "X342-008",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a three-point shorts. The shorts are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("shorts"),
        D.color("pink", "other_garment_color"),
        D.details("they are short", "non_answer"),
        D.material("denim"),
        is_a("pair of shorts", "yes"),
        title="Short Jeans Cintura Alta Barra Dobrada",
        category="Shorts",
        color="Azul",
        gender="Feminino",
    ),
    # photo: model in a sheer black long-sleeve mesh (tule) blouse with white flocked polka dots over a black bralette,
    # black trousers; white studio backdrop, front view.
    # adapter: none
    case(
        "X342-009",
        caption("a woman in a black polka dot top"),
        D.wearing("a black sheer top with white polka dots"),
        D.color("white", "contradiction"),
        D.pattern("polka dot"),
        D.description("he is wearing a black see through shirt", "pronoun"),
        D.material("silk", "unsupported"),
        title="Blusa Tule Poá Manga Longa",
        category="Blusas",
        color="Preto",
        gender="Feminino",
    ),
    # photo: model in a short red ribbed tube dress with a round neck, short sleeves, white sneakers; white studio
    # backdrop, full body.
    # adapter: none
    case(
        "X342-010",
        caption("a woman in a red dress posing for a picture"),
        D.wearing("a red dress and white sneakers"),
        D.garment_type("dress"),
        D.color("red"),
        D.description(
            "a short red dress with a round neck Question: what is the dress made of? Answer: cotton", "leak"
        ),
        D.details("the dress has a slit on the side", "unsupported"),
        D.material("a red dress", "restated"),
        title="Vestido Curto Tubinho Canelado",
        category="Vestidos",
        color="Vermelho",
        gender="Feminino",
    ),
    # photo: model in a pink satin pleated midi skirt with a white tee tucked in, standing on concrete steps;
    # outdoors, full body.
    # adapter: none
    case(
        "X342-011",
        caption("a woman in a pink skirt and white shirt standing on steps"),
        D.wearing("a white shirt and a white skirt", "other_garment_color"),
        D.color("white", "other_garment_color"),
        D.pattern("striped", "contradiction"),
        D.description("a pink pleated skirt"),
        D.material("satin"),
        is_a("skirt", "yes"),
        title="Saia Midi Plissada Cetim",
        category="Saias",
        color="Rosa",
        gender="Feminino",
    ),
    # photo: model in a lilac short-sleeve knit crop top with a round neck and white straight jeans; white studio
    # backdrop, front view.
    # adapter: caption and details
    case(
        "X342-012",
        caption(
            "The lady wears a short-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The lady wears a long trousers. The trousers are with cotton fabric",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a purple sweater and purple pants", "other_garment_color"),
        D.color("purple"),
        D.sleeve_length("short sleeves"),
        D.details(
            "The lady wears a short-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.material("knit"),
        is_a("crop top", "yes"),
        title="Cropped Tricô Manga Curta Lilás",
        category="Croppeds",
        color="Lilás",
        gender="Feminino",
    ),
    # photo: model in light-wash mom jeans ripped at the knees and a yellow cropped tee, in front of a colorful
    # graffiti wall; outdoors, full body.
    # adapter: none
    case(
        "X342-013",
        caption("a woman in jeans and a yellow top standing in front of a graffiti wall"),
        D.wearing("a yellow shirt and blue jeans Question: what color is the shirt? Answer: yellow", "leak"),
        D.material("the jeans are blue", "restated"),
        D.color("yellow", "other_garment_color"),
        color_pants("blue"),
        D.details("the jeans have rips on the knees"),
        title="Calça Jeans Mom Destroyed",
        category="Calças",
        color="Jeans Claro",
        gender="Feminino",
    ),
    # photo: model in a nude (pinkish beige) satin cami with thin straps and a v neck, black trousers; white studio
    # backdrop, waist up.
    # adapter: none
    case(
        "X342-014",
        caption("a woman in a pink satin top and black pants"),
        D.wearing("a pink top and pink pants", "other_garment_color"),
        D.color("beige"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("the top has thin straps and a v neck"),
        D.material("silk", "unsupported"),
        title="Blusa Regata Cetim Alça Fina",
        category="Blusas",
        color="Nude",
        gender="Feminino",
    ),
    # photo: model in a sleeveless v-neck romper with an orange and pink floral print on a white ground, on a beach
    # with the sea behind; outdoors, full body.
    # adapter: caption and material
    case(
        "X342-015",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. The lady wears a sleeveless dress with floral",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a floral romper on the beach"),
        D.garment_type("romper"),
        D.material(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The",
            "restated",
            hit_limit=True,
        ),
        D.pattern("floral"),
        is_a("dress", "yes", "contradiction"),
        title="Macacão Curto Estampa Floral Decote V",
        category="Macacões",
        color="Estampado",
        gender="Feminino",
    ),
    # photo: model in a black faux-leather biker jacket with silver zippers (no belt), over a white tee and blue
    # jeans; white studio backdrop, full body.
    # adapter: caption
    case(
        "X342-016",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long trousers. The trousers are with denim fabric and solid color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a black jacket, a white shirt and blue jeans"),
        D.garment_type("jacket"),
        D.color("white", "other_garment_color"),
        D.details("the jacket has zippers and a belt", "unsupported"),
        D.material("leather"),
        title="Jaqueta Couro Sintético Biker",
        category="Jaquetas",
        color="Preto",
        gender="Feminino",
    ),
    # photo: model seated at a café table in caramel linen shorts with a tie waist and a white button-up blouse;
    # outdoors, three-quarter view.
    # adapter: none
    case(
        "X342-017",
        caption("a woman sitting at a table wearing brown shorts and a white shirt"),
        D.wearing("a white shirt and white shorts", "other_garment_color"),
        D.color("white", "other_garment_color"),
        color_shorts("tan"),
        D.details("the shorts have a tie waist"),
        D.material("linen"),
        is_a("skirt", "yes", "contradiction"),
        title="Short Linho Amarração Cintura Alta",
        category="Shorts",
        color="Caramelo",
        gender="Feminino",
    ),
    # photo: model in a yellow strapless maxi dress (no slit) and a straw hat, on the beach at sunset; outdoors,
    # full body.
    # adapter: none
    case(
        "X342-018",
        caption("a woman in a yellow dress standing on the beach"),
        D.wearing("a yellow dress and a hat"),
        D.color("orange", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.description("the dress is long and yellow with a slit", "unsupported"),
        D.material("", "non_answer"),
        title="Vestido Longo Tomara que Caia",
        category="Vestidos",
        color="Amarelo",
        gender="Feminino",
    ),
    # photo: model in a blue-and-white striped long-sleeve button-up shirt with a collar, white cotton shorts; white
    # studio backdrop, front view.
    # adapter: caption and details
    case(
        "X342-019",
        caption(
            "The lady wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.color("blue"),
        D.pattern("striped"),
        D.sleeve_length("long sleeves"),
        D.details(
            "The shirt is with cotton fabric. It has a lapel neckline. The shirt is with cotton fabric. It has a "
            "lapel neckline. The shirt",
            "loop",
            hit_limit=True,
        ),
        D.material("a blue and white striped shirt", "restated"),
        title="Camisa Listrada Manga Longa Algodão",
        category="Blusas",
        color="Listrado Azul",
        gender="Feminino",
    ),
    # photo: model in a long black jersey skirt with a side slit and a white cropped tee, standing beside large
    # potted plants, no belt; outdoors, full body.
    # adapter: none
    case(
        "X342-020",
        caption("a woman in a black skirt and white top standing next to plants"),
        D.wearing("he is wearing a white shirt and a black skirt", "pronoun"),
        D.garment_type("skirt"),
        D.color("white", "other_garment_color"),
        D.details("the skirt has a slit and a belt", "unsupported"),
        D.material("cotton"),
        is_a("dress", "no"),
        title="Saia Longa Fenda Lateral Malha",
        category="Saias",
        color="Preto",
        gender="Feminino",
    ),
    # photo: model in heather-grey jogger sweatpants with a drawstring and elastic cuffs, a white tee; white studio
    # backdrop, full body.
    # adapter: none
    case(
        "X342-021",
        caption("a woman in grey sweatpants and a white t-shirt"),
        D.wearing("grey sweatpants and a grey shirt", "other_garment_color"),
        D.garment_type("pants"),
        D.color("white", "other_garment_color"),
        D.details("the pants have a drawstring, a drawstring, a drawstring and a drawstring", "loop"),
        D.material("cotton"),
        title="Calça Jogger Moletom Cinza Mescla",
        category="Calças",
        color="Cinza Mescla",
        gender="Feminino",
    ),
    # photo: model in a green one-shoulder sleeveless crop top with a ruffle on the shoulder, white shorts, by a
    # swimming pool; outdoors, three-quarter view.
    # adapter: none
    case(
        "X342-022",
        caption("a woman in a green top by the pool"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        D.wearing("he is in a green top and white shorts", "pronoun"),
        D.details("the top has a ruffle on the shoulder"),
        D.material("it is made of", "cut"),
        title="Cropped Um Ombro Só Babado",
        category="Croppeds",
        color="Verde",
        gender="Feminino",
    ),
    # photo: model in denim shortalls (jardineira with shorts legs) over a white short-sleeve tee, sitting on a low
    # wall in a park; outdoors, full body.
    # adapter: caption and wearing
    case(
        "X342-023",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a three-point shorts. The shorts are with denim",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("overalls"),
        D.color("white", "other_garment_color"),
        is_a("pair of overalls", "yes"),
        title="Jardineira Jeans Short",
        category="Macacões",
        color="Jeans",
        gender="Feminino",
    ),
    # photo: model in a white off-shoulder eyelet (laise) blouse with short sleeves and light jeans; white studio
    # backdrop, front view.
    # adapter: none
    case(
        "X342-024",
        caption("a woman in a white off shoulder top"),
        D.wearing("a white top and white jeans", "other_garment_color"),
        D.color("white"),
        D.description(
            "a white off the shoulder top Question: what is the top made of? Answer: cotton",
            "leak",
        ),
        D.details("the top has embroidered holes"),
        D.material("lace"),
        title="Blusa Ombro a Ombro Laise",
        category="Blusas",
        color="Branco",
        gender="Feminino",
    ),
    # photo: model in a red-and-black plaid long-sleeve shirt dress (chemise) with buttons and a self-tie belt,
    # walking on a street; outdoors, full body.
    # adapter: none
    case(
        "X342-025",
        caption("a woman in a red and black plaid dress walking down the street"),
        D.garment_type("shirt", "contradiction"),
        D.wearing("a man in a plaid dress", "pronoun"),
        D.pattern("plaid"),
        D.sleeve_length("long sleeves"),
        D.description("a plaid shirt dress with buttons and a belt"),
        D.material("wool", "unsupported"),
        title="Vestido Chemise Xadrez Viscose",
        category="Vestidos",
        color="Xadrez Vermelho",
        gender="Feminino",
    ),
    # photo: model in dark-wash denim shorts with a frayed hem (no belt) and a black bikini top, on the beach;
    # outdoors, full body.
    # adapter: none
    case(
        "X342-026",
        caption("a woman in denim shorts and a black bikini top on the beach"),
        D.wearing("a bikini and shorts"),
        D.color("black", "other_garment_color"),
        color_top("black"),
        D.description("a pair of denim shorts with a black belt", "unsupported"),
        D.details("the shorts are frayed at the hem"),
        title="Short Jeans Barra Desfiada",
        category="Shorts",
        color="Jeans Escuro",
        gender="Feminino",
    ),
    # photo: model in a pink puff-sleeve crop top with a square neck and a white mini skirt; white studio backdrop,
    # front view.
    # adapter: caption, wearing and material
    case(
        "X342-027",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "square neckline. The lady wears a short skirt. The skirt is with cotton fabric and pure color patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "square neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("crop top"),
        D.color("pink"),
        D.sleeve_length("short sleeves"),
        D.material(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "square neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Cropped Manga Bufante Decote Quadrado",
        category="Croppeds",
        color="Rosa",
        gender="Feminino",
    ),
    # photo: model in wide printed palazzo pants (green tropical leaves on white) with a tie belt and a black
    # bodysuit, in a garden; outdoors, full body.
    # adapter: none
    case(
        "X342-028",
        caption("a woman in white and green pants standing in a garden"),
        D.wearing("a black top and a green skirt", "contradiction"),
        D.color("green"),
        D.pattern("floral"),
        is_a("pair of pants", "no", "contradiction"),
        D.details("the pants have a tie belt"),
        D.material("silk", "unsupported"),
        title="Calça Pantalona Viscose Estampa Folhagem",
        category="Calças",
        color="Estampado",
    ),
    # photo: model in an olive-green nylon bomber jacket (no hood) with a zipper and a sleeve pocket, over a black
    # tee and jeans, on a city street; outdoors, full body.
    # adapter: caption
    case(
        "X342-029",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long trousers. The trousers are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green jacket, a black shirt and jeans"),
        D.color("green"),
        color_jacket("black", "other_garment_color"),
        D.details("the jacket has a zipper and a hood", "unsupported"),
        D.material("nylon"),
        title="Jaqueta Bomber Nylon",
        category="Jaquetas",
        color="Verde Militar",
        gender="Feminino",
    ),
    # photo: model in a plain black long-sleeve knit turtleneck blouse tucked into a grey-and-black plaid mini
    # skirt; white studio backdrop, front view.
    # adapter: none
    case(
        "X342-030",
        caption("a woman in a black turtleneck and a plaid skirt"),
        D.wearing("a black shirt and a plaid skirt"),
        D.garment_type("sweater"),
        D.color("black"),
        D.pattern("plaid", "contradiction"),
        D.details("the details of the shirt are black", "non_answer"),
        title="Blusa Gola Alta Manga Longa Tricô",
        category="Blusas",
        color="Preto",
        gender="Feminino",
    ),
    # photo: model in a caramel ribbed knit long-sleeve midi dress, standing in front of a red brick wall; outdoors,
    # full body.
    # adapter: none
    case(
        "X342-031",
        caption("a woman in a brown dress standing in front of a brick wall"),
        D.wearing("a red dress", "contradiction"),
        D.color("brown"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description("a long brown sweater dress"),
        D.details("the details of the dress", "non_answer"),
        D.material("knit"),
        title="Vestido Midi Tricô Canelado",
        category="Vestidos",
        color="Caramelo",
        gender="Feminino",
    ),
    # photo: model in a mid-blue denim midi skirt with buttons down the front, a navy-and-white striped tee tucked
    # in; white studio backdrop, full body.
    # adapter: caption and material
    case(
        "X342-032",
        caption(
            "The lady wears a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. The lady "
            "wears a long skirt. The skirt is with denim fabric and pure color patterns. The lady wears a long skirt. "
            "The skirt",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. The lady "
            "wears a long skirt. The",
            "restated",
            hit_limit=True,
        ),
        D.color("blue"),
        D.pattern("striped", "contradiction"),
        D.details("the skirt has buttons down the front"),
        is_a("skirt", "yes"),
        title="Saia Jeans Midi Botões Frontais",
        category="Saias",
        color="Jeans",
        gender="Feminino",
    ),
    # photo: model in a basic white cotton tank top and black skinny jeans; white studio backdrop, front view.
    # adapter: none
    case(
        "X342-033",
        caption("a woman in a white tank top and black jeans"),
        D.wearing(
            "a white tank top and black jeans Question: What is the color of the jeans? Answer: black",
            "leak",
        ),
        D.garment_type("tank top"),
        D.color("black", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        D.details("the tank top is white", "non_answer"),
        title="Regata Básica Algodão",
        category="Blusas",
        color="Branco",
        gender="Feminino",
    ),
    # photo: model in a sleeveless black-and-white striped culotte jumpsuit (one piece, pantacourt legs) on a city
    # sidewalk (no pockets, no belt); outdoors, full body.
    # adapter: none
    case(
        "X342-034",
        caption("a woman in a black and white striped jumpsuit"),
        D.wearing("a striped shirt and pants", "contradiction"),
        D.garment_type("pants", "contradiction"),
        D.color("black"),
        D.pattern("striped"),
        D.details("the jumpsuit has pockets and a belt", "unsupported"),
        is_a("jumpsuit", "yes"),
        title="Macacão Pantacourt Listrado",
        category="Macacões",
        color="Preto e Branco",
        gender="Feminino",
    ),
    # photo: model in a pink-and-white tie-dye t-shirt blouse (no pocket) and blue jeans; white studio backdrop, front
    # view.
    # adapter: none
    case(
        "X342-035",
        caption("a woman in a pink tie dye shirt and jeans"),
        D.wearing("a pink shirt and pink jeans", "other_garment_color"),
        D.color("blue", "other_garment_color"),
        D.pattern("tie-dye"),
        D.description("a pink and white tie dye t-shirt with a pocket", "unsupported"),
        D.material("cotton"),
        title="Blusa T-Shirt Tie Dye",
        category="Blusas",
        color="Rosa",
        gender="Feminino",
    ),
    # photo: model in a black faux-leather mini skirt (side zip hidden, nothing on the front) and a white long-sleeve
    # chiffon blouse with a collar; white studio backdrop, full body.
    # adapter: caption and details
    case(
        "X342-036",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "lapel neckline. The lady wears a short skirt. The skirt is with leather fabric and pure color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and a black leather skirt"),
        D.description("a black leather skirt with a zipper on the front", "unsupported"),
        D.color("black"),
        D.details(
            "The lady wears a short skirt. The skirt is with leather fabric and pure color patterns. The lady wears a "
            "short skirt. The skirt",
            "loop",
            hit_limit=True,
        ),
        D.material("leather"),
        title="Saia Curta Couro Sintético",
        category="Saias",
        color="Preto",
        gender="Feminino",
    ),
    # photo: model in a yellow floral tie-front crop top with short puff sleeves and white wide pants; white studio
    # backdrop, front view.
    # adapter: none
    case(
        "X342-037",
        caption("a woman in a yellow floral top and white pants"),
        D.wearing("she is wearing a yellow top Question: what is she wearing on her legs? Answer: white pants", "leak"),
        is_a("bikini top", "yes", "contradiction"),
        D.color("white", "other_garment_color"),
        D.pattern("floral"),
        D.sleeve_length("short sleeves"),
        D.details("the top has a tie in the front"),
        title="Cropped Amarração Frontal Floral",
        category="Croppeds",
        color="Amarelo",
        gender="Feminino",
    ),
    # photo: model in a green satin midi slip dress with thin straps and a cowl neck, no jewellery; white studio
    # backdrop, full body.
    # adapter: caption
    case(
        "X342-038",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. The lady wears a pair of shoes. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green dress and a necklace", "unsupported"),
        D.sleeve_length("sleeveless"),
        D.description("a green silk dress with thin straps", "unsupported"),
        D.details("the dress has thin straps and a cowl neck"),
        D.material("satin"),
        title="Vestido Slip Dress Cetim",
        category="Vestidos",
        color="Verde",
        gender="Feminino",
    ),
    # photo: model in dark-wash flared jeans with a white bodysuit and white sneakers, standing on outdoor stairs;
    # outdoors, full body.
    # adapter: none
    case(
        "X342-039",
        caption("a woman in a white top and jeans standing on stairs"),
        D.wearing("he is wearing a white shirt and blue jeans", "pronoun"),
        D.garment_type("jeans"),
        D.color("white", "other_garment_color"),
        D.details("the jeans are flared at the bottom"),
        is_a("pair of jeans", "yes"),
        title="Calça Jeans Flare Cintura Alta",
        category="Calças",
        color="Jeans Escuro",
    ),
    # photo: model in an off-white cotton twill cropped jacket with a collar and long sleeves, open over a black tee
    # and a black mini skirt; white studio backdrop, full body.
    # adapter: caption and details
    case(
        "X342-040",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The "
            "lower clothing is of short length. The fabric is cotton and it has pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white jacket and a black shirt and skirt"),
        D.details(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The "
            "upper clothing has long",
            "loop",
            hit_limit=True,
        ),
        D.color("white"),
        color_jacket("black", "other_garment_color"),
        D.material("cotton"),
        title="Jaqueta Sarja Cropped",
        category="Jaquetas",
        color="Off White",
        gender="Feminino",
    ),
    # photo: model in black biker shorts (suplex) and an oversized grey t-shirt; white studio backdrop, full body.
    # adapter: none
    case(
        "X342-041",
        caption("a woman in black shorts and a grey t-shirt"),
        D.wearing("he is wearing black shorts and a grey shirt", "pronoun"),
        D.color("grey", "other_garment_color"),
        D.description("black bike shorts"),
        D.details("", "non_answer"),
        D.material("spandex"),
        title="Shorts Ciclista Suplex",
        category="Shorts",
        color="Preto",
        gender="Feminino",
    ),
    # photo: model in a sleeveless white crochet crop top with fringe at the hem (no shells) and a white linen skirt,
    # on the beach; outdoors, three-quarter view.
    # adapter: none
    case(
        "X342-042",
        caption("a woman in a white crochet top on the beach"),
        D.wearing("a white crochet top and white shorts", "contradiction"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description("a white crochet top with fringe and shells", "unsupported"),
        D.material("crochet"),
        is_a("bikini top", "no"),
        title="Cropped Crochê Franjas",
        category="Croppeds",
        color="Branco",
        gender="Feminino",
    ),
    # photo: model in a short black dress with white polka dots, short ruffled sleeves and a ruffled hem, no hat, on a
    # sunny street; outdoors, full body.
    # adapter: none
    case(
        "X342-043",
        caption("a woman in a black and white polka dot dress"),
        D.wearing("a black and white dress and a black hat", "unsupported"),
        D.description("a man in a polka dot dress", "pronoun"),
        D.pattern("polka dot"),
        D.details("the dress has ruffles on the bottom and sleeves"),
        D.material("silk", "unsupported"),
        title="Vestido Curto Babados Poá",
        category="Vestidos",
        color="Preto",
        gender="Feminino",
    ),
    # photo: model in a sleeveless black wrap-front wide-leg jumpsuit, against a pink painted wall; outdoors, full
    # body.
    # adapter: caption
    case(
        "X342-044",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a v-shape neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black jumpsuit"),
        D.garment_type("jumpsuit"),
        D.color("pink", "contradiction"),
        D.sleeve_length("sleeveless"),
        neckline("v neck"),
        title="Macacão Longo Pantalona Transpassado",
        category="Macacões",
        color="Preto",
        gender="Feminino",
    ),
    # photo: model in a leopard-print three-quarter-sleeve viscose blouse and black trousers; white studio backdrop,
    # front view.
    # adapter: none
    case(
        "X342-045",
        caption("a woman in a leopard print shirt and black pants"),
        D.wearing("a leopard print shirt and leopard print pants", "contradiction"),
        D.color("brown"),
        D.pattern("animal print"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("silk", "unsupported"),
        title="Blusa Manga 3/4 Viscose Animal Print Onça",
        category="Blusas",
        gender="Feminino",
    ),
    # photo: model in a cropped black denim jacket with a plain denim collar, ripped details and chest pockets, over a
    # white dress, against a yellow wall; outdoors, full body.
    # adapter: none
    case(
        "X342-046",
        caption("a woman in a black jean jacket and a white dress standing against a yellow wall"),
        D.wearing("a black jacket and a yellow dress", "contradiction"),
        D.description("a black denim jacket with a white fur collar", "unsupported"),
        D.color("white", "other_garment_color"),
        D.details("the jacket has ripped details and pockets"),
        D.material("denim"),
        title="Jaqueta Jeans Cropped Destroyed",
        category="Jaquetas",
        color="Preto",
        gender="Feminino",
    ),
]
