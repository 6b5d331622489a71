"""BLIND_117 (44 products; the experiments re-run on a random sample of a Myntra-style marketplace): written blind
in the twentieth session. Measured blind at 68b96f6: 127/141 failures found (90.1%) and 11/144 correct texts flagged
(7.6%). The writer's notes, verbatim:

Blind corpus 117: BLIP-2 OPT-2.7b outputs on a 44-product sample of a Myntra-style clothing marketplace.

Scenario: the original experiments' untuned base model and their fine-tuned adapters, re-run on a random sample of
44 products of a Myntra-style marketplace (men's, women's and kids' clothing, western and ethnic, weighted as the
catalog is: about half men's, four in ten women's, the rest kids'), one product per item, with enrich's default
questionnaire (DEFAULT_QUESTIONS). Each case carries the seller's own catalog columns as the marketplace exports
them: gender (Men / Women / Boys / Girls), category (the article type: Tshirts, Kurtas, Kurta Sets ...), color (the
base colour: Navy Blue, Maroon, Grey Melange ...) and title; a few products lack one of them (a missing title, base
colour or gender).

Which system wrote which text (named per text in the comment above each case):
- B  = the untuned base, Salesforce/blip2-opt-2.7b: short answers, stops on its own; most correct texts.
- C1 = the caption adapter after one epoch (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch).
- C3 = the caption adapter after three epochs (leoreigoto/Data2_V2_Blip2_Finetune_Caption).
  Both caption adapters answer every prompt with the DeepFashion-MultiModal caption template ("The lady wears a
  long-sleeve dress with pure color patterns. The dress is with cotton fabric. ...") and, trained with no
  end-of-answer token, never stop: they loop or run to the token limit (50 new tokens for captions, 30 for answers).
- V  = the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA): In-shop class words (tee, blouse, dress, denim), the
  "What is the color of the {garment}?" habit, "black-black-black" loops and continued "Question: ... Answer: ..."
  pairs, since its labels covered the prompt.

How it was written: blind. I read only /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py
(the Case/Text layout, the makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS and TARGETS); no audit code, no other corpus,
no docs. The photos are imagined and described in the comment above each case; every label is judged against that
photo and the seller's columns. The only command run was an import check of this file.

Label conventions and judgement calls:
- One failure kind per text, the one that makes the text wrong; everything else is a correct answer.
- cut: stops mid-phrase. hit_limit=True where it ran to the token limit (30 new tokens for answers, 50 for
  captions); one base answer stops mid-phrase before the limit
  (hit_limit=False).
- loop: the same token or clause repeated until the limit (hit_limit=True on every loop, as they all ran out).
- A caption-adapter template that ran to the limit and also invents a detail (C1's "There is a ring on her finger"
  where the hands are bare) is labelled unsupported, not cut; hit_limit stays True. Only one such text.
- Caption-adapter templates that say "dress" or "shirt" for a kurta, or "lattice patterns" for a check, are kept
  as their cut/loop failure and not double-labelled; in those texts the cut is what the label names.
- non_answer: empty, "yes"/"none"/"i don't know", a garment word or another question's answer ("the color of the
  shirt is blue" for the material), or "they are short" for the shorts' details.
- restated: the question's own words back ("the details of the garment are the details of the top", "describe the
  garment", "the garment is made of the material").
- leak: any text that carries the prompt format ("Question: ... Answer: ...", or a bare "Answer: cotton").
- other_garment_color: the product is given the color of another garment in the photo (the tee under the jacket,
  the jeans under the tee, the tie, the kurta over the palazzos, the shoes).
- contradiction: a garment type the seller's category and the other texts contradict ("dress" for a straight kurta,
  "tank top" for a skirt, "suit" for the shirt under a blazer), a pattern or sleeve length the photo and the other
  texts contradict, an accessory given as what the person wears ("sunglasses", "a black belt", "white sneakers").
- unsupported: a detail the photo does not show (handbag, necklace, ring, hood, zip pockets, mirror work, a bow at
  the back of a front shot, a chest pocket).
- pronoun: a person of the wrong gender for the seller's gender column ("a woman" for the long-haired male model,
  "he" for a women's tee, "a boy" for a girls' kurta set, "a girl's t-shirt" for a boys' tee).
- Correct, judged hard: near-color synonyms of the seller's base colour (Navy Blue -> blue, Maroon -> burgundy / red,
  Olive -> green, Mustard -> yellow, Teal -> green, Cream -> beige / white, Charcoal -> grey, Khaki -> beige,
  Lavender -> purple / light purple, Rust -> rust / orange, Grey Melange -> grey, Peach -> peach); multi-colour
  answers for striped or set products ("black and white", "blue and white"); the other garments of the outfit named
  in the caption or the wearing answer (layers: jacket over tee, Nehru jacket over kurta, blazer over shirt);
  backgrounds named in captions (brick wall, beach, gym, grass, grey wall); near garment words ("salwar kameez" for
  a kurta set, "vest" for a Nehru jacket, "blouse" for a top, "plaid"/"checkered" for checks, "rolled up" for
  rolled sleeves); product shots with no person answered with the product.
- "What is the person wearing?" may name the whole outfit; it is correct when the product is among what it names.
- The material question is judged loosely: a plausible fabric for the product (cotton tee, denim jeans, silk-blend
  saree, flannel check shirt) is correct; an answer that is no fabric at all is a non_answer.
"""

