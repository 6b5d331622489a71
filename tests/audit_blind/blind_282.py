"""BLIND_282 (46 products; men's and women's casual wear: tees, shirts, tops, jeans, shorts, track pants, dresses):
written blind in the forty-third session. Measured blind at 40100c6 (the session's rules as they stood): 113/135
failures found (83.7%) and 4/174 correct texts flagged (2.3%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of men's and women's casual wear: plain, printed and striped tshirts,
checked and denim casual shirts, tops and crop tops, jeans, denim and knit shorts, track pants and joggers,
sweatshirts and hoodies, and a few casual dresses. Every photo is a model shot on a light studio backdrop (white,
off-white, light grey, beige, a few pastel pink or pale blue walls), front view unless the comment says otherwise,
and the model always wears a second garment (the tee with the jeans, the jeans with the shirt), so most photos hold
two colors. Each product has the seller's title, category, color and gender; a few rows miss the gender or the color.

Who wrote what: the questions are the original experiments' own ("What is he/she wearing?", "What is the color of the
shirt / pants / jeans / shorts?", "Describe the shirt.", "What are the shirt / jeans / shorts details?") and the
default questionnaire. Captions and open answers come from the untuned base `Salesforce/blip2-opt-2.7b` (short,
lowercase, stops on its own, never hit_limit) unless the comment says the caption adapter wrote them; the caption
adapter (DeepFashion template, no end token) runs to its limit (50 new tokens for captions, 30 for answers), always
carries hit_limit=True, and returns its template to any question. The closed questions (garment_type, color,
pattern, sleeve_length, the per-piece color questions and "Is this a ...?") are enrich's `--engine reference`
answers, chosen from candidate sets: they never loop or get cut. A few per-piece color answers are the base model's
free generation (kind="open"), where the base gives one color to every garment, as the experiments saw.

Labeling conventions and judgement calls:
- Shade words count as correct: blue for navy, teal or light blue; green for olive, bottle green or teal; red for
  maroon; purple for lavender; yellow for mustard; pink for peach; grey for charcoal or melange; khaki or beige for
  the chinos. The reference engine's wrong shade (maroon as brown, mustard as orange, navy as black) is
  contradiction. The color of the print, the stripes, the dots or the checks given as the garment's color (green for
  a white shirt with green leaves, black for a white top with black stripes) is contradiction; the color of the
  other garment in the photo (the tee's white for the jeans) is other_garment_color, even where the print also has
  it. A backdrop wall's color given as the garment's is contradiction.
- Garment synonyms count as correct: sweatpants or pants for track pants and joggers, hoodie or sweater for a
  sweatshirt, shirt for a tshirt or top, plaid or checkered for checked, polo shirt for a polo tshirt. A shirt dress
  answered "shirt" and a tshirt dress answered "t-shirt" are contradiction (the seller says dress).
- Rolled-up full sleeves are still long sleeves; flutter or puff sleeves are short sleeves.
- Invented items not in the photo (a hood on a crew neck, a logo on a plain tee, a belt, a necklace, a jacket,
  heels on a photo cropped at the knees, distressing on clean denim) are unsupported. A material neither the title
  names nor the photo shows (silk, wool, leather, polyester against a cotton title) is unsupported; a plausible
  cotton for an unnamed tee or dress fabric, and denim for jeans and denim shorts, are correct.
- Adapter texts: one that repeats a sentence or clause of the template is loop; one that stops mid-sentence without
  repeating is cut; the template returned for the material question is restated (even where it names a fabric).
  Where the adapter invents an accessory or calls a sweatshirt a sweater before it is cut, the cut is labelled.
  The template answering "What is he wearing?" or a details question does answer it: cut or loop, not restated.
- A base answer cut short by an early stop ("it is made of", "a pocket on the") is cut, without hit_limit.
- An empty answer, "they are short", "the jeans details are the jeans", "the shirt is a shirt" and "the material is
  made of the garment" are non_answer; a material question answered with the garment's name and color is restated.
- A base answer that runs on into "Question: ... Answer: ..." is leak, even where its first words are right.
- "he" for a woman, "she" for a man, and "a man" in a woman's caption are pronoun.
- A layered outfit (an open checked shirt over a white tee) named piece by piece is correct; the tee's white given
  as the shirt's color is other_garment_color. Sneakers visible in a full-length shot are correct to mention.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_282 = [
    # photo: man in a plain white round-neck tshirt and blue jeans, light grey backdrop, full length.
    # adapter: none
    case(
        "X282-001",
        caption("a man in a white t-shirt and blue jeans standing in front of a white wall"),
        wearing("a white t-shirt and blue jeans", who="he"),
        color_of("shirt", "white"),
        color_of("pants", "white", "other_garment_color"),
        describe("shirt", "a white t-shirt with a logo on the chest", "unsupported"),
        B.sleeve_length("short sleeves"),
        D.garment_type("polo shirt", "contradiction"),
        title="Men White Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in navy blue skinny jeans with a white top tucked in, off-white backdrop, full length.
    # caption: adapter
    case(
        "X282-002",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. The pants are with denim fabric and pure color patterns. It has a round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a white top and blue jeans", who="she"),
        color_of("jeans", "white", "other_garment_color"),
        details("jeans", "the jeans have a button and a zipper and two pockets"),
        is_a("pair of jeans", "yes"),
        D.pattern("striped", "contradiction"),
        D.material("denim"),
        title="Women Navy Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in an olive green and black checked full-sleeve shirt, buttoned, beige chinos, white backdrop.
    # details: adapter
    case(
        "X282-003",
        caption("a man in a green plaid shirt and khaki pants"),
        color_of("shirt", "green"),
        color_of("pants", "green", "other_garment_color"),
        describe("shirt", "a green and black checkered shirt with a collar and buttons"),
        details(
            "shirt",
            "The shirt is with cotton fabric and lattice patterns. It has a lapel neckline. The shirt is with cotton "
            "fabric and lattice patterns. It has a",
            "loop",
            hit_limit=True,
        ),
        B.pattern("checked"),
        is_a("t-shirt", "yes", "contradiction"),
        B.sleeve_length("long sleeves"),
        title="Men Olive Green & Black Checked Pure Cotton Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a mustard yellow top with a white floral print and flutter sleeves, blue jeans, pastel pink wall.
    # adapter: none
    case(
        "X282-004",
        caption("a woman in a yellow floral top and jeans standing in front of a pink wall"),
        wearing("she is wearing a yellow top and jeans", who="she"),
        D.color("pink", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.description("a yellow top with white flowers and ruffled sleeves"),
        D.material("silk", "unsupported"),
        title="Women Mustard Yellow Floral Print Flutter Sleeve Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: man in a black tshirt with a white "URBAN" typography print on the chest, black jeans, white backdrop.
    # caption, material: adapter
    case(
        "X282-005",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric. The pants are with denim fabric and pure color patterns. The gentleman wears a "
            "short-sleeve T-shirt",
            "loop",
            hit_limit=True,
        ),
        wearing("a black t-shirt with a print on it", who="he"),
        color_of("shirt", "black"),
        details("shirt", "the shirt has a picture of a tiger on it", "unsupported"),
        D.pattern("graphic"),
        B.material(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric. The pants",
            "restated",
            hit_limit=True,
        ),
        title="Men Black Typography Printed Cotton T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in blue denim shorts and a black tank top, white backdrop, cropped at mid thigh.
    # adapter: none
    case(
        "X282-006",
        caption("a woman in a black tank top and denim shorts"),
        wearing("he is wearing a black tank top and blue shorts", "pronoun", who="she"),
        color_of("shorts", "black", "other_garment_color"),
        details("shorts", "they are short", "non_answer"),
        is_a("pair of shorts", "yes"),
        D.material("denim"),
        title="Women Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a grey melange crew-neck sweatshirt (no hood) and black track pants, light blue-grey backdrop.
    # adapter: none; color_pants is the base model's free answer
    case(
        "X282-007",
        caption("a man wearing a grey sweatshirt and black pants"),
        D.garment_type("sweatshirt"),
        D.color("grey"),
        D.sleeve_length("long sleeves"),
        D.description("a grey sweatshirt with a hood and a zipper", "unsupported"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        D.material("it is made of", "cut"),
        title="Men Grey Melange Solid Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a maroon knee-length A-line dress with short sleeves, beige backdrop, cropped at the knees.
    # material: adapter
    case(
        "X282-008",
        caption("a woman in a red dress standing in front of a beige wall"),
        wearing("a red dress and black heels", "unsupported", who="she"),
        D.color("maroon"),
        D.sleeve_length("short sleeves"),
        D.details("the dress has a belt and a necklace", "unsupported"),
        D.material(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Women Maroon Solid A-Line Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: man in navy blue track pants with white side stripes and a white tshirt, grey backdrop, full length.
    # adapter: none
    case(
        "X282-009",
        caption("a man in a white shirt and black pants with white stripes", "contradiction"),
        wearing("a white shirt and white pants", "other_garment_color", who="he"),
        color_of("pants", "blue"),
        D.pattern("solid"),
        details("pants", "the pants have white stripes on the side and an elastic waist"),
        D.color("white", "other_garment_color"),
        is_a("pair of track pants", "yes"),
        title="Men Navy Blue Solid Track Pants with Side Stripes",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in an oversized lavender sweatshirt (plain, no print) and blue jeans, white wall.
    # caption: adapter
    case(
        "X282-010",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric. The pants are with denim fabric and pure color patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a purple sweatshirt and jeans", who="she"),
        color_of("shirt", "purple"),
        D.sleeve_length("short sleeves", "contradiction"),
        describe("shirt", "it is a purple sweatshirt with a white logo on the front", "unsupported"),
        D.material("fleece"),
        title="Women Lavender Solid Fleece Oversized Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: man in a light blue denim shirt, sleeves rolled up to the elbows, white chinos, white backdrop.
    # adapter: none
    case(
        "X282-011",
        caption("a man in a blue denim shirt and white pants"),
        wearing(
            "a denim shirt and white pants Question: What is the color of the shirt? Answer: blue", "leak", who="he"
        ),
        color_of("shirt", "blue"),
        color_of("pants", "blue", "other_garment_color"),
        describe("shirt", "a light blue denim shirt with two chest pockets and rolled up sleeves"),
        B.sleeve_length("long sleeves"),
        is_a("t-shirt", "yes", "contradiction"),
        title="Men Light Blue Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in black skinny jeans ripped at the knees and a grey tshirt, white backdrop, full length.
    # adapter: none
    case(
        "X282-012",
        caption("a woman in a grey top and blue ripped jeans", "contradiction"),
        wearing("she is wearing a grey shirt and black jeans and a black jacket", "unsupported", who="she"),
        color_of("jeans", "black"),
        color_of("shirt", "black", "other_garment_color"),
        details("jeans", "the jeans are ripped at the knees"),
        is_a("pair of jeans", "yes"),
        D.material("denim"),
        title="Women Black Skinny Fit Highly Distressed Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: man in a red polo tshirt with white tipping on the collar, navy shorts, white backdrop.
    # caption: adapter
    case(
        "X282-013",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt "
            "is with cotton fabric. It has a lapel neckline. The gentleman wears a short-sleeve T-shirt with pure",
            "loop",
            hit_limit=True,
        ),
        wearing("a red polo shirt and blue shorts", who="he"),
        D.garment_type("polo shirt"),
        D.color("red"),
        D.pattern("striped", "contradiction"),
        details("shirt", "the shirt has a collar and two buttons"),
        color_of("shorts", "red", "other_garment_color"),
        title="Men Red Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: woman in a pink and white vertical-striped full-sleeve cotton shirt, blue jeans, off-white backdrop.
    # details: adapter
    case(
        "X282-014",
        caption("a woman in a pink and white striped shirt"),
        wearing("she is wearing a pink shirt", who="she"),
        D.pattern("solid", "contradiction"),
        D.color("pink"),
        D.sleeve_length("long sleeves"),
        D.details(
            "The shirt is with cotton fabric and striped patterns. It has a lapel neckline. The shirt is with cotton "
            "fabric and striped patterns. It",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "a pink and white striped shirt with buttons Question: What is the pattern of the shirt? Answer: striped",
            "leak",
        ),
        title="Women Pink & White Striped Pure Cotton Casual Shirt",
        category="Shirts",
        color="Pink",
        gender="Women",
    ),
    # photo: man in charcoal grey joggers with a black tshirt, white backdrop, full length.
    # material: adapter
    case(
        "X282-015",
        caption("a man in a black t-shirt and grey sweatpants"),
        wearing("a black shirt and black pants", "other_garment_color", who="he"),
        color_of("pants", "grey"),
        details("pants", "the pants are grey and have", "cut"),
        is_a("pair of track pants", "yes"),
        D.material(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. The pants are with cotton",
            "restated",
            hit_limit=True,
        ),
        title="Men Charcoal Grey Solid Joggers",
        category="Track Pants",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in a white tshirt with a black slogan print, blue denim shorts, pale blue backdrop.
    # adapter: none
    case(
        "X282-016",
        caption("a woman wearing a white t-shirt with the words on it"),
        wearing("a white t-shirt and shorts", who="she"),
        D.color("blue", "other_garment_color"),
        D.pattern("graphic"),
        D.sleeve_length("sleeveless", "contradiction"),
        details("shirt", "the shirt has a black print on the front"),
        D.material("the material is made of the garment", "non_answer"),
        title="Women White Typography Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: man in a navy hooded sweatshirt with a kangaroo pocket and drawstrings, blue jeans, grey backdrop.
    # adapter: none
    case(
        "X282-017",
        caption("a man wearing a black hoodie and blue jeans", "contradiction"),
        wearing("a blue hoodie and jeans", who="he"),
        D.garment_type("sweatshirt"),
        D.color("navy"),
        D.pattern("graphic", "contradiction"),
        details("shirt", "the hoodie has a pocket in the front and a drawstring hood"),
        D.sleeve_length("long sleeves"),
        D.material("polyester", "unsupported"),
        title="Men Navy Blue Solid Hooded Cotton Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a white midi wrap dress with a blue floral print, short sleeves, v neck, light grey backdrop.
    # caption: adapter
    case(
        "X282-018",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. There is an accessory on her wrist. She wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a white dress with blue flowers", who="she"),
        D.color("white"),
        D.pattern("floral"),
        B.sleeve_length("sleeveless", "contradiction"),
        D.description("a white floral dress with a v neck and a tie at the waist"),
        is_a("dress", "yes"),
        D.material("silk", "unsupported"),
        title="Women White & Blue Floral Print Wrap Midi Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: man in beige chino shorts with belt loops (no belt) and a navy tshirt, white backdrop.
    # adapter: none
    case(
        "X282-019",
        caption("a man in a blue t-shirt and khaki shorts holding", "cut"),
        wearing("she is wearing a blue shirt and shorts", "pronoun", who="he"),
        color_of("shorts", "blue", "other_garment_color"),
        color_of("shirt", "blue"),
        details("shorts", "the shorts have pockets on the side and a belt", "unsupported"),
        is_a("pair of shorts", "yes"),
        title="Men Beige Solid Slim Fit Chino Shorts",
        category="Shorts",
        color="Beige",
        gender="Men",
    ),
    # photo: woman in a black sleeveless ribbed crop top and high-waist blue jeans, white backdrop.
    # adapter: none
    case(
        "X282-020",
        caption("a woman in a black crop top and blue jeans"),
        wearing("a black top and blue jeans and a necklace", "unsupported", who="she"),
        D.garment_type("top"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.color("black"),
        D.details("the top is a crop top", "non_answer"),
        D.material("black crop top", "restated"),
        title="Women Black Ribbed Fitted Crop Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: man in a white linen shirt with a mandarin collar, full sleeves, beige trousers, white backdrop.
    # caption, details: adapter
    case(
        "X282-021",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "linen fabric. The pants are with cotton fabric and pure color patterns. The shirt is with linen fabric. "
            "The pants",
            "loop",
            hit_limit=True,
        ),
        wearing("a white shirt and white pants", "other_garment_color", who="he"),
        color_of("shirt", "white"),
        describe("shirt", "a white shirt with a collar and buttons down the front"),
        details(
            "shirt",
            "The shirt is with linen fabric and pure color patterns. It has a stand-up collar neckline. The shirt is "
            "with linen fabric and pure",
            "loop",
            hit_limit=True,
        ),
        B.material("linen"),
        title="Men White Solid Mandarin Collar Linen Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a teal blue round-neck tshirt and white shorts, light grey backdrop.
    # adapter: none
    case(
        "X282-022",
        caption("a woman in a green t-shirt and white shorts"),
        wearing("he is wearing a blue shirt and white shorts", "pronoun", who="she"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("short sleeves"),
        D.pattern("striped", "contradiction"),
        D.details("", "non_answer"),
        title="Women Teal Blue Solid Round Neck T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Women",
    ),
    # photo: man in black slim-fit jeans and a white shirt, light grey backdrop, full length.
    # adapter: none
    case(
        "X282-023",
        caption("a man in a white shirt and black jeans"),
        wearing("a white shirt and black pants", who="he"),
        color_of("jeans", "black"),
        color_of("shirt", "black", "other_garment_color"),
        details("jeans", "the jeans are black and have a slim fit"),
        is_a("pair of track pants", "yes", "contradiction"),
        D.material("leather", "unsupported"),
        title="Men Black Slim Fit Mid-Rise Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: woman in olive green cargo joggers with side pockets and a white crop tee, beige backdrop.
    # caption: adapter
    case(
        "X282-024",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and green pants", who="she"),
        color_of("pants", "green"),
        color_of("shirt", "green", "other_garment_color"),
        details("pants", "the pants have pockets on the side and an elastic waist band"),
        is_a("pair of jeans", "no"),
        D.material("the pants are made of", "cut"),
        title="Women Olive Green Solid Cargo Joggers",
        category="Track Pants",
        color="Olive",
        gender="Women",
    ),
    # photo: man in a blue and white horizontal-striped tshirt with a chest pocket, white shorts, white backdrop.
    # adapter: none
    case(
        "X282-025",
        caption("a man in a blue and white striped shirt"),
        wearing("he is wearing a striped shirt and white shorts", who="he"),
        D.pattern("striped"),
        D.color("blue"),
        color_of("shorts", "blue", "other_garment_color"),
        D.description("a blue and white striped t-shirt with a pocket on the", "cut"),
        B.sleeve_length("short sleeves"),
        D.material("it is made of cotton and", "cut"),
        title="Men Blue & White Striped Pure Cotton T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a black sleeveless midi dress with white polka dots, no belt, no pockets, white backdrop.
    # adapter: none
    case(
        "X282-026",
        caption("a woman in a black and white polka dot dress"),
        wearing("a black dress with white dots and a white collar", "unsupported", who="she"),
        D.pattern("polka dots"),
        D.color("white", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.details("the dress has a belt around the waist and pockets", "unsupported"),
        title="Women Black Polka Dot Print A-Line Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: man in a mustard yellow hooded sweatshirt and black joggers, white wall.
    # caption, details: adapter
    case(
        "X282-027",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric. The gentleman wears a long-sleeve sweater with pure color patterns and a long pants. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a yellow hoodie and black pants", who="he"),
        D.color("orange", "contradiction"),
        D.garment_type("sweatshirt"),
        D.details(
            "The sweater is with cotton fabric and pure color patterns. The sweater is with cotton fabric and pure "
            "color patterns. The sweater",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Men Mustard Yellow Solid Hooded Cotton Fleece Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: woman in light blue mom-fit jeans and a beige top, beige backdrop, full length.
    # material: adapter
    case(
        "X282-028",
        caption("a woman in a beige top and light blue jeans standing in front of a beige wall"),
        wearing("he is wearing a beige shirt and blue jeans", "pronoun", who="she"),
        color_of("jeans", "blue"),
        color_of("shirt", "beige"),
        details("jeans", "the jeans details are the jeans", "non_answer"),
        is_a("pair of jeans", "yes"),
        D.material(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. The pants are with denim",
            "restated",
            hit_limit=True,
        ),
        title="Women Light Blue Mom Fit High-Rise Jeans",
        category="Jeans",
        color="Light Blue",
        gender="Women",
    ),
    # photo: man in a maroon full-sleeve henley tshirt with a three-button placket, blue jeans, grey backdrop.
    # adapter: none; color_jeans is the base model's free answer
    case(
        "X282-029",
        caption("a man in a maroon shirt and jeans"),
        wearing("a red shirt and blue jeans", who="he"),
        color_of("shirt", "brown", "contradiction"),
        color_of("jeans", "maroon", "other_garment_color", kind="open"),
        describe("shirt", "a red long sleeved shirt with buttons on the neck"),
        B.sleeve_length("long sleeves"),
        B.garment_type("t-shirt"),
        title="Men Maroon Solid Henley Neck Full Sleeve T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman in a white cotton top with white floral embroidery and puff sleeves, blue jeans, pastel pink wall.
    # adapter: none
    case(
        "X282-030",
        caption("a woman in a white top standing in front of a pink wall"),
        wearing("a white top and jeans", who="she"),
        D.color("white"),
        D.details("the top has embroidery on the front and a ruffle on the bottom"),
        D.material("cotton"),
        D.sleeve_length("short sleeves"),
        title="Women White Embroidered Puff Sleeve Pure Cotton Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: man in grey knit drawstring shorts and a white tshirt, white backdrop.
    # caption, details: adapter
    case(
        "X282-031",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt "
            "is with cotton fabric. The shorts are with cotton fabric and pure color patterns. It has",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and grey shorts", who="he"),
        color_of("shorts", "grey"),
        color_of("shirt", "grey", "other_garment_color"),
        details(
            "shorts",
            "The shorts are with cotton fabric and pure color patterns. The shorts are with cotton fabric and pure "
            "color patterns. The shorts",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of shorts", "yes"),
        title="Men Grey Melange Solid Knitted Cotton Shorts",
        category="Shorts",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in black track pants with a white side piping and a pink tshirt, grey backdrop.
    # adapter: none
    case(
        "X282-032",
        caption("a woman in a pink shirt and black pants"),
        wearing(
            "a pink t-shirt and black pants Question: What is the color of the pants? Answer: black", "leak", who="she"
        ),
        color_of("pants", "pink", "other_garment_color"),
        details("pants", "the pants have a white stripe down the side"),
        D.garment_type("track pants"),
        is_a("pair of jeans", "yes", "contradiction"),
        D.color("black"),
        D.material("polyester"),
        title="Women Black Solid Polyester Track Pants",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: man in a teal and navy checked shirt worn open over a plain white tee, black jeans, white backdrop.
    # adapter: none
    case(
        "X282-033",
        caption("a man in a plaid shirt and a white t-shirt"),
        wearing("a green plaid shirt over a white t-shirt and black jeans", who="he"),
        color_of("shirt", "white", "other_garment_color"),
        D.pattern("checked"),
        describe("shirt", "a blue and green plaid shirt with a white t-shirt underneath"),
        B.sleeve_length("long sleeves"),
        D.material("wool", "unsupported"),
        title="Men Teal & Navy Checked Cotton Casual Shirt",
        category="Shirts",
        color="Teal",
        gender="Men",
    ),
    # photo: woman in a peach sleeveless top and white jeans, white backdrop.
    # adapter: none
    case(
        "X282-034",
        caption("a woman in a pink top and white pants"),
        wearing("she is wearing a pink top", who="she"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        D.description("a pink sleeveless top with a bow on the front", "unsupported"),
        D.material("a pink sleeveless top", "restated"),
        title="Women Peach Solid Sleeveless Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: man in a black crew-neck sweatshirt with a white "NYC" print, blue jeans, grey backdrop.
    # caption: adapter
    case(
        "X282-035",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns and a long pants. The sweater is with "
            "cotton fabric. The pants are with denim fabric and pure color patterns. The gentleman wears a long-sleeve",
            "loop",
            hit_limit=True,
        ),
        wearing("a black sweatshirt with white letters on it", who="he"),
        D.color("black"),
        D.pattern("graphic"),
        D.details("the sweatshirt has a hood", "unsupported"),
        D.material("it is made of cotton Question: What is the pattern of the garment? Answer: graphic", "leak"),
        title="Men Black Typography Printed Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a blue denim short-sleeve shirt dress with a self belt, knee length, white backdrop.
    # adapter: none
    case(
        "X282-036",
        caption("a woman in a blue denim dress with a belt"),
        wearing("a denim dress and a denim jacket", "unsupported", who="she"),
        D.garment_type("shirt", "contradiction"),
        D.color("blue"),
        B.sleeve_length("long sleeves", "contradiction"),
        D.material("denim"),
        D.details("the dress has buttons down the front and a belt at the waist"),
        title="Women Blue Denim Shirt Dress with Belt",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: man in navy blue washed denim shorts with clean folded hems and a grey tshirt, white backdrop.
    # adapter: none
    case(
        "X282-037",
        caption("a man in a grey t-shirt and blue shorts"),
        wearing("a grey shirt and grey shorts", "other_garment_color", who="he"),
        color_of("shorts", "blue"),
        color_of("shirt", "grey"),
        details("shorts", "the shorts are ripped and have frayed hems", "unsupported"),
        D.material("denim Question: What is the color of the shorts? Answer: blue", "leak"),
        title="Men Navy Blue Washed Denim Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a cropped grey melange sweatshirt and black leggings, light pink backdrop.
    # material: adapter
    case(
        "X282-038",
        caption("a man in a grey sweatshirt and black leggings", "pronoun"),
        wearing("a grey sweatshirt and black leggings", who="she"),
        color_of("shirt", "grey"),
        color_of("pants", "black"),
        D.garment_type("sweatshirt"),
        D.sleeve_length("long sleeves"),
        D.material(
            "The lady wears a long-sleeve sweater with pure color patterns and a long leggings. The sweater is with "
            "cotton fabric. The",
            "restated",
            hit_limit=True,
        ),
        title="Women Grey Melange Solid Cropped Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: man in a bottle green v-neck tshirt and beige shorts, white backdrop.
    # caption, details: adapter
    case(
        "X282-039",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt "
            "is with cotton fabric. It has a v-shape neckline. The shorts are with cotton",
            "cut",
            hit_limit=True,
        ),
        wearing("a green shirt and green shorts", "other_garment_color", who="he"),
        color_of("shirt", "green"),
        describe("shirt", "a green v neck t-shirt"),
        details(
            "shirt",
            "The T-shirt is with cotton fabric and pure color patterns. It has a v-shape neckline. The T-shirt is "
            "with cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("t-shirt"),
        title="Men Bottle Green Solid V-Neck T-shirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: woman in a red and black buffalo-checked full-sleeve shirt and black jeans, white backdrop.
    # adapter: none
    case(
        "X282-040",
        caption("a woman in a red and black plaid shirt and black jeans"),
        wearing("a red plaid shirt and black jeans", who="she"),
        D.color("red"),
        D.pattern("striped", "contradiction"),
        B.sleeve_length("short sleeves", "contradiction"),
        D.description("a red and black checkered shirt with buttons and a pocket on the chest"),
        D.material("wool", "unsupported"),
        title="Women Red & Black Buffalo Checked Pure Cotton Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Women",
    ),
    # photo: man in light grey melange track pants, a black hoodie and white sneakers, white backdrop, full length.
    # description: adapter
    case(
        "X282-041",
        caption("a man in a black hoodie and grey sweatpants"),
        wearing("a black hoodie and grey pants and white shoes", who="he"),
        color_of("pants", "grey"),
        D.description(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric. The pants",
            "cut",
            hit_limit=True,
        ),
        D.color("black", "other_garment_color"),
        details("pants", "the pants are pants", "non_answer"),
        is_a("pair of track pants", "yes"),
        title="Men Grey Melange Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a white full-sleeve top with black horizontal stripes (Breton) and blue jeans, white backdrop.
    # details, material: adapter
    case(
        "X282-042",
        caption("a woman in a black and white striped shirt and jeans"),
        wearing("she is wearing a striped shirt and jeans", who="she"),
        D.color("black", "contradiction"),
        D.pattern("striped"),
        D.material(
            "The lady wears a long-sleeve T-shirt with striped patterns and a long pants. The T-shirt is with cotton "
            "fabric. It has a round",
            "restated",
            hit_limit=True,
        ),
        D.sleeve_length("long sleeves"),
        D.details(
            "The lady wears a long-sleeve T-shirt with striped patterns and a long pants. The T-shirt is with cotton "
            "fabric. The pants are with",
            "cut",
            hit_limit=True,
        ),
        title="Women White & Black Striped Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: man in light blue slim-fit jeans, a white tshirt and black sneakers, white backdrop, full length.
    # caption, material: adapter
    case(
        "X282-043",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. The pants are with denim fabric and pure color patterns. The pants are with denim fabric",
            "loop",
            hit_limit=True,
        ),
        wearing("a white t-shirt and blue jeans and a watch", "unsupported", who="he"),
        color_of("jeans", "blue"),
        color_of("shirt", "white"),
        details("jeans", "the jeans have a zipper fly and five pockets"),
        D.material(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. The pants are",
            "restated",
            hit_limit=True,
        ),
        title="Men Light Blue Slim Fit Mid-Rise Jeans",
        category="Jeans",
        color="Light Blue",
        gender="Men",
    ),
    # photo: woman in white denim shorts with raw frayed hems and a blue and white striped top, white backdrop.
    # adapter: none
    case(
        "X282-044",
        caption("a woman in a blue and white striped top and white shorts"),
        wearing("a striped shirt and white shorts", who="she"),
        color_of("shorts", "blue", "other_garment_color"),
        details("shorts", "the shorts have a frayed hem and", "cut"),
        is_a("pair of shorts", "yes"),
        D.pattern("striped", "contradiction"),
        D.material("denim"),
        title="Women White Denim Shorts with Frayed Hem",
        category="Shorts",
        color="White",
    ),
    # photo: man in a white short-sleeve shirt with a green tropical leaf print and beige shorts, white backdrop.
    # adapter: none
    case(
        "X282-045",
        caption("a man in a white shirt with green leaves on it"),
        wearing("a white shirt and khaki shorts", who="he"),
        color_of("shirt", "green", "contradiction"),
        D.pattern("floral"),
        describe("shirt", "the shirt is a shirt", "non_answer"),
        B.sleeve_length("short sleeves"),
        B.material("silk", "unsupported"),
        title="Men White Tropical Printed Pure Cotton Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a navy blue knee-length tshirt dress with short sleeves and white sneakers, light grey backdrop.
    # adapter: none
    case(
        "X282-046",
        caption("a woman in a blue t-shirt dress and white sneakers"),
        wearing("a blue dress", who="she"),
        D.color("black", "contradiction"),
        D.garment_type("t-shirt", "contradiction"),
        D.description("a blue dress with a round neck and short sleeves"),
        D.material("cotton Question: Describe the garment. Answer: a blue dress", "leak"),
        title="Women Navy Blue Solid T-shirt Dress",
        category="Dresses",
        color="Navy Blue",
    ),
]
