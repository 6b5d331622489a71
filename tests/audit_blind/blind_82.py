"""BLIND_82 (44 products; a random sample of a Myntra-style marketplace, enrich's default questionnaire): written
blind in the eighteenth session. Measured blind at a9092d0: 126 / 140 failures found (90.0%) and 11 / 145 correct
texts flagged (7.6%). The writer's notes, verbatim:

Blind corpus 82: BLIP-2 OPT-2.7b and the experiments' adapters on 44 Myntra-style marketplace products.

Scenario: the original experiments' models are re-run on a random sample of 44 products of a Myntra-style
marketplace (men's, women's and kids' clothing, western and ethnic, weighted roughly as such a catalog is: many
t-shirts, shirts, kurtas, tops and dresses, fewer sarees, kurta sets, jeans, trousers, track pants, jackets,
leggings, skirts, palazzos, lehengas and kids' wear). One product per item. Every product is asked enrich's
default questionnaire (tests.audit_corpus.DEFAULT_QUESTIONS: wearing, garment_type, color, pattern,
sleeve_length, description, details, material), not every question for every product (bottoms are not asked the
sleeve question, some products were only asked part of it), plus a caption. Seller columns come from the
marketplace: gender (Men / Women / Boys / Girls), category (Myntra article type: Tshirts, Kurtas, Kurta Sets ...),
color (Myntra base colour: Navy Blue, Off White, Mustard, Grey Melange ...) and title (the seller's own words);
a few products lack one or more of them.

Which system wrote which text (named again in the comment above every case):
- base: the untuned Salesforce/blip2-opt-2.7b (short answers that usually stop at the newline; untuned captions
  such as "a man in a navy blue t-shirt and jeans").
- cap1: leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch; cap3: leoreigoto/Data2_V2_Blip2_Finetune_Caption.
  They write the DeepFashion-MultiModal caption template ("The lady wears a long-sleeve shirt with pure color
  patterns. The shirt is with cotton fabric. ..."), for the caption and for every question prompt, with no hue
  names in the template, kurtas and sarees forced into "dress" / "shirt", and no learnt end: they mostly run to the
  token limit (cut) or loop.
- vqa: leoreigoto/Data3_V3_BLIP2_VQA: one-word answers that repeat ("shirt shirt shirt ...") or carry on into
  the next "Question: ... Answer:" pair of its training format (prompt leak).

How it was written: blind. I read only ../shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the
Case/Text layout, the makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, TARGETS). Nothing else of the project was
opened; the only thing run was an import check of this file. The photos are imagined; each is described in the
comment above its case and every label is judged against that description.

Label conventions and judgement calls:
- One failure kind per text. Where a text has two faults the more specific one wins: a loop that ran to the limit is
  "loop" (hit_limit=True), a prompt leak that ran to the limit is "leak" (hit_limit=True), a caption-template
  answer that stops mid-phrase at the limit is "cut" (hit_limit=True).
- "cut": stopped mid-phrase; hit_limit=True at 30 new tokens for answers, 50 for captions; a handful of texts are
  cut before the limit (hit_limit=False, e.g. "a black and gold").
- Correct texts never have hit_limit=True. An adapter caption that happens to end on a full sentence is correct.
- Near-color synonyms are correct against the seller's base colour: navy -> blue, off white -> cream / white,
  mustard -> yellow, olive -> green, maroon -> red, khaki -> beige, magenta -> pink, lavender -> purple,
  cream -> white, grey melange -> grey. A two-color answer for a checked / polka-dot garment whose colors are the
  garment's own ("black and white") is correct.
- "other_garment_color": the product given the color of another garment in the photo (the jeans, the inner tee,
  the blouse of a saree, the kurta worn over palazzos, a tie). A color taken from a background wall, a garden, the
  print on a dress or an accessory (earrings) is "contradiction", and so is the untuned model's one color for every
  garment ("a grey shirt and grey jeans" for a grey tee with dark blue jeans).
- Garment type contradicting the seller (a kurta called "dress", a hoodie called "jacket", a t-shirt called
  "shirt") is "contradiction". Generic but true names are correct: "pants" for chinos, track pants and
  palazzos, "salwar suit" for a kurta set, "t-shirt" for a t-shirt-and-shorts clothing set, "blouse" for a top.
- Caption-template words for the person follow the person: "the lady" for a girl and "the gentleman" for a boy are
  correct; "the lady" for a men's product (even in a flat-lay) and "he" / "she" against the seller's gender are
  "pronoun".
- Captions and answers that name the background ("in front of a pink wall", "on the beach", "on a white
  background") are correct when the garment's color is right.
- A flat-lay (no person) answered "there is no person in the picture" for "What is the person wearing?" is correct,
  and so is an answer naming the garment itself.
- "non_answer": empty, "nothing", "yes" / "no" / "i don't know" to an open question, "clothes", "fabric", or
  only the question's garment back ("they are jeans" for the details). "restated": the question's own words
  turned into a sentence ("the material of the garment is the material").
- "unsupported": details the imagined photo does not show (pockets, hoods, logos, slits, ripped knees) or that no
  photo can show ("100% cotton, made in india", "hand block printed in jaipur"). A plausible material
  guess (cotton for a t-shirt, satin for a shiny dress, georgette for a saree) is correct.
- Pattern answers outside a closed list but true ("letters" for a slogan tee, "block print") are correct.
"""

