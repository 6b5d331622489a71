"""BLIND_44 (44 products; school uniforms and partywear for children in India and the UK, the experiments re-run):
written blind in the sixteenth session. Measured blind at c45e3fa: 117/140 and 15/146. The writer's notes, verbatim:

Blind corpus 44: kids' and teens' school uniforms and partywear (India and UK), BLIP-2 OPT-2.7b outputs.

Scenario: the original experiments' models re-run on a children's catalog of school uniforms and partywear sold
in India and the UK. The products are school shirts and blouses, pinafores, blazers, ties, V-neck sweaters and
cardigans, grey and black trousers, skirts, party frocks, lehenga cholis for girls, and sherwanis, kurta pyjama sets
and party suits for boys. Photos are model shots of children (aged about 3 to 16) and flat lays or product shots
without a person. Catalog columns: gender (Boys, Girls), category, color, title, in the seller's own words. Some
products lack a column (no gender on one tie and one pair of trousers, no title on one pinafore).

Which system wrote which text (named in the comment above each case):
- base: the untuned Salesforce/blip2-opt-2.7b (8-bit). Short answers that stop at a newline; one color for every
  garment, wrong pronouns, colors of walls and backdrops, invented details; it echoes a pronoun put in the prompt.
- caption-ep1 / caption-ep3: the LoRA caption adapters (Data2_V2 ..._First_Epoch, epoch 1, and ..._Caption,
  epoch 3). They write DeepFashion-MultiModal templates ("The lady wears a short-sleeve shirt with pure color
  patterns. The shirt is with cotton fabric ...") for every prompt, never stop, so they loop or are cut at the limit.
- vqa: the LoRA VQA adapter (Data3_V3_BLIP2_VQA). In-shop class names and single colors for every prompt, loops of
  one word, and, with no end-of-answer token trained, continues with the next "Question: ... Answer:".
- extractive: the third experiment, caption by caption-ep3, then mdeberta-v3-base-squad2 over that caption; its
  answers are spans of the caption, or empty when it finds none.
- Closed questions (garment_type, color, pattern, sleeve_length, is_a, color_of with kind closed) hold the candidate
  the engine ranked first (base model scores); color_of with kind="open" is free generation.

How it was written: blind. I read only /work/shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the
Case/Text layout, makers, questionnaires, TARGETS). No audit code, other corpus, docs or history was opened. The
photos are imagined and described in the comment above each case; every label was judged against that comment.

Label conventions and judgement calls:
- One label per text, the most salient failure. A text that ends mid-phrase at the token limit is "cut", unless it
  repeats itself (then "loop") or continues with "Question:"/"Answer:" (then "leak"); loops and leaks that run to the
  limit carry hit_limit=True as well. A few cut texts stop before the limit (hit_limit=False).
- A caption template returned for a question is labelled by what is wrong with it: cut when it runs to the limit,
  loop when it repeats. The extractive pipeline's empty string, "yes"/"no" to an open question, "I don't know", and
  answers that only give the question's words back ("they are shorts") are non_answer; a color or class name given
  for the material question is non_answer too (it says nothing about material).
- Two products ask the experiments' second details question, "What are the shorts details?", under its own id
  (details_shorts) beside the shirt's details.
- restated: verbose echoes of the question ("the details of the pants are that they are pants").
- other_garment_color: the product (or the asked garment) given the color of another garment in the same photo that
  another text names (white of the shirt for a tie or blazer, grey of the trousers for the shirt, the sherwani's
  maroon for gold churidar). A color taken from a wall, backdrop, Christmas tree or lights, or a color of nothing in
  the photo, is contradiction; so is a wrong garment type, a wrong yes/no garment answer, a sleeve length given for a
  sleeveless pinafore (the shirt's sleeves) or for an accessory, and calling a tie an upper clothing with a neckline.
- Near-color synonyms are correct: navy/dark blue/blue, maroon/burgundy/red, bottle green/dark green/green,
  peach/pink, lilac/purple, teal/turquoise/blue, cream/white, sky blue/light blue, charcoal/dark grey, mustard/yellow.
  Black for a mid-grey garment is wrong.
- Patterned garments: "navy and red" for tartan, "red and yellow" for maroon-and-gold stripes, "lattice" for gingham
  check (the DeepFashion word), "embroidered"/"printed" for embellished partywear are correct; trim stripes on a
  sweater do not make it striped, so "solid" is correct there.
- Layers: an answer or caption that names the outer layer (sweater over the shirt) correctly is correct as a
  description of the photo; answering the product questions (type, color) with the outer layer is a failure.
- Backgrounds, walls, balloons, garlands named in captions are correct when present in the photo.
- Ethnic garments: kurta/kameez called "shirt" or "kurta", sherwani called "coat" or "jacket", lehenga called
  "lehenga" or "long skirt", pinafore called "dress" are correct; "gentleman"/"lady"/"man" for a boy/girl with the
  right gender is correct (not a pronoun failure).
- Material: a single plausible fiber or fabric seen in the photo (cotton shirt, knit/wool sweater, velvet, tulle,
  net, satin) is correct; percentages, blends, coatings, linings, washing or ironing claims are unsupported.
- unsupported: details not in the photo (a dupatta, headband, pocket square, bow on an unseen back, printed words,
  gold buttons where they are navy, a person on a flat lay in the caption template).
- pronoun: he/his for Girls, she/her for Boys, in the text itself (also when the prompt put the wrong pronoun and
  the model echoed it). Pronoun failures only on products with a gender column.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, describe, details, is_a, question, wearing

# the experiments' second details question, "What are the shorts details?" (its own id, beside the shirt's)
shorts_details = question("details_shorts", "What are the shorts details?", "open")

BLIND_44: list[Case] = [
    # 1. Model photo: boy about 9 in a white short-sleeve school shirt tucked into grey shorts, pale blue wall.
    # caption: caption-ep3; wearing, colors, details(shorts): base; details(shirt): caption-ep3.
    case(
        "K44-SS-101",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears shorts. The shorts are with cotton fabric and pure color "
            "patterns."
        ),
        wearing("a white shirt and grey shorts", who="he"),
        color_of("shirt", "white", kind="open"),
        color_of("shorts", "grey", kind="open"),
        details(
            "shirt",
            "The shirt is with cotton fabric and its neckline is lapel. The shirt is with cotton fabric and its "
            "neckline is lapel. The shirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        shorts_details("they are short", "non_answer"),
        gender="Boys",
        category="School Shirts",
        color="White",
        title="Boys Short Sleeve School Shirt Twin Pack",
    ),
    # 2. Flat lay, no person: girls' white long-sleeve blouse with a Peter Pan collar on a wooden table.
    # caption, wearing, closed answers, material: base; description: caption-ep1; details: base.
    case(
        "K44-SS-102",
        caption("a white shirt laid out on a wooden table"),
        D.wearing("a white blouse"),
        D.garment_type("blouse"),
        D.color("white"),
        D.description(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a round neckline "
            "with a rounded collar and the buttons are on the",
            "cut",
            hit_limit=True,
        ),
        D.details("the details of the garment are the details of the blouse", "restated"),
        D.material("cotton"),
        gender="Girls",
        category="School Blouses",
        color="White",
        title="Girls Peter Pan Collar Long Sleeve Blouse",
    ),
    # 3. Model photo: girl about 7 in a sleeveless bottle-green box-pleat pinafore over a white long-sleeve shirt,
    # white socks, black shoes, plain grey studio background.
    # caption, closed answers: base; color_of(dress) open and material: vqa.
    case(
        "K44-PIN-201",
        caption("a little girl in a green school uniform standing in front of a grey background"),
        B.garment_type("dress"),
        B.color("green"),
        B.sleeve_length("long", "contradiction"),  # the shirt's sleeves; the pinafore is sleeveless
        is_a("dress", "yes"),
        color_of("dress", "white", "other_garment_color", kind="open"),
        B.material(
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        category="Pinafores",
        color="Bottle Green",
        title="Girls Box Pleat Pinafore Dress - Bottle Green",
    ),
    # 4. Flat lay, no person: navy and red tartan pinafore with button straps and a pleated skirt, white background.
    # caption: caption-ep3 (invents a wearer); everything else: base.
    case(
        "K44-PIN-202",
        caption(
            "The lady wears a sleeveless dress with lattice patterns. The dress is with cotton fabric. It has a "
            "square neckline.",
            "unsupported",
        ),
        color_of("dress", "navy and red", kind="open"),
        describe(
            "dress",
            "a plaid dress with straps and buttons on the front and a pleated skirt that goes down to the knees and "
            "the straps go over the",
            "cut",
            hit_limit=True,
        ),
        details("dress", "the dress details are the details on the dress", "restated"),
        is_a("skirt", "no"),
        wearing("a plaid dress", who="she"),
        gender="Girls",
        category="Pinafores",
        color="Navy/Red Tartan",
        title="Tartan Pinafore with Adjustable Straps",
    ),
    # 5. Model photo outdoors: boy about 12 in a navy blazer (navy plastic buttons, empty badge pocket with nothing
    # sewn on) over a white shirt, navy-and-gold striped tie, grey trousers, in front of a brick wall.
    # caption, wearing, closed answers, details, material: base; description: caption-ep3; color_of(blazer): vqa.
    case(
        "K44-BLZ-301",
        caption("a young boy in a school uniform standing in front of a brick wall"),
        D.wearing("a blazer, shirt and tie"),
        D.garment_type("blazer"),
        D.color("black", "contradiction"),
        color_of("blazer", "white", "other_garment_color", kind="open"),  # vqa: the shirt's white
        D.description(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        D.details("gold buttons and a badge on the pocket", "unsupported"),
        D.material("100% wool", "unsupported"),
        gender="Boys",
        category="Blazers",
        color="Navy",
        title="Boys Classic School Blazer with Badge Pocket",
    ),
    # 6. Product shot, no person: girls' bottle-green blazer with gold piping on the lapels, white background.
    # caption: caption-ep1; color, wearing: base; describe: caption-ep3; details: vqa; is_a: closed.
    case(
        "K44-BLZ-302",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. "
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. "
            "The upper clothing has long sleeves,",
            "loop",
            hit_limit=True,
        ),
        color_of("blazer", "dark green", kind="open"),
        is_a("blazer", "yes"),
        describe(
            "blazer",
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and its "
            "neckline is lapel. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        details("blazer", "blazer", "non_answer"),
        wearing("she is wearing a green blazer", who="she"),
        gender="Girls",
        category="Blazers",
        color="Green",
        title="Girls Piped Blazer",
    ),
    # 7. Model photo cropped to the chest: boy in a white shirt wearing a maroon-and-gold diagonal striped tie.
    # caption, material, color_of open: base; closed answers ranked.
    case(
        "K44-TIE-401",
        caption("a close up of a boy wearing a white shirt and a striped tie"),
        B.garment_type("tie"),
        B.color("white", "other_garment_color"),
        B.pattern("striped"),
        B.sleeve_length("long", "contradiction"),  # an accessory; the sleeves are the shirt's
        color_of("tie", "red and yellow", kind="open"),
        B.material("polyester"),
        gender="Boys",
        category="Ties",
        color="Maroon/Gold",
        title="Striped School Tie (Elastic)",
    ),
    # 8. Product shot, no person: navy clip-on tie with thin sky-blue stripes on a white background. No gender.
    # caption: caption-ep3; color, describe, details: base; is_a: vqa (free generation).
    case(
        "K44-TIE-402",
        caption(
            "The upper clothing has no sleeves, cotton fabric and striped patterns. It has a v-shape neckline.",
            "contradiction",
        ),
        color_of("tie", "blue", kind="open"),
        describe("tie", "a navy blue tie with light blue stripes"),
        details(
            "tie",
            "the tie is a clip on tie with a clip on tie with a clip on tie with a clip on tie with a clip on tie "
            "with a clip",
            "loop",
            hit_limit=True,
        ),
        is_a(
            "tie",
            "yes Question: Is this a bow tie? Answer: no Question: Is this a clip on tie? Answer: yes Question: "
            "What is the color of the",
            "leak",
            hit_limit=True,
        ),
        category="Ties",
        color="Navy",
        title="Clip-On Tie Navy/Sky",
    ),
    # 9. Model photo: boy sitting at a classroom desk in a grey V-neck sweater with maroon stripes on the neck
    # trim, over a white shirt and maroon tie, black trousers.
    # caption, wearing, closed, description, material: base; details: caption-ep1.
    case(
        "K44-SWT-501",
        caption("a boy wearing a grey sweater and a red tie sitting in a classroom"),
        D.wearing("a sweater and tie Question: What is the color of the sweater? Answer: grey", "leak"),
        D.color("grey"),
        D.pattern("solid"),
        D.description("a grey sweater with a v-neck and a red stripe"),
        D.details(
            "The upper clothing has long sleeves, wool fabric and pure color patterns. It has a v-shape neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color",
            "cut",
            hit_limit=True,
        ),
        D.material("the garment is made of the material of a sweater", "restated"),
        gender="Boys",
        category="Sweaters",
        color="Grey",
        title="V-Neck School Jumper with Striped Trim",
    ),
    # 10. Flat lay, no person: girls' navy knitted cardigan with white buttons and ribbed cuffs, grey background.
    # caption, wearing, color(sweater), details: base; color(cardigan): vqa; describe: caption-ep3.
    case(
        "K44-SWT-502",
        caption("a navy blue cardigan on a grey background"),
        wearing("he is wearing a blue cardigan", "pronoun"),
        color_of("cardigan", "navy", kind="open"),
        color_of("sweater", "i don't know", "non_answer", kind="open"),
        describe(
            "cardigan",
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with cotton fabric and "
            "its neckline is v-shape. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        details("cardigan", "it has buttons down the front and ribbed cuffs"),
        gender="Girls",
        category="Cardigans",
        color="Navy Blue",
        title="Girls Knitted School Cardigan",
    ),
    # 11. Model photo, white studio: boy in a white shirt tucked into mid-grey school trousers, black belt, shoes.
    # caption, wearing, colors, details: base; describe: caption-ep3.
    case(
        "K44-TRS-601",
        caption("a boy in a white shirt and grey pants"),
        wearing("a white shirt and gray pants", who="he"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        color_of("shirt", "white", kind="open"),
        describe(
            "pants",
            "The pants this gentleman wears is of long length. The pants are with cotton fabric and pure color "
            "patterns. The pants this gentleman wears is of long length. The pants are with",
            "loop",
            hit_limit=True,
        ),
        details("pants", "they are pants", "non_answer"),
        gender="Boys",
        category="Trousers",
        color="Grey",
        title="Boys Slim Fit School Trousers",
    ),
    # 12. Flat lay, no person: girls' mid-grey straight-leg trousers, folded, white background.
    # caption: caption-ep1; closed answers ranked; material: vqa.
    case(
        "K44-TRS-602",
        caption("The lower clothing is of long length. The fabric is cotton and it has pure color patterns."),
        B.garment_type("pants"),
        B.color("dark grey"),
        B.material("gray", "non_answer"),
        is_a("pants", "yes"),
        color_of("pants", "black", "contradiction"),
        gender="Girls",
        category="Trousers",
        color="Mid Grey",
        title="Girls Straight Leg Trousers",
    ),
    # 13. Model photo: girl about 6 in a sleeveless peach tulle frock with a sequinned bodice (front view), in a
    # room decorated with balloons.
    # caption, wearing, closed, details, material: base; description: caption-ep3.
    case(
        "K44-PTY-701",
        caption("a little girl in a pink dress standing in front of balloons"),
        D.wearing("he is wearing a pink dress with a tutu", "pronoun"),
        D.color("peach"),
        D.pattern("embellished"),
        D.description(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is round. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.details("sequins on the top and a big bow on the back", "unsupported"),
        D.material("tulle"),
        gender="Girls",
        category="Party Dresses",
        color="Peach",
        title="Sequin Bodice Tulle Party Frock",
    ),
    # 14. Model photo: girl on a staircase in a royal-blue satin frock with short puff sleeves and a belt of
    # fabric flowers at the waist.
    # caption: caption-ep1; wearing, color, describe: base; details, is_a: vqa.
    case(
        "K44-PTY-702",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with other fabric and its "
            "neckline is round. There is an accessory on her waist."
        ),
        wearing(
            "a blue dress Question: What is the color of the dress? Answer: blue Question: What is the color of the",
            "leak",
            who="she",
            hit_limit=True,
        ),
        color_of("dress", "blue", kind="open"),
        describe("dress", "a blue dress with a flower"),
        details(
            "dress",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue",
            "loop",
            hit_limit=True,
        ),
        is_a(
            "dress",
            "yes, it is a dress. Question: Is this a skirt? Answer: no. Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        gender="Girls",
        category="Party Dresses",
        color="Royal Blue",
        title="Satin Puff Sleeve Frock with Flower Belt",
    ),
    # 15. Model photo: girl about 10 in a rani-pink lehenga with a gold zari border, a short-sleeve mustard choli
    # and a pink dupatta over one shoulder, in front of an orange marigold garland backdrop.
    # caption, wearing, closed, description, material: base; details: caption-ep3.
    case(
        "K44-LEH-801",
        caption("a young girl in a pink and gold indian dress"),
        D.wearing("a pink and yellow lehenga"),
        D.garment_type("lehenga"),
        D.color("orange", "contradiction"),  # the marigold backdrop
        D.description("a pink lehenga with gold embroidery and a yellow blouse"),
        D.details(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long skirt. The",
            "cut",
            hit_limit=True,
        ),
        D.material("silk"),
        gender="Girls",
        category="Lehenga Choli",
        color="Rani Pink",
        title="Girls Embroidered Lehenga Choli with Dupatta",
    ),
    # 16. Model photo in a garden: girl about 14 in an emerald-green sequinned net lehenga with a sleeveless green
    # choli; no dupatta.
    # caption, wearing: caption-ep3; details: extractive (empty); the rest: base.
    case(
        "K44-LEH-802",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with chiffon fabric. The lady "
            "wears a long skirt. The skirt is with chiffon fabric and graphic patterns. There is an accessory on her "
            "wrist. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with chiffon fabric. The lady wears "
            "a long skirt. The skirt is with chiffon",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of("skirt", "green", kind="open"),
        color_of("blouse", "green", kind="open"),
        describe("lehenga", "it is a green lehenga with a dupatta", "unsupported"),
        details("lehenga", "", "non_answer"),
        gender="Girls",
        category="Lehenga Choli",
        color="Emerald Green",
        title="Teen Sequin Net Lehenga Set",
    ),
    # 17. Model photo: boy about 8 in a cream sherwani with gold embroidery at the collar, white churidar, maroon
    # stole, in front of a beige curtain.
    # caption, wearing, closed, details, material: base; description: caption-ep3.
    case(
        "K44-SHW-901",
        caption("a young boy in a white indian wedding outfit"),
        D.wearing("she is wearing a white sherwani", "pronoun"),
        D.garment_type("sherwani"),
        D.color("cream"),
        D.description(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric and its "
            "neckline is stand. The gentleman wears long pants. The",
            "cut",
            hit_limit=True,
        ),
        D.details("gold embroidery on the collar and buttons"),
        D.material("the material of the garment is the material of the garment", "restated"),
        gender="Boys",
        category="Sherwani",
        color="Cream",
        title="Boys Embroidered Sherwani with Churidar & Stole",
    ),
    # 18. Model photo: boy about 15 in a maroon velvet sherwani with gold buttons, gold churidar and an orange
    # safa (turban), in front of a palace-style arch.
    # caption, wearing, colors, details: base; describe: vqa; is_a: closed.
    case(
        "K44-SHW-902",
        caption("a man in a red indian wedding outfit with a turban"),
        wearing("a red sherwani and a turban", who="he"),
        color_of("coat", "burgundy", kind="open"),
        color_of("pants", "maroon", "other_garment_color", kind="open"),
        describe(
            "sherwani",
            "jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat",
            "loop",
            hit_limit=True,
        ),
        details(
            "sherwani",
            "gold buttons down the front, a high stand collar and long straight sleeves, and the sherwani is worn with "
            "gold churidar and an orange",
            "cut",
            hit_limit=True,
        ),
        is_a("sherwani", "no", "contradiction"),
        gender="Boys",
        category="Sherwani",
        color="Maroon",
        title="Teen Velvet Sherwani Set with Safa",
    ),
    # 19. Model photo, white background: barefoot boy about 5 in a plain sky-blue cotton kurta and white pyjama.
    # caption, material, colors: base; closed answers ranked.
    case(
        "K44-KP-1001",
        caption("a little boy in a blue kurta and white pants"),
        B.garment_type("kurta"),
        B.color("light blue"),
        B.material("cotton Question: What is the color of the kurta? Answer: blue", "leak"),
        color_of("pants", "white", kind="open"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        gender="Boys",
        category="Kurta Pyjama Set",
        color="Sky Blue",
        title="Boys Cotton Kurta Pyjama Set",
    ),
    # 20. Model photo: boy about 13 sitting on stone steps in a mustard kurta with a small paisley print, mandarin
    # collar and front buttons, and a cream pyjama.
    # caption, details: caption-ep1; wearing: caption-ep3; color(kurta): extractive (empty); the rest: base.
    case(
        "K44-KP-1002",
        caption(
            "The gentleman wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "stand neckline. The gentleman wears long pants. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        wearing(
            "The gentleman wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "stand neckline. The gentleman wears",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("kurta", "", "non_answer", kind="open"),
        describe("kurta", "a yellow kurta with a paisley print"),
        details(
            "kurta",
            "The shirt is with cotton fabric. It has a stand neckline. The gentleman wears long pants. The pants are "
            "with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "cream", kind="open"),
        gender="Boys",
        category="Kurta Pyjama Set",
        color="Mustard",
        title="Printed Festive Kurta Pyjama",
    ),
    # 21. Model photo: girl in a long-sleeve red velvet dress with a white lace collar, in front of a decorated
    # green Christmas tree.
    # all base.
    case(
        "K44-PTY-703",
        caption("a little girl in a red dress in front of a christmas tree"),
        D.wearing("he is wearing a red dress with a white collar", "pronoun"),
        D.color("green", "contradiction"),  # the tree
        D.description(
            "a red velvet dress with a white lace collar and a red bow and a red bow and a red bow and a red bow and "
            "a red bow and a",
            "loop",
            hit_limit=True,
        ),
        D.details("Answer: a white lace collar", "leak"),
        D.material("velvet"),
        gender="Girls",
        category="Party Dresses",
        color="Red",
        title="Girls Velvet Christmas Party Dress",
    ),
    # 22. Flat lay, no person: boys' light-blue long-sleeve school shirt, folded with a cardboard collar insert, on
    # a white background.
    # caption: caption-ep3; wearing, color, details: vqa; describe: extractive; material: base; is_a: closed.
    case(
        "K44-SS-103",
        caption("The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline."),
        wearing("shirt", who="he"),
        color_of("shirt", "blue", kind="open"),
        describe("shirt", "long sleeves, cotton fabric and pure", "cut"),  # a span of the caption, cut before the limit
        details(
            "shirt",
            "Answer: blue Question: What are the shirt details? Answer: blue Question: What are the shirt details? "
            "Answer: blue",
            "leak",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        B.material("100% cotton, non-iron", "unsupported"),
        gender="Boys",
        category="School Shirts",
        color="Blue",
        title="Boys Long Sleeve Non-Iron Shirt 2 Pack",
    ),
    # 23. Model photo: girl about 8 on a school playground in a blue-and-white gingham summer dress with short
    # sleeves and a white collar.
    # caption, wearing, material: base; closed answers ranked.
    case(
        "K44-SUM-205",
        caption("a little girl in a blue and white checkered dress standing on a playground"),
        wearing("he is wearing a blue and white dress", "pronoun"),
        B.garment_type("dress"),
        B.color("blue"),
        B.pattern("lattice"),
        B.material("i don't know", "non_answer"),
        gender="Girls",
        category="Summer Dresses",
        color="Blue Gingham",
        title="Gingham Check School Summer Dress",
    ),
    # 24. Model photo at a wedding venue: boy about 4 in a four-piece suit: navy waistcoat (four buttons, two welt
    # pockets), white shirt, navy bow tie, grey trousers, black shoes. No pocket square.
    # all base.
    case(
        "K44-PTY-704",
        caption("a little boy in a suit and bow tie"),
        wearing("she is wearing a vest and bow tie", "pronoun"),
        color_of("vest", "navy blue", kind="open"),
        color_of("shirt", "navy blue", "other_garment_color", kind="open"),
        color_of("pants", "navy blue", "other_garment_color", kind="open"),
        describe(
            "vest",
            "a navy blue vest with four buttons, two welt pockets and a matching navy blue bow tie, worn over a white "
            "shirt with grey trousers and black",
            "cut",
            hit_limit=True,
        ),
        details("vest", "the vest has four buttons and two pockets with a pocket square", "unsupported"),
        gender="Boys",
        category="Party Suits",
        color="Navy",
        title="Boys 4 Piece Waistcoat Suit with Bow Tie",
    ),
    # 25. Flat lay, no person: girls' sleeveless lilac layered net frock with a butterfly print, pink background.
    # caption, wearing, closed, details, material: base; description: caption-ep1.
    case(
        "K44-PTY-705",
        caption("a purple dress with butterflies on a pink background"),
        D.wearing("a purple dress"),
        D.color("pink", "contradiction"),  # the background
        D.pattern("printed"),
        D.description(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with chiffon fabric and its "
            "neckline is round. The lady wears a sleeveless dress with graphic patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        D.details("the details of the garment are that it is a garment with details", "restated"),
        D.material("net"),
        gender="Girls",
        category="Party Dresses",
        color="Lilac",
        title="Butterfly Print Layered Frock",
    ),
    # 26. Model photo at a school gate: girl in a white short-sleeve revere-collar blouse and a short navy skirt.
    # every text: caption-ep3 (the caption template for every prompt).
    case(
        "K44-SS-104",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a short skirt. The skirt is with cotton fabric and pure color "
            "patterns."
        ),
        wearing(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears",
            "cut",
            kind="open",
            hit_limit=True,
        ),
        color_of(
            "skirt",
            "The lady wears a short skirt. The skirt is with cotton fabric and pure color patterns. The lady wears a "
            "short skirt. The skirt is with cotton",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe(
            "shirt",
            "The shirt is with cotton fabric and its neckline is lapel. The lady wears a short skirt. The skirt is "
            "with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        details(
            "shirt",
            "The shirt is with cotton fabric and its neckline is lapel. The shirt is with cotton fabric and its "
            "neckline is lapel. The shirt is with",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        category="School Blouses",
        color="White",
        title="Girls Revere Collar Blouse",
    ),
    # 27. Model photo, white background: girl in a bottle-green V-neck jumper over a white polo shirt, grey pleated
    # skirt.
    # every text: vqa (is_a closed).
    case(
        "K44-SWT-503",
        caption(
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green green green",
            "loop",
            hit_limit=True,
        ),
        wearing("sweater", who="she"),
        color_of("sweater", "green", kind="open"),
        color_of("skirt", "green", "other_garment_color", kind="open"),
        describe(
            "sweater",
            "sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater "
            "sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater",
            "loop",
            hit_limit=True,
        ),
        details("sweater", "yes", "non_answer"),
        is_a("sweater", "yes"),
        gender="Girls",
        category="Sweaters",
        color="Bottle Green",
        title="Girls V Neck Jumper",
    ),
    # 28. Model photo in a school corridor: boy about 10 in a maroon blazer with an embroidered crest (a shield,
    # no lettering) on the breast pocket, white shirt, grey trousers.
    # all base: one color for every garment.
    case(
        "K44-BLZ-303",
        caption("a boy in a red blazer and grey pants standing in a hallway"),
        wearing("a red jacket, white shirt and grey pants", who="he"),
        color_of("jacket", "red", kind="open"),
        color_of("shirt", "red", "other_garment_color", kind="open"),
        color_of("pants", "red", "other_garment_color", kind="open"),
        describe("jacket", "a red jacket with a badge on the pocket"),
        details(
            "jacket",
            "the jacket has a badge on the pocket and the badge has a crown on it and the words st. mary's school",
            "unsupported",
        ),
        gender="Boys",
        category="Blazers",
        color="Maroon",
        title="Boys School Blazer with Embroidered Crest",
    ),
    # 29. Flat lay, no person: girls' grey permanent-pleat skirt on a white background.
    # caption, color_of open: base; material: vqa; closed answers ranked.
    case(
        "K44-SKT-1101",
        caption("a grey pleated skirt on a white background"),
        B.garment_type("skirt"),
        B.color("white", "contradiction"),  # the background
        B.pattern("solid"),
        B.material(
            "skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt "
            "skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "yes", "contradiction"),
        color_of("skirt", "gray", kind="open"),
        gender="Girls",
        category="Skirts",
        color="Grey",
        title="Girls Permanent Pleat Skirt",
    ),
    # 30. Model photo on a lawn: girl about 3 in a white net frock with cap sleeves and red rose appliques; no
    # headband, no hair accessory.
    # caption: caption-ep1; the rest: base.
    case(
        "K44-PTY-706",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is round. The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon "
            "fabric and its neckline",
            "loop",
            hit_limit=True,
        ),
        wearing("a white dress with red flowers", who="the girl"),
        color_of("dress", "red", "contradiction", kind="open"),
        describe("dress", "a white dress with red roses and a matching headband", "unsupported"),
        details("dress", "red roses"),
        gender="Girls",
        category="Party Dresses",
        color="White",
        title="Rose Applique Net Frock",
    ),
    # 31. Model photo: girl about 6 in a yellow lehenga choli (sleeveless choli) with multicolor mirror work.
    # caption, closed answers, material: base; wearing, description, details: caption-ep3.
    case(
        "K44-LEH-803",
        caption("a little girl in a yellow dress with colorful embroidery"),
        D.wearing(
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is with cotton fabric and its "
            "neckline is round. The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.color("yellow"),
        D.description(
            "The lady wears a long skirt. The skirt is with cotton fabric and graphic patterns. The lady wears a "
            "long skirt. The skirt is with",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "The skirt is with cotton fabric and graphic patterns. There is an accessory on her wrist. There is an "
            "accessory on her wrist. There is",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Girls",
        category="Lehenga Choli",
        color="Yellow",
        title="Mirror Work Lehenga Choli for Girls",
    ),
    # 32. Model photo, grey studio: boy about 16 in a black blazer, white shirt, purple tie, black trousers.
    # caption: base; open answers: vqa; closed answers ranked.
    case(
        "K44-BLZ-304",
        caption("a young man in a black suit and purple tie"),
        D.wearing(
            "suit Question: What is the color of the suit? Answer: black Question: What is the color of the tie? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("blazer"),
        D.color("black"),
        D.description(
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        D.details("Answer: black", "leak"),
        D.material("purple", "non_answer"),
        gender="Boys",
        category="Blazers",
        color="Black",
        title="Senior Boys Black Blazer",
    ),
    # 33. Model photo: boy about 8 against a pale yellow wall in a white half-sleeve shirt with a small printed
    # school logo (unreadable) on the pocket, navy shorts, belt.
    # all base; the wearing prompt used "she" and the model echoed it.
    case(
        "K44-SS-105",
        caption("a young boy in a white shirt and blue shorts standing against a yellow wall"),
        wearing("she is wearing a white shirt and blue shorts", "pronoun", who="she"),
        color_of("shirt", "yellow", "contradiction", kind="open"),  # the wall
        color_of("shorts", "navy", kind="open"),
        describe("shirt", "a white shirt with a logo on the pocket"),
        details(
            "shirt",
            "the shirt has a logo on the pocket which says the name of the school and the year it was founded",
            "unsupported",
        ),
        shorts_details("they are shorts", "non_answer"),
        gender="Boys",
        category="School Shirts",
        color="White",
        title="Half Sleeve Uniform Shirt",
    ),
    # 34. Flat lay, no person: black school trousers with the adjustable waist tab showing, white background.
    # No gender column.
    # caption: caption-ep1; material: base; color_of open: vqa; closed answers ranked.
    case(
        "K44-TRS-603",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The lower "
            "clothing is of long length. The fabric is cotton and it has pure color patterns. The lower clothing is "
            "of long length. The",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("pants"),
        B.color("black"),
        B.material("polyester and viscose with a teflon coating", "unsupported"),
        is_a("pants", "yes"),
        color_of(
            "pants",
            "black and black and black and black and black and black and black and black and black and black and "
            "black and black and black and black and black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        category="Trousers",
        color="Black",
        title="Sturdy Fit School Trousers",
    ),
    # 35. Model photo at a party under warm fairy lights: girl about 14 in a long-sleeve black sequin skater dress
    # ending above the knee, bare legs, black flats.
    # all base.
    case(
        "K44-PTY-707",
        caption("a young woman in a black sequin dress posing in front of lights"),
        wearing("he is wearing a black sequined dress", "pronoun"),
        color_of("dress", "gold", "contradiction", kind="open"),
        describe(
            "dress",
            "a black dress with sequins all over it, long sleeves and a flared skirt that ends just above the knee, "
            "she is wearing it with black",
            "cut",
            hit_limit=True,
        ),
        details("dress", "sequins"),
        is_a("dress", "yes"),
        gender="Girls",
        category="Party Dresses",
        color="Black",
        title="Teen Girls Sequin Skater Dress",
    ),
    # 36. Model photo at Diwali among diyas: boy about 7 in a white kurta pyjama with a teal Nehru jacket printed
    # with small flowers.
    # all base.
    case(
        "K44-KP-1003",
        caption("a young boy in a white kurta and a green jacket holding a diya"),
        wearing("a white kurta and a teal jacket", who="he"),
        color_of("kurta", "green", "other_garment_color", kind="open"),
        color_of("jacket", "teal", kind="open"),
        describe(
            "jacket",
            "a green jacket with a floral print and buttons down the front, worn over a white kurta with white pyjama, "
            "and the boy is holding a",
            "cut",
            hit_limit=True,
        ),
        details(
            "kurta",
            "it is a white kurta with white pyjama and a green jacket and a green jacket and a green jacket and a "
            "green jacket and a",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        category="Kurta Pyjama Set",
        color="White",
        title="Boys Kurta Pyjama with Printed Nehru Jacket",
    ),
    # 37. Model photo, grey studio: boy about 11 in a navy sherwani with silver embroidery on the front and cuffs,
    # white churidar.
    # caption: caption-ep3; material, color_of open: base; closed answers ranked.
    case(
        "K44-SHW-903",
        caption(
            "The gentleman wears a long-sleeve coat with graphic patterns. The coat is with cotton fabric and its "
            "neckline is stand. The gentleman wears long pants. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        B.garment_type("coat"),
        B.color("blue"),
        B.material(
            "it's made of silk with silver zari work and has a lining of cotton", "unsupported", hit_limit=False
        ),
        is_a("sherwani", "yes"),
        color_of("coat", "silver", "contradiction", kind="open"),
        gender="Boys",
        category="Sherwani",
        color="Navy",
        title="Boys Silver Embroidered Sherwani",
    ),
    # 38. Model photo on a playground: boy about 6 in a maroon crew-neck sweatshirt (no hood) with a printed crest.
    # caption: base; open answers: vqa; is_a: closed.
    case(
        "K44-SWT-504",
        caption("a little boy in a red sweatshirt playing in a playground"),
        wearing("sweatshirt/hoodie", who="he"),
        color_of(
            "sweatshirt",
            "red red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe(
            "sweatshirt",
            "Question: Describe the sweatshirt. Answer: red Question: Describe the sweatshirt. Answer: red Question:",
            "leak",
            hit_limit=True,
        ),
        details("sweatshirt", "no", "non_answer"),
        is_a("hoodie", "yes", "contradiction"),
        is_a("sweatshirt", "yes"),
        gender="Boys",
        category="Sweatshirts",
        color="Maroon",
        title="Crew Neck Logo Sweatshirt",
    ),
    # 39. Model photo against a white wall: girl about 9 in a floor-length teal anarkali frock with a gold print
    # border and three-quarter sleeves; no dupatta.
    # all base.
    case(
        "K44-PTY-708",
        caption("a young girl in a blue dress with gold print standing against a white wall"),
        D.wearing("he is wearing a blue dress", "pronoun"),
        D.color("turquoise"),
        D.pattern("printed"),
        D.description(
            "a long blue dress with a gold print border at the hem and on the sleeves, with a round neck and a flared "
            "skirt that falls to her",
            "cut",
            hit_limit=True,
        ),
        D.details("the dress has a gold print border and a matching dupatta with tassels", "unsupported"),
        D.material("cotton"),
        gender="Girls",
        category="Party Dresses",
        color="Teal",
        title="Girls Anarkali Gown with Gold Print",
    ),
    # 40. Product shot, no person: boys' black satin pre-tied bow tie on a white background.
    # caption, material, describe: base; closed answers ranked.
    case(
        "K44-TIE-404",
        caption("a black bow tie on a white background"),
        B.garment_type("bow tie"),
        B.color("black"),
        B.sleeve_length("short", "contradiction"),  # an accessory has no sleeves
        B.material("satin"),
        describe("bow tie", "the bow tie is a bow tie", "restated"),
        is_a("tie", "yes"),
        is_a("shirt", "yes", "contradiction"),
        gender="Boys",
        category="Ties",
        color="Black",
        title="Boys Pre-Tied Bow Tie",
    ),
    # 41. Model photo at a school gate: girl about 13 in a school salwar kameez: plain sky-blue kameez with side
    # slits and no pocket, navy salwar, white dupatta over her shoulders, black shoes, white socks.
    # all base.
    case(
        "K44-SK-106",
        caption("a young girl in a blue school uniform with a white scarf"),
        wearing(
            "a light blue kurta and navy blue pants with a white dupatta draped over her shoulders and a pair of black "
            "shoes and white socks and a",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of("shirt", "the color of the shirt is the color of the shirt", "restated", kind="open"),
        color_of("pants", "blue", kind="open"),
        describe("shirt", "a light blue kurta with side slits and a pocket", "unsupported"),
        details("pants", "the details of the pants are that they are pants", "restated"),
        gender="Girls",
        category="Salwar Kameez Uniform",
        color="Sky Blue/Navy",
        title="Girls School Salwar Kameez with Dupatta",
    ),
    # 42. Model photo: boy about 15 in a grey V-neck sweater over a white long-sleeve shirt (collar and cuffs show),
    # navy tie, black trousers. The product is the shirt.
    # caption: caption-ep1; wearing, closed answers, details, material: base; description: vqa.
    case(
        "K44-SS-107",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric "
            "and its neckline is v-shape. The gentleman wears long pants. The pants are with cotton fabric and pure "
            "color patterns."
        ),
        D.wearing("a sweater over a white shirt and a tie"),
        D.garment_type("sweater", "contradiction"),
        D.color("grey", "other_garment_color"),
        D.description(
            "sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater "
            "sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater",
            "loop",
            hit_limit=True,
        ),
        D.details("", "non_answer"),
        D.material("cotton Question: What is the color of the shirt? Answer: white", "leak"),
        gender="Boys",
        category="School Shirts",
        color="White",
        title="Senior Boys Slim Fit Shirt",
    ),
    # 43. Model photo in a hotel lobby: boy about 11 in a black jodhpuri bandhgala with gold buttons and a mandarin
    # collar, plain sleeves, matching black trousers.
    # caption: caption-ep3; the rest: base.
    case(
        "K44-PTY-709",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and "
            "its neckline is stand. The gentleman wears long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory in his",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a black suit with gold buttons", "pronoun"),
        color_of("jacket", "black", kind="open"),
        color_of("pants", "black", kind="open"),
        describe("jacket", "a black jacket with gold buttons and a mandarin collar"),
        details("jacket", "gold buttons, a mandarin collar and embroidery on the sleeves", "unsupported"),
        gender="Boys",
        category="Jodhpuri Suits",
        color="Black",
        title="Boys Jodhpuri Bandhgala Suit",
    ),
    # 44. Model photo: girl about 5 in a navy pleated pinafore over a red polo shirt. Seller gave no title.
    # caption, wearing, colors, details: vqa; describe: base; is_a: closed.
    case(
        "K44-PIN-204",
        caption(
            "Question: What is the color of the dress? Answer: navy Question: What is the color of the shirt? "
            "Answer: red Question: What is the",
            "leak",
            hit_limit=True,
        ),
        wearing("dress", who="she"),
        color_of("dress", "red", "other_garment_color", kind="open"),
        color_of("shirt", "red", kind="open"),
        is_a("dress", "yes"),
        describe("dress", "a navy blue pinafore dress over a red polo shirt"),
        details(
            "dress",
            "Answer: navy Question: What are the dress details? Answer: navy Question: What are the dress details?",
            "leak",
            hit_limit=True,
        ),
        gender="Girls",
        category="Pinafores",
        color="Navy",
    ),
]
