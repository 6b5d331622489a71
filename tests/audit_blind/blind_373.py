"""BLIND_373 (46 products; women's dresses, jumpsuits, playsuits and co-ords, Indian marketplace): written blind in the
forty-fifth session. Measured blind at fc78fbc (the session's rules as they stood): 105/124 failures found (84.7%)
and 4/161 correct texts flagged (2.5%). The writer's notes, verbatim:

Scenario: an English catalog feed from an Indian marketplace (Myntra/Ajio-like) of women's western wear: maxi, midi,
a-line, fit and flare, shirt, wrap and bodycon dresses, jumpsuits (culotte, boiler, dungaree, wide-leg), playsuits
and co-ord sets (crop top with palazzos or skirt, shirt with shorts, blazer with trousers). Model shots, most on a
plain studio backdrop, some outdoors or against a coloured wall, a few with props (a straw bag, a wooden chair, a
plant) or a layer over or under the product (a denim jacket, a white shirt under a jumpsuit, a striped tee under
dungarees). Seller colors are the marketplace's shade names (Maroon, Mustard, Rust, Sea Green, Wine, Multi...).
Each row has title, category, color and gender; a few rows miss the gender, as real feeds do.

Who wrote what: every caption comes from the caption LoRA adapter of the original experiments (the DeepFashion
template, "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric ..."). It was
trained with no end-of-answer token, so every caption runs to the 50-token limit and carries hit_limit=True. The
open questions (wearing, description, details, material, neckline) come from the untuned base
`Salesforce/blip2-opt-2.7b`: short lowercase texts that stop on their own, never hit_limit. The closed questions
(garment_type, color, pattern, sleeve_length, the per-piece colors and the yes/no "Is this a ...?") are enrich's
`--engine reference` answers chosen from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Adapter captions: one that repeats a sentence of the template is loop; one that stops mid-sentence without
  repeating is cut. One that happens to end on a full stop at the limit is judged on its content: correct when the
  template fits the photo (sandals or heels it names are in the photo), hit_limit kept.
- Where the adapter's template names the wrong garment (a jumpsuit or playsuit as "dress", as "a tank top and a
  long pants" or "a shirt and a shorts", a culotte jumpsuit as the shirt under it and "pants"), that is what the
  auditor sees first: contradiction, even when the text also loops or is cut. An invented accessory ("an accessory on
  her wrist") or a wrong DeepFashion fabric inside a cut or looping caption is labelled cut or loop.
- The template's "shirt" for a shirt dress, "upper clothing ... lower clothing" for a jumpsuit and "long pants" for
  dungarees are not counted as misnamings (the template has no better word); those captions are labelled by how
  they end.
- Shade words are correct: red or maroon for maroon, burgundy and wine; blue for navy, teal and chambray; green for
  olive, teal, emerald and sea green; yellow for mustard; orange for rust and coral; pink for peach, coral, fuchsia
  and magenta; purple for lavender and mauve; white for off white and cream; khaki or beige for khaki. Lime green as
  "yellow" is counted a contradiction (the seller says green and the hue is green), a judgement call.
- A color taken from the print, dots or embroidery (white for navy with white dots, gold for magenta with gold foil,
  blue for an off-white dress with blue embroidery), from a wall, the sea, a chair or a bag (pink for a sea green
  dress against a pink wall) is contradiction. The color of another piece worn in the photo (the denim jacket, the
  white shirt or tee under a jumpsuit, the black belt, the other half of a co-ord) is other_garment_color.
- The sleeves of a layer (the denim jacket's long sleeves for a sleeveless dress) and the stripes of the tee under
  dungarees given for the product are contradiction. "sleeveless" for a sleeveless jumpsuit worn over a long-sleeved
  shirt is correct.
- Garment synonyms are correct: romper for playsuit, overalls for dungarees, suit for a blazer set, shirt for a
  camisole under a blazer, gown-like "maxi dress". A colour-blocked one-piece described as "a black top and white
  skirt" is contradiction. garment_type "shirt" for a shirt dress and "shorts" for a playsuit are contradiction.
- Materials: one the title names (satin, velvet, rayon, linen, cotton, lace, denim for chambray) is correct; chiffon
  for georgette is correct; "knit" for a ribbed bodycon is correct. A material that the catalog contradicts (silk for
  georgette or rayon, linen for cotton, cotton for linen blend) or that nothing shows is unsupported.
- Invented details not in the photo (a slit, a belt, pockets, a bow or zip on a back the front view does not show,
  lace trim on a plain satin slip) are unsupported.
- Base answers: an early stop mid-phrase ("it is made of", "lace and") is cut without hit_limit; a phrase repeated
  until the model stops is loop; a run-on into "Question: ... Answer: ..." is leak even where the first words are
  right; empty, "yes", "i don't know" or "the t shirt dress details" is non_answer; the question said back ("what are
  the details of the garment?", "the material of the garment") or a material answered with a color is restated;
  "he"/"his" for a woman is pronoun.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_top = question("color_top", "What is the color of the top?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_skirt = question("color_skirt", "What is the color of the skirt?", "closed")
color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
neckline = question("neckline", "What is the neckline of the garment?", "open")

BLIND_373 = [
    # photo: model in a maroon floral georgette maxi dress, v-neck, short flutter sleeves, tan sandals; white studio
    # backdrop, front view, full length.
    # caption: adapter
    case(
        "X373-001",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. This lady wears a pair of sandals. There is an accessory "
            "in her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red floral dress"),
        D.color("maroon"),
        D.pattern("floral"),
        D.sleeve_length("short sleeves"),
        neckline("the neckline of the dress", "restated"),
        D.material("silk", "unsupported"),
        title="Women Maroon Floral Print Georgette Maxi Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a navy blue solid wrap midi dress, long sleeves, self-tie at the waist; outdoors in a garden,
    # green hedge behind, front view.
    # caption: adapter
    case(
        "X373-002",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black dress", "contradiction"),
        D.color("navy"),
        D.description("a long sleeved wrap dress with a tie at the waist"),
        D.details("it has a belt and a slit on the side", "unsupported"),
        is_a("dress", "yes"),
        title="Women Navy Blue Solid Wrap Midi Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a mustard a-line knee-length dress with white polka dots, short puff sleeves, round neck, a
    # watch on her wrist; beige studio backdrop.
    # caption: adapter
    case(
        "X373-003",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length. There is an accessory on her wrist. This lady wears a "
            "ring",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow polka dot dress"),
        D.color("orange", "contradiction"),
        D.pattern("polka dot"),
        D.sleeve_length("short sleeves"),
        D.details("white polka dots and puff sleeves and a white collar", "unsupported"),
        title="Women Mustard Yellow Polka Dot Print A-Line Dress",
        category="Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a black sleeveless square-neck bodycon dress, knee length, black heels; plain grey backdrop.
    # caption: adapter (ends on a full stop at the limit)
    case(
        "X373-004",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with knitted fabric. It has a "
            "square neckline. The dress is of medium length. This female wears a pair of heels on her feet.",
            hit_limit=True,
        ),
        D.wearing("he is wearing a black dress", "pronoun"),
        D.garment_type("dress"),
        D.color("black"),
        D.material("it is made of", "cut"),
        neckline("square"),
        D.description("a black dress with a black dress", "loop"),
        title="Women Black Solid Square Neck Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in an olive green cotton shirt dress, collar, button placket, sleeves rolled up with tabs, matching
    # fabric belt, knee length; white wall behind.
    # caption: adapter
    case(
        "X373-005",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton "
            "fabric",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green shirt dress"),
        D.color("green"),
        D.sleeve_length("long sleeves"),
        D.details("buttons down the front and a belt"),
        D.material("cotton Question: what is the pattern of the garment? Answer: solid", "leak"),
        is_a("dress", "yes"),
        title="Women Olive Green Cotton Shirt Dress with Belt",
        category="Dresses",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a teal sleeveless wide-leg jumpsuit, v-neck, self-tie belt; white studio backdrop, full length.
    # caption: adapter
    case(
        "X373-006",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric. It has a v-shape neckline. The pants are with cotton fabric and pure color",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue jumpsuit"),
        D.garment_type("jumpsuit"),
        D.color("green"),
        is_a("jumpsuit", "yes"),
        D.description(
            "a sleeveless jumpsuit with wide legs and a tie belt and gold buttons",
            "unsupported",
        ),
        title="Women Teal Blue Solid Wide Leg Jumpsuit",
        category="Jumpsuits",
        color="Teal",
        gender="Women",
    ),
    # photo: model in an off white cotton fit and flare dress with blue thread embroidery on the yoke, three-quarter
    # sleeves, round neck with a keyhole; light pink studio backdrop.
    # caption: adapter
    case(
        "X373-007",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length. The lady wears a medium-sleeve dress with pure color",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white dress"),
        D.color("blue", "contradiction"),
        D.details("blue embroidery on the yoke"),
        D.material("cotton"),
        neckline("round neck with a keyhole"),
        title="Women Off White Embroidered Cotton Fit & Flare Dress",
        category="Dresses",
        color="Off White",
        gender="Women",
    ),
    # photo: model in a rust rayon co-ord: short-sleeved crop top and wide-leg palazzos, both with a small white
    # floral print; white studio backdrop.
    # caption: adapter
    case(
        "X373-008",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns and a long pants. The shirt is with cotton "
            "fabric. It has a round neckline. The pants are with cotton fabric and floral patterns. There is an "
            "accessory on",
            "cut",
            hit_limit=True,
        ),
        D.wearing("an orange top and pants"),
        color_top("orange"),
        color_pants("white", "contradiction"),
        D.pattern("floral"),
        D.material("rayon"),
        D.description(
            "a top and pants Question: what is the color of the top? Answer: orange",
            "leak",
        ),
        title="Women Rust Orange Floral Print Rayon Crop Top with Palazzos",
        category="Co-Ords",
        color="Rust",
        gender="Women",
    ),
    # photo: model in a black and white striped playsuit (one piece: collared short-sleeved top with drawstring
    # waist and shorts); white backdrop.
    # caption: adapter
    case(
        "X373-009",
        caption(
            "The lady wears a short-sleeve shirt with striped patterns and a shorts. The shirt is with cotton fabric. "
            "It has a lapel neckline. The shorts are with cotton fabric and striped patterns. The lady wears a short",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black and white striped romper"),
        D.garment_type("shorts", "contradiction"),
        D.pattern("striped"),
        D.color("black"),
        is_a("romper", "yes"),
        D.description("a striped romper Question: is this a romper? Answer: yes", "leak"),
        title="Women Black & White Striped Playsuit",
        category="Playsuits",
        color="Black",
        gender="Women",
    ),
    # photo: model in a peach sleeveless tiered maxi dress worn with an open light blue denim jacket over it; red
    # brick wall outdoors.
    # caption: adapter
    case(
        "X373-010",
        caption(
            "The lady wears a long-sleeve denim jacket with pure color patterns. The jacket is with denim fabric. It "
            "has a lapel neckline. Her dress is of long length. The dress is with chiffon fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a denim jacket and a pink dress"),
        D.color("blue", "other_garment_color"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.description("a long pink dress with ruffles"),
        title="Women Peach Solid Tiered Maxi Dress",
        category="Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a lavender satin slip midi dress, spaghetti straps, cowl neck; plain white backdrop.
    # caption: adapter
    case(
        "X373-011",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "suspenders neckline. The dress is of medium length. The lady wears a sleeveless dress with pure color "
            "patterns",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a purple dress"),
        D.color("purple"),
        D.material("satin"),
        neckline("", "non_answer"),
        D.details("the dress is made of silk and has a lace trim", "unsupported"),
        title="Women Lavender Satin Cowl Neck Slip Midi Dress",
        category="Dresses",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a blue chambray shirt dress, collar, half sleeves, button front, two chest patch pockets, knee
    # length; white studio backdrop.
    # caption: adapter
    case(
        "X373-012",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The lady wears a short-sleeve shirt with pure color patterns. The shirt is with denim "
            "fabric",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue denim shirt dress"),
        D.garment_type("shirt", "contradiction"),
        D.color("blue"),
        D.details("two pockets on the chest and buttons and buttons and buttons", "loop"),
        D.material("denim"),
        title="Women Blue Chambray Shirt Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a red one-shoulder bodycon midi dress, ruched at the side, bare wrists; grey backdrop.
    # caption: adapter
    case(
        "X373-013",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "suspenders neckline. The dress is of medium length. There is an accessory on her wrist. This lady wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red dress"),
        D.sleeve_length("sleeveless"),
        neckline("one shoulder"),
        D.description("a red bodycon dress with ruching on the side"),
        D.details("", "non_answer"),
        title="Women Red Ruched One-Shoulder Bodycon Midi Dress",
        category="Dresses",
        color="Red",
    ),
    # photo: model in a green tropical leaf print georgette wrap dress, three-quarter sleeves, v-neck, holding a brown
    # straw bag; wooden boardwalk outdoors.
    # caption: adapter
    case(
        "X373-014",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of medium length. There is an accessory in her hand. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green leaf print dress and holding a straw bag"),
        D.color("brown", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("chiffon"),
        title="Women Green Tropical Print Georgette Wrap Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: model in a white sleeveless square-neck straight-leg jumpsuit with a black belt; grey backdrop, front
    # view.
    # caption: adapter
    case(
        "X373-015",
        caption(
            "The upper clothing has sleeves cut off, cotton fabric and pure color patterns. It has a square "
            "neckline. The lower clothing is of long length. The fabric is cotton and it has pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white jumpsuit with a black belt"),
        D.color("black", "other_garment_color"),
        is_a("jumpsuit", "yes"),
        D.details("a black belt and a zipper on the back", "unsupported"),
        title="Women White Solid Belted Jumpsuit",
        category="Jumpsuits",
        color="White",
        gender="Women",
    ),
    # photo: model in a co-ord: short-sleeved camp-collar shirt and matching shorts, blue with a white floral print;
    # white studio backdrop.
    # caption: adapter
    case(
        "X373-016",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns and a three-point shorts. The shirt is with "
            "cotton fabric. It has a lapel neckline. The shorts are with cotton fabric and floral patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue floral shirt and shorts"),
        color_shirt("blue"),
        color_shorts("white", "contradiction"),
        D.pattern("floral"),
        D.details("the shirt has a collar and the shorts", "cut"),
        D.material("the material of the garment", "restated"),
        title="Women Blue Floral Print Shirt with Shorts Co-Ord Set",
        category="Co-Ords",
        color="Multi",
        gender="Women",
    ),
    # photo: model in a beige long-sleeved utility boiler jumpsuit, collar, chest flap pockets, fabric belt, worn
    # open at the neck over a white tee; white studio backdrop.
    # caption: adapter
    case(
        "X373-017",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. It has a lapel neckline. The pants are with cotton fabric and pure color patterns. The lady",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a beige jumpsuit with a white t-shirt"),
        D.color("white", "other_garment_color"),
        D.garment_type("jumpsuit"),
        D.details("pockets on the chest and a belt"),
        is_a("jumpsuit", "yes"),
        neckline("a collar with a zip", "unsupported"),
        title="Women Beige Solid Utility Boiler Jumpsuit",
        category="Jumpsuits",
        color="Beige",
        gender="Women",
    ),
    # photo: model in a burgundy velvet long-sleeved bodycon dress, round neck, knee length; black backdrop.
    # caption: adapter
    case(
        "X373-018",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with furry fabric. It has a "
            "round neckline. The dress is of medium length. The lady wears a long-sleeve dress with pure color "
            "patterns.",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red velvet dress"),
        D.color("black", "contradiction"),
        D.material("velvet"),
        D.sleeve_length("long sleeves"),
        D.details("the dress has", "cut"),
        title="Women Burgundy Velvet Bodycon Dress",
        category="Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: model in a yellow floral smocked playsuit, short puff sleeves, shorts with a ruffle hem; park outdoors.
    # caption: adapter
    case(
        "X373-019",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "square neckline. The dress is of short length. The lady wears a short-sleeve dress with floral patterns. "
            "The",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a yellow floral romper"),
        D.garment_type("dress", "contradiction"),
        D.color("yellow"),
        D.sleeve_length("short sleeves"),
        D.material("cotton Question: what is the color of the romper? Answer: yellow", "leak"),
        D.description("she is wearing a yellow romper with flowers on it"),
        title="Women Yellow Floral Print Smocked Playsuit",
        category="Playsuits",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in a sea green sleeveless halter-neck fit and flare dress, knee length, photo cropped at the knees;
    # pink painted wall behind.
    # caption: adapter
    case(
        "X373-020",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "suspenders neckline. The dress is of medium length. This lady wears a pair of sandals. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green dress"),
        D.description("a pink dress with a halter neck", "contradiction"),
        D.color("green"),
        neckline("halter"),
        D.material("silk", "unsupported"),
        D.details("a bow on the back", "unsupported"),
        title="Women Sea Green Halter Neck Fit & Flare Dress",
        category="Dresses",
        color="Sea Green",
        gender="Women",
    ),
    # photo: model in a navy blue crepe shirt midi dress with white polka dots, long sleeves, collar, self belt;
    # white studio backdrop.
    # caption: adapter
    case(
        "X373-021",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with chiffon fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve shirt with graphic patterns. The shirt is with chiffon "
            "fabric.",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue polka dot dress"),
        D.color("white", "contradiction"),
        D.pattern("polka dot"),
        D.details(
            "a collar and buttons down the front Question: what is the material of the dress? Answer: polyester",
            "leak",
        ),
        title="Women Navy Blue Polka Dot Print Crepe Shirt Midi Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a black sleeveless culotte jumpsuit worn over a white long-sleeved shirt (collar and sleeves
    # showing); white studio backdrop.
    # caption: adapter
    case(
        "X373-022",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a three-quarter pants. The shirt is with "
            "cotton fabric. It has a lapel neckline. The pants are with cotton fabric and pure color patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black jumpsuit over a white shirt"),
        D.color("black"),
        D.sleeve_length("sleeveless"),
        is_a("jumpsuit", "yes"),
        D.details("a white collar and white long sleeves", "other_garment_color"),
        D.description("he is wearing a black jumpsuit with a white shirt", "pronoun"),
        title="Women Black Solid Culotte Jumpsuit",
        category="Jumpsuits",
        color="Black",
        gender="Women",
    ),
    # photo: model in a mauve sleeveless tiered maxi dress with ruffled straps, v-neck, flat sandals; white studio
    # backdrop, full length.
    # caption: adapter (ends on a full stop at the limit)
    case(
        "X373-023",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. The lady wears a pair of sandals on her feet.",
            hit_limit=True,
        ),
        D.wearing("a purple maxi dress"),
        D.color("purple"),
        D.details("ruffles on the straps and tiers on the skirt"),
        D.material("the dress is made of", "cut"),
        title="Women Mauve Solid Tiered Maxi Dress",
        category="Dresses",
        color="Mauve",
    ),
    # photo: model in a co-ord: white short-sleeved top with a blue block print and blue printed palazzos; white
    # studio backdrop.
    # caption: adapter
    case(
        "X373-024",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric. It has a round neckline. The pants are with cotton fabric and graphic patterns. The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white top and blue pants"),
        color_top("blue", "other_garment_color"),
        color_pants("blue"),
        D.material("a white top and blue pants", "restated"),
        D.pattern("printed"),
        title="Women White & Blue Printed Cotton Top with Palazzos",
        category="Co-Ords",
        color="White",
        gender="Women",
    ),
    # photo: model in a grey melange cotton t-shirt dress, short sleeves, round neck, knee length, white sneakers;
    # white studio backdrop.
    # caption: adapter
    case(
        "X373-025",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length. The lady wears a short-sleeve dress with pure color "
            "patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey t-shirt dress"),
        D.color("grey"),
        D.material("cotton"),
        D.description("he is wearing a grey t shirt dress", "pronoun"),
        D.details("the t shirt dress details", "non_answer"),
        title="Women Grey Melange Cotton T-shirt Dress",
        category="Dresses",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: model in a coral long-sleeved bodycon dress with a cut-out at the waist, no belt, knee length, a bangle
    # on her wrist; beige studio backdrop.
    # caption: adapter
    case(
        "X373-026",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitted fabric. It has a "
            "round neckline. The dress is of medium length. There is an accessory on her wrist. This lady wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink dress with a cut out"),
        D.color("orange"),
        D.details("a cut out at the waist and a belt", "unsupported"),
        is_a("dress", "yes"),
        title="Women Coral Cut-Out Detail Bodycon Dress",
        category="Dresses",
        color="Coral",
        gender="Women",
    ),
    # photo: model in a magenta rayon a-line dress with a gold foil print, three-quarter sleeves, mandarin collar;
    # white studio backdrop.
    # caption: adapter
    case(
        "X373-027",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "stand neckline. The dress is of medium length. The lady wears a medium-sleeve dress with graphic",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink dress with gold print"),
        D.color("gold", "contradiction"),
        D.pattern("printed"),
        neckline("mandarin collar"),
        D.material("silk", "unsupported"),
        title="Women Magenta Foil Print Rayon A-Line Dress",
        category="Dresses",
        color="Magenta",
        gender="Women",
    ),
    # photo: model in a brown leopard print long-sleeved wrap midi dress; white studio backdrop.
    # caption: adapter
    case(
        "X373-028",
        caption(
            "The lady wears a long-sleeve dress with other patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of medium length. The lady wears a long-sleeve dress with other "
            "patterns.",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a leopard print dress"),
        D.pattern("animal print"),
        D.color("brown"),
        D.details("a tie at the waist and a zip on the back", "unsupported"),
        D.description(
            "a long sleeve wrap dress with a leopard print and a leopard print and a leopard print",
            "loop",
        ),
        title="Women Brown Animal Print Wrap Midi Dress",
        category="Dresses",
        color="Brown",
        gender="Women",
    ),
    # photo: model in an emerald green satin one-shoulder wide-leg jumpsuit (the legs fall like a gown); grey
    # backdrop, full length.
    # caption: adapter
    case(
        "X373-029",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "suspenders neckline. The dress is of long length. The lady wears a sleeveless dress with pure color "
            "patterns",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a green satin jumpsuit"),
        D.garment_type("dress", "contradiction"),
        is_a("jumpsuit", "yes"),
        D.material("satin"),
        D.color("green"),
        title="Women Emerald Green Satin One Shoulder Jumpsuit",
        category="Jumpsuits",
        color="Green",
        gender="Women",
    ),
    # photo: model in a blue and white gingham a-line dress, short puff sleeves, square neck, standing beside a
    # wicker chair; sunlit terrace.
    # caption: adapter
    case(
        "X373-030",
        caption(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with cotton fabric. It has a "
            "square neckline. The dress is of medium length. The lady wears a short-sleeve dress with lattice "
            "patterns.",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue and white checkered dress"),
        D.pattern("checked"),
        D.color("blue"),
        D.sleeve_length("short sleeves"),
        D.details("puff sleeves and a square neck"),
        D.material("linen", "unsupported"),
        title="Women Blue & White Checked Cotton A-Line Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a black and white colour-blocked sleeveless bodycon dress (black side panels, white centre
    # panel), one piece; grey backdrop.
    # caption: adapter
    case(
        "X373-031",
        caption(
            "The lady wears a sleeveless dress with color block patterns. The dress is with knitted fabric. It has a "
            "round neckline. The dress is of medium length. The lady wears a sleeveless dress with color block",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black and white dress"),
        D.color("black"),
        D.pattern("color block"),
        D.description("a white dress with black sides"),
        D.details("a black top and white skirt", "contradiction"),
        title="Women Black & White Colourblocked Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in a peach linen-blend playsuit with tie-up shoulder straps and shorts; beach cafe outdoors.
    # caption: adapter (ends on a full stop at the limit)
    case(
        "X373-032",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a shorts. The tank top is with cotton "
            "fabric. It has a suspenders neckline. The shorts are with cotton fabric and pure color patterns.",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a peach romper"),
        D.color("pink"),
        D.garment_type("romper"),
        D.sleeve_length("sleeveless"),
        D.material("cotton", "unsupported"),
        title="Women Peach Linen Blend Tie-Up Playsuit",
        category="Playsuits",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a black blazer and trousers co-ord worn over a white camisole; white studio backdrop.
    # caption: adapter
    case(
        "X373-033",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with cotton "
            "fabric. It has a lapel neckline. The pants are with cotton fabric and pure color patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black suit and a white shirt"),
        color_jacket("black"),
        color_pants("white", "other_garment_color"),
        D.description("a black blazer and pants"),
        D.material("wool", "unsupported"),
        D.details("he is wearing a black suit", "pronoun"),
        title="Women Black Solid Blazer with Trousers Co-Ord Set",
        category="Co-Ords",
        color="Black",
        gender="Women",
    ),
    # photo: model in a cream crochet lace midi dress, short sleeves, round neck, lined; white studio backdrop.
    # caption: adapter
    case(
        "X373-034",
        caption(
            "The lady wears a short-sleeve dress with other patterns. The dress is with other fabric. It has a round "
            "neckline. The dress is of medium length. The lady wears a short-sleeve dress with other patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white lace dress"),
        D.color("white"),
        D.material("lace"),
        D.details("yes", "non_answer"),
        D.description("a cream colored dress"),
        title="Women Cream Crochet Lace Midi Dress",
        category="Dresses",
        color="Cream",
        gender="Women",
    ),
    # photo: model in an orange tie-dye sleeveless maxi dress with spaghetti straps, sunglasses on her head; beach,
    # blue sea behind.
    # caption: adapter
    case(
        "X373-035",
        caption(
            "The lady wears a sleeveless dress with other patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of long length. There is an accessory on her head. The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing("an orange tie dye dress"),
        D.pattern("tie-dye"),
        D.color("blue", "contradiction"),
        D.description("a long orange dress with a slit on the", "cut"),
        title="Women Orange Tie-Dye Maxi Dress",
        category="Dresses",
        color="Orange",
        gender="Women",
    ),
    # photo: model in a co-ord: pink floral sleeveless crop top with a square neck and a solid green midi skirt;
    # white studio backdrop.
    # caption: adapter
    case(
        "X373-036",
        caption(
            "The lady wears a sleeveless tank top with floral patterns and a long skirt. The tank top is with chiffon "
            "fabric. It has a square neckline. The skirt is with chiffon fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink top and a green skirt"),
        color_top("pink"),
        color_skirt("pink", "other_garment_color"),
        D.pattern("floral"),
        D.material("chiffon"),
        D.details("a pink top with flowers and a pink skirt", "other_garment_color"),
        title="Women Pink Floral Print Crop Top with Green Skirt Co-Ord Set",
        category="Co-Ords",
        color="Pink",
        gender="Women",
    ),
    # photo: model in blue denim dungarees (bib and full-length legs) over a white tee with red stripes; white studio
    # backdrop.
    # caption: adapter
    case(
        "X373-037",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns and a long pants. The T-shirt is with cotton "
            "fabric. It has a round neckline. The pants are with denim fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a denim overalls and a striped shirt"),
        D.color("white", "other_garment_color"),
        D.pattern("striped", "contradiction"),
        is_a("jumpsuit", "yes"),
        D.material("denim"),
        title="Women Blue Denim Dungaree Jumpsuit",
        category="Jumpsuits",
        color="Blue",
    ),
    # photo: model in a lime green ribbed sleeveless bodycon midi dress, round neck; white studio backdrop.
    # caption: adapter
    case(
        "X373-038",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with knitted fabric. It has a "
            "round neckline. The dress is of long length. The lady wears a sleeveless dress with pure color "
            "patterns.",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green dress"),
        D.color("yellow", "contradiction"),
        D.material("knit"),
        D.details("it is ribbed"),
        neckline("round"),
        title="Women Lime Green Ribbed Bodycon Midi Dress",
        category="Dresses",
        color="Lime Green",
        gender="Women",
    ),
    # photo: model in a navy maxi dress with a white floral print, short sleeves, v-neck, sitting on a brown wooden
    # chair beside a potted plant, no belt; a ring on her finger.
    # caption: adapter
    case(
        "X373-039",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. There is an accessory on her wrist. The lady wears a ring",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue floral dress"),
        D.color("brown", "contradiction"),
        D.description("a woman sitting on a chair in a blue dress with white flowers"),
        D.details(
            "the dress has a v neck and short sleeves and a belt and pockets",
            "unsupported",
        ),
        D.pattern("floral"),
        D.material("i don't know", "non_answer"),
        title="Women Navy Blue Floral Print Maxi Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a red and white vertically striped cotton shirt dress, long sleeves, collar, tie belt; white
    # studio backdrop.
    # caption: adapter
    case(
        "X373-040",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton "
            "fabric.",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red and white striped shirt dress"),
        D.color("red"),
        D.pattern("striped"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("cotton"),
        title="Women Red & White Striped Cotton Shirt Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: model in a wine fit and flare knee-length dress with sheer lace long sleeves, round neck; white studio
    # backdrop.
    # caption: adapter
    case(
        "X373-041",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is of medium length. The lady wears a long-sleeve dress with pure",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a maroon dress with lace sleeves"),
        D.color("maroon"),
        D.details("lace sleeves"),
        D.material("lace and", "cut"),
        D.description(
            "she is wearing a red dress Question: what is the color of the sleeves? Answer: red",
            "leak",
        ),
        title="Women Wine Lace Sleeve Fit & Flare Dress",
        category="Dresses",
        color="Wine",
        gender="Women",
    ),
    # photo: model in a khaki short-sleeved playsuit with shirt collar, button front, belt and shorts; white wall
    # outdoors.
    # caption: adapter
    case(
        "X373-042",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a shorts. The shirt is with cotton "
            "fabric. It has a lapel neckline. The shorts are with cotton fabric and pure color patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("he is wearing a khaki romper", "pronoun"),
        D.color("white", "contradiction"),
        D.garment_type("romper"),
        D.details("buttons on the front and a belt"),
        is_a("romper", "yes"),
        title="Women Khaki Solid Belted Playsuit",
        category="Playsuits",
        color="Khaki",
        gender="Women",
    ),
    # photo: model in a sleeveless v-neck wide-leg jumpsuit, black with an orange and yellow geometric print; white
    # studio backdrop.
    # caption: adapter
    case(
        "X373-043",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. The lady wears a sleeveless dress with graphic patterns. "
            "The",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black and orange printed jumpsuit"),
        D.pattern("geometric"),
        D.color("black"),
        D.description("a jumpsuit"),
        D.material("", "non_answer"),
        title="Women Multicoloured Geometric Print Jumpsuit",
        category="Jumpsuits",
        color="Multi",
        gender="Women",
    ),
    # photo: model in a powder blue linen co-ord: long-sleeved shirt and shorts with side pockets; white studio
    # backdrop.
    # caption: adapter (ends on a full stop at the limit)
    case(
        "X373-044",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a three-point shorts. The shirt is with "
            "cotton fabric. It has a lapel neckline. The shorts are with cotton fabric and pure color patterns.",
            hit_limit=True,
        ),
        D.wearing("a light blue shirt and shorts"),
        color_shirt("blue"),
        color_shorts("blue"),
        D.material("linen"),
        D.sleeve_length("long sleeves"),
        D.details("i don't know", "non_answer"),
        title="Women Powder Blue Linen Shirt with Shorts Co-Ord Set",
        category="Co-Ords",
        color="Blue",
    ),
    # photo: model in a white sleeveless schiffli (eyelet) cotton maxi dress and a straw hat; beach.
    # caption: adapter
    case(
        "X373-045",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The dress is of long length. There is an accessory on her head. She wears a hat",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white dress and a straw hat"),
        D.color("white"),
        D.details("eyelet embroidery"),
        D.material("cotton"),
        D.description("it is a white dress with a white dress with a white dress", "loop"),
        title="Women White Schiffli Cotton Maxi Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: model in a fuchsia crepe wrap midi dress, short flutter sleeves, v-neck; white studio backdrop.
    # caption: adapter
    case(
        "X373-046",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of medium length. The lady wears a short-sleeve dress with pure color",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink wrap dress"),
        D.color("pink"),
        D.details("what are the details of the garment?", "restated"),
        D.material("pink", "restated"),
        neckline("v neck"),
        title="Women Fuchsia Crepe Wrap Midi Dress",
        category="Dresses",
        color="Fuchsia",
        gender="Women",
    ),
]
