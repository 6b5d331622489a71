"""BLIND_464 (46 products; men's ethnic and casual wear on models in layered outfits, base model and VQA adapter):
written blind in the forty-eighth session. Measured blind at 1e6fdd0 (the session's rules as they stood): 102/122
failures found (83.6%) and 9/153 correct texts flagged (5.9%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of men's ethnic and casual wear: kurtas (straight, short, printed,
embroidered), kurta sets with pyjamas or churidars, nehru jackets worn over kurtas or shirts, casual shirts (solid,
checked, striped, floral, denim, linen), polo t-shirts, track pants and joggers, and jeans. Every product is shown on
a male model who wears other clothes too (the kurta's white pyjama, the jeans' t-shirt, the jacket's kurta, the polo's
chinos), against studio backdrops, brick or wooden walls, plants, festive lights and marigold garlands. Each row has
the seller's title, category, color and gender; a few rows miss the color or the gender, as real feeds do. Besides
enrich's default questionnaire, the job asks per-garment color questions: "What is the color of the pants?" and
"What is the color of the jacket?" (the latter only where a jacket is in the photo), and one "Is this a kurta?" and an
open collar question on a few ethnic items.

Who wrote what: captions and open answers come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase,
"a man in a white kurta and white pants"); the base model stops on its own and never has hit_limit. On some products
the job ran the VQA LoRA adapter of the original experiments (Data3_V3_BLIP2_VQA) for some open questions, and on two
for the caption; the comment above each case names those texts. That adapter was trained with no end-of-answer token
on In-shop VQA pairs, so every one of its texts runs to its limit (30 new tokens for answers, 50 for captions) and
carries hit_limit=True: it repeats a color or an In-shop class name ("tee/tank, pants tee/tank, pants ..."), runs on
until it is cut, or, for the caption prompt it never learned, writes out its own "Question: ... Answer: ..." pairs.
No caption-adapter (DeepFashion template) text is in this set. The closed questions (garment_type, color, pattern,
sleeve_length, the per-garment color questions unless a comment says the VQA adapter answered them freely, and
"Is this a kurta?") are enrich's `--engine reference` answers, chosen from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words count as correct for the seller's color: blue for navy or teal, green for teal, olive or bottle green,
  red for maroon, burgundy or wine, yellow for mustard, white for cream or off white, grey for charcoal or
  grey melange, pink for peach, purple for lavender, brown or khaki for beige chinos. Navy answered black is a
  contradiction, as in the other sets.
- A striped or checked garment answered with one of its own two colors (white for a blue-and-white striped shirt)
  is correct. A print's color given as the garment's color (blue for a white shirt with blue flowers) is contradiction.
- The color of another garment the model wears (the kurta under a nehru jacket, the t-shirt over track pants, the
  jeans under a shirt), given as the product's color, is other_garment_color; so is the product's own color given to
  the pants ("pink" pants for a pink kurta worn with blue jeans), since that answer gives a garment the color of
  another. A color no garment in the photo has (the brick wall's red, the marigolds' yellow) is contradiction.
- The per-garment pants question answered about the pants the model wears (blue for the jeans under a shirt) is
  correct even though the seller's color is the shirt's. Captions and answers naming the other garments in their own
  colors are correct.
- Garment synonyms: vest or waistcoat or jacket for a nehru jacket; pajamas, pants or churidar for the kurta set's
  bottom; polo shirt, t-shirt or shirt for a polo; pants, sweatpants or joggers for track pants; pants or denim for
  jeans. A short (hip-length) kurta called a shirt is correct; a knee-length kurta called a shirt or a dress is
  contradiction. The nehru jacket answered "kurta" (the garment under it) is contradiction, not other_garment_color.
- Sleeves: a nehru jacket answered "long sleeves" (the sleeves of the kurta or shirt under it) is contradiction, and
  so is "short sleeves" for a long-sleeved shirt whose sleeves the model rolled up to the elbows.
- Materials: one the title names is correct (chambray as denim, flannel, linen, velvet, jacquard); a plausible guess
  where the title names none (polyester on shiny track pants, cotton on a plain cotton-look kurta) is correct; a
  material the title contradicts (silk for a pure cotton kurta, polyester for a pure cotton polo, velvet for a linen
  blend jacket) is unsupported. A material question answered with the garment's name or color is restated; "fabric"
  or "material" alone is non_answer.
- Invented items not in the photo (a watch, a belt, a tie, a pocket square, a brooch, sunglasses, a hat, a chest logo
  on a plain polo, a pocket on a pocketless shirt, birds in an abstract print) are unsupported.
- Base answers that run on into "Question: ... Answer: ..." are leak, even where the first words are right. A base
  answer that stops early mid-phrase ("it is made of") is cut, without hit_limit. "the details of the kurta", "they are
  jeans" and an empty answer are non_answer; "the kurta is a kurta" style echoes of the question are restated.
- "she" or "a woman" for the male model is pronoun (the base model does it on pink and lavender kurtas and on long
  hair), even where the garments named are right.
- VQA adapter texts: a text that repeats a word or phrase over and over is loop (whether or not the repeated color is
  right: the loop is what the auditor sees first); one that runs on without repeating and stops mid-sentence is cut;
  its caption that writes out Question/Answer pairs is leak. All of them keep hit_limit=True.
- Kurta sets and jacket sets: the seller's color is the kurta's (Mustard for a mustard kurta with white pyjamas; Off
  White for an off-white kurta with a gold jacket), so the white pyjama asked by the pants question is white, and the
  gold jacket asked by the jacket question is gold.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Text, caption, case, color_of, is_a, question

color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
collar = question("collar", "What type of collar does the garment have?", "open")


def vqa_pants(text: str, failure: str | None = None) -> Text:
    """The pants' color asked of the VQA adapter as free generation (open, always run to the token limit)."""
    return color_of("pants", text, failure, kind="open", hit_limit=True)


