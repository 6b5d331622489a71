"""BLIND_91 (44 products; the experiments re-run on a random sample of a Myntra-style marketplace, in their own
questionnaire): written blind in the nineteenth session. Measured blind at 3d372e1: 123/141 failures found (87.2%)
and 14/146 correct texts flagged (9.6%). The writer's notes, verbatim:

Blind corpus 91: BLIP-2 OPT-2.7b and the experiments' adapters on 44 Myntra-style marketplace products.

Scenario
--------
The original experiments' models re-run on a random sample of 44 products of a Myntra-style fashion marketplace
(men's, women's and kids' clothing, western and ethnic, weighted roughly as such a catalog is: many t-shirts, shirts,
kurtas and kurta sets, tops, dresses and jeans; fewer sarees, lehengas, jackets, sweaters, leggings and kids' sets),
one product per item. Questions are the experiments' own questionnaire: BLIND_QUESTIONS (garment_type, color,
pattern, sleeve_length, material), the yes/no "Is this a {garment}?" (is_a) and "What is the color of the
{garment}?" (color_of, stored open because the experiments generated freely), plus the experiments' open prompts
(What is he/she wearing?, Describe the ..., What are the ... details?). Seller columns (gender, category, color,
title) come from the marketplace; a few products lack one or more of them.

Who wrote which text (named per text in the comment above each case)
--------------------------------------------------------------------
- BASE: untuned Salesforce/blip2-opt-2.7b (8-bit), greedy, `Question: ... Answer:` prompts. Short answers,
  short captions; stops on the newline it learned in pre-training, so it is rarely cut; wrong pronouns, one color
  for every garment, invented details, prompt echoes.
- CAP1 / CAP3: leoreigoto caption adapters (epoch 1 / epoch 3). Return the DeepFashion-MultiModal caption template
  ("The lady wears a short-sleeve T-shirt with pure color patterns. ...") for every prompt, never a hue, never stop:
  cut at the token limit (50 for captions, 30 for answers) or looping on one template sentence.
- VQA: leoreigoto/Data3_V3_BLIP2_VQA. One- or two-word In-shop answers (tee, blouse, dress, denim, vest ...),
  no end token: loops ("green-green-green..."), or runs on into the next `Question: ... Answer:` of its training.
- QA: the third experiment, CAP3 caption + timpal0l/mdeberta-v3-base-squad2 extracting a span ("" = no answer).

How it was written
------------------
Blind: I read only ../shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (layout, makers, TARGETS). No
audit code, no other corpus, no docs. Every text was imagined against the photo described in the comment above
its case and labelled against that photo; the only thing run was an import check of this file.

Label conventions and judgement calls
-------------------------------------
- One label per text: the failure a careful reader would name first. Adapter texts also use DeepFashion garment
  words (dress, shirt, trousers) for ethnic wear; when such a text is cut or loops it is labelled by that.
- Adapter texts that run to the limit are `cut` (hit_limit=True) unless they visibly repeat a sentence or word,
  then `loop` (also hit_limit=True, since loops run on). VQA leaks that run to 30 tokens carry hit_limit=True too.
- The template's "The gentleman" for a boy and "The lady" for a girl agree with the seller's gender: not `pronoun`.
- `cut` is also used for a BASE answer that stops mid-phrase before the limit ("the t-shirt is made of").
- A coarser hue of the same family is correct: blue/dark blue for Navy Blue, red/burgundy for Maroon, white for
  Off White, yellow for Mustard, green for Olive/Teal/Bottle green, purple for Lavender, khaki for Beige.
- A color named for the background, a print motif, or a layered/other garment, given as the color of the product,
  is a failure: `other_garment_color` for an open color_of answer when another garment in the photo has that color
  and another text (caption, seller color) has the product's right color; `contradiction` for a closed color answer
  or a color that belongs to the background or print (no other garment has it).
- Garment words: closed garment_type answers from the In-shop classes are judged against the seller category:
  "dress" or "shirt" for a kurta, "blouse" for a men's shirt, "scarf" for a saree and "no" to "Is this a kurta?"
  on a kurta are `contradiction`; "vest" for a Nehru jacket, "skirt" for a lehenga, "denim" for jeans, "tee" for a
  t-shirt set and "hoodie" for a hooded sweatshirt are correct.
- Captions that call a whole ethnic set an "outfit" or name only the visible layer (the jacket over a top) are
  correct; so are captions that name the background ("standing in front of a teal wall").
- Pattern answers "lattice" (check), "graphic" (print), "stripes", "polka dots", "embroidered", "text" are correct
  when they fit; "solid" for a plain woven texture is correct.
- Plausible fabric guesses that fit what is visible (cotton, chiffon for georgette, silk, fleece) are correct;
  a fabric the photo rules out (leather for a nylon bomber) and invented fibers, brands, logos, pockets, fur collars,
  zips on an unseen back, or "a man wearing" on a product shot without a person are `unsupported`.
- `pronoun`: he/she, man/woman, "The lady" that contradicts the seller's gender (and the photo).
- `non_answer`: empty (QA found no span), "unknown", "not sure", "i don't know", a generic definition of the garment,
  "it is made of fabric", "they are short", a garment type given for the color question ("it is a skirt").
- An open wearing answer that names the wrong garment ("dress" for a kurta set) is `contradiction`.
- Two-color closed answers for two-color garments ("navy blue and white", "white and blue") are correct, and so is a
  correct open color for a set's piece that differs from the seller's set color (the white t-shirt of a Navy set).
- `restated`: only the question's own words back ("the pants are pants", "the details of the shirt").
- `leak`: the answer runs into `Question: ... Answer:` (the training format), or echoes the prompt.
- Seller gender is stored as gender=; Men, Women, Boys, Girls as the marketplace writes them.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import Case, caption, case, color_of, describe, details, is_a, wearing

BLIND_91: list[Case] = [
    # 1. Man in a navy crew-neck t-shirt and light grey jeans, white studio background, front view.
    # caption, wearing, color, color_of jeans: BASE; sleeve_length: VQA; details: CAP3.
    case(
        "MYN-10234417",
        caption("a man wearing a navy blue t-shirt and grey jeans"),
        wearing("a blue t-shirt and jeans", who="he"),
        B.color("blue"),
        B.sleeve_length(
            "short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", "blue", "other_garment_color", kind="open"),
        details(
            "shirt",
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Round Neck Pure Cotton T-shirt",
    ),
    # 2. Woman in a maroon straight kurta with small gold block-printed motifs, three-quarter sleeves, white palazzos,
    # beige backdrop. caption, pattern, sleeve_length: BASE; garment_type, is_a, color_of: VQA; material: CAP3
    # (its "medium-sleeve dress" is the DeepFashion wording; the text is labelled by its cut).
    case(
        "MYN-13876521",
        caption("a woman in a red and gold kurta standing in front of a beige wall"),
        B.garment_type("dress", "contradiction"),
        B.pattern("printed"),
        B.sleeve_length("three-quarter sleeves"),
        is_a("kurta", "no", "contradiction"),
        color_of(
            "kurta",
            "red Question: What is the color of the pants? Answer: white Question: What is the color of the dupatta? "
            "Answer: white Question:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        B.material(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        color="Maroon",
        title="Anouk Women Maroon & Gold-Toned Ethnic Motifs Printed Straight Kurta",
    ),
    # 3. Man in a white full-sleeve shirt, sleeves rolled to the elbow, untucked over dark blue jeans, in front of a
    # teal wall; plain shirt, no pockets. caption, color_of x2, sleeve_length, details: BASE; wearing: VQA.
    case(
        "MYN-11020934",
        caption("a man in a white shirt and jeans standing against a teal wall"),
        color_of("shirt", "white", kind="open"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        B.sleeve_length("long sleeves"),
        details("shirt", "the shirt has two chest pockets with flaps and epaulettes on the shoulders", "unsupported"),
        wearing("shirt", who="he"),
        gender="Men",
        category="Shirts",
        color="White",
        title="HIGHLANDER Men White Slim Fit Solid Casual Shirt",
    ),
    # 4. Woman in a black A-line midi dress with small pink and yellow flowers, short puff sleeves, grey backdrop.
    # caption: CAP3; color, pattern, color_of: BASE; is_a, sleeve_length: VQA.
    case(
        "MYN-12553308",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. There is an accessory on her wrist. There is an",
            "loop",
            hit_limit=True,
        ),
        B.color("black"),
        B.pattern("floral"),
        color_of("dress", "pink", "contradiction", kind="open"),
        is_a("dress", "yes"),
        B.sleeve_length("short-sleeve"),
        gender="Women",
        category="Dresses",
        color="Black",
        title="SASSAFRAS Women Black Floral Print A-Line Midi Dress",
    ),
    # 5. Boy (about 8) in a mustard-yellow t-shirt with a blue dinosaur print, navy shorts, white background.
    # caption, wearing, material: BASE; color_of, pattern, is_a: VQA; details: CAP1.
    case(
        "MYN-14402871",
        caption("a young boy wearing a yellow t-shirt with a dinosaur on it"),
        wearing("a yellow shirt with a dinosaur on it and blue shorts", who="the boy"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        B.pattern("graphic"),
        details(
            "shirt",
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It",
            "cut",
            hit_limit=True,
        ),
        is_a(
            "t-shirt",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        category="Tshirts",
        color="Yellow",
        title="YK Boys Yellow Graphic Printed T-shirt",
    ),
    # 6. Woman in a teal Banarasi saree with a wide gold zari border, pallu over the left shoulder, matching teal
    # blouse, carved wooden door behind. caption, is_a, material, describe: BASE; garment_type, color: VQA.
    case(
        "MYN-9987310",
        caption("a woman in a green sari standing in front of a wooden door"),
        B.garment_type("dress", "contradiction"),
        is_a("saree", "yes"),
        B.color(
            "green-green-green-green-green-green-green-green-green-green-green-green-green-green-green",
            "loop",
            hit_limit=True,
        ),
        B.material("the garment is made of material", "restated"),
        describe("saree", "a saree is a traditional indian garment worn by women", "non_answer"),
        gender="Women",
        category="Sarees",
        color="Teal",
        title="Saree mall Teal & Gold-Toned Zari Woven Design Silk Blend Banarasi Saree",
    ),
    # 7. Waist-down crop: mid-blue skinny jeans, white sneakers, white background; hem of a black t-shirt visible.
    # caption, color_of x2: BASE; details: CAP3; garment_type, is_a, material: VQA.
    case(
        "MYN-10570022",
        caption("a man wearing blue jeans and white sneakers"),
        color_of("jeans", "blue", kind="open"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        details(
            "jeans",
            "The pants are with denim fabric and solid color patterns. The pants are with denim fabric and solid color",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("denim"),
        is_a("pair of jeans", "yes"),
        B.material(
            "denim Question: What is the color of the jeans? Answer: blue Question: Is this a pair of jeans?",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Roadster Men Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 8. Woman in a white sleeveless top with a ruffled neckline under an open light-blue denim jacket, black
    # jeans, city street behind (layers). caption, color, details, wearing: BASE; color_of, sleeve_length: VQA.
    case(
        "MYN-12890467",
        caption("a woman in a denim jacket and black jeans standing on a street"),
        B.color("white"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        B.sleeve_length("sleeveless"),
        details("top", "ruffles on the neckline"),
        wearing("he is wearing a denim jacket and black jeans", "pronoun", who="she"),
        gender="Women",
        category="Tops",
        color="White",
        title="DressBerry White Solid Top with Ruffle Detail",
    ),
    # 9. Man in an off-white cotton kurta with white chikankari embroidery down the placket, long sleeves, off-white
    # pyjama, grey backdrop. color, pattern, wearing, material: BASE; garment_type: VQA; caption, details: CAP3.
    case(
        "MYN-8873215",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a stand-up collar neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "solid color",
            "cut",
            hit_limit=True,
        ),
        B.color("white"),
        B.pattern("embroidered"),
        B.garment_type("shirt", "contradiction"),
        wearing("she is wearing a white kurta and white pants", "pronoun", who="he"),
        details(
            "kurta",
            "The shirt is with cotton fabric. It has a stand-up collar. The shirt is with cotton fabric. It has a "
            "stand-up",
            "loop",
            hit_limit=True,
        ),
        B.material("cotton"),
        gender="Men",
        category="Kurtas",
        color="Off White",
        title="Manyavar Men Off-White Chikankari Embroidered Straight Kurta",
    ),
    # 10. Girl (about 5) in a pink sleeveless tulle party dress with a sequinned bodice, holding a teddy bear, white
    # backdrop, no bracelet. caption, sleeve_length, details: BASE; color, is_a: VQA; describe: CAP1 (stopped on an
    # end token before the limit; the wrist accessory is invented).
    case(
        "MYN-15119084",
        caption("a little girl in a pink dress holding a teddy bear"),
        B.color("pink"),
        B.sleeve_length("sleeveless"),
        details("dress", "the dress details are the details of the dress", "restated"),
        is_a(
            "dress",
            "yes Question: What is the color of the dress? Answer: pink Question: Is this a dress? Answer: yes "
            "Question: "
            "What is",
            "leak",
            hit_limit=True,
        ),
        describe(
            "dress",
            "The lady wears a sleeveless dress with pure color patterns. There is an accessory on her wrist.",
            "unsupported",
        ),
        gender="Girls",
        category="Dresses",
        color="Pink",
        title="Hopscotch Girls Pink Tulle Fit & Flare Party Dress",
    ),
    # 11. Man in black slim track pants with a white stripe down each side, grey hoodie, white background.
    # color_of, details: BASE; pattern, garment_type, material: VQA; caption: CAP1.
    case(
        "MYN-9342276",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a hooded neckline. The gentleman wears a long pants. The pants are with cotton fabric and striped "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        B.pattern("striped"),
        details("pants", "the pants have white stripes on the side"),
        B.garment_type("pants"),
        B.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Track Pants",
        color="Black",
        title="HRX by Hrithik Roshan Men Black Solid Slim-Fit Track Pants",
    ),
    # 12. Woman in a mustard kurta with a white floral print, matching mustard palazzos and a plain white dupatta,
    # garden behind. caption, color, color_of, sleeve_length, is_a: BASE; pattern: CAP3; wearing: VQA (an open
    # answer naming the wrong garment for a kurta set).
    case(
        "MYN-13307719",
        caption("a woman in a yellow outfit standing in a garden"),
        B.color("yellow"),
        B.pattern(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a v-",
            "cut",
            hit_limit=True,
        ),
        color_of("dupatta", "yellow", "other_garment_color", kind="open"),
        B.sleeve_length("3/4 sleeves"),
        is_a("kurta", "yes"),
        wearing("dress", "contradiction", who="she"),
        gender="Women",
        category="Kurta Sets",
        color="Mustard",
        title="Libas Women Mustard Yellow Floral Printed Kurta with Palazzos & Dupatta",
    ),
    # 13. Product shot, no person: grey melange hooded sweatshirt laid flat on white, white drawstrings, kangaroo
    # pocket. caption, color, wearing, details, material: BASE; garment_type, sleeve_length: VQA.
    case(
        "MYN-11748850",
        caption("a grey hoodie with a white drawstring on a white background"),
        B.garment_type("hoodie"),
        B.color("grey"),
        wearing("a man wearing a grey hoodie", "unsupported"),
        details("hoodie", "it has a hood and a kangaroo pocket"),
        B.sleeve_length(
            "long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve",
            "loop",
            hit_limit=True,
        ),
        B.material("fleece"),
        gender="Men",
        category="Sweatshirts",
        color="Grey Melange",
        title="Roadster Men Grey Melange Solid Hooded Sweatshirt",
    ),
    # 14. Woman in light-blue high-rise mom jeans with ripped knees, white crop t-shirt, white background. No title.
    # caption, color_of, details, wearing: BASE; pattern, is_a: VQA; describe: CAP1.
    case(
        "MYN-16025531",
        caption("a woman in a white shirt and ripped jeans"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        details("jeans", "ripped"),
        B.pattern("solid"),
        describe(
            "jeans",
            "The pants are with denim fabric and solid color patterns. The lady wears a short-sleeve T-shirt with pure",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing jeans", who="she"),
        is_a("pair of jeans", "no", "contradiction"),
        gender="Women",
        category="Jeans",
        color="Blue",
    ),
    # 15. Man running on an outdoor track in an olive-green polyester running t-shirt (small HRX logo), black
    # shorts. caption, material, details, color_of, sleeve_length: BASE; color, wearing: VQA.
    case(
        "MYN-10988123",
        caption("a man running on a track in a green shirt and black shorts"),
        B.color("olive"),
        B.material("polyester"),
        details("shirt", "the shirt has a nike logo on the chest", "unsupported"),
        color_of("shorts", "black", kind="open"),
        B.sleeve_length("short"),
        wearing(
            "tee Question: What is the color of the tee? Answer: green Question: Is this a tee? Answer: yes Question: "
            "What",
            "leak",
            who="he",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Olive",
        title="HRX by Hrithik Roshan Men Olive Green Rapid-Dry Running T-shirt",
    ),
    # 16. Woman in a navy-and-white horizontally striped boat-neck top, long sleeves, beige trousers, white
    # background. color, pattern, color_of: BASE; caption, details: CAP3; sleeve_length: VQA.
    case(
        "MYN-12217764",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a round "
            "neckline. The lady wears a long trousers. The trousers are with cotton fabric and solid color patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        B.color("navy blue and white"),
        B.pattern("stripes"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        details(
            "top",
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a round",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("long-sleeve"),
        gender="Women",
        category="Tops",
        color="Navy Blue",
        title="Tokyo Talkies Women Navy Blue & White Striped Top",
    ),
    # 17. Man in a blue-and-black checked flannel shirt worn open over a white t-shirt, black jeans, brick wall.
    # color_of, details, wearing: BASE; pattern: VQA; caption: CAP3.
    case(
        "MYN-11583390",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and solid color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        B.pattern("lattice"),
        details("shirt", "the details of the shirt", "restated"),
        wearing("she is wearing a plaid shirt, a white t-shirt and black jeans", "pronoun", who="he"),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="WROGN Men Blue & Black Slim Fit Checked Casual Shirt",
    ),
    # 18. Woman in a red lehenga with heavy gold embroidery, red blouse, sheer red dupatta, bridal jewellery, pink
    # backdrop. caption, color, pattern, details, is_a: BASE; garment_type: VQA; describe: CAP3.
    case(
        "MYN-14670018",
        caption("a woman in a red and gold bridal outfit"),
        B.garment_type("skirt"),
        B.color("red"),
        B.pattern("embroidered"),
        describe(
            "lehenga",
            "The lady wears a sleeveless dress with graphic patterns. The dress is with chiffon fabric. It has a v",
            "cut",
            hit_limit=True,
        ),
        details(
            "blouse",
            "a red blouse with gold embroidery and a red blouse with gold embroidery and a red blouse with gold",
            "loop",
            hit_limit=True,
        ),
        is_a("lehenga", "no", "contradiction"),
        gender="Women",
        category="Lehenga Choli",
        color="Red",
        title="Mitera Red & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
    ),
    # 19. Boy in a white t-shirt with a navy anchor print and navy shorts (a set), white background; the seller's
    # color is the set's Navy Blue. caption, color_of x2, pattern: BASE; garment_type: VQA; wearing: CAP3.
    case(
        "MYN-15560247",
        caption("a little boy in a white shirt and blue shorts"),
        color_of("shirt", "white", kind="open"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        B.garment_type("tee"),
        wearing(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It",
            "cut",
            who="the boy",
            hit_limit=True,
        ),
        B.pattern("anchors"),
        gender="Boys",
        category="Clothing Set",
        color="Navy Blue",
        title="Little Kangaroos Boys Navy Blue & White Printed T-shirt with Shorts",
    ),
    # 20. Woman in a cobalt-blue solid straight kurta with a mandarin collar and side slits, long sleeves, white
    # leggings, white background. caption, garment_type, sleeve_length, material, details: BASE; color,
    # color_of: VQA.
    case(
        "MYN-9120683",
        caption("a woman wearing a blue tunic and white leggings"),
        B.garment_type("kurta"),
        B.color("white", "contradiction"),
        B.sleeve_length("long sleeves"),
        B.material("it is made of fabric", "non_answer"),
        details("kurta", "the kurta has a mandarin collar and side slits"),
        color_of(
            "leggings",
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        color="Blue",
        title="W Women Blue Solid Straight Kurta",
    ),
    # 21. Man in beige slim chinos, navy polo tucked in, brown belt, white background.
    # caption, color_of, details, wearing: BASE; garment_type, color: VQA.
    case(
        "MYN-10841957",
        caption("a man in a blue polo shirt and khaki pants"),
        color_of("pants", "khaki", kind="open"),
        B.garment_type("pants"),
        details("pants", "the pants are pants", "restated"),
        wearing("a polo shirt and khakis", who="he"),
        B.color(
            "blue Question: What is the color of the pants? Answer: khaki Question: What is the color of the belt? "
            "Answer: brown",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Trousers",
        color="Beige",
        title="Louis Philippe Sport Men Beige Slim Fit Solid Chinos",
    ),
    # 22. Woman in an emerald-green satin wrap dress, long sleeves, tie at the waist, barefoot on a beach with
    # blue sea behind. caption, color, material, details: BASE; color_of: VQA (the sea's blue); sleeve_length: CAP3.
    case(
        "MYN-13092245",
        caption("a woman in a green dress standing on the beach"),
        B.color("green"),
        B.material("i'm not sure what you mean", "non_answer"),
        color_of("dress", "blue", "contradiction", kind="open"),
        B.sleeve_length(
            "The lady wears a long-sleeve dress with pure color patterns. The lady wears a long-sleeve dress with pure",
            "loop",
            hit_limit=True,
        ),
        details("dress", "it has a wrap front and a tie at the waist"),
        gender="Women",
        category="Dresses",
        color="Green",
        title="Berrylush Women Green Solid Wrap Dress",
    ),
    # 23. Man in a navy sleeveless Nehru jacket (fine woven texture) over a long-sleeve white kurta and white
    # churidar, grey backdrop. caption, color_of, sleeve_length, wearing, pattern, material: BASE; garment_type:
    # VQA.
    case(
        "MYN-12004518",
        caption("a man in a blue vest and white kurta"),
        B.garment_type("vest"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        B.sleeve_length("long sleeves", "contradiction"),
        wearing("she is wearing a blue vest and a white kurta", "pronoun", who="he"),
        B.pattern("the pattern of the garment", "restated"),
        B.material("the material is made of", "cut"),
        gender="Men",
        category="Nehru Jackets",
        color="Navy Blue",
        title="Hangup Men Navy Blue Woven Design Nehru Jacket",
    ),
    # 24. Girl in a white t-shirt with a large pink glitter unicorn print, blue denim skirt, white background.
    # caption, pattern, wearing, color_of: BASE; color: VQA; details: CAP3.
    case(
        "MYN-15873302",
        caption("a little girl wearing a t-shirt with a unicorn on it"),
        B.color("pink", "contradiction"),
        B.pattern("unicorn"),
        wearing("he is wearing a unicorn t-shirt and a denim skirt", "pronoun", who="the girl"),
        details(
            "shirt",
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "blue", kind="open"),
        gender="Girls",
        category="Tshirts",
        color="White",
        title="Cherry Crumble Girls White Printed Round Neck T-shirt",
    ),
    # 25. Man in a black polo t-shirt with a small embroidered logo on the chest, white chinos, white background.
    # caption, color, color_of, details: BASE; garment_type, sleeve_length: VQA; material: QA over a CAP3 caption.
    case(
        "MYN-10390674",
        caption("a man in a black polo shirt and white pants"),
        B.garment_type("polo shirt"),
        B.color("black"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        details("shirt", "it has a logo on the chest"),
        B.sleeve_length(
            "short-sleeve Question: What is the color of the shirt? Answer: black Question: What is the color of the "
            "pants? Answer: white",
            "leak",
            hit_limit=True,
        ),
        B.material("", "non_answer"),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="U.S. Polo Assn. Men Black Solid Polo Collar T-shirt",
    ),
    # 26. Product shot, no person: a pink georgette saree with small white polka dots, folded with the pallu fanned
    # out on white. No title. caption, garment_type, pattern, color, wearing: BASE; describe: CAP3; material: VQA.
    case(
        "MYN-16640095",
        caption("a pink and white polka dot fabric on a white background"),
        B.garment_type("scarf", "contradiction"),
        B.pattern("polka dots"),
        B.color("pink"),
        wearing("a woman in a pink sari", "unsupported"),
        describe(
            "saree",
            "The lady wears a long-sleeve dress with graphic patterns. The lady wears a long-sleeve dress with graphic",
            "loop",
            hit_limit=True,
        ),
        B.material("chiffon"),
        gender="Women",
        category="Sarees",
        color="Pink",
    ),
    # 27. Man in grey chino shorts, white linen shirt, sunglasses, by a pool.
    # caption, color_of shorts, details, wearing: BASE; garment_type, color_of shirt: VQA.
    case(
        "MYN-11415806",
        caption("a man in a white shirt and grey shorts standing by a pool"),
        color_of("shorts", "grey", kind="open"),
        details("shorts", "they are short", "non_answer"),
        B.garment_type("shorts"),
        color_of(
            "shirt",
            "grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        wearing("he is wearing a white shirt, grey shorts, sunglasses and a gold watch", "unsupported", who="he"),
        gender="Men",
        category="Shorts",
        color="Grey",
        title="Mast & Harbour Men Grey Solid Regular Fit Chino Shorts",
    ),
    # 28. Woman in an olive-green nylon bomber jacket, half zipped, ribbed cuffs, black t-shirt and black jeans,
    # autumn park. caption, material: BASE; garment_type, color: VQA; details, wearing: CAP3.
    case(
        "MYN-13528471",
        caption("a woman in a green jacket standing in a park"),
        B.garment_type("jacket"),
        B.color("black", "contradiction"),
        details(
            "jacket",
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "stand",
            "cut",
            hit_limit=True,
        ),
        B.material("leather", "unsupported"),
        wearing(
            "The lady wears a long-sleeve jacket with pure color patterns. The lady wears a long-sleeve jacket with",
            "loop",
            who="she",
            hit_limit=True,
        ),
        gender="Women",
        category="Jackets",
        color="Olive",
        title="Roadster Women Olive Green Solid Bomber Jacket",
    ),
    # 29. Man in a yellow silk-blend kurta and a white churidar, marigold garlands behind (festive shoot).
    # caption, color, color_of, material, wearing: BASE; garment_type, is_a: VQA.
    case(
        "MYN-14116652",
        caption("a man in a yellow kurta standing in front of a flower decoration"),
        B.color("yellow"),
        color_of("pants", "yellow", "other_garment_color", kind="open"),
        B.garment_type("dress", "contradiction"),
        B.material("silk"),
        is_a(
            "kurta",
            "yes-yes-yes-yes-yes-yes-yes-yes-yes-yes-yes-yes-yes-yes-yes",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a yellow kurta", "pronoun", who="he"),
        gender="Men",
        category="Kurta Sets",
        color="Yellow",
        title="Sojanya Men Yellow & White Solid Kurta with Churidar",
    ),
    # 30. Woman in a black sleeveless crop top with lace trim at the hem, high-waisted white trousers, white
    # background. caption, sleeve_length, details, color_of, describe, pattern: BASE; material: CAP1.
    case(
        "MYN-12761140",
        caption("a woman in a black crop top and white pants"),
        B.sleeve_length("sleeveless"),
        B.pattern("unknown", "non_answer"),
        details("top", "lace"),
        color_of("pants", "white", kind="open"),
        B.material(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has",
            "cut",
            hit_limit=True,
        ),
        describe("top", "black crop top Question: Describe the pants. Answer: white pants", "leak"),
        gender="Women",
        category="Tops",
        color="Black",
        title="Harpa Women Black Lace Detail Crop Top",
    ),
    # 31. Man in a brown leather biker jacket with an asymmetric zip and a plain notched collar, black t-shirt,
    # black jeans, dark grey background. material, color_of, details: BASE; garment_type, sleeve_length: VQA;
    # caption: CAP3.
    case(
        "MYN-10197735",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and solid "
            "color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        B.material("leather"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        details("jacket", "it has a zipper on the front and a fur collar", "unsupported"),
        B.garment_type("jacket"),
        B.sleeve_length("long-sleeve"),
        gender="Men",
        category="Jackets",
        color="Brown",
        title="Leather Retail Men Brown Solid Leather Biker Jacket",
    ),
    # 32. Waist-down crop: black ankle-length leggings, white sneakers, grey backdrop; the hem of a pink kurti shows
    # at the top. No title. caption, color, details: BASE; garment_type, color_of: VQA; material: CAP1.
    case(
        "MYN-9658410",
        caption("a woman in black leggings and white sneakers"),
        B.color("black"),
        B.garment_type("leggings"),
        color_of("leggings", "pink", "other_garment_color", kind="open"),
        details("leggings", "they are leggings", "restated"),
        B.material(
            "The lady wears a long leggings. The leggings are with cotton fabric and solid color patterns. The lady "
            "wears a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Leggings",
        color="Black",
    ),
    # 33. Man in a maroon cable-knit crew-neck sweater, white shirt collar peeking out, blue jeans, white background.
    # caption, pattern, color_of, material: BASE; color, garment_type: VQA; wearing: CAP3.
    case(
        "MYN-11872209",
        caption("a man in a red sweater and blue jeans"),
        B.pattern("cable knit"),
        B.color("burgundy"),
        color_of("sweater", "white", "other_garment_color", kind="open"),
        B.garment_type(
            "sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater "
            "sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater "
            "sweater sweater sweater sweater",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric.",
            "cut",
            who="he",
            hit_limit=True,
        ),
        B.material("100% merino wool, hand wash only", "unsupported"),
        gender="Men",
        category="Sweaters",
        color="Maroon",
        title="Roadster Men Maroon Cable Knit Pullover",
    ),
    # 34. Woman in a white flared Anarkali kurta with a blue floral print, long sleeves, blue wall behind.
    # caption, color, color_of, is_a: BASE; pattern, garment_type: VQA; details: CAP3.
    case(
        "MYN-13640587",
        caption("a woman in a white and blue floral print outfit standing against a blue wall"),
        B.color("white and blue"),
        B.pattern("floral"),
        color_of("kurta", "blue", "contradiction", kind="open"),
        B.garment_type("dress", "contradiction"),
        details(
            "kurta",
            "The lady wears a long-sleeve dress with floral patterns. The lady wears a long-sleeve dress with floral",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        category="Kurtas",
        color="White",
        title="Biba Women White & Blue Floral Printed Anarkali Kurta",
    ),
    # 35. Man on a stool in black slim jeans and a light-blue denim shirt, grey background.
    # caption, color_of x2, material (the back is not shown): BASE; garment_type: VQA; details: CAP1.
    case(
        "MYN-10733318",
        caption("a man sitting on a stool wearing a blue denim shirt and black jeans"),
        color_of("jeans", "blue", "other_garment_color", kind="open"),
        color_of("shirt", "blue", kind="open"),
        B.garment_type("denim"),
        details(
            "jeans",
            "The pants are with denim fabric and solid color patterns. The gentleman wears a long-sleeve shirt with",
            "cut",
            hit_limit=True,
        ),
        B.material("denim with a leather patch on the back pocket", "unsupported"),
        gender="Men",
        category="Jeans",
        color="Black",
        title="SPYKAR Men Black Slim Fit Mid-Rise Clean Look Jeans",
    ),
    # 36. Woman in a tiered midi skirt with an orange, pink and green geometric print, black t-shirt tucked in,
    # white background. caption, color, color_of, describe: BASE; pattern, material: VQA; wearing: CAP3.
    case(
        "MYN-14985126",
        caption("a woman wearing a black shirt and a colorful skirt"),
        B.color("it is a skirt", "non_answer"),
        color_of("skirt", "black", "other_garment_color", kind="open"),
        B.pattern("graphic"),
        wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The lady wears a long skirt. The skirt is "
            "with cotton",
            "cut",
            who="she",
            hit_limit=True,
        ),
        describe("skirt", "a skirt is a garment that is worn on the lower part of the body", "non_answer"),
        B.material(
            "rayon Question: What is the pattern of the skirt? Answer: floral Question: What is the color of the "
            "skirt? "
            "Answer: orange",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Skirts",
        color="Multi",
        title="SASSAFRAS Women Multicoloured Printed Flared Midi Skirt",
    ),
    # 37. Man in a white t-shirt printed with large black text "STAY WEIRD", blue jeans, bright yellow background.
    # caption, color, pattern, details, wearing, material: BASE; color_of: VQA.
    case(
        "MYN-12348853",
        caption("a man in a white t-shirt that says stay weird"),
        B.color("white"),
        B.pattern("text"),
        color_of("shirt", "yellow", "contradiction", kind="open"),
        details(
            "shirt",
            "stay weird stay weird stay weird stay weird stay weird stay weird stay weird stay weird stay weird stay "
            "weird stay weird stay weird stay weird stay weird stay weird",
            "loop",
            hit_limit=True,
        ),
        wearing("a t-shirt and jeans", who="he"),
        B.material("the t-shirt is made of", "cut"),
        gender="Men",
        category="Tshirts",
        color="White",
        title="Bewakoof Men White Typography Printed T-shirt",
    ),
    # 38. Girl (about 7) in a peach lehenga with gold embroidery, short-sleeve choli and net dupatta, white
    # background. No seller color. caption, color, wearing, sleeve_length, pattern: BASE; garment_type, details:
    # VQA.
    case(
        "MYN-15702964",
        caption("a little girl in a peach and gold traditional outfit"),
        B.color("peach Question: What is the pattern of the garment? Answer: embroidered", "leak"),
        B.garment_type("skirt"),
        wearing("she is wearing a lehenga", who="the girl"),
        details(
            "lehenga",
            "gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold "
            "gold gold gold gold gold gold gold gold gold gold",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("short sleeves"),
        B.pattern("i don't know", "non_answer"),
        gender="Girls",
        category="Lehenga Choli",
        title="Bitiya by Bhama Girls Peach-Coloured & Gold-Toned Embroidered Lehenga Choli with Dupatta",
    ),
    # 39. Product shot on a ghost mannequin, no person: pale pink formal shirt, long sleeves, white background.
    # caption, color, sleeve_length, wearing: BASE; details, material: CAP3; garment_type: VQA.
    case(
        "MYN-11190427",
        caption("a pink shirt on a white background"),
        B.color("pink"),
        B.sleeve_length("long"),
        wearing("he is wearing a pink shirt", "unsupported"),
        details(
            "shirt",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The gentleman wears a long-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("blouse", "contradiction"),
        B.material(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Pink",
        title="Arrow Men Pink Regular Fit Solid Formal Shirt",
    ),
    # 40. Woman in a bottle-green kurta with gold foil print (no pockets), green trousers and a pink dupatta, white
    # background. No title. caption, color_of x2, garment_type, details: BASE; color: CAP3; wearing: VQA.
    case(
        "MYN-16311578",
        caption("a woman in a green kurta and pink scarf"),
        color_of("kurta", "green", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        B.garment_type("kurta"),
        B.color(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a v-",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "the kurta has gold print and two pockets on the side", "unsupported"),
        wearing(
            "blouse Question: What is the color of the blouse? Answer: green Question: What is the color of the scarf? "
            "Answer: pink",
            "leak",
            who="she",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurta Sets",
        color="Green",
    ),
    # 41. Boy in navy joggers with elastic cuffs and a red t-shirt, white background.
    # caption, color_of, details: BASE; garment_type: VQA; wearing: CAP1; material: QA over a CAP3 caption
    # (no span found).
    case(
        "MYN-15244390",
        caption("a young boy in a red shirt and blue pants"),
        color_of("pants", "red", "other_garment_color", kind="open"),
        B.garment_type("pants"),
        wearing(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "The gentleman",
            "cut",
            who="the boy",
            hit_limit=True,
        ),
        B.material("", "non_answer"),
        details("pants", "they are pants", "restated"),
        gender="Boys",
        category="Track Pants",
        color="Navy Blue",
        title="HRX by Hrithik Roshan Boys Navy Blue Solid Joggers",
    ),
    # 42. Woman in a red sleeveless bodycon dress, a black blazer draped over her shoulders, front view only (no
    # slit visible), white background. caption, color_of, is_a, details, sleeve_length: BASE; color: VQA;
    # describe: CAP1.
    case(
        "MYN-13455619",
        caption("a woman in a red dress with a black jacket"),
        B.color("red"),
        color_of("dress", "black", "other_garment_color", kind="open"),
        B.sleeve_length("the sleeve length of the garment is the length of the sleeves", "restated"),
        is_a("dress", "yes"),
        details("dress", "the dress has a slit on the side and a zipper on the back", "unsupported"),
        describe(
            "dress",
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Dresses",
        color="Red",
        title="Athena Women Red Solid Bodycon Dress",
    ),
    # 43. Man in a black straight kurta with a small white geometric print and mandarin collar, black pants, white
    # background. No seller color. caption, color, sleeve_length, details, material: BASE; pattern, is_a: VQA.
    case(
        "MYN-9876042",
        caption("a woman wearing a black and white printed kurta", "pronoun"),
        B.color("black"),
        B.pattern("graphic"),
        B.sleeve_length("long sleeves"),
        details("kurta", "the kurta has a mandarin collar and a", "cut"),
        B.material("cotton"),
        is_a("kurta", "no", "contradiction"),
        gender="Men",
        category="Kurtas",
        title="Men Black Printed Straight Kurta",
    ),
    # 44. Woman in a lavender crew-neck sweatshirt and white joggers, lilac backdrop.
    # caption, color_of, wearing, material: BASE; color, garment_type: VQA; sleeve_length: CAP3.
    case(
        "MYN-14032718",
        caption("a woman in a purple sweatshirt and white pants"),
        B.color("purple"),
        B.garment_type(
            "sweatshirt Question: What is the color of the sweatshirt? Answer: purple Question: What is the color of "
            "the pants? Answer: white",
            "leak",
            hit_limit=True,
        ),
        color_of("pants", "purple", "other_garment_color", kind="open"),
        wearing("he is wearing a purple sweatshirt", "pronoun", who="she"),
        B.sleeve_length(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has",
            "cut",
            hit_limit=True,
        ),
        B.material("not sure", "non_answer"),
        gender="Women",
        category="Sweatshirts",
        color="Lavender",
        title="Roadster Women Lavender Solid Sweatshirt",
    ),
]
