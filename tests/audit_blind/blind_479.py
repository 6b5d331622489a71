"""BLIND_479 (46 products; a Myntra women's night: kurtas, sets, tops, dresses, jeans, leggings, sweatshirts, sarees):
written blind in the forty-eighth session. Measured blind at 47ee318 (the session's rules as they stood): 110/129
failures found (85.3%) and 7/166 correct texts flagged (4.2%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed for one night of women's wear: straight, A-line and anarkali kurtas,
kurta sets (kurta with trousers, palazzos or sharara, often a dupatta), tops, dresses, jeans, leggings, sweatshirts
and sarees. Most photos show a model in a full outfit (the product plus garments the seller does not sell with it:
the jeans under a top, the kurta over leggings, the blouse of a saree), a few are flat-lays on a table or a floor.
Backdrops are studio walls in colors (pink, blue, beige), brick and graffiti walls, a garden, a gym, a festive set
with marigolds or lamps. Each product has the seller's title, category, color and gender; a few rows miss the
gender or the color, as real feeds do.

Who wrote what: enrich's default questionnaire, run per question with a different model. The caption, description,
material and most "wearing" answers come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, it
stops on its own, never hit_limit). In some cases the VQA adapter (`leoreigoto/Data3_V3_BLIP2_VQA`) answered
"What is the person wearing?": it was trained with no end-of-answer token and on In-shop labels (dress, blouse,
denim, pants, tee...), so it repeats its label until the 30-token limit or runs on into the next
"Question: ... Answer:" it saw in training; all its texts carry hit_limit=True. In many cases the caption adapter
(`leoreigoto/Data2_V2_Blip2_Finetune_Caption`) answered the details question: it returns the DeepFashion template
("The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric...") and runs to the
limit (hit_limit=True). The closed questions (garment_type, color, pattern, sleeve_length, the per-piece color
questions, "Is this a ...?") are enrich's `--engine reference` answers chosen from candidate sets; they never loop
or get cut, but they pick the wrong candidate (a print color, a wall color, the other piece's color). The comment
above each case says which texts came from an adapter; every text not named there is the base model or the
reference engine.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: red for maroon, blue for navy or teal blue, green for olive,
  teal or bottle green, yellow for mustard, pink for peach, purple for lavender, white for off white, grey for
  silver or grey melange. Navy called black and mustard called orange are contradiction.
- The color of a print, border or zari (gold foil on a teal kurta, the pink border of a green saree, white polka
  dots on navy, red flowers on black) given as the garment's color is contradiction; so is the color of the wall.
  The color of another garment in the photo (the jeans under a top, the blouse of a saree, the trousers of a kurta
  set, the kurta over leggings, the dupatta) given to the product is other_garment_color.
- Garment synonyms are correct: top or tunic for a kurta, salwar suit for a kurta set, blouse or shirt for a top,
  sweater or hoodie for a sweatshirt (hoodie only where it has a hood), pants for trousers, palazzos, sharara or
  jeans, scarf for a dupatta, "anarkali dress" or "dress" for a floor-length flared anarkali. The DeepFashion
  template's "shirt" for a kurta is tolerated (it has no kurta word; a kurta is a long shirt). "Dress" for a straight
  kurta worn over trousers or leggings, or for a saree, is contradiction: the auditor sees a garment the seller
  does not sell.
- The reference engine's wrong closed answers are contradiction, except a color that is another piece's in the
  photo (other_garment_color). Two colors in one set of leggings called one color is contradiction.
- Materials: one the title names is correct, and chiffon for georgette is correct; a plausible guess on a plain
  cotton-look fabric ("cotton") is correct; a material the title contradicts (linen for cotton, wool for cotton,
  silk for organza) is unsupported. Invented items not in the photo (a belt, a necklace, a hood, pockets, shoes on
  a photo cropped at the thigh, a tag, a waistband hidden under a kurta) are unsupported.
- Adapter texts: a text that repeats a sentence of its template, or the VQA adapter's label over and over ("dress
  dress dress", "a dress and a pants a dress and a pants"), is loop; one that stops mid-sentence without repeating a
  sentence is cut, even where it invented an accessory or a chair's color before the cut (one kind per text). The
  VQA loop is loop even where its label is wrong (dress for a kurta set or a saree): the repetition is what the
  auditor sees first. Where the caption template misnames the garment itself (a saree or a straight kurta with
  sharara as "dress"), that is contradiction, hit_limit kept. The VQA adapter's run-on into "Question: ... Answer:"
  is leak.
- Base answers: a run-on into "Question: ... Answer:" is leak even where the first words are right; "it is made of"
  (early stop) is cut without hit_limit; an empty answer, "the details of the dress", "the jeans have details" and
  "they are leggings" for the details are non_answer, and so are "it is not clear", "polka dots" and "the same
  material as the pants" for the material; a material question answered with the garment's name ("it is a kurta",
  "leggings", "she is wearing a blue and white kurta") or with the question itself is restated; "he" or "a man" for
  a woman is pronoun.
- Yes/no: the reference engine's "yes" to "Is this a dress?" for a straight kurta, "yes" to "Is this a hoodie?" for
  a crew-neck sweatshirt and "no" to "Is this a pair of jeans?" for jeans are contradiction; "yes" to "Is this a
  dress?" for a wrap dress is correct.
- Flat-lays: "What is the person wearing?" answered with the garment on the table is counted correct (it names the
  product), since there is no person to contradict.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_kurta = question("color_kurta", "What is the color of the kurta?", "closed")
color_trousers = question("color_trousers", "What is the color of the trousers?", "closed")
color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "closed")
color_blouse = question("color_blouse", "What is the color of the blouse?", "closed")
fit = question("fit", "What is the fit of the jeans?", "open")
neckline = question("neckline", "What is the neckline of the garment?", "open")

BLIND_479 = [
    # photo: model in a navy straight kurta with a small white floral print, three-quarter sleeves, plain white
    # trousers, white dupatta over one shoulder, beige studio wall.
    # wearing: VQA adapter; details: caption adapter
    case(
        "X479-001",
        caption("a woman in a blue floral kurta and white pants standing in front of a beige wall"),
        D.wearing(
            "a dress and a pants a dress and a pants a dress and a pants a dress and a pants a dress and a pants a",
            "loop",
            hit_limit=True,
        ),
        D.description("a blue kurta with white flowers and a white dupatta with a lace border", "unsupported"),
        color_kurta("navy"),
        color_trousers("navy", "other_garment_color"),
        D.details(
            "The shirt is with cotton fabric and floral patterns. It has a round neckline. The trousers are with "
            "cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Women Navy Blue Floral Printed Pure Cotton Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a mustard straight kurta with small white ethnic motifs, three-quarter sleeves, side slits,
    # white palazzos (not sold with it), white studio backdrop.
    # details: caption adapter
    case(
        "X479-002",
        caption("a woman in a yellow kurta and white palazzo pants"),
        D.wearing("a yellow kurta"),
        D.color("yellow"),
        D.pattern("printed"),
        D.sleeve_length("three-quarter sleeves"),
        D.details(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. She wears a long",
            "cut",
            hit_limit=True,
        ),
        D.material("silk", "unsupported"),
        is_a("dress", "yes", "contradiction"),
        title="Women Mustard Yellow Ethnic Motifs Printed Cotton Straight Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a floor-length pink flared anarkali kurta with gold embroidery at the yoke, pink palazzos,
    # sheer pink dupatta with a thin gold edge over one arm, jhumka earrings, marigold garlands behind her.
    # wearing: VQA adapter; details: caption adapter
    case(
        "X479-003",
        caption("a woman in a pink anarkali dress standing in front of flowers"),
        D.wearing(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            hit_limit=True,
        ),
        color_dupatta("gold", "contradiction"),
        D.description("a pink dress with gold embroidery"),
        D.details(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is",
            "cut",
            hit_limit=True,
        ),
        D.material("georgette"),
        title="Women Pink Yoke Design Georgette Anarkali Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a white schiffli-embroidered top with short puff sleeves, tucked into blue jeans, white wall.
    # details: caption adapter
    case(
        "X479-004",
        caption("a woman in a white top and blue jeans"),
        D.wearing("a white blouse and jeans"),
        D.color("blue", "other_garment_color"),
        D.pattern("embroidered"),
        D.sleeve_length("short sleeves"),
        D.details(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. She wears a long denim",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Women White Schiffli Embroidered Pure Cotton Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: model in a sleeveless black maxi dress with red and yellow flowers (no belt, no pockets), in a garden.
    case(
        "X479-005",
        caption("a woman in a black floral dress standing in a garden"),
        D.wearing("a red dress", "contradiction"),
        D.color("black"),
        D.pattern("floral"),
        D.sleeve_length("sleeveless"),
        D.description("a long black dress with red flowers"),
        D.details("the dress has a belt at the waist and two pockets", "unsupported"),
        title="Women Black Floral Print Maxi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in light blue skinny jeans, a black crop top and white sneakers, grey studio backdrop.
    # wearing: VQA adapter; details: caption adapter
    case(
        "X479-006",
        caption("a woman in a black top and blue jeans"),
        D.wearing(
            "denim Question: What is the color of the denim? Answer: blue Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("jeans"),
        D.color("black", "other_garment_color"),
        fit("skinny"),
        D.details(
            "The pants are with denim fabric and pure color patterns. The pants are of long length. The pants are "
            "with denim fabric and",
            "loop",
            hit_limit=True,
        ),
        title="Women Blue Skinny Fit High-Rise Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a white chikan kurta reaching the knees over maroon ankle-length leggings, white studio.
    # wearing: VQA adapter
    case(
        "X479-007",
        caption("a woman wearing a white kurta and red leggings"),
        D.wearing(
            "leggings and blouse leggings and blouse leggings and blouse leggings and blouse leggings and blouse "
            "leggings and",
            "loop",
            hit_limit=True,
        ),
        D.description("maroon leggings Question: What is the color of the leggings? Answer: maroon", "leak"),
        D.color("white", "other_garment_color"),
        D.garment_type("leggings"),
        D.details("the leggings have an elastic waistband", "unsupported"),
        D.material("cotton"),
        title="Women Maroon Solid Cotton Lycra Ankle-Length Leggings",
        category="Leggings",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a grey melange hooded sweatshirt with "BROOKLYN" printed in pink across the chest, black
    # joggers, white backdrop.
    # wearing: VQA adapter; details: caption adapter
    case(
        "X479-008",
        caption("a woman in a grey hoodie with the word brooklyn on it"),
        D.wearing(
            "the person is wearing a gray sweatshirt with a pink print on the front and a pair of black pants and a "
            "pair of white",
            "cut",
            hit_limit=True,
        ),
        D.color("pink", "contradiction"),
        D.pattern("printed"),
        D.sleeve_length("long sleeves"),
        D.details(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a "
            "round neckline. The pants are",
            "cut",
            hit_limit=True,
        ),
        D.material("fleece"),
        title="Women Grey Melange Printed Hooded Fleece Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: model in a red banarasi saree with a wide gold zari border, gold brocade blouse, pallu over the
    # shoulder, bare wrists, carved wooden door behind her.
    # wearing: VQA adapter
    case(
        "X479-009",
        caption("a woman in a red and gold saree"),
        D.wearing(
            "dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("saree"),
        D.color("red"),
        color_blouse("red", "other_garment_color"),
        D.description("a red saree with a gold border and gold bangles", "unsupported"),
        D.material("silk"),
        title="Women Red & Gold-Toned Zari Woven Silk Blend Banarasi Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: flat-lay of an olive kurta on a white surface, long sleeves, mandarin collar, wooden buttons.
    # details: caption adapter
    case(
        "X479-010",
        caption("a green shirt laying on a white surface"),
        D.wearing("he is wearing a green shirt", "pronoun"),
        D.color("green"),
        D.sleeve_length("long sleeves"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a stand neckline. The shirt is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        title="Women Olive Green Solid Cotton Kurta",
        category="Kurtas",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a lavender ribbed crop top with short sleeves and a square neck, white wide-leg trousers,
    # bare neck, pink studio wall.
    case(
        "X479-011",
        caption("a woman in a purple top and white pants standing against a pink wall"),
        D.color("pink", "contradiction"),
        D.garment_type("top"),
        D.sleeve_length("short sleeves"),
        D.description("a lavender crop top with a square neckline and a necklace", "unsupported"),
        D.material("it is a crop top", "restated"),
        title="Women Lavender Ribbed Fitted Crop Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a navy A-line midi dress with white polka dots, short flutter sleeves, self-fabric belt,
    # white sneakers, grey studio.
    # details: caption adapter
    case(
        "X479-012",
        caption("a woman in a blue polka dot dress and white sneakers"),
        D.wearing("a blue and white polka dot dress"),
        D.color("white", "contradiction"),
        D.pattern("polka dots"),
        D.sleeve_length("short sleeves"),
        D.details(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is",
            "cut",
            hit_limit=True,
        ),
        D.material("polka dots", "non_answer"),
        title="Women Navy Blue Polka Dot A-Line Midi Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in black wide-leg jeans, a white shirt tucked in, a tan belt, bare wrists, beige backdrop.
    # wearing: VQA adapter
    case(
        "X479-013",
        caption("a woman in a white shirt and black pants with a brown belt and a watch", "unsupported"),
        D.wearing(
            "denim and shirt Question: What is the color of the shirt? Answer: white Question: What is",
            "leak",
            hit_limit=True,
        ),
        D.color("white", "other_garment_color"),
        is_a("pair of jeans", "yes"),
        D.description("black wide leg jeans"),
        D.material("denim"),
        title="Women Black Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: model in a green kurta with white block print, plain white sharara, white dupatta, studio.
    # details: caption adapter
    case(
        "X479-014",
        caption("a woman in a green and white outfit"),
        D.wearing("a green kurta and white pants"),
        color_kurta("green"),
        color_trousers("green", "other_garment_color"),
        color_dupatta("white"),
        D.pattern("solid", "contradiction"),
        D.details(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The",
            "contradiction",
            hit_limit=True,
        ),
        title="Women Green & White Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: model in a black oversized crew-neck sweatshirt (no hood), blue denim shorts, white sneakers, white
    # brick wall.
    # wearing: VQA adapter
    case(
        "X479-015",
        caption("a woman in a black sweatshirt and denim shorts in front of a brick wall"),
        D.wearing(
            "sweatshirt and shorts sweatshirt and shorts sweatshirt and shorts sweatshirt and shorts sweatshirt and "
            "shorts sweatshirt",
            "loop",
            hit_limit=True,
        ),
        D.color("black"),
        D.sleeve_length("long sleeves"),
        D.description("a black sweatshirt with a hood", "unsupported"),
        D.material("wool", "unsupported"),
        title="Women Black Solid Pure Cotton Oversized Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Women",
    ),
    # photo: flat-lay of a folded green kanjeevaram saree with a pink border woven with gold zari lines, white
    # background.
    # details: caption adapter
    case(
        "X479-016",
        caption("a green and pink silk saree on a white background"),
        D.wearing("a saree"),
        D.garment_type("saree"),
        D.color("pink", "contradiction"),
        D.description("a green saree with a pink border Question: Describe the garment. Answer: a green", "leak"),
        D.details(
            "The lady wears a long-sleeve dress with color block patterns. The dress is with silk fabric. It has a "
            "round neckline. The dress is",
            "contradiction",
            hit_limit=True,
        ),
        D.material("silk"),
        title="Women Green & Pink Woven Design Silk Blend Kanjeevaram Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: model in a maroon peplum top with small white flowers and short sleeves, black jeans, cream backdrop.
    # wearing: VQA adapter; details: caption adapter
    case(
        "X479-017",
        caption("a woman in a red floral top and black jeans"),
        D.wearing(
            "blouse and denim blouse and denim blouse and denim blouse and denim blouse and denim blouse and denim "
            "blouse and",
            "loop",
            hit_limit=True,
        ),
        D.color("maroon"),
        D.pattern("floral"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details(
            "The lady wears a short-sleeve blouse with floral patterns. The blouse is with chiffon fabric. It has a "
            "round neckline. The lady wears a short-sleeve blouse",
            "loop",
            hit_limit=True,
        ),
        title="Women Maroon Floral Print Peplum Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: flat-lay of two pairs of leggings side by side, one black, one navy, white background.
    case(
        "X479-018",
        caption("two pairs of leggings on a white background"),
        D.wearing("leggings"),
        D.garment_type("leggings"),
        D.color("black"),
        D.description("two pairs of black leggings", "contradiction"),
        D.details("the leggings have a pocket on the side", "unsupported"),
        title="Women Pack of 2 Solid Ankle-Length Leggings",
        category="Leggings",
        color="Black & Navy Blue",
    ),
    # photo: model in a mustard shirt dress with rolled-up long sleeves, collar, tie belt, brown sandals,
    # empty hands, walking on a street.
    # details: caption adapter
    case(
        "X479-019",
        caption("a woman in a yellow shirt dress walking down the street with a handbag", "unsupported"),
        D.wearing("a yellow dress and brown sandals"),
        D.color("orange", "contradiction"),
        D.details(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. There is a",
            "cut",
            hit_limit=True,
        ),
        D.material("linen", "unsupported"),
        title="Women Mustard Yellow Solid Cotton Shirt Dress",
        category="Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a white chikankari kurta with three-quarter sleeves over blue jeans, white backdrop.
    # wearing: VQA adapter
    case(
        "X479-020",
        caption("a woman in a white kurta and blue jeans"),
        D.wearing(
            "blouse and denim. blouse and denim. blouse and denim. blouse and denim. blouse and denim. blouse and",
            "loop",
            hit_limit=True,
        ),
        D.color("blue", "other_garment_color"),
        D.pattern("embroidered"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.description("a white top with embroidery"),
        D.material("it is made of", "cut"),
        title="Women White Chikankari Embroidered Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: model in light blue ripped mom jeans, a white tee and a black leather jacket, graffiti wall.
    case(
        "X479-021",
        caption("a woman in a black leather jacket and ripped jeans standing in front of graffiti"),
        D.wearing("a white shirt, a black jacket and blue jeans"),
        D.color("black", "other_garment_color"),
        D.description("jeans with holes"),
        fit("mom jeans"),
        D.details("the jeans are ripped at the knees and have a red tag on the pocket", "unsupported"),
        D.material("it is not clear", "non_answer"),
        title="Women Light Blue Mom Fit Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a pink crew-neck sweatshirt (no hood) with a white cartoon cat print, blue jeans, white wall.
    # details: caption adapter
    case(
        "X479-022",
        caption("a woman in a pink sweatshirt with a cat on it"),
        D.wearing("he is wearing a pink sweatshirt", "pronoun"),
        D.color("pink"),
        D.pattern("graphic"),
        is_a("hoodie", "yes", "contradiction"),
        D.details(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a "
            "round neckline. The pants are with",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Women Pink Graphic Printed Cotton Sweatshirt",
        category="Sweatshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a navy georgette saree with a silver sequin border, sleeveless silver blouse, dark studio
    # with bokeh lights.
    case(
        "X479-023",
        caption("a woman in a blue saree with silver sequins"),
        D.wearing("a blue saree Question: What is the color of the saree? Answer: blue", "leak"),
        D.color("black", "contradiction"),
        color_blouse("grey"),
        D.sleeve_length("sleeveless"),
        D.material("chiffon"),
        title="Women Navy Blue & Silver Sequinned Georgette Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a yellow floral kurta with three-quarter sleeves and matching yellow floral palazzos, no
    # dupatta, studio with potted plants.
    # wearing: VQA adapter; details: caption adapter
    case(
        "X479-024",
        caption("a woman in a yellow floral outfit standing next to a plant"),
        D.wearing(
            "a dress and a pants. a dress and a pants. a dress and a pants. a dress and a pants. a dress and",
            "loop",
            hit_limit=True,
        ),
        color_kurta("yellow"),
        color_trousers("yellow"),
        D.pattern("floral"),
        D.details(
            "The shirt is with cotton fabric and floral patterns. It has a v-shape neckline. The pants are with "
            "cotton fabric and floral patterns. The pants",
            "cut",
            hit_limit=True,
        ),
        D.material("the kurta is made of the same material as the pants", "non_answer"),
        title="Women Yellow Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in a black-and-white striped shirt-style top, long sleeves, no pocket, beige trousers, white wall.
    # wearing: VQA adapter
    case(
        "X479-025",
        caption("a woman in a black and white striped shirt and beige pants"),
        D.wearing(
            "blouse Question: Is this a blouse? Answer: yes Question: What is the color of the blouse? Answer:",
            "leak",
            hit_limit=True,
        ),
        D.description("a black and white striped shirt with a pocket on the chest", "unsupported"),
        D.color("beige", "other_garment_color"),
        D.pattern("striped"),
        D.sleeve_length("long sleeves"),
        D.material("cotton"),
        title="Women Black & White Striped Shirt Style Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: model in a red one-shoulder sleeveless bodycon midi dress with a side slit, black heels, no belt,
    # white backdrop.
    # wearing: VQA adapter
    case(
        "X479-026",
        caption("a woman in a red dress and black heels"),
        D.wearing(
            "dress Question: What is the color of the dress? Answer: red Question: Is this a dress? Answer: yes",
            "leak",
            hit_limit=True,
        ),
        D.color("red"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.description("a red dress with a slit on the side and a gold belt", "unsupported"),
        D.details("the details of the dress", "non_answer"),
        title="Women Red Solid One-Shoulder Bodycon Midi Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: flat-lay of dark navy straight jeans on a wooden floor.
    # details: caption adapter
    case(
        "X479-027",
        caption("a pair of blue jeans on a wooden floor"),
        D.wearing("a pair of jeans"),
        D.garment_type("jeans"),
        D.color("black", "contradiction"),
        D.description("the jeans are", "cut"),
        D.details(
            "The pants are with denim fabric and pure color patterns. The pants are of long length. The pants are "
            "with denim fabric and pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.material("denim"),
        title="Women Navy Blue Straight Fit Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a red printed straight kurta over off-white churidar leggings bunched at the ankle, studio.
    case(
        "X479-028",
        caption("a woman in a red kurta and white leggings"),
        D.wearing("a red and white dress", "contradiction"),
        D.color("red", "other_garment_color"),
        D.garment_type("leggings"),
        D.material("lycra"),
        title="Women Off-White Solid Cotton Lycra Churidar Leggings",
        category="Leggings",
        color="Off White",
        gender="Women",
    ),
    # photo: model in a teal A-line kurta with gold foil ethnic motifs, three-quarter sleeves, cream trousers,
    # pale blue backdrop.
    # details: caption adapter
    case(
        "X479-029",
        caption("a woman in a green kurta and white pants"),
        D.wearing("she is wearing a blue kurta with gold print and white pants"),
        D.color("gold", "contradiction"),
        D.sleeve_length("three-quarter sleeves"),
        D.details(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants are",
            "cut",
            hit_limit=True,
        ),
        D.material("it is a kurta", "restated"),
        title="Women Teal Blue Ethnic Motifs Printed A-Line Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: model in a sleeveless peach satin cowl-neck cami top, white trousers, pink backdrop.
    case(
        "X479-030",
        caption("a woman in a pink satin top and white pants"),
        D.wearing("a pink top Question: What is the color of the top? Answer: pink", "leak"),
        D.color("pink"),
        D.sleeve_length("sleeveless"),
        D.description("a pink top with a cowl neck"),
        D.details("", "non_answer"),
        D.material("satin"),
        title="Women Peach Solid Satin Cowl Neck Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a beige crew-neck sweatshirt, brown joggers, white sneakers, beige backdrop of the same tone.
    # wearing: VQA adapter
    case(
        "X479-031",
        caption("a woman in a beige sweatshirt and brown pants"),
        D.wearing(
            "sweatshirt and pants Question: What is the color of the sweatshirt? Answer: beige Question: What is the",
            "leak",
            hit_limit=True,
        ),
        D.color("brown", "other_garment_color"),
        D.pattern("solid"),
        D.material("it is made of fleece"),
        title="Women Beige Solid Fleece Sweatshirt",
        category="Sweatshirts",
        color="Beige",
    ),
    # photo: model in a yellow saree with a small orange and white print, orange blouse, green foliage behind.
    # details: caption adapter
    case(
        "X479-032",
        caption("a woman in a yellow saree standing in the garden"),
        D.wearing("an orange saree", "other_garment_color"),
        D.garment_type("saree"),
        color_blouse("orange"),
        D.details(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "round neckline. There is an",
            "contradiction",
            hit_limit=True,
        ),
        D.material("chiffon"),
        title="Women Yellow Printed Poly Georgette Saree",
        category="Sarees",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in a sleeveless green tiered cotton maxi dress, holding a straw hat, on a beach.
    # wearing: VQA adapter; details: caption adapter
    case(
        "X479-033",
        caption("a woman in a green dress holding a hat on the beach"),
        D.wearing(
            "the person is wearing a dress. the person is wearing a dress. the person is wearing a dress. the person",
            "loop",
            hit_limit=True,
        ),
        D.color("green"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.pattern("solid"),
        D.details(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The dress is of long",
            "cut",
            hit_limit=True,
        ),
        title="Women Green Solid Tiered Cotton Maxi Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: model in a long-sleeved maroon velvet kurta with gold zari at the neck, maroon trousers, gold tissue
    # dupatta, festive set with brass lamps.
    case(
        "X479-034",
        caption("a woman in a red velvet kurta with a gold dupatta"),
        D.wearing("a red kurta and a gold scarf"),
        color_kurta("gold", "other_garment_color"),
        color_dupatta("gold"),
        D.sleeve_length("long sleeves"),
        D.description("the kurta is red and the pants are red and the dupatta is red", "contradiction"),
        D.material("velvet"),
        title="Women Maroon Embroidered Velvet Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in grey slim-fit jeans and a pink knit sweater, white backdrop.
    # wearing: VQA adapter
    case(
        "X479-035",
        caption("a woman in a pink sweater and grey jeans"),
        D.wearing(
            "sweater Question: What is the color of the sweater? Answer: pink Question: What is the color",
            "leak",
            hit_limit=True,
        ),
        D.color("pink", "other_garment_color"),
        fit("slim fit"),
        D.description("the jeans are grey and the sweater is pink"),
        D.details("the jeans have details", "non_answer"),
        title="Women Grey Slim Fit Mid-Rise Jeans",
        category="Jeans",
        color="Grey",
        gender="Women",
    ),
    # photo: flat-lay of a white top with a blue floral print, short puff sleeves, tie-up neck, on a light wooden
    # table.
    case(
        "X479-036",
        caption("a white and blue floral shirt on a wooden table"),
        D.wearing("a white shirt with blue flowers"),
        D.color("white"),
        D.pattern("floral"),
        D.sleeve_length("short sleeves"),
        D.description("a white blouse with blue flowers and a tie at the neck"),
        title="Women White & Blue Floral Printed Tie-Up Neck Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: model in navy leggings and a grey tank top, gym with dumbbell racks behind.
    case(
        "X479-037",
        caption("a woman in a grey tank top and black leggings standing in a gym", "contradiction"),
        D.wearing("leggings and a tank top"),
        D.color("navy"),
        D.garment_type("leggings"),
        D.details("they are leggings", "non_answer"),
        D.material("leggings", "restated"),
        title="Women Navy Blue Solid High-Rise Leggings",
        category="Leggings",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a blue and white gingham fit-and-flare dress with short puff sleeves and a square neck (no
    # pockets), white sneakers, red brick wall.
    # wearing: VQA adapter
    case(
        "X479-038",
        caption("a woman in a blue checkered dress standing in front of a brick wall"),
        D.wearing(
            "dress, dress, dress, dress, dress, dress, dress, dress, dress, dress, dress, dress, dress, dress, dress",
            "loop",
            hit_limit=True,
        ),
        D.pattern("checked"),
        D.color("red", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.details("the dress has puffed sleeves and a square neckline and two pockets", "unsupported"),
        title="Women Blue Checked Fit & Flare Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a black straight kurta with multicolor thread embroidery at the yoke, black trousers (not
    # sold with it), silver jhumkas, grey backdrop.
    # details: caption adapter
    case(
        "X479-039",
        caption("a woman in a black kurta with colorful embroidery"),
        D.wearing("a black dress", "contradiction"),
        D.color("black"),
        D.pattern("embroidered"),
        D.details(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. The shirt is "
            "with cotton fabric. The shirt is with",
            "loop",
            hit_limit=True,
        ),
        D.material("what is the material of the kurta", "restated"),
        title="Women Black Embroidered Straight Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: model in a navy sweatshirt with a white and red colourblocked band across the chest, blue jeans,
    # white backdrop.
    case(
        "X479-040",
        caption("a woman in a blue and white sweatshirt and jeans"),
        D.wearing("a blue and red sweater"),
        D.color("navy"),
        D.pattern("colourblocked"),
        D.sleeve_length("long sleeves"),
        D.description("a navy blue sweatshirt with white and red stripes on the chest"),
        D.material("cotton"),
        title="Women Navy Blue Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a sheer lavender organza saree with a thin silver lace border, silver sleeveless blouse,
    # no jewelry at the neck, white backdrop.
    # details: caption adapter
    case(
        "X479-041",
        caption("a woman in a purple saree"),
        D.wearing(
            "she is wearing a purple saree with a silver blouse and a silver necklace",
            "unsupported",
        ),
        D.color("purple"),
        D.details(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears",
            "contradiction",
            hit_limit=True,
        ),
        D.material("silk", "unsupported"),
        title="Women Lavender Solid Organza Saree",
        category="Sarees",
        color="Lavender",
        gender="Women",
    ),
    # photo: model seated on a rattan chair in a blue bandhani kurta with white dots, white trousers.
    # wearing: VQA adapter; details: caption adapter
    case(
        "X479-042",
        caption("a man in a blue and white kurta sitting on a chair", "pronoun"),
        D.wearing(
            "the person is wearing a blue tie-dye blouse and white pants and is sitting on a brown wicker chair "
            "with her",
            "cut",
            hit_limit=True,
        ),
        color_kurta("blue"),
        color_trousers("white"),
        D.pattern("printed"),
        D.details(
            "The shirt is with cotton fabric and lattice patterns. It has a v-shape neckline. The pants are with "
            "cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.material("she is wearing a blue and white kurta", "restated"),
        title="Women Blue & White Bandhani Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a bottle green satin wrap top with long sleeves and a waist tie, black trousers, photo
    # cropped at mid-thigh, grey backdrop.
    case(
        "X479-043",
        caption("a woman in a green top and black pants"),
        D.wearing("the woman is wearing a green blouse and black pants and black shoes", "unsupported"),
        D.color("green"),
        D.sleeve_length("long sleeves"),
        D.pattern("printed", "contradiction"),
        D.description("a green wrap top with a tie at the waist"),
        D.material("satin"),
        title="Women Bottle Green Solid Satin Wrap Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: model in a pink wrap dress with green leaves and flowers, flutter sleeves, white wall with a potted
    # plant.
    # wearing: VQA adapter
    case(
        "X479-044",
        caption("a woman in a pink floral dress"),
        D.wearing(
            "dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        D.color("pink"),
        neckline("v neck"),
        D.details("the dress has a v neck and a tie belt and ruffle sleeves Question: What", "leak"),
        D.material("rayon"),
        title="Women Pink & Green Floral Printed Viscose Rayon Wrap Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: model in blue flared jeans, a white crop top and brown heels, in front of a blue painted wall.
    # wearing: VQA adapter; details: caption adapter
    case(
        "X479-045",
        caption("a woman in a white top and blue jeans standing in front of a blue wall"),
        D.wearing(
            "denim and tee denim and tee denim and tee denim and tee denim and tee denim and tee denim and",
            "loop",
            hit_limit=True,
        ),
        D.color("white", "other_garment_color"),
        fit("flared"),
        is_a("pair of jeans", "no", "contradiction"),
        D.details(
            "The pants are with denim fabric and pure color patterns. The pants are of long length. There is an "
            "accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        title="Women Blue Flared High-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: woman with short hair in an orange kurta with three-quarter sleeves and a small white print, white
    # trousers, orange dupatta, studio.
    # details: caption adapter
    case(
        "X479-046",
        caption("a man in an orange kurta and white pants", "pronoun"),
        D.wearing("an orange kurta and white pants with a dupatta"),
        color_kurta("orange"),
        color_dupatta("white", "other_garment_color"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.details(
            "The shirt is with cotton fabric and graphic patterns. It has a v-shape neckline. The trousers are with "
            "cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.material("it is made of a", "cut"),
        title="Women Orange & White Printed Pure Cotton Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Orange",
        gender="Women",
    ),
]
