"""BLIND_223 (46 products; Indian marketplace men's and women's casual wear, layered outfits): written blind in the
fortieth session. Measured blind at e458945 (the session's rules as they stood): 93/122 failures found (76.2%) and
9/141 correct texts flagged (6.4%). The writer's notes, verbatim:

Scenario: the original experiments re-run on an Indian marketplace's English catalog feed (Myntra/Flipkart-like) of
men's and women's casual wear: polo and graphic t-shirts, checked and printed shirts, jeans, chinos, joggers, cargo
and chino shorts, hoodies and sweatshirts, denim and bomber jackets, casual kurtas and kurtis, palazzos, co-ord sets,
casual dresses and jumpsuits. Most photos show the model in two or three garments (a shirt worn open over a tee with
jeans, a kurti over leggings, a crop top with high-waist jeans), so the product is often not the only garment, and
sometimes not the most visible one (jeans sold from a photo dominated by the shirt). Backdrops are studio white or
grey, with some coloured walls, brick walls, a garden, a plant or a framed picture. Each row has the seller's title,
category, color and gender; a few rows miss the color or the gender, as real feeds do.

Who wrote what: captions and open answers (wearing, description, details, material and the set's own open questions)
come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, stops on its own, never hit_limit), except
where the comment says the caption adapter (`leoreigoto/Data2_V2_Blip2_Finetune_Caption`) wrote them: the adapter
writes the DeepFashion-MultiModal template ("The gentleman wears a short-sleeve shirt with pure color patterns. The
shirt is with cotton fabric ..."), has no end token and runs to its limit (50 new tokens for captions, 30 for
answers, hit_limit=True), and returns that template to any question. The closed questions (garment_type, color,
pattern, sleeve_length, the per-piece colors and the yes/no "Is this a ...?") come from enrich's `--engine reference`,
chosen from candidate sets: they never loop or get cut, but they can pick the wrong candidate.

Labeling conventions and judgement calls:
- Shade words count as correct: blue for navy, sky blue, teal blue or indigo; green for olive or teal; yellow for
  mustard; red for maroon or rust red; orange for rust; pink for peach or coral pink; brown for khaki and tan; beige,
  khaki or white for cream, off white or stone; grey for charcoal or grey melange; purple for lavender. A two-colour
  product whose title names both colors (White & Navy striped polo, White & Blue kurta set) may be given either one.
  "Black" for charcoal jeans is a contradiction (the engine had "grey" among its candidates).
- Garment synonyms count as correct: t-shirt or shirt for a polo t-shirt, pants or trousers for chinos and joggers,
  sweatshirt for a hoodie, jacket for a bomber or denim jacket, kurta for a kurti, top for a tee or a kurti, overall
  for a dungaree, pajamas for pyjama pants; in open answers "shirt" for a tee too (the base model says it of every
  tee). "Jeans" for denim shorts or "pants" for shorts is a contradiction (the length is wrong). A garment the row
  does not sell may be named loosely (the long kurti over the leggings sold called "a red dress") without a failure;
  the product itself misnamed is a contradiction. The yes/no "Is this a ...?" uses In-shop's classes (tee and shirt
  apart), so the engine's yes to "Is this a shirt?" for a round-neck tee is a contradiction.
- Colors of other visible garments: an answer that gives the product (or the piece asked about) the color of another
  garment in the photo (the inner tee's white for an open checked shirt, the jeans' blue for the shirt) is
  other_garment_color; a color nothing in the photo has is contradiction. The one color repeated for every garment
  ("grey shirt and grey jeans") is labelled where it is wrong: on the text whose garment does not have it, as
  other_garment_color when another garment in that photo has it.
- Naming every garment of the outfit in its own color ("a white t-shirt, a checked shirt and blue jeans") is correct,
  including the garments the row does not sell. A wall, a plant or a print described in its own color is correct.
- Invented items or details not in the photo (a watch, sunglasses, a cap, a belt not worn, pockets on a plain front,
  a logo on a plain tee, shoes on a photo cropped at the knees, "ripped" on plain jeans) are unsupported. A material
  the title names or one plainly visible (denim, knit, linen when the title says linen) is correct; cotton for a plain
  tee, shirt or kurta is a plausible, correct guess; leather, silk or wool on cotton casual wear is unsupported.
- Adapter texts: every one runs to its limit. One that repeats a sentence of its template is loop; one that stops
  mid-sentence without repeating is cut; the template returned for the material question is restated (the question
  is not answered even where the template names a fabric). Where the template misnames the garment (long trousers for
  shorts, a dress for a dungaree, a sweater for a bomber jacket) the misnaming is seen first: contradiction,
  hit_limit kept. The template calling a
  man "the lady" (or a woman "the gentleman") is pronoun, hit_limit kept.
- Base answers: "he" or "his" for a woman, "she" or "her" for a man is pronoun; an answer that runs on into
  "Question: ... Answer: ..." is leak even when its first words are right; an empty answer, "the shirt details",
  "the details of the garment", "it has details" are non_answer; a material question answered with the garment's name
  or color ("a blue shirt"), or a details question answered with the question's own words ("the shorts are short"), is
  restated; a base answer stopped early mid-phrase ("it is made of a") is cut without hit_limit.
- The engine's wrong closed answers are contradiction (navy as black, olive as brown, checked as striped, full as
  short sleeves, a kurti as a dress, shorts as jeans), or other_garment_color where the candidate it picks is the
  color of another visible garment. A yes to "Is this a shirt?" for a t-shirt sold alone is contradiction; a no to
  "Is this a pair of jeans?" for jeans is contradiction.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    question,
    wearing,
)

shirt_color = question("shirt_color", "What is the shirt color?", "open")
print_q = question("print", "What is printed on the t-shirt?", "open")
fit = question("fit", "What is the fit of the garment?", "open")
neckline = question("neckline", "What is the neckline of the garment?", "open")

BLIND_223 = [
    # photo: man in a navy blue solid polo t-shirt with a white-tipped collar, beige chinos, white studio backdrop,
    # front view cut at the knees.
    # no adapter texts
    case(
        "X223-001",
        caption("a man in a blue polo shirt and khaki pants"),
        wearing("a blue polo shirt and khaki pants with a watch", "unsupported"),
        B.garment_type("t-shirt"),
        B.color("blue"),
        color_of("pants", "blue", "other_garment_color"),
        B.material("cotton"),
        title="Men Navy Blue Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a blue-and-navy checked casual shirt worn open over a white crew-neck tee, mid-blue jeans, grey
    # backdrop, front view.
    # no adapter texts
    case(
        "X223-002",
        caption("a man wearing a white shirt and blue jeans", "other_garment_color"),
        wearing("a white t-shirt, a plaid shirt and jeans"),
        B.garment_type("shirt"),
        B.color("blue"),
        B.pattern("checked"),
        shirt_color("white", "other_garment_color"),
        title="Men Blue & Navy Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a mustard yellow straight cotton kurti with three-quarter sleeves and white palazzos, standing in
    # front of a pale pink wall with a potted plant.
    # no adapter texts
    case(
        "X223-003",
        caption("a woman in a yellow kurta standing in front of a pink wall"),
        wearing("he is wearing a yellow kurta and white pants", "pronoun"),
        B.garment_type("kurta"),
        B.color("yellow"),
        color_of("pants", "yellow", "other_garment_color"),
        B.material("silk", "unsupported"),
        title="Women Mustard Yellow Solid Straight Cotton Kurti",
        category="Kurtas & Kurtis",
        color="Mustard",
        gender="Women",
    ),
    # photo: man in a black round-neck tee with a white "BROOKLYN NYC" graphic print, light blue ripped jeans, red
    # brick wall outdoors.
    # caption: adapter
    case(
        "X223-004",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a black t-shirt and black jeans", "other_garment_color"),
        print_q("brooklyn nyc"),
        B.color("black"),
        B.pattern("graphic"),
        color_of("jeans", "black", "other_garment_color"),
        title="Men Black Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in light blue skinny jeans, a white tee knotted at the waist, white sneakers, white backdrop,
    # full-length front view.
    # no adapter texts
    case(
        "X223-005",
        caption("a woman in a white shirt and blue jeans"),
        wearing("a white t-shirt and light blue jeans and white sneakers"),
        is_a("pair of jeans", "yes"),
        color_of("jeans", "white", "other_garment_color"),
        fit("skinny Question: what is the color of the jeans? Answer: blue", "leak"),
        details("jeans", "the jeans have rips on the knees", "unsupported"),
        title="Women Light Blue Skinny Fit Mid-Rise Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: man in olive green cotton cargo joggers with side flap pockets and elastic cuffs, black crew tee, grey
    # studio backdrop, full-length.
    # description: adapter
    case(
        "X223-006",
        caption("a man in a black t-shirt and green cargo pants"),
        wearing("a black shirt and black pants", "other_garment_color"),
        B.color("brown", "contradiction"),
        describe(
            "pants",
            "The gentleman wears a long trousers with pure color patterns. The trousers are with cotton fabric. The "
            "gentleman wears a long",
            "loop",
            hit_limit=True,
        ),
        details("pants", "there are pockets on the sides"),
        B.material("the pants are green", "restated"),
        title="Men Olive Green Solid Cotton Cargo Joggers",
        category="Track Pants",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a maroon midi A-line dress with a small white floral print, short flutter sleeves, in a garden,
    # green hedge behind.
    # no adapter texts
    case(
        "X223-007",
        caption("a woman in a red floral dress standing in a garden"),
        wearing("a red dress with white flowers and a hat", "unsupported"),
        B.pattern("floral"),
        B.sleeve_length("sleeveless", "contradiction"),
        describe("dress", "it is a maroon dress with a", "cut"),
        B.material("cotton"),
        title="Women Maroon Floral Print A-Line Midi Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: man in a grey melange pullover hoodie with a kangaroo pocket and drawstrings, black joggers, white
    # backdrop, front view.
    # details, material: adapter
    case(
        "X223-008",
        caption("a man wearing a grey hoodie and grey pants", "other_garment_color"),
        B.garment_type("sweatshirt"),
        B.color("grey"),
        details(
            "hoodie",
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a",
            "cut",
            hit_limit=True,
        ),
        B.material(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The gentleman",
            "restated",
            hit_limit=True,
        ),
        is_a("hoodie", "yes"),
        title="Men Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a pink solid top with puff short sleeves and a square neck, tucked into blue jeans, white
    # backdrop, cut at the thighs.
    # no adapter texts
    case(
        "X223-009",
        caption("a woman wearing a pink top and jeans"),
        wearing("a pink top and blue jeans"),
        B.color("pink"),
        neckline("square neck"),
        B.sleeve_length("long sleeves", "contradiction"),
        details("top", "the top has puff sleeves and a bow on the back", "unsupported"),
        title="Women Pink Solid Puff Sleeve Square Neck Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: man in a light blue washed denim trucker jacket worn open over a white tee, black jeans, grey backdrop.
    # caption: adapter
    case(
        "X223-010",
        caption(
            "The lady wears a long-sleeve shirt with denim patterns. The shirt is with denim fabric. It has a lapel "
            "neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color patterns. "
            "The",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a denim jacket, a white shirt and black jeans"),
        B.garment_type("jacket"),
        B.color("white", "other_garment_color"),
        color_of("jeans", "blue", "other_garment_color"),
        B.material("denim"),
        title="Men Light Blue Washed Denim Jacket",
        category="Jackets",
        color="Light Blue",
        gender="Men",
    ),
    # photo: man in a white short cotton kurta with a mandarin collar and a half placket, blue jeans, beige wall.
    # caption: adapter
    case(
        "X223-011",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a white kurta and blue jeans"),
        B.garment_type("kurta"),
        B.color("white"),
        details("kurta", "it has a collar and buttons on the front"),
        B.material("cotton"),
        title="Men White Solid Pure Cotton Short Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: woman in a black-and-white horizontal striped round-neck tee, black denim shorts, white backdrop.
    # wearing: adapter
    case(
        "X223-012",
        caption("a woman in a striped shirt and black shorts"),
        wearing(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round",
            "cut",
            hit_limit=True,
        ),
        B.pattern("striped"),
        B.color("black"),
        color_of("shorts", "white", "other_garment_color"),
        B.material("black and white stripes", "restated"),
        title="Women Black & White Striped Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: man in a maroon full-sleeve henley tee with a three-button placket, navy chinos, white backdrop.
    # caption: adapter
    case(
        "X223-013",
        caption(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a henley neckline. The gentleman wears a long-sleeve T-shirt with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a red henley shirt and navy pants"),
        B.color("red"),
        B.sleeve_length("short sleeves", "contradiction"),
        neckline("a henley neck with buttons"),
        shirt_color("blue", "other_garment_color"),
        title="Men Maroon Solid Henley Neck Full Sleeve T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman in an olive green utility shirt with two flap chest pockets, worn open over a black tank top, blue
    # jeans, grey backdrop.
    # no adapter texts
    case(
        "X223-014",
        caption("a woman wearing a green shirt and a black top"),
        wearing("she is wearing a green shirt over a black tank top and jeans"),
        B.color("black", "other_garment_color"),
        shirt_color("green"),
        details(
            "shirt",
            "it has two pockets on the chest Question: what is the color of the shirt? Answer: green",
            "leak",
        ),
        B.material("leather", "unsupported"),
        title="Women Olive Green Solid Casual Utility Shirt",
        category="Shirts",
        color="Olive",
        gender="Women",
    ),
    # photo: man in khaki chino shorts, a white tee with a green palm-leaf print, white backdrop, cut at the shins.
    # caption: adapter
    case(
        "X223-015",
        caption(
            "The gentleman wears a short-sleeve T-shirt with floral patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a white shirt and brown shorts"),
        is_a("pair of shorts", "yes"),
        color_of("shorts", "khaki"),
        details("shorts", "the shorts are short", "restated"),
        B.material("cotton"),
        title="Men Khaki Solid Slim Fit Chino Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman in a teal blue cotton co-ord set: boxy short-sleeve shirt and matching straight pants, white
    # backdrop, full-length.
    # no adapter texts
    case(
        "X223-016",
        caption("a woman in a blue shirt and pants"),
        wearing("a blue shirt and white pants", "contradiction"),
        B.color("blue"),
        color_of("pants", "blue"),
        describe(
            "garment",
            "a blue shirt and pants Question: what is the color of the pants? Answer: blue",
            "leak",
        ),
        title="Women Teal Blue Solid Cotton Shirt with Trousers Co-Ord Set",
        category="Co-Ords",
        color="Teal",
        gender="Women",
    ),
    # photo: man in a red-and-black buffalo checked flannel shirt worn open over a black tee, grey jeans, white
    # backdrop.
    # details, material: adapter
    case(
        "X223-017",
        caption("a man wearing a red and black plaid shirt and grey jeans"),
        wearing("a red plaid shirt and a black shirt"),
        B.pattern("striped", "contradiction"),
        B.color("red"),
        details(
            "shirt",
            "The shirt is with cotton fabric and lattice patterns. It has a lapel neckline. The shirt is with cotton "
            "fabric and lattice",
            "loop",
            hit_limit=True,
        ),
        B.material(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel",
            "restated",
            hit_limit=True,
        ),
        title="Men Red & Black Buffalo Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: woman in a white chikankari-embroidered short cotton kurti with three-quarter sleeves, blue jeans, grey
    # backdrop.
    # no adapter texts
    case(
        "X223-018",
        caption("a woman in a white kurta and white jeans", "other_garment_color"),
        wearing("a white top with embroidery and blue jeans"),
        B.garment_type("dress", "contradiction"),
        B.color("white"),
        details("kurta", "white embroidery all over the kurta"),
        B.material("cotton"),
        title="Women White Chikankari Embroidered Pure Cotton Short Kurti",
        category="Kurtas & Kurtis",
        color="White",
        gender="Women",
    ),
    # photo: man in charcoal grey slim fit jeans, a white full-sleeve shirt tucked in, brown belt, white backdrop,
    # full-length.
    # no adapter texts
    case(
        "X223-019",
        caption("a man in a white shirt and white jeans", "other_garment_color"),
        wearing("a white shirt and grey jeans with a brown belt"),
        is_a("pair of jeans", "no", "contradiction"),
        color_of("jeans", "black", "contradiction"),
        fit("slim fit"),
        B.material("denim"),
        title="Men Charcoal Grey Slim Fit Stretchable Jeans",
        category="Jeans",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in a lavender hooded sweatshirt with a small white embroidered logo on the chest, black leggings,
    # white backdrop.
    # no adapter texts
    case(
        "X223-020",
        caption("a woman in a pink hoodie and black leggings", "contradiction"),
        wearing("a purple hoodie and black pants"),
        B.color("black", "other_garment_color"),
        is_a("hoodie", "no", "contradiction"),
        details("hoodie", "the details of the hoodie", "non_answer"),
        B.material("cotton"),
        title="Women Lavender Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: man in a yellow solid round-neck tee, blue jeans, in front of an orange painted wall.
    # no adapter texts
    case(
        "X223-021",
        caption("a man in a yellow t-shirt standing in front of an orange wall"),
        wearing("a yellow t-shirt and blue jeans"),
        B.color("orange", "contradiction"),
        is_a("shirt", "yes", "contradiction"),
        neckline("v-neck", "contradiction"),
        title="Men Yellow Solid Round Neck Cotton T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: woman in navy blue palazzo pants with white polka dots, a plain white sleeveless top, white backdrop.
    # no adapter texts
    case(
        "X223-022",
        caption("a woman in a white top and blue polka dot pants"),
        wearing("a white top and blue pants"),
        B.color("white", "other_garment_color"),
        describe("pants", "they are wide leg pants with white polka dots"),
        details("pants", "the pants are blue", "non_answer"),
        B.material("white", "restated"),
        title="Women Navy Blue Polka Dot Printed Flared Palazzos",
        category="Palazzos",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in black track pants with two white side stripes, grey crew tee, white backdrop, full-length.
    # caption: adapter
    case(
        "X223-023",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "The gentleman wears a long trousers with pure color patterns. The trousers are with cotton fabric. The "
            "gentleman wears a",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a grey shirt and black pants", "pronoun"),
        B.garment_type("track pants"),
        B.color("grey", "other_garment_color"),
        details("pants", "white stripes on the sides"),
        title="Men Black Solid Track Pants with Side Stripes",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a rust orange shirt dress with a self-tie belt, roll-up sleeves, knee length, white backdrop.
    # caption: adapter
    case(
        "X223-024",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. There is an accessory on her waist. The lady wears a short-sleeve dress with pure color",
            "loop",
            hit_limit=True,
        ),
        wearing("an orange dress with a belt"),
        B.garment_type("shirt", "contradiction"),
        B.color("orange"),
        details("dress", "it has buttons down the front and a belt at the waist"),
        title="Women Rust Solid Shirt Dress with Belt",
        category="Dresses",
        color="Rust",
        gender="Women",
    ),
    # photo: man in a white-and-navy horizontal striped polo tee, blue denim shorts, white backdrop.
    # material: adapter
    case(
        "X223-025",
        caption("a man in a striped polo shirt and white shorts", "other_garment_color"),
        wearing("a blue and white striped shirt and shorts"),
        B.pattern("striped"),
        B.color("navy"),
        B.material(
            "The gentleman wears a short-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has "
            "a lapel",
            "restated",
            hit_limit=True,
        ),
        title="Men White & Navy Blue Striped Polo Collar T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in beige linen wide-leg trousers with a drawstring waist, black crop top, white backdrop.
    # no adapter texts
    case(
        "X223-026",
        caption("a woman in a black top and beige pants"),
        wearing("a black crop top and black pants", "other_garment_color"),
        B.color("black", "other_garment_color"),
        B.material("linen"),
        details("pants", "", "non_answer"),
        title="Women Beige Linen Wide Leg Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: man in a green tropical-print half-sleeve shirt worn open over a white tee, beige shorts, white backdrop
    # with a potted palm.
    # no adapter texts
    case(
        "X223-027",
        caption("a man in a green floral shirt and shorts next to a plant"),
        wearing("a green hawaiian shirt, a white t-shirt and shorts"),
        B.pattern("striped", "contradiction"),
        B.color("green"),
        shirt_color("white", "other_garment_color"),
        describe(
            "shirt",
            "it is a green shirt with leaves on it and sunglasses in the pocket",
            "unsupported",
        ),
        title="Men Green Tropical Printed Casual Shirt",
        category="Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: woman in a mid-blue denim dungaree (bib jumpsuit with straps), a white tee underneath, white backdrop.
    # caption: adapter
    case(
        "X223-028",
        caption(
            "The lady wears a sleeveless dress with denim patterns. The dress is with denim fabric. It has a "
            "suspenders neckline. The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt "
            "is with cotton",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a denim overall and a white t-shirt"),
        B.garment_type("jumpsuit"),
        B.color("white", "other_garment_color"),
        B.material("denim"),
        is_a("dress", "no"),
        title="Women Blue Denim Dungaree",
        category="Jumpsuits",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a navy blue bomber jacket with ribbed cuffs and hem, zipped half-open over a grey tee, black
    # jeans, grey backdrop.
    # caption: adapter
    case(
        "X223-029",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a crew neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a blue bomber jacket, a grey t-shirt and black jeans"),
        B.garment_type("jacket"),
        B.color("black", "other_garment_color"),
        details("jacket", "it has a zipper and a hood", "unsupported"),
        B.material("polyester"),
        title="Men Navy Blue Solid Bomber Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a red ribbed crop top with short sleeves, high-waist black jeans, white backdrop.
    # no adapter texts
    case(
        "X223-030",
        caption("a woman in a red top and black jeans"),
        wearing(
            "a red crop top and black jeans Question: what is she wearing? Answer: a red crop top",
            "leak",
        ),
        B.color("red"),
        color_of("jeans", "red", "other_garment_color"),
        B.material("the top is made of", "cut"),
        title="Women Red Ribbed Crop Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: man in a peach solid full-sleeve cotton shirt, white chinos, white backdrop.
    # no adapter texts
    case(
        "X223-031",
        caption("a man in a pink shirt and white pants"),
        wearing("a pink shirt and pink pants", "other_garment_color"),
        B.color("white", "other_garment_color"),
        shirt_color("pink"),
        B.sleeve_length("long sleeves"),
        details(
            "shirt",
            "the shirt has a pocket and buttons Question: what is the color of the pants? Answer:",
            "leak",
        ),
        title="Men Peach Solid Slim Fit Casual Shirt",
        category="Shirts",
        color="Peach",
        gender="Men",
    ),
    # photo: woman in grey melange joggers with elastic cuffs, a white tee, white sneakers, white backdrop.
    # no adapter texts
    case(
        "X223-032",
        caption("a woman in a grey t-shirt and grey sweatpants", "other_garment_color"),
        wearing("he is wearing a white shirt and grey pants", "pronoun"),
        B.garment_type("joggers"),
        color_of("pants", "grey"),
        details("pants", "they have pockets and elastic at the bottom"),
        title="Women Grey Melange Solid Joggers",
        category="Track Pants",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: man in a brown-and-beige checked full-sleeve shirt, buttoned, dark blue jeans, white backdrop.
    # description, details: adapter
    case(
        "X223-033",
        caption("a man in a brown checkered shirt and jeans"),
        B.pattern("checked"),
        B.color("brown"),
        describe(
            "shirt",
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline",
            "cut",
            hit_limit=True,
        ),
        details(
            "shirt",
            "The shirt is with cotton fabric and lattice patterns. The shirt is with cotton fabric and lattice "
            "patterns. The shirt",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", "black", "contradiction"),
        title="Men Brown & Beige Checked Casual Shirt",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
    # photo: woman in a white cotton straight kurta with a blue floral print, blue straight trousers, a blue printed
    # dupatta over one shoulder, beige wall.
    # no adapter texts
    case(
        "X223-034",
        caption("a woman in a white and blue kurta with a scarf"),
        wearing("a white kurta with blue flowers and blue pants"),
        B.color("blue"),
        is_a("dress", "yes", "contradiction"),
        describe("kurta", "it is a white kurta with a blue floral print"),
        B.material("silk", "unsupported"),
        title="Women White & Blue Floral Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: man in a black sleeveless gym vest with a deep armhole, grey shorts, white backdrop.
    # wearing: adapter
    case(
        "X223-035",
        caption("a man in a black tank top and blue shorts", "contradiction"),
        wearing(
            "The gentleman wears a tank tank top with pure color patterns. The tank top is with cotton fabric. It has "
            "a crew neckline",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("vest"),
        B.sleeve_length("sleeveless"),
        B.color("grey", "other_garment_color"),
        title="Men Black Solid Sleeveless Gym Vest",
        category="Innerwear Vests",
        color="Black",
        gender="Men",
    ),
    # photo: woman in black ankle-length leggings under a long red cotton kurti that covers them to the knees, white
    # backdrop, full-length.
    # no adapter texts
    case(
        "X223-036",
        caption("a woman in a red kurta and black leggings"),
        wearing("a red dress and black pants"),
        is_a("pair of leggings", "yes"),
        B.color("red", "other_garment_color"),
        details("leggings", "the details of the leggings", "non_answer"),
        B.material("his leggings are made of cotton", "pronoun"),
        title="Women Black Solid Ankle-Length Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: man in a sky blue oxford shirt with rolled-up sleeves, khaki chinos, white wall with a framed picture.
    # no adapter texts
    case(
        "X223-037",
        caption("a man in a blue shirt standing next to a picture on the wall"),
        wearing("a blue shirt and khaki pants"),
        B.color("blue"),
        B.sleeve_length("short sleeves", "contradiction"),
        details("shirt", "it has a button down collar and a pocket"),
        B.material("denim", "unsupported"),
        title="Men Sky Blue Solid Oxford Casual Shirt",
        category="Shirts",
        color="Sky Blue",
        gender="Men",
    ),
    # photo: woman in white cotton shorts, a blue-and-white striped shirt knotted at the waist, white backdrop.
    # no adapter texts
    case(
        "X223-038",
        caption("a woman in a striped shirt and white shorts"),
        wearing("a blue and white striped shirt and white shorts"),
        B.pattern("striped", "contradiction"),
        color_of("shorts", "white"),
        details("shorts", "they have a belt and pockets", "unsupported"),
        B.material("white shorts", "restated"),
        title="Women White Solid Cotton Shorts",
        category="Shorts",
        color="White",
        gender="Women",
    ),
    # photo: man in a cream cable-knit crew-neck sweater over a white shirt collar, brown chinos, grey backdrop.
    # details: adapter
    case(
        "X223-039",
        caption("a man wearing a white sweater and brown pants"),
        wearing("a sweater and brown pants"),
        B.color("beige"),
        B.material("wool", "unsupported"),
        details(
            "sweater",
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "The gentleman wears a long-sleeve sweater",
            "loop",
            hit_limit=True,
        ),
        title="Men Cream Cable Knit Cotton Pullover Sweater",
        category="Sweaters",
        color="Cream",
        gender="Men",
    ),
    # photo: woman in a color-block sweatshirt (pink body, white chest panel, blue sleeves), blue jeans, white
    # backdrop; the row has no color.
    # no adapter texts
    case(
        "X223-040",
        caption("a woman in a pink and blue sweatshirt and jeans"),
        wearing("a pink, white and blue sweatshirt and jeans and a white cap", "unsupported"),
        B.color("pink"),
        B.sleeve_length("short sleeves", "contradiction"),
        describe("sweatshirt", "it has a pink body and blue sleeves and white in the middle"),
        title="Women Multicolour Colourblocked Sweatshirt",
        category="Sweatshirts",
        gender="Women",
    ),
    # photo: man in black-and-grey camouflage cargo shorts, black tee, white backdrop.
    # caption, material: adapter
    case(
        "X223-041",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The gentleman wears a three-point shorts with graphic patterns. The shorts are",
            "cut",
            hit_limit=True,
        ),
        wearing("a black shirt and black shorts"),
        B.pattern("camouflage"),
        details("shorts", "the shorts have details", "non_answer"),
        B.material(
            "The gentleman wears a three-point shorts with graphic patterns. The shorts are with cotton fabric and "
            "graphic patterns. The",
            "restated",
            hit_limit=True,
        ),
        title="Men Black & Grey Camouflage Print Cargo Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a green-and-white tie-dye oversized tee, white denim shorts, white backdrop.
    # no adapter texts
    case(
        "X223-042",
        caption("a woman in a green tie dye t-shirt and white shorts"),
        wearing("a green shirt and green shorts", "other_garment_color"),
        B.color("green"),
        B.pattern("tie-dye"),
        describe(
            "t-shirt",
            "a green and white t-shirt with a logo on the front",
            "unsupported",
        ),
        title="Women Green Tie-Dye Oversized T-shirt",
        category="Tshirts",
        color="Green",
        gender="Women",
    ),
    # photo: man in a navy blue cotton kurta with white pyjama pants, mandarin collar, beige wall, full-length; the
    # row has no gender.
    # no adapter texts
    case(
        "X223-043",
        caption("a man in a blue kurta and white pants"),
        wearing("a navy blue kurta and white pajamas"),
        B.color("black", "contradiction"),
        color_of("pants", "white"),
        details("kurta", "it is a kurta", "non_answer"),
        B.material("a blue kurta", "restated"),
        title="Men Navy Blue Solid Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # photo: woman in a yellow floral wrap top with a tie at the waist, white jeans, white backdrop.
    # details: adapter
    case(
        "X223-044",
        caption("a woman in a yellow top and white jeans"),
        wearing("a yellow floral top and white jeans"),
        B.color("white", "other_garment_color"),
        neckline("v-neck"),
        details(
            "top",
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "v-shape neckline. The",
            "cut",
            hit_limit=True,
        ),
        B.material("wool", "unsupported"),
        title="Women Yellow Floral Print Wrap Top",
        category="Tops",
        color="Yellow",
        gender="Women",
    ),
    # photo: man in a dark blue denim shirt worn open over a white tee, beige chinos, grey backdrop.
    # wearing: adapter
    case(
        "X223-045",
        caption("a man in a denim shirt and white t-shirt"),
        wearing(
            "The gentleman wears a long-sleeve shirt with denim patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        B.color("blue"),
        shirt_color("beige", "other_garment_color"),
        color_of("pants", "white", "other_garment_color"),
        B.material("denim"),
        title="Men Dark Blue Solid Denim Casual Shirt",
        category="Shirts",
        color="Dark Blue",
        gender="Men",
    ),
    # photo: woman in a black-and-white gingham checked shirt, sleeves rolled to the elbow, black jeans, white
    # backdrop.
    # no adapter texts
    case(
        "X223-046",
        caption("a woman in a black and white checkered shirt"),
        wearing("a black and white shirt and black jeans"),
        B.pattern("checked"),
        B.color("black"),
        color_of("jeans", "blue", "contradiction"),
        details(
            "shirt",
            "a woman in a black and white checkered shirt with his hands in pockets",
            "pronoun",
        ),
        title="Women Black & White Gingham Checked Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Women",
    ),
]
