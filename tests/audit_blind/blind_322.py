"""BLIND_322 (46 products; Brazilian men's casual wear, Portuguese titles and colors, model shots and flat-lays):
written blind in the forty-fourth session. Measured blind at 37997af (the session's rules as they stood): 96/116
failures found (82.8%) and 6/143 correct texts flagged (4.2%). The writer's notes, verbatim:

Scenario: a men's casual catalog on a Brazilian marketplace. The seller's feed is in Portuguese: titles like "Camiseta
Masculina Básica Algodão Preta", categories Camisetas, Camisas, Bermudas, Calças, Moletons, Jaquetas, Polos and
Regatas, colors like Preto, Branco, Cinza Mescla, Azul Marinho, Verde Militar, Vinho, Caqui, Off White, Mostarda, and
gender Masculino. A few rows miss the color or the gender, and one carries a pattern word (Colorido) in the color
column, as real feeds do. Photos are model shots (studio backdrops, brick and painted walls, a beach, a gym, a café)
with the model wearing other garments too, and flat-lays on white, grey or wooden backgrounds or on a hanger.

Who wrote what: the base `Salesforce/blip2-opt-2.7b` answered the default questionnaire in English (wearing,
description, details, material open; garment_type, color, pattern, sleeve_length closed) plus a few questions of the
set's own (what the print says or shows, the neckline, a per-piece color). Its texts are short, lowercase, and stop on
their own (never hit_limit). On some items the caption-only LoRA adapter of the original experiments wrote the caption
or answered an open question (the comment before each case says which): it returns the DeepFashion template ("The
gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric ...") to any
prompt, never stops, and runs to its limit (50 new tokens for captions, 30 for answers), so each adapter text has
hit_limit=True. The closed answers are enrich's `--engine reference` choices among candidate values: they never loop
or get cut, but they can pick the wrong candidate.

Labeling conventions and judgement calls:
- Portuguese seller colors and their English shade words count as correct: Preto black; Branco and Off White white
  (cream for off white too); Cinza Mescla, Chumbo, Grafite and Cinza Claro grey; Azul Marinho navy or blue (black for
  navy is a contradiction); Azul Claro, Azul Médio and Jeans blue or light blue; Verde Militar green or olive; Vinho
  maroon, burgundy or red; Caqui and Bege beige, khaki or tan; Mostarda yellow or mustard (orange is a contradiction);
  Verde Água green, mint or light blue (the shade sits between the two). Colorido as the seller color: multicolor and
  the tie-dye's own colors are correct.
- Garment synonyms count as correct: shirt (the English word) for a camiseta, t-shirt for a camiseta, sweatshirt or
  hoodie for a moletom com capuz, sweatshirt for a moletom careca, shorts for a bermuda, pants, joggers or sweatpants
  for a calça, tank top for a regata, jacket for a jaqueta of any kind, polo shirt or shirt for a polo. Jeans for a
  bermuda jeans, pants for a bermuda, t-shirt for a polo, a regata or a button-up camisa are contradictions.
- The color of another garment in the photo given to the product (the tee under the jacket, the jeans with the
  shirt) is other_garment_color; a color given to a non-product garment that no piece has, or the product's color
  given to the other garment (the white jeans beside a white product tee), is contradiction. The color of a wall, a
  chair, a print, a lining or a logo given as the garment's color is contradiction.
- Print colors in a description ("a white t-shirt with an orange sun") are correct; palm leaves answered "floral" is
  correct (the DeepFashion pattern classes have no botanical class beside it); a geometric print as floral is
  contradiction; a front-view photo's pattern is "solid" even where the title names a back print.
- Materials: one the title names (algodão cotton, linho linen, sarja twill/cotton, jeans denim, dry fit polyester,
  nylon, couro sintético leather, piquet cotton) is correct; a plausible guess on a plain knit or twill ("cotton") is
  correct; a material that contradicts the title (polyester for an algodão tee, cotton for a linen shirt) is
  contradiction; a material neither named nor visible (silk on a plain dress shirt, down on a puffer whose title names
  none, wool on a flanela shirt: flanela names the weave, not the fiber) is unsupported.
- Invented items not in the photo (a chest pocket, a tie, a belt, a hood on a crewneck, a back print the front view
  does not show, a mesh lining, sunglasses) are unsupported.
- "she", "her", "a woman", "the lady" for a man are pronoun, in base texts and adapter texts alike (for an adapter
  text the misgendering comes first, hit_limit kept).
- Adapter texts: one that repeats a sentence or clause of the template is loop; one that stops mid-sentence without
  repeating is cut, even where it also invents a fabric or an accessory before it stops; the template returned for
  the material question is restated (even though it is also cut); one that ends exactly on a full stop at the limit is
  still cut (the limit ended it, not the model). Where the template misnames the garment (a shirt for a polo is fine,
  a "sweater" for a hoodie or a sweatshirt is fine, but "T-shirt" for a button-up camisa is not) it is contradiction.
- Base texts: an answer cut by an early stop ("it is made of") is cut, without hit_limit; an empty answer, "nothing"
  on a flat-lay, "the details of the jeans" and "the shorts are short" are non_answer; the question echoed back
  ("describe the garment") or the material answered with the garment's name and color is restated; a text that runs
  on into "Question: ... Answer: ..." is leak even where the first words are right.
- On model shots, the wearing answer names the whole outfit; every piece it names with its real color is correct,
  and two garments that really share a color ("a black t-shirt and black shorts") are correct.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, question

print_q = question("print", "What is printed on the garment?", "open")
neckline = question("neckline", "What is the neckline of the garment?", "open")

BLIND_322 = [
    # photo: model in a plain black crew-neck tee, blue jeans, white studio backdrop, front view.
    # all base
    case(
        "X322-001",
        caption("a man wearing a black t-shirt and jeans"),
        D.wearing("a black t-shirt and black jeans", "contradiction"),
        D.garment_type("t-shirt"),
        D.color("black"),
        D.material("polyester", "contradiction"),
        title="Camiseta Masculina Básica Algodão Preta",
        category="Camisetas",
        color="Preto",
        gender="Masculino",
    ),
    # photo: flat-lay of a plain heather-grey crew tee on a white background, no pocket.
    # description, details: adapter
    case(
        "X322-002",
        caption("a grey t-shirt with a pocket on a white background", "unsupported"),
        D.color("grey"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The T-shirt is with cotton fabric and pure color patterns. It has a round neckline. The T-shirt is with "
            "cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Camiseta Masculina Lisa Cinza Mescla",
        category="Camisetas",
        color="Cinza Mescla",
        gender="Masculino",
    ),
    # photo: model in an off-white tee with a chest print (blue wave under an orange sun), khaki bermuda, standing in
    # front of a red brick wall. all base
    case(
        "X322-003",
        caption("a man standing in front of a brick wall"),
        D.wearing("a white t-shirt with a graphic print and khaki shorts"),
        D.color("orange", "contradiction"),
        D.pattern("graphic"),
        print_q("a surfboard and a sun", "unsupported"),
        D.description("a white t-shirt with a blue wave and an orange sun on the front"),
        title="Camiseta Estampada Surf Algodão Off White",
        category="Camisetas",
        color="Off White",
        gender="Masculino",
    ),
    # photo: model wearing a red-and-black buffalo plaid flannel shirt open over a white tee, black jeans, grey
    # backdrop. all base
    case(
        "X322-004",
        caption("a man wearing a red and black plaid shirt"),
        D.wearing("a red plaid shirt, a red t-shirt and black jeans", "contradiction"),
        D.garment_type("shirt"),
        D.color("white", "other_garment_color"),
        D.pattern("plaid"),
        D.material("wool", "unsupported"),
        title="Camisa Xadrez Flanela Manga Longa Vermelha",
        category="Camisas",
        color="Vermelho",
        gender="Masculino",
    ),
    # photo: khaki twill chino shorts on a model cropped from the waist down, white sneakers, light grey backdrop; the
    # shorts have belt loops but no belt. caption: adapter
    case(
        "X322-005",
        caption(
            "The gentleman wears a short pants. The pants are with cotton fabric and pure color patterns. The "
            "gentleman wears a short pants. The pants are with cotton fabric and pure color patterns. The gentleman "
            "wears",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("shorts"),
        D.color("beige"),
        D.details("the shorts have pockets on the side and a brown belt", "unsupported"),
        D.material("cotton"),
        D.description("a pair of khaki shorts with a", "cut"),
        title="Bermuda Sarja Masculina Caqui",
        category="Bermudas",
        color="Caqui",
        gender="Masculino",
    ),
    # photo: model in dark-wash slim jeans with a white tee, front view, white backdrop. all base
    case(
        "X322-006",
        caption("a man in a white t-shirt and jeans"),
        D.wearing("a white shirt and white jeans", "other_garment_color"),
        D.garment_type("jeans"),
        D.color("blue"),
        D.details(
            "the jeans have a zipper fly and a brown leather patch on the back",
            "unsupported",
        ),
        title="Calça Jeans Slim Masculina Azul Escuro",
        category="Calças",
        color="Jeans Escuro",
        gender="Masculino",
    ),
    # photo: model in a grey kangaroo-pocket hoodie, black joggers, in front of a graffiti wall (pink and yellow
    # letters). caption: adapter
    case(
        "X322-007",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a hooded neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink hoodie and black pants", "contradiction"),
        D.garment_type("hoodie"),
        D.color("grey"),
        D.material("a grey hoodie", "restated"),
        title="Moletom Canguru com Capuz Masculino Cinza Mescla",
        category="Moletons",
        color="Cinza Mescla",
        gender="Masculino",
    ),
    # photo: model in a light-blue denim trucker jacket over a black tee, black jeans, white backdrop. all base
    case(
        "X322-008",
        caption("a man wearing a denim jacket and black jeans"),
        D.wearing("a blue denim jacket, a black t-shirt and black jeans"),
        D.garment_type("jacket"),
        D.color("black", "other_garment_color"),
        D.details("the jacket has two chest pockets with buttons and a hood", "unsupported"),
        D.material("denim"),
        title="Jaqueta Jeans Masculina Trucker Azul Claro",
        category="Jaquetas",
        color="Azul Claro",
        gender="Masculino",
    ),
    # photo: model in a navy piqué polo, three-button placket, khaki chinos, plain white backdrop. all base
    case(
        "X322-009",
        caption("a man in a navy blue polo shirt"),
        D.wearing("a black polo shirt and khaki pants", "contradiction"),
        D.garment_type("polo shirt"),
        D.color("black", "contradiction"),
        D.details("the polo shirt has a collar and a pocket on the chest", "unsupported"),
        title="Camisa Polo Piquet Masculina Azul Marinho",
        category="Polos",
        color="Azul Marinho",
        gender="Masculino",
    ),
    # photo: model in a white dry-fit tank top and black shorts in a gym, dumbbells on a rack behind. all base
    case(
        "X322-010",
        caption("a man in a white tank top standing in a gym"),
        D.wearing("she is wearing a white tank top and black shorts", "pronoun"),
        D.garment_type("tank top"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("polyester"),
        title="Regata Masculina Dry Fit Branca",
        category="Regatas",
        color="Branco",
        gender="Masculino",
    ),
    # photo: flat-lay of a plain burgundy tee on a light wooden floor. details, material: adapter
    case(
        "X322-011",
        caption("a maroon t-shirt on a wooden floor"),
        D.color("red"),
        D.details(
            "The T-shirt is with cotton fabric and pure color patterns. It has a crew neckline. The T-shirt is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline",
            "restated",
            hit_limit=True,
        ),
        D.sleeve_length("short sleeves"),
        D.garment_type("t-shirt"),
        title="Camiseta Masculina Básica Vinho",
        category="Camisetas",
        color="Vinho",
        gender="Masculino",
    ),
    # photo: model in a white slim dress shirt tucked into navy trousers, no tie, grey backdrop. all base
    case(
        "X322-012",
        caption("a man in a white shirt and blue pants"),
        D.wearing("a white shirt tucked into blue pants"),
        D.color("white"),
        D.details("the shirt has a collar and", "cut"),
        D.description("a white dress shirt with a black tie", "unsupported"),
        D.material("a white shirt", "restated"),
        title="Camisa Social Slim Masculina Branca",
        category="Camisas",
        color="Branco",
        gender="Masculino",
    ),
    # photo: flat-lay of ripped medium-blue denim bermuda shorts on white. all base
    case(
        "X322-013",
        caption("a pair of denim shorts with holes in them"),
        D.garment_type("jeans", "contradiction"),
        D.color("blue"),
        D.details("the shorts are short", "non_answer"),
        D.material("denim"),
        D.wearing("nothing", "non_answer"),
        title="Bermuda Jeans Destroyed Masculina",
        category="Bermudas",
        color="Azul Médio",
        gender="Masculino",
    ),
    # photo: model in an olive crewneck sweatshirt (no hood) and beige chinos, white wall with a potted plant beside.
    # all base
    case(
        "X322-014",
        caption("a man wearing a green sweatshirt standing next to a plant"),
        D.wearing("a green sweatshirt and green pants", "contradiction"),
        D.color("green"),
        D.garment_type("sweatshirt"),
        D.description("a green sweatshirt with a hood", "unsupported"),
        D.material("cotton"),
        title="Moletom Careca Masculino Verde Militar",
        category="Moletons",
        color="Verde Militar",
        gender="Masculino",
    ),
    # photo: model in a black nylon windbreaker zipped halfway over a grey tee, blue jeans, park with trees behind.
    # caption: adapter
    case(
        "X322-015",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black jacket and jeans"),
        D.garment_type("jacket"),
        D.color("grey", "other_garment_color"),
        D.material("a black jacket", "restated"),
        title="Jaqueta Corta Vento Masculina Nylon Preta",
        category="Jaquetas",
        color="Preto",
        gender="Masculino",
    ),
    # photo: model in a navy-and-white striped tee and white linen shorts on a beach, sea behind. all base
    case(
        "X322-016",
        caption("a man in a striped shirt standing on the beach"),
        D.wearing("a blue and white striped shirt and white shorts"),
        D.color("blue"),
        D.pattern("striped"),
        color_of("shorts", "blue", "contradiction"),
        D.description("a striped t-shirt with a pocket on the chest", "unsupported"),
        title="Camiseta Listrada Masculina Azul Marinho e Branca",
        category="Camisetas",
        color="Azul Marinho",
        gender="Masculino",
    ),
    # photo: model in beige chinos, a navy polo and a brown leather belt, brown loafers, studio backdrop.
    # details: adapter
    case(
        "X322-017",
        caption("a man in a blue polo shirt and beige pants"),
        D.wearing("a blue shirt and blue pants", "other_garment_color"),
        D.garment_type("pants"),
        D.color("blue", "other_garment_color"),
        D.details(
            "The trousers are with cotton fabric and pure color patterns. The trousers are with cotton fabric and pure "
            "color patterns. The trousers",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Calça Sarja Chino Masculina Bege",
        category="Calças",
        color="Bege",
        gender="Masculino",
    ),
    # photo: medium-blue denim long-sleeve shirt on a wooden hanger against a white wall. description, details:
    # adapter
    case(
        "X322-018",
        caption("a denim shirt hanging on a white wall"),
        D.description(
            "This shirt has long sleeves, denim fabric and pure color patterns. It has a lapel neckline. There is an "
            "accessory on his",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The shirt is with denim fabric and pure color patterns. It has a lapel neckline. The shirt is with denim "
            "fabric and pure color patterns. It",
            "loop",
            hit_limit=True,
        ),
        D.color("white", "contradiction"),
        D.garment_type("shirt"),
        D.material("denim"),
        title="Camisa Jeans Manga Longa Masculina",
        category="Camisas",
        color="Azul Médio",
        gender="Masculino",
    ),
    # photo: model in a black oversized tee (its print is on the back, not shown) and black shorts, front view, white
    # backdrop. caption: adapter
    case(
        "X322-019",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a short pants. The pants are with cotton fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black t-shirt and black shorts"),
        D.color("black"),
        D.pattern("solid"),
        print_q("a white skull", "unsupported"),
        title="Camiseta Oversized Masculina Preta Estampa Costas",
        category="Camisetas",
        color="Preto",
        gender="Masculino",
    ),
    # photo: model in a green-and-white striped polo and jeans, sitting on a red metal chair at a café table. all base
    case(
        "X322-020",
        caption("a man sitting on a red chair at a cafe"),
        D.wearing("a green and white striped polo shirt and jeans"),
        D.garment_type("t-shirt", "contradiction"),
        D.color("red", "contradiction"),
        D.pattern("striped"),
        D.description("a green polo shirt with white stripes and sunglasses", "unsupported"),
        title="Camisa Polo Listrada Masculina Verde",
        category="Polos",
        color="Verde",
        gender="Masculino",
    ),
    # photo: flat-lay of a white tank top with a green palm-leaf print, on white. all base
    case(
        "X322-021",
        caption("a white tank top with palm leaves on it"),
        D.garment_type("t-shirt", "contradiction"),
        D.color("green", "contradiction"),
        D.pattern("floral"),
        D.description("a white tank top with a tropical print"),
        D.wearing(
            "a tank top with palm trees on it Question: what is the color of the tank top? Answer: green",
            "leak",
        ),
        title="Regata Estampada Tropical Masculina",
        category="Regatas",
        color="Branco",
        gender="Masculino",
    ),
    # photo: model in black skinny jeans and a grey hoodie, front view, white backdrop. caption, wearing: adapter
    case(
        "X322-022",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long trousers. The sweater is "
            "with cotton fabric. The trousers are with denim fabric and pure color patterns. The gentleman wears a "
            "long-sleeve sweater with",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a hooded neckline. The trousers",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("jeans"),
        D.color("grey", "other_garment_color"),
        D.material("denim"),
        title="Calça Jeans Skinny Masculina Preta",
        category="Calças",
        color="Preto",
        gender="Masculino",
    ),
    # photo: model in a light-blue linen short-sleeve shirt with a chest pocket, unbuttoned at the collar, white
    # shorts, beach. all base
    case(
        "X322-023",
        caption("a man in a light blue shirt and white shorts on the beach"),
        D.wearing("a white shirt and white shorts", "other_garment_color"),
        D.material("cotton", "contradiction"),
        D.color("blue"),
        D.details("the shirt has a collar and a pocket on the chest"),
        title="Camisa Linho Manga Curta Masculina Azul Claro",
        category="Camisas",
        color="Azul Claro",
        gender="Masculino",
    ),
    # photo: flat-lay of a black zip-up hoodie with white drawstrings and two front pockets, on white. all base
    case(
        "X322-024",
        caption("a black hoodie with a zipper"),
        D.garment_type("hoodie"),
        D.color("black"),
        D.wearing("a black hoodie"),
        D.details("the hoodie has a zipper and two pockets on the front"),
        D.description("a black hoodie with white drawstrings"),
        title="Moletom Zíper com Capuz Masculino Preto",
        category="Moletons",
        color="Preto",
        gender="Masculino",
    ),
    # photo: long-haired model (hair in a bun, light beard) in a plain white tee and beige shorts, in front of a
    # green wall of plants. all base
    case(
        "X322-025",
        caption("a woman in a white t-shirt and beige shorts", "pronoun"),
        D.wearing("a white t-shirt and beige shorts"),
        D.color("green", "contradiction"),
        D.garment_type("t-shirt"),
        D.details("the t-shirt has a round neck"),
        title="Camiseta Masculina Básica Branca",
        category="Camisetas",
        color="Branco",
        gender="Masculino",
    ),
    # photo: model in grey drawstring sweat shorts and a black tee, white backdrop. details: adapter
    case(
        "X322-026",
        caption("a man in a black t-shirt and grey shorts"),
        D.wearing("a black shirt and black shorts", "other_garment_color"),
        D.garment_type("shorts"),
        D.color("grey"),
        D.details(
            "The pants are with cotton fabric and pure color patterns. The gentleman wears a short pants. The pants "
            "are with cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.material("it is made of", "cut"),
        title="Bermuda Moletom Masculina Cinza",
        category="Bermudas",
        color="Cinza",
        gender="Masculino",
    ),
    # photo: model in an olive quilted puffer jacket with a hood, black jeans, in front of a bare concrete wall. all
    # base
    case(
        "X322-027",
        caption("a man in a green puffer jacket standing in front of a concrete wall"),
        D.wearing("a green jacket and green pants", "contradiction"),
        D.color("green"),
        D.garment_type("jacket"),
        D.details("the jacket has a hood and a", "cut"),
        D.material("down", "unsupported"),
        title="Jaqueta Puffer Matelassê Masculina Verde Militar",
        category="Jaquetas",
        color="Verde Militar",
        gender="Masculino",
    ),
    # photo: flat-lay of a white piqué polo with a small navy embroidered logo on the chest, on grey. details,
    # material: adapter
    case(
        "X322-028",
        caption("a white polo shirt with a blue logo"),
        D.details(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "This gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The",
            "restated",
            hit_limit=True,
        ),
        D.color("blue", "contradiction"),
        D.garment_type("polo shirt"),
        D.sleeve_length("short sleeves"),
        title="Camisa Polo Piquet Logo Bordado Masculina Branca",
        category="Polos",
        color="Branco",
        gender="Masculino",
    ),
    # photo: model in black twill joggers with elastic cuffs, a white tee and white sneakers, white backdrop. all base
    case(
        "X322-029",
        caption("a man in a white t-shirt and white pants", "other_garment_color"),
        D.wearing("a white t-shirt and black joggers"),
        D.garment_type("pants"),
        D.color("white", "other_garment_color"),
        D.details("the pants have elastic cuffs at the ankles"),
        title="Calça Jogger Sarja Masculina Preta",
        category="Calças",
        color="Preto",
        gender="Masculino",
    ),
    # photo: model in a blue-and-green plaid short-sleeve shirt and jeans, in front of a brown wooden plank wall. all
    # base
    case(
        "X322-030",
        caption("a man in a plaid shirt standing in front of a wooden wall"),
        D.color("brown", "contradiction"),
        D.pattern("plaid"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("the shirt has a collar and buttons"),
        D.material("cotton"),
        D.wearing("she is wearing a plaid shirt and jeans", "pronoun"),
        title="Camisa Xadrez Tricoline Manga Curta Masculina Azul",
        category="Camisas",
        color="Azul",
        gender="Masculino",
    ),
    # photo: flat-lay of a navy v-neck tee on a grey background. all base
    case(
        "X322-031",
        caption("a navy blue v-neck t-shirt"),
        D.color("blue"),
        D.description(
            "a blue t-shirt with a v neck Question: what is the color of the t-shirt? Answer: blue",
            "leak",
        ),
        neckline("v-neck"),
        D.material("cotton"),
        D.details("the details of the garment", "non_answer"),
        title="Camiseta Gola V Masculina Azul Marinho",
        category="Camisetas",
        color="Azul Marinho",
        gender="Masculino",
    ),
    # photo: model in an off-white crew sweatshirt with a navy "BROOKLYN 1987" chest print, blue jeans, in front of a
    # red brick wall. caption: adapter
    case(
        "X322-032",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white sweatshirt with the word brooklyn on it and jeans"),
        D.color("red", "contradiction"),
        D.pattern("graphic"),
        print_q("brooklyn 1987 new york", "unsupported"),
        D.material("cotton"),
        title="Moletom Careca Estampado College Masculino Off White",
        category="Moletons",
        color="Off White",
        gender="Masculino",
    ),
    # photo: model on a beach in quick-dry shorts with a blue-and-yellow geometric print and a plain white tank top.
    # all base; the feed row has no color
    case(
        "X322-033",
        caption("a man wearing a white tank top and colorful shorts on the beach"),
        D.wearing("a white tank top and blue shorts"),
        D.garment_type("shorts"),
        D.color("white", "other_garment_color"),
        D.pattern("floral", "contradiction"),
        D.details("the shorts have a drawstring and a mesh lining", "unsupported"),
        title="Bermuda Tactel Estampada Geométrica Masculina",
        category="Bermudas",
        gender="Masculino",
    ),
    # photo: model in a black faux-leather biker jacket with an asymmetric silver zip (no belt), white tee, black
    # jeans, grey backdrop. all base
    case(
        "X322-034",
        caption("a man wearing a black leather jacket"),
        D.wearing("a black leather jacket, a black t-shirt and black jeans", "contradiction"),
        D.material("leather"),
        D.details("the jacket has silver zippers and a belt", "unsupported"),
        D.color("black"),
        title="Jaqueta Couro Sintético Masculina Preta",
        category="Jaquetas",
        color="Preto",
        gender="Masculino",
    ),
    # photo: model in a black muscle tank (deep armholes) and grey shorts in a gym, mirror behind. caption,
    # description: adapter
    case(
        "X322-035",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a round "
            "neckline. The lady wears a short pants. The pants are with cotton fabric and pure color patterns. The",
            "pronoun",
            hit_limit=True,
        ),
        D.description(
            "His tank shirt has no sleeves, cotton fabric and pure color patterns. The neckline of it is round. His "
            "tank shirt has no sleeves, cotton",
            "loop",
            hit_limit=True,
        ),
        D.color("black"),
        D.sleeve_length("sleeveless"),
        D.garment_type("tank top"),
        title="Regata Machão Masculina Preta",
        category="Regatas",
        color="Preto",
        gender="Masculino",
    ),
    # photo: model in a plain mustard tee and white shorts, pale blue backdrop. all base
    case(
        "X322-036",
        caption("a man in a yellow t-shirt"),
        D.wearing("a yellow shirt and white shorts"),
        D.color("orange", "contradiction"),
        D.material("cotton"),
        D.details("", "non_answer"),
        D.description("a blue t-shirt with short sleeves", "contradiction"),
        title="Camiseta Masculina Básica Amarela Mostarda",
        category="Camisetas",
        color="Mostarda",
        gender="Masculino",
    ),
    # photo: flat-lay of straight-leg medium-blue jeans on white. all base
    case(
        "X322-037",
        caption("a pair of blue jeans on a white background"),
        D.garment_type("jeans"),
        D.color("blue"),
        D.details("the details of the jeans", "non_answer"),
        D.material("blue jeans", "restated"),
        D.wearing("a pair of jeans"),
        title="Calça Jeans Reta Masculina Azul Médio",
        category="Calças",
        color="Azul Médio",
        gender="Masculino",
    ),
    # photo: model in a light-grey long-sleeve polo and black pants, dark grey backdrop. caption: adapter
    case(
        "X322-038",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns.",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black shirt and black pants", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.garment_type("polo shirt"),
        D.color("grey"),
        D.description("a grey long sleeve polo shirt with a zipper", "unsupported"),
        title="Camisa Polo Manga Longa Masculina Cinza Claro",
        category="Polos",
        color="Cinza Claro",
        gender="Masculino",
    ),
    # photo: flat-lay of a royal-blue hoodie with a white "ORIGINAL" print on the chest, on white. description,
    # details: adapter
    case(
        "X322-039",
        caption("a blue hoodie with the word original on it"),
        D.description(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a hooded neckline. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The sweater is with cotton fabric and graphic patterns. It has a hooded neckline. The sweater is with "
            "cotton fabric and graphic patterns.",
            "loop",
            hit_limit=True,
        ),
        D.color("white", "contradiction"),
        D.garment_type("sweatshirt"),
        title="Moletom com Capuz Estampado Masculino Azul Royal",
        category="Moletons",
        color="Azul",
        gender="Masculino",
    ),
    # photo: model in a pink, purple and blue tie-dye tee and blue jeans, white backdrop. all base
    case(
        "X322-040",
        caption("a man wearing a tie dye shirt and jeans"),
        D.wearing("she is wearing a tie dye t-shirt and blue jeans", "pronoun"),
        D.color("multicolor"),
        D.pattern("solid", "contradiction"),
        D.description("a colorful tie dye t-shirt with pink and purple swirls"),
        title="Camiseta Tie Dye Masculina Algodão",
        category="Camisetas",
        color="Colorido",
        gender="Masculino",
    ),
    # photo: model in olive cargo shorts with side flap pockets and a black tee, no belt, white backdrop.
    # material: adapter
    case(
        "X322-041",
        caption("a man in a black shirt and green shorts"),
        D.garment_type("pants", "contradiction"),
        D.color("green"),
        D.details("the shorts have cargo pockets on the sides"),
        is_a("pair of shorts", "yes"),
        D.material(
            "The gentleman wears a short pants. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on his wrist. The",
            "restated",
            hit_limit=True,
        ),
        D.wearing("a black t-shirt and green cargo shorts with a black belt", "unsupported"),
        title="Bermuda Cargo Sarja Masculina Verde Militar",
        category="Bermudas",
        color="Verde Militar",
        gender="Masculino",
    ),
    # photo: model in a black long-sleeve dress shirt and grey suit trousers, front view, white backdrop.
    # caption: adapter
    case(
        "X322-042",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black shirt and grey pants"),
        D.color("black"),
        D.garment_type("t-shirt", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.material("silk", "unsupported"),
        title="Camisa Social Slim Manga Longa Masculina Preta",
        category="Camisas",
        color="Preto",
        gender="Masculino",
    ),
    # photo: model in a plain aqua-mint tee and white jeans in front of a pink painted wall. all base
    case(
        "X322-043",
        caption("a man in a green t-shirt standing in front of a pink wall"),
        D.wearing("a light blue t-shirt and white pants"),
        D.color("pink", "contradiction"),
        D.garment_type("t-shirt"),
        D.description("a mint green t-shirt with a pink logo on the chest", "unsupported"),
        title="Camiseta Masculina Básica Verde Água",
        category="Camisetas",
        color="Verde Água",
        gender="Masculino",
    ),
    # photo: model in an open navy nylon bomber jacket showing its orange lining, a white tee, grey backdrop. all base
    case(
        "X322-044",
        caption("a man in a navy bomber jacket and a white t-shirt"),
        D.color("orange", "contradiction"),
        D.details("the jacket has ribbed cuffs, a zipper and a hood", "unsupported"),
        D.wearing("a blue jacket with an orange lining and a white shirt"),
        D.material("it is made of fabric", "non_answer"),
        D.sleeve_length("long sleeves"),
        title="Jaqueta Bomber Nylon Masculina Azul Marinho",
        category="Jaquetas",
        color="Azul Marinho",
        gender="Masculino",
    ),
    # photo: model in a black piqué polo and khaki chinos, sitting on concrete steps outdoors. all base; the feed row
    # has no gender
    case(
        "X322-045",
        caption("a man in a black polo shirt sitting on steps"),
        D.wearing("the person is wearing a black polo shirt and khaki pants"),
        D.description("describe the garment", "restated"),
        D.color("black"),
        D.material("cotton Question: what is the pattern of the garment? Answer: solid", "leak"),
        title="Camisa Polo Piquet Masculina Preta",
        category="Polos",
        color="Preto",
    ),
    # photo: flat-lay of heather-grey fleece sweatpants with a drawstring and elastic cuffs, on white. all base
    case(
        "X322-046",
        caption("a pair of grey sweatpants"),
        D.wearing("nothing", "non_answer"),
        D.garment_type("pants"),
        D.color("black", "contradiction"),
        D.details("the pants have a drawstring and a zipper pocket on the back", "unsupported"),
        title="Calça Moletom Flanelada Masculina Cinza Mescla",
        category="Calças",
        color="Cinza Mescla",
        gender="Masculino",
    ),
]
