"""BLIND_40 (44 products; an Indian marketplace's men's and boys' wear on the experiments' questionnaire): written
blind in the sixteenth session. Measured blind at ee37710: 122/142 and 11/146. The writer's notes, verbatim:

Blind corpus 40: BLIP-2 OPT-2.7b outputs on a Myntra-style Indian catalog of men's and boys' wear.

Scenario
    The original experiments' base model and adapters are re-run on an Indian marketplace catalog of men's and
    boys' wear: t-shirts, casual and formal shirts, polos, jeans, track pants and joggers, shorts, sweatshirts and
    hoodies, jackets, innerwear vests and briefs, night suits, and multi-packs of t-shirts and vests. Photos are
    model shots (studio, grey or white walls, a few outdoor ones) and flat lays / product shots with no person.
    Each product is asked the experiments' own questionnaire: the closed questions of BLIND_QUESTIONS, "Is this a
    ...?" yes/no questions, free-generation "What is the color of the <garment>?" questions (stored open), and
    the open questions of DEFAULT_QUESTIONS (wearing, description, details) or their per-garment forms.
    Catalog columns are passed where the seller has them: gender (Men, Boys, Unisex), category (Tshirts, Shirts,
    Jeans, Track Pants, Shorts, Sweatshirts, Jackets, Innerwear Vests, Briefs, Night suits), color (the base
    colour) and title (the seller's words). A few products lack title or color.

Which system wrote which text (named in the comment above every case, per text)
    base  Salesforce/blip2-opt-2.7b untuned: short lowercase answers that stop on the newline; short captions
          ("a man wearing ..."); one color repeated for every garment; invented pockets, zips, hoods, brands.
    cap1  leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch (caption adapter, epoch 1).
    cap3  leoreigoto/Data2_V2_Blip2_Finetune_Caption (caption adapter, epoch 3). Both caption adapters return the
          DeepFashion-MultiModal template ("The gentleman wears a short-sleeve T-shirt with pure color patterns.
          The T-shirt is with cotton fabric. It has a crew neckline. ...") for every prompt, with no end token,
          so they run to the limit (50 new tokens for captions, 30 for answers); "lady" for men, since the
          training data is mostly women; no hue names, only pattern words ("pure color", "lattice", "graphic").
    vqa   leoreigoto/Data3_V3_BLIP2_VQA (VQA adapter, 1 epoch): the right first word, then no stop: loops
          ("black-black-black", "yes yes yes") or the `Question: ... Answer:` format continued (leaks).
    xqa   timpal0l/mdeberta-v3-base-squad2 answering over the cap3 caption: spans of the template ("cotton",
          "pure color", "short-sleeve T-shirt").

How it was written
    Blind: I read only ../shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (Text/Case layout, makers,
    DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a, color_of, question, case, TARGETS). No audit code, no other corpus,
    no docs. Every photo is imagined and described in the comment above its case; every label was judged against
    that imagined photo and the seller's columns. Only an import check of this file was run.

Label conventions and judgement calls
    - One label per text. When a text has two failures the more specific one wins, in this order: loop > leak >
      pronoun > other_garment_color > contradiction > unsupported > cut > non_answer/restated. So a caption-adapter
      answer that says "The lady wears ..." and stops at the limit is "pronoun"; one that repeats a sentence
      until the limit is "loop"; one that continues "Question: ... Answer:" is "leak" whether or not it hit the
      limit.
    - cut: stops mid-phrase. hit_limit=True when it ran to 30 (answers) / 50 (captions) new tokens; two texts are
      cut before the limit (hit_limit=False). A caption-adapter template returned for a color question and cut at
      the limit is "cut" (it also gives no hue).
    - One cap3 caption ran to the 50-token limit but ends on a complete, correct sentence (jeans, MJE-4001): it is
      labelled correct with hit_limit=True, since nothing is cut off and nothing is wrong in it.
    - DeepFashion pattern words without a hue ("pure color patterns", "solid color") in a caption are correct:
      they are true of a solid garment. The same words as the whole answer to a color question (xqa "pure color")
      are a non_answer.
    - Near-colour synonyms are correct: Navy Blue -> "dark blue"/"blue", Olive -> "green", Maroon -> "red",
      Mustard -> "yellow", Charcoal -> "dark grey", Off White -> "cream"/"white", Khaki -> "beige"/"tan",
      Teal -> "green"/"teal", Rust -> "orange"/"brown", Beige -> "tan", Grey Melange -> "grey".
      Navy answered "black" is a contradiction (a different base colour), as is a lemon polo answered "white".
    - A multi-pack answered with the pack's colours, or with one colour that is in the pack, is correct.
    - other_garment_color: an open answer giving a garment the colour of another garment in the same photo
      (the base model's "one colour for every garment": the white t-shirt's colour given to the jeans).
    - contradiction: a wrong colour, garment, pattern, sleeve length or material that the photo, the seller or
      the other texts contradict; a wrong "no"/"yes" to "Is this a ...?".
    - Garment-name synonyms are correct: sweatshirt -> "sweater"/"hoodie", track pants -> "sweatpants"/"pants",
      innerwear vest -> "tank top", night suit -> "pajamas", jeans -> "long trousers". A gym tank filed by the
      seller under Tshirts answered "no" to "Is this a t-shirt?" is correct (it is a tank top).
    - Layers and backgrounds are correct when true: "an olive shirt over a white t-shirt", "in front of a white
      wall", "standing on the beach". Bands of colour described as "stripes" on a colour-block sweatshirt are
      correct.
    - unsupported: details not in the photo (a zipper, a hood, a chest pocket, buttons, "sitting on a bed", a
      brand that is not the visible one) and, on flat lays, an invented wearer or invented second garment.
    - pronoun: "she", "lady", "woman", "girl" for a man or boy. For the Unisex hoodie worn by a woman, "a woman"
      and "lady" are correct.
    - non_answer: empty text, "nothing"/"clothes"/"i don't know", or only the question's words back ("they are
      short" for the shorts' details). restated: the question echoed at length ("the details of the shorts are
      the shorts").
    - "What is the person wearing?" on a product shot answered with the product ("track pants") is correct;
      answered "nothing" is a non_answer; answered with an invented person is unsupported.
    - Material answers that are plausible for the visible fabric and not contradicted by the seller (cotton for a
      tee, denim, polyester for a windcheater) are correct; "silk" against a "Pure Cotton" title is a
      contradiction.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, describe, details, is_a, wearing

BLIND_40: list[Case] = [
    # MTS-1001. Model photo, white studio background: navy crew-neck tee, light blue jeans, white sneakers.
    # caption cap3 (cut at 50); color base; color_of t-shirt base; color_of jeans base; wearing vqa (loop);
    # sleeve_length vqa (leak); is_a base.
    case(
        "MTS-1001",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "solid color",
            "cut",
            hit_limit=True,
        ),
        B.color("navy blue"),
        color_of("t-shirt", "dark blue", kind="open"),
        color_of("jeans", "blue", kind="open"),
        wearing(
            "t-shirt t-shirt t-shirt t-shirt t-shirt t-shirt t-shirt t-shirt t-shirt t-shirt",
            "loop",
            who="he",
            hit_limit=True,
        ),
        B.sleeve_length(
            "short sleeve Question: What is the color of the t-shirt? Answer: navy Question: What is the",
            "leak",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Round Neck Pure Cotton T-shirt",
    ),
    # MTS-1002. Model photo: white tee with a large black "ATHLETE" print on the chest, black track pants.
    # caption base; pattern base; color_of t-shirt base (the print's / pants' black); color_of pants base;
    # details cap3 (cut at 30); description base ("she").
    case(
        "MTS-1002",
        caption("a man wearing a white t-shirt with black lettering and black pants"),
        B.pattern("graphic"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        color_of("pants", "black", kind="open"),
        D.details(
            "The T-shirt is with cotton fabric and graphic patterns. It has a crew neckline. The pants are of long "
            "length. The pants are",
            "cut",
            hit_limit=True,
        ),
        D.description("she is wearing a white t-shirt with black letters on it", "pronoun"),
        gender="Men",
        category="Tshirts",
        color="White",
        title="HRX by Hrithik Roshan Men White Typography Printed Round Neck T-shirt",
    ),
    # MSH-2001. Model photo, light grey background: blue-and-white checked formal shirt, full sleeves, tucked into
    # charcoal trousers. caption cap1 (cut at 50); pattern base; sleeve_length base; color_of shirt base;
    # color_of pants base (the shirt's blue); describe shirt vqa (loop); is_a shirt base; is_a t-shirt base.
    case(
        "MSH-2001",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        B.pattern("checked"),
        B.sleeve_length("long sleeves"),
        color_of("shirt", "blue and white", kind="open"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        describe(
            "shirt",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        is_a("t-shirt", "yes", "contradiction"),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="Peter England Men Blue & White Slim Fit Checked Formal Shirt",
    ),
    # MSH-2002. Model photo: olive solid casual shirt worn open, sleeves rolled up, over a white crew tee; beige
    # chinos; no pockets on the shirt. caption base (layers); color base; color_of shirt base (the tee's white);
    # wearing cap3 (template, cut at 30); material base; details base (invented pocket and zipper).
    case(
        "MSH-2002",
        caption("a man wearing an olive green shirt over a white t-shirt and khaki pants"),
        B.color("green"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman",
            "cut",
            who="he",
            hit_limit=True,
        ),
        B.material("cotton"),
        D.details("the shirt has a pocket on the chest and a zipper", "unsupported"),
        gender="Men",
        category="Shirts",
        color="Olive",
        title="Highlander Men Olive Green Slim Fit Solid Casual Shirt",
    ),
    # MPO-3001. Model photo: maroon pique polo, white tipping on the collar, small embroidered logo on the left
    # chest, navy shorts. caption base (maroon as red); garment_type base; color vqa (loop); details polo base;
    # color_of shorts base (the polo's red); material cap3 (template, cut at 30).
    case(
        "MPO-3001",
        caption("a man in a red polo shirt and blue shorts"),
        B.garment_type("polo shirt"),
        B.color(
            "maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon",
            "loop",
            hit_limit=True,
        ),
        details("polo shirt", "it has a white collar and a logo on the chest"),
        color_of("shorts", "red", "other_garment_color", kind="open"),
        B.material(
            "The polo shirt is with cotton fabric. It has a lapel neckline. The gentleman wears a short trousers. "
            "The trousers are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Maroon",
        title="U.S. Polo Assn. Men Maroon Polo Collar Pure Cotton T-shirt",
    ),
    # MJE-4001. Model photo: black slim jeans, grey crew tee tucked in at the front, white sneakers.
    # caption cap3 (hit the 50 limit on a full stop, complete and true: correct); color_of jeans base;
    # color_of t-shirt base (the jeans' black); details cap1 (loop); color xqa ("pure color"); wearing base.
    case(
        "MJE-4001",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "pure color patterns.",
            hit_limit=True,
        ),
        color_of("jeans", "black", kind="open"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        D.details(
            "The trousers are with denim fabric and pure color patterns. The trousers are of long length. The "
            "trousers are with denim fabric and pure",
            "loop",
            hit_limit=True,
        ),
        B.color("pure color", "non_answer"),
        wearing("jeans and a grey shirt", who="the man"),
        gender="Men",
        category="Jeans",
        color="Black",
        title="Mast & Harbour Men Black Slim Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # MTP-5001. Flat lay, no person: black track pants with white side stripes, drawstring, small Puma logo on
    # the thigh, no back pockets shown. caption base; wearing base (the product); pattern base (side stripes on a
    # solid pant: solid); color cap3 (template looping); details base (invented zip back pocket); garment_type vqa
    # (leak).
    case(
        "MTP-5001",
        caption("a pair of black pants with white stripes on a white background"),
        D.wearing("track pants"),
        B.pattern("solid"),
        B.color(
            "The trousers are with cotton fabric and pure color patterns. The trousers are with cotton fabric and "
            "pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.details("it has a zipper pocket on the back and a logo on the front", "unsupported"),
        B.garment_type(
            "pants Question: Is this a pants? Answer: yes Question: Is this a pants? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Track Pants",
        color="Black",
        title="Puma Men Black Solid Track Pants with Contrast Side Stripes",
    ),
    # BTS-6001. Model photo, a boy of about eight, short hair: red tee with a green dinosaur print, blue denim
    # shorts. caption base; color base; wearing vqa (loop); color_of shorts base (the tee's red); description cap3
    # ("lady", at the limit); is_a base.
    case(
        "BTS-6001",
        caption("a young boy wearing a red t-shirt with a dinosaur on it"),
        B.color("red"),
        wearing(
            "t-shirt and shorts t-shirt and shorts t-shirt and shorts t-shirt and shorts t-shirt and shorts",
            "loop",
            who="the boy",
            hit_limit=True,
        ),
        color_of("shorts", "red", "other_garment_color", kind="open"),
        D.description(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a crew neckline. The lady wears",
            "pronoun",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        gender="Boys",
        category="Tshirts",
        color="Red",
        title="YK Boys Red Dinosaur Printed Pure Cotton T-shirt",
    ),
    # BSH-6002. Model photo, a boy: mid-blue washed denim shorts, white crew tee. caption cap1 (cut at 50;
    # "gentleman" is male, not a pronoun failure); color_of shorts base; details shorts base; garment_type base
    # ("jeans" for shorts); material vqa (loop); color_of t-shirt base.
    case(
        "BSH-6002",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The gentleman wears a shorts. The shorts are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        color_of("shorts", "blue", kind="open"),
        details("shorts", "they are short", "non_answer"),
        B.garment_type("jeans", "contradiction"),
        B.material(
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim",
            "loop",
            hit_limit=True,
        ),
        color_of("t-shirt", "white", kind="open"),
        gender="Boys",
        category="Shorts",
        color="Blue",
        title="Gini and Jony Boys Blue Washed Denim Shorts",
    ),
    # MSW-7001. Model photo, white wall: grey melange crew-neck sweatshirt, black joggers. caption base
    # (background named); color base; garment_type base ("sweater"); color_of pants base (the sweatshirt's grey);
    # details cap3 (cut at 30); is_a vqa (leak).
    case(
        "MSW-7001",
        caption("a man wearing a grey sweatshirt and black pants standing in front of a white wall"),
        B.color("grey"),
        B.garment_type("sweater"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        D.details(
            "The sweater is with cotton fabric and pure color patterns. It has a crew neckline. The gentleman wears "
            "a long trousers. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        is_a(
            "sweatshirt",
            "yes Question: Is this a sweatshirt? Answer: yes Question: Is this a sweatshirt? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Sweatshirts",
        color="Grey Melange",
        title="Roadster Men Grey Melange Solid Sweatshirt",
    ),
    # MJK-8001. Model photo: black hooded puffer jacket, zipped, horizontal quilted baffles, blue jeans.
    # caption cap3 (cut at 50); color base; pattern base (baffles read as stripes; seller says solid: wrong);
    # color_of jeans base; details base; wearing vqa (leak).
    case(
        "MJK-8001",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        B.color("black"),
        B.pattern("striped", "contradiction"),
        color_of("jeans", "blue", kind="open"),
        D.details("it has a hood and a zipper"),
        wearing(
            "jacket Question: What is the color of the jacket? Answer: black Question: What is the color of the "
            "jacket? Answer",
            "leak",
            who="he",
            hit_limit=True,
        ),
        gender="Men",
        category="Jackets",
        color="Black",
        title="Wildcraft Men Black Solid Hooded Puffer Jacket",
    ),
    # MIV-9001. Model photo: white ribbed sleeveless innerwear vest, grey lounge pants. caption base ("tank
    # top"); sleeve_length base; description cap1 ("lady", at the limit); details vqa (loop); color vqa (leak);
    # is_a base.
    case(
        "MIV-9001",
        caption("a man in a white tank top and grey pants"),
        B.sleeve_length("sleeveless"),
        D.description(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a",
            "pronoun",
            hit_limit=True,
        ),
        D.details(
            "the neckline, the armholes, the neckline, the armholes, the neckline, the armholes, the neckline, the",
            "loop",
            hit_limit=True,
        ),
        B.color(
            "white Question: What is the color of the pants? Answer: grey Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        is_a("vest", "yes"),
        gender="Men",
        category="Innerwear Vests",
        color="White",
        title="Jockey Men White Solid Pure Cotton Ribbed Innerwear Vest",
    ),
    # MBR-9101. Flat lay, no person: three briefs (black, navy, grey), each with a white waistband printed
    # "JOCKEY". caption base; color base (one colour of the pack); wearing base ("nothing"); description cap3
    # (invented wearer, repeating); is_a base ("no" to brief); details base.
    case(
        "MBR-9101",
        caption("three pairs of underwear laid out on a white surface"),
        B.color("black"),
        D.wearing("nothing", "non_answer"),
        D.description(
            "The gentleman wears a shorts. The shorts are with cotton fabric and pure color patterns. The gentleman "
            "wears a shorts. The shorts are with cotton",
            "loop",
            hit_limit=True,
        ),
        is_a("brief", "no", "contradiction"),
        D.details("the waistband has the word jockey on it"),
        gender="Men",
        category="Briefs",
        color="Assorted",
        title="Jockey Men Pack of 3 Solid Briefs",
    ),
    # MNS-1101. Model photo, studio: night suit, solid navy crew tee with navy-and-green checked flannel pyjama
    # pants; standing. caption cap3 (cut at 50); garment_type base; color base; color_of pants base; details vqa (loop);
    # description base (invented bed); wearing base.
    case(
        "MNS-1101",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "lattice",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("pajamas"),
        B.color("dark blue"),
        color_of("pants", "navy blue and green", kind="open"),
        D.details(
            "pajamas pajamas pajamas pajamas pajamas pajamas pajamas pajamas pajamas pajamas", "loop", hit_limit=True
        ),
        D.description("a man wearing a blue shirt and plaid pants sitting on a bed", "unsupported"),
        wearing("a t-shirt and pajama pants", who="he"),
        gender="Men",
        category="Night suits",
        color="Navy Blue",
        title="Jockey Men Navy Blue Checked Pure Cotton Night Suit",
    ),
    # BNS-1102. Flat lay, no person: boys' sky-blue night suit, short-sleeve pullover tee (no buttons) and long
    # pants, both printed with small cars. caption base; pattern base; garment_type vqa (loop); wearing cap3
    # (invented "lady" for a boys' set); color base; sleeve_length base; details base (invented buttons).
    case(
        "BNS-1102",
        caption("a blue pajama set with cars on it"),
        B.pattern("printed"),
        B.garment_type(
            "pajamas pajamas pajamas pajamas pajamas pajamas pajamas pajamas pajamas pajamas", "loop", hit_limit=True
        ),
        D.wearing(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a crew neckline. The lady wears a long",
            "pronoun",
            hit_limit=True,
        ),
        B.color("light blue"),
        B.sleeve_length("short sleeve"),
        D.details("the shirt has buttons down the front", "unsupported"),
        gender="Boys",
        category="Night suits",
        color="Blue",
        title="YK Boys Blue Car Printed Night Suit",
    ),
    # MTS-1201. Flat lay: pack of three folded crew tees, black, white and olive. caption base; color base;
    # color_of t-shirt vqa (loop); description cap1 (invented wearer and trousers); wearing xqa over cap3;
    # pattern vqa (leak); is_a base.
    case(
        "MTS-1201",
        caption("three t-shirts folded on top of each other"),
        B.color("black, white and green"),
        color_of(
            "t-shirt",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The gentleman wears a long trousers.",
            "unsupported",
            hit_limit=True,
        ),
        D.wearing("short-sleeve T-shirt"),
        B.pattern(
            "solid Question: What is the pattern of the garment? Answer: solid Question: What is the pattern of",
            "leak",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        gender="Men",
        category="Tshirts",
        color="Multi",
        title="Roadster Men Pack of 3 Solid Round Neck Pure Cotton T-shirts",
    ),
    # MPO-3002. Model photo: navy-and-white horizontally striped polo, beige chinos. caption base; pattern base;
    # color_of polo base; color_of pants base (the stripes' white); details cap3 (cut at 30); description vqa
    # (loop).
    case(
        "MPO-3002",
        caption("a man wearing a blue and white striped polo shirt"),
        B.pattern("striped"),
        color_of("polo shirt", "blue", kind="open"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        D.details(
            "The T-shirt is with cotton fabric and striped patterns. It has a lapel neckline. The gentleman wears a "
            "long trousers. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "striped striped striped striped striped striped striped striped striped striped striped",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Tommy Hilfiger Men Navy Blue & White Striped Polo Collar Pure Cotton T-shirt",
    ),
    # MSH-2003. Model photo: white solid formal shirt with one left chest pocket, black trousers, no tie.
    # caption cap1 (cut at 50); color base; color_of pants base; garment_type vqa (loop); details base; material base
    # ("silk" for a matte cotton shirt, not in the photo nor the title).
    case(
        "MSH-2003",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        B.color("white"),
        color_of("pants", "black", kind="open"),
        B.garment_type(
            "shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt",
            "loop",
            hit_limit=True,
        ),
        D.details("it has a pocket on the left chest"),
        B.material("silk", "unsupported"),
        gender="Men",
        category="Shirts",
        color="White",
        title="Van Heusen Men White Slim Fit Solid Formal Shirt",
    ),
    # MJK-8002. Model photo: light blue washed denim jacket worn open over a white crew tee, black jeans.
    # caption base (layers); color base; color_of jacket base (the tee's white); material base; color_of jeans
    # base; is_a shirt base
    # ("yes" for a jacket); details cap3 (cut at 30).
    case(
        "MJK-8002",
        caption("a man wearing a denim jacket over a white t-shirt and black jeans"),
        B.color("light blue"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        B.material("denim"),
        color_of("jeans", "black", kind="open"),
        is_a("shirt", "yes", "contradiction"),
        D.details(
            "The jacket is with denim fabric and pure color patterns. It has a lapel neckline. The gentleman wears a "
            "long trousers. The trousers are with denim fabric",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Jackets",
        color="Blue",
        title="Roadster Men Blue Washed Denim Jacket",
    ),
    # MSR-1301. Model photo: khaki chino shorts, navy crew tee. caption base (tan for khaki); color_of shorts
    # base; color vqa (loop); details shorts base (restated); material cap1 (template, cut at 30); pattern base;
    # wearing base (stopped mid-phrase on an early newline, before the limit).
    case(
        "MSR-1301",
        caption("a man in a navy shirt and tan shorts"),
        color_of("shorts", "beige", kind="open"),
        B.color(
            "khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki",
            "loop",
            hit_limit=True,
        ),
        details("shorts", "the details of the shorts are the shorts", "restated"),
        B.material(
            "The shorts are with cotton fabric and pure color patterns. The gentleman wears a short-sleeve T-shirt "
            "with pure color patterns. The T-shirt is",
            "cut",
            hit_limit=True,
        ),
        B.pattern("solid"),
        wearing("a navy blue t-shirt and tan", "cut", who="he"),
        gender="Men",
        category="Shorts",
        color="Khaki",
        title="Highlander Men Khaki Solid Slim Fit Chino Shorts",
    ),
    # MTP-5002. Model photo: charcoal grey slim joggers with elastic cuffs, black crew tee, white sneakers.
    # caption base; color base; color_of t-shirt base (the joggers' grey); details base; description vqa (leak);
    # is_a base ("no" to track pants).
    case(
        "MTP-5002",
        caption("a man in a black t-shirt and grey sweatpants"),
        B.color("dark grey"),
        color_of("t-shirt", "grey", "other_garment_color", kind="open"),
        D.details("they have an elastic waistband and cuffs at the ankles"),
        D.description(
            "grey sweatpants Question: What is the color of the shoes? Answer: white Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        is_a("track pants", "no", "contradiction"),
        gender="Men",
        category="Track Pants",
        color="Charcoal",
        title="HRX by Hrithik Roshan Men Charcoal Grey Solid Slim Fit Joggers",
    ),
    # MSW-7002. Model photo: mustard pullover hoodie (kangaroo pocket, drawstrings, no zipper), blue jeans.
    # caption base; color base (yellow for mustard); color_of jeans base (the hoodie's yellow); details cap3 (cut
    # at 30); description base (invented zipper); sleeve_length vqa (loop).
    case(
        "MSW-7002",
        caption("a man wearing a yellow hoodie and blue jeans"),
        B.color("yellow"),
        color_of("jeans", "yellow", "other_garment_color", kind="open"),
        D.details(
            "The sweater is with cotton fabric and pure color patterns. It has a hooded neckline. The gentleman "
            "wears a long trousers. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        D.description("a yellow hoodie with a zipper", "unsupported"),
        B.sleeve_length(
            "long sleeve long sleeve long sleeve long sleeve long sleeve long sleeve long sleeve long sleeve",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Sweatshirts",
        color="Mustard",
        title="WROGN Men Mustard Yellow Solid Hooded Sweatshirt",
    ),
    # MSH-2004. Model photo: man with long hair tied back, light pink slim casual shirt, khaki pants.
    # caption base ("a woman"); describe shirt base; color_of pants base (the shirt's pink); details cap1
    # ("lady"); sleeve_length base; material xqa over cap3.
    case(
        "MSH-2004",
        caption("a woman in a pink shirt and khaki pants", "pronoun"),
        describe("shirt", "a pink button down shirt with a collar"),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        D.details(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady",
            "pronoun",
            hit_limit=True,
        ),
        B.sleeve_length("long"),
        B.material("cotton fabric"),
        gender="Men",
        category="Shirts",
        color="Pink",
        title="HERE&NOW Men Pink Slim Fit Solid Casual Shirt",
    ),
    # MTS-1003. Flat lay, no person: teal solid V-neck tee, no pocket. caption base (teal as green); color base;
    # wearing cap3 (invented wearer, cut at 30); details base (invented pocket); sleeve_length vqa (leak);
    # color_of t-shirt base ("black").
    case(
        "MTS-1003",
        caption("a green v-neck t-shirt on a white background"),
        B.color("teal"),
        D.wearing(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a V-shape neckline. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        D.details("it has a v neck and a pocket on the chest", "unsupported"),
        B.sleeve_length(
            "short sleeve Question: What is the sleeve length of the garment? Answer: short sleeve Question:",
            "leak",
            hit_limit=True,
        ),
        color_of("t-shirt", "black", "contradiction", kind="open"),
        gender="Men",
        category="Tshirts",
        color="Teal",
        title="Difference of Opinion Men Teal Solid V-Neck T-shirt",
    ),
    # BTP-5003. Model photo, a boy: grey melange joggers, white printed tee, sneakers. caption base; garment_type
    # base; color_of pants base; wearing cap3 ("lady"); details base ("they are long"); is_a shorts base ("yes").
    case(
        "BTP-5003",
        caption("a little boy wearing grey sweatpants and a white t-shirt"),
        B.garment_type("pants"),
        color_of("pants", "grey", kind="open"),
        wearing(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a crew neckline. The lady wears a long trousers",
            "pronoun",
            who="the boy",
            hit_limit=True,
        ),
        D.details("they are long", "non_answer"),
        is_a("shorts", "yes", "contradiction"),
        gender="Boys",
        category="Track Pants",
        color="Grey",
        title="Max Boys Grey Melange Solid Joggers",
    ),
    # USW-7003. Model photo, grey wall: a young woman in a black oversized hoodie, blue jeans (Unisex product).
    # caption base ("a woman" is right here); wearing base; color base; details cap1 ("lady" is right; cut at 30);
    # garment_type base ("jacket" for a pullover hoodie); material vqa (loop).
    case(
        "USW-7003",
        caption("a woman wearing a black hoodie and jeans standing in front of a grey wall"),
        wearing("a black hoodie", who="she"),
        B.color("black"),
        D.details(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a hooded neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("jacket", "contradiction"),
        B.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Unisex",
        category="Sweatshirts",
        color="Black",
        title="Bewakoof Unisex Black Oversized Hooded Sweatshirt",
    ),
    # MSH-2005. Outdoor model photo on a beach: off-white solid linen shirt with a band collar, light blue shorts.
    # caption base (background; off-white as white); color base; material base; color_of shorts base (the shirt's
    # white); garment_type vqa (leak); pattern base; describe shirt base (invented stripes).
    case(
        "MSH-2005",
        caption("a man standing on the beach wearing a white shirt and blue shorts"),
        B.color("cream"),
        B.material("linen"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        B.garment_type(
            "shirt Question: What is the color of the shirt? Answer: white Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        B.pattern("solid"),
        describe("shirt", "a white shirt with blue stripes", "contradiction"),
        gender="Men",
        category="Shirts",
        color="Off White",
        title="Mast & Harbour Men Off-White Solid Linen Casual Shirt",
    ),
    # MJE-4002. Model photo: mid-blue skinny jeans with rips at both knees, black crew tee, white sneakers.
    # caption cap3 (cut at 50); color_of jeans base; color_of t-shirt base; details jeans base; description vqa
    # (loop); color xqa ("pure color"); is_a base; wearing base (stopped mid-phrase before the limit).
    case(
        "MJE-4002",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        color_of("jeans", "blue", kind="open"),
        color_of("t-shirt", "black", kind="open"),
        details("jeans", "they have holes in the knees"),
        D.description(
            "blue jeans with holes in the knees and holes in the knees and holes in the knees and holes",
            "loop",
            hit_limit=True,
        ),
        B.color("pure color", "non_answer"),
        is_a("jeans", "yes"),
        wearing("a black t-shirt and blue jeans with", "cut", who="he"),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Roadster Men Blue Skinny Fit Mildly Distressed Stretchable Jeans",
    ),
    # MJK-8003. Model photo: olive bomber jacket (ribbed collar, cuffs and hem; zip front, worn open; no hood),
    # white crew tee, black jeans. caption base; color base; color_of t-shirt base (the jacket's green); details
    # cap3 (loop); wearing base (invented hood); garment_type base.
    case(
        "MJK-8003",
        caption("a man wearing a green jacket and black pants"),
        B.color("olive"),
        color_of("t-shirt", "green", "other_garment_color", kind="open"),
        D.details(
            "The jacket is with cotton fabric and pure color patterns. The jacket is with cotton fabric and pure "
            "color patterns. The jacket is with",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing a green jacket with a hood", "unsupported", who="he"),
        B.garment_type("bomber jacket"),
        gender="Men",
        category="Jackets",
        color="Olive",
        title="Roadster Men Olive Green Solid Bomber Jacket",
    ),
    # MTS-1004. Model photo: black sleeveless training tank, deep armholes, grey running shorts. Seller files it
    # under Tshirts. caption base; sleeve_length base; is_a t-shirt base ("no": it is a tank top; correct);
    # description cap1 ("lady"); color_of shorts base (the tank's black); color vqa (loop); garment_type base.
    case(
        "MTS-1004",
        caption("a man in a black tank top and grey shorts"),
        B.sleeve_length("sleeveless"),
        is_a("t-shirt", "no"),
        D.description(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a round "
            "neckline. The lady wears a shorts.",
            "pronoun",
            hit_limit=True,
        ),
        color_of("shorts", "black", "other_garment_color", kind="open"),
        B.color(
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("tank top"),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="HRX by Hrithik Roshan Men Black Solid Rapid-Dry Training Tank T-shirt",
    ),
    # BPO-3003. Model photo, a boy: white school polo, two buttons, navy shorts. caption base; color base;
    # is_a polo base ("no"); description base ("a girl"); details base; sleeve_length vqa (loop); material base
    # (restated).
    case(
        "BPO-3003",
        caption("a young boy wearing a white polo shirt and navy blue shorts"),
        B.color("white"),
        is_a("polo shirt", "no", "contradiction"),
        D.description("a girl in a white polo shirt", "pronoun"),
        D.details("it has two buttons and a collar"),
        B.sleeve_length(
            "short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve short",
            "loop",
            hit_limit=True,
        ),
        B.material("the garment is made of the material of the garment", "restated"),
        gender="Boys",
        category="Tshirts",
        color="White",
        title="Gini and Jony Boys White Solid Polo Collar Pure Cotton T-shirt",
    ),
    # MSH-2006. Outdoor model photo, palm plants behind: short-sleeve navy shirt with white and yellow flowers,
    # beige shorts. caption base (background; patterned); pattern base; color base; color_of shirt base ("yellow",
    # the flowers, not the navy ground); details cap3 (cut at 30); describe shirt base; wearing vqa (leak).
    case(
        "MSH-2006",
        caption("a man wearing a blue floral shirt standing in front of palm trees"),
        B.pattern("floral"),
        B.color("navy blue"),
        color_of("shirt", "yellow", "contradiction", kind="open"),
        D.details(
            "The shirt is with cotton fabric and floral patterns. It has a lapel neckline. The gentleman wears a "
            "shorts. The shorts are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        describe("shirt", "a blue and white flowered shirt with short sleeves"),
        wearing(
            "shirt and shorts Question: What is he wearing? Answer: shirt and shorts Question: What",
            "leak",
            who="he",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Navy Blue",
        title="Mast & Harbour Men Navy Blue & White Floral Printed Casual Shirt",
    ),
    # MTS-1005. Model photo: rust-orange solid crew tee, short sleeves, blue jeans. caption base; color base;
    # color_of t-shirt base ("brown" for rust: correct); details base; description cap3 (cut at 30); is_a vqa
    # (loop); sleeve_length base ("long sleeve").
    case(
        "MTS-1005",
        caption("a man wearing an orange t-shirt and blue jeans"),
        B.color("orange"),
        color_of("t-shirt", "brown", kind="open"),
        D.details("it has a round neck and short sleeves"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The gentleman",
            "cut",
            hit_limit=True,
        ),
        is_a(
            "t-shirt",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeve", "contradiction"),
        gender="Men",
        category="Tshirts",
        color="Rust",
        title="Roadster Men Rust Orange Solid Round Neck Pure Cotton T-shirt",
    ),
    # MSR-1302. Flat lay, no person: black cargo shorts, flap cargo pockets on both legs. caption base;
    # garment_type base; details base; wearing vqa (loop); description cap3 (invented wearer and tee);
    # color_of shorts cap1 (template, cut at 30, no hue); color base; is_a base.
    case(
        "MSR-1302",
        caption("a pair of black cargo shorts on a white background"),
        B.garment_type("shorts"),
        D.details("they have pockets on the sides"),
        D.wearing(
            "shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "The gentleman wears a shorts. The shorts are with cotton fabric and pure color patterns. The gentleman "
            "wears a short-sleeve T-shirt with",
            "unsupported",
            hit_limit=True,
        ),
        color_of(
            "shorts",
            "The shorts are with cotton fabric and pure color patterns. The gentleman wears a short-sleeve T-shirt "
            "with pure color patterns. The",
            "cut",
            kind="open",
            hit_limit=True,
        ),
        B.color("black"),
        is_a("shorts", "yes"),
        gender="Men",
        category="Shorts",
        color="Black",
        title="Roadster Men Black Solid Cargo Shorts",
    ),
    # MSW-7004. Model photo: white crew sweatshirt with a navy and red colour-block band across the chest, black
    # joggers. caption base (bands as stripes: correct); pattern base; color_of pants base (the sweatshirt's
    # white); details cap3 (loop); is_a base; material vqa (leak).
    case(
        "MSW-7004",
        caption("a man wearing a white sweatshirt with blue and red stripes"),
        B.pattern("color block"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        D.details(
            "The sweater is with cotton fabric and color block patterns. It has a crew neckline. It has a crew "
            "neckline. It has a crew neckline. It has",
            "loop",
            hit_limit=True,
        ),
        is_a("sweatshirt", "yes"),
        B.material(
            "cotton Question: What material is the garment made of? Answer: cotton Question: What",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Sweatshirts",
        color="White",
        title="Roadster Men White & Navy Blue Colourblocked Sweatshirt",
    ),
    # BJK-8004. Model photo, a boy: red padded zip jacket with hood, blue jeans. caption base ("a little girl");
    # color base; details base; description cap1 ("gentleman" is male; cut at 30); wearing base; material base
    # (restated).
    case(
        "BJK-8004",
        caption("a little girl in a red jacket and blue jeans", "pronoun"),
        B.color("red"),
        D.details("it has a hood and a zipper"),
        D.description(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a hooded neckline. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a red coat", who="the boy"),
        B.material("the jacket is made of the material of a jacket", "restated"),
        gender="Boys",
        category="Jackets",
        color="Red",
        title="Allen Solly Junior Boys Red Solid Hooded Padded Jacket",
    ),
    # MIV-9002. Product shot, no person: two white cotton vests folded side by side on white. caption base (white
    # on white); garment_type base; wearing base (empty); details vqa (loop); description base; is_a vqa (leak).
    case(
        "MIV-9002",
        caption("two white tank tops on a white background"),
        B.garment_type("tank top"),
        D.wearing("", "non_answer"),
        D.details(
            "the neckline, the armholes, the hem, the neckline, the armholes, the hem, the neckline, the armholes",
            "loop",
            hit_limit=True,
        ),
        D.description("two white tank tops"),
        is_a(
            "vest",
            "yes Question: Is this a vest? Answer: yes Question: Is this a vest? Answer: yes Question: Is",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Innerwear Vests",
        color="White",
        title="Dollar Bigboss Men Pack of 2 White Solid Cotton Innerwear Vests",
    ),
    # MNS-1103. Model photo: navy pure-cotton night suit, long-sleeve notch-collar shirt with white piping and
    # buttons, matching pyjama pants. caption cap3 (cut at 50); garment_type base; color base; describe shirt
    # base; details base (restated); material base ("silk" against "Pure Cotton").
    case(
        "MNS-1103",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("pajamas"),
        B.color("navy blue"),
        describe("shirt", "a blue shirt with white trim"),
        D.details("the details of the garment are the details", "restated"),
        B.material("silk", "contradiction"),
        gender="Men",
        category="Night suits",
        color="Navy Blue",
        title="Marks & Spencer Men Navy Blue Solid Pure Cotton Night Suit",
    ),
    # MSH-2007. Model photo: dark indigo denim shirt, two flap chest pockets with snap buttons, beige chinos.
    # caption base; material base; color base; describe shirt cap1 (cut at 30); is_a jacket base ("yes");
    # details base (restated); pattern vqa (loop); color_of pants base.
    case(
        "MSH-2007",
        caption("a man wearing a denim shirt and khaki pants"),
        B.material("denim"),
        B.color("dark blue"),
        describe(
            "shirt",
            "The shirt is with denim fabric and pure color patterns. It has a lapel neckline. The gentleman wears a "
            "long trousers. The trousers are with cotton",
            "cut",
            hit_limit=True,
        ),
        is_a("jacket", "yes", "contradiction"),
        D.details("the shirt has details on the shirt", "restated"),
        B.pattern(
            "solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "khaki", kind="open"),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="Levis Men Blue Solid Denim Casual Shirt",
    ),
    # MSW-7005. Flat lay, no person: beige crew-neck sweatshirt, ribbed cuffs and hem. No title column.
    # caption base; color base (tan); garment_type base; wearing cap3 (invented wearer and trousers); details
    # base; description vqa (loop); material base (restated).
    case(
        "MSW-7005",
        caption("a beige sweatshirt on a white background"),
        B.color("tan"),
        B.garment_type("sweater"),
        D.wearing(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a crew neckline. The gentleman wears a long trousers.",
            "unsupported",
            hit_limit=True,
        ),
        D.details("it has ribbed cuffs and hem"),
        D.description(
            "sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater",
            "loop",
            hit_limit=True,
        ),
        B.material("the garment is made of the same material as the garment", "restated"),
        gender="Men",
        category="Sweatshirts",
        color="Beige",
    ),
    # MPO-3004. Model photo: lemon-yellow pique polo, navy chinos. caption cap1 ("lady", at the 50 limit); color
    # base; color_of polo base ("white"); color_of pants base; wearing base ("clothes"); details cap3 (cut at 30);
    # is_a base.
    case(
        "MPO-3004",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The",
            "pronoun",
            hit_limit=True,
        ),
        B.color("yellow"),
        color_of("polo shirt", "white", "contradiction", kind="open"),
        color_of("pants", "blue", kind="open"),
        wearing("clothes", "non_answer", who="he"),
        D.details(
            "The T-shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The gentleman wears "
            "a long trousers. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        is_a("polo shirt", "yes"),
        gender="Men",
        category="Tshirts",
        color="Yellow",
        title="Louis Philippe Sport Men Yellow Solid Polo Collar T-shirt",
    ),
    # BTS-6003. Flat lay, no person: pack of two boys' tees, a grey one with a printed race car and a plain navy
    # one. caption base; color base; pattern base; wearing base (invented boy); details vqa (loop); description
    # cap3 (cut at 30); garment_type vqa (leak).
    case(
        "BTS-6003",
        caption("two t-shirts, one grey with a car on it and one blue"),
        B.color("grey and navy"),
        B.pattern("graphic"),
        D.wearing("a boy wearing a grey t-shirt with a car on it", "unsupported"),
        D.details(
            "car car car car car car car car car car car car car car car car car car car car car car car",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The",
            "cut",
            hit_limit=True,
        ),
        B.garment_type(
            "t-shirt Question: Is this a t-shirt? Answer: yes Question: Is this a t-shirt? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        category="Tshirts",
        color="Multi",
        title="Gini and Jony Boys Pack of 2 Printed Pure Cotton T-shirts",
    ),
    # MJK-8005. Model photo: navy hooded windcheater with a white Puma cat logo on the chest, grey track pants.
    # caption base; garment_type base; color base ("black" for navy); color_of jacket base; details cap3 (cut
    # at 30); material base; describe jacket base (a "nike" jacket: the visible logo is Puma).
    case(
        "MJK-8005",
        caption("a man in a blue rain jacket and grey pants"),
        B.garment_type("jacket"),
        B.color("black", "contradiction"),
        color_of("jacket", "blue", kind="open"),
        D.details(
            "The jacket is with other fabric and pure color patterns. It has a hooded neckline. The gentleman wears "
            "a long trousers. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        B.material("polyester"),
        describe("jacket", "a blue nike jacket with a hood", "unsupported"),
        gender="Men",
        category="Jackets",
        color="Navy Blue",
        title="Puma Men Navy Blue Solid Hooded Windcheater Jacket",
    ),
    # UTP-5004. Model photo, white wall: a man in grey melange track pants and a white crew tee. Unisex product;
    # the seller gave no color and no title. caption base (background); color base; color_of t-shirt base;
    # color_of pants vqa (loop); details cap3 (cut at 30); garment_type base; material base ("i don't know").
    case(
        "UTP-5004",
        caption("a man wearing grey sweatpants and a white t-shirt in front of a white wall"),
        B.color("grey"),
        color_of("t-shirt", "white", kind="open"),
        color_of(
            "pants",
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.details(
            "The trousers are with cotton fabric and pure color patterns. The trousers are of long length. The "
            "gentleman wears a short-sleeve T-shirt with",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("sweatpants"),
        B.material("i don't know", "non_answer"),
        gender="Unisex",
        category="Track Pants",
    ),
]
