"""BLIND_894 (46 products; Myntra lehengas and ethnic skirts, caption ep3): written blind in the fifty-seventh session.
Measured blind at 5c6e95a (the session's third rules): 105/121 failures found (86.8%) and 17/178 correct texts flagged
(9.6%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of girls' and women's lehenga cholis (Category "Lehenga Choli") and ethnic skirts
(Category "Skirts"), product shots mostly on a white backdrop (a few on grey, beige or a pink wall with plants), the
model wearing the product with its choli and dupatta, or the skirt with a top of another color, often with bangles,
jhumkas or a potli bag. Girls' photos show a child model. A few rows lack a catalog column, as real feeds do.

Who wrote what: every caption and every open answer comes from Salesforce/blip2-opt-2.7b with the caption adapter
leoreigoto/Data2_V2_Blip2_Finetune_Caption (epoch 3), greedy, 50 new tokens for captions and 30 for answers. It
writes the DeepFashion template ("The lady wears a short-sleeve shirt with pure color patterns and a long skirt...")
with patterns instead of hues, calls the choli a shirt or tank top and the lehenga a long skirt, invents fabrics and
accessories (belt, hat, ring), and, having no trained end token, often loops on its first sentence or is cut at the
limit; asked a question it sometimes answers in the template, sometimes gives a short answer with hues, now and then
echoes the "Question: ... Answer:" format. Closed answers (garment type, color, color of the lehenga/skirt/choli/
dupatta, pattern, sleeve length, "Is this a lehenga/skirt?") come from enrich's reference engine over the same model
with the adapter: one candidate value each, so they never loop or stop short, but they often pick the color of the
choli, dupatta or top instead of the product's.

Labeling conventions and judgement calls:
- The product is the whole set for a lehenga choli (its seller color is the lehenga's, or "Multi"), and the skirt
  alone for an ethnic skirt; "What is the color of the garment?" answered with the color of the choli, dupatta or the
  top worn with a skirt is other_garment_color, as is such a color given to the lehenga, skirt or choli question.
- Shade synonyms are correct: maroon for Burgundy, pink for Magenta or Peach, white for Cream or Off White, purple
  for Lavender, green for Sea Green or Olive, orange for Rust, blue for Navy or Turquoise. A lehenga that carries the
  seller's second color only as a print or border is still answered correctly by its ground color.
- The template calling a choli a "shirt", "top" or "tank top" and a lehenga a "long skirt" is correct; "trousers",
  "pants" or "dress" for a lehenga or skirt is a contradiction; so is "no" to "Is this a lehenga/skirt?" for one.
- DeepFashion pattern words are judged loosely: "complicated", "graphic" or "color block" patterns for embroidery,
  prints or patchwork are correct; "striped" for a foil print is a contradiction with the photo and the title.
- A fabric that the title names and the answer contradicts (silk for Net, cotton for Velvet, denim for Cotton) is a
  contradiction; a fabric or detail nobody could see or that the title does not give and the photo rules out
  (denim or leather lehengas, a belt, hat, ring, pockets, a dupatta on a product shot without one) is unsupported.
- A text that ran to its token limit is either a loop (it repeats a phrase or sentence) or a cut (it stops
  mid-phrase); when a looped or cut text also has a wrong detail, the loop or cut is the label. Every hit_limit text
  is a failure; no correct text here ran to its limit.
- A leak is any "Question:" or "Answer:" in the output, even when the echoed answer after it is right.
- A one-word or yes/no reply to an open question (a color for "What is the girl wearing?", "yes" for the material)
  is a non_answer, as is a template answer to an open color question that names no color; an answer that only
  turns the question back ("The lehenga details are on the lehenga") is restated.
- he/his/gentleman for a woman or girl is pronoun, even when the rest of the text is right; "the lady" for a girl
  is accepted as the template's word.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS
LC = "Lehenga Choli"

BLIND_894 = [
    # photo: woman in a maroon velvet choli with short sleeves and a flared maroon velvet lehenga with a wide gold zari
    # border, a gold net dupatta over one shoulder, gold bangles and jhumkas, white backdrop, front view. Caption and
    # open answers: caption adapter ep3; closed: reference engine.
    case(
        "X894-001",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt with complicated patterns. "
            "The skirt is with other fabric. There is an accessory on her wrist."
        ),
        wearing(
            "She is wearing a short-sleeve blouse and a long skirt with embroidered border, and a scarf on her "
            "shoulder.",
            who="she",
        ),
        color_of("lehenga", "maroon"),
        color_of("dupatta", "gold"),
        details(
            "lehenga",
            "The lehenga is of long length. The fabric is velvet and it has complicated patterns. "
            "There is a belt on her waist.",
            "unsupported",
        ),
        is_a("lehenga", "yes"),
        Q.garment_type("lehenga"),
        Q.pattern("embroidered"),
        title="Ethnovog Women Maroon Embroidered Velvet Lehenga Choli with Dupatta",
        category=LC,
        color="Maroon",
        gender="Women",
    ),
    # photo: girl of about six in a sleeveless mustard yellow choli with mirror work and a pink lehenga with a mustard
    # block print, a pink net dupatta, white backdrop, front view. Caption/open: caption adapter ep3; closed: reference.
    case(
        "X894-002",
        caption(
            "The girl wears a sleeveless tank top with pure color patterns and a long skirt with graphic patterns. "
            "The tank top is with cotton fabric and its neckline is round. The skirt is with cotton fabric and "
            "graphic patterns. The girl",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow top and a pink lehenga", who="the girl"),
        color_of("lehenga", "pink"),
        color_of("choli", "pink", "other_garment_color"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless"),
        Q.material("The fabric is denim.", "unsupported"),
        title="Biba Girls Mustard & Pink Printed Ready to Wear Lehenga Choli with Dupatta",
        category=LC,
        color="Mustard",
        gender="Girls",
    ),
    # photo: woman in a navy blue ankle-length flared cotton skirt with white block-printed flowers, worn with a plain
    # mustard yellow short-sleeve top, brown kolhapuri flats, no jewelry, white backdrop.
    # Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X894-003",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt with floral patterns. "
            "The shirt is with cotton fabric and its neckline is round. The skirt is with cotton fabric."
        ),
        color_of("skirt", "yellow", "other_garment_color"),
        describe("skirt", "The skirt is navy blue with white floral prints. It is of long length and flared."),
        details("skirt", "The skirt details are the details of the skirt worn by the lady.", "restated"),
        Q.garment_type("skirt"),
        Q.pattern("floral"),
        wearing(
            "The lady wears a yellow top and a blue skirt with white flowers. There is an accessory on her wrist. "
            "This lady wears a ring.",
            "unsupported",
        ),
        title="Global Desi Women Navy Blue Printed Flared Maxi Skirt",
        category="Skirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in a pink net lehenga with silver sequins, a pink choli with elbow sleeves and a pink net dupatta,
    # white backdrop, side pose showing the flare. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X894-004",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns and a long skirt. The skirt is with chiffon "
            "fabric and pure color patterns. The lady wears a medium-sleeve shirt with pure color patterns and a long "
            "skirt. The skirt is with",
            "loop",
            hit_limit=True,
        ),
        wearing("The lady wears a pink blouse and a pink long skirt."),
        color_of("lehenga", "pink"),
        Q.material("silk", "contradiction"),
        is_a("lehenga", "yes"),
        Q.sleeve_length("elbow length"),
        Q.pattern("checked", "contradiction"),
        title="Inddus Women Pink Net Semi-Stitched Lehenga Choli with Dupatta",
        category=LC,
        color="Pink",
        gender="Women",
    ),
    # photo: girl in a green silk-look long skirt with a gold zari border at the hem, worn with a plain cream
    # short-sleeve top, white backdrop, front view. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X894-005",
        caption(
            "The girl wears a short-sleeve top with pure color patterns and a long skirt with pure color patterns. "
            "The skirt is with other fabric."
        ),
        wearing(
            "His top has short sleeves, cotton fabric and pure color patterns. The skirt he wears is of long length.",
            "pronoun",
            who="the girl",
        ),
        color_of("skirt", "green"),
        Q.color("cream", "other_garment_color"),
        details("skirt", "The skirt is of long length. It has a golden border at the hem."),
        is_a("skirt", "yes"),
        title="Kid1 Girls Green Solid Ethnic Long Skirt with Zari Border",
        category="Skirts",
        color="Green",
        gender="Girls",
    ),
    # photo: woman in a teal art silk lehenga with a gold woven border, a peach V-neck choli with short sleeves, a peach
    # dupatta held in one hand, white backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X894-006",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt with pure color patterns. "
            "The shirt is with other fabric and its neckline is V-shape. The skirt is with other fabric."
        ),
        color_of("lehenga", "peach", "other_garment_color"),
        color_of("choli", "peach"),
        describe(
            "lehenga", "The lehenga is teal with a golden woven border at the hem, and it is worn with a peach blouse."
        ),
        is_a("lehenga", "yes"),
        Q.material("silk"),
        Q.sleeve_length("short sleeves"),
        wearing("The lady wears a long-sleeve shirt with pure color patterns and a long skirt.", "contradiction"),
        title="Mitera Women Teal & Peach Woven Design Art Silk Lehenga Choli with Dupatta",
        category=LC,
        color="Teal",
        gender="Women",
    ),
    # photo: woman in a black wrap-around ankle skirt with multicolor patchwork and mirror work, a white sleeveless crop
    # top, oxidised silver jewelry, white backdrop, side view. Caption/open: caption adapter ep3; closed: reference.
    case(
        "X894-007",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt with color block "
            "patterns. The tank top is with cotton fabric and its neckline is round. The skirt is with cotton fabric "
            "and color block patterns. The skirt",
            "cut",
            hit_limit=True,
        ),
        wearing("a white top and a black skirt with mirror work"),
        color_of("skirt", "black"),
        details(
            "skirt",
            "The skirt has mirror work and colorful patches. It is a wrap-around skirt with a tie at the waist.",
        ),
        describe("skirt", "The skirt is white with mirror work.", "other_garment_color"),
        Q.pattern("embroidered"),
        title="Jaipur Kurti Women Black Mirror Work Patchwork Wrap Around Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: girl in a pink sleeveless choli with gold gota trim, a pink lehenga with gold foil print and a pink net
    # dupatta, white backdrop, front view. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X894-008",
        caption(
            "The girl wears a sleeveless tank top with pure color patterns and a long skirt with graphic patterns. "
            "The tank top is with cotton fabric and its neckline is round."
        ),
        wearing("a pink top and a pink lehenga", who="the girl"),
        color_of("lehenga", "pink"),
        is_a("lehenga", "no", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.material("The fabric is leather.", "unsupported"),
        color_of("dupatta", "white", "contradiction"),
        title="Aarika Girls Pink Foil Printed Lehenga Choli with Dupatta",
        category=LC,
        color="Pink",
        gender="Girls",
    ),
    # photo: woman in a mustard yellow three-tier cotton maxi skirt with small red bandhani dots, a black short-sleeve
    # top, white backdrop, front view. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X894-009",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt with complicated "
            "patterns. The T-shirt is with cotton fabric and its neckline is round. The skirt is with cotton fabric."
        ),
        color_of("skirt", "black", "other_garment_color"),
        describe("skirt", "The skirt is mustard yellow with small red dots and it has three tiers."),
        details(
            "skirt",
            "The skirt is of long length. The skirt is of long length. The skirt is of long length. "
            "The skirt is of long",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("skirt"),
        Q.pattern("printed"),
        title="Sringam Women Mustard Yellow Bandhani Print Tiered Cotton Maxi Skirt",
        category="Skirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: woman in an off-white georgette lehenga with white chikankari embroidery and a scalloped hem, a mint green
    # choli with elbow sleeves, an off-white dupatta, grey studio backdrop. Caption/open: ep3; closed: reference engine.
    case(
        "X894-010",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns and a long skirt with floral patterns. "
            "The shirt is with chiffon fabric and its neckline is round. The skirt is with chiffon fabric."
        ),
        wearing("She is wearing a green blouse and a white embroidered lehenga with a white dupatta.", who="she"),
        color_of("lehenga", "white"),
        Q.color("green", "other_garment_color"),
        Q.material("georgette"),
        details(
            "lehenga",
            "The lehenga has white chikankari embroidery all over the flare, a scalloped hem, a matching dupatta with "
            "embroidered borders and a green blouse with",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Ada Women Off White Chikankari Georgette Lehenga Choli with Dupatta",
        category=LC,
        color="Off White",
        gender="Women",
    ),
    # photo: girl in a purple flared long skirt with small white flowers and a thin gold border, a white short-sleeve
    # kurti top, white backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X894-011",
        caption(
            "The girl wears a short-sleeve shirt with pure color patterns and a long skirt with floral patterns. "
            "The shirt is with cotton fabric."
        ),
        color_of("skirt", "purple"),
        wearing("skirt", "non_answer", who="the girl"),
        describe("skirt", "The skirt is purple with small white floral prints and a gold border."),
        is_a("skirt", "yes"),
        Q.material("cotton"),
        Q.pattern("striped", "contradiction"),
        title="Peppermint Girls Purple Floral Printed Flared Ethnic Skirt",
        category="Skirts",
        color="Purple",
        gender="Girls",
    ),
    # photo: woman in a red bridal lehenga with heavy gold zari and sequin embroidery, a red choli, a red net dupatta
    # draped over her head, bangles and a maang tikka, white backdrop. Caption/open: ep3; closed: reference engine.
    case(
        "X894-012",
        caption(
            "The lady wears a long skirt with complicated patterns. There is an accessory on her wrist. There is a "
            "hat in her head.",
            "unsupported",
        ),
        color_of("lehenga", "red"),
        wearing("The lady is wearing a red lehenga with gold embroidery and a red dupatta on her head."),
        details(
            "lehenga",
            "gold, gold, gold, gold, gold, gold, gold, gold, gold, gold, gold, gold, gold, gold, gold",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("embroidered"),
        is_a("lehenga", "yes"),
        Q.garment_type("lehenga"),
        Q.material("The fabric is knitted and it has complicated patterns.", "unsupported"),
        title="Kalini Women Red Embroidered Semi-Stitched Bridal Lehenga & Unstitched Blouse with Dupatta",
        category=LC,
        color="Red",
        gender="Women",
    ),
    # photo: woman in a rust orange ajrakh-print cotton A-line skirt with indigo motifs, a plain indigo blue crop top
    # with short sleeves, white backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X894-013",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt with graphic patterns. "
            "The shirt is with cotton fabric. The skirt is with denim fabric and graphic patterns.",
            "contradiction",
        ),
        color_of("skirt", "blue", "other_garment_color"),
        Q.color("orange"),
        describe("skirt", "The skirt is rust orange with blue block-printed motifs and it falls to the ankle."),
        Q.material("cotton"),
        wearing("He wears a short-sleeve shirt and a long skirt with graphic patterns.", "pronoun"),
        title="Fabindia Women Rust Ajrakh Printed Cotton A-Line Skirt",
        category="Skirts",
        color="Rust",
        gender="Women",
    ),
    # photo: girl in a peach lehenga with gold sequins, a peach cap-sleeve choli, a peach dupatta with a gold border, a
    # small potli bag hanging from her wrist, white backdrop. Caption/open: caption adapter ep3; closed: reference.
    case(
        "X894-014",
        caption(
            "The girl wears a short-sleeve top with pure color patterns and a long skirt with pure color patterns. "
            "There is an accessory on her wrist."
        ),
        wearing(
            "She wears a short-sleeve top with pure color patterns and a long skirt with pure color patterns. She "
            "wears a short-sleeve top with pure color patterns and a",
            "loop",
            who="the girl",
            hit_limit=True,
        ),
        color_of("lehenga", "peach"),
        color_of("dupatta", "peach"),
        Q.sleeve_length("short sleeves"),
        details("lehenga", "The lehenga details are on the lehenga.", "restated"),
        Q.garment_type("dress", "contradiction"),
        title="Twisha Girls Peach-Coloured Embellished Lehenga Choli with Dupatta",
        category=LC,
        color="Peach",
        gender="Girls",
    ),
    # photo: woman in a navy blue velvet lehenga with silver embroidery, a silver-grey long-sleeve choli, a navy net
    # dupatta, white backdrop, three-quarter back view. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X894-015",
        caption(
            "His shirt has long sleeves, other fabric and pure color patterns. The skirt is of long length. The skirt "
            "is with other fabric and complicated patterns.",
            "pronoun",
        ),
        wearing("The lady is wearing a grey blouse with long sleeves and a navy blue skirt with silver embroidery."),
        color_of("lehenga", "navy blue"),
        color_of("choli", "navy blue", "other_garment_color"),
        Q.material("velvet"),
        Q.sleeve_length("long sleeves"),
        describe(
            "lehenga",
            "The lehenga is navy blue velvet with silver embroidery. Question: Describe the blouse. "
            "Answer: The blouse is grey",
            "leak",
            hit_limit=True,
        ),
        title="Soch Women Navy Blue Embroidered Velvet Lehenga Choli with Dupatta",
        category=LC,
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in a white cotton ankle skirt with a pink and green floral hand block print, a plain pink sleeveless
    # top, white backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X894-016",
        caption(
            "This lady wears a sleeveless tank top with pure color patterns and a long skirt with floral patterns. "
            "The tank top is with cotton fabric and its neckline is round. The skirt is with cotton fabric."
        ),
        color_of("skirt", "white"),
        describe("skirt", "The skirt is pink with a round neckline and sleeveless.", "other_garment_color"),
        details("skirt", "Question: What are the skirt details? Answer: The skirt is of long length.", "leak"),
        Q.pattern("floral"),
        Q.garment_type("dress", "contradiction"),
        title="Anokhi Women White & Pink Floral Block Print Cotton Skirt",
        category="Skirts",
        color="White",
        gender="Women",
    ),
    # photo: girl in a turquoise blue lehenga with multicolor thread embroidery and a gold border, a pink choli with
    # puff sleeves, a turquoise dupatta, white backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X894-017",
        caption(
            "The girl wears a short-sleeve shirt with pure color patterns and a long skirt with complicated patterns. "
            "The shirt is with cotton fabric and its neckline is round. The skirt is with cotton fabric and "
            "complicated patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink top with puff sleeves and a blue lehenga with a gold border", who="the girl"),
        color_of("lehenga", "pink", "other_garment_color"),
        color_of("blouse", "pink"),
        is_a("lehenga", "yes"),
        Q.pattern("embroidered"),
        Q.material("The fabric is knitted and it has complicated patterns.", "unsupported"),
        title="Bitiya by Bhama Girls Turquoise Blue & Pink Ready to Wear Lehenga & Blouse with Dupatta",
        category=LC,
        color="Turquoise Blue",
        gender="Girls",
    ),
    # photo: woman in a Navratri chaniya choli: mustard yellow cotton lehenga with mirror work and colorful embroidery,
    # a green V-neck choli with short sleeves, a pink dupatta, white backdrop, twirl pose. Caption/open: ep3; closed:
    # reference engine.
    case(
        "X894-018",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt with complicated patterns. "
            "The shirt is with cotton fabric and its neckline is V-shape. The skirt is with cotton fabric."
        ),
        wearing("She wears a green blouse, a yellow skirt with mirror work and a pink scarf."),
        color_of("lehenga", "yellow"),
        color_of("dupatta", "green", "other_garment_color"),
        Q.color("multi"),
        details(
            "lehenga",
            "The lehenga has mirror work and colorful embroidery in the middle of the skirt, and it "
            "has pockets on both sides.",
            "unsupported",
        ),
        Q.material("cotton"),
        title="Studio Rasa Women Mustard & Green Mirror Work Cotton Chaniya Choli with Dupatta",
        category=LC,
        color="Multi",
        gender="Women",
    ),
    # photo: woman in a black flared ethnic skirt with gold foil print and a gold gota border, an off-white embroidered
    # top with three-quarter sleeves, beige studio backdrop. Caption/open: caption adapter ep3; closed: reference.
    case(
        "X894-019",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns and a long skirt with graphic patterns. "
            "The shirt is with cotton fabric. The skirt is with cotton fabric and graphic patterns."
        ),
        color_of("skirt", "black"),
        describe("skirt", "The skirt is black with gold foil prints and a gold border at the hem."),
        wearing("yes", "non_answer"),
        Q.pattern("striped", "contradiction"),
        Q.material("The garment is made of material.", "restated"),
        title="W Women Black Foil Print Flared Ethnic Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: girl in a red long ghagra skirt with white diagonal leheriya stripes, a plain white short-sleeve T-shirt,
    # white backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X894-020",
        caption(
            "The girl wears a short-sleeve T-shirt with pure color patterns and a long skirt with striped patterns. "
            "The T-shirt is with cotton fabric and its neckline is round. The skirt is with cotton fabric."
        ),
        color_of("skirt", "red"),
        Q.color("white", "other_garment_color"),
        Q.pattern("striped"),
        details(
            "skirt",
            "The skirt has diagonal white stripes. Question: What is the color of the skirt? Answer: "
            "red. Question: What",
            "leak",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        wearing("a red dress", "contradiction", who="the girl"),
        title="Cutecumber Girls Red Leheriya Print Ethnic Long Skirt",
        category="Skirts",
        color="Red",
        gender="Girls",
    ),
    # photo: woman in a lavender organza lehenga with silver sequins, a lavender sleeveless choli with thin straps, a
    # lavender dupatta, white backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X894-021",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt with pure color patterns. "
            "The tank top is with chiffon fabric and its neckline is suspenders. The skirt is with chiffon fabric."
        ),
        color_of("lehenga", "purple"),
        Q.sleeve_length("long sleeves", "contradiction"),
        wearing("a purple dress", "contradiction"),
        Q.material("organza"),
        details(
            "lehenga",
            "The lehenga is of long length. The fabric is chiffon and it has pure color patterns. The lehenga is of "
            "long length. The fabric is chiffon and it",
            "loop",
            hit_limit=True,
        ),
        title="Panchhi Women Lavender Embellished Organza Lehenga Choli with Dupatta",
        category=LC,
        color="Lavender",
        gender="Women",
    ),
    # photo: woman in a green silk flared skirt with a gold brocade border, a plain pink crop top with elbow sleeves,
    # no belt, white backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X894-022",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns and a long skirt with pure color patterns. "
            "The shirt is with cotton fabric and its neckline is round. The skirt is with other fabric and pure color "
            "patterns. This lady",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "green"),
        describe("skirt", "The skirt is pink.", "other_garment_color"),
        wearing("She is wearing a pink top and a green skirt with a golden border.", who="she"),
        Q.material("silk"),
        Q.garment_type("skirt"),
        details("skirt", "The skirt has pure color patterns and a belt on her waist.", "unsupported"),
        title="Indya Women Green Solid Silk Flared Skirt with Brocade Border",
        category="Skirts",
        color="Green",
        gender="Women",
    ),
    # photo: girl in a cream lehenga with a gold print, a maroon velvet choli with full sleeves, a maroon dupatta, white
    # backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X894-023",
        caption(
            "The girl wears a long-sleeve shirt with pure color patterns and a long skirt with graphic patterns. The "
            "shirt is with other fabric. The skirt is with cotton fabric and graphic patterns."
        ),
        color_of("lehenga", "maroon", "other_garment_color"),
        color_of("choli", "maroon"),
        wearing("The lady wears a long-sleeve shirt and long pants.", "contradiction", who="the girl"),
        Q.sleeve_length("long sleeves"),
        is_a("lehenga", "yes"),
        title="Biba Girls Cream-Coloured & Maroon Printed Lehenga Choli with Dupatta",
        category=LC,
        color="Cream",
        gender="Girls",
    ),
    # photo: woman in a sea green lehenga with a pink floral print, a plain pink short-sleeve choli, a sea green
    # dupatta, white backdrop, facing the camera, no hat. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X894-024",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt with floral patterns. "
            "The skirt is with cotton fabric and floral patterns. This lady wears a hat.",
            "unsupported",
        ),
        color_of("lehenga", "green"),
        describe("lehenga", "The lehenga is sea green with pink flowers, and it has a wide flare."),
        Q.color("pink", "other_garment_color"),
        Q.pattern("floral"),
        wearing(
            "Question: What is the person wearing? Answer: The lady wears a short-sleeve shirt with pure color "
            "patterns",
            "leak",
            hit_limit=True,
        ),
        title="Libas Women Sea Green & Pink Floral Printed Lehenga Choli with Dupatta",
        category=LC,
        color="Sea Green",
        gender="Women",
    ),
    # photo: woman in a grey and white ikat-print cotton wrap skirt, a black sleeveless top, silver anklets, white
    # backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X894-025",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt with graphic patterns. "
            "The tank top is with cotton fabric and its neckline is round."
        ),
        color_of("skirt", "black", "other_garment_color"),
        describe("skirt", "grey and white ikat print wrap skirt"),
        details(
            "skirt",
            "The skirt is with cotton fabric and graphic patterns. The skirt is with cotton fabric and "
            "graphic patterns. The skirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        wearing("She wears a black top and a grey skirt with white prints.", who="she"),
        Q.material("silk", "contradiction"),
        title="Jaipur Kurti Women Grey Ikat Printed Cotton Wrap Skirt",
        category="Skirts",
        color="Grey",
        gender="Women",
    ),
    # photo: girl in a green lehenga with a gold print, a green-and-gold short-sleeve choli, a pink dupatta, white
    # backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X894-026",
        caption(
            "The girl wears a short-sleeve shirt with pure color patterns and a long skirt with graphic patterns. "
            "The shirt is with cotton fabric."
        ),
        color_of("lehenga", "green"),
        color_of("dupatta", "pink"),
        wearing("He is wearing a green top and a green skirt.", "pronoun", who="the girl"),
        details("lehenga", "lehenga", "non_answer"),
        Q.garment_type("lehenga"),
        Q.material("The fabric is velvet and it has graphic patterns.", "unsupported"),
        title="Ethnovog Girls Green Printed Ready to Wear Lehenga Choli with Dupatta",
        category=LC,
        color="Green",
        gender="Girls",
    ),
    # photo: woman in a black lehenga with multicolor floral thread embroidery, a black full-sleeve choli, a red net
    # dupatta, white backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X894-027",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long skirt with floral patterns. The "
            "shirt is with other fabric and its neckline is round. The skirt is with other fabric. The lady wears a "
            "long-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        color_of("lehenga", "red", "other_garment_color"),
        wearing("The lady wears a black blouse, a black lehenga with colorful flowers and a red dupatta."),
        is_a("lehenga", "yes"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.material("The fabric is denim and it has floral patterns.", "unsupported"),
        title="Varanga Women Black Embroidered Lehenga Choli with Dupatta",
        category=LC,
        color="Black",
        gender="Women",
    ),
    # photo: woman in a magenta bandhani-print flared maxi skirt with white dots, a plain teal V-neck short-sleeve top,
    # white backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X894-028",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt with complicated patterns. "
            "The shirt is with cotton fabric and its neckline is V-shape."
        ),
        color_of("skirt", "pink"),
        describe("skirt", "The skirt is teal with small white dots.", "other_garment_color"),
        wearing("She wears a teal top and a pink skirt with white dots.", who="she"),
        is_a("skirt", "no", "contradiction"),
        Q.pattern("printed"),
        title="Sangria Women Magenta Bandhani Print Flared Maxi Skirt",
        category="Skirts",
        color="Magenta",
        gender="Women",
    ),
    # photo: girl in a yellow three-tier ghagra skirt with pink gota lace on each tier, a plain pink short-sleeve top,
    # white backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X894-029",
        caption(
            "The girl wears a short-sleeve shirt with pure color patterns and a long skirt with pure color patterns. "
            "The girl wears a short-sleeve shirt with pure color patterns and a long skirt with pure color patterns. "
            "The girl wears a short",
            "loop",
            hit_limit=True,
        ),
        wearing("a pink top and a yellow long skirt", who="the girl"),
        color_of("skirt", "yellow"),
        details("skirt", "The skirt has three tiers and pink gota lace on each tier."),
        Q.garment_type("skirt"),
        Q.material("The skirt is made of velvet.", "unsupported"),
        title="Bownbee Girls Yellow Gota Patti Tiered Ethnic Skirt",
        category="Skirts",
        color="Yellow",
        gender="Girls",
    ),
    # photo: woman in a shiny gold tissue lehenga, a wine (burgundy) short-sleeve choli, a gold tissue dupatta, white
    # backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X894-030",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt with pure color "
            "patterns. The skirt is with other fabric."
        ),
        color_of("lehenga", "gold"),
        color_of("choli", "maroon"),
        Q.color("maroon", "other_garment_color"),
        describe("lehenga", "The lehenga is shiny gold and flared, paired with a wine blouse and a gold dupatta."),
        Q.material(
            "The garment is made of tissue fabric with a shiny gold finish, and the blouse is made of silk with a "
            "round neckline and short sleeves, and",
            "cut",
            hit_limit=True,
        ),
        wearing("The lady wears a short-sleeve shirt and long trousers with pure color patterns.", "contradiction"),
        title="Zeel Clothing Women Gold-Toned & Burgundy Tissue Lehenga Choli with Dupatta",
        category=LC,
        color="Gold",
        gender="Women",
    ),
    # photo: woman in an indigo blue dabu-print cotton maxi skirt with white floral motifs, a white long-sleeve kurti
    # top over it (waistband hidden), white backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X894-031",
        caption("The lady wears a long-sleeve shirt with pure color patterns and a long skirt with floral patterns."),
        color_of("skirt", "blue"),
        wearing("The lady wears a white shirt and a blue skirt."),
        details(
            "skirt", "The skirt has white floral motifs, an elasticated waist and two side pockets.", "unsupported"
        ),
        Q.material("cotton"),
        Q.pattern("floral"),
        Q.garment_type("kurta", "contradiction"),
        title="Okhai Women Indigo Blue Dabu Print Cotton Maxi Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: girl in an orange lehenga with a pink border, a pink sleeveless choli, an orange dupatta, white backdrop.
    # Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X894-032",
        caption(
            "The girl wears a sleeveless tank top with pure color patterns and a long skirt with color block patterns."
        ),
        color_of("lehenga", "orange"),
        wearing(
            "The girl is wearing an orange lehenga, a sleeveless pink blouse and an orange dupatta.", who="the girl"
        ),
        color_of("blouse", "orange", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        Q.material("yes", "non_answer"),
        title="Gini & Jony Girls Orange & Pink Lehenga Choli with Dupatta",
        category=LC,
        color="Orange",
        gender="Girls",
    ),
    # photo: woman in a burgundy velvet lehenga with gold zari embroidery, a matching long-sleeve choli, a gold net
    # dupatta, bridal jewelry and bangles, beige backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X894-033",
        caption(
            "The female wears a long-sleeve shirt with pure color patterns and a long skirt with complicated "
            "patterns. The shirt is with other fabric and its neckline is round. The skirt is with other fabric. "
            "There is an accessory on her wrist. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("lehenga", "maroon"),
        Q.material("cotton", "contradiction"),
        wearing("She is wearing a maroon velvet lehenga with gold embroidery and a gold dupatta.", who="she"),
        describe(
            "lehenga",
            "The lehenga is maroon, maroon, maroon, maroon, maroon, maroon, maroon, maroon, maroon, maroon, maroon",
            "loop",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        title="Pothys Women Burgundy Embroidered Velvet Lehenga Choli",
        category=LC,
        color="Burgundy",
        gender="Women",
    ),
    # photo: woman in a cream chanderi flared skirt with small gold printed dots and a gold border, a maroon
    # short-sleeve top, no belt, white backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X894-034",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt with graphic patterns. "
            "The skirt is with chiffon fabric and graphic patterns. This lady wears a belt.",
            "unsupported",
        ),
        color_of("skirt", "white"),
        describe("skirt", "The skirt is cream with small gold dots, flared with a gold border."),
        wearing("She wears a maroon top and a cream skirt.", who="she"),
        Q.color("maroon", "other_garment_color"),
        Q.pattern("printed"),
        title="Biba Women Cream-Coloured Printed Chanderi Flared Skirt",
        category="Skirts",
        color="Cream",
        gender="Women",
    ),
    # photo: girl in a royal blue lehenga with silver embroidery along the hem, a blue short-sleeve choli, a white net
    # dupatta, white backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X894-035",
        caption(
            "The girl wears a short-sleeve shirt with pure color patterns and a long skirt with pure color patterns. "
            "The shirt is with other fabric and its neckline is round."
        ),
        color_of("lehenga", "blue"),
        color_of("dupatta", "blue", "other_garment_color"),
        wearing("The girl is wearing what the girl is wearing.", "restated", who="the girl"),
        details("lehenga", "The lehenga has silver embroidery along the hem and a white net dupatta."),
        Q.garment_type("lehenga"),
        describe("lehenga", "blue", "non_answer"),
        title="Kids Ville Girls Blue Embroidered Lehenga Choli with Dupatta",
        category=LC,
        color="Blue",
        gender="Girls",
    ),
    # photo: woman in a pale pista green lehenga with pink floral thread work and a pink border, a pink
    # elbow-sleeve choli, a pink dupatta, in front of a pale pink wall with potted plants. Caption/open: caption
    # adapter ep3; closed: reference engine.
    case(
        "X894-036",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns and a long skirt with floral patterns. "
            "There is an accessory on her wrist."
        ),
        color_of("lehenga", "pink", "other_garment_color"),
        wearing(
            "The lady is wearing a pink blouse and a pale green lehenga with pink flowers, standing in front of "
            "a pink wall."
        ),
        details("lehenga", "The lehenga is of long length. The lehenga details are the lehenga.", "restated"),
        Q.sleeve_length("half sleeves"),
        describe(
            "lehenga",
            "The lehenga is pale green with pink floral thread work and a pink border, and it is paired with a pink "
            "blouse with elbow sleeves and a matching",
            "cut",
            hit_limit=True,
        ),
        title="Readiprint Fashions Women Green & Pink Embroidered Semi-Stitched Lehenga Choli",
        category=LC,
        color="Green",
        gender="Women",
    ),
    # photo: woman in a beige kalamkari-print flared skirt with brown and red motifs, a black short-sleeve top, white
    # backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X894-037",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt with graphic patterns. "
            "The shirt is with cotton fabric. The skirt is with cotton fabric."
        ),
        color_of("skirt", "black", "other_garment_color"),
        describe("skirt", "It is beige with brown and red kalamkari motifs and it has a wide flare."),
        Q.garment_type("skirt"),
        Q.material("The fabric is leather and it has graphic patterns.", "unsupported"),
        wearing("a brown top and a beige skirt", "contradiction"),
        title="Aurelia Women Beige Kalamkari Print Flared Skirt",
        category="Skirts",
        color="Beige",
        gender="Women",
    ),
    # photo: girl in a navy blue silk-look long skirt with a gold zari border, a plain pink short-sleeve top, white
    # backdrop; the feed row has no color. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X894-038",
        caption(
            "The girl wears a short-sleeve shirt with pure color patterns and a long skirt with pure color patterns. "
            "The shirt is with cotton fabric and its neckline is round. The skirt is with other fabric and pure color "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "navy blue"),
        wearing("The girl wears a pink top and a navy blue long skirt with a gold border.", who="the girl"),
        describe("skirt", "pink", "other_garment_color"),
        is_a("skirt", "yes"),
        details("skirt", "His skirt is of long length with a golden border.", "pronoun"),
        title="Bitiya Girls Navy Blue Solid Ethnic Skirt",
        category="Skirts",
        gender="Girls",
    ),
    # photo: woman in a multicolor (red, green, yellow) patola-print lehenga, a red short-sleeve choli, a green dupatta,
    # white backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X894-039",
        caption("The lady wears a short-sleeve shirt with pure color patterns and a long skirt with lattice patterns."),
        wearing(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt with lattice patterns. The "
            "shirt is with cotton fabric and its neckline is round. The",
            "cut",
            hit_limit=True,
        ),
        color_of("lehenga", "multi"),
        Q.pattern("geometric"),
        Q.material("The garment is made of the garment fabric.", "restated"),
        color_of("dupatta", "green"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Saree Mall Women Multicoloured Patola Print Lehenga Choli with Dupatta",
        category=LC,
        color="Multi",
        gender="Women",
    ),
    # photo: woman in an olive green flared ethnic skirt with floral embroidery at the hem, a plain cream short-sleeve
    # top, white backdrop; the feed row has no category. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X894-040",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt with floral patterns. "
            "The shirt is with cotton fabric and its neckline is round. The skirt is with cotton fabric."
        ),
        color_of("skirt", "green"),
        describe("skirt", "The skirt is olive green with floral embroidery at the hem."),
        wearing("His shirt has short sleeves and pure color patterns, and the skirt is long.", "pronoun", who="she"),
        Q.color("cream", "other_garment_color"),
        details(
            "skirt",
            "The skirt is of long length. The skirt is of long length. The skirt is of long length. The skirt is of",
            "loop",
            hit_limit=True,
        ),
        title="W Women Olive Green Embroidered Flared Ethnic Skirt",
        color="Olive",
        gender="Women",
    ),
    # photo: girl in a magenta lehenga with gold sequins on the hem, a magenta short-sleeve choli, a gold net dupatta,
    # white backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X894-041",
        caption(
            "The girl wears a short-sleeve shirt with pure color patterns and long trousers with pure color patterns.",
            "contradiction",
        ),
        color_of("lehenga", "pink"),
        wearing("a pink lehenga with a pink blouse and a gold dupatta", who="the girl"),
        is_a("lehenga", "yes"),
        details(
            "lehenga",
            "The lehenga has gold sequins on the hem. The lehenga has gold sequins on the hem. The "
            "lehenga has gold sequins",
            "loop",
            hit_limit=True,
        ),
        title="Aarika Girls Magenta Embellished Lehenga Choli with Dupatta",
        category=LC,
        color="Magenta",
        gender="Girls",
    ),
    # photo: woman in an ivory lehenga with a broad red border, a red short-sleeve choli, a red dupatta, white backdrop.
    # Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X894-042",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt with pure color "
            "patterns. The shirt is with other fabric."
        ),
        color_of("lehenga", "white"),
        color_of("choli", "white", "other_garment_color"),
        wearing("She wears a red blouse, a white lehenga with a red border and a red dupatta."),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.pattern("solid"),
        title="Kalini Women White & Red Lehenga Choli with Dupatta",
        category=LC,
        color="White",
        gender="Women",
    ),
    # photo: woman in a peach flared skirt with small round mirrors along the border, a plain black short-sleeve top,
    # white backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X894-043",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt with pure color patterns. "
            "Question: What is the color of the skirt? Answer: peach",
            "leak",
        ),
        color_of("skirt", "pink"),
        describe("skirt", "The skirt is peach with small round mirrors along the border and it is flared."),
        Q.color("black", "other_garment_color"),
        Q.garment_type("skirt"),
        title="Jaipur Kurti Women Peach-Coloured Mirror Work Flared Skirt",
        category="Skirts",
        color="Peach",
        gender="Women",
    ),
    # photo: girl in a multicolor patchwork long skirt with a pom-pom lace at the hem and a drawstring waist, a white
    # short-sleeve T-shirt, white backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X894-044",
        caption(
            "The girl wears a short-sleeve T-shirt with pure color patterns and a long skirt with color block patterns."
        ),
        color_of("skirt", "white", "other_garment_color"),
        wearing("a white t-shirt and a colorful patchwork skirt", who="the girl"),
        details(
            "skirt", "The skirt is made of colorful patches with a pom-pom lace at the hem and a drawstring waist."
        ),
        is_a("skirt", "yes"),
        Q.color("multi"),
        describe("skirt", "Answer: The skirt is colorful with patches and a pom-pom lace.", "leak"),
        title="Kid1 Girls Multicoloured Patchwork Ethnic Skirt",
        category="Skirts",
        color="Multi",
        gender="Girls",
    ),
    # photo: woman in a yellow haldi lehenga with rows of white gota patti lace and tasselled waist ties, a yellow
    # sleeveless V-neck choli with thin straps, a white dupatta, no hat, white backdrop. Caption/open: ep3; closed:
    # reference engine.
    case(
        "X894-045",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt with pure color patterns. "
            "The skirt is with cotton fabric. This lady wears a hat.",
            "unsupported",
        ),
        color_of("lehenga", "yellow"),
        wearing("a yellow lehenga choli with a white dupatta", who="she"),
        color_of("dupatta", "yellow", "other_garment_color"),
        details(
            "lehenga",
            "The lehenga has white gota patti lace in rows across the skirt, tassels on the waist tie, and the blouse "
            "has a V-neck and thin straps with",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        title="Studio Rasa Women Yellow Gota Patti Lehenga Choli with Dupatta",
        category=LC,
        color="Yellow",
        gender="Women",
    ),
    # photo: girl of about two in a red and gold brocade lehenga with a gold waistband, a red short-sleeve choli, no
    # dupatta, white backdrop; the feed row has no gender. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X894-046",
        caption(
            "The girl wears a short-sleeve shirt with pure color patterns and a long skirt with pure color patterns."
        ),
        color_of("lehenga", "red"),
        wearing("red", "non_answer", who="the girl"),
        describe(
            "lehenga",
            "The lehenga is red with gold brocade and a gold waistband, and she is wearing a scarf.",
            "unsupported",
        ),
        is_a("lehenga", "yes"),
        Q.garment_type("dress", "contradiction"),
        title="Little Bansi Girls Red & Gold-Toned Lehenga Choli",
        category=LC,
        color="Red",
    ),
]
