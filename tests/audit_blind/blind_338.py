"""BLIND_338 (46 products; Indian women's bottoms and dupattas: palazzos, churidars, salwars, skirts, stoles): written
blind in the forty-fourth session. Measured blind at 0a656bd (the session's rules as they stood): 99/121 failures
found (81.8%) and 7/157 correct texts flagged (4.5%). The writer's notes, verbatim:

Scenario: an Indian ethnic-wear catalog feed of women's bottoms and dupattas: palazzos, churidars, patiala salwars,
leggings, sharara and dhoti pants, straight trousers, skirts, dupattas and stoles. Most photos are model shots where
the bottom or the dupatta is worn with a kurta, kurti, shirt or top of another color (the product is never the top);
the rest are flat-lays on plain backdrops, floors, tables and chairs. Each row has the seller's title, category, color
and gender; one row misses the gender and one the color, as real feeds do. Seller colors are vendor shade words
(Mustard, Rust, Teal, Fuchsia, Maroon, Peach, Olive, Mauve, Skin Colour as Beige, Multi, Black & White).

Who wrote what: captions and open answers come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase,
stops on its own, never hit_limit) unless the comment above the case says the caption adapter of the original
experiments wrote them. The adapter writes the DeepFashion template ("The lady wears a long-sleeve shirt with pure
color patterns and long pants. ..."), was trained with no end token, so it always runs to its limit (50 tokens for
captions, 30 for answers, hit_limit=True) and returns its template whatever it is asked. The closed questions
(garment_type, color, pattern, the per-piece color questions and the yes/no "Is this a ...?") are enrich's
`--engine reference` answers, chosen from candidate sets: never a loop or a cut. The per-piece color questions
(kurta is never asked; pants, churidar, leggings, skirt, dupatta, top) are the experiments' own color questions.

Labeling conventions and judgement calls:
- The product is the bottom or the dupatta. "What is the color of the garment?" answered with the kurta's, top's or
  shirt's color is other_garment_color, and so is a per-piece color question answered with another piece's color,
  and an open answer giving the dupatta a border in the kurta's color.
- Shade words count as correct: yellow for mustard, orange for rust, green for teal, olive or bottle green, blue for
  navy, sky blue or indigo, red for maroon, pink for fuchsia, magenta or peach, purple for lavender or mauve, white
  for off white or cream, beige or tan or khaki for beige/skin, grey for grey melange, gold for a tissue dupatta.
- Garment synonyms count as correct: pants or palazzo pants for palazzos, sharara, salwar and trousers; leggings for
  churidar; harem pants for dhoti pants; scarf for dupatta and stole; plaid for checked; fringe for tassels; spandex
  for lycra; a long dress for an anarkali kurta worn over a churidar (the churidar is named too).
- The seller's garment called a skirt (a spread sharara) or a dress (a kurta over the bottom, said by the caption,
  the reference engine or "Is this a dress?" = yes) is contradiction: the auditor sees another garment than the one
  sold. A color of the print, embroidery, trim or backdrop given as the product's color (gold foil on black, white
  thread on peach, red check lines on beige, pink backdrop for a cream dupatta) is contradiction, and so is navy as
  black, olive as brown, pleats as striped, a plain legging as striped and scattered sequins as polka dots.
- Materials: one the title names is correct (lace is named for the lace-hem pants; silk for tissue silk; spandex for
  lycra; chiffon for georgette is correct, the two look alike). A fabric the title contradicts (silk for chiffon,
  cotton for rayon, linen for viscose, wool or polyester for cotton, silk for viscose, cotton or lycra) is
  unsupported.
- Invented details not in the photo (tassels, a side stripe, pockets, a zipper, a drawstring hidden under the
  kurta, a slit, a belt, a gold border) are unsupported.
- Adapter texts: all carry hit_limit. One that repeats a sentence (or a clause) of the template is loop; one that
  stops mid-sentence without repeating is cut, even where it also invents an accessory or names the wrong fabric; a
  template returned for the material question is restated; a template that names other garments than the product
  (a tank top and shorts for a flat-lay dupatta) is contradiction.
- A base answer stopped early ("it is made of", "the skirt is purple and the") is cut, without hit_limit. An empty
  answer, "nothing", "they are pants", "the scarf is purple" for details, and "the leggings have details" are
  non_answer. A material question answered with the garment's color and name is restated.
- A base answer that runs on into "Question: ... Answer: ..." is leak even where the first words are right.
- "a man" or "he" for a woman model is pronoun.
- The row with no seller color (beige trousers): "white" for the garment is the shirt's color, other_garment_color.
- An answer that names only the kurta for "What is the person wearing?" is incomplete but true: correct.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question, wearing

color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_churidar = question("color_churidar", "What is the color of the churidar?", "closed")
color_leggings = question("color_leggings", "What is the color of the leggings?", "closed")
color_skirt = question("color_skirt", "What is the color of the skirt?", "closed")
color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "closed")
color_top = question("color_top", "What is the color of the top?", "closed")
describe_pants = question("describe_pants", "Describe the pants.", "open")

BLIND_338 = [
    # photo: model in a white straight cotton kurta (three-quarter sleeves) and mustard flared palazzos, plain white
    # studio backdrop, full-length front view.
    # no adapter text
    case(
        "X338-001",
        caption("a woman in a white kurta and yellow palazzo pants"),
        D.wearing("a white kurta and yellow pants"),
        D.garment_type("pants"),
        D.color("white", "other_garment_color"),
        color_pants("yellow"),
        D.material("polyester", "unsupported"),
        title="Women Mustard Solid Cotton Flared Palazzos",
        category="Palazzos",
        color="Mustard",
        gender="Women",
    ),
    # photo: flat-lay of a magenta bandhani printed chiffon dupatta with a gold gota border, folded on a wooden floor;
    # no tassels.
    # no adapter text
    case(
        "X338-002",
        caption("a pink and gold scarf on a wooden floor"),
        D.description("a pink scarf with a gold border"),
        D.color("pink"),
        D.pattern("printed"),
        D.material("silk", "unsupported"),
        D.details("gold tassels on the corners", "unsupported"),
        title="Magenta Bandhani Printed Chiffon Dupatta with Gota Border",
        category="Dupattas",
        color="Magenta",
        gender="Women",
    ),
    # photo: model in navy churidar leggings ruched at the ankles, under a sleeveless knee-length peach A-line kurta,
    # grey studio backdrop, front view; no jewellery.
    # caption: adapter
    case(
        "X338-003",
        caption(
            "The lady wears a sleeveless dress with pure color patterns and leggings. The dress is with cotton "
            "fabric. The leggings are of long length. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a peach kurta and blue leggings"),
        color_churidar("blue"),
        D.color("pink", "other_garment_color"),
        is_a("leggings", "yes", article="a pair of"),
        D.details("the leggings have a zipper on the side", "unsupported"),
        title="Women Navy Blue Solid Churidar Leggings",
        category="Churidar",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a black straight kurta with a white floral print and off-white cotton patiala salwar (gathered
    # pleats at the waist visible), white wall, a potted plant at the left edge.
    # no adapter text
    case(
        "X338-004",
        caption("a woman in a black and white floral kurta and white pants standing next to a plant"),
        D.wearing("a black kurta and white pants"),
        D.color("black", "other_garment_color"),
        D.garment_type("pants"),
        D.details("the pants have pleats at the waist"),
        D.material("cotton"),
        title="Women Off White Cotton Patiala Salwar",
        category="Salwar",
        color="Off White",
        gender="Women",
    ),
    # photo: model in teal art-silk sharara pants with a gold zari embroidered hem and a short cream kurti, beige
    # studio backdrop with a wooden stool beside her; standing, front view; no belt.
    # no adapter text
    case(
        "X338-005",
        caption("a woman in a white top and green pants standing next to a stool"),
        D.wearing("a white top and green pants"),
        D.garment_type("skirt", "contradiction"),
        color_pants("green"),
        D.details("gold embroidery at the bottom and a belt at the waist", "unsupported"),
        D.material("silk"),
        title="Women Teal Art Silk Sharara Pants with Zari Hem",
        category="Sharara",
        color="Teal",
        gender="Women",
    ),
    # photo: flat-lay of plain black ankle-length cotton lycra leggings, folded once, on a white background; no
    # stripes or trims.
    # no adapter text
    case(
        "X338-006",
        caption("a pair of black leggings on a white background"),
        D.description("black leggings with a white stripe down the side", "unsupported"),
        D.color("black"),
        D.material("cotton"),
        D.details("they are black leggings", "non_answer"),
        D.pattern("striped", "contradiction"),
        title="Women Black Solid Ankle Length Cotton Lycra Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: model in a knee-length red rayon kurta with a small white print and white churidar ruched at the ankles,
    # white studio backdrop, front view.
    # details: adapter
    case(
        "X338-007",
        caption("a woman in a red kurta and white pants"),
        D.wearing("a red dress", "contradiction"),
        color_churidar("white"),
        D.details(
            "The lady wears a long-sleeve shirt with floral patterns and long pants. The shirt is with cotton "
            "fabric. The pants are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.color("red", "other_garment_color"),
        D.material("silk", "unsupported"),
        title="Women White Cotton Lycra Churidar",
        category="Churidar",
        color="White",
        gender="Women",
    ),
    # photo: model in a black crop top and a flared yellow rayon maxi skirt printed with pink flowers, outdoors in
    # front of a red brick wall, full-length front view.
    # no adapter text
    case(
        "X338-008",
        caption("a woman in a black top and a yellow floral skirt standing in front of a brick wall"),
        D.wearing("a black top and a floral skirt"),
        D.color("red", "contradiction"),
        D.pattern("floral"),
        color_skirt("pink", "contradiction"),
        D.material("cotton", "unsupported"),
        title="Women Yellow Floral Print Rayon Flared Maxi Skirt",
        category="Skirts",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in a white chikankari kurta and white palazzos with a sky blue georgette dupatta (white lace
    # border) draped over both shoulders, pastel pink wall behind; the product is the dupatta.
    # no adapter text
    case(
        "X338-009",
        caption("a woman in a white kurta with a blue scarf standing against a pink wall"),
        D.wearing("a white kurta and a blue dupatta"),
        D.color("white", "other_garment_color"),
        color_dupatta("blue"),
        D.material("chiffon"),
        D.details("the dupatta has lace on the edges"),
        title="Sky Blue Georgette Dupatta with Lace Border",
        category="Dupattas",
        color="Sky Blue",
        gender="Women",
    ),
    # photo: model in olive green cotton straight pants (no pockets) and a white long-sleeve shirt-style kurti,
    # outdoors on a street with parked scooters behind, full-length front view.
    # caption, wearing: adapter
    case(
        "X338-010",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and long pants. The shirt is with cotton "
            "fabric. The pants are with cotton fabric and pure color patterns. The lady wears a long-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve shirt with pure color patterns and long pants. The shirt is with cotton "
            "fabric. The pants are",
            "cut",
            hit_limit=True,
        ),
        color_pants("brown", "contradiction"),
        D.color("white", "other_garment_color"),
        D.material("cotton"),
        D.details("the pants have two pockets on the front", "unsupported"),
        title="Women Olive Green Solid Cotton Straight Pants",
        category="Trousers",
        color="Olive",
        gender="Women",
    ),
    # photo: a beige checked wool-blend stole (thin red and black check lines, black and red tassels) draped over the
    # back of a wooden chair, white wall behind.
    # no adapter text
    case(
        "X338-011",
        caption("a beige scarf on a wooden chair"),
        D.description("a beige and red plaid scarf with fringe"),
        D.pattern("checked"),
        D.color("red", "contradiction"),
        D.material("wool"),
        D.details("the scarf has a fringe on the ends and a gold border", "unsupported"),
        title="Beige Checked Wool Blend Stole with Tassels",
        category="Stoles",
        color="Beige",
        gender="Women",
    ),
    # photo: model in rust palazzos under a hip-length white kurta printed with rust motifs; the kurta covers the
    # waistband; white studio backdrop, front view.
    # no adapter text
    case(
        "X338-012",
        caption("a woman in a white and orange kurta and orange pants"),
        D.wearing(
            "a white top and orange pants Question: What is the color of the pants? Answer: orange",
            "leak",
        ),
        color_pants("orange"),
        D.garment_type("pants"),
        D.details("the pants have a drawstring", "unsupported"),
        D.material("cotton Question: What is the pattern of the pants? Answer: solid", "leak"),
        title="Women Rust Solid Palazzo Trousers",
        category="Palazzos",
        color="Rust",
        gender="Women",
    ),
    # photo: woman model in lime green ankle-length leggings under a long navy kurta, white studio backdrop, front
    # view.
    # no adapter text
    case(
        "X338-013",
        caption("a man in a blue kurta and green pants", "pronoun"),
        D.wearing("a blue kurta and green leggings"),
        color_leggings("green"),
        D.color("blue", "other_garment_color"),
        is_a("leggings", "yes", article="a pair of"),
        D.details("leggings", "non_answer"),
        title="Women Lime Green Ankle Length Leggings",
        category="Leggings",
        color="Lime Green",
        gender="Women",
    ),
    # photo: flat-lay of a white cotton churidar laid flat on a grey backdrop, the drawstring visible at the waist;
    # no pockets.
    # no adapter text
    case(
        "X338-014",
        caption("a pair of white pants on a gray background"),
        D.description("white pants with a drawstring waist and pockets", "unsupported"),
        D.color("white"),
        D.details("", "non_answer"),
        D.material("cotton"),
        title="Women White Solid Cotton Churidar with Drawstring",
        category="Churidar",
        color="White",
        gender="Women",
    ),
    # photo: model in black georgette sharara pants with a gold foil print and a matching short black kurti with the
    # same print, in front of a gold satin curtain, front view.
    # no adapter text
    case(
        "X338-015",
        caption(
            "a woman in a black and gold dress standing in front of a gold curtain",
            "contradiction",
        ),
        D.wearing("a black kurta and black pants"),
        D.color("gold", "contradiction"),
        D.pattern("printed"),
        D.material("chiffon"),
        D.details("gold print on the pants"),
        title="Women Black Foil Printed Georgette Sharara",
        category="Sharara",
        color="Black",
        gender="Women",
    ),
    # photo: model in a white kurta and white salwar with an orange phulkari dupatta (yellow, green and pink floral
    # embroidery) over one shoulder, beige studio backdrop; no jewellery on the wrists.
    # wearing: adapter
    case(
        "X338-016",
        caption("a woman wearing an orange scarf with colorful embroidery"),
        D.wearing(
            "The lady wears a long-sleeve shirt with graphic patterns and long pants. There is a scarf around her "
            "neck. The shirt is with cotton fabric. The",
            "cut",
            hit_limit=True,
        ),
        color_dupatta("orange"),
        D.color("white", "other_garment_color"),
        D.pattern("embroidered"),
        D.details("the scarf has colorful flowers embroidered on it"),
        D.material(
            "The shirt is with cotton fabric. The pants are with cotton fabric. The shirt is with cotton fabric. The "
            "pants are with",
            "loop",
            hit_limit=True,
        ),
        title="Women Orange Phulkari Embroidered Dupatta",
        category="Dupattas",
        color="Multi",
        gender="Women",
    ),
    # photo: flat-lay of maroon velvet palazzos with a gold lace hem, on a white background; no pockets.
    # no adapter text
    case(
        "X338-017",
        caption("a pair of red velvet pants with gold trim"),
        D.color("gold", "contradiction"),
        D.material("velvet"),
        D.details(
            "the pants have gold lace at the bottom and pockets on the sides",
            "unsupported",
        ),
        D.garment_type("pants"),
        describe_pants(
            "red velvet pants with gold lace Question: What are the pants details? Answer: gold lace",
            "leak",
        ),
        title="Women Maroon Velvet Palazzos with Lace Hem",
        category="Palazzos",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a black knife-pleated flared maxi skirt and a white short-sleeve t-shirt, outdoors in front of
    # a grey concrete wall, full-length front view.
    # no adapter text
    case(
        "X338-018",
        caption("a woman in a white shirt and black skirt"),
        wearing("he is wearing a white shirt and a black skirt", "pronoun", who="she"),
        D.pattern("striped", "contradiction"),
        D.color("black"),
        D.material("it is made of", "cut"),
        D.details("the skirt has pleats all around"),
        title="Women Black Pleated Flared Maxi Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: model in white cotton palazzos with an indigo printed border at the hem and an indigo kurta with white
    # motifs, beige studio backdrop, front view.
    # no adapter text
    case(
        "X338-019",
        caption("a woman in a blue and white kurta and white pants"),
        D.wearing("a blue kurta and white palazzo pants"),
        color_pants("blue", "other_garment_color"),
        D.pattern("printed"),
        D.details("the pants have a blue border at the bottom"),
        D.material("cotton"),
        title="Women White Cotton Palazzos with Printed Hem",
        category="Palazzos",
        color="White",
        gender="Women",
    ),
    # photo: flat-lay of a mustard art-silk dupatta with a gold zari border, rolled loosely on a white marble slab.
    # caption, description: adapter
    case(
        "X338-020",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a three-point shorts. The tank top "
            "is with cotton fabric. The shorts are with cotton fabric and pure color",
            "contradiction",
            hit_limit=True,
        ),
        D.description(
            "The tank top is with cotton fabric. The tank top is with cotton fabric. The tank top is with cotton "
            "fabric. The",
            "loop",
            hit_limit=True,
        ),
        D.color("yellow"),
        D.material("silk"),
        is_a("dupatta", "yes"),
        D.details(
            "The lady wears a sleeveless tank top with pure color patterns and a three-point shorts. The tank top "
            "is with cotton fabric. The",
            "contradiction",
            hit_limit=True,
        ),
        title="Mustard Art Silk Dupatta with Zari Border",
        category="Dupattas",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in white straight cotton pants with a lace cutwork hem and a peach short kurti, standing in a
    # living room with a grey sofa behind, front view.
    # no adapter text
    case(
        "X338-021",
        caption("a woman in a pink top and white pants standing in a living room"),
        D.wearing("a pink shirt and white pants"),
        D.color("pink", "other_garment_color"),
        color_pants("white"),
        D.details("the pants have lace at the bottom"),
        D.material("lace"),
        title="Women White Cotton Straight Pants with Lace Hem",
        category="Trousers",
        color="White",
        gender="Women",
    ),
    # photo: model in grey viscose dhoti pants (draped front, tapered ankles) and a black sleeveless crop top, white
    # studio backdrop, front view.
    # no adapter text
    case(
        "X338-022",
        caption("a woman in a black top and gray pants"),
        D.wearing("a black top and grey harem pants"),
        D.garment_type("pants"),
        D.color("black", "other_garment_color"),
        D.details("they are pants", "non_answer"),
        D.material("linen", "unsupported"),
        title="Women Grey Solid Viscose Dhoti Pants",
        category="Dhoti Pants",
        color="Grey",
        gender="Women",
    ),
    # photo: flat-lay of a cream net dupatta with scattered silver sequins and a scalloped edge (no border), spread on
    # a pink paper backdrop.
    # no adapter text
    case(
        "X338-023",
        caption("a white scarf with sequins on a pink background"),
        D.color("pink", "contradiction"),
        D.material("net"),
        D.details("sequins and a gold border", "unsupported"),
        D.description("a white scarf with silver sequins"),
        D.pattern("polka dots", "contradiction"),
        title="Cream Net Dupatta with Sequin Work",
        category="Dupattas",
        color="Cream",
        gender="Women",
    ),
    # photo: model in fuchsia churidar leggings under a floor-length fuchsia anarkali kurta with a gold yoke, white
    # studio backdrop, front view.
    # details, material: adapter
    case(
        "X338-024",
        caption("a woman in a long pink dress and pink leggings"),
        D.details(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a round neckline. The dress is with chiffon",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a round neckline. The",
            "restated",
            hit_limit=True,
        ),
        color_churidar("pink"),
        D.color("pink"),
        D.garment_type("dress", "contradiction"),
        title="Women Fuchsia Solid Churidar Leggings",
        category="Churidar",
        color="Fuchsia",
        gender="Women",
    ),
    # photo: model in a white tiered cotton maxi skirt with a blue floral block print, a white tee and a cropped blue
    # denim jacket, outdoors in a garden; the skirt has no slit.
    # no adapter text
    case(
        "X338-025",
        caption("a woman in a denim jacket and a white skirt standing in a garden"),
        D.wearing("a blue jacket, a white shirt and a white skirt"),
        D.color("blue", "other_garment_color"),
        color_skirt("white"),
        D.pattern("floral"),
        D.details("the skirt has tiers and a slit on the side", "unsupported"),
        title="Women White Block Print Tiered Cotton Maxi Skirt",
        category="Skirts",
        color="White",
        gender="Women",
    ),
    # photo: woman model in black cotton lycra leggings and a red knee-length kurta, white wall with a framed picture
    # behind her, front view.
    # no adapter text
    case(
        "X338-026",
        caption("a woman in a red kurta and black leggings standing in front of a picture frame"),
        wearing("he is wearing a red kurta and black leggings", "pronoun", who="she"),
        color_leggings("black"),
        D.color("red", "other_garment_color"),
        D.material("spandex"),
        D.details("the leggings are black", "non_answer"),
        title="Women Black Solid Cotton Lycra Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: flat-lay of a lavender chiffon stole fading to white at one end, loosely folded on a white table beside
    # a pair of sunglasses.
    # no adapter text
    case(
        "X338-027",
        caption("a purple scarf and a pair of sunglasses on a white table"),
        D.description("a purple scarf"),
        D.color("purple"),
        D.details("the scarf is purple", "non_answer"),
        D.material("a purple scarf", "restated"),
        title="Lavender Ombre Chiffon Stole",
        category="Stoles",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in red and black checked cotton palazzos and a plain black t-shirt (untucked, no belt, no pockets
    # visible), white studio backdrop, front view.
    # no adapter text
    case(
        "X338-028",
        caption("a woman in a black shirt and red plaid pants"),
        D.wearing("a black shirt, red and black plaid pants and a black belt", "unsupported"),
        D.pattern("checked"),
        D.color("red"),
        color_top("black"),
        D.material("wool", "unsupported"),
        D.details("the pants have a drawstring and pockets", "unsupported"),
        title="Women Red and Black Checked Cotton Palazzos",
        category="Palazzos",
        color="Red",
        gender="Women",
    ),
    # photo: model in a green cotton patiala salwar (deep loose pleats) and a long-sleeve yellow kurta, beige studio
    # backdrop with a brass lamp on a stand; no bangles or watch.
    # caption, wearing: adapter
    case(
        "X338-029",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and long pants. The shirt is with cotton "
            "fabric. The pants are with cotton fabric and pure color patterns. There is an accessory on her wrist. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a long-sleeve shirt with pure color patterns and long pants. The lady wears a "
            "long-sleeve shirt with pure color",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_pants("green"),
        D.color("yellow", "other_garment_color"),
        D.details("the pants are loose and pleated"),
        D.material(
            "The lady wears a long-sleeve shirt with pure color patterns and long pants. The pants are with cotton "
            "fabric and pure color patterns",
            "restated",
            hit_limit=True,
        ),
        title="Women Green Cotton Patiala Salwar",
        category="Salwar",
        color="Green",
        gender="Women",
    ),
    # photo: flat-lay of peach georgette sharara pants spread wide on a beige backdrop, white thread embroidery along
    # the hem.
    # no adapter text
    case(
        "X338-030",
        caption("a pair of pink pants with white embroidery"),
        D.description("pink wide leg pants with white embroidery on the bottom"),
        D.color("white", "contradiction"),
        D.garment_type("skirt", "contradiction"),
        D.material("georgette"),
        D.details(
            "white flowers embroidered at the hem Question: What is the material? Answer: cotton",
            "leak",
        ),
        title="Women Peach Georgette Sharara with Thread Embroidery",
        category="Sharara",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a navy denim A-line midi skirt (front button placket, two front patch pockets) with a white
    # long-sleeve shirt tucked in, white studio backdrop, front view.
    # no adapter text
    case(
        "X338-031",
        caption("a woman in a white shirt and a blue skirt"),
        D.wearing("a white shirt tucked into a blue denim skirt"),
        D.color("white", "other_garment_color"),
        is_a("skirt", "yes"),
        D.details("buttons down the front and two pockets"),
        D.material("denim"),
        title="Women Navy Blue Denim A-Line Midi Skirt",
        category="Skirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a maroon kurta and maroon palazzos with a gold tissue silk dupatta (thin gold lace edge, no
    # other color) over both arms, grey studio backdrop; the product is the dupatta.
    # no adapter text
    case(
        "X338-032",
        caption("a woman in a red outfit with a gold scarf"),
        D.wearing("a red kurta, red pants and a gold dupatta"),
        D.color("red", "other_garment_color"),
        color_dupatta("gold"),
        D.material("silk"),
        D.details("gold and shiny with a red border", "other_garment_color"),
        title="Gold Tissue Silk Dupatta",
        category="Dupattas",
        color="Gold",
        gender="Women",
    ),
    # photo: model in indigo cotton palazzos with a white floral print and a plain white short kurti, white studio
    # backdrop, front view.
    # no adapter text
    case(
        "X338-033",
        caption("a woman in a white top and blue floral pants"),
        D.wearing("a white shirt and blue pants"),
        D.pattern("floral"),
        color_pants("blue"),
        D.color("white", "other_garment_color"),
        D.details(
            "the pants have white flowers Question: What is the color of the pants? Answer: blue",
            "leak",
        ),
        D.material("it is made of a", "cut"),
        title="Women Indigo Floral Printed Cotton Palazzos",
        category="Palazzos",
        color="Indigo",
        gender="Women",
    ),
    # photo: flat-lay of skin-colored (beige) cotton leggings on a white background.
    # no adapter text
    case(
        "X338-034",
        caption("a pair of beige leggings on a white background"),
        D.color("white", "contradiction"),
        D.description("a pair of tan leggings"),
        D.details("nothing", "non_answer"),
        D.material("beige leggings", "restated"),
        title="Women Skin Colour Cotton Leggings",
        category="Leggings",
        color="Beige",
        gender="Women",
    ),
    # photo: model in a red cotton salwar and a matching red printed dupatta over the shoulders, with a black kurta,
    # white studio backdrop; the product is the salwar with its dupatta.
    # no adapter text
    case(
        "X338-035",
        caption("a woman in a black kurta and red pants with a red scarf"),
        D.wearing("a black kurta, red pants and a red scarf"),
        D.color("black", "other_garment_color"),
        color_dupatta("red"),
        color_pants("red"),
        D.material("silk", "unsupported"),
        D.details("the pants are", "cut"),
        title="Women Red Cotton Salwar with Dupatta",
        category="Salwar",
        color="Red",
        gender="Women",
    ),
    # photo: model in white chikankari embroidered palazzos and a light blue short top, white studio backdrop, front
    # view.
    # no adapter text
    case(
        "X338-036",
        caption("a woman in a light blue top and white pants"),
        D.wearing("he is wearing a blue top and white pants", "pronoun"),
        D.details("white embroidery all over the pants"),
        D.material("white pants", "restated"),
        color_pants("white"),
        D.pattern("embroidered"),
        title="Women White Chikankari Embroidered Palazzos",
        category="Palazzos",
        color="White",
        gender="Women",
    ),
    # photo: model in a bottle green velvet flared midi skirt and a white long-sleeve blouse, dark red studio
    # backdrop, front view.
    # caption, details, material: adapter
    case(
        "X338-037",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long skirt. The shirt is with cotton "
            "fabric. The skirt is with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The lady wears a long-sleeve shirt with pure color patterns and a long skirt. The shirt is with cotton "
            "fabric. The skirt is",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a long-sleeve shirt with pure color patterns and a long skirt. The skirt is with cotton "
            "fabric and pure color",
            "restated",
            hit_limit=True,
        ),
        color_skirt("green"),
        D.color("white", "other_garment_color"),
        D.wearing(
            "The lady wears a long-sleeve shirt with pure color patterns and a long skirt. The skirt is with cotton "
            "fabric. The skirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        title="Women Bottle Green Velvet Flared Midi Skirt",
        category="Skirts",
        color="Green",
        gender="Women",
    ),
    # photo: model in a maroon churidar under a knee-length mustard kurta, white studio backdrop, front view.
    # no adapter text
    case(
        "X338-038",
        caption("a woman in a yellow kurta and red leggings"),
        D.wearing("a yellow kurta"),
        color_churidar("yellow", "other_garment_color"),
        D.color("red"),
        D.details("the leggings have details", "non_answer"),
        is_a("dress", "yes", "contradiction"),
        D.material("it is", "cut"),
        title="Women Maroon Solid Churidar",
        category="Churidar",
        color="Maroon",
        gender="Women",
    ),
    # photo: flat-lay of black and white vertically striped polyester crepe palazzos with an elastic waist, on a
    # light grey backdrop; no belt.
    # no adapter text
    case(
        "X338-039",
        caption("a pair of black and white striped pants"),
        D.pattern("striped"),
        D.color("black"),
        D.description("black and white striped wide leg pants with an elastic waist"),
        D.material("polyester"),
        D.details("the pants have stripes and a belt", "unsupported"),
        title="Women Black and White Striped Polyester Crepe Palazzos",
        category="Palazzos",
        color="Black & White",
        gender="Women",
    ),
    # photo: woman model in grey melange cotton leggings and a long pink t-shirt, white studio backdrop, front view.
    # no adapter text
    case(
        "X338-040",
        caption("a man in a pink shirt and grey pants", "pronoun"),
        D.wearing("a pink shirt and gray leggings"),
        color_leggings("grey"),
        D.color("pink", "other_garment_color"),
        D.material("cotton"),
        D.details(
            "the leggings are ankle length Question: What is the color of the leggings? Answer: grey",
            "leak",
        ),
        title="Women Grey Melange Cotton Leggings",
        category="Leggings",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: model in a white kurta and white churidar with a multicolor leheriya (diagonal rainbow stripes) cotton
    # dupatta around the neck, white studio backdrop; the product is the dupatta. The feed row has no gender.
    # details: adapter
    case(
        "X338-041",
        caption("a woman in a white kurta with a colorful striped scarf"),
        D.pattern("striped"),
        D.color("white", "other_garment_color"),
        D.details(
            "The lady wears a long-sleeve shirt with striped patterns and long pants. There is a scarf around her "
            "neck. The shirt is with cotton",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        wearing(
            "a white kurta and a colorful scarf Question: What is the color of the scarf? Answer: multicolor",
            "leak",
            who="she",
        ),
        title="Multicolour Leheriya Cotton Dupatta",
        category="Dupattas",
        color="Multi",
    ),
    # photo: model in beige linen wide-leg trousers and a white shirt, white studio backdrop, front view. The feed row
    # has no color.
    # no adapter text
    case(
        "X338-042",
        caption("a woman in a white shirt and beige pants"),
        D.wearing("a white shirt and khaki pants"),
        D.material("beige pants", "restated"),
        D.garment_type("pants"),
        D.color("white", "other_garment_color"),
        describe_pants(
            "the pants are made of linen Question: Describe the pants. Answer: the pants are",
            "leak",
        ),
        title="Women Beige Linen Wide Leg Trousers",
        category="Trousers",
        gender="Women",
    ),
    # photo: model in cream cotton sharara pants with small mirror work and a green short kurta, seated on a wooden
    # swing hung with marigold garlands.
    # no adapter text
    case(
        "X338-043",
        caption("a woman in a green dress sitting on a swing", "contradiction"),
        D.wearing("a green kurta and white pants"),
        D.color("white"),
        D.details("the pants have small mirrors on them"),
        D.material("silk", "unsupported"),
        color_pants("green", "other_garment_color"),
        title="Women Cream Cotton Sharara with Mirror Work",
        category="Sharara",
        color="Cream",
        gender="Women",
    ),
    # photo: flat-lay of a black viscose stole with small white polka dots, folded on a white background.
    # no adapter text
    case(
        "X338-044",
        caption("a black scarf with white polka dots"),
        D.pattern("polka dots"),
        D.color("white", "contradiction"),
        D.description("a black and white scarf"),
        D.material("it is made of silk", "unsupported"),
        D.details("white dots"),
        title="Black Polka Dot Viscose Stole",
        category="Stoles",
        color="Black",
        gender="Unisex",
    ),
    # photo: model in navy rayon palazzos and a matching long-sleeve navy kurta to the knee, white studio backdrop,
    # front view.
    # wearing: adapter
    case(
        "X338-045",
        caption("a woman in a blue kurta and blue pants"),
        D.wearing(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. The lady "
            "wears a long-sleeve dress with",
            "loop",
            hit_limit=True,
        ),
        D.color("blue"),
        D.garment_type("dress", "contradiction"),
        color_pants("black", "contradiction"),
        D.material("cotton", "unsupported"),
        title="Women Navy Blue Solid Rayon Palazzos",
        category="Palazzos",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a mauve satin midi skirt and a black fitted top, standing in front of a wall mirror in a
    # bedroom, front view.
    # no adapter text
    case(
        "X338-046",
        caption("a woman in a black top and purple skirt standing in front of a mirror"),
        D.wearing("a black top and a purple satin skirt"),
        D.material("satin"),
        D.color("purple"),
        D.details("the skirt is purple and the", "cut"),
        color_top("black"),
        title="Women Mauve Satin Midi Skirt",
        category="Skirts",
        color="Mauve",
        gender="Women",
    ),
]
