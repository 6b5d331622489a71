"""BLIND_100 (44 products; the experiments re-run on a Myntra-style catalog of activewear and athleisure): written
blind in the nineteenth session. Measured blind at ecb7749: 123/143 failures found (86.0%) and 5/146 correct texts
flagged (3.4%). The writer's notes, verbatim:

Blind corpus 100: activewear and athleisure on a Myntra-style marketplace.

Scenario
    The original experiments' models re-run by enrich's default questionnaire on a Myntra-style catalog of men's and
    women's activewear and athleisure: track pants, joggers, sports t-shirts, tank tops, sports bras, leggings,
    hoodies and track jackets, photographed on models (studio, gym, street) and as flat packshots. Seller columns
    come from the marketplace export (gender, article type, base colour, title: the seller's own words, Myntra
    spellings such as "Tshirts", "Grey Melange", "Navy Blue"); a few products lack some of them.

Which system wrote which text (named per text in the comment above each case)
    BASE  untuned Salesforce/blip2-opt-2.7b: short captions and short answers that usually stop by themselves.
    CAP1  leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch (caption adapter, epoch 1).
    CAP3  leoreigoto/Data2_V2_Blip2_Finetune_Caption (caption adapter, epoch 3).
          Both caption adapters answer every prompt with the DeepFashion-MultiModal template ("The lady wears a
          tank top with pure color patterns. The tank top is with cotton fabric..."), never stop (no end token
          trained) and so loop or are cut at the token limit.
    VQA   leoreigoto/Data3_V3_BLIP2_VQA: one-word In-shop answers ("tee", "pants", "pure color", "yes"), then,
          with no end token trained, repeats the word or writes the prompt format on ("Question: ... Answer:").
    Closed questions (garment_type, color, pattern, sleeve_length, is_*) were answered by the named model through
    the reference engine: generated text mapped onto the closed candidates, the raw text kept when unmapped.

How it was written
    Blind. I read only ../shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (layout, makers, TARGETS); no
    audit code, no other corpus, no docs. Each product is an imagined photo described in the comment above it; every
    label was judged against that photo and the seller columns. Only an import check of this file was run.

Label conventions and judgement calls
    - One label per text: its most salient failure. A text that repeats a phrase or sentence until the token limit is
      "loop" (hit_limit=True); a template or answer that stops mid-phrase without repeating is "cut" (hit_limit=True
      at 30 new tokens for answers, 50 for captions; three base answers are cut before the limit, hit_limit=False).
    - Any "Question:" / "Answer:" text in an output is "leak", even when the first word was right.
    - A caption-adapter template that describes the photo correctly and ends cleanly is correct; its fabric words
      ("cotton fabric") are not visible in a photo and are not judged, nor is a plausible material answer
      (polyester, cotton, nylon, spandex) for activewear.
    - Near-colour synonyms are correct: navy / navy blue / blue, grey / Grey Melange / charcoal / dark grey, purple /
      lavender, orange / coral / rust, burgundy / maroon, green / teal / Sea Green / mint, yellow / mustard.
    - The colour of a garment worn with the product (the model's tee, bra, hoodie) given as the product's colour is
      "other_garment_color"; a colour nothing in the photo has for the product, a trim colour (a pink zipper on a
      black jacket) given as the garment colour, a wrong garment type, sleeve length or pattern is "contradiction".
    - Garment-type synonyms are correct: hoodie / sweatshirt for "Sweatshirts", tank top for a sleeveless "Tshirts"
      product, leggings for "Tights" and "Capris", joggers for track pants with cuffs.
    - Patterns: melange counts as solid, camouflage as printed, a tropical leaf print as floral, a navy body with grey
      sleeves as color block.
    - Packshots (no person): naming the product for "What is the person wearing?" is correct; inventing a person
      ("a woman wearing ...") is "unsupported", even with the right gender; "nothing" is a non_answer.
    - Invented details (a hood, a zipper, pads, pockets, a ring, neckwear, lettering not in the photo) are
      "unsupported"; details visible in the photo (a logo that is there, drawstrings, piping) are correct.
    - "yes", "no", "", "unknown", "i don't know", a garment word answering the material or details question, or the
      pattern word "pure color" for the colour question are "non_answer"; answers that only give the question's own
      words back ("describe the garment", "the garment is made of material") are "restated".
    - "pronoun" only where the seller gives a gender and the photo shows a model of that gender; a matching set
      (navy bra and navy leggings) named with one colour twice is correct.
    - Backgrounds, walls and floors named in a caption, and layered garments named in order, are correct.
"""

from __future__ import annotations

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, is_a

