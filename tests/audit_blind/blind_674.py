"""BLIND_674 (46 products; Myntra activewear, base BLIP-2 zero-shot): written blind in the fifty-fourth session.
Measured blind at fa926b6 (the session's third rules): 109/132 failures found (82.6%) and 7/182 correct texts flagged
(3.8%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's and women's activewear and sportswear (track pants, joggers, sports t-shirts,
sports bras, tights and capris, track jackets, one zip hoodie, one pair of running shorts). Studio catalog photos,
mostly worn by a model on a white or light grey backdrop, often with the other half of an outfit (a t-shirt over
track pants, tights under a jacket) and sometimes a prop (dumbbells, a yoga mat, a football, a tennis racket, a
skipping rope, a water bottle); two are flat pack shots with no model. Brands as Myntra sold them then: Nike,
Puma, Adidas, Reebok, Fila, Kappa, Lotto, Proline, Jockey.

Who wrote what: every text is from the untuned base model, Salesforce/blip2-opt-2.7b, zero-shot, with the
`Question: ... Answer:` prompt, greedy decoding, 30 new tokens for answers and 50 for the caption. Closed
questions (garment type, color of the garment, pattern, sleeve length, "Is this a ...?" and the stored-closed
"What is the color of the X?") were answered by enrich's reference engine, which picks one candidate value, so
they never loop or stop short; the open questions and the caption are free generation. The base model's habits:
short lowercase answers, no final period; it names the most salient color in the frame (a big white t-shirt over
the product, the contrast stripe, the print) rather than the product's; it invents plausible sportswear details
(hoods, zip pockets, mesh panels, back logos, v-necks) it cannot see; now and then it keeps going in the prompt
format (the next "Question: ... Answer:"), repeats a phrase until the token limit, or runs out of tokens mid
phrase on a long description; it says "he" for a woman in a sports bra as easily as "she" for a man.

Labeling conventions and judgement calls:
- Every text is judged against the photo described in its product's comment, not against the seller's columns.
  Where the seller's color is off (X674-042: "Navy Blue" joggers that read as black), the answer that matches the
  photo ("black") is correct.
- Shades and synonyms inside one color family are correct: navy or dark blue for navy, purple for lavender, blue
  for teal, red for maroon, grey/gray/charcoal/heather grey for grey melange; leggings/tights/capris, joggers/
  sweatpants/track pants, hoodie/hooded sweatshirt are interchangeable names.
- other_garment_color: the product is given the color of another garment worn in the photo (the t-shirt, the
  shorts, the sports bra under a jacket). A color that belongs to no other garment (the print, the trim, the
  stripe, a misread hue like olive -> brown, neon green -> yellow, magenta -> purple, coral -> orange) is a
  contradiction. The product's own color given to another garment ("maroon" pants under a maroon jacket, black
  "joggers" and a black "t-shirt") is a contradiction too, and so is a wrong garment kind (shorts for capris,
  t-shirt for a jacket, a "yes" to the wrong "Is this a ...?").
- unsupported: a detail the photo does not show (a hood, zip pockets, a back logo seen from the front, mesh
  panels, padded cups, a v-neck on a crew neck), including an invented stripe in another garment's color, and a
  material that contradicts the title's fabric (Dri-FIT, Climalite, PlayDry -> polyester; "Cotton" in the title)
  or one the photo rules out (leather for a tricot jacket). A material answer that agrees with the title, or a
  stretch fabric (spandex) for tights and sports bras whose title names none, is correct.
- non_answer: yes/no, "nothing", or the garment's bare name given back to an open description or details
  question. A one-word color answer to an open color question is a correct answer, not a non_answer.
- restated: the question's own words given back as a sentence ("they are track pants", "t-shirt details").
- pronoun: he/she (or "a man" / "a woman" in an answer) wrong for the model in the photo, who matches the row's
  gender in every product here.
- loop and cut are free-generation texts that ran to the token limit (hit_limit=True); a loop repeats a phrase,
  a cut ends mid phrase without repeating. A leak that ran to the limit is labeled leak, with hit_limit=True.
- A short but true answer ("purple jacket" to "What is she wearing?", "a sports bra" for a bra worn with shorts)
  is correct: incompleteness is not a failure.
- One label per text: the most salient failure (a loop that also names a wrong color is a loop).
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, wearing

BLIND_674 = [
    # photo: man, front view, black track pants with thin white piping down each side seam and a small white swoosh on
    # the left thigh; grey melange crew t-shirt untucked over the waistband; white sneakers; plain white backdrop.
    # All texts: base BLIP-2 OPT-2.7b zero-shot (closed answers via the reference engine).
    case(
        "X674-001",
        caption("a man in black track pants and a grey t-shirt"),
        color_of("track pants", "black"),
        wearing("a grey t-shirt, black track pants and white sneakers", who="he"),
        details("track pants", "white piping on the sides and a nike logo"),
        describe("track pants", "black track pants with zip pockets at the ankles", "unsupported"),
        is_a("track pants", "yes", article="a pair of"),
        material("cotton", "unsupported"),
        Q.color("grey", "other_garment_color"),
        title="Nike Men Black Dri-FIT Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: woman, front view, fuchsia-pink sports bra with a black elastic underband printed with a white PUMA
    # wordmark; black full-length tights; barefoot; white backdrop. Base BLIP-2 zero-shot.
    case(
        "X674-002",
        caption("a woman in a pink sports bra and black leggings"),
        wearing("a pink sports bra and black leggings", who="she"),
        color_of("sports bra", "black", "other_garment_color"),
        Q.garment_type("sports bra"),
        describe("sports bra", "a pink sports bra with a black band under the chest"),
        details("sports bra", "removable pads and a racerback", "unsupported"),
        Q.sleeve_length("sleeveless"),
        title="Puma Women Pink Sports Bra",
        category="Bra",
        color="Pink",
        gender="Women",
    ),
    # photo: man, front view, navy track jacket with a stand collar zipped halfway, three white stripes down each
    # sleeve, white crew t-shirt showing at the neck; black track pants; light grey backdrop. No hood. Base BLIP-2.
    case(
        "X674-003",
        caption("a man wearing a blue jacket with white stripes on the sleeves"),
        color_of("jacket", "white", "other_garment_color"),
        wearing("a blue adidas jacket and black pants", who="he"),
        details("jacket", "three white stripes on the sleeves and a zipper in the front"),
        describe("jacket", "a navy blue track jacket with a hood and white stripes", "unsupported"),
        Q.garment_type("jacket"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Adidas Men Navy Blue Track Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man, back view, light grey melange joggers with ribbed ankle cuffs and one back patch pocket; black
    # t-shirt; black sneakers; white backdrop. No side stripe. Base BLIP-2 zero-shot.
    case(
        "X674-004",
        caption("the back of a man in grey sweatpants and a black shirt"),
        color_of("joggers", "grey"),
        wearing("grey joggers and a black t-shirt"),
        details("joggers", "black drawstring, two side pockets and a black stripe down the leg", "unsupported"),
        describe("joggers", "they are black", "other_garment_color"),
        is_a("joggers", "yes", article="a pair of"),
        Q.material("cotton"),
        title="Proline Men Grey Melange Cotton Joggers",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman, side view, in a lunge on a grey yoga mat; black full-length tights with a small white Reebok
    # delta on the hip; lavender racerback tank top; white backdrop. Base BLIP-2 zero-shot.
    case(
        "X674-005",
        caption("a woman doing a lunge on a yoga mat"),
        wearing("black leggings and a purple tank top", who="the woman"),
        color_of("leggings", "purple", "other_garment_color"),
        describe(
            "leggings",
            "black leggings black leggings black leggings black leggings black leggings black leggings black leggings"
            " black leggings black leggings black leggings black",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.pattern("solid"),
        details("leggings", "the leggings have details", "restated"),
        title="Reebok Women Black Training Tights",
        category="Tights",
        color="Black",
        gender="Women",
    ),
    # photo: woman, front view, white fitted crew-neck t-shirt with a small black swoosh on the left chest, plain
    # sides; black running shorts; white backdrop. Base BLIP-2 zero-shot.
    case(
        "X674-006",
        caption("a woman in a white nike shirt and black shorts"),
        color_of("shirt", "white"),
        Q.sleeve_length("short sleeves"),
        describe(
            "shirt", "a white t-shirt with a black nike logo on the chest and mesh panels on the sides", "unsupported"
        ),
        wearing("he is wearing a white t-shirt and black shorts", "pronoun"),
        Q.material("polyester"),
        Q.pattern("striped", "contradiction"),
        title="Nike Women White Dri-FIT Training T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: man, front view, red track pants with a black tape down each side and a small white Puma cat on the left
    # thigh; black pullover hoodie; white sneakers; white backdrop. Base BLIP-2 zero-shot.
    case(
        "X674-007",
        caption("a man wearing red pants and a black hoodie"),
        color_of("track pants", "black", "other_garment_color"),
        color_of("hoodie", "black"),
        details("track pants", "black stripe on the side and a puma logo on the thigh"),
        wearing("a black hoodie, red pants and white sneakers", who="he"),
        Q.garment_type("track pants"),
        describe(
            "track pants",
            "red pants with a black stripe Question: what is the color of the hoodie? Answer: black Question: what is"
            " the",
            "leak",
            hit_limit=True,
        ),
        title="Puma Men Red Track Pants",
        category="Track Pants",
        color="Red",
        gender="Men",
    ),
    # photo: woman, front view, lavender zip-up track jacket zipped to the collar, thin white piping down the sleeves,
    # no hood; grey tights; white backdrop. Base BLIP-2 zero-shot.
    case(
        "X674-008",
        caption("a woman in a purple jacket and grey leggings"),
        color_of("jacket", "purple"),
        wearing("purple jacket", who="she"),
        describe("jacket", "a purple zip up jacket with a hood and white stripes on the sleeves", "unsupported"),
        Q.garment_type("jacket"),
        is_a("sweatshirt", "yes", "contradiction"),
        details("jacket", "white piping on the sleeves and a zipper"),
        Q.color("grey", "other_garment_color"),
        title="Fila Women Lavender Track Jacket",
        category="Jackets",
        color="Lavender",
        gender="Women",
    ),
    # photo: man, front view, white crew-neck t-shirt (white rib collar) with three black stripes over the shoulders
    # and a small black Adidas logo on the chest; black shorts; a football under his right arm; white backdrop.
    # Base BLIP-2 zero-shot.
    case(
        "X674-009",
        caption("a man holding a soccer ball wearing a white shirt"),
        color_of("shirt", "white"),
        details("shirt", "black stripes on the shoulders and an adidas logo on the chest"),
        wearing("a white adidas shirt and white shorts", "contradiction"),
        describe("shirt", "a white shirt with black stripes on the shoulders and a black collar", "unsupported"),
        Q.sleeve_length("short sleeves"),
        material("cotton", "unsupported"),
        title="Adidas Men White Climalite T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: woman, front view, charcoal grey track pants with a white drawstring and side slip pockets; pink
    # t-shirt; white backdrop. Base BLIP-2 zero-shot.
    case(
        "X674-010",
        caption("a woman in grey sweatpants and a pink t-shirt"),
        color_of("track pants", "pink", "other_garment_color"),
        wearing("she is wearing grey pants and a pink shirt", who="she"),
        details("track pants", "drawstring waist and side pockets"),
        describe(
            "track pants",
            "grey pants with white drawstring Question: what is the color of the shirt? Answer: pink",
            "leak",
        ),
        Q.garment_type("track pants"),
        material("polyester", "unsupported"),
        title="Jockey Women Charcoal Cotton Track Pants",
        category="Track Pants",
        color="Charcoal",
        gender="Women",
    ),
    # photo: man, front view, black crew t-shirt with a large fluorescent-yellow PUMA wordmark across the chest (no
    # other print); grey track pants; white backdrop. Base BLIP-2 zero-shot.
    case(
        "X674-011",
        caption("a man wearing a black t-shirt with yellow letters"),
        color_of("t-shirt", "yellow", "contradiction"),
        details("t-shirt", "puma logo in yellow on the front"),
        wearing("black puma shirt and grey pants", who="he"),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeves"),
        describe(
            "t-shirt",
            "a black t-shirt with the word puma printed across the front of the chest in big bright yellow capital"
            " letters, and the letters are",
            "cut",
            hit_limit=True,
        ),
        Q.color("grey", "other_garment_color"),
        title="Puma Men Black Graphic Printed T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: pack shot, no model: navy track pants laid flat on white, two white stripes along each outer seam,
    # elastic waist with a white drawstring, no pockets. Base BLIP-2 zero-shot.
    case(
        "X674-012",
        caption("a pair of blue pants with white stripes on the side"),
        color_of("track pants", "navy blue"),
        details("track pants", "two white stripes on the side, a drawstring and zip pockets", "unsupported"),
        describe("track pants", "they are track pants", "restated"),
        Q.pattern("striped"),
        is_a("track pants", "yes", article="a pair of"),
        wearing("a pair of jeans", "contradiction"),
        title="Lotto Men Navy Blue Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman, back three-quarter view, teal sports bra whose straps cross in the back; black shorts; white
    # backdrop. The front of the bra is not visible. Base BLIP-2 zero-shot.
    case(
        "X674-013",
        caption("a woman in a blue sports bra and black shorts"),
        describe("sports bra", "a blue sports bra with straps that cross in the back"),
        details("sports bra", "straps cross in the back and a zipper in the front", "unsupported"),
        wearing("a sports bra"),
        Q.garment_type("sports bra"),
        Q.sleeve_length("sleeveless"),
        color_of("sports bra", "black", "other_garment_color"),
        title="Reebok Women Teal Sports Bra",
        category="Bra",
        color="Teal",
        gender="Women",
    ),
    # photo: man with shoulder-length hair, side view, olive green joggers with ribbed cuffs and a small black swoosh
    # on the thigh; white t-shirt; black sneakers; light grey backdrop. Base BLIP-2 zero-shot.
    case(
        "X674-014",
        caption("a man in green pants and a white t-shirt standing in front of a gray wall"),
        color_of("joggers", "brown", "contradiction"),
        wearing("she is wearing green pants and a white shirt", "pronoun", who="the person"),
        describe("joggers", "olive green joggers with cuffs at the ankles"),
        details("joggers", "they are joggers", "restated"),
        Q.material("cotton"),
        title="Nike Men Olive Club Fleece Joggers",
        category="Track Pants",
        color="Olive",
        gender="Men",
    ),
    # photo: woman, front view, black track pants with three white stripes down each side, no pockets; white tank
    # top; white backdrop. Base BLIP-2 zero-shot.
    case(
        "X674-015",
        caption("a woman wearing black and white adidas pants"),
        color_of("pants", "white", "other_garment_color"),
        wearing("black adidas pants and a white tank top", who="she"),
        details("pants", "three white stripes down the side and zip pockets", "unsupported"),
        describe(
            "pants",
            "black pants with white stripes on the sides, black pants with white stripes on the sides, black pants"
            " with white stripes on",
            "loop",
            hit_limit=True,
        ),
        is_a("tights", "no"),
        title="Adidas Women Black 3-Stripes Track Pants",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: man, front view, royal blue crew-neck t-shirt with black mesh side panels and a small white Puma cat on
    # the chest; black shorts; a dumbbell in his right hand; white backdrop. Base BLIP-2 zero-shot.
    case(
        "X674-016",
        caption("a man in a black shirt holding a dumbbell", "other_garment_color"),
        color_of("shirt", "blue"),
        details("shirt", "black panels on the sides"),
        describe("shirt", "a blue t-shirt with a puma logo on the chest, black sides and a v-neck", "unsupported"),
        wearing("she is wearing a blue shirt and black shorts", "pronoun"),
        Q.sleeve_length("short sleeves"),
        title="Puma Men Blue Training T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman, front view, navy track jacket worn open over a grey t-shirt, white Kappa logo tape down the
    # sleeves; black tights; white backdrop. Base BLIP-2 zero-shot.
    case(
        "X674-017",
        caption("a woman wearing a blue jacket over a gray shirt"),
        color_of("jacket", "grey", "other_garment_color"),
        wearing("a navy jacket, a grey top and black leggings", who="the woman"),
        details("jacket", "white tape with logos down the sleeves and a zipper"),
        describe(
            "jacket",
            "the jacket is navy blue with white stripes running down the sleeves and the kappa logo repeated on the"
            " stripes and a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt", "contradiction"),
        title="Kappa Women Navy Blue Track Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man, mid-stride, black running shorts with a white swoosh on the left leg and a split side hem; grey
    # t-shirt; white backdrop. Base BLIP-2 zero-shot.
    case(
        "X674-018",
        caption("a man running in black shorts and a black shirt", "contradiction"),
        color_of("shorts", "black"),
        details("shorts", "white nike logo on the left leg and a split hem"),
        wearing(
            "he is wearing a pair of black shorts and a grey shirt and a pair of black shorts and a grey shirt and a"
            " pair of",
            "loop",
            who="he",
            hit_limit=True,
        ),
        material("polyester"),
        Q.garment_type("shorts"),
        describe("shorts", "grey shorts with a white logo", "other_garment_color"),
        title="Nike Men Black Dri-FIT Running Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: woman, side view, grey three-quarter (capri) tights with a pink Puma cat on the calf; pink tank top;
    # white backdrop. Base BLIP-2 zero-shot.
    case(
        "X674-019",
        caption("a woman in grey leggings and a pink top"),
        color_of("leggings", "pink", "other_garment_color"),
        describe("leggings", "grey capri leggings with a pink logo on the calf"),
        details("leggings", "yes", "non_answer"),
        Q.garment_type("leggings"),
        Q.pattern("solid"),
        wearing("a pink tank top and grey shorts", "contradiction", who="she"),
        title="Puma Women Grey Capri Tights",
        category="Capris",
        color="Grey",
        gender="Women",
    ),
    # photo: man, front view, maroon track jacket zipped to the chest with black piping along the sleeves; black
    # track pants; grey backdrop. The back is not visible. Base BLIP-2 zero-shot.
    case(
        "X674-020",
        caption(
            "a man wearing a red jacket and black pants and a red jacket and black pants and a red jacket and black"
            " pants and a red jacket and black pants and a red jacket and black pants and a red",
            "loop",
            hit_limit=True,
        ),
        color_of("jacket", "maroon"),
        wearing("a maroon jacket with black stripes and black pants", who="the man"),
        describe("jacket", "a red jacket with black stripes and the reebok logo on the back", "unsupported"),
        Q.sleeve_length("long sleeves"),
        color_of("pants", "maroon", "contradiction"),
        title="Reebok Men Maroon Track Jacket",
        category="Jackets",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman, front view, hands on hips, coral-pink crew t-shirt with three white stripes over the shoulders;
    # black track pants; white backdrop. Base BLIP-2 zero-shot.
    case(
        "X674-021",
        caption("a woman in a pink shirt with her hands on her hips"),
        color_of("shirt", "orange", "contradiction"),
        wearing("a pink adidas t-shirt and black pants"),
        details("shirt", "white stripes on the shoulders"),
        Q.sleeve_length("short sleeves"),
        describe("shirt", "pink shirt with white stripes Question: what is she wearing? Answer: a pink shirt", "leak"),
        Q.color("black", "other_garment_color"),
        title="Adidas Women Pink Training T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: man, front view, navy crew t-shirt with a large white "23" printed on the chest; grey melange joggers;
    # white backdrop. The back is not visible. Base BLIP-2 zero-shot.
    case(
        "X674-022",
        caption("a man in a blue t-shirt with the number 23 on it"),
        color_of("t-shirt", "grey", "other_garment_color"),
        wearing("a blue shirt with the number 23", who="he"),
        details("t-shirt", "no", "non_answer"),
        Q.pattern("printed"),
        Q.garment_type("t-shirt"),
        describe("t-shirt", "a navy blue t-shirt with a white number 23 on the front and the back", "unsupported"),
        title="Proline Men Navy Blue Printed Sports T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman, front view, holding a skipping rope; black sports bra with a white swoosh; grey melange joggers;
    # white backdrop. The back is not visible. Base BLIP-2 zero-shot.
    case(
        "X674-023",
        caption("a woman in a black sports bra and black leggings holding a jump rope", "contradiction"),
        color_of("sports bra", "black"),
        wearing("a black sports bra and gray sweatpants", who="she"),
        details("sports bra", "the details of the sports bra", "restated"),
        describe("sports bra", "a black sports bra with a white nike logo and a mesh back", "unsupported"),
        is_a("sports bra", "yes"),
        Q.material("spandex"),
        title="Nike Women Black Pro Classic Sports Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: man, side view, charcoal grey track pants with elastic cuffs, a drawstring waist and a small white Puma
    # cat on the left thigh, no side stripe; red t-shirt; white backdrop. Base BLIP-2 zero-shot.
    case(
        "X674-024",
        caption("a man in a red shirt and gray pants"),
        color_of("track pants", "red", "other_garment_color"),
        color_of("t-shirt", "red"),
        wearing("red shirt, gray pants"),
        details(
            "track pants",
            "elastic cuffs at the bottom of the legs, a small white puma logo on the left thigh, an elastic waistband"
            " with a drawstring and two side",
            "cut",
            hit_limit=True,
        ),
        describe("track pants", "dark grey track pants with a red stripe down the side", "unsupported"),
        title="Puma Men Grey Track Pants",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: man, front view, black full-length compression tights with a white logo on the thigh, worn under black
    # shorts; grey t-shirt; white backdrop. Base BLIP-2 zero-shot.
    case(
        "X674-025",
        caption("a man in black leggings and black shorts"),
        color_of("tights", "black"),
        wearing("a grey shirt, black shorts and black leggings", who="the man"),
        Q.garment_type("shorts", "contradiction"),
        describe("tights", "tights", "non_answer"),
        details("tights", "white adidas logo on the thigh and a zip pocket at the back", "unsupported"),
        title="Adidas Men Black Techfit Tights",
        category="Tights",
        color="Black",
        gender="Men",
    ),
    # photo: woman with her hair tied up, back view, purple track pants with a white stripe along each side and a
    # back patch pocket; white t-shirt; white backdrop. Base BLIP-2 zero-shot.
    case(
        "X674-026",
        caption("the back view of a woman in purple pants and a white shirt"),
        color_of("track pants", "purple"),
        wearing("he is wearing purple pants and a white shirt", "pronoun"),
        details("track pants", "a white stripe along the side and a back pocket"),
        describe(
            "track pants",
            "purple pants with a white stripe on the side and purple pants with a white stripe on the side and purple"
            " pants with a",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("track pants"),
        Q.color("white", "other_garment_color"),
        title="Fila Women Purple Track Pants",
        category="Track Pants",
        color="Purple",
        gender="Women",
    ),
    # photo: man, front view, white hooded windbreaker zipped up, hood down behind the neck, black swoosh on the left
    # chest; black track pants; white sneakers; white backdrop. Base BLIP-2 zero-shot.
    case(
        "X674-027",
        caption("a man in a white jacket and black pants"),
        color_of("jacket", "black", "other_garment_color"),
        details("jacket", "black nike logo on the chest and a hood"),
        wearing("a white nike jacket, black pants and white sneakers", who="he"),
        describe(
            "jacket",
            "a white nike windbreaker jacket with a hood, a black swoosh logo on the left side of the chest, a full"
            " zipper down the front and elastic cuffs on the",
            "cut",
            hit_limit=True,
        ),
        Q.material("nylon"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Nike Men White Windrunner Jacket",
        category="Jackets",
        color="White",
        gender="Men",
    ),
    # photo: woman, side view in a jogging pose, red crew t-shirt with a white Reebok logo on the chest; black
    # tights; white backdrop. The back is not visible. Base BLIP-2 zero-shot.
    case(
        "X674-028",
        caption("a woman running in a red shirt and black leggings"),
        color_of("t-shirt", "red"),
        describe("t-shirt", "a red t-shirt with a white reebok logo and reflective strips on the back", "unsupported"),
        wearing("a man in a red shirt and black leggings", "pronoun"),
        Q.sleeve_length("short sleeves"),
        details("t-shirt", "t-shirt details", "restated"),
        title="Reebok Women Red Running T-shirt",
        category="Tshirts",
        color="Red",
        gender="Women",
    ),
    # photo: man, front view, black track jacket worn open over a white t-shirt, white zip and a small white Puma cat
    # on the chest; black track pants; light grey backdrop. Base BLIP-2 zero-shot.
    case(
        "X674-029",
        caption("a man in a black jacket and a white shirt"),
        color_of("jacket", "white", "other_garment_color"),
        wearing("a black track jacket over a white t-shirt and black track pants", who="he"),
        details("jacket", "white zipper and a puma logo on the chest"),
        Q.garment_type("jacket"),
        is_a("hoodie", "no"),
        Q.pattern("solid"),
        describe(
            "jacket",
            "black jacket with white zipper and a white shirt underneath Question: what is the color of the pants?"
            " Answer:",
            "leak",
            hit_limit=True,
        ),
        title="Puma Men Black Track Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: woman, front view, light grey melange joggers with three black stripes, a drawstring and cuffed ankles;
    # black sports bra; white backdrop. The feed row has no color column. Base BLIP-2 zero-shot.
    case(
        "X674-030",
        caption("a woman in a black sports bra and grey sweatpants"),
        color_of("joggers", "black", "other_garment_color"),
        wearing("a black sports bra and grey joggers", who="she"),
        details("joggers", "black stripes on the side, cuffs and a drawstring"),
        describe(
            "joggers",
            "light grey joggers with three black stripes down the side of each leg and a small black adidas logo on"
            " the front left thigh and",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("track pants"),
        title="Adidas Women Grey Melange 3-Stripes Joggers",
        category="Track Pants",
        gender="Women",
    ),
    # photo: man, front view, navy track pants (woven, slight sheen); white t-shirt; black cap; white backdrop.
    # Base BLIP-2 zero-shot.
    case(
        "X674-031",
        caption("a man in a white t-shirt and black pants", "contradiction"),
        color_of("track pants", "blue"),
        wearing("a white t-shirt, blue track pants and a black cap", who="the man"),
        describe("track pants", "blue track pants Question: is this a pair of jeans? Answer: no", "leak"),
        details("track pants", "no", "non_answer"),
        Q.material("cotton", "unsupported"),
        is_a("jeans", "no", article="a pair of"),
        title="Nike Men Blue Dri-FIT Woven Track Pants",
        category="Track Pants",
        color="Blue",
        gender="Men",
    ),
    # photo: woman, front view, black track jacket zipped up, hot-pink zip and pink piping, stand collar, no hood;
    # black tights; white backdrop. Base BLIP-2 zero-shot.
    case(
        "X674-032",
        caption("a woman in a black jacket with pink trim"),
        color_of("jacket", "pink", "contradiction"),
        wearing("a black and pink jacket and black leggings", who="she"),
        details("jacket", "pink zipper and pink piping on the sleeves"),
        describe("jacket", "black jacket with a pink zipper and a hood", "unsupported"),
        Q.sleeve_length("long sleeves"),
        Q.garment_type("sweatshirt", "contradiction"),
        title="Puma Women Black Track Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: man, front view, holding a tennis racket; fluorescent green crew t-shirt with a black Adidas logo on the
    # chest; black shorts; white socks and white tennis shoes; white backdrop. Base BLIP-2 zero-shot.
    case(
        "X674-033",
        caption("a man holding a tennis racket"),
        color_of("t-shirt", "yellow", "contradiction"),
        wearing(
            "a bright green adidas t-shirt, black shorts, white socks and white tennis shoes, and he is holding a"
            " tennis racket in his right hand and a",
            "cut",
            who="he",
            hit_limit=True,
        ),
        describe("t-shirt", "a neon green t-shirt with a black adidas logo"),
        details("t-shirt", "a black logo on the chest, a white collar and two buttons", "unsupported"),
        Q.garment_type("t-shirt"),
        is_a("polo shirt", "no"),
        title="Adidas Men Fluorescent Green T-shirt",
        category="Tshirts",
        color="Fluorescent Green",
        gender="Men",
    ),
    # photo: woman, front view, a small dumbbell in each hand; grey melange sports bra with a black underband carrying
    # a white Reebok wordmark; black shorts; white backdrop. Base BLIP-2 zero-shot.
    case(
        "X674-034",
        caption("a woman in a grey sports bra holding two dumbbells"),
        color_of("sports bra", "grey"),
        wearing("he is wearing a sports bra and shorts", "pronoun"),
        describe("sports bra", "a grey sports bra with a black band and the word reebok on it"),
        details("sports bra", "padded cups and adjustable straps", "unsupported"),
        Q.garment_type("sports bra"),
        title="Reebok Women Grey Melange Sports Bra",
        category="Bra",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: pack shot, no model: black track pants laid flat on white, a red stripe down each outer seam, elastic
    # waist with a white drawstring. Base BLIP-2 zero-shot.
    case(
        "X674-035",
        caption("black and red track pants on a white background"),
        color_of("track pants", "red", "contradiction"),
        describe("track pants", "black track pants with a red stripe on the side"),
        details("track pants", "the track pants details are the track pants", "restated"),
        Q.pattern("striped"),
        Q.garment_type("track pants"),
        is_a("track pants", "no", "contradiction", article="a pair of"),
        title="Lotto Men Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: woman, side view, running; navy full-length tights with a light blue swoosh on the thigh; white
    # t-shirt; white backdrop. Base BLIP-2 zero-shot.
    case(
        "X674-036",
        caption("a woman in a white t-shirt and blue leggings running"),
        color_of("tights", "white", "other_garment_color"),
        wearing("white t-shirt and navy blue leggings", who="she"),
        details("tights", "nothing", "non_answer"),
        describe(
            "tights",
            "navy blue tights with a light blue logo Question: what is the woman wearing? Answer: white t-shirt and"
            " blue leggings",
            "leak",
        ),
        Q.material("spandex"),
        title="Nike Women Navy Blue Dri-FIT Tights",
        category="Tights",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man, front view, turned slightly, orange crew t-shirt with a white Puma cat on the chest; grey shorts;
    # white backdrop. Base BLIP-2 zero-shot.
    case(
        "X674-037",
        caption("a man in an orange shirt and black shorts", "contradiction"),
        color_of("shirt", "orange"),
        describe("shirt", "an orange shirt with a white puma logo on the chest"),
        wearing("orange shirt and grey shorts", who="he"),
        details("shirt", "shirt", "non_answer"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.pattern("solid"),
        title="Puma Men Orange Sports T-shirt",
        category="Tshirts",
        color="Orange",
        gender="Men",
    ),
    # photo: woman, front view, white track pants with three black stripes down each side and zips at the ankles;
    # black crop top; white backdrop. Base BLIP-2 zero-shot.
    case(
        "X674-038",
        caption("a woman in a black crop top and white pants with black stripes"),
        color_of("track pants", "black", "other_garment_color"),
        wearing("a black top and white adidas pants", who="the woman"),
        describe(
            "track pants",
            "white pants with black stripes on the side and black stripes on the side and black stripes on the side"
            " and black stripes on",
            "loop",
            hit_limit=True,
        ),
        details("track pants", "three black stripes down the sides and zips at the ankles"),
        is_a("track pants", "yes", article="a pair of"),
        Q.garment_type("leggings", "contradiction"),
        title="Adidas Women White Track Pants",
        category="Track Pants",
        color="White",
        gender="Women",
    ),
    # photo: man, front view, grey melange zip-up hoodie worn open, hood down, two front pockets, over a navy
    # t-shirt; black joggers; white sneakers; white backdrop. The back is not visible. Base BLIP-2 zero-shot.
    case(
        "X674-039",
        caption("a man in a grey hoodie and black pants"),
        color_of("hoodie", "navy blue", "other_garment_color"),
        wearing("a gray hooded sweatshirt over a blue t-shirt", who="he"),
        describe(
            "hoodie",
            "a grey zip up hoodie with two front pockets and a hood, worn open over a navy blue t-shirt with black"
            " pants and white sneakers, and the hoodie has",
            "cut",
            hit_limit=True,
        ),
        details("hoodie", "drawstrings, a zipper and a fila logo on the back", "unsupported"),
        Q.garment_type("sweatshirt"),
        Q.sleeve_length("long sleeves"),
        title="Fila Men Grey Melange Zip Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman, side view, stretching her arms overhead; magenta (hot pink) track pants with a small black swoosh
    # on the thigh, no side stripe; black tank top; white backdrop. Base BLIP-2 zero-shot.
    case(
        "X674-040",
        caption("a woman in pink pants and a black tank top stretching her arms"),
        color_of("track pants", "purple", "contradiction"),
        wearing("she is wearing a black tank top and pink pants", who="she"),
        describe(
            "track pants",
            "pink track pants with a black nike logo on the thigh and a black stripe on the side",
            "unsupported",
        ),
        details(
            "track pants",
            "the pants have an elastic waistband and cuffs at the ankle, and the pants have an elastic waistband and"
            " cuffs at the",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("track pants"),
        title="Nike Women Magenta Track Pants",
        category="Track Pants",
        color="Magenta",
        gender="Women",
    ),
    # photo: man, front view, black crew t-shirt with orange piping along the raglan shoulder seams; black track
    # pants; white backdrop. The feed row has no category column. Base BLIP-2 zero-shot.
    case(
        "X674-041",
        caption("a man wearing a black shirt and black pants"),
        color_of("t-shirt", "black"),
        details("t-shirt", "orange piping on the shoulders and sleeves"),
        describe("t-shirt", "a black t-shirt with orange stripes on the shoulders and a round neck"),
        wearing(
            "he is wearing black and orange, he is wearing black and orange, he is wearing black and orange, he is"
            " wearing",
            "loop",
            hit_limit=True,
        ),
        is_a("polo shirt", "yes", "contradiction"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Proline Men Black Sports T-shirt",
        color="Black",
        gender="Men",
    ),
    # photo: man, front view, very dark joggers that read as black (the seller says navy), white drawstring, ribbed
    # cuffs, no pockets visible under the t-shirt hem; grey t-shirt; white backdrop. Base BLIP-2 zero-shot.
    case(
        "X674-042",
        caption("a man in a grey shirt and black pants"),
        color_of("joggers", "black"),
        wearing("a grey t-shirt and black joggers", who="he"),
        details("joggers", "white drawstring, ribbed cuffs and zip pockets", "unsupported"),
        describe("joggers", "grey joggers with a white drawstring", "other_garment_color"),
        Q.garment_type("track pants"),
        color_of("t-shirt", "black", "contradiction"),
        title="Reebok Men Navy Blue Joggers",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman, front view, royal blue sports bra with a white Puma wordmark, worn under an open white track
    # jacket; black tights; white backdrop. Base BLIP-2 zero-shot.
    case(
        "X674-043",
        caption("a woman in a white jacket and blue sports bra"),
        color_of("sports bra", "white", "other_garment_color"),
        wearing("a white jacket over a blue sports bra and black leggings", who="she"),
        Q.garment_type("jacket", "contradiction"),
        describe("sports bra", "a blue sports bra with a white puma logo"),
        details("sports bra", "Question: what is the color of the jacket? Answer: white", "leak"),
        title="Puma Women Blue Sports Bra",
        category="Bra",
        color="Blue",
        gender="Women",
    ),
    # photo: man, front view, red tricot track jacket zipped up, three white stripes down the sleeves, white trim on
    # the stand collar, two zip side pockets; black track pants; white backdrop. The feed row has no category.
    # Base BLIP-2 zero-shot.
    case(
        "X674-044",
        caption("a man in a red adidas jacket with white stripes"),
        color_of("jacket", "red"),
        wearing(
            "a red and white jacket and black pants Question: what is the color of the jacket? Answer: red", "leak"
        ),
        describe("jacket", "a red track jacket with white stripes on the sleeves and a white collar"),
        details("jacket", "three white stripes down the sleeves and two zip pockets"),
        Q.material("leather", "unsupported"),
        Q.sleeve_length("long sleeves"),
        is_a("hoodie", "yes", "contradiction"),
        title="Adidas Men Red Track Jacket",
        color="Red",
        gender="Men",
    ),
    # photo: woman, front view, holding a water bottle; heather grey crew t-shirt with a small pink swoosh on the
    # left chest; black capri tights; white backdrop. Base BLIP-2 zero-shot.
    case(
        "X674-045",
        caption("a woman holding a water bottle wearing a gray shirt"),
        color_of("t-shirt", "grey"),
        wearing("he is wearing a gray nike shirt and black capris", "pronoun"),
        describe(
            "t-shirt",
            "a heather grey nike t-shirt with a small pink swoosh on the left side of the chest and short sleeves with",
            "cut",
            hit_limit=True,
        ),
        details("t-shirt", "pink nike logo"),
        Q.color("black", "other_garment_color"),
        title="Nike Women Grey Melange Training T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: man, front view, sky blue crew t-shirt with a white band across the chest and a small white Reebok logo;
    # navy track pants; white backdrop. Base BLIP-2 zero-shot.
    case(
        "X674-046",
        caption("a man in a light blue shirt and dark blue pants"),
        color_of("t-shirt", "blue"),
        wearing("a light blue t-shirt with a white stripe and navy pants", who="he"),
        describe("t-shirt", "a light blue t-shirt with a white band across the chest"),
        details(
            "t-shirt",
            "white stripe across the chest and a reebok logo, white stripe across the chest and a reebok logo, white"
            " stripe",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        is_a("t-shirt", "no", "contradiction"),
        Q.material("cotton", "unsupported"),
        title="Reebok Men Sky Blue PlayDry T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
]
