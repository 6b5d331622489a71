"""BLIND_318 (46 products; Indian kids' catalog: tees, frocks, rompers, dungarees, shorts, jeans, kurta sets, jackets):
written blind in the forty-fourth session. Measured blind at 2b72577 (the session's rules as they stood): 101/117
failures found (86.3%) and 10/146 correct texts flagged (6.8%). The writer's notes, verbatim:

Scenario: an English catalog feed from an Indian kids' marketplace: boys' and girls' t-shirts (graphic, striped,
polo, henley, sleeveless, a pack of two), frocks (cotton, velvet, tiered, sequinned), rompers and onesies for babies,
dungarees (denim, corduroy, khaki, a baby set), shorts, jeans (skinny, ripped, flared), ethnic sets (kurta pyjama,
kurta with sharara, palazzos or dhoti, one with a Nehru jacket), nightsuits and jackets (puffer, denim, bomber, zip
hoodie, windcheater). Photos are child model shots on white (some with a prop: a teddy bear, a football, a balloon,
a stool, a bed) or flat-lays on white; a few model shots stand against a pink wall or a brick wall. Each row has the
seller's title, category, color and gender ("Boys", "Girls", "Baby Boys", "Baby Girls", "Unisex"); one row misses
the gender, as real feeds do.

Who wrote what: captions and open answers come from the untuned base `Salesforce/blip2-opt-2.7b` (short lowercase
texts that stop on their own, never hit_limit) unless the comment over the case says the caption adapter wrote them.
The caption adapter returns the DeepFashion template ("The gentleman wears a short-sleeve T-shirt with graphic
patterns ..."), never stops and runs to its limit (hit_limit=True), whatever it was asked. The closed questions
(garment_type, color, pattern, sleeve_length, the per-piece color questions and "Is this a ...?") are enrich's
`--engine reference` answers, values picked from candidate sets: never a loop or a cut, but sometimes the wrong
candidate. The open question "What is printed on the garment?" is the set's own, answered by the base model.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy or light blue, yellow for mustard, red for maroon,
  pink for peach or coral, green for olive or teal, white for cream, beige for khaki, purple for lavender, grey for
  charcoal. Navy answered "black", mustard answered "orange" and one color for two pieces of different colors
  ("a pink shirt and pink jeans") are contradictions.
- A color of the print or trim (pink for a white tee with a pink heart, red for a white frock with red dots, gold for
  a maroon frock's gold yoke) or of a prop (a yellow duck beside the onesie, a pink balloon) given as the garment's
  color is contradiction. The color of another garment worn in the photo (the tee under dungarees, the shorts under
  a tee, the frock under a jacket, the other piece of a set) is other_garment_color.
- Sets and packs: a per-piece color is judged against that piece. A pack of two tees (grey and green) answered with
  one color in the closed question is correct (the seller lists both); the open answer that gives both tees the same
  color is contradiction (the one-color-for-every-garment failure).
- Garment synonyms are correct: dress for frock, romper for onesie or playsuit, overalls for dungarees, pajamas for a
  nightsuit, hoodie or sweatshirt for a zip sweat jacket, jean jacket for denim jacket, cardigan or sweater for a
  knitted shrug, scarf for a dupatta, skirt for a sharara, vest for a Nehru jacket, soccer ball for a football.
  A romper called a dress, a kurta set called a dress, a jacket product typed as the dress under it, a dungaree
  typed as the shirt under it, dungarees called jeans, a dhoti called shorts, a romper captioned "a striped shirt":
  contradiction. A wrong pattern candidate (striped for a star print, solid for a unicorn print, floral for
  dinosaurs, striped for pink dungarees over a striped tee) is contradiction too.
- Materials: one the title names (cotton, velvet, satin, denim, corduroy, lace, sequins, polyester) is correct, and
  denim for jeans and denim shorts; silk, wool, leather, polyester for a cotton pack or velvet for corduroy (which
  the title names) is unsupported.
  "it is made of fabric" is non_answer; a material question answered with the garment's name or color is restated;
  "it is made of" (an early stop) is cut without hit_limit.
- Invented things (a pocket, a bow on a flat-lay's unseen back, a fur collar, a necklace, a crown, red shoes on a
  photo cropped at the knees, stripes on plain shorts) are unsupported.
- "the shorts are short" for the details is non_answer; "describe the jeans" echoed back is restated; an empty answer
  is non_answer.
- Base answers that run on into "Question: ... Answer: ..." are leak even when the first words are right. Base texts
  that repeat a phrase three times or more are loop even though they stopped on their own.
- Adapter texts: a repeated template sentence is loop; one that stops mid-sentence without repeating is cut, even
  where it invents an accessory; a template returned for the material question is restated. "The lady wears" for a
  boy is pronoun (what the auditor sees first), hit_limit kept. The template answering "Describe the garment." does
  answer it, so that is cut, not restated.
- "he" for a girl and "she" for a boy are pronoun; "he" for a boy is correct.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_top = question("color_top", "What is the color of the top?", "closed")
color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_pyjama = question("color_pyjama", "What is the color of the pyjama?", "closed")
color_kurta = question("color_kurta", "What is the color of the kurta?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "closed")
color_sharara = question("color_sharara", "What is the color of the sharara?", "closed")
color_palazzo = question("color_palazzo", "What is the color of the palazzo?", "closed")
color_dhoti = question("color_dhoti", "What is the color of the dhoti?", "closed")
color_dungarees = question("color_dungarees", "What is the color of the dungarees?", "closed")
printed = question("print", "What is printed on the garment?", "open")

BLIND_318 = [
    # photo: boy in a navy short-sleeve tee with an orange and white monster truck print, grey shorts, white
    # backdrop, front view, full length. caption: adapter
    case(
        "X318-001",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a three-point shorts. The T-shirt "
            "is with cotton fabric and its neckline is round. The shorts are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue t-shirt and grey shorts"),
        D.garment_type("t-shirt"),
        D.color("black", "contradiction"),
        D.pattern("graphic"),
        title="Boys Navy Blue Graphic Printed Cotton T-shirt",
        category="T-Shirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: flat-lay on white of a sleeveless yellow A-line frock with small white flowers and green leaves, front.
    case(
        "X318-002",
        caption("a yellow dress with white flowers on it"),
        D.color("yellow"),
        D.pattern("floral"),
        D.details("it has a bow on the back", "unsupported"),
        D.material(
            "cotton Question: What is the pattern of the garment? Answer: floral",
            "leak",
        ),
        title="Girls Yellow Floral Print Cotton A-Line Frock",
        category="Frocks & Dresses",
        color="Yellow",
        gender="Girls",
    ),
    # photo: flat-lay of a baby romper in light blue and white stripes, half sleeves, white collar, snap buttons.
    case(
        "X318-003",
        caption("a blue and white striped shirt with a collar", "contradiction"),
        D.garment_type("romper"),
        D.color("blue"),
        D.pattern("striped"),
        D.details("it has buttons on the front and a collar and a pocket", "unsupported"),
        D.material(
            "it is made of cotton and it is made of cotton and it is made of cotton",
            "loop",
        ),
        title="Baby Boys Light Blue Striped Cotton Romper",
        category="Rompers",
        color="Light Blue",
        gender="Baby Boys",
    ),
    # photo: girl in blue denim long dungarees over a white tee with a small red heart, white backdrop, full length.
    case(
        "X318-004",
        caption("a little girl in denim overalls and a white t-shirt"),
        D.wearing("she is wearing a pair of blue jeans and a white shirt", "contradiction"),
        D.garment_type("dungarees"),
        D.color("white", "other_garment_color"),
        is_a("pair of dungarees", "no", "contradiction"),
        D.description("the overalls are blue with a pocket on the front"),
        title="Girls Blue Washed Denim Dungarees",
        category="Dungarees",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy in black slim jeans, a plain white tee and white sneakers, white backdrop, full length.
    case(
        "X318-005",
        caption("a young boy wearing black jeans and a white t-shirt"),
        D.wearing(
            "a white t-shirt and black jeans Question: What is the color of the jeans? Answer: black",
            "leak",
        ),
        D.garment_type("jeans"),
        D.color("white", "other_garment_color"),
        D.details("the jeans have", "cut"),
        D.material("denim"),
        title="Boys Black Slim Fit Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Boys",
    ),
    # photo: boy in a cream full-sleeve kurta with a mandarin collar and small gold buttons, white pyjama, standing
    # beside a brown wooden stool, white backdrop.
    case(
        "X318-006",
        caption("a little boy in a white kurta and pants standing next to a stool"),
        D.wearing("a white kurta and pajama"),
        color_kurta("white"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description("a cream colored kurta with a mandarin collar and gold buttons"),
        D.material("silk", "unsupported"),
        title="Boys Cream Solid Cotton Kurta with Pyjama",
        category="Kurta Sets",
        color="Cream",
        gender="Boys",
    ),
    # photo: flat-lay of a pink full-sleeve nightsuit, top and pyjama both pink with white and lilac unicorns.
    case(
        "X318-007",
        caption("a pink pajama set with unicorns on it"),
        D.wearing("pink pajamas"),
        D.pattern("solid", "contradiction"),
        color_top("pink"),
        D.details(
            "unicorns Question: What is the pattern of the garment? Answer: unicorns",
            "leak",
        ),
        D.material("", "non_answer"),
        title="Girls Pink Unicorn Print Cotton Night Suit",
        category="Nightsuits",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in olive cargo shorts with side pockets and a plain black tee, white backdrop, full length.
    # caption and details: adapter
    case(
        "X318-008",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric and its neckline is round. The shorts are with cotton fabric and pure color patterns. "
            "The lady",
            "pronoun",
            hit_limit=True,
        ),
        D.garment_type("shorts"),
        D.color("black", "other_garment_color"),
        color_shorts("green"),
        D.details(
            "The shorts are with cotton fabric and pure color patterns. The shorts are with cotton fabric and pure "
            "color patterns. The shorts",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Boys Olive Green Cotton Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Boys",
    ),
    # photo: boy in a zipped red quilted puffer jacket with a hood and two zip pockets, blue jeans, white backdrop.
    case(
        "X318-009",
        caption("a young boy in a red jacket and jeans"),
        D.wearing("a red jacket and red jeans", "contradiction"),
        D.color("red"),
        D.details("the jacket is red", "restated"),
        D.material("it is made of leather", "unsupported"),
        title="Boys Red Hooded Quilted Puffer Jacket",
        category="Jackets",
        color="Red",
        gender="Boys",
    ),
    # photo: girl in a maroon velvet frock, short puff sleeves, gold embroidered yoke, holding a small brown teddy
    # bear, white backdrop, cropped below the knees.
    case(
        "X318-010",
        caption("a little girl in a red velvet dress holding a teddy bear"),
        D.wearing("he is wearing a red dress", "pronoun"),
        D.color("gold", "contradiction"),
        D.details("gold embroidery on the neck"),
        D.description("a red dress with a gold necklace", "unsupported"),
        D.material("velvet"),
        title="Girls Maroon Velvet Embroidered Party Frock",
        category="Frocks & Dresses",
        color="Maroon",
        gender="Girls",
    ),
    # photo: boy in a mustard polo tee with a two-button placket, blue jeans, white backdrop, full length.
    # caption and description: adapter
    case(
        "X318-011",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a long trousers. The trousers are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("polo shirt"),
        D.color("orange", "contradiction"),
        D.description(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The",
            "cut",
            hit_limit=True,
        ),
        D.sleeve_length("short sleeves"),
        color_pants("blue"),
        title="Boys Mustard Yellow Solid Polo T-shirt",
        category="T-Shirts",
        color="Mustard",
        gender="Boys",
    ),
    # photo: girl in a peach georgette kurta with gota lace, matching peach sharara, off-white net dupatta over one
    # shoulder, white backdrop, full length.
    case(
        "X318-012",
        caption("a little girl in a pink outfit with a white scarf"),
        D.wearing("a pink kurta and a pink skirt with a white dupatta"),
        color_kurta("pink"),
        color_sharara("white", "other_garment_color"),
        is_a("dress", "yes", "contradiction"),
        D.material("it is made of silk", "unsupported"),
        title="Girls Peach Georgette Gota Kurta with Sharara & Dupatta",
        category="Ethnic Sets",
        color="Peach",
        gender="Girls",
    ),
    # photo: flat-lay of a white full-sleeve onesie with "little star" in grey letters, a yellow rubber duck beside it.
    case(
        "X318-013",
        caption("a white baby onesie with a yellow duck"),
        D.color("yellow", "contradiction"),
        D.garment_type("romper"),
        D.details("the details of the onesie", "non_answer"),
        D.material("it is made of fabric", "non_answer"),
        title="Infant White 'Little Star' Full Sleeve Cotton Onesie",
        category="Rompers",
        color="White",
        gender="Unisex",
    ),
    # photo: boy in a navy and white horizontal striped tee (no pocket) and red shorts, white backdrop, full length.
    case(
        "X318-014",
        caption("a young boy wearing a blue and white striped shirt and red shorts"),
        D.wearing("a blue and white striped shirt and blue shorts", "contradiction"),
        D.color("red", "other_garment_color"),
        D.pattern("striped"),
        D.details("it has a pocket on the chest", "unsupported"),
        title="Boys Navy & White Striped Cotton T-shirt",
        category="T-Shirts",
        color="Navy/White",
        gender="Boys",
    ),
    # photo: girl in light blue denim shorts with a frayed hem and a white tee with pink "SUNSHINE" text, white
    # backdrop, full length.
    case(
        "X318-015",
        caption("a little girl wearing a white t-shirt and denim shorts"),
        D.color("white", "other_garment_color"),
        color_shorts("blue"),
        D.details("the shorts are short", "non_answer"),
        D.material("denim"),
        title="Girls Light Blue Frayed Hem Denim Shorts",
        category="Shorts",
        color="Light Blue",
        gender="Girls",
    ),
    # photo: girl in a sleeveless peach three-tier frock with white lace trim, standing against a pink painted wall.
    # description: adapter
    case(
        "X318-016",
        caption("a little girl in a pink dress standing in front of a pink wall"),
        D.wearing(
            "she is wearing a pink dress and she is wearing a pink dress and she is wearing a pink dress",
            "loop",
        ),
        D.color("pink"),
        D.description(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of knee length. The",
            "cut",
            hit_limit=True,
        ),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("lace"),
        title="Girls Peach Tiered Cotton Frock with Lace Trim",
        category="Frocks & Dresses",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy in khaki cotton dungaree shorts (buttoned straps, bib pocket) over a red and blue checked shirt,
    # white backdrop, full length.
    case(
        "X318-017",
        caption("a little boy in overalls and a plaid shirt"),
        D.wearing("overalls and a shirt"),
        D.garment_type("shirt", "contradiction"),
        D.color("beige"),
        color_shirt("red"),
        D.details(
            "two buttons on the straps Question: What material is the garment made of? Answer: cotton",
            "leak",
        ),
        title="Boys Khaki Dungaree Shorts with Checked Shirt Set",
        category="Dungarees",
        color="Khaki",
        gender="Boys",
    ),
    # photo: flat-lay of a nightsuit: light blue half-sleeve top with green dinosaurs, plain navy full-length pyjama.
    case(
        "X318-018",
        caption("a blue pajama set with dinosaurs"),
        color_top("blue"),
        color_pyjama("blue"),
        D.pattern("floral", "contradiction"),
        D.details("the top has dinosaurs on it and the pants are blue"),
        D.material("the pajamas are made of", "cut"),
        title="Boys Blue Dinosaur Print Half Sleeve Night Suit",
        category="Nightsuits",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in light blue skinny jeans, a full-sleeve pink top with a white bow print, pink sneakers, white
    # backdrop. caption: adapter
    case(
        "X318-019",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric. The trousers are with denim fabric and pure color patterns. The lady wears a long-sleeve "
            "shirt with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink shirt and pink jeans", "contradiction"),
        D.garment_type("jeans"),
        D.color("pink", "other_garment_color"),
        D.details("five pockets and a button"),
        D.material("denim"),
        title="Girls Light Blue Skinny Fit Stretchable Jeans",
        category="Jeans",
        color="Light Blue",
        gender="Girls",
    ),
    # photo: boy in an open mid-blue denim jacket (plain collar) over a white tee, black jeans, white backdrop.
    case(
        "X318-020",
        caption("a young boy in a denim jacket and black pants"),
        D.wearing("a jean jacket, a white t-shirt and black jeans"),
        D.garment_type("jacket"),
        D.color("blue"),
        D.description("a blue denim jacket with a fur collar", "unsupported"),
        D.material(
            "it is made of denim Question: What is the color of the jacket? Answer: blue",
            "leak",
        ),
        title="Boys Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Boys",
    ),
    # photo: flat-lay of a white short-sleeve tee with a pink and silver glitter heart on the chest.
    # caption and material: adapter
    case(
        "X318-021",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with",
            "loop",
            hit_limit=True,
        ),
        D.color("pink", "contradiction"),
        D.pattern("graphic"),
        printed("a pink heart with sparkles"),
        D.material(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The",
            "restated",
            hit_limit=True,
        ),
        title="Girls White Glitter Heart Print T-shirt",
        category="T-Shirts",
        color="White",
        gender="Girls",
    ),
    # photo: flat-lay of two plain crew-neck short-sleeve tees side by side, one grey melange, one bottle green.
    case(
        "X318-022",
        caption("two t-shirts, one grey and one green"),
        D.wearing("a grey t-shirt and a grey t-shirt", "contradiction"),
        D.garment_type("t-shirt"),
        D.color("grey"),
        D.material("polyester", "unsupported"),
        title="Boys Pack of 2 Solid Cotton T-shirts",
        category="T-Shirts",
        color="Grey & Green",
        gender="Boys",
    ),
    # photo: girl in a sleeveless white playsuit (shorts length) with blue flowers, ruffled shoulders, tie belt at
    # the waist, white backdrop, full length.
    # details: adapter
    case(
        "X318-023",
        caption("a little girl in a white floral dress", "contradiction"),
        D.wearing("a floral jumpsuit with a belt"),
        D.garment_type("dress", "contradiction"),
        is_a("romper", "yes"),
        D.color("white"),
        D.details(
            "The lady wears a sleeveless romper with floral patterns. The romper is with cotton fabric. It has a "
            "suspenders neckline. The lady wears",
            "cut",
            hit_limit=True,
        ),
        title="Girls White Floral Print Playsuit",
        category="Rompers & Jumpsuits",
        color="White",
        gender="Girls",
    ),
    # photo: boy in a cream kurta and white pyjama under a mustard Nehru jacket with a small paisley print, white
    # backdrop, full length.
    case(
        "X318-024",
        caption("a little boy in a yellow vest and white kurta"),
        D.wearing("a yellow jacket and white pants"),
        color_jacket("yellow"),
        color_kurta("yellow", "other_garment_color"),
        color_pyjama("white"),
        D.material("the kurta is made of", "cut"),
        title="Boys Cream Kurta Pyjama with Mustard Printed Nehru Jacket",
        category="Kurta Sets",
        color="Cream",
        gender="Boys",
    ),
    # photo: girl in a long-sleeve pink satin bomber jacket with embroidered flowers on the sleeves, open over a
    # white tee, blue jeans, white backdrop.
    # details: adapter
    case(
        "X318-025",
        caption("a girl wearing a pink jacket and jeans"),
        D.wearing(
            "she is wearing a pink jacket with a white shirt and blue jeans and she is wearing a pink jacket with a "
            "white shirt and blue jeans and she is wearing a pink jacket",
            "loop",
        ),
        D.color("pink"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details(
            "The lady wears a long-sleeve jacket with floral patterns. The jacket is with cotton fabric. The lady "
            "wears a long-sleeve jacket with floral",
            "loop",
            hit_limit=True,
        ),
        D.material("it is made of satin"),
        title="Girls Pink Satin Embroidered Bomber Jacket",
        category="Jackets",
        color="Pink",
        gender="Girls",
    ),
    # photo: flat-lay of a white short-sleeve tee with a multicolor Avengers characters print.
    # caption and wearing: adapter
    case(
        "X318-026",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. There is an accessory on his wrist. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("t-shirt"),
        D.color("red", "contradiction"),
        printed("the avengers"),
        title="Boys White Avengers Printed T-shirt",
        category="T-Shirts",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a sleeveless white frock with red polka dots and a red bow at the waist, red hairband, white
    # backdrop, cropped at the knees.
    case(
        "X318-027",
        caption("a little girl in a red and white polka dot dress"),
        D.wearing("a white dress with red polka dots and red shoes", "unsupported"),
        D.color("red", "contradiction"),
        D.pattern("polka dot"),
        D.details("a bow on the waist"),
        title="Girls White Polka Dot Sleeveless Frock",
        category="Frocks & Dresses",
        color="White",
        gender="Girls",
    ),
    # photo: flat-lay of a lavender baby romper with frilled sleeves and a matching lavender headband beside it.
    case(
        "X318-028",
        caption("a purple baby romper with a headband"),
        D.garment_type("dress", "contradiction"),
        D.color("purple"),
        is_a("dress", "no"),
        D.details("ruffles on the sleeves and a headband"),
        D.material("it is a purple romper", "restated"),
        title="Baby Girls Lavender Frill Romper with Headband",
        category="Rompers",
        color="Lavender",
        gender="Baby Girls",
    ),
    # photo: flat-lay of navy denim shorts with a brown canvas belt through the loops.
    case(
        "X318-029",
        caption("a pair of blue denim shorts with a belt"),
        D.wearing("", "non_answer"),
        D.color("black", "contradiction"),
        D.details("a belt"),
        D.material("denim"),
        title="Boys Navy Blue Denim Shorts with Belt",
        category="Shorts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl sitting on a bed with a white pillow, in a teal full-sleeve top with white stars and a white pyjama
    # with teal stars.
    case(
        "X318-030",
        caption("a girl sitting on a bed in pajamas"),
        D.wearing("he is wearing pajamas", "pronoun"),
        color_top("green"),
        color_pyjama("white"),
        D.pattern("striped", "contradiction"),
        D.material("cotton Question: What is the color of the garment? Answer: green", "leak"),
        title="Girls Teal Star Print Full Sleeve Night Suit",
        category="Nightsuits",
        color="Teal",
        gender="Girls",
    ),
    # photo: boy in a zipped charcoal grey hooded sweat jacket (black tee at the neck), blue jeans, white backdrop.
    # description: adapter
    case(
        "X318-031",
        caption("a boy in a grey hoodie and blue jeans"),
        D.wearing("a grey hoodie and black jeans", "contradiction"),
        D.garment_type("sweatshirt"),
        D.color("grey"),
        D.details("a hood, a zipper and two pockets"),
        D.description(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        title="Boys Charcoal Grey Hooded Sweat Jacket",
        category="Jackets",
        color="Charcoal",
        gender="Boys",
    ),
    # photo: girl in a coral tee with white "HELLO" text and matching coral shorts, no pockets, white backdrop.
    case(
        "X318-032",
        caption("a little girl in an orange t-shirt and shorts"),
        D.wearing("a t-shirt and shorts"),
        color_top("pink"),
        printed("hello"),
        D.description("an orange t-shirt with a pocket and orange shorts", "unsupported"),
        D.material("cotton and cotton and cotton and cotton and cotton", "loop"),
        title="Girls Coral Printed T-shirt & Shorts Set",
        category="Clothing Sets",
        color="Coral",
        gender="Girls",
    ),
    # photo: boy in an olive full-sleeve henley tee with three buttons, beige chinos, holding a football, white
    # backdrop.
    case(
        "X318-033",
        caption("a young boy holding a soccer ball"),
        D.wearing("he is wearing a green shirt and khaki pants"),
        D.garment_type("t-shirt"),
        D.color("green"),
        D.details(
            "three buttons Question: What is the pattern of the garment? Answer: solid",
            "leak",
        ),
        D.material("it is made of wool", "unsupported"),
        title="Boys Olive Full Sleeve Cotton Henley T-shirt",
        category="T-Shirts",
        color="Olive",
        gender="Boys",
    ),
    # photo: girl in an open light blue cropped denim jacket over a yellow floral frock, white backdrop.
    case(
        "X318-034",
        caption("a little girl in a denim jacket and a yellow dress"),
        D.wearing("a jean jacket and a floral dress"),
        D.garment_type("dress", "contradiction"),
        D.color("yellow", "other_garment_color"),
        is_a("jacket", "yes"),
        D.details("the jacket has details", "non_answer"),
        title="Girls Light Blue Cropped Denim Jacket",
        category="Jackets",
        color="Light Blue",
        gender="Girls",
    ),
    # photo: girl in a yellow kurta with mirror work at the neck and sleeve hems, white palazzos, white backdrop.
    # caption: adapter
    case(
        "X318-035",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric. The trousers are with cotton fabric and pure color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow kurta and white palazzo pants"),
        color_kurta("yellow"),
        color_palazzo("yellow", "other_garment_color"),
        D.details("mirror work on the neck and on the sleeves"),
        D.material("it is made of", "cut"),
        title="Girls Yellow Mirror Work Kurta with Palazzos",
        category="Kurta Sets",
        color="Yellow",
        gender="Girls",
    ),
    # photo: flat-lay of mid-blue ripped jeans, torn at both knees, front view.
    # caption, details and material: adapter
    case(
        "X318-036",
        caption(
            "The trousers are with denim fabric and pure color patterns. The trousers are of long length. The "
            "trousers are with denim fabric and pure color patterns. The trousers are of long length. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("blue jeans with holes in the knees"),
        D.garment_type("jeans"),
        D.color("blue"),
        D.details(
            "The trousers are with denim fabric and pure color patterns. The trousers are of long length. There is "
            "an accessory",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The trousers are with denim fabric and pure color patterns. The trousers are of long length. The "
            "trousers are with denim fabric and",
            "restated",
            hit_limit=True,
        ),
        title="Boys Blue Distressed Ripped Jeans",
        category="Jeans",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in pink corduroy dungaree shorts over a white and navy striped tee, white backdrop, full length.
    case(
        "X318-037",
        caption("a little girl in pink overalls and a striped shirt"),
        D.wearing("she is wearing a pink and white striped dress", "contradiction"),
        D.garment_type("dungarees"),
        D.color("pink"),
        D.pattern("striped", "contradiction"),
        D.material("velvet", "unsupported"),
        title="Girls Pink Corduroy Dungaree Shorts",
        category="Dungarees",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a zipped hooded windcheater, navy body with neon green yoke and sleeves, black track pants,
    # white backdrop.
    case(
        "X318-038",
        caption("a boy in a blue and green jacket"),
        D.wearing("a blue and green jacket and blue and green pants", "contradiction"),
        D.garment_type("jacket"),
        D.color("green"),
        D.details("a hood and zipper and a hood and a zipper and a hood", "loop"),
        D.material("polyester"),
        title="Boys Navy & Neon Green Colourblocked Polyester Windcheater",
        category="Jackets",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a sleeveless red cotton frock under a white knitted long-sleeve shrug, hair loose (no bow),
    # white backdrop.
    # material: adapter
    case(
        "X318-039",
        caption("a girl in a red dress and a white sweater"),
        D.wearing("a red dress with a white cardigan"),
        D.garment_type("dress"),
        D.color("white", "other_garment_color"),
        D.description("a red dress with a white cardigan and a red bow in her hair", "unsupported"),
        D.material(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady",
            "restated",
            hit_limit=True,
        ),
        title="Girls Red Cotton Frock with White Knitted Shrug",
        category="Frocks & Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: flat-lay of a baby set: white half-sleeve tee with a blue car print and blue knit dungarees.
    case(
        "X318-040",
        caption("a baby's outfit with a white shirt and blue overalls"),
        D.wearing("a white shirt and blue overalls"),
        color_top("white"),
        color_dungarees("white", "other_garment_color"),
        printed("a car"),
        D.material("the dungarees are blue", "restated"),
        title="Baby Boys T-shirt with Dungarees Set",
        category="Clothing Sets",
        color="Blue",
        gender="Baby Boys",
    ),
    # photo: boy in a black sleeveless tee with orange "GAME ON" text, grey shorts, white backdrop.
    case(
        "X318-041",
        caption("a boy wearing a black tank top and grey shorts"),
        D.wearing("she is wearing a black tank top", "pronoun"),
        D.color("black"),
        D.sleeve_length("short sleeves", "contradiction"),
        printed("game on"),
        title="Boys Black Typography Sleeveless T-shirt",
        category="T-Shirts",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in mid-blue flared jeans and a white crop top, standing by a white brick wall next to a potted plant.
    case(
        "X318-042",
        caption("a little girl in flared jeans standing next to a plant"),
        D.wearing("a white top and white jeans", "contradiction"),
        D.garment_type("jeans"),
        D.color("blue"),
        D.details("they are flared at the bottom"),
        D.description("describe the jeans", "restated"),
        title="Girls Blue Flared Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # photo: flat-lay of a nightsuit: grey melange half-sleeve tee with "SLEEPY" text and plain navy shorts.
    case(
        "X318-043",
        caption("a grey t-shirt and blue shorts"),
        D.wearing("pajamas"),
        color_top("grey"),
        color_shorts("grey", "other_garment_color"),
        D.details("the t-shirt says sleepy and the shorts have stripes", "unsupported"),
        D.material("cotton"),
        title="Boys Grey Melange & Navy Printed Night Suit",
        category="Nightsuits",
        color="Grey",
        gender="Boys",
    ),
    # photo: girl in a sleeveless gold sequinned frock with a gold tulle skirt, holding a pink balloon, no headwear,
    # white backdrop.
    case(
        "X318-044",
        caption("a little girl in a gold dress holding a balloon"),
        D.wearing("a gold dress and a gold crown", "unsupported"),
        D.color("pink", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.details(
            "sequins on the top and a tulle skirt and a tulle skirt and a tulle skirt",
            "loop",
        ),
        D.material("sequins"),
        title="Girls Gold Sequinned Tulle Party Frock",
        category="Frocks & Dresses",
        color="Gold",
        gender="Girls",
    ),
    # photo: boy in a yellow full-sleeve kurta and a white dhoti tied to the ankles, white backdrop.
    # caption: adapter
    case(
        "X318-045",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns. The gentleman wears a long-",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow shirt and white shorts", "contradiction"),
        color_kurta("yellow"),
        color_dhoti("white"),
        is_a("kurta set", "yes"),
        D.material("cotton Question: What is the color of the kurta? Answer: yellow", "leak"),
        title="Boys Yellow Kurta with White Dhoti Set",
        category="Kurta Sets",
        color="Yellow",
        gender="Boys",
    ),
    # photo: girl in a white and black striped knot-front tee and red shorts, standing against a red brick wall.
    case(
        "X318-046",
        caption("a girl in a striped shirt standing in front of a brick wall"),
        D.wearing("he is wearing a black and white striped shirt and red shorts", "pronoun"),
        D.color("red", "other_garment_color"),
        D.pattern("striped"),
        D.details("the shirt has a knot at the front"),
        title="Girls White & Black Striped Knot-Front T-shirt",
        category="T-Shirts",
        color="White",
        gender="Girls",
    ),
]
