"""BLIND_138 (44 products; the experiments re-run on a random sample of a Myntra-style marketplace): written blind
in the twenty-first session. Measured blind at 771b230: 127/140 failures found (90.7%) and 9/144 correct texts
flagged (6.2%). The writer's notes, verbatim:

Blind corpus 138: the experiments' BLIP-2 models re-run on 44 products of a Myntra-style marketplace.

Scenario
    A random sample of 44 products from a Myntra-style fashion marketplace (men's, women's and kids' clothing,
    western and ethnic, weighted roughly as such a catalog is: T-shirts, kurtas and kurta sets, shirts, jeans,
    tops, sarees, dresses, trousers, track pants, sweatshirts, jackets, lehengas ...), one product per item.
    Every product was run through enrich's default questionnaire (DEFAULT_QUESTIONS); the corpus keeps the caption
    and a subset of each product's answers (not every question for every product). The seller's columns come
    from the marketplace export: gender, article type (category=), base colour (color=) and the product display
    name (title=); a few products lack one of them (M016 and W020 have no title, W014 no base colour, K007 no
    gender).

Which system wrote which text (named in the comment above every case)
    B  = untuned base model, Salesforce/blip2-opt-2.7b, greedy, `Question: ... Answer:` prompt. It stops on its
         own (newline) and answers short questions best; most correct texts are its own.
    C1 = caption adapter, epoch 1 (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch).
    C3 = caption adapter, epoch 3 (leoreigoto/Data2_V2_Blip2_Finetune_Caption).
         Both return the DeepFashion caption template ("The lady is wearing a long-sleeve dress with pure color
         patterns. The dress is with cotton fabric ...") for the caption and for any question.
    V  = VQA adapter, 1 epoch (leoreigoto/Data3_V3_BLIP2_VQA).
    The adapters were trained with unmasked labels and no end-of-answer token, so their texts never stop: they
    run to the token limit (30 new tokens for answers, 50 for captions) and either loop or end mid-phrase.

How it was written
    Blind. I read only /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py (the
    Case/Text layout, the makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a, color_of, question, case, TARGETS).
    No audit code, no other corpus, no docs. Each product is an imagined photo described in the comment above
    its case; every label was judged against that imagined photo and the seller's columns.

Label conventions and judgement calls
    - One label per text. When a text shows two failures, the label is the first of: leak > loop > cut > the
      rest. Every adapter (C1/C3/V) text is therefore loop, leak or cut and has hit_limit=True; I wrote those cut
      texts so that their content is otherwise plausible, so no second failure hides behind the "cut" label.
    - cut: ends mid-phrase. hit_limit=True when the text ran to its 30/50-token budget; a few base answers stop
      mid-phrase before the limit (hit_limit=False, e.g. "the saree has a").
    - loop: the same word or phrase repeated until the limit ("black-black-black...", the template sentence
      again and again), also when the repeated unit is itself true of the product.
    - leak: the prompt format comes back inside the answer ("Question: ... Answer: ...", an answer starting with
      "Answer:", the question echoed before the answer).
    - non_answer: nothing about the garment: empty, "i don't know", "unknown", "yes"/"no"/"clothing" to an open or
      type question, "nothing" for a product shot, and "they are jeans" for the details question (only the
      garment's own type back).
    - restated: the question's own words returned as the answer ("the material of the garment is made of the
      material", "the garment is the garment", "the pattern of the garment is the pattern").
    - contradiction: a garment type the seller's article type contradicts (a "dress" for Kurta Sets, "shirt" for a
      Kurta or for Trousers, "dress" for Lehenga Choli / Tops), a color the seller and the other texts contradict
      (navy photographed dark and called "black"; a garden background's "green" given as the dress color), a
      sleeve or border detail that the photo and the product's other texts contradict.
    - other_garment_color: the color question answered with the color of another garment in the photo (the
      pants, the inner tee, the kurta worn over the leggings); some other text of the product names that other
      garment with that color, and the seller's base colour (and usually another text) gives the right one.
    - unsupported: details or claims the photo cannot show or that it shows are absent: invented pockets,
      zippers, logos, hats, lace, embroidery; "a man wearing ..." for a flat-lay product shot without a person;
      marketing talk ("perfect for weddings"); a fabric the title contradicts or nothing in the photo shows
      ("silk" for a poly-georgette saree, "leather" for a matte nylon bomber, "100% merino wool imported from
      new zealand").
    - pronoun: he/his/she for a product whose seller gender says otherwise (Women/Girls called "he", Men/Boys
      called "she"). "The lady" in a caption-template text for a girl is not counted (gender agrees).
    - Correct, near-color synonyms: Navy Blue = "navy"/"dark blue"; Off White = "white"; Grey Melange = "grey";
      Charcoal = "grey"; Maroon = "maroon"/"burgundy"; Olive = "green"/"olive"; Mustard = "yellow"; Teal = "teal"
      /"green"; Lavender = "purple"; Peach = "light pink"/"peach"; Magenta = "pink"; Cream = "white"/"beige";
      Multi = any color of the print. "Blue and white" for a Blue checked or striped shirt is correct.
    - Correct, garment synonyms: "sweatpants" for Track Pants, "hoodie" for a hooded Sweatshirt, "vest" for a
      Nehru Jacket, "blouse" for a Top, "sari" for Saree, "pants" for Trousers/Palazzos, "sweater" for a
      Sweatshirt, "polo shirt" for a polo T-shirt.
    - Correct, the rest of the outfit: captions and "wearing" answers that name the other garments with their
      colors, layers ("a black jacket over a white t - shirt"), "tucked into", and backgrounds ("in front of a
      pink wall", "in a garden", "on the beach") are correct when the photo shows them.
    - Correct for a product shot (no person): the caption naming the garment and the background; "wearing"
      answered with the garment alone would be fine, "nothing" is a non_answer, "a man wearing ..." unsupported.
    - Self-design (tone-on-tone jacquard) kurta answered "solid" for the pattern: correct (reads as solid).
    - Material: correct when the title states it (Pure Cotton, Silk Blend, Net) or the photo plainly shows it
      (denim, knit); I did not write bare fabric guesses that neither supports.
    - The caption template's "pure color patterns" for a solid garment is the DeepFashion wording for solid and
      is not wrong in itself.
"""

