"""BLIND_287 (46 products; kids' wear on an Indian marketplace: tees, shirts, frocks, kurta sets, lehengas, sets):
written blind in the forty-third session. Measured blind at f8d22e8 (the session's rules as they stood): 96/123
failures found (78.0%) and 1/162 correct texts flagged (0.6%). The writer's notes, verbatim:

Scenario: an Indian marketplace feed (Myntra/FirstCry-like, English titles) of kids' wear for boys and girls aged about
two to twelve: tshirts (graphic, striped, polo), shirts (checked, denim, party shirts with a bow tie), frocks and
party dresses, kurta sets (kurta with pyjama, dhoti or sharara, some with a Nehru jacket), lehenga cholis, jeans,
joggers, night suits and packs of two. About two thirds are model shots of a child (studio backdrops, coloured walls,
gardens, beds, festive props such as diyas, balloons and teddy bears), the rest flat-lays on white, wooden or coloured
surfaces. Each row has the seller's title, category, color and gender ("Boys", "Girls"); a few miss the gender, the
category or the color, as real feeds do. Seller colors use the feed's shade names (Navy Blue, Mustard, Olive, Peach,
Maroon, Lavender, Sea Green, Multi for packs).

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a little boy in
a blue t-shirt ...") or, where the comment says so, from the caption-only LoRA adapter of the original experiments
(the DeepFashion-MultiModal template: "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt
is with cotton fabric ..."). The adapter never learned an end token, so each of its texts runs to its token limit
(hit_limit=True); asked a question it returns its template. It knows no children: it says "the lady" or "the
gentleman", and has no words for kurta, lehenga or frock. The open questions (wearing, description, details,
material) come from the base model unless the comment names the adapter; the base model stops on its own, so its
texts never have hit_limit. The closed questions (garment_type, color, pattern, sleeve_length, the per-piece colors
color_top/color_skirt/color_kurta/... and "Is this a ...?") are enrich's `--engine reference` answers, picked from
candidate sets: never a loop or a cut, but they can pick the wrong candidate.

Labeling conventions and judgement calls:
- Shade words are correct: blue for navy, yellow for mustard, green for olive or sea green, pink for peach, red for
  maroon, purple for lavender, cream or white for off white. A color that no piece of the product has (the wall, a
  balloon, the print or trim given as the garment's color, navy as black, sea green as blue) is contradiction; the
  color of another piece of the outfit (the tee under the jeans, the pyjama of a night suit, the skirt of a lehenga)
  given to the asked piece is other_garment_color.
- Garment synonyms are correct: dress for frock, pajamas for a night suit, pants or sweatpants for joggers, skirt and
  top for lehenga choli, vest for a Nehru jacket, shirt for a kurta (the adapter's and the base model's word for it),
  tutu for a tulle skirt, plaid for checks. A kurta set captioned "a yellow dress" (the auditor sees one dress, not a
  kurta with palazzos), a lehenga choli templated as one sleeveless dress, a shirt dress answered "shirt" and a
  night-suit top templated as a sweater are contradiction.
- The adapter's "the lady" for a girl and "the gentleman" for a boy are not pronoun failures (the template has no
  children); "the lady" for a boy, "he" for a girl, "she" for a boy and "a girl" for a boy are pronoun.
- A pack of two described as one garment ("a blue t-shirt" for a pack of two tees) is contradiction (count vs title).
  A flat-lay templated as "The lady wears ..." is not a failure of its own: the cut is what is labelled.
- Materials: one the title names (cotton, silk blend, art silk, net, velvet, tulle, sequins for a sequinned tee) or
  a plausible guess on a plain cotton-look fabric ("cotton") is correct; denim for a chambray dress is correct (they
  look alike); a material neither named nor visible (linen on a cotton shirt, silk on a cotton kurta) is unsupported;
  the jeans' denim given for the cotton shirt worn with them is contradiction. A material question answered with the
  garment's name and color, or with the adapter's template, is restated (hit_limit kept for the adapter).
- Invented items or features (a bow on the back in a front view, a belt, suspenders, a pocket, a pearl necklace,
  ripped knees on plain jeans, a white collar on a plain red polo, buttons on the back of a flat-lay) are unsupported.
- The reference engine's wrong closed answers are contradiction (olive as brown, cap or flutter sleeves as long
  sleeves or sleeveless, a lion print as pure color, cargo joggers as shorts, "no" to "Is this a kurta?", the denim
  shirt as the t-shirt under it, "yes" to jeans for joggers), except where the value is another piece's color. For a
  pack of two in different colors (seller color Multi) a color neither piece has is contradiction.
- Material guesses against what the photo plainly shows (cotton for a velvet dress) and fabrics neither named nor
  visible (polyester, silk on a party shirt) are unsupported.
- Adapter texts: a repeated template sentence is loop; a text that stops mid-sentence without repeating is cut; a
  misnamed garment or wrong-gender template is what the auditor sees first (contradiction or pronoun, hit_limit kept).
- A base answer cut short by an early stop ("it is made of") is cut without hit_limit; an empty answer, "the jeans
  have details" and "the person is wearing" are non_answer. A base answer that runs on into "Question: ... Answer:"
  is leak, even where its first words are right.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_top = question("color_top", "What is the color of the top?", "closed")
color_skirt = question("color_skirt", "What is the color of the skirt?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
color_kurta = question("color_kurta", "What is the color of the kurta?", "closed")
color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")

BLIND_287 = [
    # photo: boy in a navy blue round-neck tee with a green dinosaur print, grey shorts, plain white studio backdrop.
    # adapter: none
    case(
        "X287-001",
        caption("a little boy wearing a blue t-shirt with a dinosaur on it"),
        D.wearing("a blue t-shirt and grey shorts"),
        D.color("blue"),
        D.pattern("graphic"),
        D.sleeve_length("short sleeves"),
        D.material("cotton"),
        title="Boys Navy Blue Dinosaur Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a peach floral-print frock with flutter sleeves, standing against a pink wall, front view.
    # caption: adapter
    case(
        "X287-002",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady wears a short-sleeve dress with floral patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink dress"),
        D.color("pink"),
        D.description("a pink floral dress in front of a pink wall"),
        D.details("the dress has a bow on the back", "unsupported"),
        title="Girls Peach Floral Print Fit & Flare Cotton Frock",
        category="Frocks",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy in a blue-and-white checked half-sleeve shirt, untucked over blue jeans, grey backdrop.
    # adapter: none
    case(
        "X287-003",
        caption("a young boy in a checkered shirt and jeans"),
        D.wearing("a shirt and jeans"),
        D.color("blue"),
        D.pattern("checked"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("denim", "contradiction"),
        title="Boys Blue & White Checked Pure Cotton Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a mustard yellow flared lehenga with gold embroidery, pink choli, pink net dupatta on one
    # shoulder, no jewellery, cream backdrop with a brass lamp. details: adapter
    case(
        "X287-004",
        caption("a little girl in a yellow and pink lehenga"),
        D.wearing("a yellow skirt and a pink top and a necklace", "unsupported"),
        color_skirt("yellow"),
        color_top("pink"),
        color_dupatta("yellow", "other_garment_color"),
        D.material("silk"),
        D.details(
            "The skirt is with silk fabric and pure color patterns. It has a long length. The skirt is with silk "
            "fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        title="Girls Mustard Yellow & Pink Embroidered Art Silk Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Mustard",
        gender="Girls",
    ),
    # photo: boy in a cream kurta with a maroon Nehru jacket over it, cream churidar, beige studio backdrop.
    # caption: adapter
    case(
        "X287-005",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand-up collar. The gentleman wears a long trousers. The trousers are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a white kurta and a red vest", "pronoun"),
        color_jacket("red"),
        color_kurta("cream"),
        D.color("cream", "other_garment_color"),
        is_a("kurta", "yes"),
        title="Boys Cream Kurta with Churidar & Maroon Nehru Jacket",
        category="Kurta Sets",
        color="Maroon",
        gender="Boys",
    ),
    # photo: flat-lay of blue slim jeans (plain, no distressing) with an elastic-back waist on a wooden floor.
    # adapter: none
    case(
        "X287-006",
        caption("a pair of blue jeans on a wooden floor"),
        D.garment_type("jeans"),
        D.color("blue"),
        D.details("the jeans have a button and a", "cut"),
        D.material("denim"),
        D.description("a pair of blue jeans with a hole in the knee", "unsupported"),
        title="Girls Blue Slim Fit Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy in a grey tee and black joggers with a white stripe down each side, white sneakers, white backdrop.
    # adapter: none
    case(
        "X287-007",
        caption("a boy in a grey shirt and black pants"),
        D.wearing("a grey t-shirt and black joggers"),
        D.color("grey", "other_garment_color"),
        is_a("pair of jeans", "no"),
        D.details("the pants have a white stripe on the side"),
        D.material("black joggers", "restated"),
        D.description(
            "black pants with white stripes Question: what is the color of the t-shirt? Answer: grey",
            "leak",
        ),
        title="Boys Black Solid Cotton Joggers with Side Stripes",
        category="Joggers",
        color="Black",
        gender="Boys",
    ),
    # photo: flat-lay on a white sheet of a girls' night suit: pink tee with a unicorn print, purple pyjama with
    # small white stars. caption and details: adapter
    case(
        "X287-008",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("pajamas"),
        color_top("pink"),
        color_pants("pink", "other_garment_color"),
        D.description("a pink unicorn pajama set"),
        D.details(
            "The T-shirt is with cotton fabric and graphic patterns. It has a round neckline. The pants are with "
            "cotton fabric and pure color patterns",
            "cut",
            hit_limit=True,
        ),
        title="Girls Pink & Purple Unicorn Printed Night Suit",
        category="Night Suits",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in an olive green full-sleeve shirt with one chest pocket, beige chinos, red brick wall behind.
    # adapter: none
    case(
        "X287-009",
        caption("a young boy standing in front of a brick wall"),
        D.wearing("a green shirt and khaki pants"),
        D.color("brown", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.details("the shirt has a pocket on the chest and", "cut"),
        D.material("the shirt is made of linen", "unsupported"),
        title="Boys Olive Green Solid Cotton Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Boys",
    ),
    # photo: girl in a sleeveless red frock with white polka dots and a white Peter Pan collar, grey backdrop; no hair
    # accessory.
    # adapter: none
    case(
        "X287-010",
        caption("a little girl in a red polka dot dress"),
        D.wearing("a red dress with white polka dots and a red bow in her hair", "unsupported"),
        D.pattern("polka dot"),
        D.color("white", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.description("a red and white polka dot dress with a white collar"),
        D.material("a red dress", "restated"),
        title="Girls Red Polka Dot Print A-Line Frock with Collar",
        category="Frocks",
        color="Red",
        gender="Girls",
    ),
    # photo: flat-lay of two plain round-neck tees side by side, one yellow and one navy, white background.
    # adapter: none
    case(
        "X287-011",
        caption("two t-shirts, one yellow and one blue"),
        D.garment_type("t-shirt"),
        D.description("a blue t-shirt", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.details("the t-shirts have a round neck and a logo on the chest", "unsupported"),
        D.material("cotton"),
        D.color("red", "contradiction"),
        title="Boys Pack of 2 Solid Round Neck Cotton T-shirts",
        category="Tshirts",
        color="Multi",
        gender="Boys",
    ),
    # photo: girl in a knee-length yellow kurta with white neck embroidery, white palazzos, garden with plants.
    # adapter: none
    case(
        "X287-012",
        caption("a girl in a yellow dress standing in a garden", "contradiction"),
        D.wearing("a yellow kurta and white pants"),
        color_kurta("yellow"),
        color_pants("white"),
        D.material("cotton"),
        D.details(
            "embroidery on the neck Question: what is the color of the pants? Answer: white",
            "leak",
        ),
        title="Girls Yellow Embroidered Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy sitting on a bed in a blue half-sleeve night-suit top with a cars print and navy shorts.
    # adapter: none
    case(
        "X287-013",
        caption("a little boy sitting on a bed in his pajamas"),
        D.wearing("she is wearing a blue shirt and shorts", "pronoun"),
        color_top("blue"),
        color_shorts("grey", "contradiction"),
        D.details("the shirt has cars and trucks and airplanes on it", "unsupported"),
        D.pattern("graphic"),
        title="Boys Blue Car Printed Night Suit with Shorts",
        category="Night Suits",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a pink net lehenga with sequins, pink sleeveless choli, pink dupatta, white backdrop.
    # caption and description: adapter
    case(
        "X287-014",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. There is an accessory on her wrist. The dress is with chiffon fabric",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a pink lehenga"),
        D.color("pink"),
        is_a("lehenga", "yes"),
        D.material("net"),
        D.details("", "non_answer"),
        D.description(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. The lady "
            "wears a sleeveless dress with",
            "contradiction",
            hit_limit=True,
        ),
        title="Girls Pink Sequinned Net Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a white crew-neck tee and black jeans, flat grey backdrop, full-length front view.
    # adapter: none
    case(
        "X287-015",
        caption("a boy in a white shirt and black jeans"),
        D.color("white", "other_garment_color"),
        D.garment_type("jeans"),
        D.details("the jeans have details", "non_answer"),
        D.material("denim"),
        title="Boys Black Slim Fit Clean Look Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in a sleeveless navy party dress, sequinned bodice and layered tulle skirt, studio with
    # fairy lights behind. adapter: none
    case(
        "X287-016",
        caption("a little girl in a blue dress with sparkles"),
        D.wearing("a blue dress"),
        D.color("black", "contradiction"),
        D.material("tulle"),
        D.description(
            "a blue dress with a sequin top and a tulle skirt Question: what is the color of the dress? Answer: blue",
            "leak",
        ),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Girls Navy Blue Embellished Tulle Party Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: boy in a white half-sleeve shirt with a green tropical leaf print, plain green shorts, beach backdrop.
    # caption and details: adapter
    case(
        "X287-017",
        caption(
            "The gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "lapel collar. The gentleman wears a shorts. The shorts are with cotton fabric and pure color patterns. It",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt with leaves and green shorts"),
        color_shirt("green", "other_garment_color"),
        color_shorts("green"),
        D.pattern("floral"),
        D.details(
            "The shirt is with cotton fabric and floral patterns. It has a lapel collar. The shirt is with cotton "
            "fabric and floral patterns. It has",
            "loop",
            hit_limit=True,
        ),
        title="Boys White & Green Tropical Print Shirt with Shorts",
        category="Clothing Set",
        color="White",
        gender="Boys",
    ),
    # photo: flat-lay of a lavender tee with a "HAPPY VIBES" text print on a white table.
    # adapter: none
    case(
        "X287-018",
        caption("a purple t-shirt with the words happy vibes"),
        D.garment_type("t-shirt"),
        D.color("purple"),
        D.pattern("graphic"),
        D.material("it is made of", "cut"),
        D.description("it is a garment", "non_answer"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Girls Lavender Typography Printed Cotton T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy in a white kurta with gold buttons and a white pyjama, standing against a yellow wall; plain collar.
    # adapter: none
    case(
        "X287-019",
        caption("a young boy in a white kurta standing against a yellow wall"),
        D.wearing("a white kurta and pajama"),
        D.color("yellow", "contradiction"),
        color_pants("white"),
        D.details("gold buttons on the front and gold embroidery on the collar", "unsupported"),
        is_a("kurta", "no", "contradiction"),
        title="Boys White Solid Cotton Kurta with Pyjama",
        category="Kurta Sets",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a white tee and pink joggers with two side pockets, park with trees behind.
    # adapter: none
    case(
        "X287-020",
        caption("a little girl in a pink pants and white shirt"),
        D.wearing("he is wearing pink pants and a white shirt", "pronoun"),
        D.color("pink"),
        D.garment_type("pants"),
        D.details("the pants have an elastic waistband and pockets"),
        D.material("pink pants", "restated"),
        title="Girls Pink Solid Cotton Joggers",
        category="Joggers",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a plain red polo tee (red collar) and blue jeans, white backdrop. caption, wearing and material:
    # adapter
    case(
        "X287-021",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel collar. The gentleman wears a long denim pants. The pants are with",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("t-shirt"),
        D.color("red"),
        D.wearing(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel collar. The",
            "cut",
            hit_limit=True,
        ),
        D.description("a red polo shirt with a white collar", "unsupported"),
        D.material(
            "The T-shirt is with cotton fabric and pure color patterns. It has a lapel collar. The gentleman wears a "
            "long denim",
            "restated",
            hit_limit=True,
        ),
        title="Boys Red Solid Polo Collar Cotton T-shirt",
        category="Tshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: girl holding a teddy bear, in a white frock with small pink and blue flowers and frill sleeves; no belt.
    # adapter: none
    case(
        "X287-022",
        caption("a little girl in a white floral dress holding a teddy bear"),
        D.wearing("a white dress with flowers"),
        D.color("pink", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.details("the dress has a bow and a belt", "unsupported"),
        title="Girls White Floral Printed Cotton Frock",
        category="Frocks",
        color="White",
        gender="Girls",
    ),
    # photo: flat-lay of two pairs of plain joggers, one grey melange and one navy, drawstrings and cuffed hems.
    # adapter: none
    case(
        "X287-023",
        caption("two pairs of sweatpants on a white background"),
        D.garment_type("pants"),
        D.description("two pairs of grey and blue sweatpants"),
        D.details("the sweatpants have drawstrings and cuffs at the bottom"),
        D.material("grey sweatpants", "restated"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Boys Pack of 2 Solid Cotton Joggers",
        category="Joggers",
        color="Multi",
        gender="Boys",
    ),
    # photo: girl in a three-quarter-sleeve green kurta with gota lace, green sharara and green dupatta with gold lace
    # border, studio.
    # caption and material: adapter
    case(
        "X287-024",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a long pants. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green kurta with matching sharara and dupatta"),
        color_kurta("green"),
        color_dupatta("green"),
        D.material(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "V-shape",
            "restated",
            hit_limit=True,
        ),
        D.details("gold lace on the border of the dupatta"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Girls Green Gotta Patti Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Girls",
    ),
    # photo: boy in an open blue denim shirt, sleeves down, over a white tee, khaki chinos, grey backdrop.
    # adapter: none
    case(
        "X287-025",
        caption("a boy in a denim shirt over a white t-shirt"),
        D.wearing("he is wearing a blue shirt over a white t-shirt and khaki pants"),
        D.color("white", "other_garment_color"),
        D.material("denim"),
        D.sleeve_length("long sleeves"),
        D.garment_type("t-shirt", "contradiction"),
        D.details("the shirt has two pockets on the chest and a", "cut"),
        title="Boys Blue Solid Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a maroon velvet full-sleeve party dress with a white lace collar, Christmas tree behind.
    # adapter: none
    case(
        "X287-026",
        caption("a little girl in a red velvet dress next to a christmas tree"),
        D.wearing("a red dress"),
        D.color("red"),
        D.material("cotton", "unsupported"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("the dress has a lace collar"),
        title="Girls Maroon Velvet Party Dress with Lace Collar",
        category="Dresses",
        color="Maroon",
        gender="Girls",
    ),
    # photo: flat-lay of a toddler set: mustard tee with a lion face print and brown shorts, on a beige rug.
    # adapter: none
    case(
        "X287-027",
        caption("a yellow shirt and brown shorts with a lion on it"),
        color_top("yellow"),
        color_shorts("yellow", "other_garment_color"),
        D.pattern("pure color", "contradiction"),
        D.description("a yellow t-shirt with a lion and brown shorts"),
        D.wearing("a t-shirt and shorts"),
        title="Boys Mustard Lion Print T-shirt with Brown Shorts",
        category="Clothing Set",
        color="Mustard",
        gender="Boys",
    ),
    # photo: girl in light blue jeans with small flowers embroidered on the front pockets, white tee, grey backdrop.
    # caption and material: adapter
    case(
        "X287-028",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long denim pants. The denim pants are with",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("jeans"),
        D.color("white", "other_garment_color"),
        D.details("flowers embroidered on the pockets"),
        D.material(
            "The lady wears a long denim pants. The denim pants are with denim fabric and pure color patterns. The "
            "lady wears a",
            "restated",
            hit_limit=True,
        ),
        title="Girls Blue Floral Embroidered Jeans",
        category="Jeans",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy in a navy kurta and white pyjama holding a lit diya, festive backdrop with marigold garlands.
    # adapter: none
    case(
        "X287-029",
        caption("a young boy in a blue kurta holding a diya"),
        D.wearing("a blue kurta and white pants"),
        D.color("white", "other_garment_color"),
        color_kurta("blue"),
        D.details("Question: What is the boy holding? Answer: a candle", "leak"),
        D.material("silk", "unsupported"),
        title="Boys Navy Blue Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a red lehenga with a wide gold zari border, red short-sleeve choli, gold dupatta, white backdrop.
    # caption and description: adapter
    case(
        "X287-030",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.color("gold", "contradiction"),
        color_skirt("red"),
        is_a("lehenga", "yes"),
        D.details("the skirt has gold border"),
        D.description(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        title="Girls Red Zari Work Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender="Girls",
    ),
    # photo: flat-lay of a navy-and-white horizontally striped tee, no pocket, on a light blue table top.
    # description: adapter
    case(
        "X287-031",
        caption("a white and blue striped t-shirt"),
        D.pattern("striped"),
        D.color("blue"),
        D.sleeve_length("short sleeves"),
        D.description(
            "The T-shirt is with cotton fabric and striped patterns. It has a round neckline. The T-shirt is with "
            "cotton fabric and striped",
            "loop",
            hit_limit=True,
        ),
        D.details("the t-shirt has a pocket on the left chest", "unsupported"),
        D.material("the t-shirt is made of polyester", "unsupported"),
        title="Boys Navy Blue & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue & White",
        gender="Boys",
    ),
    # photo: girl on a sofa in a yellow "SLEEPY HEAD" tee and a grey pyjama with small yellow stars.
    # adapter: none
    case(
        "X287-032",
        caption("a yellow shirt and grey pajama pants"),
        D.wearing("he is wearing a yellow shirt and grey pajamas", "pronoun"),
        color_top("grey", "other_garment_color"),
        color_pants("grey"),
        D.details("the shirt has the words sleepy head on it"),
        D.material("it is made of cotton and", "cut"),
        title="Girls Yellow & Grey Printed Pure Cotton Night Suit",
        category="Night Suits",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy in a white full-sleeve party shirt with a black bow tie and black trousers; no suspenders.
    # adapter: none
    case(
        "X287-033",
        caption("a little boy in a white shirt and bow tie"),
        D.wearing("a white shirt with a black bow tie and black pants"),
        D.color("black", "other_garment_color"),
        D.garment_type("shirt"),
        D.details("a black bow tie and suspenders", "unsupported"),
        D.sleeve_length("long sleeves"),
        D.material("silk", "unsupported"),
        title="Boys White Solid Party Shirt with Bow Tie",
        category="Shirts",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a pink tee with a flip-sequin heart, blue jeans, in front of a pink wall. caption: adapter
    case(
        "X287-034",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a short-sleeve T-shirt with graphic patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink shirt with a heart on it and jeans"),
        D.color("pink"),
        D.pattern("graphic"),
        D.details("the shirt has a heart made of", "cut"),
        D.material("sequins"),
        title="Girls Pink Embellished Sequinned Pure Cotton T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a black tee and olive green cargo joggers with side pockets, concrete wall behind.
    # adapter: none
    case(
        "X287-035",
        caption("a girl in a black shirt and green pants", "pronoun"),
        D.wearing("a black t-shirt and green pants with pockets"),
        D.color("green"),
        D.garment_type("shorts", "contradiction"),
        D.details("the pants have pockets on the side"),
        D.material("cotton"),
        title="Boys Olive Green Cotton Cargo Joggers",
        category="Joggers",
        color="Olive",
        gender="Boys",
    ),
    # photo: girl in a blue chambray short-sleeve shirt dress with a self-fabric belt, no pockets, white sneakers, grey
    # backdrop.
    # adapter: none
    case(
        "X287-036",
        caption("a girl in a blue shirt dress with a brown belt", "contradiction"),
        D.wearing("a blue dress"),
        D.garment_type("shirt", "contradiction"),
        D.color("blue"),
        D.material("denim"),
        D.sleeve_length("short sleeves"),
        D.details("buttons on the front and a belt at the waist and a pocket", "unsupported"),
        title="Girls Blue Chambray Shirt Dress with Belt",
        category="Dresses",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy in a grey full-sleeve night-suit top and grey pyjama, both with a small dinosaur print, on a bed.
    # caption: adapter
    case(
        "X287-037",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long pants. The pants are with cotton",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("pajamas with dinosaurs"),
        color_top("grey"),
        color_pants("black", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.description("a grey pajama set with dinosaurs on it"),
        D.details("the details of the pajamas", "non_answer"),
        title="Boys Grey Dinosaur Printed Full Sleeve Night Suit",
        category="Night Suits",
        color="Grey",
        gender="Boys",
    ),
    # photo: girl in a peach dress with a white lace overlay on the bodice, cap sleeves, white shoes, garden; no
    # jewellery.
    # adapter: none
    case(
        "X287-038",
        caption("a little girl in a pink dress and white shoes"),
        D.wearing("a pink dress with white lace"),
        D.color("white", "contradiction"),
        D.details("the dress has lace and a pearl necklace", "unsupported"),
        D.description("a pink dress with white lace on the top"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Girls Peach Lace Overlay Fit & Flare Dress",
        category="Dresses",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy in a yellow silk-blend kurta and a white dhoti pant, temple-style backdrop. adapter: none
    case(
        "X287-039",
        caption("a little boy in a yellow kurta and white dhoti"),
        D.wearing("the person is wearing", "non_answer"),
        color_kurta("yellow"),
        color_pants("yellow", "other_garment_color"),
        is_a("kurta", "yes"),
        D.material("the kurta is made of silk"),
        title="Boys Yellow Silk Blend Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Yellow",
        gender="Boys",
    ),
    # photo: flat-lay of two sleeveless A-line frocks, one pink with white flowers and one plain yellow; front view.
    # adapter: none
    case(
        "X287-040",
        caption("a pink floral dress on a white background", "contradiction"),
        D.garment_type("dress"),
        D.description("a pink dress with flowers and a yellow dress"),
        D.details("the dresses have buttons on the back", "unsupported"),
        D.sleeve_length("sleeveless"),
        D.material("cotton"),
        title="Girls Pack of 2 Cotton A-Line Frocks",
        category="Frocks",
        color="Multi",
        gender="Girls",
    ),
    # photo: boy in a black tee with a neon green game-controller graphic and "GAME ON", grey joggers, white backdrop.
    # caption and description: adapter
    case(
        "X287-041",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.color("green", "contradiction"),
        D.wearing("a black t-shirt with a video game controller on it"),
        D.description(
            "The T-shirt is with cotton fabric and graphic patterns. It has a crew neckline. The T-shirt is with "
            "cotton "
            "fabric and graphic",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Boys Black Gaming Graphic Printed Cotton T-shirt",
        category="Tshirts",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in a lavender floral-print lehenga and a plain white choli, no border, no dupatta, white backdrop. The
    # feed
    # row has no gender. adapter: none
    case(
        "X287-042",
        caption("a little girl in a purple and white lehenga"),
        D.wearing("a purple skirt and white top"),
        color_top("purple", "other_garment_color"),
        color_skirt("purple"),
        D.material("a purple lehenga", "restated"),
        D.pattern("floral"),
        D.details("the skirt has a floral print and a gold border", "unsupported"),
        title="Girls Lavender Floral Print Lehenga with White Choli",
        category="Lehenga Choli",
        color="Lavender",
    ),
    # photo: boy in navy mildly distressed jeans (faded, frayed at the knees) and a red checked shirt worn untucked,
    # grey backdrop.
    # adapter: none
    case(
        "X287-043",
        caption("a boy in a red plaid shirt and blue jeans"),
        D.wearing("a red shirt and blue jeans and a black belt", "unsupported"),
        D.color("red", "other_garment_color"),
        D.details("the jeans are ripped at the knees"),
        D.garment_type("jeans"),
        D.description(
            "blue jeans with a red shirt Question: describe the shirt Answer: a red plaid shirt",
            "leak",
        ),
        title="Boys Navy Blue Mildly Distressed Stretchable Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a white graphic tee (a pink bunny print) and a pink tulle tutu skirt, pink balloons behind.
    # caption and material: adapter
    case(
        "X287-044",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a short skirt. The skirt is with chiffon fabric and",
            "cut",
            hit_limit=True,
        ),
        color_top("pink", "other_garment_color"),
        color_skirt("pink"),
        D.wearing("he is wearing a white shirt and a pink tutu", "pronoun"),
        D.details("the skirt is made of tulle"),
        D.material(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round",
            "restated",
            hit_limit=True,
        ),
        title="Girls White & Pink Printed T-shirt with Tutu Skirt",
        category="Clothing Set",
        color="White",
        gender="Girls",
    ),
    # photo: boy in a sea green kurta with a small white floral print and mandarin collar, white pyjama, studio.
    # The feed row has no category. adapter: none
    case(
        "X287-045",
        caption("a boy in a green shirt and white pants"),
        D.wearing(
            "a green kurta and white pajamas Question: what is the color of the kurta? Answer: green",
            "leak",
        ),
        color_kurta("blue", "contradiction"),
        D.pattern("floral"),
        D.details("the kurta has a floral print and a mandarin collar"),
        D.sleeve_length("long sleeves"),
        title="Boys Sea Green Floral Printed Kurta with Pyjama",
        color="Sea Green",
        gender="Boys",
    ),
    # photo: toddler girl on grass holding a red balloon, in a sleeveless yellow frock with a sunflower print and
    # smocking on the chest, frills at the shoulders, no pocket. The feed row has no color. material: adapter
    case(
        "X287-046",
        caption("a little girl in a yellow dress holding a red balloon"),
        D.wearing("a yellow dress with sunflowers"),
        D.color("red", "contradiction"),
        D.description("a yellow dress with a sunflower print and a smocked top"),
        D.material(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The",
            "restated",
            hit_limit=True,
        ),
        D.details(
            "ruffles on the shoulders and a pocket with a teddy bear on it",
            "unsupported",
        ),
        title="Girls Yellow Sunflower Print Smocked Cotton Frock",
        category="Frocks",
        gender="Girls",
    ),
]
