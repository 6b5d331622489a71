"""BLIND_486 (46 products; Myntra women's kurta sets, anarkalis and co-ords, models in full outfits): written blind in
the forty-ninth session. Measured blind at 302447f (the session's rules as they stood): 87/118 failures found (73.7%)
and 4/147 correct texts flagged (2.7%). The writer's notes, verbatim:

Scenario: a Myntra English catalog feed for one night of women's ethnic sets: straight and A-line kurtas with
palazzos, trousers, churidars or shararas, most with a dupatta; floor-length anarkalis; printed co-ord sets (a
shirt-style or kaftan top with trousers). Models wear the full outfit, often with jhumkas and bangles; backdrops are
studio white or grey, painted walls, a wooden door, a terrace, a garden, a marigold garland. Each row has the
seller's title, category (Kurta Sets, Co-Ords), color and gender; a few rows miss one of them. Seller colors are
Myntra's (Mustard, Teal Green, Sea Green, Rust, Mauve, Off White, Cream, Burgundy, Silver, Coral...).

Who wrote what: base captions and base open answers come from the untuned `Salesforce/blip2-opt-2.7b` (short,
lowercase, stop on their own, never hit_limit). The caption adapter (`leoreigoto/Data2_V2_Blip2_Finetune_Caption`,
epoch 3) writes the DeepFashion template ("The lady wears a long-sleeve shirt with floral patterns and a long
pants ...") with no end token: every text of it runs to its limit (50 tokens for captions, 30 for answers) and has
hit_limit=True, whatever the question. The VQA adapter (`leoreigoto/Data3_V3_BLIP2_VQA`) answered a few open
questions: it knows only In-shop garment names (blouse, dress, pants, leggings), also never stops, and either
repeats its word or writes the next "Question: ... Answer: ..." of its training format (hit_limit=True). Closed
questions (garment_type, color, pattern, sleeve_length, the per-piece colors of the kurta, dupatta, pants and
palazzos, and "Is this a ...?") are enrich's `--engine reference` answers from candidate sets: never loops or cuts.
The comment above each case names the texts the adapters wrote; all other open texts are the base model's.

Labeling conventions and judgement calls:
- Shade words are correct: red for maroon, burgundy or wine; pink for magenta, peach or coral; orange also for
  coral; yellow for mustard only if the word is yellow (orange for mustard is a contradiction); green for sea green,
  mint, olive, lime or bottle green; green or blue for teal; blue for navy and turquoise; purple for lavender or
  mauve; white or cream for off white, ivory and cream; grey for silver; brown or orange for rust. Purple for a
  burgundy kurta is a contradiction.
- Garment synonyms are correct: top, shirt or tunic for a kurta (the caption adapter's "shirt"), pants for
  palazzos, trousers, churidar or sharara, leggings for a churidar, scarf for a dupatta, dress for a floor-length
  anarkali. "Dress" for a straight or short kurta worn over pants or a sharara is a contradiction (the auditor sees
  a one-piece garment where the seller sells a set), and so is "skirt" for a sharara; "yes" to "Is this a dress?"
  for a kurta set is a contradiction.
- Colors: the color of another piece of the outfit (the dupatta's color as the kurta's, the kurta's as the
  palazzos') is other_garment_color, also where that color appears in the print too. A print, border or trim color
  no piece wears as its own (gold border, gold foil print, a green leaf print on white palazzos) given as a piece's
  color is contradiction, and so is the backdrop wall's color given as the garment's.
- Materials: one the title names is correct (cotton, rayon, silk blend, velvet, sequins); chiffon for georgette is
  correct; "cotton" for a plain printed cotton-look kurta with no fabric in the title is correct; silk, linen or
  polyester not named and not visible are unsupported. "it is made of fabric" is non_answer; "a pink kurta" to the
  material question is restated; a base answer stopped early ("it is a", "it is made of") is cut without hit_limit.
- Non-answers: an empty answer, "the details of the garment", "the kurta is a kurta", "made of a material" are
  non_answer; the details question answered with only the garment's name and color ("a red kurta") is restated.
- Invented items are unsupported: a necklace on a model wearing only jhumkas and bangles, a belt, buttons, pockets
  on a kurta with none, shoes on a photo cropped at the knees. Jhumkas and bangles shown in the photo make the
  adapter's "accessory on her wrist / in her ear" correct content (such texts are still cut or loop).
- Adapter texts: a text that repeats a template sentence (or a word, for the VQA adapter) is loop; one that stops
  mid-sentence without repeating is cut; a template returned to the material question is restated; VQA adapter text
  carrying "Question: ... Answer:" is leak, also where it loops on that pattern. The template answering "What is the
  person wearing?" or "Describe the kurta." does answer it: cut or loop, not restated.
- Base answers that run on into "question: ... answer: ..." are leak, even where the first words are right.
- "he" or "a man" for the woman model is pronoun, in a caption too.
- The VQA adapter asked for a caption (no question in the prompt) writes its own "Question: ... Answer: ..." pairs:
  leak. Its answers to "What is the person wearing?" that list "blouse, pants" or "dress, leggings" over and over are
  loop (the looping, not the In-shop garment names, is what the auditor sees first).
- The reference engine's "printed" or "floral" is correct where the kurta carries the print; garment_type "kurta"
  for kurta sets and anarkalis is correct, and "dress" for a floor-length anarkali is accepted as a synonym.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_kurta = question("color_kurta", "What is the color of the kurta?", "closed")
color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_palazzos = question("color_palazzos", "What is the color of the palazzos?", "closed")
describe_kurta = question("describe_kurta", "Describe the kurta.", "open")

BLIND_486 = [
    # photo: model in a pink straight cotton kurta with a white floral print and three-quarter sleeves, white
    # palazzos, pink-and-white dupatta over one shoulder; white studio backdrop, full front view.
    # no adapter texts
    case(
        "X486-001",
        caption("a woman in a pink kurta and white palazzo pants"),
        D.wearing("a pink kurta with white pants"),
        color_kurta("pink"),
        color_palazzos("pink", "other_garment_color"),
        D.pattern("floral"),
        D.material("cotton"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Libas Women Pink Floral Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: mustard straight kurta with small maroon block prints, long sleeves, mustard trousers, maroon dupatta;
    # beige wall with a potted plant at the side.
    # caption: caption adapter
    case(
        "X486-002",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow kurta and a red scarf"),
        D.color("orange", "contradiction"),
        color_dupatta("yellow", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        title="Anouk Women Mustard Yellow Ethnic Motifs Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: navy floor-length anarkali with gold zari embroidery on the yoke, navy churidar barely visible, navy net
    # dupatta with a gold border; grey studio backdrop.
    # no adapter texts
    case(
        "X486-003",
        caption("a woman in a blue anarkali dress with gold embroidery"),
        D.garment_type("dress"),
        D.color("gold", "contradiction"),
        describe_kurta("it is a long blue dress with gold embroidery on the neck"),
        D.material("silk", "unsupported"),
        is_a("kurta", "yes"),
        D.wearing("a blue dress question: is this a kurta? answer: yes", "leak"),
        title="Sangria Women Navy Blue Embroidered Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: teal solid straight kurta with a mandarin collar and three-quarter sleeves, off-white palazzos, no
    # dupatta; white-painted brick wall.
    # wearing: VQA adapter
    case(
        "X486-004",
        caption("a woman in a green top and white pants standing against a brick wall"),
        D.wearing(
            "blouse, pants, blouse, pants, blouse, pants, blouse, pants, blouse, pants, blouse, pants, blouse, "
            "pants, blouse",
            "loop",
            hit_limit=True,
        ),
        color_kurta("green"),
        color_palazzos("white"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.pattern("solid"),
        title="W Women Teal Green Solid Kurta with Palazzos",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: maroon straight kurta with gold foil print, maroon churidar, beige chiffon dupatta; white studio.
    # no adapter texts
    case(
        "X486-005",
        caption("a woman in a red dress and a white scarf", "contradiction"),
        D.wearing("a maroon kurta with a dupatta"),
        D.details("gold print on the front and the sleeves"),
        color_dupatta("maroon", "other_garment_color"),
        D.material("it is made of", "cut"),
        title="Biba Women Maroon Printed Straight Kurta & Churidar with Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: black-and-white vertical striped kurta with a round neck, no collar or buttons, solid black trousers, no
    # dupatta; light grey wall.
    # no adapter texts
    case(
        "X486-006",
        caption("a woman in a black and white striped kurta and black pants"),
        D.pattern("striped"),
        D.color("black"),
        color_pants("white", "other_garment_color"),
        D.wearing("he is wearing a black and white striped shirt", "pronoun"),
        D.description("a black and white striped shirt with a collar and buttons", "unsupported"),
        title="Vishudh Women Black & White Striped Kurta with Trousers",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: green A-line kurta with white and pink flowers, plain green palazzos; white backdrop, a vase of pink
    # flowers on a stool beside the model.
    # caption, details: caption adapter
    case(
        "X486-007",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns and a long pants. The shirt is with cotton "
            "fabric. It has a round neckline. The pants are with cotton fabric and floral patterns. The lady wears "
            "a long-sleeve shirt with floral patterns",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "The shirt is with cotton fabric and floral patterns. It has a round neckline. The pants are with cotton "
            "fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.color("green"),
        D.wearing("a green floral dress and green pants", "contradiction"),
        color_palazzos("green"),
        title="Aurelia Women Green Floral Printed A-Line Kurta with Palazzos",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: peach short kurta with tonal thread embroidery, peach sharara, peach net dupatta with a sequin border;
    # pastel pink backdrop.
    # no adapter texts
    case(
        "X486-008",
        caption("a woman in a pink dress posing", "contradiction"),
        D.garment_type("kurta"),
        D.wearing("a pink kurta and a pink skirt", "contradiction"),
        D.details("embroidery on the neck and sleeves"),
        D.material("chiffon"),
        title="Indo Era Women Peach-Coloured Embroidered Georgette Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: indigo-blue shirt-style top with white dabu print and matching trousers (co-ord); white studio.
    # no adapter texts
    case(
        "X486-009",
        caption("a man in a blue and white printed shirt and pants", "pronoun"),
        D.pattern("printed"),
        D.color("white", "contradiction"),
        D.material("cotton"),
        D.description("a blue printed co-ord set with a shirt and pants"),
        title="Janasya Women Blue & White Dabu Printed Cotton Co-Ord Set",
        category="Co-Ords",
        color="Blue",
        gender="Women",
    ),
    # photo: lavender kurta with a silver embroidered yoke and three-quarter sleeves, lavender palazzos, white
    # dupatta with lavender tassels; grey backdrop.
    # describe_kurta: VQA adapter; details: caption adapter
    case(
        "X486-010",
        caption("a woman in a purple kurta and white dupatta"),
        describe_kurta(
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple "
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple",
            "loop",
            hit_limit=True,
        ),
        color_kurta("purple"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a round neckline. The shirt is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        color_dupatta("white"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Libas Women Lavender Yoke Design Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Lavender",
        gender="Women",
    ),
    # photo: red kurta with white bandhani dots, red trousers, red-and-yellow bandhani dupatta; the model stands in
    # front of an old carved wooden door.
    # no adapter texts
    case(
        "X486-011",
        caption("a woman in a red kurta standing in front of a wooden door"),
        D.pattern("polka dots"),
        D.wearing("a red and white dress", "contradiction"),
        color_dupatta("yellow"),
        D.details("white dots all over question: what is the color of the dupatta? answer: yellow", "leak"),
        title="KALINI Women Red Bandhani Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: off-white kurta with a green leaf print, green palazzos, green dupatta; white studio.
    # no adapter texts
    case(
        "X486-012",
        caption("a woman in a white kurta with green leaves and green pants"),
        D.color("green", "other_garment_color"),
        color_palazzos("green"),
        color_kurta("cream"),
        D.wearing("a white and green outfit"),
        D.material("linen", "unsupported"),
        title="Sangria Women Off White & Green Leaf Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: black kurta with gold gota-patti work, black churidar, gold-tone dupatta; the model wears jhumkas and
    # bangles, no necklace; dark maroon wall.
    # caption: caption adapter
    case(
        "X486-013",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. It has a v-shape neckline. There is an accessory on her wrist. There is an accessory in her "
            "ear. The pants are",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black and gold kurta"),
        D.color("black"),
        color_dupatta("gold"),
        D.details("gold embroidery on the neckline and a gold necklace", "unsupported"),
        D.pattern("embroidered"),
        title="House of Pataudi Women Black Gotta Patti Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: rust solid rayon kurta, rust palazzos, navy dupatta printed with rust and white motifs; white backdrop.
    # no adapter texts
    case(
        "X486-014",
        caption("a woman in an orange kurta and palazzo pants with a printed scarf"),
        D.color("brown"),
        color_dupatta("orange", "other_garment_color"),
        D.pattern("solid"),
        D.wearing("she is wearing an orange kurta and orange pants and a blue dupatta"),
        D.material("rayon"),
        title="Anouk Women Rust Orange Solid Rayon Kurta with Palazzos & Printed Dupatta",
        category="Kurta Sets",
        color="Rust",
        gender="Women",
    ),
    # photo: mauve floor-length flared anarkali with a small white flower print and short sleeves, mauve trousers,
    # mauve dupatta; the model twirls in a garden, blurred greenery behind.
    # no adapter texts
    case(
        "X486-015",
        caption("a woman in a purple dress twirling in a garden"),
        D.wearing("a purple dress with a purple dupatta"),
        D.garment_type("kurta"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.description("a long purple dress with white flowers and gold buttons", "unsupported"),
        title="Klosia Women Mauve Floral Printed Anarkali Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Mauve",
        gender="Women",
    ),
    # photo: yellow kurta with a pink floral print, solid pink palazzos, no dupatta; white backdrop.
    # wearing: VQA adapter
    case(
        "X486-016",
        caption("a woman in a yellow and pink outfit"),
        D.wearing(
            "blouse and pants Question: What is the color of the pants? Answer: pink Question: What is the color of "
            "the blouse? Answer",
            "leak",
            hit_limit=True,
        ),
        D.color("pink", "other_garment_color"),
        color_palazzos("pink"),
        D.pattern("floral"),
        D.material("a yellow kurta", "restated"),
        title="Jaipur Kurti Women Yellow & Pink Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: sea green kurta with white chikankari embroidery, white trousers, sea green dupatta; white wall, a brass
    # lamp on a side table.
    # no adapter texts
    case(
        "X486-017",
        caption("a woman in a green kurta standing next to a lamp"),
        color_kurta("green"),
        color_pants("green", "other_garment_color"),
        D.details("white thread embroidery on the front"),
        D.material("it is made of fabric", "non_answer"),
        describe_kurta(
            "a green kurta with white embroidery question: what is the color of the pants? answer: white", "leak"
        ),
        title="Varanga Women Sea Green Chikankari Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Sea Green",
        gender="Women",
    ),
    # photo: royal blue kurta with a white floral print, white palazzos with a small blue print, blue dupatta;
    # white studio.
    # caption, describe_kurta, material: caption adapter
    case(
        "X486-018",
        caption(
            "The female is wearing a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It "
            "has a round neckline. The pants this woman wears is of long length. The pants are with cotton fabric "
            "and floral patterns. There",
            "cut",
            hit_limit=True,
        ),
        describe_kurta(
            "The lady wears a long-sleeve shirt with floral patterns and a long pants. The shirt is with cotton "
            "fabric. It has a round",
            "cut",
            hit_limit=True,
        ),
        D.color("blue"),
        color_palazzos("white"),
        D.wearing("a blue kurta with white pants"),
        D.material(
            "The lady wears a long-sleeve shirt with floral patterns and a long pants. The shirt is with cotton "
            "fabric. It has",
            "restated",
            hit_limit=True,
        ),
        title="Biba Women Blue Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: magenta short kurta with gota patti, magenta sharara, magenta dupatta with a gold border; pink-lit
    # backdrop hung with a yellow marigold garland.
    # no adapter texts
    case(
        "X486-019",
        caption("a woman in a pink outfit standing in front of a yellow flower garland"),
        D.color("pink"),
        color_dupatta("gold", "contradiction"),
        D.wearing("a pink dress", "contradiction"),
        D.details("gold border on the dupatta and gold work on the kurta"),
        D.material("a pink kurta", "restated"),
        title="Libas Women Magenta Gotta Patti Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Magenta",
        gender="Women",
    ),
    # photo: olive shirt-style top with a mandarin collar, button placket and long sleeves, matching olive straight
    # trousers (co-ord), no pockets; beige backdrop.
    # no adapter texts
    case(
        "X486-020",
        caption("a woman in a green shirt and green pants"),
        D.color("green"),
        D.details("buttons on the front and a collar and a pocket", "unsupported"),
        D.pattern("solid"),
        D.wearing("a green shirt and pants question: what is the color of the shirt? answer: green", "leak"),
        D.sleeve_length("long sleeves"),
        title="W Women Olive Green Solid Co-Ord Set",
        category="Co-Ords",
        color="Olive",
        gender="Women",
    ),
    # photo: white chikankari kurta, white palazzos, pink dupatta draped on both arms; pale blue wall.
    # no adapter texts
    case(
        "X486-021",
        caption("a woman in a white kurta with a pink scarf standing against a blue wall"),
        D.color("blue", "contradiction"),
        D.wearing("a white kurta and white pants with a pink dupatta"),
        color_dupatta("pink"),
        color_kurta("pink", "other_garment_color"),
        D.details("white embroidery all over"),
        title="GoSriKi Women White Chikankari Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: navy kurta with a gold foil print, navy palazzos with a gold border; grey backdrop.
    # caption, material: caption adapter
    case(
        "X486-022",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric. It has a round neckline. The pants are with cotton fabric and graphic patterns. The lady wears "
            "a long-sleeve shirt with graphic",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric. It",
            "restated",
            hit_limit=True,
        ),
        D.color("navy"),
        color_palazzos("gold", "contradiction"),
        D.wearing("a blue and gold kurta with matching pants"),
        title="Ahalyaa Women Navy Blue & Gold-Toned Foil Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: coral kurta with a white and green floral print, white trousers, no dupatta; the model sits on a cafe
    # chair holding a cup of tea.
    # no adapter texts
    case(
        "X486-023",
        caption("a woman sitting on a chair with a cup of tea"),
        D.wearing("he is wearing a pink kurta and white pants", "pronoun"),
        D.color("orange"),
        color_pants("pink", "other_garment_color"),
        D.pattern("floral"),
        title="Rangriti Women Coral Floral Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Coral",
        gender="Women",
    ),
    # photo: beige kurta with maroon ethnic motifs, maroon palazzos, maroon dupatta; photo cropped at the knees.
    # no adapter texts
    case(
        "X486-024",
        caption("a woman in a beige kurta with red pants and a red dupatta"),
        D.color("maroon", "other_garment_color"),
        color_kurta("beige"),
        color_dupatta("maroon"),
        D.description("a beige kurta with red print and red pants and a red dupatta and red shoes", "unsupported"),
        D.material("cotton"),
        D.wearing("he is wearing a beige kurta with red pants", "pronoun"),
        title="Mitera Women Beige & Maroon Ethnic Motifs Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Beige",
        gender="Women",
    ),
    # photo: black floor-length anarkali with a multicolor floral print, black trousers, red dupatta with a black
    # print; the model wears bangles; white studio.
    # caption, wearing: caption adapter
    case(
        "X486-025",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist. The lady wears a long-sleeve dress with floral "
            "patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of",
            "cut",
            hit_limit=True,
        ),
        color_dupatta("black", "other_garment_color"),
        D.color("black"),
        D.pattern("floral"),
        title="Nayo Women Black Floral Printed Anarkali Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: turquoise kurta with mirror work at the neck and sleeves, turquoise palazzos, white net dupatta; white
    # backdrop.
    # wearing: VQA adapter
    case(
        "X486-026",
        caption("a woman in a blue kurta with mirror work"),
        D.details("mirror work on the neck and sleeves"),
        D.color("blue"),
        color_dupatta("blue", "other_garment_color"),
        D.material("the garment is made of a material", "non_answer"),
        is_a("kurta", "yes"),
        D.wearing(
            "blouse Question: What is the color of the blouse? Answer: blue Question: What is the color of the "
            "pants? Answer: blue",
            "leak",
            hit_limit=True,
        ),
        title="Inddus Women Turquoise Blue Mirror Work Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: red silk-blend short kurta with gold zari, red sharara with a gold border, red dupatta; gold backdrop
    # with fairy lights.
    # no adapter texts
    case(
        "X486-027",
        caption("a woman in a red dress standing in front of lights", "contradiction"),
        D.wearing("a red kurta and sharara"),
        D.material("silk"),
        D.color("red"),
        color_pants("gold", "contradiction"),
        D.details("gold zari on the neck and hem and a gold belt", "unsupported"),
        title="Sangria Women Red Zari Woven Silk Blend Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: green-and-white leheriya (wavy stripes) top with pink tassels and short sleeves, matching palazzos
    # (co-ord); white backdrop.
    # no adapter texts
    case(
        "X486-028",
        caption("a woman in a green striped outfit"),
        D.pattern("striped"),
        D.wearing("a green striped top and pants"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.description("a green and pink", "cut"),
        D.color("pink", "contradiction"),
        title="Yufta Women Green Leheriya Printed Co-Ord Set",
        category="Co-Ords",
        color="Green",
        gender="Women",
    ),
    # photo: grey solid kurta, grey trousers, black dupatta with pink and yellow phulkari embroidery; grey wall.
    # material: VQA adapter
    case(
        "X486-029",
        caption("a woman in a grey kurta with a colorful scarf"),
        D.color("grey"),
        color_dupatta("grey", "other_garment_color"),
        D.wearing("a grey kurta and pants with a colorful dupatta"),
        D.details("the dupatta has embroidery"),
        D.material(
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey "
            "grey grey grey grey grey grey grey grey grey grey",
            "loop",
            hit_limit=True,
        ),
        title="Libas Women Grey Solid Kurta with Trousers & Phulkari Dupatta",
        category="Kurta Sets",
        gender="Women",
    ),
    # photo: pink kurta with a blue paisley print, solid blue palazzos, no dupatta; white studio.
    # no adapter texts
    case(
        "X486-030",
        caption("a woman in a pink and blue kurta and blue pants"),
        D.pattern("paisley"),
        D.color("blue", "other_garment_color"),
        color_palazzos("blue"),
        D.wearing("a pink kurta question: what is the color of the pants? answer: blue", "leak"),
        D.material("polyester", "unsupported"),
        title="Vishudh Women Pink & Blue Paisley Printed Straight Kurta with Palazzos",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: cream kurta with tonal cream thread embroidery, cream trousers, mustard dupatta; outdoor terrace with
    # potted plants.
    # no adapter texts
    case(
        "X486-031",
        caption("a woman in a white kurta with a yellow dupatta standing on a terrace"),
        D.color("yellow", "other_garment_color"),
        color_kurta("white"),
        D.details("the details of the garment", "non_answer"),
        D.wearing("a white kurta and white pants"),
        is_a("dress", "no"),
        D.material("silk", "unsupported"),
        title="Anouk Women Cream-Coloured Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Cream",
        gender="Women",
    ),
    # photo: purple georgette kurta with silver sequin embroidery and long sleeves, purple palazzos, purple organza
    # dupatta; white studio.
    # caption: caption adapter
    case(
        "X486-032",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "chiffon fabric. It has a v-shape neckline. The pants are with chiffon fabric and pure color patterns. "
            "There is a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a purple kurta with silver embroidery and a silver necklace", "unsupported"),
        D.color("purple"),
        D.material("chiffon"),
        D.sleeve_length("long sleeves"),
        title="Indo Era Women Purple Sequinned Georgette Kurta with Palazzos & Organza Dupatta",
        category="Kurta Sets",
        color="Purple",
        gender="Women",
    ),
    # photo: teal blue kurta with a white geometric print, white trousers, no dupatta; the model carries a tan
    # leather tote on her shoulder; white backdrop. No belt.
    # no adapter texts
    case(
        "X486-033",
        caption("a woman in a blue kurta holding a brown bag"),
        D.color("green"),
        D.wearing("a blue top with white pants and a brown bag"),
        D.details("white print and a brown belt", "unsupported"),
        color_pants("blue", "other_garment_color"),
        D.pattern("geometric"),
        title="SHOWOFF Women Teal Blue Geometric Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: orange cotton kurta with small white motifs, white churidar, orange dupatta; white studio.
    # wearing: VQA adapter; details: caption adapter
    case(
        "X486-034",
        caption("a woman in an orange kurta and white leggings"),
        D.wearing(
            "dress, leggings, dress, leggings, dress, leggings, dress, leggings, dress, leggings, dress, leggings, "
            "dress, leggings, dress",
            "loop",
            hit_limit=True,
        ),
        color_kurta("orange"),
        color_pants("orange", "other_garment_color"),
        D.material("cotton"),
        D.details(
            "The shirt is with cotton fabric and graphic patterns. It has a round neckline. The pants are with "
            "cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        title="Biba Women Orange Printed Pure Cotton Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Orange",
        gender="Women",
    ),
    # photo: brown kaftan-style top with a white ikat print and elbow sleeves, brown straight trousers (co-ord), no
    # pockets; white studio.
    # no adapter texts
    case(
        "X486-035",
        caption("a woman in a brown and white printed top and pants"),
        D.pattern("printed"),
        D.color("brown"),
        D.wearing("a brown printed dress", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.description("a brown printed top with pockets", "unsupported"),
        title="Sangria Women Brown Ikat Printed Kaftan Co-Ord Set",
        category="Co-Ords",
        color="Brown",
        gender="Women",
    ),
    # photo: lime green floor-length anarkali with gold gota trim, green churidar, pink dupatta; white studio.
    # caption, details: caption adapter
    case(
        "X486-036",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a v-shape neckline. The dress is of long length. The lady wears a long-sleeve dress with pure color "
            "patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "The dress is with chiffon fabric and pure color patterns. It has a v-shape neckline. The dress is of "
            "long length. The",
            "cut",
            hit_limit=True,
        ),
        D.color("green"),
        color_dupatta("green", "other_garment_color"),
        D.wearing("a green dress and a pink dupatta"),
        title="Varanga Women Lime Green Gotta Patti Georgette Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Lime Green",
        gender="Women",
    ),
    # photo: black kurta with a white and red floral print, black palazzos, no dupatta; red-painted wall behind.
    # no adapter texts
    case(
        "X486-037",
        caption("a woman in a black kurta standing in front of a red wall"),
        D.color("red", "contradiction"),
        color_palazzos("black"),
        D.wearing("a black floral kurta and black pants"),
        D.material("cotton question: what is the color of the garment? answer: black", "leak"),
        title="Jaipur Kurti Women Black Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: mint green kurta with white thread embroidery, white trousers, mint dupatta; white studio.
    # describe_kurta: VQA adapter
    case(
        "X486-038",
        caption("a woman in a light green kurta and white pants"),
        describe_kurta(
            "green blouse Question: Is this a blouse? Answer: yes Question: What is the color of the blouse? "
            "Answer: green Question",
            "leak",
            hit_limit=True,
        ),
        color_kurta("green"),
        color_pants("green", "other_garment_color"),
        D.details("white embroidery on the front"),
        D.material("it is a", "cut"),
        title="KALINI Women Mint Green Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: maroon velvet straight kurta with gold embroidery at the neck and long sleeves, maroon palazzos,
    # maroon net dupatta with a gold border; dark studio.
    # no adapter texts
    case(
        "X486-039",
        caption("a woman in a red velvet kurta"),
        D.material("velvet"),
        D.wearing("she is wearing a red dress and a red scarf", "contradiction"),
        color_dupatta("gold", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.details("", "non_answer"),
        title="Libas Women Maroon Embroidered Velvet Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: yellow solid kurta with a round neck and side slits, white palazzos with a green leaf print, no
    # dupatta; green foliage backdrop.
    # no adapter texts
    case(
        "X486-040",
        caption("a woman in a yellow top and white pants standing in front of plants"),
        color_palazzos("green", "contradiction"),
        D.color("yellow"),
        D.wearing("a yellow kurta and", "cut"),
        D.details("the kurta has a round neck and side slits"),
        title="Janasya Women Yellow Solid Kurta with Printed Palazzos",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: plus-size model in a navy kurta with a white floral print and three-quarter sleeves, navy trousers,
    # white dupatta with a navy print; white studio.
    # caption, material: caption adapter
    case(
        "X486-041",
        caption(
            "The female is wearing a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It "
            "has a v-shape neckline. The pants this woman wears is of long length. The pants are with cotton "
            "fabric and pure color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The female is wearing a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It "
            "has a v-shape",
            "restated",
            hit_limit=True,
        ),
        D.color("white", "other_garment_color"),
        color_dupatta("white"),
        D.wearing("a blue and white kurta and a white scarf"),
        title="Sangria Women Plus Size Navy Blue Floral Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: silver-toned sequinned short kurta, silver sharara, silver net dupatta; glittery silver backdrop.
    # no adapter texts
    case(
        "X486-042",
        caption("a woman in a silver outfit"),
        D.color("grey"),
        D.material("sequins"),
        D.wearing("a grey kurta and a grey skirt", "contradiction"),
        D.details("sequins all over the garment"),
        is_a("dress", "yes", "contradiction"),
        title="Libas Women Silver-Toned Sequinned Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Silver",
        gender="Women",
    ),
    # photo: red solid kurta, white palazzos, red-and-white dupatta; white studio.
    # no adapter texts
    case(
        "X486-043",
        caption("a woman in a red kurta and white palazzos"),
        D.color("white", "other_garment_color"),
        color_palazzos("white"),
        D.wearing("a red top and red pants", "other_garment_color"),
        D.description("a red kurta set"),
        D.details("a red kurta", "restated"),
        title="Aurelia Women Red Solid Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: bottle green kurta with a gold print and side pockets, bottle green palazzos, no dupatta; the model sits
    # on a wooden bench with her hands in the kurta's pockets.
    # no adapter texts
    case(
        "X486-044",
        caption("a woman sitting on a bench with her hands in her pockets"),
        D.details("gold print and pockets"),
        D.color("green"),
        color_palazzos("gold", "contradiction"),
        D.wearing("a man in a green kurta", "pronoun"),
        D.material("the garment is made of", "cut"),
        title="Indo Era Women Green Foil Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: ivory chanderi kurta with small gold buttis (woven motifs, no buttons), ivory trousers, rose pink
    # dupatta; white studio.
    # caption: VQA adapter (prompted with no question, it writes its own training pairs)
    case(
        "X486-045",
        caption(
            "Question: What is the color of the dress? Answer: white Question: What is the color of the dress? "
            "Answer: white Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        D.wearing("a white kurta with a pink dupatta"),
        color_dupatta("pink"),
        D.details("gold buttons on the front", "unsupported"),
        D.color("white"),
        D.material("linen", "unsupported"),
        title="Biba Women Off White Chanderi Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: burgundy (wine) solid kurta, burgundy palazzos, pink dupatta with a gold border; grey studio.
    # no adapter texts; the feed row has no gender
    case(
        "X486-046",
        caption("a woman in a dark red kurta and pants with a pink dupatta"),
        D.color("purple", "contradiction"),
        color_dupatta("pink"),
        D.wearing("a red kurta and red pants and a red dupatta", "other_garment_color"),
        describe_kurta("the kurta is a kurta", "non_answer"),
        title="Varanga Women Burgundy Solid Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Burgundy",
    ),
]
