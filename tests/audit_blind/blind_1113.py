"""BLIND_1113 (46 products; Myntra women's activewear & loungewear, VQA adapter): written blind in the sixtieth session.
Measured blind at b348683 (the session's third rules): 118/127 failures found (92.9%) and 7/185 correct texts flagged
(3.8%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's activewear and loungewear: sports bras (seller category "Bra"), tights,
leggings, capris, track pants and joggers, sweatshirts and hoodies, training tees, tank tops, lounge tees, lounge
pants and lounge shorts. Catalog photos on a white or light grey studio backdrop, mostly front views of a model
who also wears other garments (leggings under a sports bra, a tee over joggers, a tank top over tights); a few
back or three-quarter views and a few props (yoga mat, dumbbell, jump rope, pillow, stool). Seller columns are
title, category (Myntra article type), color (Myntra base colour) and gender; two rows lack a column (one has no
color, one has no gender) and one row is Unisex.

Who wrote what: every caption and every open answer is free generation by leoreigoto/Data3_V3_BLIP2_VQA (the
one-epoch VQA LoRA on blip2-opt-2.7b), greedy, 30 new tokens for answers and 50 for the caption (asked with an
empty prompt). The adapter was trained without an end token: short answers often stop on OPT's own newline, but
lists run on into loops or are cut at the token limit, and it sometimes writes the next "Question: ... Answer:"
turn of its training format. Its habits: lowercase, no final period, "t - shirt" spacing in captions, stacking
garment names, the first garment's color given to the next, and pocket/pad/mesh details that the view cannot
show. Every closed answer (garment_type, color, pattern, sleeve_length, fit, color_of with the default kind,
is_a) comes from enrich's --engine reference ranking its candidate values with the same adapter, so closed
answers are always one clean candidate; their only failure is a wrong pick.

Labeling conventions and judgement calls:
- Labels follow the photo as described in each "# photo:" comment, not the seller; where the seller's column
  and the photo agree, a text that disagrees with both is wrong.
- A wrong color or garment in a closed answer is "contradiction", even when the wrong color belongs to another
  garment in the photo; "other_garment_color" is used only for open answers and captions that give the product
  the color of another garment worn in the photo. A prop's color (the yoga mat) is "contradiction".
- A wrong pick for type ("shorts" for capris, "sweater" for a sweatshirt, "t-shirt" for a tank top), a wrong
  yes/no to "Is this a ...?", a wrong pattern, sleeve length or fit are "contradiction".
- An open answer that gives another garment in the outfit the product's color ("a green sports bra and green
  shorts" when the shorts are black) is "contradiction".
- Shades in the same family as the seller's color are correct: navy/dark blue for Navy Blue, purple/lilac for
  Lavender and Mauve, pink for Peach, red for Maroon, grey/heather grey for Grey Melange and Charcoal, blue or
  turquoise for Turquoise Blue and Teal, white for Off White, yellow for Mustard, green for Olive. Side stripes
  or piping on track pants answered "striped" or "solid" are both accepted.
- Material answers naming an ordinary sportswear or lounge fabric (polyester, spandex, nylon, cotton, fleece,
  flannel) are correct unless the title says otherwise; implausible fabrics (silk, wool blend), percentages and
  fabric technologies or finishes the title does not name are "unsupported".
- Details that the view cannot show (back pockets or mesh in a front view, removable pads or cups, hook closures,
  a lining) or that are not there (a hood, a zipper, belt loops, a belt) are "unsupported".
- A one-word, yes/no, "none" or pattern-only answer ("stripes", "red") to an open question, or a caption of
  "yes", is "non_answer"; an answer made of the question's own words ("the material is material", "it is a
  sports bra", "describe the hoodie") is "restated".
- "he", "his" or "a man" for a Women row is "pronoun"; no pronoun failure is written for the Unisex row or the
  row without gender.
- A text that ran to the token limit is hit_limit=True; when it loops it is "loop", when it ends mid-phrase
  without looping it is "cut" (even if the words before the cut are right), and when it runs into a new
  "Question:" turn it is "leak". Only one label per text: the most visible failure wins.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

print_q = question("print", "What is the print on the garment?", "open")
fit = question("fit", "What is the fit of the garment?", "closed")

BLIND_1113 = [
    # photo: black racerback sports bra with a white Enamor logo on the underband, worn with charcoal grey leggings;
    # white backdrop, front view, hands on hips. Captions/open: VQA adapter; closed: reference engine.
    case(
        "X1113-001",
        caption("a woman wearing a black sports bra and grey leggings"),
        wearing("a black sports bra and grey leggings", who="she"),
        color_of("sports bra", "black"),
        Q.garment_type("sports bra"),
        details("sports bra", "racerback straps and a wide elastic band under the bust with a white logo"),
        Q.material("polyester"),
        title="Enamor Women Black Solid Non-Padded Racerback Sports Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: black full-length Nike tights with a small pink swoosh on the left hip, worn with a light grey melange
    # tank top and white sneakers; white backdrop, front view. VQA adapter / reference engine.
    case(
        "X1113-002",
        caption("a woman in black leggings and a grey tank top standing in front of a white wall"),
        wearing(
            "she is wearing a grey tank top and black leggings and white sneakers and a grey tank top and black "
            "leggings and white sneakers and a",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of("leggings", "grey", "other_garment_color", kind="open"),
        Q.color("black"),
        is_a("leggings", "yes", article="a pair of"),
        details(
            "leggings",
            "a pink swoosh logo on the left hip and a reflective zip pocket on the back of the waistband",
            "unsupported",
        ),
        title="Nike Women Black One Training Tights",
        category="Tights",
        color="Black",
        gender="Women",
    ),
    # photo: navy blue cotton joggers with elastic ankle cuffs and a white drawstring, worn with a white crew-neck
    # t-shirt half tucked in and white sneakers; white backdrop, front view. VQA adapter / reference engine.
    case(
        "X1113-003",
        caption("a woman wearing a white t - shirt and blue jogger pants"),
        wearing("a white t-shirt and navy blue joggers", who="she"),
        color_of("joggers", "white", "contradiction"),
        Q.garment_type("joggers"),
        describe(
            "joggers",
            "the joggers are white with a drawstring waist and elastic cuffs at the ankles",
            "other_garment_color",
        ),
        details("joggers", "the joggers details are joggers", "restated"),
        Q.material("cotton"),
        title="HRX by Hrithik Roshan Women Navy Blue Solid Cotton Joggers",
        category="Track Pants",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: grey melange crew-neck sweatshirt with a pink PUMA logo and wordmark printed on the chest, no hood, no
    # pocket, worn with black track pants; white backdrop, front view. VQA adapter / reference engine.
    case(
        "X1113-004",
        caption("a woman wearing a grey sweatshirt with a pink puma logo on the front"),
        wearing(
            "a grey sweatshirt and black pants Question: What is the color of the sweatshirt? Answer: grey Question:"
            " What is",
            "leak",
            hit_limit=True,
        ),
        color_of("sweatshirt", "grey"),
        print_q("a pink puma logo and the word puma"),
        Q.sleeve_length("long"),
        details("sweatshirt", "ribbed cuffs and hem, a round neck and a kangaroo pocket with a hood", "unsupported"),
        title="Puma Women Grey Melange Printed Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: hot pink padded sports bra with thin straps, worn with black running shorts; the model holds a small
    # black dumbbell; white backdrop, front view. VQA adapter / reference engine.
    case(
        "X1113-005",
        caption("a woman in a pink sports bra holding a dumbbell"),
        wearing("he is wearing a pink sports bra and black shorts", "pronoun", who="she"),
        color_of("sports bra", "pink", kind="open"),
        Q.garment_type("sports bra"),
        Q.pattern("solid"),
        describe("sports bra", "a black sports bra with padded cups", "other_garment_color"),
        Q.material("87% nylon and 13% spandex", "unsupported"),
        title="Zelocity by Zivame Pink Solid Padded Sports Bra",
        category="Bra",
        color="Pink",
        gender="Women",
    ),
    # photo: black Adidas track pants with three white stripes down each side, drawstring waist, tapered ankles,
    # worn with a plain white crop t-shirt; light grey backdrop, front view. VQA adapter / reference engine.
    case(
        "X1113-006",
        caption("a woman in black adidas track pants with white stripes and a white crop top"),
        wearing(
            "black track pants with three white stripes on the side and a white t-shirt with three white stripes "
            "on the side and a white",
            "loop",
            hit_limit=True,
        ),
        color_of("track pants", "black"),
        Q.pattern("striped"),
        is_a("track pants", "yes", article="a pair of"),
        describe("track pants", "grey track pants with white stripes", "contradiction"),
        details(
            "track pants", "three white stripes down the sides, an elastic waist with a drawstring and tapered ankles"
        ),
        title="ADIDAS Women Black 3-Stripes Track Pants",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: lavender short-sleeved lounge t-shirt with "sleep mode" printed in small white letters, worn with
    # lavender-and-white checked pyjama pants; white backdrop, front view. VQA adapter / reference engine.
    case(
        "X1113-007",
        caption("a woman in a purple t - shirt and checkered pajama pants"),
        wearing("a lavender t-shirt and plaid pants", who="she"),
        color_of("t-shirt", "purple"),
        Q.pattern("checked", "contradiction"),
        print_q("the words sleep mode in white letters"),
        details("t-shirt", "the t-shirt details are the t-shirt", "restated"),
        title="Clovia Women Lavender Printed Lounge T-shirt",
        category="Lounge Tshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: olive green ankle-length leggings with a wide waistband, worn with a white tank top; the model holds a
    # rolled blue yoga mat under one arm; white backdrop, front view. VQA adapter / reference engine.
    case(
        "X1113-008",
        caption("a woman holding a blue yoga mat"),
        wearing(
            "a white tank top and green leggings Question: What is the color of the leggings? Answer: green",
            "leak",
        ),
        color_of("leggings", "blue", "contradiction", kind="open"),
        Q.color("olive"),
        Q.garment_type("leggings"),
        describe("leggings", "olive green leggings with a wide waistband, ankle length"),
        details("leggings", "a hidden pocket at the back of the waistband and a gusset", "unsupported"),
        Q.material("cotton and elastane"),
        title="Jockey Women Olive Green Solid Ankle-Length Leggings",
        category="Leggings",
        color="Olive",
        gender="Women",
    ),
    # photo: maroon hooded sweatshirt, hood down, kangaroo pocket, ribbed cuffs and hem, worn with black leggings;
    # white backdrop, front view. VQA adapter / reference engine.
    case(
        "X1113-009",
        caption("a woman wearing a red hoodie and black leggings"),
        wearing("a maroon hoodie", who="the woman"),
        color_of("hoodie", "black", "contradiction"),
        Q.garment_type("hoodie"),
        describe("hoodie", "a black hoodie with a kangaroo pocket", "other_garment_color"),
        details(
            "hoodie",
            "a hood with drawstrings, a kangaroo pocket, ribbed cuffs and a ribbed hem, a hood with drawstrings, a "
            "kangaroo pocket, ribbed cuffs and a",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        title="HRX by Hrithik Roshan Women Maroon Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Women",
    ),
    # photo: white sports bra with black trim at the neckline and armholes and a small black Puma logo, worn with
    # black tights; light grey studio backdrop, front view. VQA adapter / reference engine.
    case(
        "X1113-010",
        caption("Question: What is the person wearing? Answer: a white sports bra and black leggings", "leak"),
        wearing("a white sports bra and black tights"),
        color_of("sports bra", "black", "other_garment_color", kind="open"),
        Q.color("white"),
        is_a("tank top", "no"),
        describe(
            "sports bra",
            "a white sports bra with a black elastic band under the bust, black trim along the neckline and the "
            "armholes, a small black puma logo on the left side and a",
            "cut",
            hit_limit=True,
        ),
        title="Puma Women White Solid Sports Bra",
        category="Bra",
        color="White",
        gender="Women",
    ),
    # photo: pink-and-blue tie-dye lounge pants with an elastic waist and cuffed ankles, worn with a plain white
    # t-shirt; white backdrop, front view. VQA adapter / reference engine.
    case(
        "X1113-011",
        caption("a woman in a white t - shirt and tie dye pants"),
        wearing("a white t-shirt and tie-dye pajama pants"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        Q.color("multicolor"),
        Q.pattern("tie-dye"),
        details("pants", "yes", "non_answer"),
        Q.material("silk", "unsupported"),
        title="DressBerry Women Pink & Blue Tie-Dye Lounge Pants",
        category="Lounge Pants",
        color="Multi",
        gender="Women",
    ),
    # photo: teal crew-neck training t-shirt with a small white Reebok logo on the chest, worn with black shorts;
    # white backdrop, front view only. VQA adapter / reference engine.
    case(
        "X1113-012",
        caption("a woman wearing a teal t - shirt and black shorts"),
        wearing("a blue t-shirt and black shorts", who="she"),
        color_of("t-shirt", "teal"),
        Q.sleeve_length("short"),
        describe(
            "t-shirt",
            "a teal t-shirt with a round neck and short sleeves and a small reebok logo on the chest and a small "
            "reebok logo on the chest and a small reebok",
            "loop",
            hit_limit=True,
        ),
        details(
            "t-shirt",
            "a round neck, short sleeves, a small reebok logo on the chest, mesh panels on the back for ventilation",
            "unsupported",
        ),
        Q.material("polyester"),
        title="Reebok Women Teal Blue Solid Training T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Women",
    ),
    # photo: black cropped crew-neck sweatshirt with "BROOKLYN" printed across the chest in white block letters, no
    # hood, worn with black joggers; white backdrop, front view. VQA adapter / reference engine.
    case(
        "X1113-013",
        caption("a woman wearing a black sweatshirt with the word brooklyn on it"),
        wearing("a black cropped sweatshirt and black jogger pants"),
        color_of("sweatshirt", "black"),
        print_q(("brooklyn " * 30).strip(), "loop", hit_limit=True),
        is_a("hoodie", "yes", "contradiction"),
        Q.garment_type("sweatshirt"),
        details(
            "sweatshirt",
            "dropped shoulders, a cropped hem that ends above the waist, ribbed cuffs, a ribbed round neck and the "
            "word brooklyn printed across the chest in white block",
            "cut",
            hit_limit=True,
        ),
        title="Tokyo Talkies Women Black Printed Crop Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Women",
    ),
    # photo: charcoal grey capri tights ending just below the knee, worn with a coral tank top and white sneakers;
    # white backdrop, front view. VQA adapter / reference engine.
    case(
        "X1113-014",
        caption("a woman in a coral tank top and grey capri pants"),
        wearing("she is wearing a pink tank top and grey leggings", who="she"),
        color_of("capris", "coral", "other_garment_color", kind="open"),
        Q.garment_type("shorts", "contradiction"),
        Q.color("grey"),
        describe("capris", "charcoal grey capri leggings that stop below the knee with a wide waistband"),
        details("capris", "none", "non_answer"),
        title="Proline Active Women Charcoal Grey Solid Capris",
        category="Capris",
        color="Charcoal",
        gender="Women",
    ),
    # photo: navy blue non-padded sports bra with an all-over print of small white triangles, worn with navy
    # leggings; white backdrop, front view. VQA adapter / reference engine.
    case(
        "X1113-015",
        caption("a woman in a blue and white patterned sports bra and navy leggings"),
        wearing(
            "the person is wearing a sports bra and leggings the person is wearing a sports bra and leggings the "
            "person is wearing a sports bra and",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid", "contradiction"),
        color_of("sports bra", "navy blue"),
        print_q("white geometric triangles"),
        describe(
            "sports bra",
            "a navy sports bra with white triangles, adjustable straps and a hook closure at the back",
            "unsupported",
        ),
        Q.material("cotton"),
        title="C9 Airwear Women Navy Blue Printed Non-Padded Sports Bra",
        category="Bra",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: grey melange relaxed joggers with a white drawstring, two side pockets, no logo, worn by a woman with a
    # black t-shirt; white backdrop, front view. Unisex row. VQA adapter / reference engine.
    case(
        "X1113-016",
        caption("a woman in a black t - shirt and grey sweatpants"),
        wearing("a black t-shirt and grey joggers"),
        color_of("joggers", "grey"),
        details("joggers", "they are joggers", "non_answer"),
        fit("relaxed"),
        describe(
            "joggers",
            "grey joggers with a black drawstring, two side pockets and a black bewakoof logo printed on the left "
            "thigh",
            "unsupported",
        ),
        title="Bewakoof Unisex Grey Melange Solid Joggers",
        category="Track Pants",
        color="Grey Melange",
        gender="Unisex",
    ),
    # photo: light pink crew-neck Nike t-shirt with a white swoosh on the left chest, raglan sleeves, worn with
    # black shorts; white backdrop, front view. VQA adapter / reference engine.
    case(
        "X1113-017",
        caption("a man wearing a pink nike t - shirt and black shorts", "pronoun"),
        wearing("a pink t-shirt and black shorts", who="she"),
        color_of("t-shirt", "pink"),
        Q.material("dri-fit polyester"),
        describe("t-shirt", "a white t-shirt with a pink nike logo", "contradiction"),
        details(
            "t-shirt",
            "a white nike swoosh logo on the left side of the chest, a crew neck, short raglan sleeves, a straight "
            "hem and flatlock seams along the sides of the",
            "cut",
            hit_limit=True,
        ),
        title="Nike Women Pink Dri-FIT Legend Training T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: black Puma track jacket with a stand collar and a white stripe down each sleeve, half zipped over a
    # white t-shirt, worn with black leggings; white backdrop, front view. VQA adapter / reference engine.
    case(
        "X1113-018",
        caption(
            "a woman wearing a black track jacket with white stripes on the sleeves over a white t - shirt and black "
            "leggings standing in front of a white background with her hands in the pockets of the",
            "cut",
            hit_limit=True,
        ),
        wearing("a black track jacket, a white t-shirt and black leggings", who="she"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        Q.garment_type("jacket"),
        details(
            "jacket",
            "a full zip front, a stand collar, white stripes on the sleeves, Question: What is the color of the "
            "jacket? Answer: black",
            "leak",
            hit_limit=True,
        ),
        is_a("sweatshirt", "no"),
        title="Puma Women Black Solid Track Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: fluorescent lime green sports bra with a scoop neck, worn with black running shorts; white backdrop,
    # front view. VQA adapter / reference engine.
    case(
        "X1113-019",
        caption("a woman in a neon green sports bra and black shorts"),
        wearing("a green sports bra and green shorts", "contradiction"),
        color_of("sports bra", "green"),
        Q.garment_type("tank top", "contradiction"),
        describe("sports bra", "it is a sports bra", "restated"),
        Q.material("spandex"),
        title="Kica Women Fluorescent Green Solid Sports Bra",
        category="Bra",
        color="Fluorescent Green",
        gender="Women",
    ),
    # photo: peach cotton lounge shorts with white piping along the hem and a white drawstring, worn with a white
    # t-shirt with a small grey text print; white backdrop, front view. VQA adapter / reference engine.
    case(
        "X1113-020",
        caption("a woman wearing a white t - shirt and peach shorts"),
        wearing("a white t-shirt with a grey print and light orange shorts", who="she"),
        color_of("shorts", "white", "contradiction"),
        describe("shorts", "white shorts with peach piping", "other_garment_color"),
        details(
            "shorts",
            "white piping along the hem, an elastic waistband with a white drawstring and two side pockets, white "
            "piping along the hem, an elastic",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        Q.material("cotton"),
        title="Marks & Spencer Women Peach Pure Cotton Lounge Shorts",
        category="Lounge Shorts",
        color="Peach",
        gender="Women",
    ),
    # photo: olive-and-black camouflage print high-rise tights, worn with a black sports bra; white backdrop, front
    # view. VQA adapter / reference engine.
    case(
        "X1113-021",
        caption("a woman in camouflage leggings and a black sports bra"),
        wearing("a black sports bra and camo leggings"),
        color_of("tights", "green and black camouflage", kind="open"),
        Q.pattern("camouflage"),
        Q.color("olive"),
        Q.garment_type("leggings"),
        details(
            "tights",
            "a high rise waistband, an all over camouflage print, mesh panels on the calves, flatlock seams, a "
            "hidden pocket in the waistband and a small hrx logo on the",
            "cut",
            hit_limit=True,
        ),
        title="HRX by Hrithik Roshan Women Olive & Black Camouflage Printed Tights",
        category="Tights",
        color="Olive",
        gender="Women",
    ),
    # photo: off-white oversized crew-neck sweatshirt with "stay cozy" embroidered in brown on the chest, no zip,
    # worn with beige lounge pants; model sits on a wooden stool; white backdrop. VQA adapter / reference engine.
    case(
        "X1113-022",
        caption("a woman in a white sweatshirt and beige pants sitting on a stool"),
        wearing("she is wearing a white sweatshirt with a black zipper", "unsupported", who="she"),
        color_of("sweatshirt", "white"),
        print_q("stay cozy embroidered in brown"),
        fit("oversized"),
        is_a("sweatshirt", "yes"),
        describe("sweatshirt", "a white oversized sweatshirt with stay cozy written in pink", "contradiction"),
        details(
            "sweatshirt",
            "dropped shoulders, ribbed cuffs, dropped shoulders, ribbed cuffs, dropped shoulders, ribbed cuffs, "
            "dropped shoulders, ribbed cuffs, dropped",
            "loop",
            hit_limit=True,
        ),
        title="Sassafras Women Off White Embroidered Oversized Sweatshirt",
        category="Sweatshirts",
        color="Off White",
        gender="Women",
    ),
    # photo: black sports bra with grey colour-blocked side panels and a white three-stripes logo on the underband,
    # worn with grey tights; white backdrop, front view. VQA adapter / reference engine.
    case(
        "X1113-023",
        caption("a woman in a black and grey sports bra and grey leggings"),
        wearing("Answer: a black sports bra and grey leggings", "leak"),
        color_of("sports bra", "black and grey", kind="open"),
        Q.pattern("color block"),
        describe(
            "sports bra", "a black sports bra with grey side panels, wide straps and a three stripes logo on the band"
        ),
        details("sports bra", "removable cups and an adjustable hook and eye closure at the back", "unsupported"),
        Q.garment_type("sports bra"),
        title="ADIDAS Women Black & Grey Colourblocked Sports Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: olive green cargo joggers with flap pockets on the thighs, elastic drawstring waist (no belt loops, no
    # fly), elastic ankles, worn with a black crop top and white sneakers; hands in pockets; white backdrop.
    case(
        "X1113-024",
        caption(
            "a woman wearing a black crop top and olive green cargo jogger pants with large flap pockets on the "
            "thighs and white sneakers standing with her hands in her pockets in front of a white wall with a",
            "cut",
            hit_limit=True,
        ),
        wearing("a black top and green pants with pockets on the side", who="she"),
        color_of("joggers", "black", "contradiction"),
        describe("joggers", "black cargo joggers with flap pockets", "other_garment_color"),
        details(
            "joggers",
            "flap pockets on the thighs, an elastic waist, elastic cuffs at the ankles, belt loops and a silver zip "
            "fly with a button",
            "unsupported",
        ),
        Q.material("cotton"),
        title="Roadster Women Olive Green Solid Cargo Joggers",
        category="Track Pants",
        color="Olive",
        gender="Women",
    ),
    # photo: mauve (dusty purple-pink) short-sleeved lounge tee, small white floral print, worn with matching mauve
    # floral pyjama pants; white backdrop, front view. VQA adapter / reference engine.
    case(
        "X1113-025",
        caption("a woman in pink floral pajamas"),
        wearing("a pink floral pajama set"),
        color_of("t-shirt", "purple"),
        Q.pattern("floral"),
        Q.sleeve_length("long", "contradiction"),
        details(
            "t-shirt",
            "the t-shirt has a floral print and the pants have a floral print and the t-shirt has a floral print "
            "and the pants have a floral print and",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        is_a("dress", "yes", "contradiction"),
        title="Zivame Women Mauve Floral Print Lounge T-shirt",
        category="Lounge Tshirts",
        color="Mauve",
        gender="Women",
    ),
    # photo: white racerback training tank top with a scoop neck and a small black Puma logo on the chest, worn with
    # navy blue shorts; white backdrop, front view. VQA adapter / reference engine.
    case(
        "X1113-026",
        caption("a woman in a white tank top and blue shorts on a white background"),
        wearing("a white tank top and navy shorts", who="she"),
        color_of("tank top", "blue", "other_garment_color", kind="open"),
        Q.sleeve_length("sleeveless"),
        details("tank top", "a racerback, a scoop neck and a small black puma logo on the chest"),
        describe("tank top", "white", "non_answer"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.material("it is made of a breathable mesh fabric with drycell technology that keeps you dry", "unsupported"),
        title="Puma Women White Solid Racerback Training Tank Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: navy blue fleece crew-neck sweatshirt with "NIKE" printed in white on the chest, worn with grey melange
    # joggers; white backdrop, front view. VQA adapter / reference engine.
    case(
        "X1113-027",
        caption(
            "a woman wearing a blue nike sweatshirt and grey sweatpants with a white nike logo on the front of the "
            "sweatshirt and grey sweatpants with a white nike logo on the front of the sweatshirt and grey",
            "loop",
            hit_limit=True,
        ),
        wearing("a navy sweatshirt and grey joggers"),
        color_of("sweatshirt", "navy blue"),
        Q.material("fleece"),
        print_q("nike"),
        describe("sweatshirt", "a grey sweatshirt with a white nike logo", "other_garment_color"),
        details("sweatshirt", "the sweatshirt has details", "restated"),
        title="Nike Women Navy Blue Printed Fleece Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: purple high-neck sports bra with a full front zip and wide straps, worn with black leggings; white
    # backdrop, front view (back not visible). VQA adapter / reference engine.
    case(
        "X1113-028",
        caption("a woman in a purple sports bra and black leggings"),
        wearing("a purple sports bra with a zip on the front and black leggings", who="she"),
        color_of("sports bra", "purple"),
        details("sports bra", "a front zip, wide straps, removable cups and a mesh racer back", "unsupported"),
        Q.garment_type("sports bra"),
        is_a("jacket", "yes", "contradiction"),
        Q.material("Question: What material is the garment made of? Answer: nylon", "leak"),
        title="Enamor Women Purple Zip-Front High-Impact Sports Bra",
        category="Bra",
        color="Purple",
        gender="Women",
    ),
    # photo: red Kappa track pants with a white stripe down each side and a logo tape, worn with a black t-shirt;
    # white backdrop, front view. VQA adapter / reference engine.
    case(
        "X1113-029",
        caption("a woman in red track pants and a black t - shirt"),
        wearing("red pants and a black shirt", who="she"),
        color_of("track pants", "black", "other_garment_color", kind="open"),
        Q.color("red"),
        describe("track pants", "red track pants with a white stripe down each side and a kappa logo band"),
        Q.pattern("striped"),
        details("track pants", "red", "non_answer"),
        title="Kappa Women Red Solid Track Pants",
        category="Track Pants",
        color="Red",
        gender="Women",
    ),
    # photo: black-and-white checked cotton flannel pyjama bottoms with an elastic waist (no bow, no drawstring
    # visible), worn with a grey t-shirt; white backdrop, front view. VQA adapter / reference engine.
    case(
        "X1113-030",
        caption("a woman in a grey t - shirt and black and white plaid pants"),
        wearing("he is wearing a grey shirt and plaid pajama pants", "pronoun", who="she"),
        color_of("pants", "grey", "contradiction"),
        Q.pattern("checked"),
        details("pants", "Question: What are the pants details? Answer: plaid", "leak"),
        describe("pants", "black and white plaid pajama pants with an elastic waist and a satin bow", "unsupported"),
        Q.material("flannel"),
        title="Marks & Spencer Women Black & White Checked Cotton Flannel Pyjama Bottoms",
        category="Lounge Pants",
        color="Black",
        gender="Women",
    ),
    # photo: yellow cropped t-shirt with a black smiley face printed on the front, worn with black joggers; white
    # backdrop, front view. VQA adapter / reference engine.
    case(
        "X1113-031",
        caption("a woman in a yellow crop top with a smiley face and black sweatpants"),
        wearing(
            "a yellow t-shirt with a smiley face on it and black pants and white sneakers with black laces and a "
            "silver watch on her left wrist and a",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of("t-shirt", "yellow"),
        print_q("a black smiley face"),
        is_a("crop top", "no", "contradiction"),
        Q.sleeve_length("short"),
        describe("t-shirt", "a black crop t-shirt with a yellow smiley face", "other_garment_color"),
        Q.material("polyester and wool blend", "unsupported"),
        title="Bewakoof Women Yellow Graphic Printed Crop T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Women",
    ),
    # photo: turquoise blue training tights with black mesh side panels and a black waistband with a small white
    # Puma cat logo on the left hip, worn with a black tank top; white backdrop, front view.
    case(
        "X1113-032",
        caption("a woman in a black tank top and blue leggings"),
        wearing("a black tank top and turquoise leggings"),
        color_of("tights", ("black " * 30).strip(), "loop", kind="open", hit_limit=True),
        Q.color("blue"),
        describe("tights", "turquoise tights with black mesh panels on the sides and a black waistband"),
        details(
            "tights",
            "black mesh panels down the sides of the legs, a wide black waistband with a small white puma cat logo "
            "on the left hip and a flat",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        title="Puma Women Turquoise Blue Training Tights",
        category="Tights",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: grey melange zip-front hooded sweatshirt worn open over a black t-shirt, with black leggings; grey
    # drawstrings, two side pockets, long sleeves; white backdrop, front view. VQA adapter / reference engine.
    case(
        "X1113-033",
        caption("a woman wearing a grey hoodie over a black t - shirt"),
        wearing("a grey zip-up hoodie, a black t-shirt and black leggings", who="she"),
        color_of("hoodie", "black", "other_garment_color", kind="open"),
        Q.garment_type("sweatshirt"),
        describe("hoodie", "describe the hoodie", "restated"),
        details("hoodie", "a full zip front, a hood with grey drawstrings, two side pockets and ribbed cuffs"),
        Q.sleeve_length("short", "contradiction"),
        title="Jockey Women Grey Melange Solid Zip-Front Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: peach medium-support sports bra with a white Nike swoosh on the front, worn with black tights; white
    # backdrop, front view. VQA adapter / reference engine.
    case(
        "X1113-034",
        caption("a woman in a peach sports bra with a white nike logo"),
        wearing("a peach sports bra and black leggings", who="she"),
        color_of("sports bra", "pink"),
        details("sports bra", "his sports bra has a white swoosh on the front", "pronoun"),
        describe("sports bra", "a black sports bra with a white nike swoosh", "other_garment_color"),
        Q.garment_type("sports bra"),
        Q.material("polyester and spandex"),
        title="Nike Women Peach Swoosh Medium-Support Sports Bra",
        category="Bra",
        color="Peach",
        gender="Women",
    ),
    # photo: black joggers with a white HRX logo printed on the left thigh, elastic waistband, ribbed ankle cuffs,
    # worn with a pink tank top; white backdrop, front view. VQA adapter / reference engine.
    case(
        "X1113-035",
        caption("a woman in a pink tank top and black jogger pants with a white logo on the leg"),
        wearing("a pink top and black joggers"),
        color_of("joggers", "pink", "other_garment_color", kind="open"),
        Q.garment_type("joggers"),
        print_q("the print on the garment is the print", "restated"),
        details(
            "joggers",
            "a white hrx logo on the left thigh, an elastic waistband, zip pockets and ribbed cuffs at the ankles, "
            "a white hrx logo on the left thigh, an",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton with a brushed fleece lining inside", "unsupported"),
        title="HRX by Hrithik Roshan Women Black Printed Joggers",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: charcoal oversized lounge t-shirt with dropped shoulders and "SNOOZE" printed in white, black shorts
    # barely visible under the hem; the model hugs a white pillow; white backdrop, front view.
    case(
        "X1113-036",
        caption("a woman in a gray shirt holding a pillow"),
        wearing("an oversized grey t-shirt", who="she"),
        color_of("t-shirt", "charcoal"),
        print_q("snooze"),
        fit("slim", "contradiction"),
        describe(
            "t-shirt",
            "a dark grey oversized t-shirt with dropped shoulders, the word snooze in white letters on the front "
            "and a small white moon printed above the word snooze and a",
            "cut",
            hit_limit=True,
        ),
        title="Bewakoof Women Charcoal Typography Oversized Lounge T-shirt",
        category="Lounge Tshirts",
        color="Charcoal",
        gender="Women",
    ),
    # photo: BACK view: black high-rise leggings with mesh insets on the calves and a small pocket on the back of the
    # waistband, worn with a white sports bra; white backdrop. VQA adapter / reference engine.
    case(
        "X1113-037",
        caption("the back of a woman in black leggings and a white sports bra"),
        wearing("a white sports bra and black leggings", who="she"),
        color_of("leggings", "black"),
        details("leggings", "mesh panels on the calves and a pocket on the back of the waistband"),
        describe("leggings", "white leggings with mesh panels", "other_garment_color"),
        Q.material("cotton with an anti-bacterial silver finish", "unsupported"),
        title="Zelocity by Zivame Women Black High-Rise Mesh Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: pink crew-neck sweatshirt with dropped shoulders and ribbed cuffs, worn with white joggers; white
    # backdrop, front view. VQA adapter / reference engine.
    case(
        "X1113-038",
        caption("a woman in a pink sweatshirt and white pants"),
        wearing(
            "the woman is wearing a pink sweatshirt and white pants Question: What is the woman wearing? Answer: a "
            "pink sweatshirt",
            "leak",
            hit_limit=True,
        ),
        color_of("sweatshirt", "white", "other_garment_color", kind="open"),
        Q.color("pink"),
        Q.garment_type("sweatshirt"),
        Q.sleeve_length("long"),
        details("sweatshirt", "a round neck, ribbed cuffs, dropped shoulders"),
        title="Mast & Harbour Women Pink Solid Sweatshirt",
        category="Sweatshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: three-quarter back view: black sports bra with criss-cross straps on the back and a wide underband with
    # white "clovia active" text, worn with black leggings; white backdrop. The feed row has no color column.
    case(
        "X1113-039",
        caption("a woman wearing a black sports bra with straps on the back"),
        wearing("a black sports bra and black leggings", who="she"),
        color_of("sports bra", "black"),
        details("sports bra", "criss cross straps on the back and a wide elastic band with white text"),
        Q.garment_type("crop top", "contradiction"),
        Q.material("the material is material", "restated"),
        describe(
            "sports bra",
            "a black sports bra with thin straps that cross over on the back, a wide black band under the bust "
            "with the words clovia active printed in white and a",
            "cut",
            hit_limit=True,
        ),
        title="Clovia Women Black Strappy Back Sports Bra",
        category="Bra",
        gender="Women",
    ),
    # photo: grey track pants with neon yellow piping down the sides, drawstring waist and two zip pockets, worn
    # with a neon yellow t-shirt; white backdrop, front view. VQA adapter / reference engine.
    case(
        "X1113-040",
        caption("a woman in a yellow shirt and grey track pants"),
        wearing(
            "a yellow t-shirt and grey track pants with yellow piping and a yellow t-shirt and grey track pants with "
            "yellow piping and a yellow t-shirt and",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of("track pants", "yellow", "contradiction"),
        describe("track pants", "the track pants are yellow with grey stripes", "other_garment_color"),
        Q.pattern("solid"),
        details(
            "track pants", "neon yellow piping on the sides, an elastic waist with a drawstring and two zip pockets"
        ),
        Q.material("nylon with a water resistant coating", "unsupported"),
        title="Proline Active Women Grey Solid Track Pants",
        category="Track Pants",
        color="Grey",
        gender="Women",
    ),
    # photo: navy-and-white Breton-striped lounge t-shirt with a boat neck and three-quarter sleeves, worn with navy
    # lounge pants; white backdrop, front view. VQA adapter / reference engine.
    case(
        "X1113-041",
        caption("a woman in a blue and white striped shirt and blue pants"),
        wearing("a striped shirt and navy pants"),
        Q.pattern("striped"),
        color_of("t-shirt", "navy blue and white stripes", kind="open"),
        details("t-shirt", "stripes", "non_answer"),
        Q.sleeve_length("three-quarter"),
        is_a("t-shirt", "no", "contradiction"),
        describe(
            "t-shirt",
            "a navy and white striped t-shirt with three quarter sleeves and a boat neck and navy and white stripes "
            "and navy and white stripes and navy and white stripes",
            "loop",
            hit_limit=True,
        ),
        title="Clovia Women Navy Blue & White Striped Lounge T-shirt",
        category="Lounge Tshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: teal tights with a black abstract brush-stroke print and a black waistband with a white HRX logo, worn
    # with a black sports bra; white backdrop, front view. VQA adapter / reference engine.
    case(
        "X1113-042",
        caption("yes", "non_answer"),
        wearing("she is wearing a black sports bra and teal printed leggings", who="she"),
        color_of("tights", "black", "contradiction"),
        Q.pattern("printed"),
        details("tights", "a hidden key pocket inside the waistband and anti-slip silicone grip", "unsupported"),
        describe(
            "tights",
            "teal tights with a black abstract brush stroke print all over, a wide black waistband with a white hrx "
            "logo on the front and a",
            "cut",
            hit_limit=True,
        ),
        title="HRX by Hrithik Roshan Women Teal Printed Tights",
        category="Tights",
        color="Teal",
        gender="Women",
    ),
    # photo: mustard yellow crew-neck sweatshirt with ribbed cuffs and hem, worn with light blue jeans; white
    # backdrop, front view. VQA adapter / reference engine.
    case(
        "X1113-043",
        caption("a woman in a yellow sweatshirt and blue jeans"),
        wearing("he is wearing a yellow sweater and jeans", "pronoun", who="she"),
        color_of("sweatshirt", "blue", "other_garment_color", kind="open"),
        Q.color("mustard"),
        Q.garment_type("sweater", "contradiction"),
        details("sweatshirt", "ribbed cuffs, a ribbed hem and a round neck"),
        title="Roadster Women Mustard Yellow Solid Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: black running t-shirt with a reflective silver Adidas logo and the word "RUN" on the chest, worn with
    # black tights, mid-stride running pose; white backdrop. The feed row has no gender column.
    case(
        "X1113-044",
        caption("a woman in a black t - shirt and black leggings running"),
        wearing("a black adidas t-shirt and black tights"),
        color_of("t-shirt", "black"),
        print_q("a silver adidas logo and the word run"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.material("recycled polyester made from parley ocean plastic", "unsupported"),
        details(
            "t-shirt",
            "a crew neck, short sleeves, a silver logo and Question: What is the color of the t-shirt? Answer: black",
            "leak",
            hit_limit=True,
        ),
        title="ADIDAS Women Black Printed Running T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # photo: beige wide-leg cotton lounge pants with an elastic drawstring waist and side pockets, no belt, worn
    # with a white t-shirt; white backdrop, front view. VQA adapter / reference engine.
    case(
        "X1113-045",
        caption("a woman in a white t - shirt and beige wide leg pants"),
        wearing("a white top and beige pants", who="she"),
        color_of("pants", "beige"),
        details(
            "pants",
            "wide legs, an elastic waistband with a drawstring, side pockets, wide legs, an elastic waistband with "
            "a drawstring, side pockets, wide legs",
            "loop",
            hit_limit=True,
        ),
        describe("pants", "beige pants with a belt and gold buckle", "unsupported"),
        Q.material("cotton"),
        title="DressBerry Women Beige Solid Cotton Wide-Leg Lounge Pants",
        category="Lounge Pants",
        color="Beige",
        gender="Women",
    ),
    # photo: red sports bra with a white Puma logo on the underband, wide straps, scoop neck, worn with grey shorts;
    # the model holds a black jump rope; white backdrop, front view. VQA adapter / reference engine.
    case(
        "X1113-046",
        caption("a woman in a red sports bra and grey shorts holding a jump rope"),
        wearing("a red sports bra and red shorts", "contradiction"),
        color_of("sports bra", "red", kind="open"),
        Q.garment_type("sports bra"),
        details(
            "sports bra",
            "a white puma logo on the band, wide shoulder straps, a scoop neck, removable pads and a racerback with a "
            "keyhole opening and a small",
            "cut",
            hit_limit=True,
        ),
        Q.material("no", "non_answer"),
        title="Puma Women Red Solid Sports Bra",
        category="Bra",
        color="Red",
        gender="Women",
    ),
]
