"""BLIND_475 (46 products; kids' and teens' ethnic wear: kurta pyjama sets, nehru jackets, lehenga cholis, dresses):
written blind in the forty-eighth session. Measured blind at 8ccc46a (the session's rules as they stood): 96/135
failures found (71.1%) and 7/173 correct texts flagged (4.0%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of kids' and teens' ethnic wear: boys' kurta pyjama sets (some with a
nehru jacket on top, a dhoti or a churidar below, a dupatta on the shoulder), nehru jackets and a bandhgala sold
alone, a sherwani set; girls' lehenga cholis (often a skirt, blouse and dupatta in two or three colors), ethnic and
anarkali dresses, kurta sets with palazzos, sharara or dhoti pants. Photos are studio shots, festive sets (marigold
garlands, diyas, swings, fairy lights, floral wallpaper, brick and colored walls), a flat lay, a ghost mannequin and
a child mannequin. Each row has the seller's title, category, color and gender (Boys, Girls); a few rows miss the
gender or the color, as real feeds do.

Who wrote what: the questionnaire is enrich's default one plus per-piece color questions (kurta, pyjama, dhoti,
jacket, lehenga, choli, dupatta, palazzos) and two open questions of the set's own (embroidery, buttons). Captions
and most open answers come from the untuned base `Salesforce/blip2-opt-2.7b`: short lowercase texts that stop on
their own (never hit_limit). The caption adapter is not used in this run. Some open answers (and two captions) come
from the VQA adapter `leoreigoto/Data3_V3_BLIP2_VQA`, trained with no end-of-answer token and with the loss on the
prompt: it knows only the In-shop garment words (shirt, pants, skirt, top, dress, jacket), runs to its 30-token
limit (50 for a caption), hit_limit=True, and loops, is cut, or, for a caption asked with no question, writes
"Question: ... Answer: ..." pairs. The comment above each case says which texts the VQA adapter wrote. The closed
questions (garment_type, color, pattern, sleeve_length, the per-piece colors and "Is this a ...?") are enrich's
`--engine reference` answers chosen from candidate sets; they never loop or hit a limit.

Labeling conventions and judgement calls:
- Shade words are correct: white for cream, off white or chikankari white; red for maroon; pink for peach or
  fuchsia; yellow for mustard or gold; purple for lavender or lilac; green for olive, teal or sea green; blue for
  navy, teal or sky blue; orange for rust. Navy as black, maroon as brown, lavender as pink, mustard as orange and
  orange as yellow are contradiction.
- A color another piece of the outfit has (the white kurta under a navy jacket, the green palazzos under a mustard
  kurta, the pink choli of a green lehenga, one color for kurta and pyjama) is other_garment_color. A color of the
  print, trim or border (blue flowers on a white kurta, gold print on black, gold gota on teal) or of the wall or a
  prop given as the garment's color is contradiction; so is a pattern taken from the wallpaper.
- For a multicoloured ("Multi") dress, its dominant color is correct.
- Garment synonyms are correct: shirt or top for a kurta, vest or jacket for a nehru jacket, pants or pajamas for
  a pyjama or churidar, skirt for a lehenga, top or blouse for a choli, scarf for a dupatta or stole, gown or dress
  for an anarkali, suit for a bandhgala, candles for diyas, outfit for a set. "Dress" or "indian dress" in an open
  text for a lehenga choli is tolerated (the base model's word for a long festive outfit), but the closed
  garment_type "dress" for a lehenga choli is contradiction, and so is "a blue and white dress" for a kurta worn with
  palazzos (it misses the pants). "Sherwani" is a candidate of the closed garment type and is correct for it.
- A kurta set answered with the kurta's long sleeves is correct; "long sleeves" for a sleeveless nehru jacket (the
  shirt's sleeves) and for puff sleeves is contradiction.
- Materials: one the title names (silk blend as silk, jacquard, velvet, sequins, pure cotton) is correct; cotton for
  a plain or printed cotton-look kids' kurta or dress is correct; silk for gold tissue is correct (tissue is a woven
  silk-look fabric); net for a lehenga whose net overlay is visible is correct. A material neither named nor visible
  (silk, wool, velvet, linen against pure cotton, net on a plain blue lehenga, mirrors or glass) is unsupported.
- Invented items not in the photo (a turban, a necklace, a purse, a belt, a hat, pockets, a bow on the back, a shirt
  under a closed bandhgala, gold buttons on a jacket with fabric buttons, a flower on a collar, flower motifs on plain
  tissue, a rangoli print taken from the floor, a garland worn that only hangs on the wall) are unsupported.
- The reference engine's wrong yes/no ("no" to "Is this a kurta?" for a kurta, "no" to "Is this a lehenga?" for a
  lehenga) is contradiction.
- "she" for a boy, "he" for a girl is pronoun; "he is wearing" for a boy and "she is wearing" for a girl are correct.
  "she" for a flat lay of a boys' set (no one in the photo) and a caption calling a girl "a boy" are pronoun too.
- VQA adapter texts: one that repeats a phrase is loop; one that stops mid-phrase without repeating is cut; a
  caption made of "Question: ... Answer: ..." pairs is leak. These keep hit_limit=True whatever their first words,
  and the loop is what the auditor sees first even where the looped phrase also misnames a piece (a dhoti as a
  skirt).
- A base answer stopped early ("it is made of", "a black kurta with a") is cut, without hit_limit. "the details of
  the garment", "the material of the garment", "the garment is made of material", "details", an empty answer and
  "it is made of fabric" are non_answer; the material question answered with the garment's colors or with the
  question's own words, and the details question answered with the color alone, are restated.
- A base answer that runs on into "Question: ... Answer: ..." is leak, even where its first words are right.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_kurta = question("color_kurta", "What is the color of the kurta?", "closed")
color_pyjama = question("color_pyjama", "What is the color of the pyjama?", "closed")
color_dhoti = question("color_dhoti", "What is the color of the dhoti?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
color_lehenga = question("color_lehenga", "What is the color of the lehenga?", "closed")
color_choli = question("color_choli", "What is the color of the choli?", "closed")
color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "closed")
color_palazzos = question("color_palazzos", "What is the color of the palazzos?", "closed")
embroidery = question("embroidery", "What embroidery is on the garment?", "open")
buttons = question("buttons", "What are the buttons like?", "open")

BLIND_475 = [
    # photo: boy in a plain cream straight kurta with mandarin collar and a white pyjama, front view, full length,
    # plain white studio backdrop.
    # VQA adapter: description
    case(
        "X475-001",
        caption("a young boy wearing a white kurta and white pants"),
        D.wearing("a white kurta and pajama"),
        D.garment_type("kurta"),
        D.color("white"),
        D.pattern("solid"),
        D.material("silk", "unsupported"),
        D.details("it has a mandarin collar and buttons"),
        D.description(
            "the shirt is white and has a collar and buttons on the front and the pants are white and loose and the "
            "shirt is long and has",
            "cut",
            hit_limit=True,
        ),
        title="Boys Cream-Coloured Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Cream",
        gender="Boys",
    ),
    # photo: boy in a navy blue sleeveless nehru jacket, buttoned with matching navy fabric buttons, over a white
    # long-sleeved kurta and white pyjama, grey wall, front view.
    # VQA adapter: none
    case(
        "X475-002",
        caption("a boy in a blue vest and white kurta"),
        D.wearing("a white kurta and a blue jacket"),
        color_jacket("black", "contradiction"),
        color_kurta("white"),
        D.color("white", "other_garment_color"),
        is_a("nehru jacket", "yes"),
        buttons("gold buttons", "unsupported"),
        title="Boys Navy Blue Nehru Jacket with White Kurta & Pyjama Set",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: boy with folded hands in a maroon kurta with gold thread embroidery at the neckline and placket, cream
    # churidar, beige curtain behind.
    # VQA adapter: details
    case(
        "X475-003",
        caption("a young boy in a red kurta with gold embroidery"),
        D.wearing("he is wearing a red kurta and red pants", "other_garment_color"),
        D.material("silk"),
        D.details(
            "the shirt is red with gold embroidery on the collar and the pants are white and the shirt is red with "
            "gold embroidery on the collar and the",
            "loop",
            hit_limit=True,
        ),
        color_kurta("red"),
        color_pyjama("white"),
        D.pattern("solid"),
        title="Boys Maroon Embroidered Silk Blend Kurta with Churidar",
        category="Kurta Sets",
        color="Maroon",
        gender="Boys",
    ),
    # photo: boy sitting on a wooden stool in a mustard yellow kurta with small white and maroon booti motifs and a
    # white pyjama, white backdrop.
    # VQA adapter: none
    case(
        "X475-004",
        caption("a little boy sitting on a stool in a yellow kurta"),
        D.wearing("a yellow shirt and white pants"),
        D.color("orange", "contradiction"),
        D.pattern("printed"),
        D.material("cotton"),
        D.details("the kurta is yellow", "restated"),
        D.description("a yellow kurta with a blue and white print", "contradiction"),
        title="Boys Mustard Yellow Ethnic Motifs Printed Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Mustard",
        gender="Boys",
    ),
    # photo: boy in a green kurta and white pyjama under an open cream nehru jacket with a small gold paisley print,
    # blurred garden behind.
    # VQA adapter: caption
    case(
        "X475-005",
        caption(
            "Question: What is the color of the shirt? Answer: green Question: What is the color of the pants? "
            "Answer: green Question: What is the",
            "leak",
            hit_limit=True,
        ),
        D.wearing("a green kurta and a beige vest"),
        color_jacket("green", "other_garment_color"),
        color_kurta("green"),
        color_pyjama("green", "other_garment_color"),
        D.details("the jacket has a paisley print"),
        D.material("the jacket is beige and the kurta is green", "restated"),
        title="Boys Green Kurta with Pyjamas & Printed Nehru Jacket",
        category="Kurta Sets",
        color="Green",
        gender="Boys",
    ),
    # photo: boy in a white kurta with a small blue floral print and a beige pyjama, in front of a bright blue wall.
    # VQA adapter: none
    case(
        "X475-006",
        caption("a boy in a white shirt standing against a blue wall"),
        D.wearing("a white kurta with blue flowers"),
        D.color("blue", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("long sleeves"),
        D.material("it is made of", "cut"),
        D.description(
            "a white kurta with blue flowers Question: What is the color of the pyjama? Answer: white",
            "leak",
        ),
        title="Boys White & Blue Floral Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender="Boys",
    ),
    # photo: boy in a black sleeveless nehru jacket with five black fabric buttons, over a white long-sleeved shirt
    # and beige trousers, grey studio backdrop.
    # VQA adapter: none
    case(
        "X475-007",
        caption("a young boy in a black vest and white shirt"),
        D.garment_type("jacket"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.description("a black vest with gold buttons", "unsupported"),
        is_a("nehru jacket", "yes"),
        D.wearing(
            "a black jacket and white shirt Question: What is the color of the pants? Answer: beige",
            "leak",
        ),
        title="Boys Black Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
        gender="Boys",
    ),
    # photo: boy in a peach kurta with mandarin collar and three buttons, white pyjama, pink wall hung with paper
    # lanterns.
    # VQA adapter: none
    case(
        "X475-008",
        caption("a little boy in a pink kurta standing in front of a pink wall with lanterns"),
        D.wearing("she is wearing a pink kurta and white pants", "pronoun"),
        D.color("pink"),
        color_pyjama("white"),
        D.details("the kurta has a mandarin collar and three buttons"),
        D.material("the garment is made of material", "non_answer"),
        title="Boys Peach-Coloured Kurta with Pyjamas",
        category="Kurta Sets",
        color="Peach",
        gender="Boys",
    ),
    # photo: boy in a cream sherwani with gold embroidery down the front, cream churidar, a maroon dupatta draped on
    # one shoulder; room decorated with marigold garlands.
    # VQA adapter: wearing
    case(
        "X475-009",
        caption("a young boy in a white and gold sherwani"),
        D.wearing(
            "a jacket and pants and a scarf and a jacket and pants and a scarf and a jacket and pants and a scarf and "
            "a jacket",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("sherwani"),
        color_dupatta("red"),
        D.color("maroon", "other_garment_color"),
        D.material("velvet", "unsupported"),
        embroidery("gold embroidery on the front and a red flower on the collar", "unsupported"),
        title="Boys Cream-Coloured & Gold-Toned Embroidered Sherwani Set",
        category="Sherwanis",
        color="Cream",
        gender="Boys",
    ),
    # photo: boy in a sky blue short kurta and white dhoti pants, white background, front view.
    # VQA adapter: wearing
    case(
        "X475-010",
        caption("a boy in a blue shirt and white dhoti"),
        D.wearing(
            "a shirt and a skirt and a shirt and a skirt and a shirt and a skirt and a shirt and a skirt and a "
            "shirt and a skirt and a",
            "loop",
            hit_limit=True,
        ),
        color_kurta("blue"),
        color_dhoti("blue", "other_garment_color"),
        D.description(
            "a blue kurta with white dhoti Question: What is the color of the kurta? Answer: blue",
            "leak",
        ),
        D.pattern("solid"),
        D.details("", "non_answer"),
        title="Boys Blue Solid Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Blue",
        gender="Boys",
    ),
    # photo: boy sitting cross-legged in an orange kurta and white pyjama, lit diyas and a rangoli on the floor in
    # front of him.
    # VQA adapter: none
    case(
        "X475-011",
        caption("a boy in an orange kurta sitting next to candles"),
        D.wearing("an orange kurta and white pajamas"),
        D.color("yellow", "contradiction"),
        D.details("it has a rangoli design on the front", "unsupported"),
        D.material("cotton"),
        is_a("kurta", "yes"),
        color_pyjama("orange", "other_garment_color"),
        title="Boys Orange Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Orange",
        gender="Boys",
    ),
    # photo: teen boy, hands in pockets, in an olive green kurta and pyjama under a beige jacquard nehru jacket,
    # white studio.
    # VQA adapter: details
    case(
        "X475-012",
        caption("a young man in a green kurta and a green vest", "other_garment_color"),
        D.wearing("a green kurta and beige jacket"),
        color_jacket("beige"),
        D.material("jacquard"),
        D.details(
            "the jacket has a pattern on it and the shirt has a collar and the pants are long and the jacket has "
            "buttons on the front and the shirt is",
            "cut",
            hit_limit=True,
        ),
        D.sleeve_length("long sleeves"),
        title="Boys Olive Green Kurta Pyjama with Beige Jacquard Nehru Jacket",
        category="Kurta Sets",
        color="Olive",
    ),
    # photo: smiling boy in a red kurta with a gold mandarin collar and a gold-toned churidar, in front of a wall
    # hung with a marigold garland.
    # VQA adapter: none
    case(
        "X475-013",
        caption("a young boy in a red kurta wearing a flower garland", "unsupported"),
        D.wearing("a red kurta and gold pants"),
        color_pyjama("yellow"),
        D.description("a red kurta with a gold collar and a turban", "unsupported"),
        D.material("it is made of fabric", "non_answer"),
        D.color("red"),
        title="Boys Red & Gold-Toned Kurta with Churidar",
        category="Kurta Sets",
        color="Red",
        gender="Boys",
    ),
    # photo: boy in a white kurta with vertical blue pinstripes and mandarin collar, long sleeves, white pyjama,
    # studio.
    # VQA adapter: description
    case(
        "X475-014",
        caption("a boy in a blue and white striped shirt"),
        D.pattern("striped"),
        D.color("white"),
        D.wearing("a striped kurta and white pajamas"),
        D.details("vertical stripes and a mandarin collar"),
        D.material("cotton"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description(
            "a shirt with stripes and pants and a shirt with stripes and pants and a shirt with stripes and pants "
            "and a shirt with stripes",
            "loop",
            hit_limit=True,
        ),
        title="Boys White & Blue Striped Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender="Boys",
    ),
    # photo: boy in an open grey nehru jacket with grey fabric buttons over a black t-shirt and blue jeans, red
    # brick wall behind.
    # VQA adapter: details
    case(
        "X475-015",
        caption("a boy in a grey vest standing in front of a brick wall"),
        D.wearing("a grey vest over a black t-shirt and jeans"),
        D.color("black", "other_garment_color"),
        D.garment_type("jacket"),
        buttons("gold buttons", "unsupported"),
        D.material("wool", "unsupported"),
        D.details(
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey "
            "grey grey grey grey grey grey grey grey grey",
            "loop",
            hit_limit=True,
        ),
        title="Boys Grey Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Grey",
        gender="Boys",
    ),
    # photo: boy in a teal blue kurta with mandarin collar, white pyjama, a pink dupatta with a white print draped on
    # one shoulder, studio.
    # VQA adapter: none
    case(
        "X475-016",
        caption("a young boy in a blue kurta with a scarf"),
        color_kurta("green"),
        color_dupatta("blue", "other_garment_color"),
        D.wearing("a blue kurta, white pants and a pink scarf"),
        D.description("he is wearing a blue kurta with a mandarin collar"),
        D.material("what material is the garment made of", "restated"),
        title="Boys Teal Blue Kurta with Pyjamas & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Boys",
    ),
    # photo: boy on a lawn in a pink kurta with a small white and green floral print, pink pyjama.
    # VQA adapter: wearing
    case(
        "X475-017",
        caption("a boy in a pink floral shirt standing on the grass"),
        D.pattern("floral"),
        D.color("green", "contradiction"),
        D.wearing(
            "a pink shirt and pink pants and a pink shirt and pink pants and a pink shirt and pink pants and a pink "
            "shirt and pink",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        color_pyjama("white", "contradiction"),
        title="Boys Pink Floral Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Pink",
        gender="Boys",
    ),
    # photo: flat lay on white: a lavender long-sleeved kurta and a white pyjama, no model.
    # VQA adapter: none
    case(
        "X475-018",
        caption("a purple shirt and white pants laid out on a white background"),
        D.wearing("she is wearing a purple shirt and white pants", "pronoun"),
        D.color("purple"),
        D.garment_type("kurta"),
        D.details("the details of the garment", "non_answer"),
        D.sleeve_length("long sleeves"),
        title="Boys Lavender Kurta with Pyjamas",
        category="Kurta Sets",
        color="Lavender",
        gender="Boys",
    ),
    # photo: boy sitting on a beige sofa in a black kurta with a gold foil print and a white pyjama.
    # VQA adapter: none
    case(
        "X475-019",
        caption("a little boy sitting on a couch in a black kurta"),
        D.color("gold", "contradiction"),
        D.pattern("printed"),
        D.wearing("he is wearing a black kurta with gold print and white pants"),
        D.material("silk", "unsupported"),
        D.description("a black kurta with a gold", "cut"),
        is_a("kurta", "no", "contradiction"),
        title="Boys Black & Gold-Toned Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Black",
        gender="Boys",
    ),
    # photo: boy in a closed-neck navy blue bandhgala jacket with gold buttons and matching trousers, white pocket
    # square, studio; no shirt visible.
    # VQA adapter: none
    case(
        "X475-020",
        caption("a young boy in a blue suit"),
        D.garment_type("suit"),
        D.color("black", "contradiction"),
        D.details("it has a mandarin collar and gold buttons"),
        D.wearing("a blue suit with a white shirt", "unsupported"),
        D.material("wool Question: What is the color of the suit? Answer: blue", "leak"),
        title="Boys Navy Blue Bandhgala Suit",
        category="Ethnic Suits",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: teen boy on the steps of a stone building in a white chikankari kurta (white thread embroidery) and
    # white pyjama.
    # VQA adapter: description
    case(
        "X475-021",
        caption("a young man in white kurta standing on the steps"),
        D.wearing("a white kurta and pajamas"),
        embroidery("white thread embroidery on the front"),
        D.color("white"),
        D.material("linen", "unsupported"),
        D.description(
            "the shirt is white and the pants are white and the shirt is white and the pants are white and the shirt "
            "is white and the",
            "loop",
            hit_limit=True,
        ),
        title="Boys White Chikankari Embroidered Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender="Boys",
    ),
    # photo: girl twirling in a pink lehenga with a gold zari border, pink blouse, pink net dupatta with a gold
    # border, light grey studio.
    # VQA adapter: none
    case(
        "X475-022",
        caption("a little girl in a pink lehenga twirling"),
        D.wearing("a pink and gold lehenga"),
        color_lehenga("pink"),
        color_choli("pink"),
        color_dupatta("gold", "contradiction"),
        D.details("gold embroidery on the border of the skirt"),
        is_a("dress", "no"),
        D.material("silk", "unsupported"),
        title="Girls Pink & Gold-Toned Embroidered Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Girls",
    ),
    # photo: girl beside a potted plant, cream wall, in a red lehenga with a visible net overlay, gold cap-sleeved
    # blouse, red net dupatta.
    # VQA adapter: details
    case(
        "X475-023",
        caption("a girl in a red and gold lehenga standing next to a plant"),
        color_choli("red", "other_garment_color"),
        color_lehenga("red"),
        D.wearing("he is wearing a red lehenga", "pronoun"),
        D.material("net"),
        D.sleeve_length("short sleeves"),
        D.details(
            "the skirt is red and the top is gold and the scarf is red and the skirt has a border at the bottom and "
            "the top has short",
            "cut",
            hit_limit=True,
        ),
        title="Girls Red & Gold-Toned Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender="Girls",
    ),
    # photo: girl in a yellow anarkali dress with an orange and green floral print, three-quarter sleeves, in front of
    # a white wall covered with pink bougainvillea.
    # VQA adapter: wearing
    case(
        "X475-024",
        caption("a little girl in a yellow dress in front of pink flowers"),
        D.description("it is a traditional indian dress"),
        D.color("pink", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("three-quarter sleeves"),
        D.material("cotton"),
        D.wearing(
            "a dress with a floral pattern and a dress with a floral pattern and a dress with a floral pattern and a "
            "dress with a floral",
            "loop",
            hit_limit=True,
        ),
        title="Girls Yellow Floral Printed Anarkali Ethnic Dress",
        category="Ethnic Dresses",
        color="Yellow",
        gender="Girls",
    ),
    # photo: girl sitting on a wooden swing hung with marigolds, in a green lehenga with a gold gota border,
    # a short-sleeved pink blouse and a pink dupatta; no belt.
    # VQA adapter: none
    case(
        "X475-025",
        caption("a girl in a green lehenga sitting on a swing"),
        D.wearing("a green skirt and pink top"),
        color_choli("green", "other_garment_color"),
        color_lehenga("green"),
        color_dupatta("pink"),
        D.details("gold border on the skirt and a silver belt", "unsupported"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Girls Green & Pink Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Green",
        gender="Girls",
    ),
    # photo: girl in a royal blue straight kurta with a white block print and white palazzos, studio.
    # VQA adapter: none
    case(
        "X475-026",
        caption("a girl in a blue kurta and white pants"),
        color_kurta("blue"),
        color_palazzos("blue", "other_garment_color"),
        D.pattern("printed"),
        D.wearing("a blue and white dress", "contradiction"),
        D.material("cotton"),
        D.description("he is wearing a blue kurta with white print", "pronoun"),
        title="Girls Blue Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Blue",
        gender="Girls",
    ),
    # photo: girl in a peach kurta with a floral embroidered yoke, peach palazzos and an off-white dupatta; the kurta
    # has no pockets; studio.
    # VQA adapter: caption
    case(
        "X475-027",
        caption(
            "Question: What is the color of the dress? Answer: pink Question: What is the color of the pants? Answer: "
            "pink Question: What",
            "leak",
            hit_limit=True,
        ),
        D.wearing("a pink kurta and pants with a white scarf"),
        D.color("pink"),
        embroidery("flowers on the neck"),
        D.details("it has two pockets", "unsupported"),
        color_dupatta("pink", "other_garment_color"),
        title="Girls Peach-Coloured Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Girls",
    ),
    # photo: girl in front of a dark wooden door in a maroon velvet lehenga, cream embroidered elbow-sleeved
    # blouse and maroon dupatta.
    # VQA adapter: none
    case(
        "X475-028",
        caption("a girl in a red lehenga standing in front of a door"),
        D.material("velvet"),
        color_choli("white"),
        color_lehenga("brown", "contradiction"),
        D.wearing("a red skirt and white blouse with a red scarf"),
        D.details("the blouse has", "cut"),
        is_a("lehenga", "yes"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Girls Maroon Velvet Lehenga with Cream Embroidered Blouse & Dupatta",
        category="Lehenga Choli",
        color="Maroon",
        gender="Girls",
    ),
    # photo: girl in a white chikankari kurta and white sharara against a mint green wall.
    # VQA adapter: description
    case(
        "X475-029",
        caption("a little girl in a white outfit in front of a green wall"),
        D.color("green", "contradiction"),
        D.wearing("a white kurta and white sharara"),
        D.description(
            "the top is white with white embroidery and the pants are white with white embroidery and the top is "
            "white with",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        D.details("white embroidery and a gold belt", "unsupported"),
        title="Girls White Chikankari Embroidered Kurta with Sharara",
        category="Kurta Sets",
        color="White",
    ),
    # photo: girl standing in a field in a sleeveless maxi dress with a blue, orange and green ikat print, mostly blue.
    # VQA adapter: none
    case(
        "X475-030",
        caption("a little girl in a colorful dress standing in a field"),
        D.color("blue"),
        D.pattern("striped", "contradiction"),
        D.wearing("a long dress with a colorful print and a hat", "unsupported"),
        D.sleeve_length("sleeveless"),
        D.details("a bow on the back", "unsupported"),
        title="Girls Multicoloured Printed Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Multi",
        gender="Girls",
    ),
    # photo: girl in a mustard yellow kurta and green palazzos holding a small potli bag (a prop), studio.
    # VQA adapter: details
    case(
        "X475-031",
        caption("a girl in a yellow kurta and green pants holding a bag"),
        color_kurta("yellow"),
        color_palazzos("yellow", "other_garment_color"),
        D.wearing("she is wearing a yellow top and green pants"),
        D.material("it is made of silk and has a bag", "unsupported"),
        D.garment_type("kurta"),
        D.details(
            "the top is yellow and the pants are green and the top is yellow and the pants are green and the top is "
            "yellow and the pants",
            "loop",
            hit_limit=True,
        ),
        title="Girls Mustard Yellow & Green Kurta with Palazzos",
        category="Kurta Sets",
        color="Mustard",
        gender="Girls",
    ),
    # photo: girl in a lavender sequinned lehenga, lavender blouse and lavender dupatta,
    # fairy lights behind.
    # VQA adapter: details
    case(
        "X475-032",
        caption("a little girl in a purple lehenga with lights in the background"),
        D.material("sequins"),
        D.color("pink", "contradiction"),
        D.wearing("a purple lehenga with a purple blouse"),
        D.details(
            "the skirt has sequins on it and the top has sequins on it and the skirt has sequins on it and the top "
            "has sequins on it and",
            "loop",
            hit_limit=True,
        ),
        color_dupatta("white", "contradiction"),
        title="Girls Lavender Sequinned Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Lavender",
        gender="Girls",
    ),
    # photo: teen girl on a staircase in a floor-length navy blue anarkali gown with a silver embellished yoke, long
    # sleeves; no jewellery.
    # VQA adapter: none
    case(
        "X475-033",
        caption("a young girl in a blue gown standing on the stairs"),
        D.garment_type("dress"),
        D.color("black", "contradiction"),
        D.wearing("a blue dress with silver embellishment"),
        D.sleeve_length("long sleeves"),
        D.description("she is wearing a blue dress with a silver necklace", "unsupported"),
        D.material("silk", "unsupported"),
        title="Girls Navy Blue Embellished Anarkali Gown",
        category="Ethnic Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: girl in an orange lehenga with a gold gota border, a pink blouse and an orange dupatta, studio.
    # VQA adapter: none
    case(
        "X475-034",
        caption("a girl in an orange and pink lehenga"),
        color_lehenga("orange"),
        color_choli("orange", "other_garment_color"),
        D.wearing("she is wearing an orange skirt and a pink top"),
        D.details("it has a gold border"),
        D.material("the material of the garment", "non_answer"),
        D.description(
            "an orange skirt Question: What is the color of the top? Answer: pink",
            "leak",
        ),
        title="Girls Orange & Pink Lehenga Choli",
        category="Lehenga Choli",
        color="Orange",
        gender="Girls",
    ),
    # photo: girl sitting on an ottoman in a long-sleeved fuchsia kurta with mirror work at the neck and sleeves,
    # fuchsia sharara, green dupatta.
    # VQA adapter: none
    case(
        "X475-035",
        caption("a little girl in a pink outfit sitting on a stool"),
        D.color("pink"),
        color_dupatta("green"),
        embroidery("mirror work on the neck and sleeves"),
        D.material("it is made of mirrors", "unsupported"),
        D.wearing("he is wearing a pink kurta and a green scarf", "pronoun"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Girls Fuchsia Mirror Work Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Fuchsia",
        gender="Girls",
    ),
    # photo: girl in a garden in an off-white lehenga printed with pink roses and a mint green blouse.
    # VQA adapter: wearing
    case(
        "X475-036",
        caption(
            "a little girl in a green skirt and white top in a garden",
            "other_garment_color",
        ),
        color_lehenga("pink", "contradiction"),
        color_choli("green"),
        D.pattern("floral"),
        D.wearing(
            "a skirt and a top and a skirt and a top and a skirt and a top and a skirt and a top and a skirt and a "
            "top and a",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Girls Off White & Mint Green Floral Printed Lehenga Choli",
        category="Lehenga Choli",
        color="Off White",
        gender="Girls",
    ),
    # photo: ghost mannequin, white background: a teal short-sleeved flared dress with gold gota patti trim at the
    # yoke and hem.
    # VQA adapter: none
    case(
        "X475-037",
        caption("a blue dress with gold trim on a white background"),
        D.wearing("a blue dress with gold trim"),
        D.color("gold", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.details("the dress has a gold trim and a gold", "cut"),
        is_a("dress", "yes"),
        D.material("silk", "unsupported"),
        title="Girls Teal Gotta Patti Ethnic Dress",
        category="Ethnic Dresses",
        color="Teal",
        gender="Girls",
    ),
    # photo: girl in a black kurta with a gold foil print and black palazzos, white studio, hands empty.
    # VQA adapter: none
    case(
        "X475-038",
        caption("a girl in a black and gold kurta holding a purse", "unsupported"),
        D.wearing("a black kurta with gold print and black pants"),
        color_palazzos("black"),
        D.pattern("printed"),
        D.description("a black kurta with gold print and a red", "cut"),
        D.material("the kurta is black and gold", "restated"),
        title="Girls Black & Gold-Toned Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Black",
        gender="Girls",
    ),
    # photo: girl on a flower-decked wedding stage in a plain gold tissue lehenga with a sleeveless gold blouse and
    # dupatta; no motifs on the fabric.
    # VQA adapter: description
    case(
        "X475-039",
        caption("a little girl in a gold lehenga at a wedding"),
        D.color("yellow"),
        D.material("silk"),
        D.wearing("a gold dress"),
        D.details("it has gold flowers on the skirt", "unsupported"),
        D.sleeve_length("sleeveless"),
        D.description(
            "a skirt and a top and a scarf, the skirt is gold and the top is gold and the scarf is gold and the "
            "skirt is gold and",
            "loop",
            hit_limit=True,
        ),
        title="Girls Gold-Toned Tissue Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Gold",
        gender="Girls",
    ),
    # photo: girl in a sleeveless sea green flared dress under a short cream embroidered jacket with elbow sleeves,
    # studio.
    # VQA adapter: wearing
    case(
        "X475-040",
        caption("a little girl in a green dress and a white jacket"),
        D.wearing(
            "a dress and a jacket and a dress and a jacket and a dress and a jacket and a dress and a jacket and a "
            "dress and a jacket",
            "loop",
            hit_limit=True,
        ),
        color_jacket("green", "other_garment_color"),
        D.color("green"),
        D.garment_type("dress"),
        D.material(
            "cotton Question: What is the pattern of the garment? Answer: embroidered",
            "leak",
        ),
        title="Girls Sea Green Ethnic Dress with Embroidered Jacket",
        category="Ethnic Dresses",
        color="Sea Green",
        gender="Girls",
    ),
    # photo: girl holding a balloon in a plain pink straight kurta and white palazzos with a pink floral print, white
    # wall.
    # VQA adapter: none
    case(
        "X475-041",
        caption("a little girl holding a balloon in a pink kurta"),
        color_palazzos("white"),
        color_kurta("white", "other_garment_color"),
        D.wearing("a pink kurta and white pants with pink flowers"),
        D.details("the kurta is pink", "restated"),
        D.description("a pink kurta and white pants with pink flowers and a pink", "cut"),
        title="Girls Pink Kurta with Printed Palazzos",
        category="Kurta Sets",
        color="Pink",
        gender="Girls",
    ),
    # photo: girl in a rust orange kurta with a white motif print and cream dhoti pants, studio.
    # VQA adapter: none
    case(
        "X475-042",
        caption("a boy in an orange kurta and white dhoti pants", "pronoun"),
        D.color("orange"),
        color_dhoti("orange", "other_garment_color"),
        D.wearing("she is wearing an orange top and white pants"),
        D.material("it is made of", "cut"),
        D.pattern("printed"),
        D.details("details", "non_answer"),
        title="Girls Rust Orange Printed Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Rust",
        gender="Girls",
    ),
    # photo: girl in a plain lilac ghagra and blouse with mirror work, in front of red floral wallpaper.
    # VQA adapter: description
    case(
        "X475-043",
        caption("a little girl in a purple skirt standing in front of a red floral wall"),
        D.color("red", "contradiction"),
        D.pattern("floral", "contradiction"),
        D.wearing("a purple skirt and top with mirrors"),
        embroidery("mirror work"),
        D.description(
            "the skirt is purple and the top is purple and the skirt is purple and the top is purple and the skirt "
            "is purple and the",
            "loop",
            hit_limit=True,
        ),
        title="Girls Lilac Mirror Work Ghagra Choli",
        category="Lehenga Choli",
        color="Lilac",
        gender="Girls",
    ),
    # photo: child mannequin, grey background: a royal blue lehenga, blouse and dupatta with silver embroidery; plain
    # (not net) fabric.
    # VQA adapter: none
    case(
        "X475-044",
        caption("a blue and silver lehenga on a mannequin"),
        D.wearing("a blue lehenga"),
        color_dupatta("blue"),
        D.details("silver embroidery on the skirt and the blouse"),
        D.material("net", "unsupported"),
        D.garment_type("dress", "contradiction"),
        is_a("lehenga", "no", "contradiction"),
        title="Girls Blue Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Blue",
    ),
    # photo: girl twirling outdoors in a red dress with a gold embroidered yoke and short puff sleeves, a flower in
    # her hair.
    # VQA adapter: details, material
    case(
        "X475-045",
        caption("a little girl in a red dress twirling"),
        D.wearing("he is wearing a red dress", "pronoun"),
        D.color("red"),
        D.details(
            "the dress is red and has a gold collar and the sleeves are short and puffy and the skirt is long and "
            "flowy and the dress has a",
            "cut",
            hit_limit=True,
        ),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        title="Girls Red Embroidered Yoke Ethnic Dress",
        category="Ethnic Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: girl next to a wooden swing with marigolds, in a yellow kurta with gold lace at the round neck, white
    # sharara with a yellow and green floral print, yellow dupatta.
    # VQA adapter: none
    case(
        "X475-046",
        caption("a little girl in a yellow outfit standing next to a swing"),
        color_kurta("yellow"),
        color_dupatta("white", "other_garment_color"),
        D.wearing("a yellow kurta and white pants with flowers"),
        D.details("gold lace on the neck"),
        D.description("a yellow kurta Question: Describe the dupatta. Answer: yellow", "leak"),
        D.material("silk", "unsupported"),
        title="Girls Yellow Kurta with Floral Printed Sharara & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Girls",
    ),
]
