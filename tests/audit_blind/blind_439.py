"""BLIND_439 (46 products; teen girls' fast fashion on a Brazilian e-commerce site): written blind in the forty-seventh
session. Measured blind at 0e2b89a (the session's rules as they stood): 105/126 failures found (83.3%) and 4/154
correct texts flagged (2.6%). The writer's notes, verbatim:

Scenario: the feed of a Brazilian fast-fashion site for teen girls ("moda teen"): cropped tops (ribbed, halter,
eyelet, mesh, tie-dye), baby tees (baby look) with Y2K prints and lettering, mini skirts (denim, plaid, pleated,
metallic, corduroy, animal print), cargo pants (twill, parachute nylon, denim, camo, joggers), slip dresses and
corset tops. The seller's columns are in Portuguese, as the site publishes them: title, category (Blusas, Saias,
Calças, Vestidos, Camisetas, Conjuntos, Corsets), color (Preto, Branco, Off White, Lilás, Verde Militar, Bege, Azul
Bebê...) and gender (Feminino, or Menina for the girls' range); a few rows miss the color or the gender. Most photos
show a model in a full outfit, so every product sits next to another garment of another color (the jeans under a
cropped, the baby tee over a skirt); some are flat lays or ghost-mannequin shots, some have walls, a graffiti wall,
a beach or a park behind.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, stops on its
own) unless the comment says "adapter". The adapter is the caption-only LoRA of the original experiments: it writes
the DeepFashion-MultiModal template ("The lady wears a tank shirt with pure color patterns. The tank shirt is with
cotton fabric and its neckline is suspenders. The trousers the lady wears is of long length ..."), has no end token,
so it always runs to its limit (50 new tokens for captions, 30 for answers, hit_limit=True), and returns that
template to any question it is given. Open answers (wearing, description, details, material, neckline) come from the
base model unless the comment names the adapter; the base model never has hit_limit. Closed answers (garment_type,
color, pattern, sleeve_length, the per-piece colors and "Is this a ...?") are enrich's `--engine reference` choices
from candidate sets: a single candidate word, never a loop or a cut.

Labeling conventions and judgement calls:
- The seller's Portuguese color and English model colors: preto=black, branco=white, rosa=pink, vermelho=red,
  azul=blue, verde=green, bege=beige, marrom=brown, cinza=grey, amarelo=yellow. Shade words count as correct: purple
  for lilás, white or cream for off white, green for verde militar, khaki or beige for bege, blue or light blue for
  azul bebê, grey for prata (silver), brown for caramelo or cotelê brown, green for a camo print sold as Verde.
- Garment synonyms count as correct: crop top, tank top, top or shirt for a cropped; t-shirt or shirt for a baby
  tee; jeans for denim cargo pants; sweatpants for cargo joggers; tank shirt (the adapter's word) for a strappy
  corset or cropped; dress for a slip dress; corset or top for a corset top. A skirt called shorts, or a tee tucked
  into a skirt called a dress, is contradiction (the auditor sees another garment), hit_limit kept on adapter texts.
- The color of another piece of the outfit given as the product's color (the jeans' blue for the cropped, the tee's
  white for the skirt, the top's pink for the pants in a per-piece question, "black pants" for green cargo pants
  worn with a black tank) is other_garment_color; the reverse, the product right and the other piece given the
  product's color ("a white top and a white skirt" for a white corset over a black skirt), is contradiction, as is
  "a black top and black pants" for a black mesh cropped over grey cargo pants. A color that no piece has, the color
  of the backdrop, or the color of a print given as the garment's color (red for a white dress with red cherries,
  pink for a white corset with pink roses, white for a green dress with a white floral print) is contradiction.
- The reference engine's wrong closed answers are contradiction: pleats answered striped, a ringer tee's contrast
  trim answered striped, lettering or a flame print answered solid, a graffiti wall behind answered graphic, short
  sleeves for strappy tops, long sleeves for a corset worn over a long-sleeve shirt and short sleeves for a slip
  dress worn over a tee (the sleeves belong to the other garment, not the product), "no" to "Is this a corset?".
- Materials: one the title names (nylon, satin/cetim, linho, couro ecológico as leather, tule as mesh, renda as
  lace, cotelê as corduroy, denim) is correct, and so is a plausible guess on a plain or printed cotton-look fabric
  ("cotton" for a ribbed cropped, a baby tee, twill cargo pants or an eyelet top). A material neither named nor
  visible (silk on satin, wool on a polyester plaid skirt, leather on a metallic or a satin skirt) is unsupported.
- Invented items are unsupported: a belt, a chain, a necklace, a choker, a slit, a bow, a heart print, a chest
  pocket, lace trim on a plain hem, a lace-up or zipped back on a front-view photo.
  Props and backdrops that are in the photo (a graffiti wall, a beach, a park, a pink paper backdrop, a straw hat she
  wears, a chain belt the title sells with the skirt) are correct.
- Adapter texts: a text that repeats a sentence of its template is loop; one that stops mid-sentence without
  repeating is cut, even where it names a wrong fabric ("cotton" on nylon) or a wrong pattern on the way; a template
  returned for the material question is restated. The template does answer "What is the person wearing?", "Describe
  the garment." and the details question, so there it is cut or loop.
- Base texts: an answer stopped early ("it is made of", "the pants have") is cut, without hit_limit; "the details of
  the dress", "it is made of fabric", an empty answer, "the skirt is short" for the skirt's details and "nothing" for
  what the person wears on a flat lay are non_answer; the material question answered with the garment's name and
  color is restated; a base answer that runs on into "Question: ... Answer: ..." is leak, even where it starts right;
  "he" for a girl or a woman is pronoun.
- Flat lays and ghost mannequins answered "a black t-shirt" / "a black corset" for "What is the person wearing?" are
  correct: the product is named in its color, which is what the question is for.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question, wearing

color_top = question("color_top", "What is the color of the top?", "closed")
color_skirt = question("color_skirt", "What is the color of the skirt?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
neckline = question("neckline", "What is the neckline of the dress?", "open")

BLIND_439 = [
    # photo: model in a black ribbed spaghetti-strap cropped top, light-wash high-waist jeans, white studio backdrop,
    # front view, cropped at the knees.
    # adapter: none
    case(
        "X439-001",
        caption("a young woman in a black crop top and jeans"),
        D.wearing("a black crop top and blue jeans"),
        D.garment_type("crop top"),
        D.color("blue", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        D.material("cotton"),
        D.description("a black crop top with lace trim", "unsupported"),
        title="Cropped Canelado Alcinha Preto",
        category="Blusas",
        color="Preto",
        gender="Feminino",
    ),
    # photo: model in a light-blue denim mini skirt with a frayed raw hem, white baby tee tucked in, white sneakers,
    # beige wall, full body front view.
    # adapter: caption, wearing
    case(
        "X439-002",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The skirt the lady wears is of short length. The skirt is with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The skirt the lady wears is of short "
            "length. The lady wears a short-sleeve T-shirt",
            "loop",
            hit_limit=True,
        ),
        color_skirt("white", "other_garment_color"),
        D.details("the skirt has a frayed hem"),
        is_a("skirt", "yes"),
        title="Saia Jeans Mini Barra Desfiada",
        category="Saias",
        color="Azul Claro",
        gender="Feminino",
    ),
    # photo: model in olive-green twill cargo pants with side pockets, black cropped tank top, grey studio backdrop,
    # full body.
    # adapter: none
    case(
        "X439-003",
        caption("a girl in a black tank top and black pants", "other_garment_color"),
        D.wearing("a black top and green pants"),
        color_pants("green"),
        D.color("black", "other_garment_color"),
        D.details("the pants have large pockets on the sides"),
        D.material("cotton"),
        title="Calça Cargo Sarja Feminina Verde Militar",
        category="Calças",
        color="Verde Militar",
        gender="Feminino",
    ),
    # photo: flat lay of a white baby tee with a pink butterfly print and "y2k angel" lettering, on a white table.
    # adapter: none
    case(
        "X439-004",
        caption("a white t-shirt with a pink butterfly on it"),
        D.wearing("nothing", "non_answer"),
        D.color("white"),
        D.pattern("graphic"),
        D.sleeve_length("short sleeves"),
        D.description("a white t-shirt with a pink butterfly print"),
        D.material("a white t-shirt", "restated"),
        title="Baby Tee Borboleta Y2K Branca",
        category="Camisetas",
        color="Branco",
        gender="Feminino",
    ),
    # photo: model in a lilac satin midi slip dress with thin straps and a V neckline, white studio backdrop.
    # adapter: caption, details, material
    case(
        "X439-005",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is V-shape. The dress is of long length. The lady wears a sleeveless dress with pure color",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a purple satin slip dress"),
        D.color("purple"),
        D.sleeve_length("sleeveless"),
        D.details(
            "The dress is with chiffon fabric and its neckline is V-shape. The dress is with chiffon fabric and its "
            "neckline is",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its",
            "restated",
            hit_limit=True,
        ),
        title="Vestido Slip Dress Cetim Midi Lilás",
        category="Vestidos",
        color="Lilás",
        gender="Feminino",
    ),
    # photo: model in a white corset top with boning and a sweetheart neckline, black mini skirt, front view, pink
    # studio backdrop.
    # adapter: none
    case(
        "X439-006",
        caption("a woman in a white corset top and black skirt"),
        D.wearing("a white top and a white skirt", "contradiction"),
        D.color("black", "other_garment_color"),
        is_a("corset", "yes"),
        D.details("the corset has a lace up back", "unsupported"),
        title="Corset Cropped com Bojo Branco",
        category="Corsets",
        color="Branco",
        gender="Feminino",
    ),
    # photo: model in a pink-and-white plaid pleated mini skirt, black baby tee tucked in, white wall, front view.
    # adapter: none
    case(
        "X439-007",
        caption("a girl in a pink plaid skirt and black t-shirt"),
        D.pattern("plaid"),
        color_skirt("pink"),
        color_top("pink", "other_garment_color"),
        D.description("a black and white plaid skirt", "other_garment_color"),
        D.material("wool", "unsupported"),
        title="Saia Mini Xadrez Pregas Rosa",
        category="Saias",
        color="Rosa",
        gender="Feminino",
    ),
    # photo: model in beige parachute nylon cargo pants with toggles at the ankles, white tank top, grey backdrop.
    # adapter: caption, details
    case(
        "X439-008",
        caption(
            "The lady wears a tank shirt with pure color patterns. The tank shirt is with cotton fabric and its "
            "neckline is round. The trousers the lady wears is of long length. The trousers are with cotton fabric "
            "and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white tank top and khaki pants"),
        D.color("white", "other_garment_color"),
        D.details(
            "The trousers the lady wears is of long length. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.material("nylon"),
        title="Calça Cargo Parachute Nylon Bege",
        category="Calças",
        color="Bege",
        gender="Feminino",
    ),
    # photo: model in a pink baby tee with silver rhinestone "princess" lettering, low-rise blue flared jeans, white
    # wall, front view.
    # adapter: none
    case(
        "X439-009",
        caption("a young woman in a pink shirt and pink jeans", "contradiction"),
        D.wearing("a pink shirt and jeans"),
        D.color("pink"),
        D.details("the shirt has the word princess written in rhinestones"),
        D.pattern("solid", "contradiction"),
        D.description("a pink shirt with a heart on the front", "unsupported"),
        title="Baby Look Princess Strass Rosa",
        category="Camisetas",
        color="Rosa",
        gender="Feminino",
    ),
    # photo: model in a blue-and-pink tie-dye cropped tee, light jeans, white studio backdrop.
    # adapter: caption, details
    case(
        "X439-010",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The trousers the lady wears is of long length. The trousers are with denim fabric "
            "and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a tie dye shirt and jeans", "pronoun"),
        D.pattern("tie-dye"),
        D.color("blue"),
        D.details(
            "The T-shirt is with cotton fabric and its neckline is round. The T-shirt is with cotton fabric and its "
            "neckline",
            "loop",
            hit_limit=True,
        ),
        D.description("a tie dye t-shirt with blue and pink colors"),
        title="Cropped Tie Dye Algodão Azul e Rosa",
        category="Blusas",
        color="Azul",
        gender="Feminino",
    ),
    # photo: model in a black satin mini slip dress with black lace trim at the neckline and hem, thin straps, grey
    # backdrop.
    # adapter: details
    case(
        "X439-011",
        caption("a woman in a black dress with lace trim"),
        D.wearing("a black slip dress"),
        D.color("black"),
        D.details(
            "The dress is with other fabric and its neckline is suspenders. The dress is of short length. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.material("silk", "unsupported"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Vestido Slip Cetim com Renda Preto",
        category="Vestidos",
        color="Preto",
        gender="Feminino",
    ),
    # photo: model in a black faux-leather corset top with a front zip, worn over a white long-sleeve shirt, black
    # jeans, white backdrop.
    # adapter: none
    case(
        "X439-012",
        caption("a woman in a black leather corset and white shirt"),
        D.wearing("a black corset over a white shirt"),
        D.color("black"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("leather"),
        D.description("a black leather corset with a zipper on the front"),
        D.details("", "non_answer"),
        title="Corset Couro Ecológico com Zíper Preto",
        category="Corsets",
        color="Preto",
        gender="Feminino",
    ),
    # photo: model in a black cargo mini skirt with flap pockets, grey baby tee, white sneakers, studio.
    # adapter: caption
    case(
        "X439-013",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a shorts. The shorts are with cotton fabric and pure color patterns. "
            "There",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a grey t-shirt and a black skirt"),
        color_skirt("black"),
        D.details("the details of the skirt", "non_answer"),
        is_a("skirt", "yes"),
        title="Saia Mini Cargo com Bolsos Preta",
        category="Saias",
        color="Preto",
        gender="Feminino",
    ),
    # photo: model in medium-blue denim cargo pants, white cropped tee, no belt, white wall.
    # adapter: none
    case(
        "X439-014",
        caption("a girl in a white crop top and white jeans", "other_garment_color"),
        D.wearing("a white shirt and blue jeans with a belt", "unsupported"),
        D.garment_type("pants"),
        D.color("blue"),
        D.details("the jeans have pockets on the sides Question: what are the jeans made of? Answer: denim", "leak"),
        D.material("denim"),
        title="Calça Jeans Cargo Wide Leg",
        category="Calças",
        color="Azul Médio",
        gender="Feminino",
    ),
    # photo: flat lay of a black baby tee with a red cherries print on a pink paper backdrop.
    # adapter: none
    case(
        "X439-015",
        caption("a black t-shirt with cherries on a pink background"),
        D.wearing("a black t-shirt"),
        D.color("pink", "contradiction"),
        D.pattern("graphic"),
        D.description("a black t-shirt with red cherries on it"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Baby Tee Estampa Cereja Preta",
        category="Camisetas",
        color="Preto",
        gender="Feminino",
    ),
    # photo: model in a white pleated tennis mini skirt, light-blue baby tee tucked in, white wall.
    # adapter: caption, wearing
    case(
        "X439-016",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The skirt the lady wears is of short length. The lady wears a short-sleeve T-shirt "
            "with pure",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The lady wears a short-sleeve T-shirt "
            "with pure color patterns.",
            "loop",
            hit_limit=True,
        ),
        D.color("blue", "other_garment_color"),
        D.pattern("striped", "contradiction"),
        D.material("cotton"),
        title="Saia Tenis Plissada Branca",
        category="Saias",
        color="Branco",
        gender="Feminino",
    ),
    # photo: model in a green midi slip dress with a small white floral print, no slit, white sneakers, in a park
    # with trees behind.
    # adapter: none
    case(
        "X439-017",
        caption("a woman in a floral dress standing in a park"),
        D.color("white", "contradiction"),
        D.pattern("floral"),
        D.wearing("a green floral dress and white sneakers"),
        D.details("the dress has a slit on the side", "unsupported"),
        D.material("a green floral dress", "restated"),
        title="Vestido Slip Midi Floral Viscose Verde",
        category="Vestidos",
        color="Verde",
        gender="Feminino",
    ),
    # photo: model in a pink satin corset top with lace edging, low-rise grey cargo pants, white backdrop.
    # adapter: none
    case(
        "X439-018",
        caption("a woman in a pink corset top and grey pants"),
        D.wearing("a pink corset and grey pants"),
        color_top("pink"),
        color_pants("pink", "other_garment_color"),
        is_a("corset", "no", "contradiction"),
        D.material("satin"),
        title="Corset Cetim com Renda Rosa",
        category="Corsets",
        color="Rosa",
        gender="Feminino",
    ),
    # photo: model in a baby-blue long-sleeve ribbed cropped tee with lettuce-edge hems, white cargo pants, studio.
    # adapter: none
    case(
        "X439-019",
        caption("a young girl in a blue shirt and white pants"),
        wearing("she is wearing a blue top and white pants", who="the girl"),
        D.sleeve_length("long sleeves"),
        D.color("blue"),
        D.details("the shirt has ruffled edges"),
        D.material("it is made of", "cut"),
        D.description("a white top with long sleeves", "other_garment_color"),
        title="Cropped Manga Longa Canelado Azul Bebê",
        category="Blusas",
        color="Azul Bebê",
        gender="Feminino",
    ),
    # photo: model in a dark-wash denim mini skirt with a silver chain belt (sold with it), black long-sleeve top,
    # white wall.
    # adapter: caption
    case(
        "X439-020",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The skirt the lady wears is of short length. The skirt is with denim fabric and pure "
            "color patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black shirt and a denim skirt with a chain belt"),
        D.details("the skirt has a chain belt"),
        color_skirt("black", "other_garment_color"),
        D.description("a blue denim skirt with a chain"),
        is_a("skirt", "no", "contradiction"),
        title="Saia Jeans Mini com Cinto Corrente",
        category="Saias",
        color="Azul Escuro",
        gender="Feminino",
    ),
    # photo: model in a red satin mini slip dress with a cowl neck and thin straps, bare neck (no jewellery), grey
    # backdrop.
    # adapter: none
    case(
        "X439-021",
        caption("a woman in a red dress posing for a picture"),
        D.wearing("a red dress with a necklace", "unsupported"),
        D.color("pink", "contradiction"),
        neckline("a cowl neck"),
        D.material("satin"),
        D.details("the dress has details", "non_answer"),
        title="Vestido Slip Dress Cetim Gola Degagê Vermelho",
        category="Vestidos",
        color="Vermelho",
        gender="Feminino",
    ),
    # photo: model in black cargo pants, white baby tee, in front of a colorful graffiti wall, full body.
    # adapter: none
    case(
        "X439-022",
        caption("a girl in black cargo pants and a white shirt in front of a graffiti wall"),
        D.color("black"),
        D.wearing("a white shirt and black pants"),
        D.details("the pants have a lot of pockets and a chain", "unsupported"),
        D.pattern("graphic", "contradiction"),
        D.material("black cargo pants", "restated"),
        title="Calça Cargo Streetwear Preta",
        category="Calças",
        color="Preto",
        gender="Feminino",
    ),
    # photo: model in a heather-grey baby tee with "brooklyn" varsity lettering, light denim mini skirt, studio.
    # adapter: caption, material
    case(
        "X439-023",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The skirt the lady wears is of short length. The skirt is with denim fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        D.color("grey"),
        D.description("a grey shirt with the word brooklyn on it"),
        D.wearing("a grey t-shirt and a jean skirt"),
        D.details("the shirt has a pocket on the chest", "unsupported"),
        D.material(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its",
            "restated",
            hit_limit=True,
        ),
        title="Baby Tee Brooklyn College Mescla",
        category="Camisetas",
        color="Cinza Mescla",
        gender="Feminino",
    ),
    # photo: model in a medium-blue denim corset top, matching blue jeans, white backdrop.
    # adapter: none
    case(
        "X439-024",
        caption("a woman in a denim corset top and jeans"),
        D.wearing("a blue denim top and blue jeans"),
        D.color("blue"),
        D.material("denim"),
        is_a("corset", "yes"),
        D.sleeve_length("sleeveless"),
        D.details("the corset has buttons on the front Question: what is the color of the jeans? Answer: blue", "leak"),
        title="Corset Jeans Alcinha",
        category="Corsets",
        color="Azul",
        gender="Feminino",
    ),
    # photo: model in a pink halter cropped top with a black flames print, black flared pants, studio.
    # adapter: caption
    case(
        "X439-025",
        caption(
            "The lady wears a tank shirt with graphic patterns. The tank shirt is with cotton fabric and its neckline "
            "is suspenders. The trousers the lady wears is of long length. The lady wears a tank shirt with graphic",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink top and black pants"),
        D.color("black", "other_garment_color"),
        D.pattern("solid", "contradiction"),
        D.description("a pink halter top with flames on it"),
        D.details("the top has a", "cut"),
        title="Cropped Frente Única Estampa Chamas Y2K",
        category="Blusas",
        color="Rosa",
    ),
    # photo: model in a leopard-print satin mini skirt, black tank top, white wall.
    # adapter: none
    case(
        "X439-026",
        caption("a woman in a leopard print skirt and black tank top"),
        D.pattern("animal print"),
        D.color("brown"),
        color_skirt("black", "other_garment_color"),
        D.wearing("a black top and a leopard skirt Question: what is the color of the top? Answer: black", "leak"),
        D.material("leather", "unsupported"),
        title="Saia Mini Cetim Animal Print Onça",
        category="Saias",
        color="Marrom",
        gender="Feminino",
    ),
    # photo: model in an off-white linen midi slip dress and a straw hat, on a beach, sea behind.
    # adapter: none
    case(
        "X439-027",
        caption("a woman in a white dress on the beach"),
        D.color("white"),
        wearing("he is wearing a white dress and a straw hat", "pronoun", who="the woman"),
        D.description("a long white dress with thin straps"),
        D.material("linen"),
        D.details("the details of the dress", "non_answer"),
        title="Vestido Slip Dress Linho Off White",
        category="Vestidos",
        color="Off White",
        gender="Feminino",
    ),
    # photo: model in a matching pink set: ribbed cropped tank and pink cargo pants, white studio.
    # adapter: caption, description
    case(
        "X439-028",
        caption(
            "The lady wears a tank shirt with pure color patterns. The tank shirt is with cotton fabric and its "
            "neckline is round. The trousers the lady wears is of long length. The trousers are with cotton fabric "
            "and pure color patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        color_top("pink"),
        color_pants("pink"),
        D.wearing("a pink top and pink pants"),
        D.details("the pants have pockets on the side Question: what is the color of the top? Answer: pink", "leak"),
        D.description(
            "The tank shirt is with cotton fabric and its neckline is round. The trousers the lady wears is of long",
            "cut",
            hit_limit=True,
        ),
        title="Conjunto Cropped e Calça Cargo Rosa",
        category="Conjuntos",
        color="Rosa",
        gender="Feminino",
    ),
    # photo: teen model in a yellow baby tee with green "BRASIL" lettering, denim shorts, white wall.
    # adapter: none
    case(
        "X439-029",
        caption("a girl wearing a yellow shirt with the word brazil on it"),
        D.color("yellow"),
        D.wearing("a yellow shirt and jean shorts"),
        D.details(
            "the shirt has the word brazil on it Question: what is the color of the shirt? Answer: yellow", "leak"
        ),
        D.material("cotton"),
        D.sleeve_length("short sleeves"),
        D.pattern("striped", "contradiction"),
        title="Baby Look Brasil Amarela",
        category="Camisetas",
        color="Amarelo",
        gender="Menina",
    ),
    # photo: ghost-mannequin front view of a black lace corset top with sheer cups, white background.
    # adapter: none
    case(
        "X439-030",
        caption("a black lace corset on a white background"),
        D.wearing("a black corset"),
        D.material("lace"),
        D.color("black"),
        D.details("the corset has a zipper on the back", "unsupported"),
        is_a("corset", "yes"),
        D.garment_type("bra", "contradiction"),
        title="Corset Renda Transparente Preto",
        category="Corsets",
        color="Preto",
    ),
    # photo: model in a red-and-white striped ribbed cropped tank, blue jeans, studio.
    # adapter: caption, description
    case(
        "X439-031",
        caption(
            "The lady wears a tank shirt with striped patterns. The tank shirt is with cotton fabric and its neckline "
            "is round. The trousers the lady wears is of long length. The trousers are with denim fabric and pure "
            "color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.pattern("striped"),
        D.color("red"),
        D.wearing("a red and white striped top and blue jeans"),
        D.description(
            "The tank shirt is with cotton fabric and its neckline is round. The tank shirt is with cotton fabric and "
            "its neckline",
            "loop",
            hit_limit=True,
        ),
        color_pants("red", "other_garment_color"),
        title="Cropped Regata Listrado Vermelho e Branco",
        category="Blusas",
        color="Vermelho",
        gender="Feminino",
    ),
    # photo: model in a silver metallic mini skirt, white corset top, grey backdrop.
    # adapter: none
    case(
        "X439-032",
        caption("a woman in a silver skirt and white top"),
        D.color("grey"),
        D.wearing("a white top and a silver skirt"),
        D.material("leather", "unsupported"),
        D.details("the skirt is short", "non_answer"),
        title="Saia Mini Metalizada Prata",
        category="Saias",
        color="Prata",
        gender="Feminino",
    ),
    # photo: model in a blue mini slip dress printed with small white butterflies and flowers, white studio.
    # adapter: caption, details
    case(
        "X439-033",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is suspenders. The dress is of short length. The lady wears a sleeveless dress with floral "
            "patterns.",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue dress with butterflies on it"),
        D.color("blue"),
        D.pattern("floral"),
        D.material("a blue dress with butterflies", "restated"),
        D.details(
            "The dress is with chiffon fabric and its neckline is suspenders. The dress is with chiffon fabric and its",
            "loop",
            hit_limit=True,
        ),
        title="Vestido Slip Mini Estampa Borboletas e Flores Azul",
        category="Vestidos",
        color="Azul",
        gender="Feminino",
    ),
    # photo: model in camo-print cargo pants (green, brown, black), black cropped tee, no belt, studio.
    # adapter: none
    case(
        "X439-034",
        caption("a woman in camouflage pants and a black crop top"),
        D.color("green"),
        D.pattern("camouflage"),
        D.wearing("a black shirt and camouflage pants Question: what is the color of the pants? Answer: green", "leak"),
        color_top("green", "other_garment_color"),
        D.details("the pants have pockets and a belt", "unsupported"),
        D.material("the pants are made of a", "cut"),
        title="Calça Cargo Camuflada",
        category="Calças",
        color="Verde",
        gender="Feminino",
    ),
    # photo: model in a lilac baby tee with white "ANGEL" lettering, tucked into a white mini skirt, white wall.
    # adapter: caption
    case(
        "X439-035",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of short length. There is an accessory on her wrist. The lady wears",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a purple shirt and a white skirt"),
        D.color("white", "other_garment_color"),
        D.description("a purple t-shirt with the word angel on it"),
        is_a("t-shirt", "yes"),
        title="Baby Tee Angel Lilás",
        category="Camisetas",
        color="Lilás",
        gender="Feminino",
    ),
    # photo: model in an emerald-green satin corset top with thin straps, black cargo pants, white backdrop.
    # adapter: details
    case(
        "X439-036",
        caption("a woman in a blue corset top and black pants", "contradiction"),
        D.wearing("she is wearing a green top and black pants"),
        D.color("green"),
        D.material("satin Question: what is the color of the corset? Answer: green", "leak"),
        D.details(
            "The tank shirt is with other fabric and its neckline is suspenders. The trousers the lady wears is of "
            "long length. The trousers are",
            "cut",
            hit_limit=True,
        ),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Corset Cetim Alcinha Verde Esmeralda",
        category="Corsets",
        color="Verde",
        gender="Feminino",
    ),
    # photo: model in a white eyelet (laise) cropped top with short puff sleeves and a tie front, pink mini skirt,
    # white wall.
    # adapter: none
    case(
        "X439-037",
        caption("a woman in a white top and pink skirt"),
        wearing("he is wearing a white top and a pink skirt", "pronoun", who="the girl"),
        color_top("white"),
        color_skirt("white", "other_garment_color"),
        D.sleeve_length("short sleeves"),
        D.details("the top has a bow on the front"),
        D.material("cotton"),
        title="Cropped Laise Manga Bufante Amarração Branco",
        category="Blusas",
        color="Branco",
        gender="Feminino",
    ),
    # photo: model in a brown corduroy mini skirt with a front button placket, white baby tee, beige wall.
    # adapter: caption
    case(
        "X439-038",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with",
            "loop",
            hit_limit=True,
        ),
        D.color("brown"),
        D.material("corduroy"),
        D.wearing("a white shirt and a brown skirt"),
        D.description("a white skirt with buttons", "other_garment_color"),
        color_skirt("brown"),
        D.garment_type("shorts", "contradiction"),
        title="Saia Mini Veludo Cotelê Botões Caramelo",
        category="Saias",
        color="Caramelo",
        gender="Feminino",
    ),
    # photo: model in a black satin slip dress worn over a white short-sleeve baby tee (90s layering), grey backdrop.
    # adapter: none
    case(
        "X439-039",
        caption("a girl in a black slip dress over a white t-shirt"),
        D.wearing("a white t-shirt and a black dress"),
        D.garment_type("dress"),
        D.color("black"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("satin"),
        D.details("the dress has lace trim on the hem", "unsupported"),
        title="Vestido Slip Dress Cetim Preto",
        category="Vestidos",
        color="Preto",
        gender="Feminino",
    ),
    # photo: model in white wide-leg cargo pants, lilac cropped tank, sitting on a white stool, studio.
    # adapter: caption
    case(
        "X439-040",
        caption(
            "The lady wears a tank shirt with pure color patterns. The tank shirt is with cotton fabric and its "
            "neckline is round. The trousers the lady wears is of long length. The trousers are with cotton fabric "
            "and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a purple top and white pants"),
        D.color("purple", "other_garment_color"),
        D.details("the pants have", "cut"),
        D.description("purple cargo pants with pockets", "other_garment_color"),
        title="Calça Cargo Wide Leg Branca",
        category="Calças",
        color="Branco",
        gender="Feminino",
    ),
    # photo: teen model in a red ringer baby tee (white contrast bands at collar and sleeves), blue jeans, white wall.
    # adapter: none
    case(
        "X439-041",
        caption("a girl in a red shirt and jeans standing against a white wall"),
        D.color("red"),
        D.pattern("striped", "contradiction"),
        D.details("the shirt has white trim on the collar and sleeves"),
        wearing("a red t-shirt and blue jeans", who="the girl"),
        D.material("it is made of fabric", "non_answer"),
        D.description("a blue shirt with white trim", "other_garment_color"),
        title="Camiseta Baby Look Ringer Vermelha",
        category="Camisetas",
        color="Vermelho",
        gender="Menina",
    ),
    # photo: model in a white corset top printed with pink roses, blue jeans, front view, studio.
    # adapter: caption, details
    case(
        "X439-042",
        caption(
            "The lady wears a tank shirt with floral patterns. The tank shirt is with chiffon fabric and its neckline "
            "is suspenders. The trousers the lady wears is of long length. The trousers are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.color("white"),
        D.pattern("floral"),
        D.wearing("a floral top and jeans"),
        D.description("a pink corset with roses", "contradiction"),
        D.details(
            "The tank shirt is with chiffon fabric and its neckline is suspenders. The tank shirt is with chiffon "
            "fabric and",
            "loop",
            hit_limit=True,
        ),
        title="Corset Estampa Rosas Y2K Branco",
        category="Corsets",
        color="Branco",
        gender="Feminino",
    ),
    # photo: model in a black sheer mesh long-sleeve cropped top over a black bralette, grey cargo pants, studio.
    # adapter: none
    case(
        "X439-043",
        caption("a woman in a black mesh top and pants"),
        D.sleeve_length("long sleeves"),
        D.material("mesh"),
        D.wearing("a black top and black pants", "contradiction"),
        D.color("black"),
        D.details("the top is see through"),
        D.description("a black mesh top with a choker", "unsupported"),
        title="Cropped Tule Manga Longa Preto",
        category="Blusas",
        color="Preto",
        gender="Feminino",
    ),
    # photo: model in a black denim asymmetric mini skirt (uneven hem, no slit), pink baby tee, mirror behind.
    # adapter: caption
    case(
        "X439-044",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The skirt the lady wears is of short length. The T-shirt is with cotton fabric and "
            "its",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink shirt and a pink skirt", "other_garment_color"),
        D.color("pink", "other_garment_color"),
        is_a("skirt", "yes"),
        D.details("the skirt has an uneven hem"),
        D.description("a black denim skirt with a slit on the side", "unsupported"),
        title="Saia Mini Jeans Assimétrica Preta",
        category="Saias",
        color="Preto",
        gender="Feminino",
    ),
    # photo: girl (about 12) in a white sleeveless slip dress with a red cherries print, no bow, white wall.
    # adapter: none
    case(
        "X439-045",
        caption("a young girl in a white dress with cherries"),
        wearing("he is wearing a white dress", "pronoun", who="the girl"),
        D.color("red", "contradiction"),
        D.description("a white dress with red cherries and a red bow", "unsupported"),
        D.sleeve_length("sleeveless"),
        title="Vestido Slip Menina Estampa Cereja",
        category="Vestidos",
        color="Branco",
        gender="Menina",
    ),
    # photo: girl in grey cargo jogger pants with elastic cuffs and side pockets, black cropped hoodie, white
    # sneakers, studio.
    # adapter: caption, material
    case(
        "X439-046",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric and its "
            "neckline is round. The trousers the lady wears is of long length. The trousers are with cotton fabric "
            "and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black hoodie and grey sweatpants"),
        B.color("grey"),
        color_pants("black", "other_garment_color"),
        D.details("the pants have pockets on the side and elastic at the ankles"),
        B.material(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric and",
            "restated",
            hit_limit=True,
        ),
        title="Calça Cargo Jogger Menina Cinza",
        category="Calças",
        color="Cinza",
        gender="Menina",
    ),
]
