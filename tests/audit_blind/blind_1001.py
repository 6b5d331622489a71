"""BLIND_1001 (46 products; older Myntra feed: women's kurtas and men's shirts, caption adapter at epoch 1): written
blind in the fifty-eighth session. Measured blind at fbe889a (the session's fifth rules): 99/111 failures found (89.2%)
and 9/159 correct texts flagged (5.7%). The writer's notes, verbatim:

Scenario: the older Myntra feed of the shared photos' kind, with short seller titles ("W Women Solid Grey Kurtas",
"Basics Men Brown Slim Fit Shirt"): 23 women's kurtas and 23 men's shirts, 224x224 product shots on a white
backdrop, each worn by a model with other clothes (leggings, churidar, palazzos, jeans under a kurta; jeans, chinos,
trousers or shorts with a shirt, sometimes a tie, a belt, a watch or a t-shirt under an open shirt).

Who wrote what: the caption adapter at epoch 1 (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch on
blip2-opt-2.7b) wrote every caption and every open answer by greedy free generation (50 new tokens for captions, 30
for answers). It writes the DeepFashion-MultiModal template ("The lady wears a long-sleeve ... with pure color
patterns. The ... is with cotton fabric. It has a ... neckline."), answers open questions with pieces of that
template, has no trained end token, so it loops or runs to the limit mid-sentence, sometimes carries on the
"Question: ... Answer:" format, and at epoch 1 still names hues and garments (kurta, jeans) from the base model
now and then. It has no "kurta" in its template vocabulary, so it often says dress, blouse or shirt. The closed
answers (garment type, color, pattern, sleeve length, yes/no "Is this a ...?", closed color of a named garment) are
enrich's --engine reference choices among candidate values, scored with the same adapter: always one clean value,
never a loop or a cut, but often the color of the leggings, jeans or trousers instead of the product's.

Labeling conventions and judgement calls:
- Every text is judged against the photo as described in its "# photo:" comment, not against the seller's columns:
  where the seller's color is off (a "Brown" kurta or shirt that is plainly rust or maroon in the photo), the answer
  that matches the photo is correct.
- Calling a kurta a dress, blouse or shirt (in a caption, an open answer or a closed garment type) is a
  contradiction; kurta, kurti and tunic are correct. A shirt called a kurta, a t-shirt or a polo shirt is a
  contradiction too.
- The product's color given as that of another garment in the photo (leggings, jeans, trousers, an undershirt, a tie,
  a dupatta) is other_garment_color; a wrong hue that belongs to no other garment in the photo, or a print's color
  given for the whole garment, is contradiction; the product's color given to another garment (the pants said to be
  the kurta's navy) is contradiction.
- Template fabric claims: "cotton fabric" for a garment that looks like matte cotton is correct; a fabric the photo
  cannot support (chiffon, denim, leather, wool, knitting, silk on a cotton print) is unsupported, as is any detail
  not in the photo (a ring, pockets, flaps, a button-down collar, a back print the front view cannot show).
- Omissions are not failures: a caption that says "pure color patterns" for a kurta with a small embroidered yoke,
  or that leaves out the dupatta, is correct.
- A text with two faults gets one label, the one a reader would notice first; I avoided writing such texts.
- Loops and cuts ran to the token limit (hit_limit=True). A leak that ran on to the limit is labelled leak, not cut.
  Two complete, correct captions also used all 50 tokens and ended on a full stop; they are correct with
  hit_limit=True.
- A one-word, "yes" or template-pattern answer ("The shirt is with pure color patterns.") to an open question that
  asks for a description, details or a color is non_answer; a sentence that only turns the question around ("the
  details of the shirt are the details of the shirt") is restated.
- "the lady", "she", "her", "the female" for a Men row, and "the gentleman", "he", "his" for a Women row, are
  pronoun failures; "the person" or "the model" is never one.
- Closed color candidates include "pure color" kept raw when unmapped; one such answer is labelled non_answer.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS
gtype, colr, patt, sleeve, mat = Q.garment_type, Q.color, Q.pattern, Q.sleeve_length, Q.material

BLIND_1001 = [
    # photo: grey straight-cut solid matte cotton kurta, mandarin collar, three-quarter sleeves, white churidar
    # leggings, white backdrop, front view. Caption adapter epoch 1 wrote caption and open answers; reference engine
    # the closed ones.
    case(
        "X1001-001",
        caption(
            "The lady wears a medium-sleeve tunic with pure color patterns and a long leggings. The tunic is with "
            "cotton fabric. Its neckline is stand. The leggings are with cotton fabric and pure color patterns."
        ),
        wearing("The lady wears a grey kurta and white leggings."),
        colr("white", "other_garment_color"),
        sleeve("three-quarter"),
        details(
            "kurta",
            "The kurta has a stand collar, medium sleeves and a straight hem. The lady wears a long leggings. The "
            "leggings are with",
            "cut",
            hit_limit=True,
        ),
        mat("The garment is made of chiffon fabric.", "unsupported"),
        title="W Women Solid Grey Kurtas",
        category="Kurtas",
        color="Grey",
        gender="Women",
    ),
    # photo: grey kurta with small white block-printed motifs all over, long sleeves, round neck, black leggings,
    # white backdrop, front view. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X1001-002",
        caption(
            "The female is wearing a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It "
            "has a round neckline. The female wears a long leggings. The leggings are with cotton fabric.",
            "contradiction",
        ),
        gtype("kurta"),
        colr("grey"),
        patt("printed"),
        describe("kurta", "The kurta is grey with small white prints all over it and long sleeves."),
        mat("The garment is made of silk fabric.", "unsupported"),
        color_of("kurta", "pure color", "non_answer"),
        title="W Women Printed Grey Kurtas",
        category="Kurtas",
        color="Grey",
        gender="Women",
    ),
    # photo: indigo blue kurta with a white floral block print, V neck, long sleeves, white churidar, white
    # backdrop, front view. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X1001-003",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns. The kurta is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        wearing("she is wearing a blue kurta with white flowers and white churidar"),
        color_of("kurta", "white", "other_garment_color"),
        is_a("kurta", "yes"),
        details(
            "kurta",
            "Question: What are the kurta details? Answer: The kurta is with cotton fabric and floral patterns. "
            "Question: What are the",
            "leak",
            hit_limit=True,
        ),
        title="W Women Printed Blue Kurtas",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: cream solid kurta with gold zari embroidery on the round neckline, long sleeves, maroon churidar, no
    # jewellery, white backdrop, front view. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X1001-004",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns and a long leggings. The kurta is with "
            "cotton fabric and it has a round neckline. The leggings are with cotton fabric and pure color patterns."
        ),
        colr("maroon", "other_garment_color"),
        patt("embroidered"),
        describe("kurta", "The kurta is cream coloured with golden embroidery around the neckline and long sleeves."),
        mat("cotton"),
        wearing(
            "The lady wears a long-sleeve kurta. The lady wears a long-sleeve kurta. The lady wears a long-sleeve "
            "kurta. The lady",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "There is an accessory on her wrist and a ring on her finger.", "unsupported"),
        title="W Women Solid Cream Kurtas",
        category="Kurtas",
        color="Cream",
        gender="Women",
    ),
    # photo: beige short-sleeved kurta with a wooden-button placket and side slits, white palazzo pants, white
    # backdrop, front view. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X1001-005",
        caption(
            "The lady wears a short-sleeve blouse with pure color patterns. The blouse is with cotton fabric. It has "
            "a lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric.",
            "contradiction",
        ),
        gtype("kurta"),
        colr("beige"),
        sleeve("short"),
        details("kurta", "it has wooden buttons on the front placket and two side slits"),
        wearing("he is wearing a beige kurta and white pants", "pronoun", who="the woman"),
        title="W Women Solid Beige Kurtas",
        category="Kurtas",
        color="Beige",
        gender="Women",
    ),
    # photo: mustard kurta with white thread embroidery on the yoke, mandarin collar, long sleeves, white leggings,
    # glass bangles on one wrist, white backdrop. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X1001-006",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric. It has a "
            "stand neckline. There is an accessory on her wrist. The lady wears a long leggings. The leggings are "
            "with",
            "cut",
            hit_limit=True,
        ),
        colr("yellow"),
        color_of("leggings", "white leggings", kind="open"),
        patt("embroidered"),
        details(
            "kurta",
            "The kurta is with cotton fabric and pure color patterns. It has a stand neckline. The kurta is with "
            "cotton fabric and pure color patterns. It has a",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "no"),
        title="Diva Women Embroided Mustard Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: brown kurta with an orange-and-cream paisley print, long sleeves, round neck, beige leggings, matte
    # cotton, white backdrop. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X1001-007",
        caption(
            "The female wears a long-sleeve kurta with graphic patterns. The kurta is with chiffon fabric. It has a "
            "round neckline. The female wears a long leggings. The leggings are with cotton fabric.",
            "unsupported",
        ),
        wearing("a brown kurta with paisley print and beige leggings"),
        colr("orange", "contradiction"),
        patt("paisley"),
        describe("kurta", "kurta", "non_answer"),
        sleeve("long"),
        title="W Women Printed Brown Kurtas",
        category="Kurtas",
        color="Brown",
        gender="Women",
    ),
    # photo: orange solid kurta, V neck, three-quarter sleeves, side slits, white leggings, white backdrop, front
    # view. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X1001-008",
        caption(
            "The lady wears a medium-sleeve kurta with pure color patterns. The kurta is with cotton fabric. It has "
            "a V-shape neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns."
        ),
        colr("orange"),
        gtype("dress", "contradiction"),
        details("kurta", "The kurta details are the details of the kurta.", "restated"),
        mat("cotton"),
        wearing(
            "The lady wears a medium-sleeve kurta with pure color patterns and a long leggings. There is a hat "
            "on her head.",
            "unsupported",
        ),
        title="Aurelia Women Solid Orange Kurtas",
        category="Kurtas",
        color="Orange",
        gender="Women",
    ),
    # photo: solid rust (burnt orange) kurta, no pockets, round neck, long sleeves, white churidar, white backdrop;
    # the seller calls it Brown. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X1001-009",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings with pure color patterns."
        ),
        colr("orange"),
        wearing("The lady wears a rust kurta and white leggings."),
        color_of(
            "kurta",
            "The kurta is with pure color patterns. The kurta is with pure color patterns. The kurta is with pure "
            "color patterns.",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        sleeve("long"),
        details("kurta", "The kurta has a pocket on the side and gold buttons on the front.", "unsupported"),
        title="Aurelia Women Solid Rust Brown Kurtas",
        category="Kurtas",
        color="Brown",
        gender="Women",
    ),
    # photo: navy blue solid kurta with white piping on the mandarin collar and cuffs, long sleeves, white palazzo
    # pants, white backdrop. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X1001-010",
        caption(
            "The gentleman wears a long-sleeve kurta with pure color patterns and a long trousers. The kurta is "
            "with cotton fabric and it has a stand neckline.",
            "pronoun",
        ),
        colr("blue"),
        patt("solid"),
        color_of("pants", "the pants are navy blue", "contradiction", kind="open"),
        details("kurta", "It has white piping around the collar and the cuffs of the sleeves."),
        is_a("kurta", "yes"),
        title="Aurelia Women Solid Navy Blue Kurtas",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: olive kurta with a small cream leaf print, round neck, long sleeves, pink churidar and a pink dupatta
    # over one shoulder, white backdrop. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X1001-011",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns. The kurta is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        colr("pink", "other_garment_color"),
        wearing("an olive green printed kurta, pink leggings and a pink dupatta"),
        describe("kurta", "green", "non_answer"),
        gtype("kurta"),
        sleeve("long"),
        title="Diva Women Printed Olive Kurta",
        category="Kurtas",
        color="Olive",
        gender="Women",
    ),
    # photo: black organic-cotton kurta with white running-stitch lines along the hem and cuffs, V neck, long
    # sleeves, white pyjama pants, white backdrop. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X1001-012",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns. The kurta is with denim fabric. It has a "
            "V-shape neckline. The lady wears a long pants. The pants are with cotton fabric.",
            "unsupported",
        ),
        mat("cotton"),
        colr("black"),
        details("kurta", "The kurta has white running stitch lines along the hem and the sleeve ends."),
        patt("striped", "contradiction"),
        color_of("kurta", "The kurta is white.", "other_garment_color", kind="open"),
        title="Mother Earth Women Organic Cotton Black Kurtas",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: maroon kurta with a gold foil floral print, round neck, three-quarter sleeves, cream palazzo pants,
    # white backdrop. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X1001-013",
        caption(
            "The lady wears a medium-sleeve kurta with floral patterns. The kurta is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        colr("red"),
        patt("floral"),
        wearing(
            "Question: What is the person wearing? Answer: The lady wears a medium-sleeve kurta with floral "
            "patterns. Question:",
            "leak",
            hit_limit=True,
        ),
        mat("The garment is made of leather.", "unsupported"),
        is_a("kurta", "no", "contradiction"),
        title="Vishudh Women Maroon Printed Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: pink flared anarkali-style kurta with a gold gota border at the hem, round neck, long sleeves, pink
    # churidar, gold bangles on the wrist, white backdrop. Caption adapter epoch 1 (caption, open); reference (closed).
    case(
        "X1001-014",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist.",
            "contradiction",
        ),
        gtype("kurta"),
        colr("pink"),
        describe("kurta", "The kurta is pink with a golden border at the hem and flares out below the waist."),
        details(
            "kurta",
            "the kurta has a golden border at the hem, the sleeves, the neckline, the hem, the sleeves, the "
            "neckline, the hem, the sleeves",
            "loop",
            hit_limit=True,
        ),
        wearing("She is wearing a pink anarkali kurta with matching churidar and bangles.", who="the woman"),
        title="Aneri Women Swara Pink Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: bottle green kurta with a red, yellow and white printed yoke and hem border, round neck, long sleeves,
    # off-white leggings, white backdrop. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X1001-015",
        caption(
            "The lady wears a long-sleeve kurta with color block patterns. The kurta is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings."
        ),
        colr("green"),
        patt("printed"),
        wearing(
            "The lady wears a long-sleeve kurta with color block patterns and a long leggings. The lady wears a "
            "long-sleeve kurta with color block patterns and a long",
            "loop",
            hit_limit=True,
        ),
        sleeve("short", "contradiction"),
        title="Aneri Women Kaalki Multi Coloured Kurta",
        category="Kurtas",
        color="Multi",
        gender="Women",
    ),
    # photo: long white kurta with an all-over pink, blue and yellow floral print, round neck, long sleeves, worn over
    # blue jeans, white backdrop. Caption adapter epoch 1 (caption, open); reference engine (closed). No color column.
    case(
        "X1001-016",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns and a long denim pants. The kurta is with cotton "
            "fabric and it has a round neckline. The pants are with denim fabric and pure color patterns."
        ),
        colr("blue", "other_garment_color"),
        describe("kurta", "The kurta is white with pink, blue and yellow flowers printed all over it."),
        mat("cotton"),
        is_a("shirt", "no"),
        details("kurta", "yes", "non_answer"),
        title="Aneri Women Multi Printed Kurta",
        category="Kurtas",
        gender="Women",
    ),
    # photo: purple kurta with a tiny white flower print, round neck, long sleeves, white leggings, no jewellery,
    # white backdrop. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X1001-017",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns. The kurta is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. There is a ring on her finger.",
            "unsupported",
        ),
        colr("purple"),
        color_of("leggings", "The leggings are white.", kind="open"),
        patt("floral"),
        wearing("He is wearing a purple kurta with white flowers and white leggings.", "pronoun"),
        title="W Women Small Flower Pattern Purple Kurta",
        category="Kurtas",
        color="Purple",
        gender="Women",
    ),
    # photo: sea green sleeveless kurta with a mandarin collar and side slits, white palazzo pants, white
    # backdrop. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X1001-018",
        caption(
            "The lady wears a sleeveless kurta with pure color patterns and a long trousers. The kurta is with "
            "cotton fabric and its neckline is stand. The trousers are with cotton fabric and pure color patterns."
        ),
        colr("blue", "contradiction"),
        sleeve("sleeveless"),
        describe("kurta", "The kurta is sea green, sleeveless, with a mandarin collar and side slits."),
        color_of("trousers", "white"),
        wearing(
            "Question: What is the person wearing? Answer: a sea green kurta and white palazzo pants. Question: What",
            "leak",
            hit_limit=True,
        ),
        title="W Women Solid Sea Green Kurta",
        category="Kurtas",
        color="Sea Green",
        gender="Women",
    ),
    # photo: off-white kurta with white thread embroidery on the yoke and around the V neck, long sleeves, navy blue
    # leggings, white backdrop. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X1001-019",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        colr("white"),
        patt("embroidered"),
        details("kurta", "The kurta has white thread embroidery on the yoke and around the V neckline."),
        color_of("kurta", "the kurta is navy blue", "other_garment_color", kind="open"),
        mat(
            "The garment is made of cotton fabric and pure color patterns. The garment is made of cotton fabric and "
            "pure color patterns. The garment",
            "loop",
            hit_limit=True,
        ),
        title="W Women Thread Work Off White Kurta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: red solid kurta with a curved (round) hem, round neck, three-quarter sleeves, black leggings, white
    # backdrop. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X1001-020",
        caption(
            "The lady wears a medium-sleeve kurta with pure color patterns and a long leggings. The kurta is with "
            "cotton fabric. It has a round neckline. The leggings are with cotton fabric and pure color patterns."
        ),
        colr("black", "other_garment_color"),
        gtype("kurta"),
        wearing("a red kurta with black leggings"),
        details("kurta", "The kurta has a curved hem that is longer at the front and back."),
        is_a("dress", "yes", "contradiction"),
        describe("kurta", "The kurta is described as a kurta.", "restated"),
        title="W Women Round Bottom Red Kurta",
        category="Kurtas",
        color="Red",
        gender="Women",
    ),
    # photo: magenta kurta with a gold block print, V neck, long sleeves, black churidar, white backdrop, front
    # view. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X1001-021",
        caption(
            "The female wears a long-sleeve kurta with graphic patterns. The kurta is with cotton fabric. It has a "
            "V-shape neckline. The female wears a long leggings. The leggings are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        colr("purple", "contradiction"),
        patt("printed"),
        describe("kurta", "describe the kurta of the lady", "restated"),
        sleeve("long"),
        title="Diva Women Printed Magenta Kurta",
        category="Kurtas",
        color="Magenta",
        gender="Women",
    ),
    # photo: beige slub-cotton kurta with red and green embroidery around the round neck, long sleeves, brown
    # palazzo pants, white backdrop. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X1001-022",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers with pure color patterns."
        ),
        colr("brown", "other_garment_color"),
        mat("the garment is made of knitting fabric", "unsupported"),
        details("kurta", "There is red and green embroidery around the neckline of the kurta."),
        patt("embroidered"),
        wearing(
            "The lady wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric. It has a "
            "round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        title="Mother Earth Women Embroided Beige Kurta",
        category="Kurtas",
        color="Beige",
        gender="Women",
    ),
    # photo: white kurta with a navy blue floral print, round neck, three-quarter sleeves, navy churidar, white
    # backdrop. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X1001-023",
        caption(
            "The lady wears a medium-sleeve kurta with floral patterns. The kurta is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns."
        ),
        colr("white"),
        color_of("kurta", "The kurta is white with blue flowers.", kind="open"),
        sleeve("three-quarter"),
        wearing("yes", "non_answer", who="the woman"),
        gtype("kurta"),
        title="Diva Women Printed White Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: white shirt with big black and grey checks, long sleeves, untucked over blue jeans, white backdrop,
    # front view. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X1001-024",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and solid color "
            "patterns."
        ),
        colr("blue", "other_garment_color"),
        patt("checked"),
        color_of("jeans", "The jeans are blue.", kind="open"),
        details(
            "shirt",
            "The shirt is with cotton fabric and lattice patterns. It has a lapel neckline. The shirt is with cotton "
            "fabric and lattice patterns. It has",
            "loop",
            hit_limit=True,
        ),
        wearing("The lady wears a long-sleeve shirt with lattice patterns and a long denim trousers.", "pronoun"),
        title="Wrangler Men Urban Big Check White Shirts",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: blue shirt with thin white stripes that cross into a check, long sleeves, half tucked into beige chinos,
    # white backdrop. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X1001-025",
        caption(
            "The gentleman wears a long-sleeve shirt with striped patterns and a long trousers. The shirt is with "
            "cotton fabric and it has a lapel neckline. The trousers are with cotton fabric and pure color patterns."
        ),
        colr("blue"),
        color_of("pants", "The pants are blue.", "contradiction", kind="open"),
        patt("striped"),
        sleeve("long"),
        describe("shirt", "shirt", "non_answer"),
        title="Wrangler Men August Stripe Look Checks Blue Shirts",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: chocolate brown solid formal shirt tucked into black trousers with a black leather belt, white backdrop.
    # Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X1001-026",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. There is a belt."
        ),
        colr("black", "other_garment_color"),
        wearing("a brown shirt and black trousers with a black belt"),
        mat("The garment is made of wool.", "unsupported"),
        is_a("shirt", "yes"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. The shirt is with cotton fabric and pure "
            "color patterns. The shirt is",
            "loop",
            hit_limit=True,
        ),
        title="John Miller Men Solid Brown Shirts",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
    # photo: orange and white small-check shirt, long sleeves, one plain patch pocket, regular collar, grey jeans,
    # white backdrop. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X1001-027",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        colr("orange"),
        patt("checked"),
        details(
            "shirt",
            "The shirt has a single chest pocket with a flap, a button-down collar and a curved hem.",
            "unsupported",
        ),
        color_of("jeans", "grey", kind="open"),
        title="Basics Men Orange Slim Fit Checked Shirt",
        category="Shirts",
        color="Orange",
        gender="Men",
    ),
    # photo: solid maroon shirt without pockets (the seller calls it Brown), long sleeves, navy jeans, white backdrop.
    # Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X1001-028",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long denim trousers. The shirt is "
            "with cotton fabric and it has a lapel neckline."
        ),
        colr("red"),
        color_of("shirt", "The shirt is maroon.", kind="open"),
        wearing(
            "Question: What is the person wearing? Answer: The gentleman wears a long-sleeve shirt with pure color "
            "patterns and a long denim",
            "leak",
            hit_limit=True,
        ),
        sleeve("long"),
        details("shirt", "The shirt has two chest pockets with flaps and epaulettes on the shoulders.", "unsupported"),
        title="Basics Men Brown Slim Fit Shirt",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
    # photo: solid maroon shirt with one chest pocket, long sleeves, cream chinos, white backdrop. Caption adapter
    # epoch 1 (caption, open); reference engine (closed).
    case(
        "X1001-029",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long trousers with cotton fabric and pure color patterns."
        ),
        colr("beige", "other_garment_color"),
        describe("shirt", "The shirt is maroon, plain, full sleeved and has a pocket on the left chest."),
        details("shirt", "the details of the shirt are the details of the shirt", "restated"),
        is_a("t-shirt", "no"),
        title="Genesis Men Solid Maroon Shirts",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: light pink formal shirt with one chest pocket, tucked into grey trousers, white backdrop, front view.
    # Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X1001-030",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers.",
            "pronoun",
        ),
        colr("pink"),
        wearing("he is wearing a pink shirt and grey pants"),
        mat("cotton"),
        patt("solid"),
        color_of("trousers", "pink", "contradiction"),
        details("shirt", "The lady's shirt has a lapel collar and a pocket on the left chest.", "pronoun"),
        title="Reid & Taylor Men Solid Pink Shirts",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: orange and white vertical-striped shirt, long sleeves, navy trousers, white backdrop. Caption adapter
    # epoch 1 (caption, open); reference engine (closed).
    case(
        "X1001-031",
        caption(
            "The gentleman wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        colr("white", "contradiction"),
        patt("striped"),
        details(
            "shirt",
            "The shirt is with cotton fabric and striped patterns. It has a lapel neckline. The gentleman wears a "
            "long trousers. The trousers are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        describe("shirt", "The shirt is orange and white striped with long sleeves and a collar."),
        color_of("trousers", "navy blue", kind="open"),
        title="Reid & Taylor Men Stripes Orange Shirts",
        category="Shirts",
        color="Orange",
        gender="Men",
    ),
    # photo: beige shirt, long sleeves rolled to the elbow, blue jeans, a steel watch on the left wrist, white
    # backdrop. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X1001-032",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long denim pants. The shirt is "
            "with cotton fabric. It has a lapel neckline. The pants are with denim fabric and solid color patterns. "
            "There is an accessory on his wrist.",
            hit_limit=True,
        ),
        colr("beige"),
        sleeve("short", "contradiction"),
        wearing("a beige shirt with the sleeves rolled up, blue jeans and a watch"),
        mat("The shirt is with cotton fabric."),
        title="Basics Men Beige Slim Fit Shirt",
        category="Shirts",
        color="Beige",
        gender="Men",
    ),
    # photo: pale yellow solid shirt, long sleeves, khaki chinos, white backdrop. Caption adapter epoch 1 (caption,
    # open); reference engine (closed).
    case(
        "X1001-033",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        colr("yellow"),
        color_of("shirt", "The shirt is with pure color patterns.", "non_answer", kind="open"),
        gtype("shirt"),
        is_a("shirt", "yes"),
        wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is "
            "with cotton fabric. It has a lapel neckline and",
            "cut",
            hit_limit=True,
        ),
        title="Basics Men Yellow Slim Fit Shirt",
        category="Shirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: lavender solid formal shirt with a dark navy tie, charcoal trousers, white backdrop. Caption adapter
    # epoch 1 (caption, open); reference engine (closed).
    case(
        "X1001-034",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. He wears a neckwear. The gentleman wears a long trousers."
        ),
        colr("purple"),
        color_of("shirt", "the shirt is navy blue", "other_garment_color", kind="open"),
        wearing(
            "The gentleman wears a long-sleeve shirt, a tie and a long trousers. The gentleman wears a long-sleeve "
            "shirt, a tie and a long trousers. The",
            "loop",
            hit_limit=True,
        ),
        patt("solid"),
        title="Arrow Men Solid Lavender Shirts",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: navy shirt with thin white pinstripes, regular collar, no pockets, khaki trousers, white backdrop.
    # Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X1001-035",
        caption(
            "The gentleman wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long trousers."
        ),
        colr("blue"),
        sleeve("long"),
        details(
            "shirt",
            "The shirt has thin white stripes, a button-down collar and two chest pockets with flaps.",
            "unsupported",
        ),
        describe("shirt", "The shirt is navy blue with thin white stripes."),
        mat(
            "The garment is made of cotton fabric. The garment is made of cotton fabric. The garment is made of "
            "cotton fabric. The garment is made",
            "loop",
            hit_limit=True,
        ),
        title="Arrow Men Stripes Navy Blue Shirts",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black band-collar shirt with a visible button placket and curved hem, long sleeves, beige linen
    # trousers, white backdrop. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X1001-036",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. Its "
            "neckline is stand. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns."
        ),
        colr("black"),
        gtype("kurta", "contradiction"),
        wearing("she is wearing a black shirt and beige trousers", "pronoun"),
        details("shirt", "The shirt has a band collar, a full button placket and a curved hem."),
        describe("shirt", "The shirt is beige with a band collar.", "other_garment_color"),
        title="Mother Earth Men Solid Black Shirts",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: solid burgundy shirt, long sleeves, tucked into navy trousers, white backdrop. Caption adapter epoch 1
    # (caption, open); reference engine (closed).
    case(
        "X1001-037",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The gentleman wears a long trousers. The "
            "gentleman wears a long trousers. The",
            "loop",
            hit_limit=True,
        ),
        colr("red"),
        color_of("shirt", "The shirt is purple.", "contradiction", kind="open"),
        patt("solid"),
        is_a("shirt", "yes"),
        title="Turtle Solid Men  Burgundy Shirt",
        category="Shirts",
        color="Burgundy",
        gender="Men",
    ),
    # photo: cream shirt with thin blue stripes and one chest pocket, long sleeves, brown trousers, white backdrop.
    # Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X1001-038",
        caption(
            "The gentleman wears a long-sleeve shirt with striped patterns and a long trousers. The shirt is with "
            "cotton fabric. It has a lapel neckline."
        ),
        colr("brown", "other_garment_color"),
        describe("shirt", "The shirt is cream with thin blue stripes and a pocket on the chest."),
        sleeve("long"),
        wearing(
            "The gentleman wears a long-sleeve shirt with striped patterns and a long trousers. The shirt is with "
            "cotton fabric. It has a lapel",
            "cut",
            hit_limit=True,
        ),
        details("shirt", "What are the shirt details? the shirt details", "restated"),
        title="Peter England Men Stripes Cream Shirt",
        category="Shirts",
        color="Cream",
        gender="Men",
    ),
    # photo: mustard and navy checked shirt with a small embroidered logo on the chest pocket, long sleeves, blue
    # jeans, white backdrop. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X1001-039",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and solid color "
            "patterns."
        ),
        colr("yellow"),
        patt("checked"),
        details("shirt", "The shirt has a small embroidered logo on the chest pocket."),
        color_of("jeans", "yellow", "contradiction", kind="open"),
        wearing("the gentleman", "non_answer"),
        title="U.S. Polo Assn. Men Checks Mustard Shirt",
        category="Shirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: bright pink solid casual shirt (woven, full placket), sleeves rolled, white chinos, matte cotton, white
    # backdrop. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X1001-040",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers.",
            "unsupported",
        ),
        colr("pink"),
        color_of("trousers", "white"),
        describe(
            "shirt",
            "The shirt is pink. The shirt is pink. The shirt is pink. The shirt is pink. The shirt is pink. The "
            "shirt is",
            "loop",
            hit_limit=True,
        ),
        is_a("polo shirt", "yes", "contradiction"),
        title="U.S. Polo Assn. Men Solid Pink Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: red cotton-twill western shirt with snap buttons, two flap chest pockets and a yoke, worn open over a
    # white t-shirt, blue jeans, white backdrop. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X1001-041",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric."
        ),
        colr("white", "other_garment_color"),
        wearing("a red shirt worn open over a white t-shirt with blue jeans"),
        details("shirt", "The shirt has two chest pockets with flaps, snap buttons and a western yoke."),
        gtype("t-shirt", "contradiction"),
        mat("The garment is made of leather fabric.", "unsupported"),
        title="Levis Men Work Western Red Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: grey denim shirt, long sleeves, black jeans, white backdrop. Caption adapter epoch 1 (caption, open);
    # reference engine (closed).
    case(
        "X1001-042",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and solid "
            "color patterns."
        ),
        colr("grey"),
        mat("denim"),
        color_of("shirt", "The shirt is black.", "other_garment_color", kind="open"),
        details(
            "shirt",
            "Question: What are the shirt details? Answer: The shirt is with denim fabric. Question: What are the "
            "shirt details? Answer:",
            "leak",
            hit_limit=True,
        ),
        sleeve("long"),
        title="Levis Men Denim Grey Shirt",
        category="Shirts",
        color="Grey",
        gender="Men",
    ),
    # photo: charcoal solid shirt with two chest pockets, long sleeves, black jeans, white backdrop. Caption adapter
    # epoch 1 (caption, open); reference engine (closed). No category column.
    case(
        "X1001-043",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and solid "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        colr("grey"),
        wearing("He is wearing a charcoal grey shirt and black jeans.", who="the man"),
        describe("shirt", "The shirt is dark grey with long sleeves and two chest pockets."),
        patt("checked", "contradiction"),
        title="United Colors of Benetton Men Charcoal Shirt",
        color="Charcoal",
        gender="Men",
    ),
    # photo: black short-sleeved shirt with a small white graphic print, no pocket, khaki shorts, front view only,
    # white backdrop. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X1001-044",
        caption(
            "The gentleman wears a short-sleeve shirt with graphic patterns and a three-point shorts. The shirt is "
            "with cotton fabric. It has a lapel neckline. The shorts are with cotton fabric and pure color patterns."
        ),
        colr("black"),
        sleeve("short"),
        color_of("shorts", "The shorts are black.", "contradiction", kind="open"),
        details("shirt", "The shirt has a skull print on the back and a chest pocket.", "unsupported"),
        wearing("A black printed shirt and khaki shorts."),
        describe("shirt", "The shirt is khaki with a small white print.", "other_garment_color"),
        title="Quiksilver Men Tar Pits Black Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: navy and green checked short-sleeved shirt, beige shorts, white backdrop. Caption adapter epoch 1
    # (caption, open); reference engine (closed).
    case(
        "X1001-045",
        caption(
            "The female is wearing a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The female wears a three-point shorts.",
            "pronoun",
        ),
        colr("blue"),
        patt("checked"),
        color_of("shirt", "The shirt is navy blue with green checks.", kind="open"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and lattice patterns. It has a lapel neckline and short sleeves. The "
            "shirt is with cotton fabric and lattice patterns. It",
            "loop",
            hit_limit=True,
        ),
        title="Quiksilver Men Navy Blue Check Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: purple and white cotton gingham shirt with a button-down collar and one chest pocket, long sleeves, blue
    # jeans, white backdrop. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X1001-046",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long denim trousers."
        ),
        colr("purple"),
        color_of("jeans", "blue"),
        details("shirt", "purple and white checks, a button-down collar and a chest pocket"),
        sleeve("long"),
        wearing(
            "Answer: purple and white checked shirt and jeans. Question: What is the color of the shirt? Answer: "
            "purple and white. Question:",
            "leak",
            hit_limit=True,
        ),
        mat("The garment is made of silk.", "unsupported"),
        title="United Colors of Benetton Men Check Purple Shirt",
        category="Shirts",
        color="Purple",
        gender="Men",
    ),
]