from __future__ import annotations

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case

BLIND_82: list[Case] = [
    # ------------------------------------------------------------------ men
    # Photo: man in a plain navy crew-neck t-shirt and light blue jeans, grey studio background.
    # caption, wearing, garment_type, color, sleeve_length, material: base; details: cap3.
    case(
        "MYN-82-M01",
        caption("a man in a navy blue t-shirt and jeans standing in front of a grey background"),
        D.wearing("a blue t-shirt and jeans"),
        D.garment_type("shirt", "contradiction"),
        D.color("blue"),
        D.sleeve_length("short"),
        D.details(
            "The T-shirt is with cotton fabric and pure color patterns. It has a crew neckline. The gentleman wears"
            " long trousers with denim fabric and solid",
            "cut",
            hit_limit=True,
        ),
        D.material("100% cotton, made in india", "unsupported"),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Round Neck T-shirt",
    ),
    # Photo: man in a white t-shirt with a black graphic print on the chest, black joggers, white background.
    # caption: cap3; wearing, color, pattern, description, material: base.
    case(
        "MYN-82-M02",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric."
            " It has a crew neckline. The gentleman wears a long pants. The pants are with cotton fabric and solid"
            " color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and black pants"),
        D.color("white"),
        D.pattern("graphic"),
        D.description("a black t-shirt with a white logo on the front", "other_garment_color"),
        D.material("clothes", "non_answer"),
        gender="Men",
        category="Tshirts",
        color="White",
        title="HRX by Hrithik Roshan Men White Printed Round Neck T-shirt",
    ),
    # Photo: man in an olive polo shirt and beige chinos, outdoors against a concrete wall.
    # caption, color, wearing: base; garment_type, sleeve_length, details: vqa.
    case(
        "MYN-82-M03",
        caption("a man wearing a green polo shirt and khaki pants"),
        D.wearing("he is wearing a green polo shirt"),
        D.garment_type("polo shirt"),
        D.color("beige", "other_garment_color"),
        D.sleeve_length(
            "short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve"
            " short-sleeve short-sleeve",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "The polo shirt has a collar and buttons. Question: What is the color of the polo shirt? Answer: green",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Olive",
        title="U.S. Polo Assn. Men Olive Green Polo Collar T-shirt",
    ),
    # Photo: flat-lay product shot, no person: a black t-shirt with white slogan text on a white background.
    # caption, wearing, garment_type, color: base; description: cap1.
    case(
        "MYN-82-M04",
        caption("a black t-shirt with white text on it"),
        D.wearing("a black t-shirt"),
        D.garment_type("t-shirt"),
        D.color("black"),
        D.description(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a"
            " round neckline.",
            "pronoun",
        ),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="Bewakoof Men Black Typography Printed T-shirt",
    ),
    # Photo: man in a grey melange long-sleeve henley and dark blue jeans, white background.
    # caption: cap3; wearing, color, sleeve_length, pattern: base; material: vqa.
    case(
        "MYN-82-M05",
        caption(
            "The gentleman wears a long-sleeve shirt with solid color patterns. The shirt is with cotton fabric. It has"
            " a v-shape neckline. The gentleman wears a long pants. The pants are with denim fabric and solid color"
            " patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey shirt and grey jeans", "contradiction"),
        D.color("grey"),
        D.sleeve_length("long"),
        D.pattern("solid"),
        D.material(
            "cotton Question: What is the color of the shirt? Answer: grey Question: What is the",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Grey Melange",
        title="Roadster Men Grey Melange Henley T-shirt",
    ),
    # Photo: man in a blue-and-white checked long-sleeve shirt, sleeves rolled to the elbow, untucked, navy chinos.
    # caption, color, pattern, sleeve_length, details: base; description: cap3.
    case(
        "MYN-82-M06",
        caption("a man wearing a blue and white checkered shirt"),
        D.color("blue"),
        D.pattern("plaid"),
        D.sleeve_length("short", "contradiction"),
        D.description(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a"
            " lapel neckline. The gentleman wears a long trousers. The trousers are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.details("the sleeves are rolled up"),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="Highlander Men Blue & White Slim Fit Checked Casual Shirt",
    ),
    # Photo: man in a white formal shirt with a navy tie, grey trousers, grey background.
    # caption: cap3 (ended on a full sentence); wearing, color, description, material: base; details: vqa.
    case(
        "MYN-82-M07",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and"
            " its neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure"
            " color patterns."
        ),
        D.wearing("he is wearing a white shirt and a tie"),
        D.color("white"),
        D.description("a blue shirt with a tie", "other_garment_color"),
        D.material("", "non_answer"),
        D.details(
            "The shirt has a collar and buttons and a pocket on the chest and a pocket on the chest and a pocket on"
            " the chest and a pocket",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="White",
        title="Louis Philippe Men White Solid Formal Shirt",
    ),
    # Photo: man in a maroon corduroy shirt worn open over a white t-shirt, black jeans (layers).
    # caption, wearing, color, material, details: base; description: cap3.
    case(
        "MYN-82-M08",
        caption("a man wearing a maroon shirt over a white t-shirt"),
        D.wearing("a red shirt and black jeans"),
        D.color("white", "other_garment_color"),
        D.material("corduroy"),
        D.description(
            "The gentleman is wearing a long-sleeve shirt with solid color patterns. The shirt is with corduroy fabric."
            " It has a lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.details("nothing special", "non_answer"),
        gender="Men",
        category="Shirts",
        color="Maroon",
        title="Roadster Men Maroon Corduroy Casual Shirt",
    ),
    # Photo: man in a short-sleeve green shirt with a small white leaf print, beige shorts, leafy plants behind.
    # No title in the seller's row. caption, pattern, sleeve_length, color, details: base; wearing: vqa.
    case(
        "MYN-82-M09",
        caption("a man standing in front of plants wearing a green shirt"),
        D.pattern("floral"),
        D.sleeve_length("short"),
        D.color("blue", "contradiction"),
        D.wearing(
            "shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt"
            " shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt",
            "loop",
            hit_limit=True,
        ),
        D.details("it has a pocket on the left side and a logo", "unsupported"),
        gender="Men",
        category="Shirts",
        color="Green",
    ),
    # Photo: man in light-wash blue skinny jeans, plain white t-shirt, white sneakers, white background.
    # caption: cap3; garment_type, color, description, details: base; material: vqa.
    case(
        "MYN-82-M10",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It"
            " has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure"
            " color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("jeans"),
        D.color("white", "other_garment_color"),
        D.description("a pair of blue jeans"),
        D.details("they are jeans", "non_answer"),
        D.material(
            "denim, denim, denim, denim, denim, denim, denim, denim, denim, denim, denim, denim, denim, denim, denim",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Roadster Men Blue Skinny Fit Mid-Rise Clean Look Jeans",
    ),
    # Photo: man in black slim jeans and a light blue denim shirt, tan boots.
    # caption, wearing, color, pattern: base; description: cap3; material: vqa.
    case(
        "MYN-82-M11",
        caption("a man in a denim shirt and black jeans"),
        D.wearing("a blue shirt and black pants"),
        D.color("black"),
        D.pattern("the pattern of the garment", "restated"),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. The"
            " gentleman wears a long trousers. The trousers are with denim fabric and solid",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "denim Question: What is the color of the jeans? Answer: black Question: What is the",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Jeans",
        color="Black",
        title="Mast & Harbour Men Black Slim Fit Stretchable Jeans",
    ),
    # Photo: man in khaki chinos, a navy polo shirt and brown loafers, white background.
    # caption: cap3; garment_type, color, wearing, description, material: base.
    case(
        "MYN-82-M12",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It"
            " has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("pants"),
        D.color("beige"),
        D.wearing("he is wearing a blue polo shirt and khaki pants"),
        D.description("a blue polo shirt", "contradiction"),
        D.material("i don't know", "non_answer"),
        gender="Men",
        category="Trousers",
        color="Khaki",
        title="Highlander Men Khaki Slim Fit Chinos",
    ),
    # Photo: man in plain black track pants (no stripes), a grey t-shirt and running shoes, white background.
    # caption: cap3; garment_type, color, pattern, material, wearing: base; details: vqa.
    case(
        "MYN-82-M13",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It"
            " has a round neckline. The pants this gentleman wears is of long length. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey shirt and grey pants", "contradiction"),
        D.garment_type("pants"),
        D.color("grey", "other_garment_color"),
        D.pattern("solid"),
        D.details(
            "The pants have a drawstring at the waist. Question: What is the material of the pants? Answer: polyester",
            "leak",
            hit_limit=True,
        ),
        D.material("polyester"),
        gender="Men",
        category="Track Pants",
        color="Black",
        title="HRX by Hrithik Roshan Men Black Solid Rapid-Dry Track Pants",
    ),
    # Photo: man in a navy pullover hoodie (no zip, kangaroo pocket, no print), black jeans, white background.
    # caption, garment_type, color, description, material: base; wearing: vqa.
    case(
        "MYN-82-M14",
        caption("a man wearing a navy blue hoodie and black jeans"),
        D.wearing(
            "hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie"
            " hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("jacket", "contradiction"),
        D.color("navy"),
        D.description("a blue hooded sweatshirt with a kangaroo pocket and a nike logo on the chest", "unsupported"),
        D.material("fleece"),
        gender="Men",
        category="Sweatshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Hooded Sweatshirt",
    ),
    # Photo: man in an off-white straight kurta with tone-on-tone chikankari embroidery, white churidar, beige backdrop.
    # caption, wearing, garment_type, color, material: base; details: cap3.
    case(
        "MYN-82-M15",
        caption("a man in a white kurta standing in front of a beige wall"),
        D.wearing("she is wearing a white kurta", "pronoun"),
        D.garment_type("kurta"),
        D.color("cream"),
        D.details(
            "The gentleman is wearing a long-sleeve shirt with solid color patterns. The shirt is with cotton fabric "
            "and"
            " its neckline is stand. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Men",
        category="Kurtas",
        color="Off White",
        title="Manyavar Men Off-White Chikankari Embroidered Straight Kurta",
    ),
    # Photo: man in an olive bomber jacket (no hood) worn open over a black t-shirt, blue jeans.
    # caption: cap3; wearing, garment_type, color, material, details: base; description: vqa.
    case(
        "MYN-82-M16",
        caption(
            "The gentleman is wearing a long-sleeve jacket with solid color patterns. The jacket is with nylon fabric."
            " It has a stand neckline. The gentleman wears a short-sleeve T-shirt with pure color patterns. The"
            " T-shirt",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green jacket, a black t-shirt and jeans"),
        D.garment_type("jacket"),
        D.color("black", "other_garment_color"),
        D.description("bomber jacket Question: What is the color of the jacket? Answer: green", "leak"),
        D.material("nylon"),
        D.details("it has a hood and two chest pockets", "unsupported"),
        gender="Men",
        category="Jackets",
        color="Olive",
        title="Roadster Men Olive Green Solid Bomber Jacket",
    ),
    # Photo: man in navy chino shorts, white t-shirt, white sneakers, white background. No base colour in the row.
    # caption, garment_type, color, details, wearing: base; description: vqa.
    case(
        "MYN-82-M17",
        caption("a man in a white t-shirt and blue shorts"),
        D.garment_type("shorts"),
        D.color("white", "other_garment_color"),
        D.details("they are short", "non_answer"),
        D.description(
            "shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts"
            " shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts",
            "loop",
            hit_limit=True,
        ),
        D.wearing("she is wearing a white shirt and shorts", "pronoun"),
        gender="Men",
        category="Shorts",
        title="Mast & Harbour Men Navy Blue Solid Regular Fit Chino Shorts",
    ),
    # ---------------------------------------------------------------- women
    # Photo: woman in a mustard straight kurta with small ethnic-motif print, 3/4 sleeves, white palazzos.
    # caption, wearing, garment_type, color, material: base; pattern: vqa; description: cap3.
    case(
        "MYN-82-W01",
        caption("a woman wearing a yellow kurta and white pants"),
        D.wearing("a yellow kurta and white palazzo pants"),
        D.garment_type("kurta"),
        D.color("yellow"),
        D.pattern(
            "printed printed printed printed printed printed printed printed printed printed printed printed printed"
            " printed printed printed printed printed printed printed printed printed printed printed printed",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a round"
            " neckline. The lady wears a long trousers. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        D.material("the garment is made of the material", "restated"),
        gender="Women",
        category="Kurtas",
        color="Mustard",
        title="Anouk Women Mustard Yellow Ethnic Motifs Printed Straight Kurta",
    ),
    # Photo: woman in a blue A-line kurta with a white floral print, v-neck, 3/4 sleeves, white leggings, indoor plants.
    # caption: cap3; garment_type: vqa; color, pattern, wearing, details: base.
    case(
        "MYN-82-W02",
        caption(
            "The lady is wearing a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a"
            " v-shape neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color"
            " patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("dress", "contradiction"),
        D.color("blue"),
        D.pattern("floral"),
        D.wearing("he is wearing a blue and white kurta", "pronoun"),
        D.details("the kurta has a v neck and three quarter sleeves"),
        gender="Women",
        category="Kurtas",
        color="Blue",
        title="Libas Women Blue & White Floral Printed A-Line Kurta",
    ),
    # Photo: woman in a plain pink straight kurta with small mirror work on the yoke, gold jhumka earrings, white pants.
    # caption, wearing, color, pattern, details, material: base; description: cap1.
    case(
        "MYN-82-W03",
        caption("a woman in a pink kurta with gold earrings"),
        D.wearing("a white kurta", "other_garment_color"),
        D.color("gold", "contradiction"),
        D.pattern("solid"),
        D.details("mirror work on the neckline"),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lady"
            " wears a long-sleeve shirt with pure color patterns. The shirt is with",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton silk blend with hand embroidery from lucknow", "unsupported"),
        gender="Women",
        category="Kurtas",
        color="Pink",
        title="W Women Pink Solid Straight Kurta with Mirror Work",
    ),
    # Photo: woman in a green-and-white vertically striped straight kurta, mandarin collar, 3/4 sleeves, white trousers.
    # caption, pattern, color, sleeve_length, description, material: base; wearing: vqa.
    case(
        "MYN-82-W04",
        caption("a woman wearing a green and white striped kurta"),
        D.pattern("solid", "contradiction"),
        D.color("green"),
        D.sleeve_length("three quarter"),
        D.wearing(
            "kurta Question: What is the color of the kurta? Answer: green Question: What is the pattern",
            "leak",
            hit_limit=True,
        ),
        D.description("a green and white striped kurta with a mandarin collar"),
        D.material("the material of the garment is the material", "restated"),
        gender="Women",
        category="Kurtas",
        color="Green",
        title="Sangria Women Green Striped Straight Kurta",
    ),
    # Photo: woman in a black flared anarkali kurta with a gold printed border at the hem, white background.
    # No title in the seller's row. caption: cap3; garment_type, color, pattern, details, description, wearing: base.
    case(
        "MYN-82-W05",
        caption(
            "The lady is wearing a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a"
            " round neckline. The dress is of long length. The lady wears a long leggings and the",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("dress", "contradiction"),
        D.color("black"),
        D.pattern("printed"),
        D.details("gold border at the hem"),
        D.description("a black anarkali kurta with a gold border"),
        D.wearing("a black and gold", "cut"),
        gender="Women",
        category="Kurtas",
        color="Black",
    ),
    # Photo: woman in a white short-sleeve ruffled top tucked into blue jeans, standing against a pink wall.
    # caption, wearing, color, sleeve_length, description: base; garment_type: vqa; details: cap3.
    case(
        "MYN-82-W06",
        caption("a woman in a white top and jeans standing in front of a pink wall"),
        D.wearing("a white blouse and blue jeans"),
        D.color("blue", "other_garment_color"),
        D.garment_type("blouse"),
        D.sleeve_length("short"),
        D.details(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a"
            " round neckline. The lady wears a long pants. The",
            "cut",
            hit_limit=True,
        ),
        D.description("a pink top with ruffles", "contradiction"),
        gender="Women",
        category="Tops",
        color="White",
        title="Vero Moda Women White Solid Top with Ruffles",
    ),
    # Photo: woman in a long-sleeve black top with white polka dots, plain round neck, white trousers.
    # caption: cap3; pattern, color, sleeve_length, description, wearing: base.
    case(
        "MYN-82-W07",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The lady wears a long-sleeve shirt with graphic"
            " patterns. The lady wears a long-sleeve shirt with graphic patterns. The lady wears a long",
            "loop",
            hit_limit=True,
        ),
        D.pattern("polka dots"),
        D.color("black and white"),
        D.sleeve_length("short", "contradiction"),
        D.description("a black top with white polka dots and a bow at the neck and gold buttons", "unsupported"),
        D.wearing("he is wearing a black and white shirt", "pronoun"),
        gender="Women",
        category="Tops",
        color="Black",
        title="Harpa Women Black Polka Dot Print Top",
    ),
    # Photo: woman in a lavender square-neck crop top with short puff sleeves, light blue high-waist jeans.
    # caption, garment_type, sleeve_length, material, details: base; color: vqa; wearing: cap3.
    case(
        "MYN-82-W08",
        caption("a woman in a purple crop top and jeans"),
        D.garment_type("crop top"),
        D.color(
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple purple"
            " purple purple purple purple purple purple purple purple purple purple purple purple purple purple purple",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("short"),
        D.material("it is made of fabric", "non_answer"),
        D.details("it has a square neck and puff sleeves"),
        D.wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a"
            " round neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="Lavender",
        title="DressBerry Women Lavender Solid Crop Top",
    ),
    # Photo: woman in a red sleeveless knee-length bodycon dress (no slit), black heels, grey studio background.
    # caption: cap3 (ended on a full sentence); wearing, color, sleeve_length, description: base; details, material:
    # vqa.
    case(
        "MYN-82-W09",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is with cotton fabric and its"
            " neckline is round."
        ),
        D.wearing("a red dress and black heels"),
        D.color("red"),
        D.sleeve_length("short", "contradiction"),
        D.description("a red bodycon dress with a slit on the left leg", "unsupported"),
        D.details(
            "The dress has a zipper at the back and a slit at the back and a zipper at the back and a slit at the back"
            " and a",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "polyester Question: What is the color of the dress? Answer: red Question: What is the sleeve length",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Dresses",
        color="Red",
        title="SASSAFRAS Women Red Solid Bodycon Dress",
    ),
    # Photo: woman in a navy maxi dress with a pink-and-white floral print, short flutter sleeves, on a beach.
    # caption, color, pattern, sleeve_length, wearing, material: base; description: cap3.
    case(
        "MYN-82-W10",
        caption("a woman in a blue floral dress standing on the beach"),
        D.color("pink", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("how long are the sleeves", "restated"),
        D.description(
            "The lady is wearing a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a"
            " v-shape neckline. The dress is of long length. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue floral maxi dress"),
        D.material("yes", "non_answer"),
        gender="Women",
        category="Dresses",
        color="Navy Blue",
        title="Athena Women Navy Blue Floral Print Maxi Dress",
    ),
    # Photo: woman in an emerald green satin long-sleeve wrap midi dress with a waist tie (no pockets), white
    # background.
    # caption: cap1; color, sleeve_length, details, material, description, wearing: base.
    case(
        "MYN-82-W11",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with satin fabric. It has a"
            " v-shape neckline. The",
            "cut",
        ),
        D.color("green"),
        D.sleeve_length("long"),
        D.details("it has a tie at the waist"),
        D.material("satin"),
        D.description("a green dress with a belt and two side pockets", "unsupported"),
        D.wearing("he is wearing a green dress", "pronoun"),
        gender="Women",
        category="Dresses",
        color="Green",
        title="Berrylush Women Green Wrap Midi Dress",
    ),
    # Photo: woman in a magenta Banarasi silk saree with a gold zari border, gold blouse, studio.
    # caption: cap3; wearing, garment_type, color, description, pattern: base; material: cap3.
    case(
        "MYN-82-W12",
        caption(
            "The lady wears a long-sleeve dress with color block patterns. The dress is with silk fabric. The lady "
            "wears"
            " a long-sleeve dress with color block patterns. The dress is with silk fabric. The lady wears a",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a saree"),
        D.garment_type("saree"),
        D.color("pink"),
        D.pattern("the pattern is the pattern of the saree", "restated"),
        D.material(
            "The lady is wearing a short-sleeve dress with color block patterns. The dress is with silk fabric. It "
            "has a"
            " round neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.description("it is a pink saree with gold border and a gold blouse"),
        gender="Women",
        category="Sarees",
        color="Magenta",
        title="Mitera Magenta Zari Woven Silk Blend Banarasi Saree",
    ),
    # Photo: woman in a grey georgette saree with an orange floral print and a plain orange blouse.
    # caption: cap3; color, garment_type, pattern, wearing, material: base; description: vqa.
    case(
        "MYN-82-W13",
        caption(
            "The lady is wearing a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a"
            " round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and floral patterns. There"
            " is",
            "cut",
            hit_limit=True,
        ),
        D.color("orange", "other_garment_color"),
        D.garment_type("saree"),
        D.pattern("floral"),
        D.wearing("a sari"),
        D.material("it is a saree", "non_answer"),
        D.description(
            "saree Question: What is the saree made of? Answer: georgette Question: What is the saree",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Sarees",
        color="Grey",
        title="Saree mall Grey & Orange Floral Printed Georgette Saree",
    ),
    # Photo: woman in a peach kurta with white thread embroidery, peach palazzos, off-white net dupatta over one
    # shoulder.
    # caption, garment_type, color, wearing, description: base; pattern: cap3; details: vqa.
    case(
        "MYN-82-W14",
        caption("a woman wearing a peach kurta and palazzo with a dupatta"),
        D.garment_type("salwar suit"),
        D.color("peach"),
        D.pattern(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It "
            "has a"
            " v-shape neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a kurta set with dupatta"),
        D.description(
            "a peach colored kurta with white embroidery, palazzo pants and a dupatta with a lace border and a",
            "cut",
            hit_limit=True,
        ),
        D.details("the details of the garment are the details of the garment", "restated"),
        gender="Women",
        category="Kurta Sets",
        color="Peach",
        title="Anouk Women Peach-Coloured Embroidered Kurta with Palazzos & Dupatta",
    ),
    # Photo: woman in a navy kurta with a small white block print and matching navy trousers, no dupatta, brick wall.
    # caption, color, pattern, wearing, material: base; details: vqa.
    case(
        "MYN-82-W15",
        caption("a woman standing in front of a brick wall wearing a blue dress", "contradiction"),
        D.color("blue"),
        D.pattern("block print"),
        D.wearing("a blue kurta and pants"),
        D.material("100% pure cotton, hand block printed in jaipur", "unsupported"),
        D.details(
            "white white white white white white white white white white white white white white white white white"
            " white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurta Sets",
        color="Navy Blue",
        title="Jaipur Kurti Women Navy Blue Printed Kurta with Trousers",
    ),
    # Photo: woman in light blue high-rise skinny jeans (clean look, no rips), black crop top, white sneakers.
    # caption, color, garment_type, description, details: base; wearing: cap3.
    case(
        "MYN-82-W16",
        caption("a woman in a black top and blue jeans"),
        D.color("black", "other_garment_color"),
        D.garment_type("jeans"),
        D.description("light blue skinny jeans with a high waist and ripped knees", "unsupported"),
        D.details("they are jeans", "non_answer"),
        D.wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a"
            " round neckline. The lady wears",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Jeans",
        color="Blue",
        title="Roadster Women Blue Skinny Fit High-Rise Clean Look Jeans",
    ),
    # Photo: woman in a light pink t-shirt printed "BE KIND" in black letters, denim shorts, white background.
    # caption, wearing, color, pattern, sleeve_length, description, material: base.
    case(
        "MYN-82-W17",
        caption("a woman in a pink t-shirt with the words be kind on it"),
        D.wearing("he is wearing a pink t-shirt and shorts", "pronoun"),
        D.color("pink"),
        D.pattern("letters"),
        D.sleeve_length("short"),
        D.description("a pink t-shirt with a picture of a cat on it", "unsupported"),
        D.material("unknown", "non_answer"),
        gender="Women",
        category="Tshirts",
        color="Pink",
        title="Roadster Women Pink Typography Printed Round Neck T-shirt",
    ),
    # Photo: woman in maroon ankle-length leggings (no pockets, elastic waist) under a short white printed kurti.
    # caption, garment_type, color, details, description: base; material: vqa.
    case(
        "MYN-82-W18",
        caption("a woman wearing white top and red leggings"),
        D.garment_type("leggings"),
        D.color("white", "other_garment_color"),
        D.details("it has two side pockets and a drawstring", "unsupported"),
        D.description("they are leggings", "non_answer"),
        D.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton"
            " cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Leggings",
        color="Maroon",
        title="Go Colors Women Maroon Solid Ankle-Length Leggings",
    ),
    # Photo: woman in a red lehenga with heavy gold embroidery, red choli, red net dupatta, gold jewellery.
    # caption, garment_type, color, pattern, details: base; wearing: cap3; description: vqa.
    case(
        "MYN-82-W19",
        caption("a woman in a red and gold lehenga"),
        D.garment_type("lehenga"),
        D.color("red"),
        D.pattern("embroidered"),
        D.wearing(
            "The lady is wearing a sleeveless tank top with graphic patterns. The tank top is with cotton fabric. The"
            " lady wears a long skirt. The skirt is with",
            "cut",
            hit_limit=True,
        ),
        D.description("lehenga choli Question: What is the color of the lehenga? Answer: red", "leak"),
        D.details("the details of the garment", "restated"),
        gender="Women",
        category="Lehenga Choli",
        color="Red",
        title="Fusionic Red & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
    ),
    # Photo: woman in a black-and-white gingham A-line mini skirt, white t-shirt tucked in, white sneakers.
    # caption: cap3; color, pattern, wearing, material: base; details: vqa.
    case(
        "MYN-82-W20",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a"
            " round neckline. The lady wears a short skirt. The skirt is with cotton fabric and lattice",
            "cut",
            hit_limit=True,
        ),
        D.color("black and white"),
        D.pattern("plaid"),
        D.wearing("a white shirt tucked into a plaid skirt"),
        D.details(
            "The skirt is short. The skirt is short. The skirt is short. The skirt is short. The skirt is short. The",
            "loop",
            hit_limit=True,
        ),
        D.material("i'm not sure", "non_answer"),
        gender="Women",
        category="Skirts",
        color="Black",
        title="SASSAFRAS Women Black & White Checked A-Line Mini Skirt",
    ),
    # Photo: woman in cream flared palazzos (elastic waist, no belt, no pockets) with an olive green kurta.
    # caption: cap3; garment_type, color, wearing, description, material, details: base.
    case(
        "MYN-82-W21",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It "
            "has a"
            " round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color"
            " patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("pants"),
        D.color("green", "other_garment_color"),
        D.wearing("a green kurta and white palazzo"),
        D.description("wide leg pants with a belt and side pockets", "unsupported"),
        D.material("rayon"),
        D.details("the pants have an elasticated waist and", "cut"),
        gender="Women",
        category="Palazzos",
        color="Cream",
        title="Libas Women Cream-Coloured Solid Flared Palazzos",
    ),
    # ----------------------------------------------------------------- kids
    # Photo: boy in a red short-sleeve t-shirt with a green dinosaur print, blue denim shorts.
    # caption, wearing, color, pattern, sleeve_length, material: base; details: cap3.
    case(
        "MYN-82-K01",
        caption("a young boy wearing a red t-shirt with a dinosaur on it"),
        D.wearing("she is wearing a red shirt and shorts", "pronoun"),
        D.color("orange", "contradiction"),
        D.pattern("graphic"),
        D.sleeve_length("short"),
        D.details(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has"
            " a round neckline. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        D.material("no", "non_answer"),
        gender="Boys",
        category="Tshirts",
        color="Red",
        title="YK Boys Red Printed Round Neck T-shirt",
    ),
    # Photo: product shot, no person: a plain yellow polo t-shirt laid flat on a white background.
    # No colour or title in the seller's row. caption, wearing, garment_type, color, material: base;
    # description, details: vqa.
    case(
        "MYN-82-K02",
        caption("a yellow polo shirt on a white background"),
        D.wearing("there is no person in the picture"),
        D.garment_type("polo shirt"),
        D.color("yellow"),
        D.description(
            "yellow polo shirt yellow polo shirt yellow polo shirt yellow polo shirt yellow polo shirt yellow polo"
            " shirt yellow polo shirt",
            "loop",
            hit_limit=True,
        ),
        D.details("polo shirt Question: What is the color of the polo shirt? Answer: yellow", "leak"),
        D.material("cotton"),
        gender="Boys",
        category="Tshirts",
    ),
    # Photo: girl in a sleeveless pink fit-and-flare dress with white flowers (no bow, no sequins), white shoes,
    # in a garden with green hedges. caption: cap3 (ended on a full sentence); wearing, color, pattern,
    # sleeve_length, details, material: base.
    case(
        "MYN-82-K03",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. It has a round"
            " neckline."
        ),
        D.wearing("a pink dress"),
        D.color("green", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("sleeveless"),
        D.details("it has a bow at the back and a sequin collar", "unsupported"),
        D.material("the material is the material of the dress", "restated"),
        gender="Girls",
        category="Dresses",
        color="Pink",
        title="Hola Bonita Girls Pink & White Floral Fit and Flare Dress",
    ),
    # Photo: toddler boy in a blue printed t-shirt and grey shorts (the set), white background.
    # caption, garment_type, color, description: base; wearing: cap3; material: vqa.
    case(
        "MYN-82-K04",
        caption("a little boy wearing a blue shirt and grey shorts"),
        D.garment_type("t-shirt"),
        D.color("blue"),
        D.wearing(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The gentleman wears a short-sleeve"
            " T-shirt with graphic patterns. The gentleman",
            "loop",
            hit_limit=True,
        ),
        D.description("blue t-shirt and grey shorts with a", "cut"),
        D.material(
            "cotton Question: What is the boy wearing? Answer: a t-shirt and shorts Question: What is the",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        category="Clothing Set",
        color="Blue",
        title="Babyhug Boys Blue & Grey Printed T-shirt with Shorts",
    ),
    # Photo: girl in a yellow lehenga with a green blouse and a pink dupatta, gota border, studio.
    # caption, color, garment_type, wearing, material: base; details: vqa; description: cap1.
    case(
        "MYN-82-K05",
        caption("a little girl in a yellow and green lehenga"),
        D.color("yellow"),
        D.garment_type("lehenga"),
        D.wearing("he is wearing a yellow dress", "pronoun"),
        D.details(
            "The lehenga has gota patti work on the border. Question: What is the color of the dupatta? Answer: pink",
            "leak",
            hit_limit=True,
        ),
        D.material("nothing", "non_answer"),
        D.description(
            "The lady wears a long skirt. The skirt is with silk fabric. The lady wears a long skirt. The skirt is with"
            " silk fabric. The",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        category="Lehenga Choli",
        color="Yellow",
        title="Bitiya by Bhama Girls Yellow & Green Ready to Wear Lehenga & Blouse with Dupatta",
    ),
    # Photo: boy in a navy-and-red checked long-sleeve shirt with one chest pocket, khaki pants.
    # No base colour in the row. caption: cap3 (ended on a full sentence); wearing, color, pattern, details,
    # material: base.
    case(
        "MYN-82-K06",
        caption(
            "The gentleman is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and "
            "its"
            " neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color"
            " patterns."
        ),
        D.wearing("a plaid shirt and khaki pants"),
        D.color("blue"),
        D.pattern("checked"),
        D.details("it is a shirt", "non_answer"),
        D.material("the material of the shirt", "restated"),
        gender="Boys",
        category="Shirts",
        title="Allen Solly Junior Boys Navy Blue Checked Casual Shirt",
    ),
]