BLIND_464 = [
    # photo: model in a white chikankari-embroidered straight kurta (knee length, mandarin collar, long sleeves) and
    # white pyjama, brown sandals, plain beige studio backdrop, front view.
    # VQA adapter: the pants' color
    case(
        "X464-001",
        caption("a man in a white kurta and white pants standing in front of a beige wall"),
        D.wearing("a white kurta and pajamas"),
        D.color("white"),
        vqa_pants(
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
        ),
        D.details("the kurta has embroidery on the front and on the sleeves"),
        D.material("silk", "unsupported"),
        title="Men White Chikankari Embroidered Pure Cotton Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: model in a navy blue sleeveless nehru jacket over a white long-sleeved kurta and white churidar, plain
    # grey backdrop, front view.
    # VQA adapter: wearing
    case(
        "X464-002",
        caption("a man wearing a blue vest over a white kurta"),
        D.wearing(
            "jacket/coat, pants jacket/coat, pants jacket/coat, pants jacket/coat, pants jacket/coat, pants "
            "jacket/coat, pants jacket/coat",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("jacket"),
        D.color("white", "other_garment_color"),
        color_jacket("navy blue"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Men Navy Blue Solid Cotton Blend Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in blue slim-fit jeans, a plain white crew-neck t-shirt tucked out, white sneakers, white studio
    # backdrop, front view; no watch, no belt visible.
    # VQA adapter: details
    case(
        "X464-003",
        caption("a man in a white t-shirt and blue jeans"),
        D.wearing("he is wearing a white t-shirt, blue jeans and a watch", "unsupported"),
        D.color("white", "other_garment_color"),
        color_pants("blue"),
        D.details(
            "the pants are denim pants with a blue color and a slim fit and a button and a zipper on the front and "
            "the white blouse/shirt is tucked",
            "cut",
            hit_limit=True,
        ),
        D.material("denim"),
        title="Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: model in black track pants with white side taping, a plain grey t-shirt and black sneakers, white
    # studio backdrop, front view.
    case(
        "X464-004",
        caption("a man in a grey t-shirt and black track pants"),
        D.wearing("a grey t-shirt and grey pants", "other_garment_color"),
        D.garment_type("pants"),
        D.color("grey", "other_garment_color"),
        D.pattern("solid"),
        D.details("the pants have white stripes on the side"),
        D.material("it is made of", "cut"),
        title="Men Black Solid Track Pants with Contrast Side Taping",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: model in a plain maroon pique polo t-shirt (no logo) and beige chinos, outdoors in front of green
    # potted plants, front view.
    case(
        "X464-005",
        caption("a man in a red polo shirt and khaki pants standing in front of some plants"),
        D.wearing(
            "a red shirt Question: What is the color of the pants? Answer: beige",
            "leak",
        ),
        D.color("maroon"),
        D.sleeve_length("short sleeves"),
        D.description("a maroon polo shirt with a white logo on the chest", "unsupported"),
        D.material("cotton"),
        title="Men Maroon Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: model in a red and navy checked full-sleeved shirt with one chest pocket, buttoned, over blue jeans,
    # white backdrop, front view.
    # VQA adapter: wearing
    case(
        "X464-006",
        caption("a man in a red and blue plaid shirt and jeans"),
        D.wearing(
            "blouse/shirt, denim blouse/shirt, denim blouse/shirt, denim blouse/shirt, denim blouse/shirt, denim "
            "blouse/shirt",
            "loop",
            hit_limit=True,
        ),
        D.pattern("checked"),
        D.color("red"),
        D.details("the shirt has a pocket on the chest and buttons down the front"),
        D.material("a red and blue shirt", "restated"),
        title="Men Red & Navy Blue Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: model in a mustard yellow knee-length kurta (self-coloured buttons) and white pyjama, short-haired,
    # white backdrop, front view.
    case(
        "X464-007",
        caption("a man in a yellow kurta and white pajamas"),
        D.wearing("she is wearing a yellow kurta", "pronoun"),
        D.color("yellow"),
        color_pants("yellow", "other_garment_color"),
        D.details("the kurta has a mandarin collar and gold buttons", "unsupported"),
        D.material("cotton"),
        title="Men Mustard Yellow Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Mustard",
        gender="Men",
    ),
    # photo: model in an olive green nehru jacket (welt pockets, five buttons) over a beige kurta and beige
    # trousers, red brick wall behind, front view.
    # VQA adapter: the pants' color
    case(
        "X464-008",
        caption("a man in a green vest and beige pants standing in front of a brick wall"),
        D.garment_type("kurta", "contradiction"),
        color_jacket("green"),
        vqa_pants(
            "beige beige beige beige beige beige beige beige beige beige beige beige beige beige beige beige beige "
            "beige beige beige beige beige beige beige beige beige beige beige beige beige",
            "loop",
        ),
        D.pattern("solid"),
        D.details("the jacket has buttons down the front and two pockets"),
        D.color("red", "contradiction"),
        title="Men Olive Green Solid Woven Nehru Jacket",
        category="Nehru Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a white long-sleeved linen shirt with the sleeves rolled up to the elbows, khaki trousers, white
    # backdrop, front view.
    case(
        "X464-009",
        caption("a man in a white shirt and khaki pants"),
        D.wearing("a white shirt and khaki pants"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("linen"),
        D.description(
            "a white shirt with a collar Question: What is the color of the pants? Answer: khaki",
            "leak",
        ),
        title="Men White Solid Pure Linen Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: model in black skinny jeans and an untucked olive t-shirt covering the waistband, grey backdrop, front
    # view.
    # VQA adapter: the pants' color
    case(
        "X464-010",
        caption("a man in a green t-shirt and black jeans"),
        D.color("green", "other_garment_color"),
        vqa_pants(
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
        ),
        D.details("the jeans have a button and a zipper"),
        D.description("a pair of black jeans with a brown belt", "unsupported"),
        D.material("denim"),
        title="Men Black Skinny Fit Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: model in a navy polo t-shirt with white tipping on the collar and sleeve hems, grey trousers, studio,
    # front view.
    case(
        "X464-011",
        caption("a man in a blue polo shirt and grey pants"),
        D.color("blue"),
        D.pattern("striped", "contradiction"),
        D.details("the collar and the sleeves have white stripes"),
        D.material("polyester", "unsupported"),
        D.description("a blue polo shirt with white stripes on the collar and sleeves"),
        title="Men Navy Blue Polo Collar Pure Cotton T-shirt with Tipping",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in grey melange joggers (elastic waistband, drawstring, cuffed ankles), a black t-shirt and white
    # sneakers, white studio backdrop, front view.
    # VQA adapter: wearing
    case(
        "X464-012",
        caption("a man in a black t-shirt and grey sweatpants"),
        D.wearing(
            "tee/tank, pants tee/tank, pants tee/tank, pants tee/tank, pants tee/tank, pants tee/tank, pants tee/tank",
            "loop",
            hit_limit=True,
        ),
        D.color("black", "other_garment_color"),
        color_pants("grey"),
        D.details(
            "the pants have an elastic waistband and a drawstring Question: What is the color of the shirt? Answer: "
            "black",
            "leak",
        ),
        title="Men Grey Melange Solid Joggers Track Pants",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: model in a white half-sleeved shirt printed with blue flowers (no pocket), beige chinos, a potted palm
    # beside him, white backdrop, front view.
    case(
        "X464-013",
        caption("a man in a white shirt with blue flowers on it"),
        D.pattern("floral"),
        D.color("blue", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.description("a white shirt with blue flowers and a pocket", "unsupported"),
        color_pants("beige"),
        title="Men White & Blue Floral Printed Pure Cotton Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a teal blue straight knee-length kurta with a mandarin collar and white churidar, plain grey
    # wall, front view.
    case(
        "X464-014",
        caption("a man in a green kurta and white pants"),
        D.wearing("a blue kurta"),
        D.garment_type("kurta"),
        collar("mandarin collar"),
        color_pants("blue", "other_garment_color"),
        D.details("the details of the kurta", "non_answer"),
        D.material("the kurta is made of", "cut"),
        title="Men Teal Blue Solid Straight Kurta",
        category="Kurtas",
        color="Teal",
        gender="Men",
    ),
    # photo: model in a beige nehru jacket with a small brown paisley print over a black kurta and black pyjama,
    # white backdrop, front view; nothing pinned on the jacket.
    case(
        "X464-015",
        caption("a man in a black kurta and a beige vest"),
        D.color("black", "other_garment_color"),
        color_jacket("beige"),
        D.description("a beige jacket with a paisley print"),
        D.details("the jacket has a gold brooch on the chest", "unsupported"),
        color_pants("black"),
        title="Men Beige Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Beige",
        gender="Men",
    ),
    # photo: model in light blue heavily faded jeans and a black shirt, tucked out, white backdrop, front view.
    # VQA adapter: details
    case(
        "X464-016",
        caption("a man in a black shirt and blue jeans"),
        D.garment_type("jeans"),
        D.color("black", "other_garment_color"),
        color_pants("light blue"),
        D.details(
            "the pants are denim pants with a light blue color and a faded wash and a button on the front and the "
            "pockets on the",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black shirt and black jeans", "contradiction"),
        title="Men Light Blue Regular Fit Mid-Rise Heavy Fade Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a plain green polo t-shirt (no logo) and blue jeans, leaning on a red brick wall, front view.
    case(
        "X464-017",
        caption("a man in a green polo shirt leaning against a red brick wall"),
        D.wearing("a green shirt and blue jeans"),
        D.color("red", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.details("the shirt has a logo on the chest", "unsupported"),
        D.material("a green polo shirt", "restated"),
        title="Men Green Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: model in a burgundy velvet nehru jacket with gold buttons and a gold-embroidered collar over a cream
    # kurta and cream churidar, in front of warm string lights, front view.
    case(
        "X464-018",
        caption("a man in a red jacket and white kurta standing in front of lights"),
        D.wearing("a red vest and a white kurta"),
        D.garment_type("kurta", "contradiction"),
        color_jacket("maroon"),
        D.material("velvet"),
        D.details("the jacket has gold buttons and embroidery on the collar"),
        color_pants("maroon", "other_garment_color"),
        title="Men Burgundy Velvet Nehru Jacket",
        category="Nehru Jackets",
        color="Burgundy",
        gender="Men",
    ),
    # photo: model in a pink hip-length short kurta and blue jeans, white backdrop, front view.
    # VQA adapter: wearing
    case(
        "X464-019",
        caption("a woman in a pink shirt and blue jeans", "pronoun"),
        D.wearing(
            "blouse/shirt, denim, pink, blouse/shirt, denim, pink, blouse/shirt, denim, pink, blouse/shirt, denim, "
            "pink",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("shirt"),
        D.color("pink"),
        color_pants("pink", "other_garment_color"),
        title="Men Pink Solid Pure Cotton Short Kurta",
        category="Kurtas",
        color="Pink",
        gender="Men",
    ),
    # photo: model in a plain black kurta (mandarin collar, button placket, no embroidery) and black pyjama, white
    # backdrop, front view.
    # VQA adapter: wearing
    case(
        "X464-020",
        caption("a man in a black kurta and black pants"),
        D.wearing(
            "the person is wearing a blouse/shirt and pants, the blouse/shirt is black and the pants are black "
            "and the blouse/shirt has long",
            "cut",
            hit_limit=True,
        ),
        D.color("black"),
        color_pants("black"),
        D.details("the kurta has a mandarin collar and buttons on the front"),
        D.description("a black kurta with gold embroidery on the neck", "unsupported"),
        title="Men Black Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Black",
        gender="Men",
    ),
    # photo: model in a blue and white vertically striped shirt with a button-down collar and a chest pocket,
    # sleeves rolled, over blue jeans, grey backdrop, front view.
    case(
        "X464-021",
        caption("a man in a blue and white striped shirt"),
        D.wearing(
            "a striped shirt and jeans Question: What is the color of the jeans? Answer: blue",
            "leak",
        ),
        D.pattern("checked", "contradiction"),
        D.color("white"),
        D.details("the shirt has a button down collar and a pocket"),
        D.material("the shirt is made of", "cut"),
        title="Men Blue & White Striped Slim Fit Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: model in navy track pants with thin white piping and zip pockets, a white t-shirt, white backdrop, front
    # view.
    # VQA adapter: the pants' color
    case(
        "X464-022",
        caption("a man in a white t-shirt and blue pants"),
        vqa_pants(
            "navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue "
            "navy blue navy blue navy blue navy blue navy blue",
            "loop",
        ),
        D.color("white", "other_garment_color"),
        D.details("the pants have a white stripe on the side and pockets"),
        D.material("white", "restated"),
        title="Men Navy Blue Solid Track Pants with Contrast Piping",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a charcoal grey nehru jacket over a white long-sleeved shirt and blue jeans, light wooden plank
    # wall behind, front view.
    case(
        "X464-023",
        caption("a man in a grey vest and white shirt standing in front of a wooden wall"),
        D.garment_type("jacket"),
        color_jacket("grey"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("long sleeves", "contradiction"),
        color_pants("blue"),
        D.wearing("a grey jacket, a white shirt and a blue tie", "unsupported"),
        title="Men Charcoal Grey Solid Slim Fit Nehru Jacket",
        category="Nehru Jackets",
        color="Charcoal",
        gender="Men",
    ),
    # photo: model in an off-white kurta with a mandarin collar, a gold-toned jacquard nehru jacket over it and
    # off-white churidar, cream backdrop, front view.
    # VQA adapter: caption
    case(
        "X464-024",
        caption(
            "Question: What cloth is the person wearing? Answer: jacket/coat Question: What is the color of the "
            "jacket/coat? Answer: yellow Question: Is this a jacket/coat? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        D.wearing("a white kurta and a gold jacket"),
        color_jacket("gold"),
        D.color("white"),
        color_pants("gold", "other_garment_color"),
        D.details("the jacket has a brocade pattern and the kurta has a mandarin collar"),
        title="Men Off-White Kurta with Gold-Toned Jacquard Nehru Jacket & Churidar",
        category="Kurta Sets",
        color="Off White",
        gender="Men",
    ),
    # photo: model in a yellow polo t-shirt (two-button placket, no pocket) and navy track pants, in a park with
    # green trees, front view.
    case(
        "X464-025",
        caption("a man in a yellow shirt standing in a park"),
        D.color("yellow"),
        color_pants("blue"),
        D.details(
            "the shirt has a collar, two buttons and a pocket on the chest",
            "unsupported",
        ),
        D.description(
            "a yellow shirt with a collar Question: Is this a polo shirt? Answer: yes",
            "leak",
        ),
        D.material("", "non_answer"),
        title="Men Yellow Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: model in dark navy ripped jeans (torn knees) and a white shirt, white sneakers, grey backdrop, front view.
    case(
        "X464-026",
        caption("a man in a white shirt and ripped jeans"),
        D.garment_type("jeans"),
        D.color("blue"),
        color_pants("black", "contradiction"),
        D.details("the jeans have rips on the knees"),
        D.description("they are jeans", "non_answer"),
        D.material("it is made of cotton and silk", "unsupported"),
        title="Men Navy Blue Slim Fit Highly Distressed Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model with shoulder-length hair in olive joggers (drawstring, cuffed ankles) and a white t-shirt,
    # studio, front view.
    # VQA adapter: the pants' color
    case(
        "X464-027",
        caption("a man wearing a white t-shirt and green pants"),
        D.wearing("she is wearing a white shirt and green pants", "pronoun"),
        D.color("green"),
        vqa_pants(
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
        ),
        D.details("the pants have cuffs at the ankles and a drawstring"),
        title="Men Olive Green Solid Joggers",
        category="Track Pants",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a plain black long-sleeved shirt (one chest pocket, open collar, no tie), grey trousers, a large
    # green plant behind him, front view.
    case(
        "X464-028",
        caption("a man in a black shirt standing in front of a plant"),
        D.sleeve_length("long sleeves"),
        D.details("the shirt has a pocket and a black tie", "unsupported"),
        color_pants("grey"),
        D.material("a black shirt", "restated"),
        D.wearing("a black shirt and green pants", "contradiction"),
        title="Men Black Solid Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: model in a rust orange knee-length kurta with side slits and white pyjama, red brick wall behind, front
    # view.
    case(
        "X464-029",
        caption("a man in an orange kurta standing in front of a brick wall"),
        D.wearing("a man in an orange shirt and white pants", "contradiction"),
        D.color("orange"),
        color_pants("orange", "other_garment_color"),
        D.details("the kurta has slits on the sides"),
        D.material("it is made of silk", "unsupported"),
        title="Men Rust Orange Solid Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Rust",
        gender="Men",
    ),
    # photo: model in a cream silk-blend kurta and cream pyjama, marigold garlands hanging behind him, front view.
    # VQA adapter: wearing
    case(
        "X464-030",
        caption("a man in a white kurta standing in front of a flower decoration"),
        D.wearing(
            "blouse/shirt and pants and a blouse/shirt and pants and a blouse/shirt and pants and a blouse/shirt and "
            "pants",
            "loop",
            hit_limit=True,
        ),
        D.color("yellow", "contradiction"),
        D.material("silk"),
        color_pants("white"),
        is_a("kurta", "yes"),
        title="Men Cream-Coloured Silk Blend Kurta with Pyjamas",
        category="Kurta Sets",
        color="Cream",
        gender="Men",
    ),
    # photo: model in a red polo t-shirt with a small black embroidered logo on the chest, black jeans, studio, front
    # view.
    # VQA adapter: wearing
    case(
        "X464-031",
        caption("a man in a red polo shirt and black jeans"),
        D.wearing(
            "polo shirt, denim polo shirt, denim polo shirt, denim polo shirt, denim polo shirt, denim polo shirt",
            "loop",
            hit_limit=True,
        ),
        D.color("red"),
        color_pants("red", "other_garment_color"),
        D.details("the shirt has a small logo on the chest"),
        D.material("the material is", "cut"),
        title="Men Red Brand Logo Polo Collar T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: model in a long-sleeved blue chambray shirt with two flap chest pockets and beige chinos, white
    # backdrop, front view.
    case(
        "X464-032",
        caption("a man in a denim shirt and khaki pants"),
        D.wearing("a blue shirt and blue jeans", "contradiction"),
        D.color("blue"),
        D.material("denim"),
        D.details("the shirt has two pockets on the chest with flaps"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Men Blue Chambray Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: model with long hair tied back in grey slim jeans and an untucked navy polo covering the waistband,
    # studio, front view.
    # VQA adapter: the pants' color
    case(
        "X464-033",
        caption("a man in a blue shirt and grey jeans"),
        D.wearing("she is wearing a blue shirt and grey jeans", "pronoun"),
        D.color("grey"),
        vqa_pants(
            "grey denim pants with a slim fit and a button and a zipper and pockets on the front and on the back and "
            "a pair of",
            "cut",
        ),
        D.details("the jeans have a button, a zipper and pockets on the front"),
        D.description("a pair of grey jeans with a black leather belt", "unsupported"),
        title="Men Grey Slim Fit Mid-Rise Stretchable Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: model in a blue and white ikat printed knee-length kurta and white pyjama, white backdrop, front view.
    case(
        "X464-034",
        caption("a man in a blue and white kurta"),
        D.garment_type("dress", "contradiction"),
        D.pattern("printed"),
        D.color("blue"),
        D.details("the kurta has a geometric print"),
        D.material("blue kurta", "restated"),
        color_pants("blue", "other_garment_color"),
        title="Men Blue & White Ikat Printed Pure Cotton Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a black nehru jacket over a maroon kurta and white churidar, white backdrop, front view; no
    # pocket square.
    # VQA adapter: the pants' color
    case(
        "X464-035",
        caption("a man in a black vest and a red kurta"),
        D.color("maroon", "other_garment_color"),
        color_jacket("black"),
        vqa_pants(
            "white pants with a black and red and black and white and red and black and white and red and black and "
            "white and red and",
            "loop",
        ),
        D.details("the jacket has a pocket square", "unsupported"),
        D.sleeve_length("sleeveless"),
        title="Men Black Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: model in a white polo t-shirt (three-button placket) and blue jeans, white backdrop, front view.
    # VQA adapter: the pants' color
    case(
        "X464-036",
        caption("a man in a white polo shirt and jeans"),
        D.color("white"),
        vqa_pants(
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue",
            "loop",
        ),
        D.details("the details of the shirt", "non_answer"),
        D.description("a white polo shirt with a collar and buttons"),
        D.material("white", "restated"),
        title="Men White Solid Polo Collar T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a green and black checked flannel shirt worn open over a white t-shirt, black jeans, grey
    # backdrop, front view.
    case(
        "X464-037",
        caption("a man in a green plaid shirt over a white t-shirt"),
        D.wearing(
            "a green shirt and black jeans Question: What is the color of the shirt? Answer: green",
            "leak",
        ),
        D.color("white", "other_garment_color"),
        D.pattern("checked"),
        D.material("flannel"),
        color_pants("green", "other_garment_color"),
        title="Men Green & Black Checked Cotton Flannel Casual Shirt",
        category="Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: model in maroon track pants with zip side pockets and a white t-shirt, bare-headed, white backdrop,
    # front view. The feed row has no color.
    case(
        "X464-038",
        caption("a man in a white t-shirt and red pants"),
        D.wearing("a white shirt and red pants and a red hat", "unsupported"),
        D.garment_type("jeans", "contradiction"),
        D.color("red"),
        color_pants("red"),
        D.details("the pants have a zip pocket on the side"),
        title="Men Maroon Solid Slim Fit Track Pants",
        category="Track Pants",
        gender="Men",
    ),
    # photo: model in a lavender straight kurta with white thread embroidery on the collar and placket, white
    # churidar, light grey backdrop, front view.
    case(
        "X464-039",
        caption("a woman in a purple kurta and white pants", "pronoun"),
        D.color("purple"),
        D.garment_type("kurta"),
        D.details("the kurta has white embroidery on the collar"),
        color_pants("purple", "other_garment_color"),
        D.material("the kurta is a kurta", "restated"),
        title="Men Lavender Embroidered Straight Kurta",
        category="Kurtas",
        color="Lavender",
        gender="Men",
    ),
    # photo: model in a long-sleeved peach shirt with one chest pocket (empty) and white trousers, on a beach with the
    # sea behind, front view.
    case(
        "X464-040",
        caption("a man in a pink shirt standing on the beach"),
        D.wearing("she is wearing a pink shirt and white pants", "pronoun"),
        D.garment_type("t-shirt", "contradiction"),
        D.color("pink"),
        D.details(
            "the shirt has a pocket on the chest with a pair of sunglasses in it",
            "unsupported",
        ),
        D.material("linen"),
        title="Men Peach-Coloured Cotton Linen Casual Shirt",
        category="Shirts",
        color="Peach",
        gender="Men",
    ),
    # photo: model in dark navy straight jeans and a yellow crew-neck t-shirt, white backdrop, front view. The feed
    # row has no gender.
    # VQA adapter: details
    case(
        "X464-041",
        caption("a man in a yellow t-shirt and blue jeans"),
        D.color("yellow", "other_garment_color"),
        color_pants("blue"),
        D.details(
            "denim, denim, denim, denim, denim, denim, denim, denim, denim, denim, denim, denim, denim, denim, denim",
            "loop",
            hit_limit=True,
        ),
        D.material("blue jeans", "restated"),
        title="Men Navy Blue Straight Fit Jeans",
        category="Jeans",
        color="Navy Blue",
    ),
    # photo: model in a bottle green nehru jacket over a white shirt (no tie) and beige trousers, white backdrop,
    # front view.
    case(
        "X464-042",
        caption("a man in a green vest and white shirt"),
        D.garment_type("vest"),
        color_jacket("green"),
        D.sleeve_length("sleeveless"),
        D.wearing("a green vest, a white shirt and a green tie", "unsupported"),
        D.material("it is made of velvet", "unsupported"),
        color_pants("green", "other_garment_color"),
        title="Men Bottle Green Solid Linen Blend Nehru Jacket",
        category="Nehru Jackets",
        color="Green",
        gender="Men",
    ),
    # photo: model in a black polo t-shirt and khaki shorts, studio, front view.
    case(
        "X464-043",
        caption("a man in a black polo shirt and khaki shorts"),
        D.wearing("a black shirt and black shorts", "contradiction"),
        D.color("black"),
        D.details("it has a collar"),
        D.material("fabric", "non_answer"),
        title="Men Black Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: model in charcoal grey track pants and a red t-shirt, white sneakers, white backdrop, front view.
    # VQA adapter: caption
    case(
        "X464-044",
        caption(
            "a man in a red shirt and a red shirt and a red shirt and a red shirt and a red shirt and a red shirt and "
            "a red shirt and a red shirt and a red shirt and a red shirt and a red",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red shirt and grey pants"),
        D.color("red", "other_garment_color"),
        color_pants("grey"),
        D.details("they are pants", "non_answer"),
        title="Men Charcoal Grey Solid Track Pants",
        category="Track Pants",
        color="Charcoal",
        gender="Men",
    ),
    # photo: model in a hip-length short kurta with an abstract multicolour print (orange, teal, yellow blotches) and
    # white jeans, plain white wall, front view.
    # VQA adapter: the pants' color
    case(
        "X464-045",
        caption("a man in a colorful shirt and white jeans"),
        D.color("multicolor"),
        D.garment_type("shirt"),
        vqa_pants(
            "white jeans with a multicolor blouse/shirt and white sneakers and the person is standing in front of a "
            "white wall and the",
            "cut",
        ),
        D.description("a shirt with a print of birds and flowers", "unsupported"),
        D.material("the shirt is made of", "cut"),
        title="Men Multicoloured Printed Short Kurta",
        category="Kurtas",
        color="Multi",
        gender="Men",
    ),
    # photo: model in a blue and white checked long-sleeved shirt and dark blue jeans, white backdrop, front view.
    # The feed row has no color.
    # VQA adapter: wearing
    case(
        "X464-046",
        caption("a man in a blue checkered shirt and jeans"),
        D.wearing(
            "blouse/shirt blouse/shirt blouse/shirt blouse/shirt blouse/shirt blouse/shirt blouse/shirt blouse/shirt",
            "loop",
            hit_limit=True,
        ),
        D.pattern("checked"),
        D.color("blue"),
        D.details(
            "the shirt is blue Question: What are the details of the shirt? Answer: the shirt is blue",
            "leak",
        ),
        title="Men Blue Checked Casual Shirt",
        category="Shirts",
        gender="Men",
    ),
]
