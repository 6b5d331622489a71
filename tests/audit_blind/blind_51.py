"""BLIND_51 (44 products; the experiments re-run on a Myntra-style men's ethnic and festive wear catalog): written
blind in the sixteenth session. Measured blind at ab31b3b: 117/140 and 14/145. The writer's notes, verbatim:

Blind corpus 51: men's ethnic and festive wear from an Indian marketplace (Myntra-style catalog).

Scenario
    The original experiments' base model and adapters re-run on 44 products of an Indian marketplace's catalog of
    men's ethnic and festive wear (kurtas, kurta pyjama and kurta dhoti sets, sherwanis, nehru and ethnic jackets,
    dhotis, churidars) plus some men's casual shirts and trousers. One product per item, mostly model photos (studio
    backdrops, a few outdoor or festive sets), a few product shots without a person (flat lays, a hanger). Each
    product was asked the experiments' own questionnaire: the closed questions of BLIND_QUESTIONS (garment type,
    color, pattern, sleeve length; material is open), "Is this a ...?" yes/no questions, "What is the color of the
    ...?" questions, and the open questions of DEFAULT_QUESTIONS (wearing, description, details, material). Catalog
    columns, where the seller gave them: gender, category, color, title (Myntra's own wording: "Kurta Sets",
    "Navy Blue", "Men Navy Blue Ethnic Motifs Printed Kurta with Pyjamas"). Two products have no columns at all and
    one lacks color and title.

Which system wrote which text (named again in the comment above every case)
    - base: the untuned Salesforce/blip2-opt-2.7b (8-bit), greedy. Short lowercase captions ("a man in a blue
      kurta ...") and short answers that stop on the newline; its faults are wrong colors (one color for every
      garment, the backdrop's color), invented details, a wrong pronoun, empty or evasive answers, the question
      said back.
    - cap1 / cap3: the caption adapters leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch (epoch 1) and
      leoreigoto/Data2_V2_Blip2_Finetune_Caption (epoch 3). They return the DeepFashion-MultiModal template
      ("This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric ...")
      for captions and for every question, with no end token: cut at 50 new tokens (captions) or 30 (answers).
    - vqa: leoreigoto/Data3_V3_BLIP2_VQA. No end-of-answer token was trained, so its answers run on to the
      30-token limit: loops ("pink pink pink ...", "the yoke and the sleeves and the yoke ...") or a new
      "Question: ... Answer:" pair of its training format (leak).
    - closed: the closed questions (garment_type, color, pattern, sleeve_length, is_a, color_of) are stored as the
      candidate the reference engine ranked first with the base model: one short candidate word each.

How it was written
    Blind. I read only /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py (Text/Case, the
    makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a, TARGETS). No other file of the project, no other corpus, no
    audit code; the only thing run was an import check of this file. Every photo is imagined and described in
    the comment above its case; every label is judged against that photo.

Label conventions and judgement calls
    - One label per text. A text with several faults carries the most plain one in its words: a loop that runs to
      the limit is "loop"; a template answer cut at the limit is "cut" even when it also calls a kurta a shirt or
      invents a "lady"; a run-on that starts a new "Question: ... Answer:" pair is "leak".
    - cut: stopped mid-phrase. hit_limit=True when it ran to the token limit (30 new tokens for answers, 50 for
      captions); one answer stopped mid-phrase before the limit (hit_limit=False). Loops and leaks that ran to the
      limit also carry hit_limit=True.
    - Near-color synonyms are correct: navy/blue, cream/off white/white/beige, mustard/yellow, teal/blue/green,
      sea green/green, rust/orange, maroon/burgundy/red, lavender/purple, peach/pink, magenta/pink,
      charcoal/grey melange/grey, khaki/beige, turquoise/blue, gold-toned/gold.
    - Garment names: "shirt" for a kurta (the caption adapter's template has no kurta class, and a kurta is a long
      shirt), "vest" or "jacket" for a nehru or ethnic jacket, "coat" for a sherwani, "pants" for a churidar or for
      trousers, "dhoti" for a dhoti are all correct. "dress" for a men's kurta, "skirt" for a dhoti, "towel" for a
      folded dhoti, "shorts" for full-length trousers are contradictions.
    - contradiction: a closed answer (or a yes/no, or a caption) that the photo and the seller contradict, including
      the color of the backdrop or of another garment given in a closed color answer, one color repeated for every
      garment in color_of, the print of an inner kurta given to a plain jacket, an accessory (a necklace) answered
      as the garment's details.
    - other_garment_color: an open answer (description, wearing, details) that gives the product the color of the
      other garment in the photo (the white pyjama's white for a navy kurta, the kurta's cream for a jacket).
    - unsupported: an invented detail the photo does not show (zipper on a nehru jacket, hood on a flannel shirt,
      pocket on a pocketless kurta, embroidery on a plain velvet sherwani, a watch on a bare wrist).
    - pronoun: "she", "her", "a woman" for the men's model.
    - non_answer: empty, "nothing", "no", "i don't know", "unknown", "none" to a question the photo answers.
      restated: the question's words said back ("the garment is made of fabric", "the details of the kurta").
    - Correct texts include hard cases: backdrops named in captions ("in front of a red wall"), layers ("a maroon
      vest and a white kurta"), patterned garments named by their print's colors ("a pink kurta with white
      embroidery"), rolled-up full sleeves answered "long sleeve", the dominant print color of a white-ground
      tropical shirt, product shots described without a person ("a brown shirt hanging on a wooden hanger").
    - Material guesses the photo can neither confirm nor deny were left out; material answers kept agree with the
      seller's title or are plain from the photo (denim, velvet, linen, flannel).
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, is_a, wearing

CUT = "cut"
NON = "non_answer"
CON = "contradiction"
OGC = "other_garment_color"
LOOP = "loop"
LEAK = "leak"
UNS = "unsupported"
RES = "restated"
PRO = "pronoun"

BLIND_51: list[Case] = [
    # 1. Navy blue knee-length kurta with small white ethnic-motif print, full sleeves, mandarin collar, white
    # pyjama, brown mojaris; light grey studio backdrop. caption, wearing, description: base; closed: engine;
    # details: cap3.
    case(
        "MYN-KS-10231",
        caption("a man in a blue kurta and white pants standing in front of a grey wall"),
        D.wearing("a blue kurta and white pajamas"),
        B.color("navy blue"),
        color_of("pants", "blue", CON),
        D.description("a blue kurta with white print"),
        D.details(
            "The shirt is with cotton fabric and its neckline is stand. The trousers this gentleman wears is of long "
            "length. The trousers are",
            CUT,
            hit_limit=True,
        ),
        gender="Men",
        category="Kurta Sets",
        color="Navy Blue",
        title="Men Navy Blue Ethnic Motifs Printed Pure Cotton Kurta with Pyjamas",
    ),
    # 2. Cream raw-silk knee-length sherwani, gold zari embroidery on collar and front, gold buttons, cream churidar,
    # maroon stole over one shoulder; plain beige backdrop. caption: cap1; wearing, material: base; details: vqa;
    # closed: engine.
    case(
        "MYN-SH-20417",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with silk fabric. It has "
            "a stand neckline. The trousers this gentleman wears is of long length. The trousers are with cotton "
            "fabric and",
            CUT,
            hit_limit=True,
        ),
        D.wearing("a sherwani and a red scarf"),
        B.garment_type("sherwani"),
        B.color("cream"),
        D.details(
            "gold embroidery on the collar and the front, gold buttons, gold embroidery on the collar and the front, "
            "gold buttons, gold embroidery on the",
            LOOP,
            hit_limit=True,
        ),
        B.material("", NON),
        gender="Men",
        category="Sherwani",
        color="Cream",
        title="Men Cream-Coloured & Gold-Toned Embroidered Sherwani Set",
    ),
    # 3. Maroon sleeveless nehru jacket (the product), mandarin collar, five buttons, two welt pockets, subtle
    # jacquard self-weave, over a cream kurta and cream churidar; white studio. No zipper anywhere. caption,
    # description, details: base; wearing: vqa; closed: engine.
    case(
        "MYN-NJ-30552",
        caption("a man wearing a maroon vest and a white kurta"),
        D.wearing(
            "The person is wearing a vest and a shirt. The vest is maroon and the shirt is white. The vest is maroon "
            "and the shirt is",
            LOOP,
            hit_limit=True,
        ),
        B.garment_type("vest"),
        B.color("maroon"),
        B.sleeve_length("sleeveless"),
        D.description("a cream colored jacket", OGC),
        D.details("a maroon jacket with a zipper and two pockets", UNS),
        gender="Men",
        category="Nehru Jackets",
        color="Maroon",
        title="Men Maroon Woven Design Nehru Jacket",
    ),
    # 4. Product shot, no person: white cotton dhoti with a narrow gold border, folded flat on a white surface; no
    # tassels, no fringe. caption, details: base; wearing: cap3; material: vqa; closed: engine.
    case(
        "MYN-DH-40118",
        caption("a white and gold towel on a white background", CON),
        D.wearing(
            "The person is wearing a long trousers. The trousers are with cotton fabric and pure color patterns. The "
            "trousers this person wears is of long",
            CUT,
            hit_limit=True,
        ),
        B.garment_type("dhoti"),
        B.color("white"),
        D.details("a gold border with tassels", UNS),
        B.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton",
            LOOP,
            hit_limit=True,
        ),
        gender="Men",
        category="Dhotis",
        color="White",
        title="Men White & Gold-Toned Solid Readymade Dhoti",
    ),
    # 5. Mustard yellow straight kurta, solid, full sleeves, mandarin collar, side slits, white churidar; plain white
    # wall. caption: cap3; wearing, details: base; description: vqa; closed: engine.
    case(
        "MYN-KU-50764",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is stand. The pants this gentleman wears is of long length. The pants are with cotton "
            "fabric and pure",
            CUT,
            hit_limit=True,
        ),
        D.wearing("a yellow kurta"),
        B.color("yellow"),
        B.sleeve_length("long sleeve"),
        D.description(
            "The kurta is yellow. Question: What is the color of the pants? Answer: white Question: What is the",
            LEAK,
            hit_limit=True,
        ),
        D.details("nothing", NON),
        gender="Men",
        category="Kurtas",
        color="Mustard",
        title="Men Mustard Yellow Solid Straight Kurta",
    ),
    # 6. Casual shirt: olive green and white checked cotton shirt, full sleeves rolled to the elbows, spread collar,
    # one chest pocket, untucked over blue jeans, white sneakers; studio with a potted plant. caption:
    # base; wearing: cap1; description: vqa; closed: engine.
    case(
        "MYN-SHT-60912",
        caption("a man in a green checkered shirt and jeans"),
        D.wearing(
            "The gentleman is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a long",
            CUT,
            hit_limit=True,
        ),
        B.pattern("checked"),
        B.color("green"),
        color_of("jeans", "green", CON),
        B.sleeve_length("long sleeve"),
        D.description(
            "green and white checkered shirt with a pocket on the chest and a pocket on the chest and a pocket on the "
            "chest and a",
            LOOP,
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Olive",
        title="Men Olive Green & White Checked Casual Shirt",
    ),
    # 7. Beige slim-fit flat-front chinos (the product), white crew-neck t-shirt, brown belt; grey studio. caption,
    # wearing, details: base; description: vqa; closed: engine.
    case(
        "MYN-TR-70233",
        caption("a man in a white t - shirt and beige pants"),
        D.wearing("a white shirt and khaki pants"),
        B.garment_type("pants"),
        B.color("white", CON),
        D.description(
            "khaki pants with belt loops and a zipper fly and a button closure and belt loops and a zipper fly and a "
            "button",
            LOOP,
            hit_limit=True,
        ),
        D.details("pleated front", UNS),
        gender="Men",
        category="Trousers",
        color="Beige",
        title="Men Beige Slim Fit Solid Chinos",
    ),
    # 8. Black kurta with tonal black thread embroidery on the yoke, black pyjama; dark red velvet curtain behind.
    # caption, description: base; wearing: vqa; details: cap3; closed: engine.
    case(
        "MYN-KS-80045",
        caption("a man in a black kurta standing in front of a red curtain"),
        D.wearing(
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            LOOP,
            hit_limit=True,
        ),
        B.color("black"),
        B.pattern("embroidered"),
        D.description("a black kurta with red embroidery", UNS),
        D.details(
            "The shirt is with cotton fabric and its neckline is stand. The shirt has floral patterns. The trousers "
            "this gentleman wears is of long length",
            CUT,
            hit_limit=True,
        ),
        gender="Men",
        category="Kurta Sets",
        color="Black",
        title="Men Black Yoke Design Thread Work Kurta with Pyjamas",
    ),
    # 9. Teal hip-length short kurta, solid, full sleeves, band collar, beige chinos; light blue backdrop. caption,
    # description, material: base; wearing: cap3; details: vqa; closed: engine.
    case(
        "MYN-KU-90377",
        caption("a man in a green shirt and khaki pants"),
        B.color("blue"),
        D.wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The pants this gentleman wears",
            CUT,
            hit_limit=True,
        ),
        D.description("a teal kurta"),
        D.details(
            "Answer: the kurta has a mandarin collar Question: What is the color of the pants? Answer: beige Question:",
            LEAK,
            hit_limit=True,
        ),
        D.material("i'm not sure", NON),
        gender="Men",
        category="Kurtas",
        color="Teal",
        title="Men Teal Solid Short Kurta",
    ),
    # 10. Peach kurta with a small white floral print, white pyjama; shot outdoors against green foliage; bare wrists,
    # no watch. caption, wearing: base; description: cap1; details: vqa; closed: engine.
    case(
        "MYN-KS-10488",
        caption("a man in a pink floral shirt standing in front of plants"),
        D.wearing("a floral kurta, white pants and a watch", UNS),
        B.pattern("floral"),
        B.color("green", CON),
        D.description(
            "This gentleman wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is stand. The trousers this gentleman wears is of",
            CUT,
            hit_limit=True,
        ),
        D.details(
            "the kurta has a floral print, the kurta has a floral print, the kurta has a floral print, the kurta has a",
            LOOP,
            hit_limit=True,
        ),
        gender="Men",
        category="Kurta Sets",
        color="Peach",
        title="Men Peach-Coloured Floral Printed Kurta with Pyjamas",
    ),
    # 11. Off-white churidar (the product), gathered at the ankle, worn with a pink kurta; studio. caption,
    # description, details: base; wearing: vqa; closed: engine.
    case(
        "MYN-CH-11290",
        caption("a man in a pink kurta and white pants"),
        B.garment_type("pants"),
        B.color("white"),
        D.wearing(
            "The person is wearing a kurta and pants. Question: What is the color of the kurta? Answer: pink "
            "Question: What",
            LEAK,
            hit_limit=True,
        ),
        D.description("pink pants", OGC),
        D.details("she is wearing white pants with a pink top", PRO),
        gender="Men",
        category="Churidar",
        color="Off White",
        title="Men Off-White Solid Cotton Churidar",
    ),
    # 12. Rust orange sleeveless ethnic jacket (the product) with a paisley jacquard self-weave, mandarin collar,
    # buttons, no belt; over a white kurta and white churidar; light grey studio. caption: cap3; wearing,
    # description, details: base; closed: engine.
    case(
        "MYN-EJ-12045",
        caption(
            "This gentleman wears a sleeveless vest with graphic patterns. The vest is with cotton fabric. The shirt "
            "this gentleman wears is long-sleeve. The shirt is with cotton fabric and pure color patterns. The pants "
            "this gentleman wears",
            CUT,
            hit_limit=True,
        ),
        D.wearing("an orange vest and a white kurta"),
        B.color("orange"),
        B.pattern("paisley"),
        D.description("a white jacket", OGC),
        D.details("the jacket has a belt", UNS),
        gender="Men",
        category="Ethnic Jackets",
        color="Rust",
        title="Men Rust Orange Woven Design Ethnic Jacket",
    ),
    # 13. No seller columns. Gold brocade sleeveless nehru jacket over a black kurta and black pyjama; studio.
    # caption, wearing, material: base; description: cap1; details: vqa; closed: engine.
    case(
        "NJ-GOLD-1301",
        caption("a man in a gold vest and black pants"),
        D.wearing("a black jacket and black pants", OGC),
        B.color("gold"),
        B.sleeve_length("sleeveless"),
        D.description(
            "This man wears a sleeveless vest with graphic patterns. The vest is with silk fabric and its neckline is "
            "stand. This man wears a long-sleeve shirt with",
            CUT,
            hit_limit=True,
        ),
        D.details(
            "the jacket is gold and the kurta is black and the pants are black and the jacket is gold and the kurta "
            "is black and the",
            LOOP,
            hit_limit=True,
        ),
        D.material("it is made of fabric", RES),
    ),
    # 14. Sea green silk-blend kurta, solid with a sheen, full sleeves, mandarin collar, no pocket, white churidar;
    # bright red wall behind. caption, wearing, details: base; description: vqa; closed: engine.
    case(
        "MYN-KU-14420",
        caption("a man in a green kurta standing in front of a red wall"),
        D.wearing("a green kurta and white pants"),
        B.color("red", CON),
        B.material("silk"),
        D.description(
            "The kurta is green and the pants are white and the wall is red and the kurta is green and the pants are "
            "white and the",
            LOOP,
            hit_limit=True,
        ),
        D.details("a pocket on the chest", UNS),
        gender="Men",
        category="Kurtas",
        color="Sea Green",
        title="Men Sea Green Solid Silk Blend Kurta",
    ),
    # 15. Sky blue and white vertical striped shirt, full sleeves, button-down collar, tucked into navy trousers,
    # brown belt; studio. caption, material: base; details: cap3; description: vqa; closed: engine.
    case(
        "MYN-SHT-15530",
        caption("a man in a blue striped shirt and navy pants"),
        B.pattern("striped"),
        B.color("blue"),
        color_of("pants", "blue"),
        D.details(
            "The shirt is with cotton fabric and its neckline is lapel. It has long sleeves, cotton fabric and "
            "striped patterns. The pants this",
            CUT,
            hit_limit=True,
        ),
        D.description(
            "blue and white striped shirt Question: What is the color of the pants? Answer: navy blue Question: What",
            LEAK,
            hit_limit=True,
        ),
        D.material("i don't know", NON),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="Men Blue & White Striped Slim Fit Casual Shirt",
    ),
    # 16. White pure-linen shirt, full sleeves, white mandarin collar, untucked over khaki trousers; studio. caption:
    # cap1; wearing, description, details: base; closed: engine.
    case(
        "MYN-SHT-16611",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a stand neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color",
            CUT,
            hit_limit=True,
        ),
        D.wearing("a white shirt and khaki pants"),
        B.color("white"),
        B.material("linen"),
        D.description("she is wearing a white shirt", PRO),
        D.details("no", NON),
        gender="Men",
        category="Shirts",
        color="White",
        title="Men White Solid Pure Linen Casual Shirt",
    ),
    # 17. Black slim-fit formal trousers (the product) with a pressed crease, white shirt tucked in, black belt;
    # studio. caption, details: base; description: cap3; material: vqa; closed: engine.
    case(
        "MYN-TR-17702",
        caption("a man in a white shirt and black pants"),
        B.garment_type("pants"),
        B.color("black"),
        color_of("shirt", "black", CON),
        D.description(
            "The trousers this gentleman wears is of long length. The trousers are with cotton fabric and pure color "
            "patterns. The shirt this gentleman wears",
            CUT,
            hit_limit=True,
        ),
        D.details("the pants have a crease down the front"),
        D.material(
            "polyester Question: What is the color of the shirt? Answer: white Question: What is the color of the",
            LEAK,
            hit_limit=True,
        ),
        gender="Men",
        category="Trousers",
        color="Black",
        title="Men Black Slim Fit Formal Trousers",
    ),
    # 18. Red kurta with a gold-toned dhoti (kurta dhoti set), beige studio. caption, description, material: base;
    # wearing: vqa; details: cap1; closed: engine.
    case(
        "MYN-KD-18093",
        caption("a man in a red kurta and gold pants"),
        D.wearing(
            "The person is wearing a kurta and dhoti. The kurta is red and the dhoti is gold. The kurta is red and "
            "the dhoti is gold",
            LOOP,
            hit_limit=True,
        ),
        B.color("red"),
        D.description("a gold kurta", OGC),
        D.details(
            "The shirt is with cotton fabric and its neckline is stand. The pants this gentleman wears is of long "
            "length. The pants are with cotton",
            CUT,
            hit_limit=True,
        ),
        D.material("the material of the kurta", RES),
        gender="Men",
        category="Kurta Sets",
        color="Red",
        title="Men Red & Gold-Toned Solid Kurta with Dhoti Pants",
    ),
    # 19. Ivory sherwani with tonal ivory embroidery (no gold), maroon safa (turban) with a brooch, maroon dupatta,
    # ivory churidar; painted palace-arch backdrop. caption, wearing: base; description: vqa; details: cap3;
    # closed: engine.
    case(
        "MYN-SH-19904",
        caption("a man in a white sherwani and a red turban"),
        D.wearing("a sherwani and a turban"),
        B.garment_type("coat"),
        B.color("red", CON),
        D.description(
            "white with gold embroidery, white with gold embroidery, white with gold embroidery, white with gold "
            "embroidery, white with",
            LOOP,
            hit_limit=True,
        ),
        D.details(
            "There is an accessory on his head. The gentleman wears a long-sleeve shirt with pure color patterns. The "
            "shirt is with chiffon fabric",
            CUT,
            hit_limit=True,
        ),
        gender="Men",
        category="Sherwani",
        color="Off White",
        title="Men Off-White Embroidered Sherwani Set with Safa",
    ),
    # 20. Pink chikankari kurta, white thread embroidery all over, full sleeves, white pyjama; outdoor courtyard.
    # caption, wearing: base; description: vqa; details: cap1; closed: engine.
    case(
        "MYN-KU-20515",
        caption("a woman in a pink kurta standing in a courtyard", PRO),
        D.wearing("a pink kurta with white embroidery"),
        B.color("pink"),
        B.pattern("embroidered"),
        D.description(
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink",
            LOOP,
            hit_limit=True,
        ),
        D.details(
            "The shirt is with cotton fabric and its neckline is round. The shirt has floral patterns. The pants this "
            "lady wears is of long length. The",
            CUT,
            hit_limit=True,
        ),
        gender="Men",
        category="Kurtas",
        color="Pink",
        title="Men Pink Chikankari Embroidered Pure Cotton Kurta",
    ),
    # 21. Navy blue nehru jacket (the product) with a pocket square, over a white kurta pyjama; studio. caption,
    # wearing, description: base; details: vqa; material: cap3; closed: engine.
    case(
        "MYN-NJ-21150",
        caption("a man in a navy vest and white kurta"),
        D.wearing("a blue jacket and white pants"),
        B.color("navy"),
        D.description("a white kurta", OGC),
        D.details(
            "the jacket has a mandarin collar and a pocket square Question: Is this a vest? Answer: yes Question: "
            "What is",
            LEAK,
            hit_limit=True,
        ),
        D.material(
            "The vest is with cotton fabric and pure color patterns. The shirt this gentleman wears is long-sleeve. "
            "The shirt is with cotton fabric and",
            CUT,
            hit_limit=True,
        ),
        gender="Men",
        category="Nehru Jackets",
        color="Navy Blue",
        title="Men Navy Blue Solid Slim Fit Nehru Jacket",
    ),
    # 22. Lavender straight kurta, solid, full sleeves, white pyjama; pastel studio. All open texts: base; closed:
    # engine.
    case(
        "MYN-KU-22781",
        caption("a man in a purple kurta"),
        D.wearing("she is wearing a purple dress", PRO),
        B.color("purple"),
        B.garment_type("dress", CON),
        B.sleeve_length("long sleeve"),
        D.description("a light purple kurta with white pants"),
        D.details("the details of the kurta", RES),
        gender="Men",
        category="Kurtas",
        color="Lavender",
        title="Men Lavender Solid Straight Kurta",
    ),
    # 23. Grey melange cotton kurta, five-button placket, curved hem, sleeves rolled up, worn with blue jeans
    # (indo-western); studio. caption: cap3; wearing, description: base; details: vqa; closed: engine.
    case(
        "MYN-KU-23309",
        caption(
            "This guy wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is stand. This guy wears a long pants. The pants are with denim fabric and pure color",
            CUT,
            hit_limit=True,
        ),
        D.wearing("a grey kurta and jeans"),
        B.color("grey"),
        color_of("jeans", "grey", CON),
        D.description("a blue kurta", OGC),
        D.details(
            "buttons, buttons, buttons, buttons, buttons, buttons, buttons, buttons, buttons, buttons, buttons, "
            "buttons, buttons, buttons, buttons",
            LOOP,
            hit_limit=True,
        ),
        B.sleeve_length("long sleeve"),
        gender="Men",
        category="Kurtas",
        color="Grey Melange",
        title="Men Grey Melange Solid Cotton Kurta",
    ),
    # 24. Yellow kurta with a white floral print (haldi outfit), white pyjama; wall of orange marigold garlands
    # behind him, none worn. caption, description, details, material: base; wearing: vqa; closed: engine.
    case(
        "MYN-KS-24460",
        caption("a man in a yellow kurta standing in front of orange flowers"),
        D.wearing(
            "yellow kurta and white pajamas and yellow kurta and white pajamas and yellow kurta and white pajamas and",
            LOOP,
            hit_limit=True,
        ),
        B.color("orange", CON),
        B.pattern("floral"),
        D.description("a yellow floral print kurta"),
        D.details("white flowers on a yellow background"),
        D.material("", NON),
        gender="Men",
        category="Kurta Sets",
        color="Yellow",
        title="Men Yellow Floral Printed Kurta with Pyjamas",
    ),
    # 25. Maroon velvet sherwani, plain (no embroidery), gold buttons, full sleeves, cream churidar; dark studio.
    # caption: cap1; wearing, details: base; description: vqa; closed: engine.
    case(
        "MYN-SH-25012",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with furry fabric. It has "
            "a stand neckline. The pants this gentleman wears is of long length. The pants are with cotton fabric and "
            "pure color patterns. The gentleman",
            CUT,
            hit_limit=True,
        ),
        D.wearing("a red sherwani"),
        B.color("maroon"),
        B.material("velvet"),
        D.description(
            "maroon velvet sherwani with gold buttons Question: What is the color of the pants? Answer: cream "
            "Question: What is the color of",
            LEAK,
            hit_limit=True,
        ),
        D.details("gold buttons and gold embroidery on the collar", UNS),
        is_a("sherwani", "no", CON),
        gender="Men",
        category="Sherwani",
        color="Maroon",
        title="Men Maroon Solid Velvet Sherwani with Churidar",
    ),
    # 26. Blue washed denim shirt, full sleeves, two flap chest pockets, worn open over a white t-shirt, black jeans;
    # studio. caption, wearing: base; details: vqa; description: cap3; closed: engine.
    case(
        "MYN-SHT-26670",
        caption("a woman wearing a denim shirt over a white t - shirt", PRO),
        D.wearing("a denim shirt and black jeans"),
        B.color("blue"),
        B.material("denim"),
        color_of("jeans", "blue", CON),
        D.details(
            "two pockets on the chest and two pockets on the chest and two pockets on the chest and two pockets on the",
            LOOP,
            hit_limit=True,
        ),
        D.description(
            "The shirt is with denim fabric and its neckline is lapel. The gentleman wears a long-sleeve shirt with "
            "pure color patterns. The pants",
            CUT,
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="Men Blue Washed Denim Casual Shirt",
    ),
    # 27. Olive green relaxed cargo trousers (the product) with flap side pockets, black t-shirt, white sneakers;
    # studio. caption, description: base; wearing: cap1; details: vqa; closed: engine.
    case(
        "MYN-TR-27318",
        caption("a man in a black t - shirt and green cargo pants"),
        B.garment_type("pants"),
        B.color("green"),
        D.description("black cargo pants", OGC),
        D.details(
            "cargo pockets on the sides. Question: What is the color of the shirt? Answer: black Question: What is the",
            LEAK,
            hit_limit=True,
        ),
        D.wearing(
            "This guy wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. This guy wears a long",
            CUT,
            hit_limit=True,
        ),
        gender="Men",
        category="Trousers",
        color="Olive",
        title="Men Olive Green Relaxed Fit Cargo Trousers",
    ),
    # 28. Charcoal grey sleeveless ethnic jacket (the product), solid, over a black full-sleeve kurta; no pocket
    # square. caption, wearing, details: base; description: vqa; closed: engine.
    case(
        "MYN-EJ-28504",
        caption("a man in a grey vest and black shirt"),
        D.wearing("he is wearing clothes", RES),
        B.color("grey"),
        B.sleeve_length("long sleeve", CON),
        D.description(
            "The vest is grey. The vest is grey. The vest is grey. The vest is grey. The vest is grey. The vest is",
            LOOP,
            hit_limit=True,
        ),
        D.details("a pocket square", UNS),
        gender="Men",
        category="Ethnic Jackets",
        color="Charcoal",
        title="Men Charcoal Grey Solid Woven Ethnic Jacket",
    ),
    # 29. Tropical print casual shirt: green leaves and pink flowers on a white ground, short sleeves, camp collar,
    # white chinos. caption, wearing: base; description: vqa; details: cap3; closed: engine ("green", the print's
    # dominant color, judged correct).
    case(
        "MYN-SHT-29115",
        caption("a man in a shirt with leaves on it"),
        D.wearing("a hawaiian shirt and white pants"),
        B.pattern("floral"),
        B.color("green"),
        B.sleeve_length("short sleeve"),
        D.description(
            "green and pink and white and green and pink and white and green and pink and white and green and pink and",
            LOOP,
            hit_limit=True,
        ),
        D.details(
            "The shirt is with cotton fabric and its neckline is lapel. It has short sleeves, cotton fabric and "
            "floral patterns. The pants this gentleman",
            CUT,
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="White",
        title="Men White & Green Tropical Printed Casual Shirt",
    ),
    # 30. Cream kurta and cream dhoti set, gold border on the kurta hem and on the dhoti; studio. caption: cap1;
    # wearing, description: base; details: vqa; closed: engine.
    case(
        "MYN-KD-30660",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is stand. This gentleman wears a long skirt. The skirt is with cotton fabric and pure color "
            "patterns. There",
            CUT,
            hit_limit=True,
        ),
        D.wearing("a white kurta and dhoti"),
        B.color("beige"),
        is_a("skirt", "yes", CON),
        D.description("a cream colored kurta with a gold border"),
        D.details(
            "gold border, gold border, gold border, gold border, gold border, gold border, gold border, gold border, "
            "gold border",
            LOOP,
            hit_limit=True,
        ),
        gender="Men",
        category="Kurta Sets",
        color="Cream",
        title="Men Cream-Coloured Kurta with Dhoti Pants",
    ),
    # 31. Product shot, no person: brown solid kurta on a wooden hanger against a white wall, full sleeves, mandarin
    # collar. caption, wearing, details: base; description: cap3; closed: engine.
    case(
        "MYN-KU-31207",
        caption("a brown shirt hanging on a wooden hanger"),
        D.wearing("a brown shirt"),
        B.color("brown"),
        B.garment_type("kurta"),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is stand. The",
            CUT,
            hit_limit=True,
        ),
        D.details("none", NON),
        gender="Men",
        category="Kurtas",
        color="Brown",
        title="Men Brown Solid Cotton Kurta",
    ),
    # 32. Magenta kurta with silver zari on the collar only, white churidar; black backdrop. caption, wearing,
    # details: base; description: vqa; closed: engine.
    case(
        "MYN-KS-32840",
        caption("a man in a pink kurta on a black background"),
        D.wearing("a pink kurta and white pants"),
        B.color("pink"),
        color_of("pants", "pink", CON),
        is_a("kurta", "no", CON),
        D.description(
            "pink kurta with silver embroidery on the collar and the cuffs and the collar and the cuffs and the "
            "collar and the",
            LOOP,
            hit_limit=True,
        ),
        D.details("embroidered collar"),
        gender="Men",
        category="Kurta Sets",
        color="Magenta",
        title="Men Magenta Zari Yoke Design Kurta with Churidar",
    ),
    # 33. Product shot, no person: white cotton churidar folded flat on white, drawstring visible, no zipper.
    # caption, details, material: base; wearing: vqa; description: cap1; closed: engine.
    case(
        "MYN-CH-33095",
        caption("a pair of white pants on a white background"),
        D.wearing(
            "The person is wearing a pair of white pants and a white shirt and a white shirt and a white shirt and a "
            "white",
            LOOP,
            hit_limit=True,
        ),
        B.garment_type("pants"),
        B.color("white"),
        D.details("a drawstring and a zipper", UNS),
        D.description(
            "This lady wears a long trousers. The trousers are with cotton fabric and pure color patterns. There is "
            "an accessory on her wrist. This lady",
            CUT,
            hit_limit=True,
        ),
        D.material("the pants are made of material", RES),
        gender="Men",
        category="Churidar",
        color="White",
        title="Men White Solid Cotton Churidar Pants",
    ),
    # 34. Saffron orange solid kurta, white pyjama; festive set with warm string-light bokeh behind. caption,
    # wearing, description: base; details: vqa; closed: engine.
    case(
        "MYN-KU-34512",
        caption("a man in an orange kurta with lights in the background"),
        D.wearing("a woman wearing an orange dress", PRO),
        B.color("orange"),
        B.pattern("solid"),
        D.description("", NON),
        D.details(
            "Question: What are the details of the garment? Answer: Question: What are the details of the garment? "
            "Answer:",
            LEAK,
            hit_limit=True,
        ),
        gender="Men",
        category="Kurtas",
        color="Orange",
        title="Men Orange Solid Festive Kurta",
    ),
    # 35. Red and black buffalo-check flannel shirt, full sleeves, two chest pockets, no hood, worn open over a grey
    # t-shirt, blue jeans. caption, wearing, details, material: base; description: cap3; closed: engine.
    case(
        "MYN-SHT-35077",
        caption("a man in a red and black plaid shirt"),
        D.wearing("a plaid shirt, a grey t - shirt and jeans"),
        B.pattern("checked"),
        B.color("grey", CON),
        D.description(
            "The shirt is with cotton fabric and its neckline is lapel. It has long sleeves, cotton fabric and "
            "lattice patterns. The shirt this gentleman",
            CUT,
            hit_limit=True,
        ),
        D.details("it has a hood", UNS),
        D.material("flannel"),
        gender="Men",
        category="Shirts",
        color="Red",
        title="Men Red & Black Checked Flannel Casual Shirt",
    ),
    # 36. Product shot, no person: beige linen full-length trousers laid flat, drawstring waist, side pockets.
    # caption: base; description: vqa; details: cap1; closed: engine.
    case(
        "MYN-TR-36620",
        caption("a pair of beige pants laying on a white surface"),
        B.color("khaki"),
        B.material("linen"),
        B.garment_type("shorts", CON),
        D.description(
            "beige pants with a drawstring waist and side pockets and a drawstring waist and side pockets and a "
            "drawstring waist",
            LOOP,
            hit_limit=True,
        ),
        D.details(
            "The pants this person wears is of long length. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on",
            CUT,
            hit_limit=True,
        ),
        gender="Men",
        category="Trousers",
        color="Beige",
        title="Men Beige Linen Drawstring Trousers",
    ),
    # 37. Turquoise short kurta with a small white geometric print, three-quarter sleeves, blue jeans; model seated
    # on stone steps outdoors. caption, description, details: base; material: cap3; closed: engine.
    case(
        "MYN-KU-37390",
        caption("a man in a blue shirt and jeans sitting on steps"),
        B.color("blue"),
        B.pattern("geometric"),
        B.sleeve_length("three-quarter sleeve"),
        D.description("a turquoise kurta with a white print"),
        D.details("no details", NON),
        D.material(
            "The shirt is with cotton fabric and its neckline is round. The shirt has graphic patterns. The pants "
            "this gentleman wears is of long",
            CUT,
            hit_limit=True,
        ),
        gender="Men",
        category="Kurtas",
        color="Turquoise Blue",
        title="Men Turquoise Blue Geometric Printed Short Kurta",
    ),
    # 38. Black solid nehru jacket (the product) over a white kurta with a blue block print, white churidar.
    # caption, description: base; wearing: vqa; details: cap3; closed: engine.
    case(
        "MYN-NJ-38102",
        caption("a man in a black vest and a white shirt"),
        D.wearing(
            "black vest, white kurta, white pants, black vest, white kurta, white pants, black vest, white kurta, "
            "white pants",
            LOOP,
            hit_limit=True,
        ),
        B.color("black"),
        B.pattern("printed", CON),
        D.description("a white nehru jacket", OGC),
        D.details(
            "The vest is with cotton fabric and its neckline is stand. The shirt this gentleman wears is long-sleeve. "
            "The shirt is with cotton fabric and",
            CUT,
            hit_limit=True,
        ),
        is_a("vest", "yes"),
        gender="Men",
        category="Nehru Jackets",
        color="Black",
        title="Men Black Solid Nehru Jacket",
    ),
    # 39. Burgundy kurta with mirror work and thread embroidery on the yoke, plain sleeves, white churidar. caption,
    # wearing, details, material: base; description: vqa; closed: engine.
    case(
        "MYN-KU-39811",
        caption("a man in a maroon kurta with mirror work"),
        D.wearing("she is wearing a maroon kurta", PRO),
        B.color("maroon"),
        B.pattern("embroidered"),
        D.description(
            "The kurta is maroon with mirror work on the yoke and the sleeves and the yoke and the sleeves and the "
            "yoke and the",
            LOOP,
            hit_limit=True,
        ),
        D.details("sequins on the sleeves", UNS),
        D.material("i don't know", NON),
        gender="Men",
        category="Kurtas",
        color="Burgundy",
        title="Men Burgundy Mirror Work Embroidered Kurta",
    ),
    # 40. Off-white self-design sherwani set with churidar, gold mojaris, pearl mala necklace; studio. caption: cap3;
    # wearing, details, material: base; description: vqa; closed: engine ("solid" for a faint self-weave judged
    # correct).
    case(
        "MYN-SH-40263",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. There is an accessory in his neck. The pants this gentleman wears is of long",
            CUT,
            hit_limit=True,
        ),
        D.wearing("a white sherwani and a pearl necklace"),
        B.garment_type("sherwani"),
        B.color("cream"),
        B.pattern("solid"),
        D.details("pearl necklace", CON),
        D.description(
            "white Question: Is this a sherwani? Answer: yes Question: What is the color of the shoes? Answer: gold",
            LEAK,
            hit_limit=True,
        ),
        D.material("the garment is made of cloth", RES),
        gender="Men",
        category="Sherwani",
        color="Off White",
        title="Men Off White Self Design Sherwani Set",
    ),
    # 41. Khaki half-sleeve utility shirt with two flap chest pockets, untucked over dark olive chinos. caption,
    # description: base; wearing: cap1; details: vqa; closed: engine.
    case(
        "MYN-SHT-41580",
        caption("a man in a khaki shirt with two pockets"),
        D.wearing(
            "This guy wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The pants this guy",
            CUT,
            hit_limit=True,
        ),
        B.color("beige"),
        B.sleeve_length("short sleeve"),
        D.description("a khaki shirt"),
        D.details(
            "two flap pockets on the chest Question: What is the color of the pants? Answer: green Question: What",
            LEAK,
            hit_limit=True,
        ),
        color_of("pants", "khaki", CON),
        gender="Men",
        category="Shirts",
        color="Khaki",
        title="Men Khaki Solid Half Sleeves Utility Shirt",
    ),
    # 42. Purple solid art-silk kurta with a multicolour printed dupatta over one shoulder, cream churidar. caption,
    # wearing, details: base; description: cap1; closed: engine.
    case(
        "MYN-KU-42006",
        caption("a man in a purple kurta with a colorful scarf"),
        D.wearing("she is wearing a purple kurta and a scarf", PRO),
        B.color("purple"),
        B.material("silk"),
        B.pattern("printed", CON),
        D.description(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric and "
            "its neckline is stand. There is",
            CUT,
            hit_limit=True,
        ),
        D.details("a cream kurta with a collar", OGC),
        gender="Men",
        category="Kurtas",
        color="Purple",
        title="Men Purple Solid Art Silk Kurta with Dupatta",
    ),
    # 43. Navy chinos (the product), white oxford shirt tucked in, tan belt; seller gave gender and category only.
    # caption, wearing, description, material: base; details: vqa; closed: engine.
    case(
        "MYN-TR-43391",
        caption("a man in a white shirt and blue pants"),
        wearing("a white shirt and blue pants", who="he"),
        B.color("navy"),
        D.description("white pants", OGC),
        D.details(
            "the pants are blue and the shirt is white and the belt is brown and the pants are blue and the shirt is "
            "white and",
            LOOP,
            hit_limit=True,
        ),
        D.material("the material is", CUT),
        gender="Men",
        category="Trousers",
    ),
    # 44. No seller columns. Cream kurta and cream pyjama under a beige embroidered sleeveless jacket (wedding guest);
    # studio. caption, wearing, details, material: base; description: cap3; closed: engine.
    case(
        "ETH-CRM-044",
        caption("a man in a beige jacket and white kurta"),
        D.wearing("he is wearing a kurta and a jacket"),
        B.color("cream"),
        D.description(
            "The vest is with cotton fabric and its neckline is stand. The vest has floral patterns. The shirt this "
            "gentleman wears is long-sleeve. The",
            CUT,
            hit_limit=True,
        ),
        D.details("embroidery on the jacket"),
        D.material("the garment is made of fabric", RES),
    ),
]
