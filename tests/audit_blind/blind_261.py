"""BLIND_261 (46 products; a night's mixed Myntra-like catalog: topwear, bottomwear, ethnic wear, innerwear): written
blind in the forty-second session. Measured blind at 3a84e7d (the session's rules as they stood): 101/128 failures
found (78.9%) and 12/159 correct texts flagged (7.5%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog drawn at random from one night's run: men's, women's and kids' topwear
(t-shirts, polos, shirts, tops, hoodies, jackets), bottomwear (jeans, chinos, cargos, palazzos, leggings, joggers,
shorts, a skirt), ethnic wear (kurtas, kurta sets, a saree, a Nehru jacket, dhoti pants) and innerwear (bras,
camisoles, briefs, trunks, boxers, vests, a thermal). Model shots (studio backdrops, brick, pink and yellow walls, a
wooden door, a garden) and flat-lays (white, wooden floor, grey table with sunglasses, pink satin). The default
questionnaire, with a few per-piece color questions and one "Is this a ...?" where the item is a set or a kurta.
Each row has the seller's title, category, color and gender; a few rows miss one of them, as real feeds do.

Who wrote what: most texts come from the untuned base `Salesforce/blip2-opt-2.7b`: short, lowercase, stopping on its
own (never hit_limit), and sometimes still wrong (a color of the backdrop or of the other garment worn, invented
pockets and logos, "she" for a man, short loops, a run-on into the next "Question: ... Answer:"). Where a comment
says so, the caption adapter (Data2_V2 caption LoRA, DeepFashion template, no end token) wrote the caption or an
open answer: it runs to its limit (50 tokens for captions, 30 for answers, hit_limit=True) and returns its template
whatever the question. Closed questions (garment_type, color, pattern, sleeve_length, per-piece colors, "Is this a
...?") are enrich's `--engine reference` answers chosen from candidate sets: never a loop or a cut, but they can pick
the wrong candidate.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: red for maroon, blue for navy or teal, purple for lavender,
  yellow for mustard, white for off white or cream, grey for charcoal or grey melange, green for olive.
- Garment synonyms are correct: plaid for checked, vest for a Nehru jacket or an innerwear vest, tank top for a
  camisole or vest, hoodie for a hooded sweatshirt, khaki pants for chinos, sweatpants for track pants, jean jacket
  for a denim jacket, pants for palazzos or dhoti pants, briefs for trunks, top or shirt for a kurti or kurta in
  free text (the model has no better word; the adapter's template has no kurta at all), sweater for a hoodie or a
  thermal in the adapter's template. "Dress" for a kurta or kurta set, or a saree, is contradiction. A closed
  garment_type of "shirt" for a kurta is contradiction: the candidate set had "kurta".
- On a flat-lay, "What is the person wearing?" answered with the garment shown is correct; "nothing" is non_answer.
  A flat-lay pack named as one piece ("a white tank top" for a pack of 5) is contradiction (the count); "multi" is the
  correct closed color of a mixed pack, and captions listing the pack's colors are correct.
- The color of the backdrop, a wall or of a print/border/foil given as the garment's color is contradiction; the
  color of another garment worn in the photo (jeans, trousers, the top over leggings, the kurta under a Nehru jacket)
  is other_garment_color, and so is an open answer that gives the product the color of the trousers worn with it.
- A color given to the other piece of a set that no piece in the photo has (a green dupatta called white) is
  contradiction; the set's bottom (or jacket) given the kurta's color is other_garment_color. A garment worn with the
  product given the product's own color ("a grey hoodie and grey pants" for a grey hoodie over black joggers,
  CONTEXT's one color for every garment) is contradiction: the product's color is right, the other piece's is not.
- The reference engine's wrong closed picks are contradiction: a ribbed vest or a pique polo as "striped", a solid
  formal shirt as "striped", a printed kurta as "solid", puff short sleeves as "long sleeves", cargo trousers as
  "jeans", a text-only tee as "sleeveless", the car print's red for a blue tee.
- Invented details (a second chest pocket, a logo, a zipper on a pullover, a slit, a belt, padding the title denies,
  a sun printed on a text-only tee, panties beside a lone bra, sneakers on bare feet, a necklace) are unsupported;
  so is a material neither named nor plausible (leather on a nylon bomber, denim for cotton chinos, silk for satin
  or for cotton boxers). Spandex for Lycra is correct.
- "Long sleeves" for a sleeveless Nehru jacket worn over a long-sleeved kurta is contradiction (the sleeves seen are
  the kurta's), and "short sleeves" for a sleeveless vest is contradiction.
- Adapter texts: all hit_limit=True. One that repeats a sentence of the template is loop; one that stops mid-sentence
  without repeating is cut, even where it invents an accessory or a belt first; the template returned for the
  material question is restated. Where the template misnames the garment as a dress (a kurta set, a saree), the
  misnaming is labelled: contradiction. "Lady" for a girl is not a pronoun error (the template has no child word).
- Base answers: an early stop mid-phrase ("it is made of", "a white shirt with a") is cut without hit_limit; a
  repeated word or phrase is loop; a run-on into "Question: ... Answer:" is leak even where the start is right; an
  empty answer, "nothing", "they are short" or "the pants are white" for the details question is non_answer; the
  material question answered with the garment's name or color, or by echoing the question, is restated.
- "she" for a man or a boy, and "a little girl" for a boy, are pronoun.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_kurta = question("color_kurta", "What is the color of the kurta?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_top = question("color_top", "What is the color of the top?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")

BLIND_261 = [
    # photo: man in a navy blue pique polo t-shirt worn with beige chinos, white studio backdrop, front view.
    # adapter: none
    case(
        "X261-001",
        caption("a man wearing a navy blue polo shirt and khaki pants"),
        D.wearing("a blue polo shirt and khaki pants"),
        D.garment_type("polo shirt"),
        D.color("beige", "other_garment_color"),
        D.sleeve_length("short sleeves"),
        D.pattern("striped", "contradiction"),
        D.material("a navy blue polo shirt", "restated"),
        title="Men Navy Blue Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a mustard straight kurta with white floral print, white palazzos, white dupatta over one
    # shoulder, beige wall with a potted plant, front view. Kurta has a notched round neck, no buttons.
    # adapter: caption
    case(
        "X261-002",
        caption(
            "The lady wears a three-quarter-sleeve dress with floral patterns. The dress is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a yellow kurta and white pants"),
        color_kurta("white", "other_garment_color"),
        color_pants("white"),
        D.pattern("floral"),
        D.details("the kurta has gold buttons on the front", "unsupported"),
        title="Women Mustard Yellow Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: flat-lay on white of a boys' grey melange t-shirt with a green and orange dinosaur print on the chest.
    # adapter: none
    case(
        "X261-003",
        caption("a grey t - shirt with a dinosaur on it"),
        D.wearing("a grey shirt with a green dinosaur"),
        D.color("green", "contradiction"),
        D.pattern("graphic"),
        D.sleeve_length("short sleeves"),
        D.details("a dinosaur print on the front and a pocket on the chest", "unsupported"),
        D.material("a grey t-shirt", "restated"),
        title="Boys Grey Melange Dinosaur Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: man in black slim jeans with a plain white crew-neck t-shirt and white sneakers, cropped at the neck,
    # grey backdrop; button and zip fly visible.
    # adapter: none
    case(
        "X261-004",
        caption("a man in black jeans and a white t - shirt"),
        D.wearing("a grey t-shirt and grey jeans", "contradiction"),
        D.garment_type("jeans"),
        D.color("white", "other_garment_color"),
        D.description("a pair of black jeans"),
        D.details("the jeans have a zipper and a button"),
        D.material("denim"),
        title="Men Black Slim Fit Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: flat-lay on white of two spaghetti-strap camisoles side by side, one white, one nude beige.
    # adapter: none
    case(
        "X261-005",
        caption("two tank tops, one white and one beige"),
        D.wearing("nothing", "non_answer"),
        D.garment_type("tank top"),
        D.sleeve_length("sleeveless"),
        D.description("a pair of tank tops"),
        D.material("it is made of cotton and it is made of cotton and it is made of cotton", "loop"),
        title="Women Pack of 2 Solid Cotton Camisoles",
        category="Camisoles",
        color="Assorted",
        gender="Women",
    ),
    # photo: man in a white chikankari-embroidered kurta and white pyjamas, brown mojaris, standing in front of a
    # carved wooden door, front view.
    # adapter: details
    case(
        "X261-006",
        caption("a man in a white kurta standing in front of a door"),
        D.wearing("a white kurta and white pants"),
        D.color("white"),
        D.pattern("embroidered"),
        D.details(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand collar. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        D.material("the kurta is white", "restated"),
        title="Men White Chikankari Embroidered Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: girl in pink ankle-length leggings and a white top with a small print, cropped at the shoulders, barefoot,
    # white backdrop.
    # adapter: none
    case(
        "X261-007",
        caption("a little girl wearing pink leggings and a white shirt"),
        D.wearing("pink leggings and a white shirt"),
        D.garment_type("leggings"),
        D.color("white", "other_garment_color"),
        D.description("she is wearing pink leggings and white sneakers", "unsupported"),
        D.details("the leggings have a pocket on the side", "unsupported"),
        D.material("spandex"),
        title="Girls Pink Solid Cotton Lycra Ankle-Length Leggings",
        category="Leggings",
        color="Pink",
        gender="Girls",
    ),
    # photo: man in a blue and white checked long-sleeve shirt, buttoned, one chest pocket, grey trousers, studio.
    # adapter: none
    case(
        "X261-008",
        caption("a man wearing a blue and white checkered shirt"),
        D.wearing("a blue plaid shirt and grey pants. Question: what is the color of the shirt? Answer: blue", "leak"),
        D.color("blue"),
        D.pattern("checked"),
        D.sleeve_length("long sleeves"),
        D.details("the shirt has two pockets on the chest", "unsupported"),
        D.material("cotton"),
        title="Men Blue & White Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in olive green cargo trousers with side flap pockets and a black crop top, white backdrop.
    # adapter: none
    case(
        "X261-009",
        caption("a woman in green cargo pants and a black top"),
        D.wearing("green pants and a black crop top"),
        D.garment_type("jeans", "contradiction"),
        D.color("black", "other_garment_color"),
        D.details("pockets on the side"),
        D.material("it is made of", "cut"),
        title="Women Olive Green Relaxed Fit Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Women",
    ),
    # photo: man in a grey melange pullover hooded sweatshirt (kangaroo pocket, drawstrings, no zip) and black
    # joggers, white backdrop.
    # adapter: caption
    case(
        "X261-010",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a hooded neckline. The pants the gentleman wears is of long length. The pants are with cotton "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey hoodie and grey pants", "contradiction"),
        D.garment_type("sweatshirt"),
        D.color("grey"),
        D.sleeve_length("long sleeves"),
        D.details("a hood with drawstrings and a zipper", "unsupported"),
        title="Men Grey Melange Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: flat-lay of a black lace underwired bra on pink satin cloth.
    # adapter: none
    case(
        "X261-011",
        caption("a black lace bra on a pink background"),
        D.wearing("a black bra and panties", "unsupported"),
        D.color("pink", "contradiction"),
        D.details("it has padded cups and an underwire", "unsupported"),
        D.material("lace"),
        title="Women Black Lace Non-Padded Underwired Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: boy in a blue t-shirt with a red car print and navy shorts, white backdrop, full length.
    # adapter: none
    case(
        "X261-012",
        caption("a young boy wearing a blue shirt and shorts"),
        D.wearing("a blue shirt and blue shorts"),
        color_top("red", "contradiction"),
        color_shorts("blue"),
        D.description("a little girl wearing a blue shirt and blue shorts", "pronoun"),
        D.details("he is wearing a blue shirt with a car on it"),
        title="Boys Blue Printed T-shirt with Shorts",
        category="Clothing Set",
        color="Blue",
    ),
    # photo: woman in a red silk saree with a broad gold zari border, matching red short-sleeve blouse, draped over
    # the shoulder, beige curtain behind, no jewellery.
    # adapter: wearing
    case(
        "X261-013",
        caption("a woman in a red saree with gold border"),
        D.wearing(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with silk fabric. It has a "
            "round neckline. There is an accessory on her wrist. The lady",
            "contradiction",
            hit_limit=True,
        ),
        D.color("gold", "contradiction"),
        D.description("a red saree with a gold border and a gold necklace", "unsupported"),
        D.material("silk"),
        is_a("saree", "yes"),
        title="Women Red Woven Design Zari Silk Blend Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: flat-lay on white of three folded trunks, black, navy and grey, with the waistband logo showing.
    # adapter: none
    case(
        "X261-014",
        caption("three pairs of boxer briefs in black, grey and blue"),
        D.wearing("a pair of black underwear", "contradiction"),
        D.garment_type("briefs"),
        D.color("multi"),
        D.details("the waistband has a logo on it"),
        D.material(
            "the underwear is made of cotton. Question: what is the color of the underwear? Answer: black", "leak"
        ),
        title="Men Pack of 3 Solid Cotton Trunks",
        category="Trunks",
        color="Multi",
        gender="Men",
    ),
    # photo: woman in a white top with a small blue floral print and short puff sleeves, blue jeans, standing in
    # front of a pink wall.
    # adapter: none
    case(
        "X261-015",
        caption("a woman wearing a white floral top and blue jeans standing in front of a pink wall"),
        D.wearing("a white shirt with blue flowers and jeans"),
        D.color("white"),
        D.pattern("floral"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.description(
            "she is wearing a white top with blue flowers on it. Question: what is the color of the jeans? Answer: "
            "blue",
            "leak",
        ),
        D.material("cotton"),
        title="Women White & Blue Floral Print Puff Sleeve Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: man in a navy blue sleeveless Nehru jacket over a long-sleeve white kurta and white pyjamas, grey
    # backdrop; mandarin collar, buttons down the front.
    # adapter: none
    case(
        "X261-016",
        caption("a man wearing a blue vest and white shirt"),
        D.wearing("a blue vest over a white kurta"),
        D.garment_type("jacket"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("the jacket has a mandarin collar and", "cut"),
        title="Men Navy Blue Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: girl in a pink kurta with small gold ethnic motifs and a white flared sharara, white backdrop.
    # adapter: none
    case(
        "X261-017",
        caption("a little girl in a pink dress", "contradiction"),
        D.wearing("a pink kurta and pink pants", "other_garment_color"),
        color_kurta("pink"),
        color_pants("white"),
        D.pattern("solid", "contradiction"),
        D.description("a pink kurta with gold print. Question: what is the color of the pants? Answer: white", "leak"),
        is_a("kurta", "yes"),
        title="Girls Pink Ethnic Motifs Printed Kurta with Sharara",
        category="Kurta Sets",
        color="Pink",
        gender="Girls",
    ),
    # photo: man in black track pants with a white stripe down each side, grey t-shirt, running shoes, studio.
    # adapter: none
    case(
        "X261-018",
        caption("a man in black pants and a grey shirt"),
        D.wearing("black sweatpants and a grey t-shirt"),
        D.color("black"),
        D.pattern("solid"),
        D.description("black track pants with white stripes and a black t-shirt", "contradiction"),
        D.details("white stripes on the side and an elastic waistband with a", "cut"),
        D.material("polyester"),
        title="Men Black Solid Polyester Track Pants with Side Stripes",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: flat-lay of women's mid-blue high-rise straight jeans on a light wooden floor.
    # adapter: caption, details
    case(
        "X261-019",
        caption(
            "The lady wears a long pants. The pants are with denim fabric and pure color patterns. The lady wears a "
            "long pants. The pants are with denim fabric and pure color patterns. The lady",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pair of jeans"),
        D.garment_type("jeans"),
        D.color("blue"),
        D.details(
            "The pants are with denim fabric and pure color patterns. The lady wears a long pants with a belt. There "
            "is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.material("blue jeans", "restated"),
        title="Women Blue High-Rise Straight Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: flat-lay of five folded white sleeveless boys' vests, stacked and fanned out.
    # adapter: none
    case(
        "X261-020",
        caption("a stack of white tank tops"),
        D.wearing("a white tank top", "contradiction"),
        D.garment_type("vest"),
        D.sleeve_length("sleeveless"),
        D.pattern("striped", "contradiction"),
        D.material("", "non_answer"),
        title="Boys Pack of 5 White Solid Cotton Innerwear Vests",
        category="Innerwear Vests",
        color="White",
        gender="Boys",
    ),
    # photo: woman in black flared palazzos (no slit) and a red short-sleeve top, white backdrop, full length.
    # adapter: none
    case(
        "X261-021",
        caption("a woman wearing a red top and black pants"),
        D.wearing("a red shirt and red pants", "other_garment_color"),
        D.garment_type("palazzos"),
        D.color("red", "other_garment_color"),
        D.description("black wide leg pants"),
        D.details("the pants have a slit on the side", "unsupported"),
        D.material("rayon"),
        title="Women Black Solid Flared Rayon Palazzos",
        category="Palazzos",
        color="Black",
        gender="Women",
    ),
    # photo: man in a plain maroon round-neck t-shirt and blue jeans, in front of a red brick wall.
    # adapter: none
    case(
        "X261-022",
        caption("a man standing in front of a brick wall wearing a red t - shirt"),
        D.wearing("a red t-shirt and blue jeans"),
        D.color("red"),
        D.sleeve_length("short sleeves"),
        D.description("a red t-shirt with a white logo on the chest", "unsupported"),
        D.material("it is made of a", "cut"),
        title="Men Maroon Solid Round Neck T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman in a teal blue A-line kurta with gold foil print, V-neck, three-quarter sleeves, white leggings,
    # white backdrop.
    # adapter: wearing, details
    case(
        "X261-023",
        caption("a woman in a blue kurta and white leggings"),
        D.wearing(
            "The lady wears a three-quarter-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It "
            "has a v-shape neckline. The lady wears a three-quarter-sleeve shirt with graphic",
            "loop",
            hit_limit=True,
        ),
        D.color("gold", "contradiction"),
        D.sleeve_length("three-quarter sleeves"),
        D.details(
            "The shirt is with cotton fabric and graphic patterns. It has a v-shape neckline. The lady wears a long "
            "leggings. The leggings are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Women Teal Blue Foil Printed A-Line Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: man in a light blue long-sleeve formal shirt, tucked into navy trousers, no tie, grey backdrop.
    # adapter: none
    case(
        "X261-024",
        caption("a man in a light blue shirt and navy pants"),
        D.wearing("a navy blue shirt and navy blue pants", "other_garment_color"),
        D.color("blue"),
        D.pattern("striped", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.details("he is wearing a blue shirt", "restated"),
        title="Men Light Blue Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a black racerback sports bra and grey leggings, white backdrop, three-quarter view.
    # adapter: none
    case(
        "X261-025",
        caption("a woman in a black sports bra and grey leggings"),
        D.wearing("a black sports bra and grey leggings"),
        D.garment_type("sports bra"),
        D.color("grey", "other_garment_color"),
        D.description("he is wearing a black sports bra", "pronoun"),
        D.material("a black sports bra", "restated"),
        title="Women Black Solid Non-Wired Medium Impact Sports Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: boy in navy cargo shorts with side pockets and a white t-shirt, studio, full length.
    # adapter: none
    case(
        "X261-026",
        caption("a young boy wearing a white shirt and blue shorts"),
        D.wearing("a white t-shirt and shorts"),
        D.color("white", "other_garment_color"),
        color_shorts("blue"),
        D.details("they are short", "non_answer"),
        D.material("the shorts are made of cotton and the shorts are made of cotton and the shorts are", "loop"),
        title="Boys Navy Blue Solid Cotton Cargo Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: flat-lay of a women's white long-sleeve formal shirt (no pocket) on a grey table, sunglasses as a prop.
    # adapter: none
    case(
        "X261-027",
        caption("a white shirt and a pair of sunglasses on a grey table"),
        D.wearing("a white shirt"),
        D.color("grey", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.description("a white shirt with a", "cut"),
        D.details("the shirt has a pocket on the chest", "unsupported"),
        title="Women White Solid Regular Fit Formal Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: man in beige chinos with a navy polo tucked in and a brown belt, white backdrop, full length.
    # adapter: none
    case(
        "X261-028",
        caption("a man wearing a blue shirt and khaki pants"),
        D.wearing("a navy polo shirt and beige pants Question: what color are the pants? Answer: beige", "leak"),
        D.garment_type("trousers"),
        D.color("navy blue", "other_garment_color"),
        D.description("khaki pants with a brown belt"),
        D.material("denim", "unsupported"),
        title="Men Beige Slim Fit Cotton Chinos",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: woman in a green kurta with tonal thread embroidery at the yoke, green trousers and a green dupatta,
    # garden backdrop with plants.
    # adapter: caption, material
    case(
        "X261-029",
        caption(
            "The lady wears a long-sleeve top with pure color patterns. The top is with cotton fabric. It has a round "
            "neckline. The pants the lady wears is of long length. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green kurta with a green dupatta"),
        D.color("green"),
        D.pattern("embroidered"),
        D.details("the kurta has embroidery on the neck and a white dupatta", "contradiction"),
        D.material(
            "The lady wears a long-sleeve top with pure color patterns. The top is with cotton fabric. It has a round "
            "neckline. The pants the",
            "restated",
            hit_limit=True,
        ),
        title="Women Green Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: man in a white short-sleeve shirt with a small navy geometric print, beige shorts, studio.
    # adapter: none
    case(
        "X261-030",
        caption("a man in a white shirt with a blue print"),
        D.wearing("a white and blue shirt and white shorts", "contradiction"),
        D.color("navy blue", "contradiction"),
        D.pattern("printed"),
        D.sleeve_length("short sleeves"),
        D.description(
            "a white shirt with a blue print. the shirt has a collar and buttons. the shirt has a collar and buttons",
            "loop",
        ),
        title="Men White & Navy Blue Geometric Printed Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: flat-lay on white of a girls' yellow t-shirt printed "HELLO SUNSHINE" in black letters, nothing else.
    # adapter: none
    case(
        "X261-031",
        caption("a yellow t - shirt that says hello sunshine"),
        D.wearing("a yellow t-shirt Question: what is the color of the t-shirt? Answer: yellow", "leak"),
        D.color("yellow"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.pattern("typography"),
        D.details("the t-shirt has a picture of a sun and flowers", "unsupported"),
        is_a("t-shirt", "yes"),
        title="Girls Yellow Typography Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Girls",
    ),
    # photo: man in an olive green nylon-look bomber jacket, open over a white t-shirt, black jeans, studio.
    # adapter: caption
    case(
        "X261-032",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with nylon fabric. It "
            "has a stand neckline. The gentleman wears a long-sleeve jacket with pure color patterns. The jacket",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green jacket and black pants"),
        D.garment_type("jacket"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.details("it has a zipper and two pockets and a hood", "unsupported"),
        D.material("leather", "unsupported"),
        title="Men Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: flat-lay on white of maroon churidar-length leggings, the gathered ankles spread out.
    # adapter: none
    case(
        "X261-033",
        caption("a pair of red leggings on a white background"),
        D.wearing("a pair of red leggings and a pair of red leggings", "loop"),
        D.garment_type("leggings"),
        D.color("red"),
        D.material("what material is the garment made of", "restated"),
        title="Women Maroon Solid Churidar-Length Leggings",
        category="Leggings",
        color="Maroon",
        gender="Women",
    ),
    # photo: man cropped from the waist to the knees in grey and blue checked woven boxers, white backdrop.
    # adapter: none
    case(
        "X261-034",
        caption("a man in grey shorts"),
        D.wearing("grey boxers"),
        D.garment_type("boxers"),
        D.color("grey"),
        D.pattern("checked"),
        D.details("she is wearing a pair of shorts", "pronoun"),
        D.material("silk", "unsupported"),
        title="Men Grey & Blue Checked Cotton Boxers",
        category="Boxers",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in a mid-blue washed denim jacket with lapels, open over a black top, black jeans, white wall.
    # adapter: details
    case(
        "X261-035",
        caption("a woman in a denim jacket and black pants"),
        D.wearing("a blue jean jacket, black shirt and black pants"),
        D.color("black", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.details(
            "The lady wears a long-sleeve jacket with denim fabric and pure color patterns. The jacket is with denim "
            "fabric. It has a lapel neckline. The lady wears a long-",
            "cut",
            hit_limit=True,
        ),
        D.material("the jacket is made of denim. the jacket is made of denim. the jacket is made of denim", "loop"),
        title="Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a black long-sleeve straight kurta and white churidar, grey backdrop, full length.
    # adapter: none
    case(
        "X261-036",
        caption("a man in a black kurta and white pants"),
        D.wearing("she is wearing a black kurta and white pants", "pronoun"),
        D.garment_type("shirt", "contradiction"),
        D.color("black"),
        D.sleeve_length("long sleeves"),
        D.description(
            "a black kurta with white pants. Question: what is the color of the kurta? Answer: black. Question:",
            "leak",
        ),
        title="Men Black Solid Straight Kurta",
        category="Kurtas",
        color="Black",
        gender="Men",
    ),
    # photo: flat-lay on white of three girls' briefs, pink, lilac and white, each with a small unicorn print.
    # adapter: none
    case(
        "X261-037",
        caption("three pairs of underwear with unicorns on them"),
        D.wearing("", "non_answer"),
        D.pattern("printed"),
        D.description("a pair of pink underwear with a unicorn on it", "contradiction"),
        D.material("cotton"),
        title="Girls Pack of 3 Printed Cotton Briefs",
        category="Briefs",
        gender="Girls",
    ),
    # photo: flat-lay of men's navy blue joggers on white, elastic ankle cuffs and drawstring waist visible.
    # adapter: caption
    case(
        "X261-038",
        caption(
            "The gentleman wears a long pants. The pants are with cotton fabric and pure color patterns. The "
            "gentleman wears a long pants. The pants are with cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.wearing("nothing", "non_answer"),
        D.garment_type("joggers"),
        D.color("navy blue"),
        D.details("elastic cuffs at the ankles, a drawstring waist and a zip pocket", "unsupported"),
        D.material("cotton"),
        title="Men Navy Blue Solid Joggers",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a short white chikankari kurti with three-quarter sleeves over blue jeans, white backdrop.
    # adapter: none
    case(
        "X261-039",
        caption("a woman wearing a white top and jeans"),
        D.wearing("a white top and blue jeans"),
        D.color("blue", "other_garment_color"),
        D.pattern("embroidered"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("the top has embroidery on the front"),
        D.material(
            "the top is made of cotton. Question: what is the color of the top? Answer: white",
            "leak",
        ),
        title="Women White Chikankari Embroidered Pure Cotton Kurti",
        category="Kurtis",
        color="White",
        gender="Women",
    ),
    # photo: boy in a cream kurta and cream pyjama with a maroon Nehru jacket over the kurta, white backdrop.
    # adapter: none
    case(
        "X261-040",
        caption("a little boy in a white kurta and a red vest"),
        D.wearing("a white shirt and white vest", "other_garment_color"),
        color_kurta("cream"),
        color_jacket("maroon"),
        D.description("she is wearing a white kurta and a red vest", "pronoun"),
        D.details("the kurta has", "cut"),
        title="Boys Cream Kurta with Maroon Nehru Jacket & Pyjama",
        category="Kurta Sets",
        color="Cream",
        gender="Boys",
    ),
    # photo: woman in an olive green satin A-line midi skirt (no belt) with a white t-shirt tucked in, studio.
    # adapter: none
    case(
        "X261-041",
        caption("a woman in a green skirt and white t - shirt"),
        D.wearing("a white t-shirt tucked into a green skirt"),
        D.garment_type("skirt"),
        D.color("white", "other_garment_color"),
        D.pattern("solid"),
        D.details("the skirt has a belt", "unsupported"),
        D.material("silk", "unsupported"),
        title="Women Olive Green Satin A-Line Midi Skirt",
        category="Skirts",
        color="Olive",
        gender="Women",
    ),
    # photo: man in a charcoal grey long-sleeve thermal top and black thermal bottoms, white backdrop.
    # adapter: caption, details
    case(
        "X261-042",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey long sleeve shirt and black pants"),
        D.color("black", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.details(
            "The sweater is with knitting fabric. It has a round neckline. The sweater is with knitting fabric. It "
            "has a round neckline. The sweater is",
            "loop",
            hit_limit=True,
        ),
        title="Men Charcoal Grey Solid Thermal Top",
        category="Thermal Tops",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in a plain lavender oversized drop-shoulder t-shirt and grey joggers, in front of a yellow wall.
    # adapter: none
    case(
        "X261-043",
        caption("a woman in a purple t - shirt standing in front of a yellow wall"),
        D.wearing("a purple shirt and grey pants"),
        D.color("yellow", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.description("purple purple purple purple purple purple", "loop"),
        D.material("a purple t-shirt", "restated"),
        title="Women Lavender Solid Oversized Drop-Shoulder T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: flat-lay on white of men's off-white cotton dhoti pants, pleated front, elastic waist.
    # adapter: none
    case(
        "X261-044",
        caption("a pair of white pants on a white background"),
        D.wearing("white pants"),
        D.garment_type("pants"),
        D.color("white"),
        D.details("the pants are white", "non_answer"),
        D.material("the pants are made of", "cut"),
        title="Men Off-White Solid Cotton Dhoti Pants",
        color="Off White",
        gender="Men",
    ),
    # photo: girl in blue washed denim shorts with frayed hems and a pink t-shirt, park with trees behind.
    # adapter: caption
    case(
        "X261-045",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The shorts the lady wears is of three-point length. The shorts are with denim",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink shirt and blue shorts"),
        D.garment_type("shorts"),
        D.color("pink", "other_garment_color"),
        D.details("the shorts have a frayed hem and a belt", "unsupported"),
        D.material("denim"),
        title="Girls Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Girls",
    ),
    # photo: man in a white sleeveless ribbed cotton innerwear vest and blue jeans, white backdrop.
    # adapter: none
    case(
        "X261-046",
        caption("a man in a white tank top and jeans"),
        D.wearing("a white tank top and white jeans", "contradiction"),
        D.garment_type("vest"),
        D.color("white"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description("she is wearing a white tank top", "pronoun"),
        D.material("the vest is white", "restated"),
        title="Men White Solid Ribbed Cotton Innerwear Vest",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
]