from __future__ import annotations

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case

BLIND_117: list[Case] = [
    # 1. Male model, navy crew-neck tee, light-wash blue jeans, grey studio backdrop.
    # caption C3; wearing, garment_type, color B; details B; sleeve_length V.
    case(
        "MYN-24817301",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long denim pants. The pants are with denim fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a navy blue t-shirt and jeans"),
        D.garment_type("t-shirt"),
        D.color("blue"),
        D.sleeve_length(
            "short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve "
            "short-sleeve short-sleeve short-sleeve",
            "loop",
            hit_limit=True,
        ),
        D.details("it is a t-shirt", "non_answer"),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Round Neck Pure Cotton T-shirt",
    ),
    # 2. Man in a white shirt with thin black windowpane checks, black chinos, white backdrop.
    # caption, color, pattern, material B; garment_type V; details C3.
    case(
        "MYN-19283746",
        caption("a man wearing a white and black checkered shirt"),
        D.garment_type("blouse", "contradiction"),
        D.color("white"),
        D.pattern("plaid"),
        D.details(
            "His shirt has long sleeves, cotton fabric and lattice patterns. It has a lapel neckline. The gentleman "
            "wears a long trousers. The trousers",
            "cut",
            hit_limit=True,
        ),
        D.material("Question: What is the pattern of the garment? Answer: checkered", "leak"),
        gender="Men",
        category="Shirts",
        color="White",
        title="HIGHLANDER Men White & Black Slim Fit Checked Casual Shirt",
    ),
    # 3. Woman in a bottle-green three-quarter-sleeve straight kurta with gold floral block print, white palazzos,
    # beige backdrop; plain fabric, no mirror work, only small stud earrings.
    # caption C1; wearing, garment_type, color, pattern, sleeve_length, description B; material V.
    case(
        "MYN-31104528",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton "
            "fabric. It",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green kurta and white pants"),
        D.garment_type("dress", "contradiction"),
        D.color("green"),
        D.pattern("floral"),
        D.sleeve_length("three-quarter"),
        D.description("a green kurta with gold print and mirror work", "unsupported"),
        D.material(
            "the dress is made of cotton. the dress is made of cotton. the dress is made of cotton. the dress is "
            "made of",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        color="Green",
        title="Libas Women Green & Gold-Toned Floral Printed Straight Kurta",
    ),
    # 4. Man in mid-blue jeans, an untucked plain white tee and white sneakers, framed from the chest down.
    # caption, garment_type, color, pattern, material B; details C3.
    case(
        "MYN-27730915",
        caption("a man wearing blue jeans and a white t-shirt"),
        D.garment_type("jeans"),
        D.color("white", "other_garment_color"),
        D.pattern("solid Question: What is the color of the shirt? Answer: white", "leak"),
        D.details(
            "The pants are with denim fabric and pure color patterns. The gentleman wears a short-sleeve T-shirt "
            "with pure color patterns. The T-shirt is with",
            "cut",
            hit_limit=True,
        ),
        D.material("denim"),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Mast & Harbour Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 5. Woman in a mustard top with short puff sleeves, black skinny jeans, plain grey wall; a front shot only.
    # caption, wearing, color, sleeve_length, description, material B; pattern V.
    case(
        "MYN-22561840",
        caption("a woman in a yellow top and black jeans standing against a grey wall"),
        D.wearing("a yellow top and black pants"),
        D.color("yellow"),
        D.pattern(
            "pure color Question: What is the color of the top? Answer: yellow Question: What is the color of the "
            "pants? Answer: black Question:",
            "leak",
            hit_limit=True,
        ),
        D.sleeve_length("short"),
        D.description("a yellow top with puff sleeves and a bow at the back", "unsupported"),
        D.material("the garment is made of the material", "restated"),
        gender="Women",
        category="Tops",
        color="Mustard",
        title="DressBerry Women Mustard Yellow Solid Puff Sleeve Top",
    ),
    # 6. Male model with long hair tied back, black tee with a large white "HRX" graphic, grey joggers.
    # caption, wearing, garment_type, pattern B; color V; details C3.
    case(
        "MYN-20917364",
        caption("a woman wearing a black t-shirt with a white graphic print", "pronoun"),
        D.wearing("a black t-shirt and grey pants"),
        D.garment_type("t-shirt"),
        D.color(
            "black and white and black and white and black and white and black and white and black and white and "
            "black and white and black and white and",
            "loop",
            hit_limit=True,
        ),
        D.pattern("graphic"),
        D.details(
            "The T-shirt is with cotton fabric and graphic patterns. It has a round neckline. The gentleman wears a "
            "long pants. The pants are",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="HRX by Hrithik Roshan Men Black Printed Round Neck T-shirt",
    ),
    # 7. Woman in a maroon long-sleeve kurta with a gold-embroidered yoke, maroon trousers, a beige-gold dupatta over
    # one shoulder, studio. caption, wearing, garment_type, color, pattern, material B; description C1.
    case(
        "MYN-25506172",
        caption("a woman in a red salwar kameez with a gold dupatta"),
        D.wearing("a maroon kurta and a dupatta"),
        D.garment_type("salwar kameez"),
        D.color("beige", "other_garment_color"),
        D.pattern("embroidered"),
        D.description(
            "The lady wears a long-sleeve dress with solid color patterns. The dress is with cotton fabric. It has "
            "a v-shape neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.material("yes", "non_answer"),
        gender="Women",
        category="Kurta Sets",
        color="Maroon",
        title="Anouk Women Maroon Yoke Design Kurta with Trousers & Dupatta",
    ),
    # 8. Man in a light-blue formal shirt, red tie, grey trousers, office backdrop.
    # caption C3; wearing, garment_type, color, sleeve_length, details B; material V.
    case(
        "MYN-14472093",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue shirt and a red tie"),
        D.garment_type("shirt"),
        D.color("red", "other_garment_color"),
        D.sleeve_length("long"),
        D.details("it has a collar and buttons"),
        D.material("the color of the shirt is blue", "non_answer"),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="Peter England Men Blue Slim Fit Solid Formal Shirt",
    ),
    # 9. Woman in a black-and-white horizontally striped short-sleeve A-line midi dress, white sneakers, on a street
    # in front of a red brick wall. caption, wearing, color, pattern, material B; description C3.
    case(
        "MYN-30018457",
        caption("a woman in a striped dress standing in front of a brick wall"),
        D.wearing("a black and white striped shirt", "contradiction"),
        D.color("black and white"),
        D.pattern("striped"),
        D.description(
            "The dress is with cotton fabric and stripe patterns. The dress is with cotton fabric and stripe "
            "patterns. The dress is with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        D.material("red", "non_answer"),
        gender="Women",
        category="Dresses",
        color="Black",
        title="SASSAFRAS Women Black & White Striped A-Line Midi Dress",
    ),
    # 10. Product shot, no person: flat-lay of black track pants with one white side stripe, plain slip pockets
    # (no zips), white background. caption, garment_type, color, details, description B; wearing C3.
    case(
        "MYN-11930284",
        caption("a pair of black track pants with white stripes on a white background"),
        D.wearing(
            "The gentleman wears a long pants. The pants are with cotton fabric and pure color patterns. The "
            "gentleman wears a long pants. The pants are with",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("shorts", "contradiction"),
        D.color("black"),
        D.details("a white stripe down the side"),
        D.description("black track pants with a white stripe and two zip pockets", "unsupported"),
        gender="Men",
        category="Track Pants",
        color="Black",
        title="Puma Men Black Solid Regular Fit Track Pants",
    ),
    # 11. Woman in a pink saree with a gold zari border, a short-sleeve pink blouse, gold jhumkas, plain cream wall;
    # empty hands, no bag. caption, wearing, color, description, material B; garment_type V; details C3.
    case(
        "MYN-28845019",
        caption("a woman in a pink saree with gold border"),
        D.wearing("a pink sari"),
        D.garment_type("dress", "contradiction"),
        D.color("pink"),
        D.description("a pink saree with gold border and a matching handbag", "unsupported"),
        D.details(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has "
            "a v-shape neckline. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.material("silk"),
        gender="Women",
        category="Sarees",
        color="Pink",
        title="Mitera Pink & Gold-Toned Silk Blend Woven Design Saree",
    ),
    # 12. Boy of about eight in a red tee with a green dinosaur print, blue denim shorts, white backdrop.
    # caption, wearing, color, pattern, description B; material V.
    case(
        "MYN-33267810",
        caption("a little boy wearing a red t-shirt with a dinosaur on it"),
        D.wearing("a red t-shirt and blue shorts"),
        D.color("blue", "other_garment_color"),
        D.pattern("graphic"),
        D.description("a girl's red t-shirt with a dinosaur print", "pronoun"),
        D.material("the color of the t-shirt is red", "non_answer"),
        gender="Boys",
        category="Tshirts",
        color="Red",
        title="YK Boys Red Dinosaur Printed Round Neck T-shirt",
    ),
    # 13. Man in a cream knee-length long-sleeve kurta with a mandarin collar and self-fabric cream buttons, white
    # churidar, brown mojaris, beige backdrop. caption C3; wearing, garment_type, color, description, material B.
    case(
        "MYN-16654329",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand-up collar neckline. The gentleman wears a long trousers. The trousers are with cotton "
            "fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white kurta and pants"),
        D.garment_type("kurta"),
        D.color("beige"),
        D.description("a cream kurta with gold buttons", "unsupported"),
        D.material("Question: What is the material of the garment? Answer: cotton", "leak"),
        gender="Men",
        category="Kurtas",
        color="Cream",
        title="Manyavar Men Cream-Coloured Solid Straight Kurta",
    ),
    # 14. Woman in a navy-and-white vertical-stripe shirt-style top with full sleeves, light-blue jeans.
    # caption, wearing, garment_type, sleeve_length, description B; pattern V; details C3.
    case(
        "MYN-21398475",
        caption("a woman wearing a blue and white striped shirt and jeans"),
        D.wearing("a striped shirt"),
        D.garment_type("shirt"),
        D.pattern("pure color", "contradiction"),
        D.sleeve_length("long"),
        D.details(
            "Her shirt has long sleeves, cotton fabric and stripe patterns. It has a lapel neckline. The lady wears "
            "a long denim pants. The pants are with denim",
            "cut",
            hit_limit=True,
        ),
        D.description("describe the garment", "restated"),
        gender="Women",
        category="Tops",
        color="Navy Blue",
        title="Roadster Women Navy Blue & White Striped Shirt Style Top",
    ),
    # 15. Man in a heather-grey tee with a small white swoosh on the chest, black shorts, gym with weight racks.
    # caption, wearing, color, description, material B; garment_type V.
    case(
        "MYN-26603148",
        caption("a man in a grey t-shirt and black shorts in a gym"),
        D.wearing("she is wearing a grey shirt and black shorts", "pronoun"),
        D.garment_type(
            "tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee "
            "tee tee tee tee tee",
            "loop",
            hit_limit=True,
        ),
        D.color("grey"),
        D.description("a grey t-shirt with a nike logo on the chest"),
        D.material("polyester"),
        gender="Men",
        category="Tshirts",
        color="Grey Melange",
        title="Nike Men Grey Melange Dri-FIT Training T-shirt",
    ),
    # 16. Woman in an indigo long-sleeve A-line kurta with a white floral print, pink cigarette pants.
    # caption C1; wearing, garment_type, color, pattern B; details V.
    case(
        "MYN-23370651",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue kurta and pink pants"),
        D.garment_type("kurta"),
        D.color("pink", "other_garment_color"),
        D.pattern("floral"),
        D.details(
            "the color of the dress is blue. the color of the dress is blue. the color of the dress is blue. the",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        color="Blue",
        title="W Women Blue Floral Printed A-Line Kurta",
    ),
    # 17. Man in an olive bomber jacket (ribbed collar, no hood) worn open over a white crew tee, black jeans, street.
    # caption, wearing, garment_type, color, description B; details C3.
    case(
        "MYN-18829406",
        caption("a man wearing a green jacket over a white t-shirt"),
        D.wearing("a green bomber jacket, white t-shirt and black jeans"),
        D.garment_type("jacket"),
        D.color("white", "other_garment_color"),
        D.description("a green bomber jacket with a hood", "unsupported"),
        D.details(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a stand-up collar neckline. The gentleman wears a short",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Jackets",
        color="Olive",
        title="Roadster Men Olive Green Solid Bomber Jacket",
    ),
    # 18. Woman in black high-rise skinny jeans and a white crop top, framed from the shoulders down, white backdrop.
    # caption, wearing, garment_type, material B; color V; description C3.
    case(
        "MYN-29952173",
        caption("a woman wearing black jeans and a white top"),
        D.wearing("black jeans"),
        D.garment_type("jeans"),
        D.color(
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "The pants are with denim fabric and pure color patterns. The pants are with denim fabric and pure color "
            "patterns. The pants are with denim",
            "loop",
            hit_limit=True,
        ),
        D.material("the garment is made of material", "restated"),
        gender="Women",
        category="Jeans",
        color="Black",
        title="Mast & Harbour Women Black Skinny Fit High-Rise Stretchable Jeans",
    ),
    # 19. Girl of about five in a pink sleeveless fit-and-flare dress with small white flowers, white shoes, on a
    # garden lawn. caption, wearing, color, pattern, material B; sleeve_length V; description C3.
    case(
        "MYN-32041785",
        caption("a little girl in a pink dress standing in the grass"),
        D.wearing("a pink dress"),
        D.color("pink"),
        D.pattern("floral"),
        D.sleeve_length("long-sleeve", "contradiction"),
        D.description(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton Question: What is the pattern of the garment? Answer: floral", "leak"),
        gender="Girls",
        category="Dresses",
        color="Pink",
        title="Hopscotch Girls Pink Floral Print Fit and Flare Dress",
    ),
    # 20. Man in a red-and-black buffalo-check flannel shirt, long sleeves, worn open over a plain grey tee, blue jeans.
    # caption, color, pattern, sleeve_length, material B; wearing V; details C3.
    case(
        "MYN-15587320",
        caption("a man in a red and black plaid shirt"),
        D.wearing(
            "a shirt and a shirt and a shirt and a shirt and a shirt and a shirt and a shirt and a shirt and a",
            "loop",
            hit_limit=True,
        ),
        D.color("grey", "other_garment_color"),
        D.pattern("checkered"),
        D.sleeve_length("short", "contradiction"),
        D.details(
            "His shirt has long sleeves, cotton fabric and lattice patterns. It has a lapel neckline. The gentleman "
            "wears a long denim pants. The pants are with denim fabric",
            "cut",
            hit_limit=True,
        ),
        D.material("flannel"),
        gender="Men",
        category="Shirts",
        color="Red",
        title="Roadster Men Red & Black Regular Fit Checked Casual Shirt",
    ),
    # 21. Woman in a yellow three-quarter-sleeve kurta with a green leaf print and solid green palazzos.
    # caption C1; wearing, color, sleeve_length, description B; material V.
    case(
        "MYN-24419867",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The lady wears a long-sleeve dress with floral "
            "patterns. The lady wears a long-sleeve dress with floral patterns. The lady wears a long",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a yellow kurta and green pants"),
        D.color("yellow"),
        D.sleeve_length("three quarter"),
        D.description("a yellow kurta with green leaves and green palazzo pants with a", "cut"),
        D.material(
            "Question: What is the color of the dress? Answer: yellow Question: What is the color of the pants? "
            "Answer: green Question:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurta Sets",
        color="Yellow",
        title="Varanga Women Yellow & Green Leaf Print Kurta with Palazzos",
    ),
    # 22. Man in charcoal formal trousers, a white shirt tucked in, a black belt, black shoes, office.
    # caption, wearing, garment_type, color, description, material B; details C3.
    case(
        "MYN-13306592",
        caption("a man in a white shirt and grey pants"),
        D.wearing("a white shirt and grey trousers"),
        D.garment_type("pants"),
        D.color("white", "other_garment_color"),
        D.description("a black belt", "contradiction"),
        D.details(
            "The trousers are with cotton fabric and pure color patterns. The gentleman wears a long-sleeve shirt "
            "with pure color patterns. The shirt is with cotton fabric. It",
            "cut",
            hit_limit=True,
        ),
        D.material("the material of the pants", "restated"),
        gender="Men",
        category="Trousers",
        color="Charcoal",
        title="Louis Philippe Men Charcoal Grey Slim Fit Solid Formal Trousers",
    ),
    # 23. Woman on a beach in a white sleeveless top with a ruffled neckline, blue denim shorts; no jewellery.
    # all B.
    case(
        "MYN-30772541",
        caption("a woman in a white top standing on the beach"),
        D.garment_type("tank top"),
        D.sleeve_length("sleeveless"),
        D.description("a white top with ruffles and a gold necklace", "unsupported"),
        D.details("the details of the garment are the details of the top", "restated"),
        D.material("it is made of fabric", "non_answer"),
        gender="Women",
        category="Tops",
        color="White",
        title="SASSAFRAS Women White Solid Ruffled Top",
    ),
    # 24. Man in a maroon pullover hoodie with a kangaroo pocket, black joggers, white wall.
    # caption C3; wearing, garment_type, color, sleeve_length, details B.
    case(
        "MYN-17748203",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a hooded neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red hoodie and black pants"),
        D.garment_type("jacket", "contradiction"),
        D.color("burgundy"),
        D.sleeve_length("long"),
        D.details("she is wearing a hoodie with a front pocket", "pronoun"),
        gender="Men",
        category="Sweatshirts",
        color="Maroon",
        title="HRX by Hrithik Roshan Men Maroon Solid Hooded Sweatshirt",
    ),
    # 25. Woman in a navy long-sleeve maxi dress with pink and white flowers, no belt or tie, sitting on a wicker
    # chair in a white room. caption, wearing, garment_type, pattern, sleeve_length, details B; color V;
    # description C3.
    case(
        "MYN-26185430",
        caption("a woman in a blue floral dress sitting on a chair"),
        D.wearing("she is wearing a long blue dress with flowers"),
        D.garment_type("dress"),
        D.color(
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue blue",
            "loop",
            hit_limit=True,
        ),
        D.pattern("floral"),
        D.sleeve_length("short", "contradiction"),
        D.description(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is",
            "cut",
            hit_limit=True,
        ),
        D.details("a tie belt at the waist", "unsupported"),
        gender="Women",
        category="Dresses",
        color="Navy Blue",
        title="Athena Women Navy Blue Floral Print Maxi Dress",
    ),
    # 26. Man in a plain white polo (three-button placket, no chest pocket), khaki chinos.
    # caption C1; wearing, garment_type, color, details, material B.
    case(
        "MYN-20364719",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white polo shirt and khaki pants"),
        D.garment_type("polo shirt"),
        D.color("white"),
        D.details("it has a collar, three buttons and a pocket on the chest", "unsupported"),
        D.material("cotton Question: What is the color of the pants? Answer: khaki", "leak"),
        gender="Men",
        category="Tshirts",
        color="White",
        title="Roadster Men White Solid Polo Collar T-shirt",
    ),
    # 27. Woman in black ankle-length leggings under a long teal kurti, framed from the waist down. No title column.
    # caption, wearing, garment_type, color, pattern, details B; material V.
    case(
        "MYN-12290876",
        caption("a woman wearing black leggings and a teal top"),
        D.wearing("leggings"),
        D.garment_type("kurta", "contradiction"),
        D.color("teal", "other_garment_color"),
        D.pattern("solid"),
        D.details("they are leggings", "non_answer"),
        D.material(
            "the color of the leggings is black. the color of the leggings is black. the color of the leggings is",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Leggings",
        color="Black",
    ),
    # 28. Man in khaki chino shorts, a navy tee and white sneakers, outdoors.
    # caption, wearing, garment_type, color, details B; description C3.
    case(
        "MYN-22837165",
        caption("a man in a blue shirt and khaki shorts"),
        D.wearing("white sneakers", "contradiction"),
        D.garment_type("shorts"),
        D.color("navy blue", "other_garment_color"),
        D.details("they are short", "non_answer"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Shorts",
        color="Khaki",
        title="Jack & Jones Men Khaki Solid Regular Fit Chino Shorts",
    ),
    # 29. Woman in a teal long-sleeve straight kurta with a silver-embroidered yoke, cream trousers, hair down over
    # her ears, no jewellery visible. caption, wearing, color, pattern, description B; garment_type V.
    case(
        "MYN-27019384",
        caption("a woman wearing a green kurta with silver embroidery"),
        D.wearing("a kurta"),
        D.garment_type(
            "dress Question: What is the color of the dress? Answer: teal Question: What is the color of the pants? "
            "Answer: white",
            "leak",
            hit_limit=True,
        ),
        D.color("teal"),
        D.pattern("embroidered"),
        D.description("a teal kurta with silver embroidery on the neck and a pair of earrings", "unsupported"),
        gender="Women",
        category="Kurtas",
        color="Teal",
        title="Sangria Women Teal Yoke Design Straight Kurta",
    ),
    # 30. Man in an olive shirt with the sleeves rolled to the elbow, black jeans, sunglasses pushed up on his head.
    # caption, details C3; wearing, garment_type, color, sleeve_length, material B.
    case(
        "MYN-19650827",
        caption(
            "His shirt has long sleeves, cotton fabric and pure color patterns. His shirt has long sleeves, cotton "
            "fabric and pure color patterns. His shirt has long sleeves, cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        D.wearing("sunglasses", "contradiction"),
        D.garment_type("shirt"),
        D.color("green"),
        D.sleeve_length("rolled up"),
        D.details(
            "His shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The "
            "gentleman wears a long denim pants. The pants are with denim",
            "cut",
            hit_limit=True,
        ),
        D.material("a shirt", "non_answer"),
        gender="Men",
        category="Shirts",
        color="Olive",
        title="WROGN Men Olive Green Slim Fit Solid Casual Shirt",
    ),
    # 31. Woman in a lavender tee with a small black slogan print, white jeans.
    # caption, wearing, garment_type, color, description, material B; details C1.
    case(
        "MYN-31562098",
        caption("a woman in a purple t-shirt and white jeans"),
        D.wearing("a purple shirt"),
        D.garment_type("t-shirt"),
        D.color("light purple"),
        D.description("he is wearing a purple t-shirt with black letters", "pronoun"),
        D.details(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.material("none", "non_answer"),
        gender="Women",
        category="Tshirts",
        color="Lavender",
        title="Tokyo Talkies Women Lavender Printed Round Neck T-shirt",
    ),
    # 32. Product shot, no person: flat-lay of a white tee with a blue car print and navy shorts, white background.
    # caption, wearing, color, pattern, details B; material V.
    case(
        "MYN-34408152",
        caption("a white t-shirt and blue shorts on a white background"),
        D.wearing("a t-shirt and shorts"),
        D.color("blue and white"),
        D.pattern("printed Question: What is the sleeve length? Answer: short", "leak"),
        D.details("a car print on the t-shirt"),
        D.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        category="Clothing Set",
        color="Blue",
        title="Babyhug Boys Blue & White Printed T-shirt with Shorts",
    ),
    # 33. Woman in a black A-line mini skirt with a white sleeveless top tucked in, beige backdrop, seen from the
    # front (the skirt's sides are not visible). No base-colour column.
    # caption C3; wearing, garment_type, color, pattern, details, material B.
    case(
        "MYN-21127639",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a short skirt. The skirt is with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white top and a black skirt"),
        D.garment_type("tank top", "contradiction"),
        D.color("black"),
        D.pattern("no", "non_answer"),
        D.details("a zipper on the side", "unsupported"),
        D.material("cotton"),
        gender="Women",
        category="Skirts",
        title="SASSAFRAS Women Black Solid A-Line Mini Skirt",
    ),
    # 34. Man in a blue tee with a white batwing logo on the chest, black jeans.
    # all B.
    case(
        "MYN-16093274",
        caption("a man in a blue levi's t-shirt"),
        D.wearing("a woman wearing a blue t-shirt and black jeans", "pronoun"),
        D.color("black", "other_garment_color"),
        D.pattern("graphic"),
        D.details(
            "the t-shirt has a logo on the front and the t-shirt has a logo on the front and the t-shirt has a logo "
            "on the",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Blue",
        title="Levis Men Blue Brand Logo Printed Round Neck T-shirt",
    ),
    # 35. Woman in white wide-leg palazzos under a red kurta, framed from the hips down. No gender column.
    # caption C3; wearing, garment_type, color, pattern, details B.
    case(
        "MYN-25873016",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red kurta and white pants"),
        D.garment_type("kurta", "contradiction"),
        D.color("red", "other_garment_color"),
        D.pattern("solid"),
        D.details("wide leg"),
        category="Palazzos",
        color="White",
        title="Libas Women White Solid Wide Leg Palazzos",
    ),
    # 36. Man in a sleeveless navy Nehru jacket with a paisley self-weave over a long-sleeve cream kurta and cream
    # churidar. caption, garment_type, color, pattern, sleeve_length B; description C3; material V.
    case(
        "MYN-28316549",
        caption("a man wearing a blue vest over a white kurta"),
        D.garment_type("vest"),
        D.color("white", "other_garment_color"),
        D.pattern("paisley"),
        D.sleeve_length("long", "contradiction"),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand-up collar neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "Question: What is the color of the vest? Answer: blue Question: What is the color of the kurta? "
            "Answer: white Question:",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Nehru Jackets",
        color="Navy Blue",
        title="Manyavar Men Navy Blue Paisley Woven Design Nehru Jacket",
    ),
    # 37. Woman in a peach long-sleeve wrap top tied at the waist, white trousers; her hands are visible, no rings.
    # caption C1; wearing, garment_type, color, sleeve_length, description B; pattern V.
    case(
        "MYN-23954781",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. There is a ring on her finger. The lady wears a long trousers. The trousers are with "
            "cotton",
            "unsupported",
            hit_limit=True,
        ),
        D.wearing("a peach top and white pants"),
        D.garment_type("cardigan", "contradiction"),
        D.color("peach"),
        D.pattern("the pattern of the garment", "restated"),
        D.sleeve_length("long"),
        D.description("a peach wrap top with a tie at the waist"),
        gender="Women",
        category="Tops",
        color="Peach",
        title="Harpa Women Peach-Coloured Solid Wrap Top",
    ),
    # 38. Man in blue skinny jeans with ripped knees, a black tee, white sneakers.
    # caption C3; wearing V; garment_type, color, details, material B.
    case(
        "MYN-18471360",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long denim pants. The pants are with denim fabric and "
            "pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim "
            "denim denim denim denim denim denim denim denim denim denim denim denim denim",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("jeans"),
        D.color("blue"),
        D.details("the details of the garment", "restated"),
        D.material("denim"),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Roadster Men Blue Skinny Fit Mid-Rise Mildly Distressed Jeans",
    ),
    # 39. Woman in a rust-orange flared long-sleeve anarkali kurta with a gold print; no dupatta.
    # caption, wearing, color, description, material B; garment_type V; details C3.
    case(
        "MYN-30205947",
        caption("a woman in an orange kurta with gold print"),
        D.wearing("an orange kurta"),
        D.garment_type(
            "dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress",
            "loop",
            hit_limit=True,
        ),
        D.color("rust"),
        D.description("an orange anarkali kurta with gold print, a flared hem and a matching dupatta", "unsupported"),
        D.details(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.material("Answer: cotton", "leak"),
        gender="Women",
        category="Kurtas",
        color="Rust",
        title="Biba Women Rust Orange Printed Anarkali Kurta",
    ),
    # 40. Man in a green-and-white horizontally striped short-sleeve polo, navy shorts.
    # caption, wearing, color, pattern, sleeve_length B; description C3; material V.
    case(
        "MYN-14825063",
        caption("a man in a green and white striped polo shirt"),
        D.wearing("a striped polo shirt and blue shorts"),
        D.color("green and white"),
        D.pattern("solid", "contradiction"),
        D.sleeve_length("long", "contradiction"),
        D.description(
            "The gentleman wears a short-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.material("the color of the shirt is green", "non_answer"),
        gender="Men",
        category="Tshirts",
        color="Green",
        title="United Colors of Benetton Men Green & White Striped Polo T-shirt",
    ),
    # 41. Girl of about nine in a long-sleeve pink kurta with a green border, green churidar, green dupatta, white
    # backdrop. No title column. caption, wearing, color, sleeve_length, description, material B;
    # details V.
    case(
        "MYN-33790412",
        caption("a young girl in a pink and green indian dress"),
        D.wearing("a pink kurta"),
        D.color("pink"),
        D.sleeve_length("long"),
        D.description("a boy wearing a pink kurta", "pronoun"),
        D.details("Question: What is the color of the churidar? Answer: green", "leak"),
        D.material("i don't know", "non_answer"),
        gender="Girls",
        category="Kurta Sets",
        color="Pink",
    ),
    # 42. Woman in a black sleeveless jumpsuit with a self-fabric belt, red heels, white wall.
    # caption C3; wearing, garment_type, color, sleeve_length, details, material B.
    case(
        "MYN-26648290",
        caption(
            "The lady wears a sleeveless romper with pure color patterns. The romper is with cotton fabric. It has "
            "a v-shape neckline. There is an accessory in her waist. The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black jumpsuit and red shoes"),
        D.garment_type("jumpsuit"),
        D.color("red", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        D.details("it has a belt"),
        D.material("what is the material of the garment", "restated"),
        gender="Women",
        category="Jumpsuit",
        color="Black",
        title="Athena Women Black Solid Basic Jumpsuit with Belt",
    ),
    # 43. Man in a white formal shirt under an open grey suit jacket, grey tie, grey trousers.
    # caption, wearing, garment_type, color, details B; description C3.
    case(
        "MYN-17203985",
        caption("a man in a grey suit and white shirt"),
        D.wearing("she is wearing a suit and tie", "pronoun"),
        D.garment_type("suit", "contradiction"),
        D.color("white"),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "it has a white collar and white buttons, a white collar and white buttons, a white collar and white "
            "buttons, a",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="White",
        title="Van Heusen Men White Slim Fit Solid Formal Shirt",
    ),
    # 44. Woman in a sky-blue top with small white flowers and short flutter sleeves, white jeans.
    # caption, description C1; wearing, garment_type, color, material B.
    case(
        "MYN-29437618",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a long denim pants. The pants are with denim fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue floral top"),
        D.garment_type("blouse"),
        D.color("light blue"),
        D.description(
            "The shirt is with chiffon fabric and floral patterns. The shirt is with chiffon fabric and floral "
            "patterns. The shirt is with chiffon",
            "loop",
            hit_limit=True,
        ),
        D.material("", "non_answer"),
        gender="Women",
        category="Tops",
        color="Blue",
        title="Vero Moda Women Blue Floral Print Top",
    ),
]