BLIND_100: list[Case] = [
    # 1. Male model, white crew tee, plain black track pants with white drawstring, grey studio backdrop.
    # caption, wearing: BASE. garment_type, color: BASE (closed). description: CAP3. details: VQA.
    case(
        "MYN-AW-1001",
        caption("a man in a white t-shirt and black track pants standing against a grey background"),
        D.wearing("a white t-shirt and black pants"),
        D.garment_type("track pants"),
        D.color("white", "other_garment_color"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a crew neckline. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants "
            "pants pants pants pants pants pants pants pants pants pants pants pants pants",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Track Pants",
        color="Black",
        title="HRX by Hrithik Roshan Men Black Solid Rapid-Dry Track Pants",
    ),
    # 2. Packshot: navy joggers laid flat on white, elastic waist with drawstring, two side pockets, cuffed hems.
    # caption, garment_type, color: BASE. description: CAP1. details: BASE (cut before the limit). material: VQA.
    case(
        "MYN-AW-1002",
        caption("a pair of navy blue jogger pants on a white background"),
        D.garment_type("joggers"),
        D.color("navy"),
        D.description(
            "The pants are of long length. The pants are with cotton fabric and solid color patterns. The pants are "
            "of long length. The pants are with cotton fabric and solid color",
            "loop",
            hit_limit=True,
        ),
        D.details("elastic waistband with drawstring and two side", "cut"),
        D.material(
            "cotton Question: What is the color of the pants? Answer: navy Question: What is the color of the "
            "pants? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Joggers",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Slim Fit Joggers",
    ),
    # 3. Male model in a grey melange pullover hoodie (kangaroo pocket) and black joggers, white studio.
    # caption: CAP3. wearing, description: BASE. garment_type, color, pattern: BASE (closed). details: VQA.
    case(
        "MYN-AW-1003",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The "
            "pants this man wears is of long length. The pants are with cotton fabric and solid color patterns. "
            "There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a grey hoodie and black pants", "pronoun"),
        D.garment_type("hoodie"),
        D.color("grey"),
        D.pattern("striped", "contradiction"),
        D.description("a grey hooded sweatshirt with a kangaroo pocket"),
        D.details("yes", "non_answer"),
        gender="Men",
        category="Sweatshirts",
        color="Grey Melange",
        title="Roadster Men Grey Melange Solid Hooded Sweatshirt",
    ),
    # 4. Female model, pink sports bra, black full-length tights, white studio.
    # caption, wearing, material: BASE. garment_type, color: BASE (closed). description: VQA. details: CAP3.
    case(
        "MYN-AW-1004",
        caption("a woman in a pink sports bra and black leggings posing for a photo"),
        D.wearing("a pink sports bra and black leggings"),
        D.garment_type("leggings"),
        D.color("pink", "other_garment_color"),
        D.description(
            "leggings Question: Describe the garment. Answer: leggings Question: Describe the garment. Answer: "
            "leggings Question:",
            "leak",
            hit_limit=True,
        ),
        D.details(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. The "
            "pants this woman wears is of long length. The",
            "cut",
            hit_limit=True,
        ),
        D.material("spandex"),
        gender="Women",
        category="Tights",
        color="Black",
        title="PUMA Women Black Solid Training Tights",
    ),
    # 5. Packshot: lavender racerback sports bra on white; no pads visible, no logo.
    # caption, details: BASE. garment_type, color, sleeve_length: BASE (closed). description: CAP1.
    case(
        "MYN-AW-1005",
        caption("a purple sports bra on a white background"),
        D.garment_type("sports bra"),
        D.color("purple"),
        D.sleeve_length("sleeveless"),
        D.description(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. Her tank top has no sleeves, "
            "cotton fabric and pure color patterns. Her tank top has",
            "loop",
            hit_limit=True,
        ),
        D.details("it has a racerback and removable pads", "unsupported"),
        gender="Women",
        category="Sports Bra",
        color="Lavender",
        title="Enamor Women Lavender Solid Medium Impact Sports Bra",
    ),
    # 6. Male model, white tee, olive joggers with elastic cuffs, white sneakers, outdoor steps.
    # caption, wearing, description, material: BASE. color: BASE (closed). details: VQA.
    case(
        "MYN-AW-1006",
        caption("a man in a white t-shirt and olive green joggers sitting on steps"),
        D.wearing("a white shirt and green pants"),
        D.color("olive"),
        D.description("a white jogger pant with elastic cuffs", "other_garment_color"),
        D.details(
            "olive olive olive olive olive olive olive olive olive olive olive olive olive olive olive olive olive "
            "olive olive olive olive olive olive olive olive olive olive olive olive olive",
            "loop",
            hit_limit=True,
        ),
        D.material("unknown", "non_answer"),
        gender="Men",
        category="Joggers",
        color="Olive",
        title="Alcis Men Olive Green Solid Slim Fit Joggers",
    ),
    # 7. Male model, red Dri-FIT tee with a small white swoosh on the left chest, black shorts, grey studio.
    # caption: CAP3. wearing, description, material: BASE. color: BASE (closed). details: VQA.
    case(
        "MYN-AW-1007",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a crew neckline. The gentleman wears a three-point shorts. The shorts are with cotton "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red t-shirt and black shorts"),
        D.color("red"),
        D.description("a red nike t-shirt with a white swoosh on the chest"),
        D.details(
            "red Question: What are the details of the garment? Answer: red Question: What are the details of the "
            "garment? Answer:",
            "leak",
            hit_limit=True,
        ),
        D.material("the garment is made of material", "restated"),
        gender="Men",
        category="Tshirts",
        color="Red",
        title="Nike Men Red Dri-FIT Solid Training T-shirt",
    ),
    # 8. Female model, coral racerback tank top, black leggings, white studio.
    # caption, wearing, details: BASE. garment_type, color, sleeve_length: BASE (closed). description: CAP1.
    case(
        "MYN-AW-1008",
        caption("a woman in an orange tank top and black leggings"),
        D.wearing("he is wearing an orange tank top and black leggings", "pronoun"),
        D.garment_type("tank top"),
        D.color("red", "contradiction"),
        D.description(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "suspenders neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.details("racerback"),
        gender="Women",
        category="Tops",
        color="Coral",
        title="HRX by Hrithik Roshan Women Coral Solid Racerback Training Tank Top",
    ),
    # 9. Male model, navy track jacket worn open over a white tee, navy track pants; full zip, stand collar.
    # caption, wearing, description: BASE. color, sleeve_length: BASE (closed). details: CAP3. material: VQA.
    case(
        "MYN-AW-1009",
        caption("a man wearing a navy blue jacket over a white t-shirt"),
        D.wearing("a blue jacket and a white shirt"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.description("a navy blue track jacket with a full zip and a stand collar"),
        D.details(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "round. This gentleman also wears an outer clothing, with",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket "
            "jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket "
            "jacket jacket",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Jackets",
        color="Navy Blue",
        title="Puma Men Navy Blue Solid Track Jacket",
    ),
    # 10. Packshot: leggings with an abstract teal-and-black print, folded on white; no pockets visible.
    # caption, details: BASE. garment_type, color, pattern: BASE (closed). description: VQA. wearing: CAP3.
    case(
        "MYN-AW-1010",
        caption("a pair of leggings with a blue and black abstract print"),
        D.garment_type("leggings"),
        D.color("teal"),
        D.pattern("printed"),
        D.wearing(
            "The lady wears a long leggings. The leggings are with cotton fabric and graphic patterns. The lady "
            "wears a long leggings. The leggings are with cotton fabric and graphic",
            "loop",
            hit_limit=True,
        ),
        D.description("", "non_answer"),
        D.details("the leggings have a high waist and a pocket on the side", "unsupported"),
        gender="Women",
        category="Leggings",
        color="Teal",
        title="Kica Women Teal & Black Printed Yoga Leggings",
    ),
    # 11. Packshot: charcoal grey crew-neck gym tee on white.
    # caption, wearing: BASE. garment_type, color: BASE (closed). description: VQA. material: CAP3.
    case(
        "MYN-AW-1011",
        caption("a dark grey t-shirt on a white background"),
        D.wearing("a man wearing a grey t-shirt", "unsupported"),
        D.garment_type("t-shirt"),
        D.color("grey"),
        D.description(
            "tee Question: What is the color of the tee? Answer: grey Question: Is this a tee? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        D.material(
            "The T-shirt is with cotton fabric. It has a crew neckline. The T-shirt is with cotton fabric. It has a "
            "crew neckline. The T-shirt is with",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Charcoal",
        title="DECATHLON Domyos Men Charcoal Grey Solid Slim Fit Gym T-shirt",
    ),
    # 12. Female model, black zip-up hoodie with white drawstrings, grey joggers, white studio.
    # caption: CAP1. wearing, description, material: BASE. garment_type, color: BASE (closed). is_hoodie: VQA.
    case(
        "MYN-AW-1012",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The "
            "lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The lady "
            "wears a long-sleeve",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black hoodie and grey sweatpants"),
        D.garment_type("hoodie"),
        D.color("grey", "other_garment_color"),
        D.description("a black zip up hoodie with a white drawstring"),
        D.material("i don't know", "non_answer"),
        is_a("hoodie", "yes"),
        gender="Women",
        category="Sweatshirts",
        color="Black",
        title="Roadster Women Black Solid Hooded Sweatshirt",
    ),
    # 13. Male model in a white sleeveless gym tee with a small black Puma cat logo on the chest, black shorts,
    # flexing in a gym. caption, wearing, details: BASE. garment_type, color: BASE (closed). description: VQA.
    # material: CAP3.
    case(
        "MYN-AW-1013",
        caption("a man in a white tank top and black shorts flexing his muscles"),
        D.wearing("she is wearing a white tank top and black shorts", "pronoun"),
        D.garment_type("tank top"),
        D.color("white"),
        D.description(
            "tank tank tank tank tank tank tank tank tank tank tank tank tank tank tank tank tank tank tank tank "
            "tank tank tank tank tank tank tank tank tank tank",
            "loop",
            hit_limit=True,
        ),
        D.details("it has a puma logo on the chest"),
        D.material(
            "His tank top has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "shorts this man wears is of three-point length. The",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="White",
        title="Puma Men White Solid Sleeveless Training T-shirt",
    ),
    # 14. Female model, white tee tucked in, full-length maroon track pants, white studio.
    # caption, wearing, material: BASE. garment_type, color: BASE (closed). description: CAP3. details: VQA.
    case(
        "MYN-AW-1014",
        caption("a woman in a white shirt and burgundy pants"),
        D.wearing("a white shirt and maroon shorts", "contradiction"),
        D.garment_type("track pants"),
        D.color("maroon"),
        D.description(
            "The pants this lady wears is of long length. The pants are with cotton fabric and solid color "
            "patterns. The lady wears a short-sleeve T-shirt with pure",
            "cut",
            hit_limit=True,
        ),
        D.details("Question: What are the details of the garment? Answer: pants", "leak"),
        D.material("it is made of material", "restated"),
        gender="Women",
        category="Track Pants",
        color="Maroon",
        title="Campus Sutra Women Maroon Solid Track Pants",
    ),
    # 15. Packshot: colour-blocked track jacket, royal blue body, black shoulder panels, white stripes, stand
    # collar, no hood. caption, description: BASE. garment_type, color, pattern: BASE (closed). details: CAP3.
    # material: VQA.
    case(
        "MYN-AW-1015",
        caption("a blue and black jacket with white stripes on a white background"),
        D.garment_type("jacket"),
        D.color("blue"),
        D.pattern("color block"),
        D.description("a blue and black jacket with a hood", "unsupported"),
        D.details(
            "The upper clothing has long sleeves, cotton fabric and color block patterns. The neckline of it is "
            "standing. The upper clothing has long sleeves, cotton fabric and color",
            "loop",
            hit_limit=True,
        ),
        D.material("no", "non_answer"),
        gender="Men",
        category="Jackets",
        color="Blue",
        title="Reebok Men Blue & Black Colourblocked Track Jacket",
    ),
    # 16. Female model, peach round-neck tee, black leggings, standing in front of a pink painted wall.
    # caption, wearing, details: BASE. color: BASE (closed). description: CAP1. is_sports_bra: VQA.
    case(
        "MYN-AW-1016",
        caption("a woman in a peach t-shirt and black leggings standing in front of a pink wall"),
        D.wearing("a peach t-shirt and black leggings"),
        D.color("peach"),
        D.description(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.details("it has a v-neck", "unsupported"),
        is_a("sports bra", "yes", "contradiction"),
        gender="Women",
        category="Tshirts",
        color="Peach",
        title="Puma Women Peach-Coloured Solid Round Neck Training T-shirt",
    ),
    # 17. Male model, black tee, olive/black/khaki camouflage joggers with black rib cuffs, white studio.
    # caption, wearing, description, material: BASE. color, pattern: BASE (closed). details: CAP1.
    case(
        "MYN-AW-1017",
        caption("a man wearing a black t-shirt and camouflage pants"),
        D.wearing("a black shirt and camo pants"),
        D.color("black", "other_garment_color"),
        D.pattern("printed"),
        D.description("camouflage joggers with black cuffs"),
        D.details(
            "The pants this gentleman wears is of long length. The pants are with cotton fabric and complicated "
            "patterns. This gentleman wears a short-sleeve T-shirt with pure color",
            "cut",
            hit_limit=True,
        ),
        D.material("the material of the garment", "restated"),
        gender="Men",
        category="Joggers",
        color="Olive",
        title="Jack & Jones Men Olive Green Camouflage Print Joggers",
    ),
    # 18. Female model, black crop tank, grey melange joggers, white studio.
    # caption: CAP3. wearing, description: BASE. garment_type, color: BASE (closed). details: VQA.
    case(
        "MYN-AW-1018",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The pants "
            "this woman wears is of long length. The pants are with cotton fabric and pure color patterns. This "
            "woman wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black crop top and grey sweatpants"),
        D.garment_type("joggers"),
        D.color("black", "other_garment_color"),
        D.description("he is wearing grey joggers", "pronoun"),
        D.details(
            "black Question: What are the details of the garment? Answer: black Question: What are the details of "
            "the garment? Answer: black",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Joggers",
        color="Grey Melange",
        title="HRX by Hrithik Roshan Women Grey Melange Solid Joggers",
    ),
    # 19. Male model, black long-sleeve compression tee, black shorts, no hat, no accessories, dark gym.
    # caption, wearing, material: BASE. color, sleeve_length: BASE (closed). description, details: CAP3.
    case(
        "MYN-AW-1019",
        caption("a man in a black long sleeve shirt and black shorts"),
        D.wearing("she is wearing a black shirt and black shorts", "pronoun"),
        D.color("black"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description(
            "This man wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The shorts this man wears is of",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "This man wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. This gentleman wears a hat.",
            "unsupported",
            hit_limit=True,
        ),
        D.material("spandex and polyester"),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="HRX by Hrithik Roshan Men Black Solid Rapid-Dry Compression T-shirt",
    ),
    # 20. Female model in a matching navy set: navy sports bra with white straps and a small white swoosh on the
    # band, navy leggings. caption, wearing, material: BASE. color: BASE (closed). description: CAP1.
    # details, is_tank_top: VQA.
    case(
        "MYN-AW-1020",
        caption("a woman in a blue sports bra and blue leggings"),
        D.wearing("a blue sports bra and blue leggings"),
        D.color("navy"),
        D.description(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "suspenders neckline. The pants this lady wears is",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "bra bra bra bra bra bra bra bra bra bra bra bra bra bra bra bra bra bra bra bra bra bra bra bra bra "
            "bra bra bra bra bra",
            "loop",
            hit_limit=True,
        ),
        D.material("the garment is made of the same material as the garment", "restated"),
        is_a("tank top", "yes", "contradiction"),
        gender="Women",
        category="Sports Bra",
        color="Navy Blue",
        title="Nike Women Navy Blue Swoosh Medium-Support Sports Bra",
    ),
    # 21. Packshot: mustard pullover hoodie with kangaroo pocket and drawstrings, on white.
    # caption: CAP1. wearing, description, details: BASE. garment_type, color: BASE (closed).
    case(
        "MYN-AW-1021",
        caption(
            "This gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton "
            "fabric. This gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with "
            "cotton fabric. This gentleman wears a",
            "loop",
            hit_limit=True,
        ),
        D.wearing("no", "non_answer"),
        D.garment_type("jacket", "contradiction"),
        D.color("yellow"),
        D.description("a yellow hoodie with a kangaroo pocket and drawstrings"),
        D.details("the details of the garment are the details of the hoodie", "restated"),
        gender="Men",
        category="Sweatshirts",
        color="Mustard",
        title="Roadster Men Mustard Yellow Solid Hooded Sweatshirt",
    ),
    # 22. Female model, black track jacket with a pink zipper, black leggings, white studio.
    # caption, wearing, details: BASE. garment_type, color: BASE (closed). description: CAP3. material: VQA.
    case(
        "MYN-AW-1022",
        caption("a woman in a black jacket with a pink zipper"),
        D.wearing("a black jacket and black leggings"),
        D.garment_type("jacket"),
        D.color("pink", "contradiction"),
        D.description(
            "This lady also wears an outer clothing, with cotton fabric and pure color patterns. The pants this "
            "lady wears is of long length. The pants are with",
            "cut",
            hit_limit=True,
        ),
        D.details("pink zipper"),
        D.material(
            "jacket Question: What material is the garment made of? Answer: jacket Question: What material is the "
            "garment made of?",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Jackets",
        color="Black",
        title="Puma Women Black Solid Track Jacket",
    ),
    # 23. Packshot: plain grey track pants on white; seller gave no gender.
    # caption, wearing, material: BASE. garment_type, color: BASE (closed). description: VQA. details: CAP3.
    case(
        "MYN-AW-1023",
        caption("a pair of grey sweatpants on a white background"),
        D.wearing("nothing", "non_answer"),
        D.garment_type("track pants"),
        D.color("grey"),
        D.description(
            "pants Question: Describe the garment. Answer: pants Question: Describe the garment. Answer: pants "
            "Question: Describe",
            "leak",
            hit_limit=True,
        ),
        D.details(
            "The trousers are of long length. The trousers are with cotton fabric and pure color patterns. The "
            "trousers are of long length. The trousers are with cotton",
            "loop",
            hit_limit=True,
        ),
        D.material("polyester"),
        category="Track Pants",
        color="Grey",
        title="Proline Active Grey Solid Track Pants",
    ),
    # 24. Female model, white tee with the word "RUN" printed large in black on the front, black shorts.
    # caption, details: BASE. color, pattern: BASE (closed). description: CAP1. material: VQA.
    case(
        "MYN-AW-1024",
        caption("a woman wearing a white t-shirt that says run"),
        D.color("white"),
        D.pattern("solid", "contradiction"),
        D.description(
            "The person is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The person is wearing a short",
            "cut",
            hit_limit=True,
        ),
        D.details("the word run printed in black on the front"),
        D.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Tshirts",
        color="White",
        title="Proline Active Women White Printed Round Neck T-shirt",
    ),
    # 25. Male model, navy-and-white horizontally striped tank top, grey shorts, beach boardwalk.
    # caption, wearing: BASE. color, pattern: BASE (closed). sleeve_length: VQA (raw, mapped).
    # description: CAP3. details: VQA.
    case(
        "MYN-AW-1025",
        caption("a man wearing a blue and white striped tank top on a boardwalk"),
        D.wearing("a striped shirt and shorts"),
        D.color("navy"),
        D.pattern("striped"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description(
            "His tank top has no sleeves, cotton fabric and stripe patterns. It has a round neckline. The shorts "
            "this man wears is of three-point length. The shorts",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "stripe stripe stripe stripe stripe stripe stripe stripe stripe stripe stripe stripe stripe stripe "
            "stripe stripe stripe stripe stripe stripe stripe stripe stripe stripe stripe stripe stripe stripe "
            "stripe stripe",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Jack & Jones Men Navy Blue & White Striped Sleeveless T-shirt",
    ),
    # 26. Female model on a yoga mat, black sports bra, burgundy full-length leggings (seller says Maroon).
    # caption, wearing, description, material: BASE. color: BASE (closed). details: CAP1.
    case(
        "MYN-AW-1026",
        caption("a woman in a black sports bra and burgundy leggings doing yoga"),
        D.wearing("a black bra and burgundy leggings"),
        D.color("burgundy"),
        D.description("black leggings", "other_garment_color"),
        D.details(
            "The pants this lady wears is of long length. The pants are with cotton fabric and pure color patterns. "
            "The lady wears a tank top with pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.material("the material is made of the material", "restated"),
        gender="Women",
        category="Leggings",
        color="Maroon",
        title="Jockey Women Maroon Solid Leggings",
    ),
    # 27. Male model, sea-green short-sleeve crew-neck tee, black shorts, white background.
    # caption, wearing, description: BASE. color, sleeve_length: BASE (closed). details: VQA.
    case(
        "MYN-AW-1027",
        caption("a man in a green t-shirt and black shorts standing on a white background"),
        D.wearing("the person is wearing a garment that the person is wearing", "restated"),
        D.color("green"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.description("a teal t-shirt with a crew neck"),
        D.details(
            "Answer: green Question: What are the details of the garment? Answer: green Question: What are the "
            "details of the garment? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Sea Green",
        title="HRX by Hrithik Roshan Men Sea Green Solid Round Neck Training T-shirt",
    ),
    # 28. Packshot: black racerback tank top on white, no person.
    # caption, wearing, details: BASE. garment_type: BASE (closed). description: CAP3. material: VQA.
    case(
        "MYN-AW-1028",
        caption("a black tank top on a white background"),
        D.wearing("a woman wearing a black tank top", "unsupported"),
        D.garment_type("tank top"),
        D.description(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. Her "
            "tank top has no sleeves, cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        D.details("it has a racerback"),
        D.material("tank", "non_answer"),
        gender="Women",
        category="Tops",
        color="Black",
        title="Kica Women Black Solid Racerback Tank Top",
    ),
    # 29. Male model, black pullover hoodie (no zip) with a large white mountain print, blue jeans, street.
    # caption: CAP3. wearing, description, details: BASE. color, pattern: BASE (closed). material, is_jacket: VQA.
    case(
        "MYN-AW-1029",
        caption(
            "This man wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. This "
            "man wears a long pants. The pants are with denim fabric and solid color patterns. This man wears a "
            "long-sleeve sweater with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black hoodie and blue jeans"),
        D.color("black"),
        D.pattern("graphic"),
        D.description("a black hoodie with a white mountain print on the front"),
        D.details("it has a hood and a kangaroo pocket and a zipper", "unsupported"),
        D.material("no", "non_answer"),
        is_a("jacket", "yes", "contradiction"),
        gender="Men",
        category="Sweatshirts",
        color="Black",
        title="Roadster Men Black Printed Hooded Sweatshirt",
    ),
    # 30. Female model, white tank top, pink full-length track pants, no bracelet or watch, white studio.
    # caption, description, material: BASE. wearing: VQA. garment_type: BASE (closed). color: VQA (raw, unmapped).
    # details: CAP1.
    case(
        "MYN-AW-1030",
        caption("a woman in a white tank top and pink pants"),
        D.wearing("pants"),
        D.garment_type("leggings", "contradiction"),
        D.color("pure color", "non_answer"),
        D.description("she is wearing pink pants"),
        D.details(
            "The pants this lady wears is of long length. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on her wrist. There is",
            "unsupported",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Women",
        category="Track Pants",
        color="Pink",
        title="Puma Women Pink Solid Track Pants",
    ),
    # 31. Male model, tee with a navy body and grey raglan sleeves (colour-blocked), white studio.
    # caption, description: BASE. color, pattern: BASE (closed). wearing: CAP1. details: VQA.
    case(
        "MYN-AW-1031",
        caption("a man wearing a navy blue and grey t-shirt"),
        D.wearing(
            "The gentleman wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        D.color("navy"),
        D.pattern("solid", "contradiction"),
        D.description("a navy blue t-shirt with grey sleeves"),
        D.details("tee", "non_answer"),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Proline Active Men Navy Blue & Grey Colourblocked Round Neck T-shirt",
    ),
    # 32. Packshot: olive joggers with drawstring waist and elastic cuffs on white; seller gave no colour.
    # caption, wearing, details: BASE. color: BASE (closed). description: VQA.
    case(
        "MYN-AW-1032",
        caption("a pair of olive green jogger pants with a drawstring waist"),
        D.wearing("a man wearing green pants", "unsupported"),
        D.color("olive"),
        D.description(
            "pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants "
            "pants pants pants pants pants pants pants pants pants pants pants pants pants",
            "loop",
            hit_limit=True,
        ),
        D.details("elastic cuffs and a drawstring"),
        gender="Women",
        category="Joggers",
        title="Campus Sutra Women Solid Relaxed Fit Joggers",
    ),
    # 33. Male model, grey pullover hoodie, black joggers with drawstring, white studio.
    # caption, wearing, description, material: BASE. garment_type, color: BASE (closed). details: CAP3.
    case(
        "MYN-AW-1033",
        caption("a man in a grey hoodie and black joggers"),
        D.wearing("a grey hoodie and black pants"),
        D.garment_type("joggers"),
        D.color("grey", "other_garment_color"),
        D.description("grey joggers with a drawstring", "other_garment_color"),
        D.details(
            "The pants this man wears is of long length. The pants are with cotton fabric and pure color patterns. "
            "This man wears a long-sleeve sweater with pure",
            "cut",
            hit_limit=True,
        ),
        D.material("material", "restated"),
        gender="Men",
        category="Joggers",
        color="Black",
        title="HRX by Hrithik Roshan Men Black Solid Joggers",
    ),
    # 34. Female model, rust sports bra under an open grey zip hoodie, black leggings; the bra has no zipper.
    # caption, wearing, details: BASE. garment_type, color: BASE (closed). description: CAP1. material: VQA.
    case(
        "MYN-AW-1034",
        caption("a woman in a grey hoodie and an orange sports bra"),
        D.wearing("a grey jacket, an orange bra and black leggings"),
        D.garment_type("hoodie", "contradiction"),
        D.color("orange"),
        D.description(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "suspenders neckline. This lady also wears an outer",
            "cut",
            hit_limit=True,
        ),
        D.details("it has a zipper", "unsupported"),
        D.material(
            "Question: What material is the garment made of? Answer: Question: What material is the garment made "
            "of? Answer: Question:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Sports Bra",
        color="Rust",
        title="Enamor Women Rust Solid Padded Sports Bra",
    ),
    # 35. Male model, royal blue track jacket with three white stripes down each sleeve, black track pants.
    # caption, material: CAP3. wearing, description: BASE. color: BASE (closed). details: VQA.
    case(
        "MYN-AW-1035",
        caption(
            "This gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric "
            "and its neckline is standing. The pants this gentleman wears is of long length. The pants are with "
            "cotton fabric and solid",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue jacket and black pants"),
        D.color("blue"),
        D.description("a blue adidas jacket with white stripes on the sleeves"),
        D.details(
            "jacket Question: Is this a jacket? Answer: yes Question: Is this a jacket? Answer: yes Question: Is this",
            "leak",
            hit_limit=True,
        ),
        D.material(
            "This gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric "
            "and its neckline is standing. This gentleman",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Jackets",
        color="Blue",
        title="ADIDAS Men Blue Essentials 3-Stripes Track Jacket",
    ),
    # 36. Female model, white tee, black three-quarter capri leggings, white studio.
    # caption, wearing, details, material: BASE. garment_type, color: BASE (closed). description: CAP3.
    # is_leggings: VQA.
    case(
        "MYN-AW-1036",
        caption("a woman in a white t-shirt and black capri pants"),
        D.wearing("he is wearing a white t-shirt and black leggings", "pronoun"),
        D.garment_type("leggings"),
        D.color("white", "other_garment_color"),
        D.description(
            "The pants this lady wears is of three-quarter length. The pants are with cotton fabric and pure color "
            "patterns. The lady wears a short-sleeve T",
            "cut",
            hit_limit=True,
        ),
        D.details("they are leggings", "non_answer"),
        D.material("cotton and spandex"),
        is_a("leggings", "yes"),
        gender="Women",
        category="Capris",
        color="Black",
        title="Jockey Women Black Solid Capris",
    ),
    # 37. Packshot: light grey melange crew-neck sweatshirt with ribbed cuffs and hem, laid flat on a wooden floor.
    # caption, details: BASE. garment_type, color, sleeve_length: BASE (closed). description: CAP1.
    # material: VQA.
    case(
        "MYN-AW-1037",
        caption("a grey sweatshirt laid flat on a wooden floor"),
        D.garment_type("sweatshirt"),
        D.color("white", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.description(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "round. The upper clothing has long sleeves, cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        D.details("ribbed cuffs and hem"),
        D.material(
            "grey Question: What is the color of the sweater? Answer: grey Question: What is the color of the "
            "sweater? Answer: grey",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Sweatshirts",
        color="Grey Melange",
        title="Roadster Men Grey Melange Solid Sweatshirt",
    ),
    # 38. Female model in a gym, mint green round-neck tank top, grey leggings, no necklace, no rings; no title.
    # caption, wearing, description: BASE. garment_type, color: BASE (closed). details: CAP3. material: VQA.
    case(
        "MYN-AW-1038",
        caption("a woman wearing a green tank top and grey leggings in a gym"),
        D.wearing("a light green tank top"),
        D.garment_type("tank top"),
        D.color("green"),
        D.description("describe the garment", "restated"),
        D.details(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a round neckline. This "
            "female has neckwear. This female is wearing a ring on",
            "unsupported",
            hit_limit=True,
        ),
        D.material("yes", "non_answer"),
        gender="Women",
        category="Tops",
        color="Green",
    ),
    # 39. Packshot: navy track pants with white side piping and zip pockets, on white.
    # caption, wearing, details: BASE (details cut before the limit). garment_type, color: BASE (closed).
    # description: VQA.
    case(
        "MYN-AW-1039",
        caption("navy blue track pants with white piping on the sides"),
        D.wearing("he is wearing navy pants", "unsupported"),
        D.garment_type("track pants"),
        D.color("black", "contradiction"),
        D.description(
            "navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy "
            "navy navy navy navy navy navy navy navy navy navy",
            "loop",
            hit_limit=True,
        ),
        D.details("white piping and zip", "cut"),
        gender="Men",
        category="Track Pants",
        color="Navy Blue",
        title="Proline Active Men Navy Blue Solid Track Pants",
    ),
    # 40. Female model, lavender pullover hoodie, white leggings, white studio.
    # caption, wearing, details: BASE. garment_type, color: BASE (closed). description: CAP3. material: VQA.
    case(
        "MYN-AW-1040",
        caption("a man in a purple hoodie and white leggings", "pronoun"),
        D.wearing("a purple hoodie and white pants"),
        D.garment_type("hoodie"),
        D.color("white", "other_garment_color"),
        D.description(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The "
            "pants this lady wears is of long length. The",
            "cut",
            hit_limit=True,
        ),
        D.details("it has a hood"),
        D.material(
            "Answer: cotton Question: What material is the garment made of? Answer: cotton Question: What material "
            "is the garment made of? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Sweatshirts",
        color="Lavender",
        title="HRX by Hrithik Roshan Women Lavender Solid Hooded Sweatshirt",
    ),
    # 41. Male model, plain white round-neck tee, black track pants, white studio.
    # caption: CAP3. wearing, description, material: BASE. color, sleeve_length: BASE (closed). details: VQA.
    case(
        "MYN-AW-1041",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The pants this gentleman wears is of long length. The pants are with "
            "cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and black pants"),
        D.color("black", "other_garment_color"),
        D.sleeve_length("short sleeves"),
        D.description("a plain white t-shirt"),
        D.details(
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white-",
            "loop",
            hit_limit=True,
        ),
        D.material("it's a t-shirt", "non_answer"),
        gender="Men",
        category="Tshirts",
        color="White",
        title="Puma Men White Solid Round Neck Training T-shirt",
    ),
    # 42. Packshot: sports bra with a green tropical-leaf print on black, plain black band, on white.
    # caption, details: BASE. garment_type, color, pattern: BASE (closed). description: CAP1. wearing: VQA.
    case(
        "MYN-AW-1042",
        caption("a black sports bra with a green leaf print"),
        D.wearing("tank", "contradiction"),
        D.garment_type("sports bra"),
        D.color("black"),
        D.pattern("floral"),
        D.description(
            "The lady wears a tank top with floral patterns. The tank top is with cotton fabric. It has a "
            "suspenders neckline. The lady wears a tank top with floral",
            "loop",
            hit_limit=True,
        ),
        D.details("it has a black band with white letters", "unsupported"),
        gender="Women",
        category="Sports Bra",
        color="Black",
        title="Kica Women Black & Green Tropical Print Sports Bra",
    ),
    # 43. Male model on a street, red hooded full-zip training jacket, black pants.
    # caption, wearing, details, material: BASE (details cut before the limit). color: BASE (closed).
    # description: CAP3.
    case(
        "MYN-AW-1043",
        caption("a man wearing a red hooded jacket and black pants standing on a street"),
        D.wearing("a woman in a red jacket", "pronoun"),
        D.color("red"),
        D.description(
            "This gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a hooded neckline. The pants this",
            "cut",
            hit_limit=True,
        ),
        D.details("a hood and a full zip with two", "cut"),
        D.material("nylon"),
        gender="Men",
        category="Jackets",
        color="Red",
        title="Puma Men Red Solid Hooded Training Jacket",
    ),
    # 44. Female model, light grey tee, charcoal full-length leggings with a wide waistband, white studio.
    # caption, wearing, material: BASE. color: BASE (closed). description: CAP1. details: VQA.
    case(
        "MYN-AW-1044",
        caption("a woman in a grey t-shirt and dark grey leggings"),
        D.wearing("a grey shirt and grey pants"),
        D.color("grey"),
        D.description(
            "The pants this lady wears is of long length. The pants are with cotton fabric and pure color patterns. "
            "The lady wears a short-sleeve T-shirt with",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey "
            "grey grey grey grey grey grey grey grey grey grey",
            "loop",
            hit_limit=True,
        ),
        D.material("what material is the garment made of", "restated"),
        gender="Women",
        category="Leggings",
        color="Charcoal",
        title="DECATHLON Domyos Women Charcoal Grey Solid Gym Leggings",
    ),
]