from __future__ import annotations

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case


def _loop(unit: str, times: int, sep: str = " ") -> str:
    return sep.join([unit] * times)


BLIND_138: list[Case] = [
    # ---------------------------------------------------------------- men
    # M001 photo: man in a navy blue round-neck tee and light blue jeans, light grey studio wall.
    # caption C3; wearing, color, description, material B; details V.
    case(
        "M001",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric and its neckline is round. The gentleman wears a long trousers. The trousers are with denim",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a navy blue t - shirt and jeans"),
        D.color("navy blue"),
        D.description("a black t - shirt", "contradiction"),
        D.details(
            "the sleeves, the neckline, the collar, the sleeves, the neckline, the collar, the sleeves, the "
            "neckline, the collar, the sleeves",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Round Neck Pure Cotton T-shirt",
    ),
    # M002 photo: man in a plain white slim shirt (spread collar, no pocket, sleeves rolled to the elbow) and
    # khaki chinos, plain white background.
    # caption, wearing, color, sleeve_length, details B; description C1.
    case(
        "M002",
        caption("a man in a white shirt and khaki pants"),
        D.wearing("a white shirt and khaki pants"),
        D.color("khaki", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.description(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton "
            "fabric and it has a lapel",
            "cut",
            hit_limit=True,
        ),
        D.details("it has a pocket on the chest and a button down collar", "unsupported"),
        gender="Men",
        category="Shirts",
        color="White",
        title="HIGHLANDER Men White Slim Fit Solid Casual Shirt",
    ),
    # M003 photo: waist-down shot of blue skinny jeans (clean look, light whiskers), white sneakers, the hem of
    # a white tee at the top edge.
    # caption, color, sleeve_length, details, material B; wearing V.
    case(
        "M003",
        caption("a man wearing blue jeans and white sneakers"),
        D.wearing(_loop("jeans", 30), "loop", hit_limit=True),
        D.color("blue"),
        D.sleeve_length("Question: How long are the sleeves? Answer: no sleeves", "leak"),
        D.details("they are jeans", "non_answer"),
        D.material("denim"),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Roadster Men Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # M004 photo: man in an off-white straight kurta (mandarin collar, button placket, matte cotton) and white
    # churidar, beside a wooden chair, beige backdrop.
    # caption C3; wearing, garment_type, color, description, material B.
    case(
        "M004",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is stand. The gentleman wears a long trousers. The trousers are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white kurta and white pants"),
        D.garment_type("shirt", "contradiction"),
        D.color("white"),
        D.description("a white kurta with a mandarin collar and buttons on the front"),
        D.material("silk", "unsupported"),
        gender="Men",
        category="Kurtas",
        color="Off White",
        title="Anouk Men Off-White Solid Straight Kurta",
    ),
    # M005 photo: man in a black tee with a large white tiger-face print on the chest, olive cargo pants.
    # caption, wearing, details, material B; color V; description C3.
    case(
        "M005",
        caption("a man wearing a black t - shirt with a tiger on it"),
        D.wearing("a black t - shirt and green pants"),
        D.color(_loop("black", 30), "loop", hit_limit=True),
        D.details("a tiger print on the front"),
        D.material("it is made of cotton and polyester blend fabric with a soft feel and a regular fit", "unsupported"),
        D.description(
            "The person is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The person wears a long",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="HRX by Hrithik Roshan Men Black Printed Round Neck T-shirt",
    ),
    # M006 photo: man in grey melange track pants (drawstring, side pockets) and a black crew tee, white shoes.
    # caption C1; wearing, garment_type, color, pattern, details B.
    case(
        "M006",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. "
            "The man",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black shirt and grey sweatpants"),
        D.garment_type("sweatpants"),
        D.color("black", "other_garment_color"),
        D.pattern("yes", "non_answer"),
        D.details("elastic waistband with drawstring and two side pockets"),
        gender="Men",
        category="Track Pants",
        color="Grey Melange",
        title="HRX by Hrithik Roshan Men Grey Melange Solid Track Pants",
    ),
    # M007 photo: man in a blue-and-white checked long-sleeve shirt and dark jeans, outdoors by a brick wall.
    # caption, wearing, garment_type, color, description B; pattern V.
    case(
        "M007",
        caption("a man in a blue and white checkered shirt standing in front of a brick wall"),
        D.wearing("a plaid shirt and jeans"),
        D.garment_type("t - shirt", "contradiction"),
        D.color("blue and white"),
        D.pattern(_loop("checked", 30), "loop", hit_limit=True),
        D.description(
            "a blue and white checkered shirt with a collar. Question: What is the color of the pants? Answer: blue",
            "leak",
        ),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="Red Tape Men Blue & White Checked Casual Shirt",
    ),
    # M008 photo: man in an olive hooded sweatshirt (hood without drawstrings, kangaroo pocket, no logo), black
    # joggers, hands in the pocket.
    # caption C3; wearing, garment_type, color, details B.
    case(
        "M008",
        caption(
            "The gentleman is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton "
            "fabric. The gentleman wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green hoodie and black pants"),
        D.garment_type("hoodie"),
        D.color("green"),
        D.details("a hood, a kangaroo pocket and a small logo on the sleeve", "unsupported"),
        gender="Men",
        category="Sweatshirts",
        color="Olive",
        title="Roadster Men Olive Green Solid Hooded Sweatshirt",
    ),
    # M009 photo: man in a black matte-nylon bomber jacket, open over a white tee, blue jeans.
    # caption, wearing, garment_type, color, pattern, description, material B; details C3.
    case(
        "M009",
        caption("a man wearing a black jacket over a white t - shirt"),
        D.wearing("a black jacket, white t - shirt and jeans"),
        D.garment_type("jacket"),
        D.color("white", "other_garment_color"),
        D.pattern("", "non_answer"),
        D.description("it is a black bomber jacket with a zipper and ribbed cuffs"),
        D.material("leather", "unsupported"),
        D.details(
            "The gentleman is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton "
            "fabric and it has a",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Jackets",
        color="Black",
        title="Roadster Men Black Solid Bomber Jacket",
    ),
    # M010 photo: man in beige slim chinos and a navy polo shirt, white wall; the product is the chinos.
    # caption, wearing, garment_type, color, pattern, material B; details C3.
    case(
        "M010",
        caption("a man in a blue shirt and khaki pants standing in front of a white wall"),
        D.wearing("he is wearing a blue polo shirt and khaki pants"),
        D.garment_type("shirt", "contradiction"),
        D.color("blue", "other_garment_color"),
        D.pattern("solid"),
        D.material("the material of the garment is made of the material", "restated"),
        D.details(
            "The trousers are with cotton fabric and pure color patterns. The gentleman wears a short-sleeve T-shirt "
            "with pure color patterns. The T",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Trousers",
        color="Beige",
        title="Mast & Harbour Men Beige Slim Fit Chinos",
    ),
    # M011 photo: man in a maroon polo tee with white tipping on collar and sleeve bands, grey trousers.
    # caption C1; wearing, color, garment_type, sleeve_length, details B.
    case(
        "M011",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and it has a lapel neckline. The man wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a red polo shirt and grey pants", "pronoun"),
        D.color("burgundy"),
        D.garment_type("polo shirt"),
        D.sleeve_length("short sleeves. Question: What is the", "leak"),
        D.details("white stripes on the collar and sleeves"),
        gender="Men",
        category="Tshirts",
        color="Maroon",
        title="U.S. Polo Assn. Men Maroon Solid Polo Collar T-shirt",
    ),
    # M012 photo: man in charcoal grey drawstring shorts and a white tee on a beach boardwalk.
    # caption, wearing, color, details, description, material B; garment_type V.
    case(
        "M012",
        caption("a man in white t - shirt and grey shorts standing on a beach"),
        D.wearing("a white shirt and grey shorts"),
        D.garment_type(_loop("shorts", 30), "loop", hit_limit=True),
        D.color("white", "other_garment_color"),
        D.details("they are shorts", "non_answer"),
        D.description("grey shorts"),
        D.material("it is made of material", "restated"),
        gender="Men",
        category="Shorts",
        color="Charcoal",
        title="Roadster Men Charcoal Grey Solid Regular Fit Shorts",
    ),
    # M013 photo: man in a maroon self-design (tone-on-tone jacquard) kurta with gold buttons and white pyjama.
    # caption, color, pattern, details B; wearing V; description C3.
    case(
        "M013",
        caption("a man in a maroon kurta and white pants"),
        D.wearing(_loop("long-sleeve shirt", 10), "loop", hit_limit=True),
        D.color("maroon"),
        D.pattern("solid"),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with silk fabric and "
            "its neckline is stand. The",
            "cut",
            hit_limit=True,
        ),
        D.details("the details of the garment are the details of a kurta", "restated"),
        gender="Men",
        category="Kurta Sets",
        color="Maroon",
        title="Manyavar Men Maroon Self Design Kurta with Pyjamas",
    ),
    # M014 photo: man in a mustard Nehru jacket (sleeveless, mandarin collar, buttons) over a white kurta and white
    # pyjama.
    # caption C3; wearing, garment_type, color, sleeve_length, description B; details V.
    case(
        "M014",
        caption(
            "The gentleman wears a sleeveless vest with pure color patterns. The vest is with cotton fabric. The "
            "gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow vest over a white kurta"),
        D.garment_type("vest"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        D.description("it is a yellow jacket with a mandarin collar and buttons"),
        D.details(_loop("the vest", 15), "loop", hit_limit=True),
        gender="Men",
        category="Nehru Jackets",
        color="Mustard",
        title="Vastramay Men Mustard Yellow Solid Nehru Jacket",
    ),
    # M015 photo: product shot, no person: a white crew-neck tee laid flat on a grey background, small Puma logo
    # on the chest.
    # caption, wearing, garment_type, color, details B; material C1.
    case(
        "M015",
        caption("a white t - shirt on a grey background"),
        D.wearing("a man wearing a white t - shirt", "unsupported"),
        D.garment_type("clothing", "non_answer"),
        D.color("white"),
        D.details("a small logo on the chest"),
        D.material(
            "The T-shirt is with cotton fabric and its neckline is round. The T-shirt is with cotton fabric and its "
            "neckline is round. The T-shirt is",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="White",
        title="Puma Men White Solid Round Neck T-shirt",
    ),
    # M016 photo: man in black slim jeans (faded at the knees, not ripped) and a grey hoodie. No title column.
    # caption C1; wearing, color, pattern, details, material B.
    case(
        "M016",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric. The pants are with denim fabric and pure color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey hoodie and black jeans"),
        D.color("grey", "other_garment_color"),
        D.pattern("the pattern of the garment is the pattern", "restated"),
        D.details("Answer: faded knees and five pockets", "leak"),
        D.material("denim"),
        gender="Men",
        category="Jeans",
        color="Black",
    ),
    # M017 photo: man in a navy cable-knit crew sweater, white shirt collar showing at the neck, dim studio light
    # (the navy reads very dark).
    # caption, wearing, color, description, material B.
    case(
        "M017",
        caption("a man wearing a blue sweater and a white shirt"),
        D.wearing("a navy sweater and a white collared shirt"),
        D.color("dark blue"),
        D.description("a black sweater with a cable knit pattern", "contradiction"),
        D.material("it is made of 100% merino wool imported from new zealand", "unsupported"),
        gender="Men",
        category="Sweaters",
        color="Navy Blue",
        title="Mast & Harbour Men Navy Blue Cable Knit Pullover Sweater",
    ),
    # ---------------------------------------------------------------- women
    # W001 photo: woman in a yellow straight kurta with a white floral print and white palazzos, pale pink wall.
    # caption, wearing, garment_type, color, pattern B; description C3.
    case(
        "W001",
        caption("a woman in a yellow kurta and white pants standing in front of a pink wall"),
        D.wearing("he is wearing a yellow kurta and white palazzo pants", "pronoun"),
        D.garment_type("Answer: kurta", "leak"),
        D.color("yellow"),
        D.pattern("floral"),
        D.description(
            "The lady is wearing a long-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        color="Yellow",
        title="Anouk Women Yellow & White Printed Straight Kurta",
    ),
    # W002 photo: woman in a pink kurta set (kurta with white ethnic-motif embroidery at the neckline and hem,
    # three-quarter sleeves, pink trousers), holding a sheer pink dupatta.
    # caption C3; wearing, garment_type, color, details, description, material B.
    case(
        "W002",
        caption(
            "The lady is wearing a medium-sleeve dress with pure color patterns. The dress is with cotton fabric and "
            "its neckline is v-shape. The lady also wears a scarf. The scarf is with chiffon fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink kurta with a dupatta"),
        D.garment_type("dress", "contradiction"),
        D.color("pink"),
        D.details("white embroidery on the neckline and hem"),
        D.description(
            "a pink kurta set with matching trousers and a dupatta, perfect for festive occasions and weddings",
            "unsupported",
        ),
        D.material("unknown", "non_answer"),
        gender="Women",
        category="Kurta Sets",
        color="Pink",
        title="Libas Women Pink Ethnic Motifs Embroidered Kurta with Trousers & Dupatta",
    ),
    # W003 photo: woman draped in a maroon Banarasi saree with a gold zari border, maroon blouse.
    # caption, wearing, color, material, details, description B; garment_type V.
    case(
        "W003",
        caption("a woman in a maroon and gold sari"),
        D.wearing("a maroon saree"),
        D.garment_type(_loop("dress", 30), "loop", hit_limit=True),
        D.color("burgundy"),
        D.material("silk"),
        D.details("a silver border", "contradiction"),
        D.description("it is a maroon saree with gold border. it is made in varanasi by hand weavers", "unsupported"),
        gender="Women",
        category="Sarees",
        color="Maroon",
        title="Mitera Maroon & Gold-Toned Woven Design Zari Silk Blend Banarasi Saree",
    ),
    # W004 photo: woman in a black square-neck top with short puff sleeves, blue jeans.
    # caption C1; wearing, garment_type, color, sleeve_length, details, material B.
    case(
        "W004",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is square. The pants are with denim fabric and pure color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black top and blue jeans"),
        D.garment_type("top"),
        D.color("blue", "other_garment_color"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.details("puff sleeves and a square neck"),
        D.material("the garment is made of the garment's material", "restated"),
        gender="Women",
        category="Tops",
        color="Black",
        title="Tokyo Talkies Women Black Solid Puff Sleeves Top",
    ),
    # W005 photo: woman in a navy blue maxi dress with white and pink flowers, in a green garden.
    # caption, wearing, color, pattern, description B; material C3.
    case(
        "W005",
        caption("a woman in a floral dress standing in a garden"),
        D.wearing("he is wearing a blue dress with flowers", "pronoun"),
        D.color("green", "contradiction"),
        D.pattern("floral"),
        D.description("a long blue dress with white and pink flowers"),
        D.material(
            "The dress is with chiffon fabric. The dress is with chiffon fabric. The dress is with chiffon fabric. "
            "The dress is",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Dresses",
        color="Navy Blue",
        title="Sassafras Women Navy Blue Floral Print Maxi Dress",
    ),
    # W006 photo: woman in light-wash blue high-rise straight jeans and a white crop top.
    # caption, wearing, garment_type, color, details, material B; pattern V.
    case(
        "W006",
        caption("a woman in a white crop top and blue jeans"),
        D.wearing("his outfit is a white top and jeans", "pronoun"),
        D.garment_type("jeans"),
        D.color("light blue"),
        D.pattern(_loop("pure color", 15), "loop", hit_limit=True),
        D.details("high waist and straight legs"),
        D.material("Question: What material is the garment made of? Answer: denim", "leak"),
        gender="Women",
        category="Jeans",
        color="Blue",
        title="DOLCE CRUDO Women Blue Straight Fit High-Rise Jeans",
    ),
    # W007 photo: woman in a teal A-line kurta with gold foil print at the yoke, white leggings.
    # caption C3; wearing, color, details, description, material B.
    case(
        "W007",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with cotton fabric and "
            "its neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green kurta and white leggings"),
        D.color("teal"),
        D.details("gold print on the neck"),
        D.description(
            "a teal kurta with gold print. Question: what are the details of the garment? Answer: gold print", "leak"
        ),
        D.material("no", "non_answer"),
        gender="Women",
        category="Kurtas",
        color="Teal",
        title="Varanga Women Teal Green Foil Printed A-Line Kurta",
    ),
    # W008 photo: woman in a white off-shoulder (bardot) top with a ruffle neckline and short sleeves, denim
    # shorts, on a beach; no hat.
    # caption, wearing, garment_type, sleeve_length, details, material B; color V.
    case(
        "W008",
        caption("a woman in a white off the shoulder top on the beach"),
        D.wearing("a white top, denim shorts and a straw hat", "unsupported"),
        D.garment_type("blouse"),
        D.color(_loop("white", 15, "-"), "loop", hit_limit=True),
        D.sleeve_length("short sleeves"),
        D.details("ruffles on the neckline"),
        D.material("the garment is made of fabric", "restated"),
        gender="Women",
        category="Tops",
        color="White",
        title="Berrylush Women White Solid Bardot Top",
    ),
    # W009 photo: woman in black ankle-length leggings under a pink kurta that covers the hips.
    # caption, wearing, garment_type, color, pattern, description B; details C1.
    case(
        "W009",
        caption("a woman wearing a pink kurta and black leggings"),
        D.wearing("a pink top and black leggings"),
        D.garment_type("kurta", "contradiction"),
        D.color("pink", "other_garment_color"),
        D.pattern("solid"),
        D.description("the garment is the garment", "restated"),
        D.details(
            "The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. The lady "
            "wears a long leggings. The leggings are",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Leggings",
        color="Black",
        title="Go Colors Women Black Solid Ankle Length Leggings",
    ),
    # W010 photo: woman in a peach poly-georgette saree with a thin embroidered border.
    # caption, wearing, color, material, details B.
    case(
        "W010",
        caption("a woman in a light pink sari"),
        D.wearing("a peach colored saree"),
        D.color("peach"),
        D.material("silk", "unsupported"),
        D.details("the saree has a", "cut"),
        gender="Women",
        category="Sarees",
        color="Peach",
        title="Saree mall Peach-Coloured Embroidered Poly Georgette Saree",
    ),
    # W011 photo: woman in a short sleeveless red bodycon dress, white background, front view only.
    # caption C3; wearing, garment_type, color, sleeve_length, details B.
    case(
        "W011",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of short length. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red dress"),
        D.garment_type("dress"),
        D.color("red"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("it has a zipper on the back and pockets on the side", "unsupported"),
        gender="Women",
        category="Dresses",
        color="Red",
        title="Athena Women Red Solid Bodycon Dress",
    ),
    # W012 photo: woman in a lavender round-neck tee with small black "dream" lettering, white shorts.
    # caption, color, pattern, details, description, material B; wearing V.
    case(
        "W012",
        caption("a woman in a purple t - shirt with the word dream on it"),
        D.wearing(_loop("t-shirt", 10), "loop", hit_limit=True),
        D.color("purple"),
        D.pattern("printed"),
        D.details("", "non_answer"),
        D.description("it is a purple t - shirt with writing on it Question: what is the", "leak"),
        D.material("the material", "restated"),
        gender="Women",
        category="Tshirts",
        color="Lavender",
        title="Roadster Women Lavender Typography Printed Round Neck T-shirt",
    ),
    # W013 photo: woman in off-white flared palazzos under a green kurta; plain hems.
    # caption, wearing, color, pattern, description B; garment_type V; details C3.
    case(
        "W013",
        caption("a woman in a green kurta and white pants"),
        D.wearing("a green kurta and white palazzo pants"),
        D.garment_type(_loop("pants", 30), "loop", hit_limit=True),
        D.color("green", "other_garment_color"),
        D.pattern("solid"),
        D.description("white palazzo pants with a wide leg and gold lace at the hem", "unsupported"),
        D.details(
            "The lady wears a long pants. The pants are with cotton fabric and pure color patterns. The lady wears "
            "a long-sleeve",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Palazzos",
        color="Off White",
        title="Libas Women Off-White Solid Flared Palazzos",
    ),
    # W014 photo: woman in an indigo blue straight kurta with a white block print. No base colour column.
    # caption C1; wearing, garment_type, color, pattern, details, material B.
    case(
        "W014",
        caption(
            "The lady is wearing a long-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is v-shape. The lady wears a long pants. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue and white kurta"),
        D.garment_type("kurta"),
        D.color("indigo"),
        D.pattern("printed"),
        D.details("he has a blue kurta with white print", "pronoun"),
        D.material("i don't know", "non_answer"),
        gender="Women",
        category="Kurtas",
        title="Jaipur Kurti Women Blue & White Block Print Straight Kurta",
    ),
    # W015 photo: woman in black slim formal trousers (belt loops, pressed crease, no side pockets) with a white
    # shirt tucked in, office background.
    # caption, wearing, garment_type, color, details B; description V.
    case(
        "W015",
        caption("a woman in a white shirt and black pants standing in an office"),
        D.wearing("a white shirt tucked into black pants"),
        D.garment_type("pants"),
        D.color("white", "other_garment_color"),
        D.description(_loop("black pants", 15), "loop", hit_limit=True),
        D.details("belt loops, a front crease and side pockets with gold buttons", "unsupported"),
        gender="Women",
        category="Trousers",
        color="Black",
        title="Van Heusen Woman Black Slim Fit Solid Formal Trousers",
    ),
    # W016 photo: woman in a blue-and-white vertical-striped long-sleeve shirt and white trousers.
    # caption C3; wearing, color, pattern, sleeve_length, details B.
    case(
        "W016",
        caption(
            "The lady is wearing a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue and white striped shirt and white pants"),
        D.color("blue and white"),
        D.pattern("striped"),
        D.sleeve_length("long Question: What is the pattern of the garment? Answer: striped", "leak"),
        D.details("the shirt has a", "cut"),
        gender="Women",
        category="Shirts",
        color="Blue",
        title="Mango Women Blue & White Striped Casual Shirt",
    ),
    # W017 photo: woman in a magenta lehenga choli with mirror-work embroidery and a matching dupatta.
    # caption, wearing, garment_type, color, pattern, material B; details C3.
    case(
        "W017",
        caption("a woman in a pink lehenga"),
        D.wearing("he is wearing a pink lehenga", "pronoun"),
        D.garment_type("dress", "contradiction"),
        D.color("magenta"),
        D.pattern("embroidered"),
        D.details(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and "
            "it has a v-shape",
            "cut",
            hit_limit=True,
        ),
        D.material(_loop("silk", 30, ", "), "loop", hit_limit=True),
        gender="Women",
        category="Lehenga Choli",
        color="Magenta",
        title="Mitera Magenta Embroidered Mirror Work Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
    ),
    # W018 photo: woman in a sleeveless olive jumpsuit with a fabric belt and side pockets, beige wall.
    # caption, wearing, color, sleeve_length, details, material B; garment_type V.
    case(
        "W018",
        caption("a woman in a green jumpsuit standing against a beige wall"),
        D.wearing("a green jumpsuit with a belt"),
        D.garment_type(_loop("romper", 30), "loop", hit_limit=True),
        D.color("olive"),
        D.sleeve_length("sleeveless"),
        D.details("the details of the garment are the jumpsuit details", "restated"),
        D.material("What material is the garment made of? cotton", "leak"),
        gender="Women",
        category="Jumpsuit",
        color="Olive",
        title="Harpa Women Olive Green Solid Basic Jumpsuit",
    ),
    # W019 photo: woman in a mustard pleated A-line midi skirt and a black tee, street background.
    # caption C1; wearing, garment_type, color, pattern, description B.
    case(
        "W019",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt. The T-shirt is with "
            "cotton fabric. The skirt is with chiffon fabric and pure color patterns. The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black top and a yellow skirt"),
        D.garment_type("dress", "contradiction"),
        D.color("black", "other_garment_color"),
        D.pattern("pleated"),
        D.description("yellow pleated skirt"),
        gender="Women",
        category="Skirts",
        color="Mustard",
        title="SASSAFRAS Women Mustard Yellow Solid Pleated A-Line Midi Skirt",
    ),
    # W020 photo: woman in a grey melange crew sweatshirt and black leggings. No title column.
    # caption, wearing, garment_type, sleeve_length, details, material B; color V.
    case(
        "W020",
        caption("a woman in a gray sweatshirt and black leggings"),
        D.wearing("a grey sweater"),
        D.garment_type("sweatshirt"),
        D.color(_loop("grey", 15, "-"), "loop", hit_limit=True),
        D.sleeve_length("i don't know", "non_answer"),
        D.details("it has a", "cut"),
        D.material("the material is the material of the sweatshirt", "restated"),
        gender="Women",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # ---------------------------------------------------------------- kids
    # K001 photo: boy in a red round-neck tee with a green dinosaur print and blue shorts.
    # caption, wearing, garment_type, color, pattern B; details V.
    case(
        "K001",
        caption("a young boy wearing a red t - shirt with a dinosaur on it"),
        D.wearing("she is wearing a red shirt and blue shorts", "pronoun"),
        D.garment_type("t - shirt"),
        D.color("blue", "other_garment_color"),
        D.pattern("graphic"),
        D.details(_loop("dinosaur", 30), "loop", hit_limit=True),
        gender="Boys",
        category="Tshirts",
        color="Red",
        title="YK Boys Red Printed Round Neck T-shirt",
    ),
    # K002 photo: girl in a sleeveless pink net fit-and-flare party dress with layered tulle and a bow at the waist.
    # caption C3; wearing, garment_type, color, sleeve_length, details, description B.
    case(
        "K002",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is with chiffon fabric and "
            "its neckline is round. The dress is of medium length. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a pink dress", "pronoun"),
        D.garment_type("dress"),
        D.color("pink"),
        D.sleeve_length("sleeveless"),
        D.details("a bow on the waist and a tulle skirt"),
        D.description(
            "it is a beautiful dress for your little princess to wear on birthday parties and weddings", "unsupported"
        ),
        gender="Girls",
        category="Dresses",
        color="Pink",
        title="Hola Bonita Girls Pink Embellished Net Fit & Flare Dress",
    ),
    # K003 photo: small boy in a cream kurta (plain stand collar, gold buttons) with a cream churidar.
    # caption, garment_type, color, sleeve_length, details B; wearing V; description C1.
    case(
        "K003",
        caption("a little boy in a white kurta"),
        D.wearing(_loop("long-sleeve shirt", 10), "loop", hit_limit=True),
        D.garment_type("kurta"),
        D.color("beige"),
        D.sleeve_length("long"),
        D.details("gold buttons and mirror work embroidery on the collar", "unsupported"),
        D.description(
            "The man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is stand. The",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        category="Kurta Sets",
        color="Cream",
        title="Jashvi Boys Cream-Coloured Solid Kurta with Churidar",
    ),
    # K004 photo: girl in a ready-to-wear lehenga: yellow blouse, pink lehenga skirt with a multicolour floral
    # print, pink dupatta.
    # caption, wearing, garment_type, color, description B; details C3.
    case(
        "K004",
        caption("a little girl in a colorful lehenga"),
        D.wearing("a yellow top and a pink skirt"),
        D.garment_type("dress", "contradiction"),
        D.color("yellow"),
        D.description("it is a lehenga choli with a yellow blouse and a pink floral skirt"),
        D.details(
            "The lady wears a long skirt. The skirt is with cotton fabric and floral patterns. The lady wears a long "
            "skirt. The skirt is",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        category="Lehenga Choli",
        color="Multi",
        title="Bitiya by Bhama Girls Yellow & Pink Printed Ready to Wear Lehenga & Blouse With Dupatta",
    ),
    # K005 photo: product shot, no person: navy blue drawstring shorts laid flat on a white background.
    # caption, wearing, garment_type, color, pattern, details B; material V.
    case(
        "K005",
        caption("a pair of navy blue shorts on a white background"),
        D.wearing("nothing", "non_answer"),
        D.garment_type("shorts"),
        D.color("black", "contradiction"),
        D.pattern("solid"),
        D.details("drawstring waist"),
        D.material(_loop("shorts", 30), "loop", hit_limit=True),
        gender="Boys",
        category="Shorts",
        color="Navy Blue",
        title="Gini and Jony Boys Navy Blue Solid Regular Shorts",
    ),
    # K006 photo: girl in a yellow top with white polka dots and short puff sleeves, denim shorts.
    # caption C1; wearing, garment_type, color, pattern, description, details B.
    case(
        "K006",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns and a short pants. The shirt is with cotton "
            "fabric and its neckline is round. The pants are with denim fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow polka dot top and denim shorts"),
        D.garment_type("dress", "contradiction"),
        D.color("yellow"),
        D.pattern("polka dot"),
        D.description("a yellow top with white polka dots"),
        D.details("polka dots and puff sleeves. Answer: polka dots and puff sleeves. Answer:", "leak"),
        gender="Girls",
        category="Tops",
        color="Yellow",
        title="Cherry Crumble Girls Yellow Polka Dot Print Top",
    ),
    # K007 photo: boy in blue mid-rise jeans and a white tee. The gender column is empty.
    # caption, wearing, color, pattern, sleeve_length, details, material B; garment_type V.
    case(
        "K007",
        caption("a boy in a white t - shirt and jeans"),
        D.wearing("a white shirt and blue jeans"),
        D.garment_type(_loop("denim", 30), "loop", hit_limit=True),
        D.color("white", "other_garment_color"),
        D.pattern("solid"),
        D.sleeve_length("Answer: there are no sleeves", "leak"),
        D.details("they are jeans", "non_answer"),
        D.material("denim"),
        category="Jeans",
        color="Blue",
        title="Mothercare Boys Blue Mid-Rise Clean Look Jeans",
    ),
]
