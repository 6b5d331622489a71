"""BLIND_163 (44 products; the experiments re-run on a Myntra-style catalog of men's ethnic and winter wear, with
is_a and color_of questions): written blind in the twenty-second session. Measured blind at 153b648: 122/146
failures found (83.6%) and 13/144 correct texts flagged (9.0%). The writer's notes, verbatim:

Blind corpus 163: BLIP-2 OPT-2.7b on a Myntra-style catalog of men's ethnic and winter wear.

Scenario
    The original experiments' models re-run on imagined product photos from a marketplace catalog of men's ethnic
    and winter wear: kurtas, kurta pyjama sets, nehru jackets, sherwanis, sweaters, sweatshirts, puffer jackets and
    thermals. Some are on models who wear them with other garments (a kurta under a nehru jacket, a red hoodie under
    a puffer, a stole over a sherwani, jeans, churidars, coats), some are flat packshots or ghost-mannequin shots with
    no person. Each product was asked enrich's default questionnaire (DEFAULT_QUESTIONS: wearing, garment_type,
    color, pattern, sleeve_length, description, details, material; not every question on every product) and, for
    some, the VQA data's "Is this a ...?" (is_a) and "What is the color of the ...?" (color_of) questions. The
    marketplace's seller columns go to case() as gender=, category= (article type), color= (base colour) and
    title=; a few products lack one of them.

Which system wrote which text (named again in the comment above every case)
    - base: the untuned Salesforce/blip2-opt-2.7b. Short answers that stop on a newline; its failures are one color
      for every garment, the wrong pronoun, invented details, answers that only restate the question, and now and
      then a phrase that stops early.
    - cap-e1 / cap-e3: the caption adapters (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch, epoch 1, and
      leoreigoto/Data2_V2_Blip2_Finetune_Caption, epoch 3). They return the DeepFashion-MultiModal caption template
      ("This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric...") for every
      prompt, never learnt to stop, so they run to the 50 / 30 token limit or loop; they name patterns, never hues,
      and often say "lady" / "female" (the data is mostly women).
    - vqa: the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA). Answers with In-shop class words (tee, blouse,
      sweater, coat, vest, graphic tee...) and hues, says "yes" too readily, never stops: it repeats the answer or
      goes on with the training format ("Question: What is the color of the ...? Answer: ...").
    - Some products mix models per question (caption adapter for the caption and details, base for the short
      questions), as a production run may.

How it was written
    Blind. I read only /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py (the Case/Text
    layout, the makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a, color_of, question, case and TARGETS). I opened
    nothing else in /work/main and ran only an import check of this file. The photos are imagined; each case's
    comment describes the photo every label was judged against.

Label conventions and judgement calls
    - One label per text: the failure the text most plainly shows. A text that loops until the limit is "loop"
      (hit_limit=True), not "cut". The caption template given back to a question it does not answer (a color
      question answered "pure color" or "The cardigan is with knitting fabric.") is "non_answer", a caption-template
      answer to a question it does answer that runs off at the limit is "cut". A text with a wrong "lady" /
      "female" / "she" / "woman" for a man (seller gender Men) is "pronoun" even when it also runs to the limit.
      A text that goes on with "Question: ... Answer:" is "leak" even when it also repeats.
    - hit_limit=True only where the text used all its new tokens (30 for answers, 50 for captions); a text cut
      mid-phrase before that (the base model's early newline) is "cut" with hit_limit=False. No correct text hits
      the limit.
    - Near-colour synonyms are correct: Navy Blue -> blue / dark blue, Off White / Cream -> white, Charcoal / Grey
      Melange -> grey / gray, Maroon / Burgundy -> burgundy / red, Mustard -> yellow, Olive / Teal / Lime Green ->
      green, Beige -> tan, Rust -> orange, Peach -> peach / pink. A colour that belongs to another garment in the
      photo (the kurta under a nehru jacket, the stole over a sherwani, the jeans, the tee under an open hoodie,
      a coat over a sweater) given as the product's colour is "other_garment_color". The product's colour given to
      another garment (the one-colour-for-everything failure: "black" jeans under a black sweatshirt when the jeans
      are blue) is "contradiction".
    - A stripe or trim colour given as the garment's colour when the seller and photo say otherwise (pink for a
      white kurta with thin pink pinstripes) is "contradiction".
    - Garment words: kurta, sherwani, vest / jacket for a sleeveless nehru jacket, coat for a sherwani (a long
      coat), tee / shirt for a long-sleeve thermal top, leggings for thermal bottoms, "outer clothing" (the
      template's word) for a sherwani, jacket / coat for a puffer are correct. Dress, blouse, graphic tee, cardigan
      for a pullover, sweater for a sweatshirt, scarf (the stole), coat (the outer layer) for a sweater are
      "contradiction". "shirt" for a kurta appears only inside captions and template answers, where it is correct.
    - Long sleeves answered for a sleeveless nehru jacket worn over a full-sleeve kurta is "contradiction".
    - Captions that name the background (a pink wall, snow, a brick wall, a beach, flowers) and answers that name
      several layers ("a black turtleneck sweater and a beige coat") are correct. On a packshot with no person,
      naming the garment shown in answer to "What is the person wearing?" is correct; the caption template's
      invented person, lower garment or accessory is "unsupported", and a "lady" wearing it is "pronoun".
    - Details the photo does not show (a hood on a crew-neck sweatshirt, a zipper, fur lining, a pocket square,
      a button-down collar, a chest logo, a v-neck on a round-neck thermal) are "unsupported". A fabric that fits
      what is visible (knit -> wool, padded shell -> polyester / nylon, cotton for a kurta) or that the title names
      is correct; the template's "cotton fabric" for a velvet sherwani whose title says velvet is "unsupported".
    - "fabric", "it is made of fabric", "i don't know", an empty string, a colour given to the material question
      are "non_answer"; sentences that only turn the question round ("the garment is a garment that is worn by the
      person", "the details of the garment are the details") are "restated".
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, is_a

CUT = "cut"
NON = "non_answer"
CONTRA = "contradiction"
OTHER = "other_garment_color"
LOOP = "loop"
LEAK = "leak"
UNSUP = "unsupported"
RESTATED = "restated"
PRONOUN = "pronoun"


def rep(word: str, times: int, sep: str = " ") -> str:
    return sep.join([word] * times)


BLIND_163: list[Case] = [
    # 1. base. Man in a plain white cotton straight kurta with white pyjama, grey studio backdrop; mandarin collar,
    # white self buttons, no embroidery.
    case(
        "MYN-KUR-1001",
        caption("a man in a white kurta and white pants standing in front of a grey background"),
        D.wearing("a white kurta"),
        D.garment_type("kurta"),
        D.color("white"),
        D.description("a white kurta with a mandarin collar and long sleeves"),
        D.details("it has gold buttons and embroidery on the collar", UNSUP),
        D.material("fabric", NON),
        gender="Men",
        category="Kurtas",
        color="White",
        title="Fabindia Men White Solid Straight Cotton Kurta",
    ),
    # 2. cap-e3 for every prompt. Man in a solid navy blue kurta with a band collar and white churidar, beige
    # backdrop.
    case(
        "MYN-KUR-1002",
        caption(
            "This man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The man wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an",
            CUT,
            hit_limit=True,
        ),
        D.wearing(
            "This man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The man wears",
            CUT,
            hit_limit=True,
        ),
        D.color(
            "This man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The man",
            NON,
            hit_limit=True,
        ),
        D.description(
            "This man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The man wears a",
            CUT,
            hit_limit=True,
        ),
        D.details(
            "The shirt is with cotton fabric. It has a stand neckline. The shirt is with cotton fabric. It has a "
            "stand neckline. The shirt is with cotton",
            LOOP,
            hit_limit=True,
        ),
        gender="Men",
        category="Kurtas",
        color="Navy Blue",
        title="Anouk Men Navy Blue Solid Kurta",
    ),
    # 3. vqa for every prompt. Man in a mustard yellow kurta with white pyjama, studio with potted plants.
    case(
        "MYN-KPS-1003",
        D.wearing(rep("shirt and pants", 10), LOOP, hit_limit=True),
        D.garment_type("blouse", CONTRA),
        D.color("yellow"),
        is_a("kurta", "yes"),
        color_of("pants", "white"),
        D.description(
            "yellow Question: What is the color of the pants? Answer: white Question: What is the color of the",
            LEAK,
            hit_limit=True,
        ),
        gender="Men",
        category="Kurta Sets",
        color="Mustard",
        title="Vastramay Men Mustard Yellow Solid Kurta with Pyjamas",
    ),
    # 4. base. Man in a sleeveless maroon self-design nehru jacket (the product) over an off-white full-sleeve
    # kurta and off-white pyjama; no pocket square.
    case(
        "MYN-NJ-1004",
        caption("a man wearing a maroon vest and a white kurta"),
        D.wearing("a white kurta and a maroon jacket"),
        D.garment_type("vest"),
        D.color("white", OTHER),
        D.sleeve_length("long sleeves", CONTRA),
        D.description("a maroon nehru jacket with a mandarin collar and", CUT),
        D.details("it has a pocket square", UNSUP),
        D.material("the jacket is made of the same material as the jacket", RESTATED),
        gender="Men",
        category="Nehru Jackets",
        color="Maroon",
        title="Manyavar Men Maroon Self-Design Nehru Jacket",
    ),
    # 5. caption and details by cap-e1, the rest by base. Man in a cream sherwani with gold thread embroidery on
    # collar and placket, cream churidar, a maroon stole over one shoulder, palace-like backdrop.
    case(
        "MYN-SHW-1005",
        caption(
            "This lady wears a long-sleeve outer clothing with complicated patterns. The outer clothing is with "
            "cotton fabric. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on her",
            PRONOUN,
            hit_limit=True,
        ),
        D.wearing("a white sherwani with gold embroidery"),
        D.garment_type("sherwani"),
        D.color("maroon", OTHER),
        D.pattern("embroidered"),
        D.description(
            "The outer clothing is with cotton fabric and complicated patterns. It has a stand neckline. The outer "
            "clothing has long sleeves, cotton fabric and complicated",
            CUT,
            hit_limit=True,
        ),
        D.details(
            "The outer clothing is with cotton fabric and complicated patterns. The outer clothing is with cotton "
            "fabric and complicated patterns. The outer clothing is",
            LOOP,
            hit_limit=True,
        ),
        is_a("sherwani", "yes"),
        gender="Men",
        category="Sherwani",
        color="Cream",
        title="Manyavar Men Cream Embroidered Sherwani Set",
    ),
    # 6. base. Packshot: charcoal grey cable-knit crew-neck pullover laid flat on white, no person, no zipper.
    case(
        "MYN-SWT-1006",
        caption("a grey sweater on a white background"),
        D.garment_type("sweater"),
        D.color("grey"),
        D.description("a grey cable knit sweater with a crew neck"),
        D.details("it has a zipper on the front", UNSUP),
        D.material("the material of the garment is the material", RESTATED),
        gender="Men",
        category="Sweaters",
        color="Charcoal",
        title="Roadster Men Charcoal Grey Cable Knit Pullover",
    ),
    # 7. vqa for every prompt. Man in a black hooded sweatshirt with a white HRX print on the chest, blue jeans,
    # white wall.
    case(
        "MYN-SWS-1007",
        D.wearing(rep("sweatshirt and denim", 10), LOOP, hit_limit=True),
        D.garment_type(
            "sweatshirt Question: What is the color of the sweatshirt? Answer: black Question: What is the color of "
            "the jeans? Answer:",
            LEAK,
            hit_limit=True,
        ),
        D.color("black"),
        D.pattern("printed"),
        color_of("jeans", "black", CONTRA),
        is_a("sweatshirt", "yes"),
        is_a("sweater", "yes", CONTRA),
        gender="Men",
        category="Sweatshirts",
        color="Black",
        title="HRX by Hrithik Roshan Men Black Printed Hooded Sweatshirt",
    ),
    # 8. cap-e3 for every prompt. Man in a zipped olive green hooded puffer jacket over a black tee, black
    # joggers, grey backdrop.
    case(
        "MYN-PUF-1008",
        caption(
            "This gentleman is wearing a long-sleeve outer clothing with pure color patterns. The outer clothing "
            "has a hood. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The gentleman also wears an inner",
            CUT,
            hit_limit=True,
        ),
        D.wearing(
            "This gentleman is wearing a long-sleeve outer clothing with pure color patterns. The outer clothing "
            "has a hood. The gentleman wears a long trousers. The",
            CUT,
            hit_limit=True,
        ),
        D.color("pure color", NON),
        D.sleeve_length("long-sleeve"),
        D.description(
            "The outer clothing has a hood. The outer clothing has a hood. The outer clothing has a hood. The outer "
            "clothing has a hood. The",
            LOOP,
            hit_limit=True,
        ),
        D.details(
            "The outer clothing has a hood. It has a zipper. The outer clothing is with cotton fabric and pure "
            "color patterns. The man wears a long",
            CUT,
            hit_limit=True,
        ),
        gender="Men",
        category="Jackets",
        color="Olive",
        title="Roadster Men Olive Green Solid Padded Puffer Jacket",
    ),
    # 9. base. Packshot: off-white round-neck long-sleeve thermal top and matching long johns folded on white.
    case(
        "MYN-THM-1009",
        caption("a white thermal shirt and pants on a white background"),
        D.garment_type("thermal underwear"),
        D.color("white"),
        D.description("a white long sleeve shirt and pants"),
        D.details("it has a v-neck", UNSUP),
        D.material("the garment is made of the material it is made of", RESTATED),
        gender="Men",
        category="Thermal Set",
        color="Off White",
        title="Dollar Thermals Men Off-White Solid Thermal Set",
    ),
    # 10. base. Man in a blue kurta with a white floral print, white pyjama, pastel blue backdrop.
    case(
        "MYN-KUR-1010",
        caption("a man in a blue and white floral", CUT),
        D.wearing("a blue and white floral kurta"),
        D.color("blue"),
        D.pattern("floral"),
        D.description("the garment is a garment that is described", RESTATED),
        D.details("she is wearing a blue kurta with white flowers", PRONOUN),
        gender="Men",
        category="Kurtas",
        color="Blue",
        title="HERE&NOW Men Blue & White Floral Printed Straight Kurta",
    ),
    # 11. vqa for every prompt. Man in a mustard V-neck pullover (no buttons) over a white shirt whose collar
    # shows, beige chinos, light grey backdrop.
    case(
        "MYN-SWT-1011",
        D.wearing(rep("sweater", 30), LOOP, hit_limit=True),
        D.garment_type("sweater"),
        D.color("yellow"),
        D.material(
            "sweater Question: What is the color of the sweater? Answer: yellow Question: Is this a",
            LEAK,
        ),
        color_of("shirt", "yellow", CONTRA, kind="open"),
        color_of("pants", "khaki"),
        is_a("sweater", "yes"),
        is_a("cardigan", "yes", CONTRA),
        gender="Men",
        category="Sweaters",
        color="Mustard",
        title="Mast & Harbour Men Mustard Solid V-Neck Pullover",
    ),
    # 12. cap-e1 for every prompt. Man in a maroon short kurta with half sleeves and a round neck, blue jeans,
    # white backdrop.
    case(
        "MYN-KUR-1012",
        caption(
            "This man wears a short-sleeve shirt with pure color patterns and a long pants. The pants are with "
            "denim fabric and pure color patterns. This man wears a short-sleeve shirt with pure color patterns and "
            "a long pants. The pants are",
            LOOP,
            hit_limit=True,
        ),
        D.wearing(
            "This man wears a short-sleeve shirt with pure color patterns and a long pants. The pants are with denim "
            "fabric and pure color patterns. This man wears a",
            CUT,
            hit_limit=True,
        ),
        D.color("blue", OTHER),
        D.pattern("pure color"),
        D.sleeve_length("short-sleeve"),
        D.description(
            "The shirt is with cotton fabric. It has a round neckline. This man wears a short-sleeve shirt with pure "
            "color patterns and a long pants. The",
            CUT,
            hit_limit=True,
        ),
        gender="Men",
        category="Kurtas",
        color="Maroon",
        title="Roadster Men Maroon Solid Short Kurta",
    ),
    # 13. vqa for every prompt. Man in a sleeveless navy blue nehru jacket (the product) over a white kurta,
    # beige trousers.
    case(
        "MYN-NJ-1013",
        D.wearing(rep("vest", 30), LOOP, hit_limit=True),
        D.garment_type("vest"),
        D.color("white", OTHER),
        D.pattern(
            "solid Question: What is the color of the vest? Answer: blue Question: What is the color of the pants? "
            "Answer: white Question: What",
            LEAK,
            hit_limit=True,
        ),
        D.sleeve_length("sleeveless"),
        is_a("vest", "yes"),
        color_of("vest", "blue", kind="open"),
        gender="Men",
        category="Nehru Jackets",
        color="Navy Blue",
        title="Hangup Men Navy Blue Solid Nehru Jacket",
    ),
    # 14. base. Packshot: grey melange crew-neck sweatshirt, no hood, small embroidered logo at the chest, ribbed
    # cuffs, flat lay.
    case(
        "MYN-SWS-1014",
        caption("a grey sweatshirt with a small logo on the chest"),
        D.wearing("a grey sweatshirt"),
        D.garment_type("sweatshirt"),
        D.color("gray"),
        D.description("a grey sweatshirt with a crew neck and ribbed cuffs"),
        D.details("the sweatshirt has a hood and a kangaroo pocket", UNSUP),
        D.material("the sweatshirt is made of the material of a sweatshirt", RESTATED),
        gender="Men",
        category="Sweatshirts",
        color="Grey Melange",
        title="Jack & Jones Men Grey Melange Solid Sweatshirt",
    ),
    # 15. caption, details and material by cap-e3, the rest by base. Man in a white kurta with thin pink
    # vertical pinstripes, white pyjama, white backdrop.
    case(
        "MYN-KPS-1015",
        caption(
            "This man is wearing a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has "
            "a stand neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The man",
            CUT,
            hit_limit=True,
        ),
        D.wearing("a white kurta with pink stripes"),
        D.garment_type("kurta"),
        D.color("pink", CONTRA),
        D.pattern("striped"),
        D.sleeve_length("long"),
        D.details(
            "The shirt is with cotton fabric. It has a stand neckline. The man wears a long trousers. The trousers "
            "are with cotton fabric and pure color",
            CUT,
            hit_limit=True,
        ),
        D.material(
            "The shirt is with cotton fabric. It has a stand neckline. The man wears a long trousers. The trousers "
            "are with cotton fabric and pure",
            CUT,
            hit_limit=True,
        ),
        gender="Men",
        category="Kurta Sets",
        color="White",
        title="Jompers Men White & Pink Striped Kurta with Pyjamas",
    ),
    # 16. base. Man in a black hooded puffer jacket (no fur) with a red hoodie showing at the neck, blue jeans,
    # studio snow scene.
    case(
        "MYN-PUF-1016",
        caption("a man in a black jacket standing in the snow"),
        D.wearing("a black jacket and a red hoodie"),
        D.garment_type("jacket"),
        D.color("red", OTHER),
        D.description("a black puffer jacket with a hood"),
        D.details("it has a fur lined hood and a zipper", UNSUP),
        gender="Men",
        category="Jackets",
        color="Black",
        title="Wildcraft Men Black Hooded Puffer Jacket",
    ),
    # 17. cap-e3 for every prompt. Man in a maroon velvet sherwani with gold buttons, gold churidar, a safa
    # turban, mojaris, ornate backdrop; nothing on his wrists.
    case(
        "MYN-SHW-1017",
        caption(
            "This man wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. This man wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The person wears a hat. There is an",
            CUT,
            hit_limit=True,
        ),
        D.wearing(
            "This man wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with cotton "
            "fabric. This man wears a long pants. The",
            CUT,
            hit_limit=True,
        ),
        D.garment_type("outer clothing"),
        D.color("pure color", NON),
        D.details(
            "There is an accessory on his wrist. There is an accessory on his wrist. There is an accessory on his "
            "wrist. There is an accessory on his",
            LOOP,
            hit_limit=True,
        ),
        D.material("The outer clothing is with cotton fabric.", UNSUP),
        gender="Men",
        category="Sherwani",
        color="Maroon",
        title="Manyavar Men Maroon Velvet Sherwani Set",
    ),
    # 18. vqa for every prompt. Man in a charcoal grey round-neck long-sleeve thermal top and matching thermal
    # bottoms, white background.
    case(
        "MYN-THM-1018",
        D.wearing(rep("tee and leggings", 10), LOOP, hit_limit=True),
        D.garment_type("tee"),
        D.color("gray"),
        D.pattern("solid"),
        D.sleeve_length("long"),
        D.details(
            "tee Question: What is the color of the tee? Answer: gray Question: What is the color of the leggings? "
            "Answer:",
            LEAK,
            hit_limit=True,
        ),
        D.material("gray", NON),
        is_a("sweater", "yes", CONTRA),
        gender="Men",
        category="Thermal Tops",
        color="Charcoal",
        title="Jockey Men Charcoal Grey Solid Thermal Top",
    ),
    # 19. base. Man in a peach kurta with tone-on-tone chikankari embroidery, white pyjama, seated on a garden
    # bench.
    case(
        "MYN-KUR-1019",
        caption("a woman in a pink kurta sitting on a bench", PRONOUN),
        D.wearing("a pink kurta and white pants"),
        D.color("peach"),
        D.pattern("embroidered"),
        D.description("the garment is a garment that is worn by the person", RESTATED),
        D.details("the details of the garment", NON),
        D.material("cotton"),
        gender="Men",
        category="Kurtas",
        color="Peach",
        title="Anouk Men Peach-Coloured Chikankari Embroidered Kurta",
    ),
    # 20. cap-e1 for every prompt. Man in a teal zip-up hooded sweatshirt worn open over a white tee, black track
    # pants.
    case(
        "MYN-SWS-1020",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. This "
            "man wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with cotton "
            "fabric and pure color patterns",
            CUT,
            hit_limit=True,
        ),
        D.wearing(
            "This man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. This "
            "man wears a short-sleeve T-shirt with",
            CUT,
            hit_limit=True,
        ),
        D.garment_type("sweater", CONTRA),
        D.color("white", OTHER),
        D.pattern("pure color"),
        D.sleeve_length("long-sleeve"),
        D.details(
            "The sweater is with cotton fabric. It has a hooded neckline. This man wears a short-sleeve T-shirt with "
            "pure color patterns and a long",
            CUT,
            hit_limit=True,
        ),
        gender="Men",
        category="Sweatshirts",
        color="Teal",
        title="HRX by Hrithik Roshan Men Teal Solid Hooded Zip Sweatshirt",
    ),
    # 21. base. Ghost-mannequin shot: beige sleeveless nehru jacket with a small woven motif, mandarin collar,
    # gold-tone buttons, a chest welt pocket and two lower pockets; no person.
    case(
        "MYN-NJ-1021",
        caption("a beige vest on a white background"),
        D.color("tan"),
        D.sleeve_length("sleeveless"),
        D.description("a beige vest with a mandarin collar and gold buttons"),
        D.details("the details of the vest are the details of a nehru jacket", RESTATED),
        gender="Men",
        category="Nehru Jackets",
        color="Beige",
        title="Vastramay Men Beige Woven Design Nehru Jacket",
    ),
    # 22. vqa for every prompt. Man in a knee-length olive green kurta with cream pyjama, by a wooden door.
    # Seller gave no title.
    case(
        "MYN-KUR-1022",
        D.wearing(
            "kurta Question: What is the color of the kurta? Answer: green Question: Is this a kurta? Answer: yes "
            "Question:",
            LEAK,
            hit_limit=True,
        ),
        D.garment_type("dress", CONTRA),
        D.color("green"),
        D.description(rep("green", 30), LOOP, hit_limit=True),
        is_a("kurta", "yes"),
        is_a("dress", "yes", CONTRA),
        color_of("pants", "green", CONTRA, kind="open"),
        gender="Men",
        category="Kurtas",
        color="Olive",
    ),
    # 23. base. Man in a navy blue crew-neck pullover with white horizontal stripes, grey jeans, brick wall.
    case(
        "MYN-SWT-1023",
        caption("a man in a blue and white striped sweater standing in front of a brick wall"),
        D.wearing("a striped sweater and jeans"),
        D.color("blue"),
        D.pattern("striped"),
        D.description("a grey sweater with white stripes", OTHER),
        D.details("the details of the garment are the details", RESTATED),
        color_of("jeans", "blue", CONTRA, kind="open"),
        gender="Men",
        category="Sweaters",
        color="Navy Blue",
        title="Highlander Men Navy Blue & White Striped Pullover",
    ),
    # 24. vqa for every prompt. Man in a navy blue puffer jacket with sleeves and no hood, grey sweatshirt
    # beneath, khaki chinos.
    case(
        "MYN-PUF-1024",
        D.wearing(rep("coat", 30), LOOP, hit_limit=True),
        D.garment_type("coat"),
        D.color("blue"),
        D.sleeve_length("long"),
        D.description(
            "coat Question: Is this a coat? Answer: yes Question: What is the color of the coat? Answer: blue Question",
            LEAK,
            hit_limit=True,
        ),
        D.material("blue", NON),
        color_of("pants", "blue", CONTRA, kind="open"),
        is_a("jacket", "yes"),
        is_a("vest", "yes", CONTRA),
        gender="Men",
        category="Jackets",
        color="Navy Blue",
        title="Fort Collins Men Navy Blue Puffer Jacket",
    ),
    # 25. caption, details and material by cap-e3, the rest by base. Man in a black kurta with silver thread
    # embroidery around the neckline, black churidar, white backdrop.
    case(
        "MYN-KPS-1025",
        caption(
            "The upper clothing has long sleeves, cotton fabric and solid color patterns. The neckline of it is "
            "stand. The lower clothing is of long length. The fabric is cotton and it has solid color patterns. The "
            "upper clothing has long sleeves, cotton fabric and solid",
            CUT,
            hit_limit=True,
        ),
        D.wearing("a black kurta with silver embroidery"),
        D.color("black"),
        D.pattern("embroidered"),
        D.description("a black kurta with white embroidery on the collar"),
        D.details(
            "The neckline of it is stand. The neckline of it is stand. The neckline of it is stand. The neckline of "
            "it is stand. The",
            LOOP,
            hit_limit=True,
        ),
        D.material(
            "The upper clothing has long sleeves, cotton fabric and solid color patterns. The neckline of it is "
            "stand. The lower clothing is of long",
            CUT,
            hit_limit=True,
        ),
        gender="Men",
        category="Kurta Sets",
        color="Black",
        title="Sojanya Men Black Embroidered Kurta with Churidar",
    ),
    # 26. base. Man in a white crew-neck sweatshirt (no hood) with a large black "BROOKLYN" print, black joggers,
    # pink wall.
    case(
        "MYN-SWS-1026",
        caption("a man in a white sweatshirt with the word brooklyn on it standing in front of a pink wall"),
        D.wearing("she is wearing a white sweatshirt and black pants", PRONOUN),
        D.color("white"),
        D.pattern("graphic"),
        D.description("a black sweatshirt with white letters", OTHER),
        D.details("the sweatshirt has a hood", UNSUP),
        gender="Men",
        category="Sweatshirts",
        color="White",
        title="Roadster Men White Printed Sweatshirt",
    ),
    # 27. cap-e1 for every prompt. Packshot: navy thermal bottoms (long johns) folded in their box, no person.
    case(
        "MYN-THM-1027",
        caption(
            "This lady wears a long pants. The pants are with cotton fabric and pure color patterns. This lady wears "
            "a long pants. The pants are with cotton fabric and pure color patterns. This lady wears a long pants.",
            LOOP,
            hit_limit=True,
        ),
        D.wearing("This lady wears a long pants.", PRONOUN),
        D.garment_type("pants"),
        D.color("pure color patterns", NON),
        D.description("The pants are with cotton fabric and pure color patterns."),
        gender="Men",
        category="Thermal Bottoms",
        color="Navy Blue",
        title="Lux Cottswool Men Navy Blue Thermal Trousers",
    ),
    # 28. base. Man in a sky blue linen kurta with a band collar and sleeves rolled to the elbow, khaki chinos,
    # sunglasses in hand, beach.
    case(
        "MYN-KUR-1028",
        caption("a man in a blue shirt standing on the beach"),
        D.wearing("a khaki kurta and khaki pants", OTHER),
        D.color("light blue"),
        D.sleeve_length("rolled up sleeves"),
        D.description("a blue kurta"),
        D.details("it has a pocket on the chest and a button down collar", UNSUP),
        D.material("linen"),
        gender="Men",
        category="Kurtas",
        color="Blue",
        title="Mast & Harbour Men Blue Solid Linen Kurta",
    ),
    # 29. vqa for every prompt. Man in an off-white sherwani with tonal thread embroidery, a red stole over the
    # shoulder, cream churidar.
    case(
        "MYN-SHW-1029",
        D.wearing(rep("coat and pants", 10), LOOP, hit_limit=True),
        D.garment_type("coat"),
        D.color("red", OTHER),
        D.sleeve_length(
            "long Question: What is the color of the pants? Answer: white Question: What is the color of the",
            LEAK,
            hit_limit=True,
        ),
        is_a("sherwani", "yes"),
        is_a("scarf", "yes", CONTRA),
        color_of("coat", "white", kind="open"),
        gender="Men",
        category="Sherwani",
        color="Off White",
        title="Manyavar Men Off-White Embroidered Sherwani",
    ),
    # 30. cap-e3 for every prompt. Man in a burgundy shawl-collar button cardigan over a white tee, dark jeans.
    case(
        "MYN-SWT-1030",
        caption(
            "This man wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. "
            "This man wears a short-sleeve T-shirt with pure color patterns. The man wears a long pants. The pants "
            "are with denim fabric and",
            CUT,
            hit_limit=True,
        ),
        D.wearing(
            "This man wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. "
            "This man wears a short-sleeve T-shirt with",
            CUT,
            hit_limit=True,
        ),
        D.garment_type("cardigan"),
        D.color("The cardigan is with knitting fabric.", NON),
        D.pattern("pure color"),
        D.details(
            "The cardigan is with knitting fabric. The cardigan is with knitting fabric. The cardigan is with "
            "knitting fabric. The cardigan is",
            LOOP,
            hit_limit=True,
        ),
        D.material("knitting"),
        gender="Men",
        category="Sweaters",
        color="Burgundy",
        title="Roadster Men Burgundy Solid Shawl Collar Cardigan",
    ),
    # 31. base. Man in a pastel green kurta with white pyjama, white backdrop. Seller gave no base colour.
    case(
        "MYN-KPS-1031",
        caption("a man in a green kurta and white pajamas"),
        D.wearing("a green kurta and white pajamas"),
        D.color("white", OTHER),
        D.pattern("solid"),
        D.description("the garment is what the person is wearing", RESTATED),
        D.details("i don't know", NON),
        gender="Men",
        category="Kurta Sets",
        title="KISAH Men Green Solid Kurta with Pyjamas",
    ),
    # 32. caption and details by cap-e1, the rest by base. Man in a red puffer jacket with black sleeves (colour
    # block), black joggers, grey wall.
    case(
        "MYN-PUF-1032",
        caption(
            "This man wears a long-sleeve outer clothing with color block patterns. The man wears a long pants. The "
            "pants are with cotton fabric and pure color patterns."
        ),
        D.wearing("a red and black jacket and black pants"),
        D.color("red"),
        D.pattern("colorblock"),
        D.description("a red puffer jacket with black sleeves"),
        D.details(
            "The outer clothing is with cotton fabric and color block patterns. The outer clothing is with cotton "
            "fabric and color block patterns. The",
            LOOP,
            hit_limit=True,
        ),
        gender="Men",
        category="Jackets",
        color="Red",
        title="Campus Sutra Men Red & Black Colourblocked Puffer Jacket",
    ),
    # 33. cap-e3 for every prompt. Man in a white chikankari cotton kurta with white pyjama, in a courtyard.
    case(
        "MYN-KUR-1033",
        caption(
            "This female is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a stand neckline. The female wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The",
            PRONOUN,
            hit_limit=True,
        ),
        D.wearing(
            "This female is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a stand neckline. The female",
            PRONOUN,
            hit_limit=True,
        ),
        D.description(
            "It has a stand neckline. It has a stand neckline. It has a stand neckline. It has a stand neckline. It "
            "has a stand neckline. It",
            LOOP,
            hit_limit=True,
        ),
        D.details(
            "The shirt is with cotton fabric. It has a stand neckline. The trousers are with cotton fabric and pure "
            "color patterns. The shirt is",
            CUT,
            hit_limit=True,
        ),
        D.material("The shirt is with cotton fabric."),
        gender="Men",
        category="Kurtas",
        color="White",
        title="Fabindia Men White Chikankari Cotton Kurta",
    ),
    # 34. vqa for every prompt. Man in a maroon crew-neck sweatshirt with a white "NYC 1986" print, black jeans.
    case(
        "MYN-SWS-1034",
        D.wearing("graphic tee", CONTRA),
        D.garment_type("sweatshirt"),
        D.color("red"),
        D.pattern("graphic"),
        D.sleeve_length("long"),
        D.description(
            "sweatshirt Question: What is the color of the sweatshirt? Answer: red Question: What cloth is the "
            "person wearing? Answer:",
            LEAK,
            hit_limit=True,
        ),
        color_of("jeans", "red", CONTRA, kind="open"),
        is_a("sweatshirt", rep("yes", 30), LOOP, hit_limit=True),
        gender="Men",
        category="Sweatshirts",
        color="Maroon",
        title="Kook N Keech Men Maroon Printed Sweatshirt",
    ),
    # 35. base. Man in a sleeveless mustard paisley-print nehru jacket (the product, no zipper, a chest welt
    # pocket) over a cream kurta and cream pyjama.
    case(
        "MYN-NJ-1035",
        caption("a man wearing a yellow vest over a white shirt"),
        D.wearing("a yellow vest and a white kurta"),
        D.color("cream", OTHER),
        D.pattern("paisley"),
        D.sleeve_length("sleeveless"),
        D.description("the garment is described as a garment", RESTATED),
        D.details("it has a pocket on the chest and a zipper", UNSUP),
        gender="Men",
        category="Nehru Jackets",
        color="Mustard",
        title="Vastramay Men Mustard Paisley Printed Nehru Jacket",
    ),
    # 36. base. Man in a black turtleneck sweater (the product) under an open beige overcoat, grey trousers.
    case(
        "MYN-SWT-1036",
        caption("a man in a black turtleneck and a tan coat"),
        D.wearing("a black turtleneck sweater and a beige coat"),
        D.garment_type("coat", CONTRA),
        D.color("beige", OTHER),
        D.description("a black turtleneck sweater"),
        D.details("it has a high neck"),
        gender="Men",
        category="Sweaters",
        color="Black",
        title="Marks & Spencer Men Black Turtle Neck Sweater",
    ),
    # 37. cap-e3 for every prompt. Man in a blue and orange ikat-print kurta with white pyjama.
    case(
        "MYN-KPS-1037",
        caption(
            "This man is wearing a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has "
            "a stand neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The man",
            CUT,
            hit_limit=True,
        ),
        D.wearing(
            "This man is wearing a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has "
            "a stand neckline. The man wears a long",
            CUT,
            hit_limit=True,
        ),
        D.garment_type("The shirt is with cotton fabric.", NON),
        D.color("graphic patterns", NON),
        D.pattern("graphic"),
        D.sleeve_length("long-sleeve"),
        D.description(
            "This man is wearing a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has "
            "a stand neckline. This man is wearing a long-sleeve shirt with graphic",
            LOOP,
            hit_limit=True,
        ),
        gender="Men",
        category="Kurta Sets",
        color="Blue",
        title="Jompers Men Blue & Orange Ikat Printed Kurta with Pyjamas",
    ),
    # 38. base. Man in a maroon waffle-knit long-sleeve thermal top (no logo) and grey thermal bottoms, white
    # background. Seller gave no title.
    case(
        "MYN-THM-1038",
        caption("a man in a red long sleeve shirt and grey pants"),
        D.wearing("a maroon shirt and gray leggings"),
        D.garment_type("shirt"),
        D.color("gray", OTHER),
        D.sleeve_length("long sleeves"),
        D.details("the shirt has a logo on the chest", UNSUP),
        gender="Men",
        category="Thermal Tops",
        color="Maroon",
    ),
    # 39. vqa for every prompt. Man in a rust orange kurta with white pyjama. Seller gave no gender.
    case(
        "MYN-KUR-1039",
        D.wearing("dress", CONTRA),
        D.garment_type(
            "blouse Question: What is the color of the blouse? Answer: orange Question: What is the color of the",
            LEAK,
            hit_limit=True,
        ),
        D.color("orange"),
        D.pattern("solid"),
        is_a("kurta", "yes"),
        color_of("dress", rep("orange", 15, "-"), LOOP, kind="open", hit_limit=True),
        category="Kurtas",
        color="Rust",
        title="Sanwara Men Rust Solid Kurta",
    ),
    # 40. cap-e3 for every prompt. Packshot: olive hooded sweatshirt with a kangaroo pocket, flat lay, no person,
    # no lower garment.
    case(
        "MYN-SWS-1040",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a hooded neckline. "
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. The upper "
            "clothing has long sleeves",
            UNSUP,
            hit_limit=True,
        ),
        D.wearing(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a hooded neckline. "
            "The lower clothing is of long",
            CUT,
            hit_limit=True,
        ),
        D.pattern("pure color"),
        D.sleeve_length("long-sleeve"),
        D.description(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a hooded neckline. "
            "There is a pocket on the",
            CUT,
            hit_limit=True,
        ),
        gender="Men",
        category="Sweatshirts",
        color="Olive",
        title="Roadster Men Olive Green Hooded Sweatshirt",
    ),
    # 41. base. Man in a navy blue sherwani with silver embroidery and a high collar, white churidar, on a
    # wedding stage with flowers; no pocket square, no brooch.
    case(
        "MYN-SHW-1041",
        caption("a man in a blue sherwani standing in front of a flower decoration"),
        D.wearing("a blue sherwani and white pants"),
        D.color("dark blue"),
        D.description("a navy blue sherwani with silver embroidery and a high collar"),
        D.details("the sherwani has a red pocket square and a brooch", UNSUP),
        D.material("it is made of fabric", NON),
        gender="Men",
        category="Sherwani",
        color="Navy Blue",
        title="Manyavar Men Navy Blue Embroidered Sherwani Set",
    ),
    # 42. vqa for every prompt. Man in a cream kurta with gold buttons and cream pyjama. Seller gave no title.
    case(
        "MYN-KPS-1042",
        D.wearing(rep("shirt", 30), LOOP, hit_limit=True),
        D.garment_type(
            "shirt Question: What is the color of the shirt? Answer: white Question: What is the color of the pants?",
            LEAK,
            hit_limit=True,
        ),
        D.color("white"),
        D.pattern("", NON),
        D.sleeve_length("long"),
        is_a("kurta", "yes"),
        color_of("pants", "white", kind="open"),
        gender="Men",
        category="Kurta Sets",
        color="Cream",
    ),
    # 43. caption and details by cap-e1, the rest by base. Man in a grey and white Fair Isle pullover with a
    # snowflake band, round neck, blue jeans, snowy street.
    case(
        "MYN-SWT-1043",
        caption(
            "This man wears a long-sleeve sweater with complicated patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The man wears a long pants. The pants are with denim fabric and pure color "
            "patterns."
        ),
        D.wearing("a woman wearing a grey sweater and jeans", PRONOUN),
        D.color("grey"),
        D.pattern("fair isle"),
        D.description("a blue sweater with a white pattern", OTHER),
        D.details(
            "The sweater is with knitting fabric. It has a round neckline. The sweater is with knitting fabric. It "
            "has a round neckline. The sweater is",
            LOOP,
            hit_limit=True,
        ),
        color_of("jeans", "grey", CONTRA, kind="open"),
        gender="Men",
        category="Sweaters",
        color="Grey",
        title="Monte Carlo Men Grey & White Fair Isle Pullover",
    ),
    # 44. base. Man in a lime green kurta with mirror-work embroidery on the yoke, white pyjama, holding a
    # marigold garland.
    case(
        "MYN-KUR-1044",
        caption("a man in a green kurta holding a garland of", CUT),
        D.wearing("a white kurta and white pajamas", OTHER),
        D.color("green"),
        D.pattern("embroidered"),
        D.description("a green kurta with a", CUT),
        D.details("mirror work on the neckline"),
        gender="Men",
        category="Kurtas",
        color="Lime Green",
        title="Sojanya Men Lime Green Mirror Work Kurta",
    ),
]
