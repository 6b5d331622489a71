"""BLIND_115 (44 products; the experiments re-run on a Myntra-style catalog of men's ethnic and festive wear, in
their own questionnaire): written blind in the twentieth session. Measured blind at 68b96f6: 123/142 failures found
(86.6%) and 11/145 correct texts flagged (7.6%). The writer's notes, verbatim:

Blind corpus 115: men's ethnic and festive wear on a Myntra-style catalog.

Scenario
    The original experiments' systems re-run on a Myntra-style catalog of men's ethnic and festive wear: kurtas,
    kurta sets with pyjamas or churidars, nehru jackets, sherwanis, dhotis and bandhgalas, shot on models and as
    flat or ghost-mannequin packshots. The questionnaire is the experiments' own: the closed questions of
    BLIND_QUESTIONS, "Is this a {garment}?" (is_a) and "What is the color of the {garment}?" (color_of) as the VQA
    data asked them, plus the experiments' open probes "What is he wearing?", "Describe the {garment}." and "What
    are the {garment} details?". Seller columns come from the marketplace: gender, category (Myntra article type),
    color (Myntra base colour) and title; a few products lack one of them.

Which system wrote which text (named again in the comment above every case)
    - base: untuned Salesforce/blip2-opt-2.7b. Short lowercase answers and captions that stop on their own; its
      faults are one color for every garment, wrong pronoun, invented details, non-answers and restatements.
    - caption adapter: leoreigoto/Data2_V2_Blip2_Finetune_Caption (epoch 3, "e3") or ..._Caption_First_Epoch
      ("e1"). DeepFashion-MultiModal template sentences ("The gentleman wears a long-sleeve shirt with pure color
      patterns..."); no end token was trained, so every text runs to the limit (50 tokens for captions, 30 for
      answers) and is cut or loops; it returns the template whatever the question.
    - VQA adapter: leoreigoto/Data3_V3_BLIP2_VQA. In-Shop class and vendor-colour vocabulary (tee, blouse, dress,
      romper, vest, navy, charcoal); it seldom stops on its own: "navy-navy-navy...", "yes yes yes...", or it goes on
      writing the `Question: ... Answer:` format; its few short answers are often the wrong class or color.
    - caption+QA: timpal0l/mdeberta-v3-base-squad2 extracting a span from the caption adapter's caption (that
      caption is not stored here); a span or "" when it finds none.

How it was written
    Blind. I read only /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py (the Text/Case
    layout, the makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a, color_of, question, case, TARGETS). No other
    file of the project, no audit code, no other corpus. The photos are imagined; each is described in the
    comment above its case and every label is judged against that description. The only command run was the
    import check.

Label conventions and judgement calls
    - One label per text. When a text has two faults the label is the one that most harms it, in this order:
      leak > loop > pronoun, contradiction, other_garment_color > unsupported > non_answer, restated > cut. Most
      texts were written to carry one fault only.
    - hit_limit=True on every text that used all its new tokens (30 for answers, 50 for captions): all caption
      adapter texts, all VQA adapter loops and leaks. A cut text that stopped early is cut with hit_limit=False.
    - cut: stopped mid-phrase ("It has a stand", "The lower clothing is of"). A caption-adapter text that returns
      the template for a question it does not answer at all (no hue for a color question, no garment for a type
      question) is non_answer, not cut, though it also hit the limit.
    - other_garment_color: a color question (or wearing answer) gives the asked garment the color of another
      garment or worn accessory in the photo (the jacket's maroon for the kurta, the safa's pink for the
      sherwani), while another text of the case has the right color. contradiction: a color that belongs to
      nothing worn (a wall), a wrong garment class ("blouse", "dress", "tee", "romper", "skirt" for a kurta,
      set or dhoti), a wrong yes/no, sleeves of another garment, an accessory (scarf, turban) given as the type.
    - Near-color synonyms are correct: Navy Blue -> blue/navy, Off White -> white/cream, Cream -> beige/white,
      Maroon -> red/burgundy, Mustard -> yellow, Rust -> orange, Teal -> turquoise, Lavender -> purple,
      Magenta -> pink, Peach -> light orange, Sea Green/Olive -> green, Gold -> beige for a muted gold brocade,
      Grey Melange -> grey, White art silk -> cream.
    - Garment synonyms are correct: nehru jacket -> vest or jacket; bandhgala -> jacket, suit for a bandhgala
      suit; stitched dhoti pants -> pants; kurta pyjama for a set. "shirt" inside a descriptive caption or
      wearing answer for a kurta is tolerated (a kurta is a long collarless shirt); no closed type answer here
      says "shirt".
    - Several colors for a patterned garment are correct ("blue and white" for a printed jacket, "white and
      gold" for a bordered dhoti); a background color named as the background in a caption is correct; the same
      color for two garments is correct where they really match (grey suit, all-black set).
    - On packshots (no person) the wearing question answered with the product ("a blue jacket") is correct; a
      text that invents a wearer, a second garment or accessories is unsupported.
    - Sleeve length is the garment's own: long sleeves rolled to the elbow are still "long sleeves".
    - DeepFashion's "pure color" for a solid garment is correct; "lattice" for checks is correct.
    - Restated: the answer gives the question's words back as a sentence ("the details of the kurta are the
      details of the kurta"); non_answer: empty, "i don't know", "nothing", "it's made of fabric".
    - Pronoun: "she"/"her" for a product whose seller gender is Men, the photo showing a man.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import Case, caption, case, color_of, describe, details, is_a, wearing

M = "Men"

BLIND_115: list[Case] = [
    # Photo: man on a light grey studio backdrop in a navy blue straight kurta (tonal thread work only down the
    # placket, body plain), white pyjama for styling. Only the kurta is sold.
    # caption, wearing, pattern: base; color_of(kurta), is_a: VQA adapter; details: caption e3.
    case(
        "MYN-KRT-115-001",
        caption("a man in a navy blue kurta and white pants standing in front of a grey wall"),
        wearing("a blue kurta and white pants", who="he"),
        color_of(
            "kurta",
            "navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy",
            "loop",
            hit_limit=True,
        ),
        B.pattern("solid"),
        is_a(
            "kurta",
            "yes Question: Is this a kurta? Answer: yes Question: Is this a kurta? Answer: yes Question: Is",
            "leak",
            hit_limit=True,
        ),
        details(
            "kurta",
            "The shirt has long sleeves, cotton fabric and pure color patterns. It has a stand neckline. "
            "The lower clothing is of long length. The fabric is cotton and it",
            "cut",
            hit_limit=True,
        ),
        gender=M,
        category="Kurtas",
        color="Navy Blue",
        title="Sutramoda Men Navy Blue Thread Work Straight Kurta",
    ),
    # Photo: flat lay on white, no person: off-white chikankari kurta (white floral thread embroidery) and
    # matching off-white pyjama folded beside it.
    # caption, color, pattern, wearing: base; garment_type: VQA adapter; describe: caption e1.
    case(
        "MYN-KST-115-002",
        caption("a white kurta and pants laid out on a white background"),
        B.garment_type("blouse", "contradiction"),
        B.color("white"),
        B.pattern("embroidered"),
        wearing("a man is wearing a white kurta and white pajamas and a pair of brown sandals", "unsupported"),
        describe(
            "kurta",
            "The upper clothing has long sleeves, cotton fabric and floral patterns. It has a round "
            "neckline. The lower clothing is of long length. The fabric is cotton and it has pure color",
            "cut",
            hit_limit=True,
        ),
        gender=M,
        category="Kurta Sets",
        color="Off White",
        title="Lucknowi Threads Men Off White Chikankari Embroidered Kurta with Pyjamas",
    ),
    # Photo: man on a cream backdrop in a maroon woven nehru jacket (sold) over a plain white kurta and white
    # churidar. Sleeveless jacket, long-sleeved kurta.
    # caption, is_a, color_of(jacket), sleeve_length, wearing: base; color_of(kurta), garment_type: VQA adapter.
    case(
        "MYN-NJK-115-003",
        caption("a man wearing a maroon vest over a white kurta"),
        is_a("jacket", "yes"),
        color_of("jacket", "maroon"),
        color_of("kurta", "maroon", "other_garment_color"),
        B.garment_type(
            "vest-vest-vest-vest-vest-vest-vest-vest-vest-vest-vest-vest-vest-vest-vest", "loop", hit_limit=True
        ),
        B.sleeve_length("sleeveless"),
        wearing("she is wearing a maroon jacket and a white kurta", "pronoun", who="he"),
        gender=M,
        category="Nehru Jackets",
        color="Maroon",
        title="Rajvesh Men Maroon Woven Design Nehru Jacket",
    ),
    # Photo: man in a cream silk sherwani with gold floral embroidery all over, cream churidar, a maroon dupatta
    # over one shoulder; warm-lit stage backdrop.
    # caption: caption e3; color, is_a, material, details: base; color_of(sherwani): VQA adapter.
    case(
        "MYN-SHW-115-004",
        caption(
            "The gentleman wears a long-sleeve shirt with floral patterns. The shirt is with other fabric. It "
            "has a stand neckline. The gentleman wears a long trousers. The trousers are with cotton fabric "
            "and pure color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        B.color("beige"),
        color_of("sherwani", "maroon", "other_garment_color"),
        is_a("sherwani", "yes"),
        B.material("silk"),
        details("sherwani", "gold embroidery on the collar and the front"),
        gender=M,
        category="Sherwani",
        color="Cream",
        title="Utsav House Men Cream Embroidered Sherwani Set with Dupatta",
    ),
    # Photo: packshot, no person: a white cotton dhoti folded in a square on a white surface, a thin gold zari
    # border along one edge.
    # caption, is_a, color: base; garment_type: VQA adapter; pattern: caption+QA; describe: caption e1.
    case(
        "MYN-DHT-115-005",
        caption("a white cloth folded on a white surface"),
        is_a("dhoti", "yes"),
        B.garment_type(
            "shorts-shorts-shorts-shorts-shorts-shorts-shorts-shorts-shorts-shorts-shorts-shorts-shorts-shorts-shorts",
            "loop",
            hit_limit=True,
        ),
        B.color("white and gold"),
        B.pattern("", "non_answer"),
        describe(
            "dhoti",
            "The trousers are of long length. The fabric is cotton and it has pure color patterns. It "
            "has a border on the hem and the fabric is",
            "cut",
            hit_limit=True,
        ),
        gender=M,
        category="Dhotis",
        color="White",
        title="Ramvastra Men White Solid Cotton Dhoti with Zari Border",
    ),
    # Photo: man on a plain grey studio backdrop in a black bandhgala with brass buttons, white trousers, black
    # shoes.
    # caption, color_of(jacket), color_of(pants), details, pattern: base; is_a, sleeve_length: VQA adapter.
    case(
        "MYN-BND-115-006",
        caption("a man in a black jacket and white pants posing for a photo"),
        color_of("jacket", "black"),
        color_of("pants", "black", "other_garment_color"),
        is_a(
            "jacket",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length(
            "long-sleeve Question: What is the sleeve length of the garment? Answer: long-sleeve Question: What",
            "leak",
            hit_limit=True,
        ),
        details("jacket", "it has a mandarin collar and gold buttons"),
        B.pattern("unknown", "non_answer"),
        gender=M,
        category="Blazers",
        color="Black",
        title="Regal Threads Men Black Solid Bandhgala Blazer",
    ),
    # Photo: man outdoors among green trees in a mustard yellow plain cotton kurta with a mandarin collar and a
    # short button placket, no pocket; white pyjama.
    # caption, color, material, details: base; color_of(kurta): VQA adapter; wearing: caption e3.
    case(
        "MYN-KRT-115-007",
        caption("a man in a yellow kurta standing in front of green trees"),
        B.color("yellow"),
        color_of(
            "kurta",
            "mustard-white-mustard-white-mustard-white-mustard-white-mustard-white-mustard-white-mustard",
            "loop",
            hit_limit=True,
        ),
        B.material("cotton"),
        details(
            "kurta",
            "it has a mandarin collar, a button placket and a pocket on the left side of the chest",
            "unsupported",
        ),
        wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a stand neckline. The gentleman wears a long",
            "cut",
            who="he",
            hit_limit=True,
        ),
        gender=M,
        category="Kurtas",
        color="Mustard",
        title="Anvaya Men Mustard Yellow Solid Pure Cotton Kurta",
    ),
    # Photo: man in a teal (blue-green) self-design kurta and a white churidar, white studio.
    # caption, color, pattern, sleeve_length: base; color_of(churidar), is_a: VQA adapter; describe: caption e3.
    case(
        "MYN-KST-115-008",
        caption("a man wearing a teal kurta and white pants"),
        B.color("turquoise"),
        color_of("churidar", "teal", "other_garment_color"),
        is_a("kurta", "no", "contradiction"),
        B.pattern("none", "non_answer"),
        B.sleeve_length("long sleeves"),
        describe(
            "kurta",
            "The shirt is with cotton fabric and pure color patterns. It has a stand neckline. The "
            "shirt has long sleeves and the lower clothing is of long",
            "cut",
            hit_limit=True,
        ),
        gender=M,
        category="Kurta Sets",
        color="Teal",
        title="Sojaya Men Teal Self Design Kurta with Churidar",
    ),
    # Photo: man in an indigo dabu-printed kurta (blue ground, small white floral motifs), white pyjama, no
    # accessories, beige wall.
    # caption, pattern, wearing: base; color, material: VQA adapter; details: caption e1.
    case(
        "MYN-KRT-115-009",
        caption("a man in a blue and white printed kurta"),
        B.color("blue"),
        B.pattern("floral"),
        details(
            "kurta",
            "The upper clothing has long sleeves, cotton fabric and floral patterns. It has a round "
            "neckline. The lower clothing is of long length. The fabric is",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue kurta with white flowers, white pajamas, a watch and sunglasses", "unsupported", who="he"),
        B.material(
            "cotton Answer: cotton Answer: cotton Answer: cotton Answer: cotton Answer: cotton Answer: cotton",
            "leak",
            hit_limit=True,
        ),
        gender=M,
        category="Kurtas",
        color="Blue",
        title="Dhaaga & Co Men Blue & White Dabu Printed Cotton Kurta",
    ),
    # Photo: ghost-mannequin packshot on white: beige jacquard nehru jacket, tone-on-tone paisley weave, five
    # covered buttons.
    # caption, pattern, material: base; sleeve_length, color: VQA adapter; details: caption e3.
    case(
        "MYN-NJK-115-010",
        caption("a beige vest on a white background"),
        B.sleeve_length(
            "sleeveless-sleeveless-sleeveless-sleeveless-sleeveless-sleeveless-sleeveless-sleeveless",
            "loop",
            hit_limit=True,
        ),
        B.pattern("paisley"),
        B.color("khaki"),
        details(
            "jacket",
            "The vest is with cotton fabric and graphic patterns. It has a stand neckline. There are "
            "buttons on the front. The vest is with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        B.material("i don't know", "non_answer"),
        gender=M,
        category="Nehru Jackets",
        color="Beige",
        title="Kalakriti Men Beige Woven Design Jacquard Nehru Jacket",
    ),
    # Photo: man in a light pink plain kurta and a white pyjama, white backdrop.
    # caption, wearing, color_of(kurta), color_of(pyjama), sleeve_length: base; garment_type: VQA adapter.
    case(
        "MYN-KST-115-011",
        caption("a man in a pink kurta and white pajamas"),
        wearing("she is wearing a pink kurta and white pants", "pronoun", who="he"),
        color_of("kurta", "pink"),
        color_of("pyjama", "pink", "other_garment_color"),
        B.garment_type(
            "dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("long"),
        gender=M,
        category="Kurta Sets",
        color="Pink",
        title="Sutramoda Men Pink Solid Kurta with Pyjamas",
    ),
    # Photo: man in a maroon velvet sherwani with gold embroidery at the collar and cuffs, gold churidar, bare
    # head, dark backdrop. The seller gave no title.
    # caption, material, pattern, wearing: base; color_of(sherwani), is_a: VQA adapter; details: caption e3.
    case(
        "MYN-SHW-115-012",
        caption("a man in a red sherwani with gold embroidery"),
        color_of("sherwani", "burgundy"),
        B.material("velvet"),
        is_a(
            "sherwani",
            "yes Question: Is this a sherwani? Answer: yes Question: Is this a sherwani? Answer: yes",
            "leak",
            hit_limit=True,
        ),
        details(
            "sherwani",
            "The gentleman wears a long-sleeve shirt with graphic patterns. The shirt is with other "
            "fabric. It has a stand neckline. The gentleman wears a long trousers. The trousers are",
            "cut",
            hit_limit=True,
        ),
        B.pattern("the pattern of the garment", "restated"),
        wearing("a red sherwani and a red turban", "unsupported", who="he"),
        gender=M,
        category="Sherwani",
        color="Maroon",
    ),
    # Photo: man in a black kurta with silver sequin work on the yoke, mandarin collar, white pyjama. The seller
    # left the base colour empty.
    # caption, color, details: base; color_of(kurta): VQA adapter; pattern: caption+QA; describe: caption e1.
    case(
        "MYN-KRT-115-013",
        caption("a man in a black kurta with silver sequins"),
        B.color("black"),
        details("kurta", "the kurta has silver sequins on the neck and chest"),
        color_of(
            "kurta",
            "black-silver-black-silver-black-silver-black-silver-black-silver-black-silver-black-silver-black",
            "loop",
            hit_limit=True,
        ),
        B.pattern("pure color", "contradiction"),
        describe(
            "kurta",
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a stand "
            "neckline. The lower clothing is of long length. The fabric is cotton and it has",
            "cut",
            hit_limit=True,
        ),
        gender=M,
        category="Kurtas",
        title="Nakshatra Men Black Sequinned Yoke Design Kurta",
    ),
    # Photo: three-piece set on a man: green kurta, gold brocade nehru jacket, cream pyjama.
    # caption, color_of(kurta), color_of(pyjama), wearing: base; color_of(jacket), is_a: VQA adapter; details: e3.
    case(
        "MYN-KST-115-014",
        caption("a man in a green kurta and a gold vest"),
        color_of("kurta", "green"),
        color_of("jacket", "green", "other_garment_color"),
        color_of("pyjama", "white"),
        wearing("a green kurta, a gold jacket and white pants", who="he"),
        is_a("kurta", "yes-yes-yes-yes-yes-yes-yes-yes-yes-yes-yes-yes-yes-yes-yes", "loop", hit_limit=True),
        details(
            "jacket",
            "The gentleman wears a sleeveless vest with graphic patterns. The vest is with other "
            "fabric. It has a stand neckline. The gentleman wears a long-sleeve",
            "cut",
            hit_limit=True,
        ),
        gender=M,
        category="Kurta Sets",
        color="Green",
        title="Tasveer Men Green Kurta with Pyjamas & Golden Nehru Jacket",
    ),
    # Photo: man in a cream dhoti with a golden border, worn with a plain white kurta; no shawl, no angavastram.
    # caption, color_of(dhoti), wearing, pattern, details: base; is_a, garment_type: VQA adapter. The wearing answer
    # stopped mid-phrase well before its 30 tokens (cut, hit_limit=False).
    case(
        "MYN-DHT-115-015",
        caption("a man in a white kurta and dhoti"),
        is_a("dhoti", "no", "contradiction"),
        color_of("dhoti", "cream"),
        B.garment_type("skirt", "contradiction"),
        wearing("he is wearing a white kurta and a white dhoti with a", "cut", who="he"),
        B.pattern("solid with a gold border"),
        details(
            "dhoti",
            "the dhoti has a golden border and pleats in the front, worn with a matching angavastram",
            "unsupported",
        ),
        gender=M,
        category="Dhotis",
        color="Cream",
        title="Ramvastra Men Cream Solid Dhoti with Golden Border",
    ),
    # Photo: packshot: navy blue self-design bandhgala on a wooden hanger against white, no trousers, lining not
    # visible.
    # caption, wearing, material: base; color, sleeve_length: VQA adapter; details: caption e3. The wearing answer
    # names the product on a packshot: correct.
    case(
        "MYN-BND-115-016",
        caption("a navy blue jacket hanging on a wooden hanger"),
        B.color("navy"),
        wearing("a blue jacket", who="he"),
        B.sleeve_length(
            "long-sleeve-long-sleeve-long-sleeve-long-sleeve-long-sleeve-long-sleeve-long-sleeve",
            "loop",
            hit_limit=True,
        ),
        details(
            "jacket",
            "The jacket is with other fabric and pure color patterns. It has a stand neckline. There are "
            "buttons on the front. The jacket is of long",
            "cut",
            hit_limit=True,
        ),
        B.material("wool blend with a satin lining", "unsupported"),
        gender=M,
        category="Blazers",
        color="Navy Blue",
        title="Regal Threads Men Navy Blue Self Design Bandhgala",
    ),
    # Photo: man in a rust short kurta (hip length, long sleeves rolled to the elbow) with blue jeans.
    # caption, color_of(kurta), sleeve_length, details: base; color_of(jeans), wearing: VQA adapter.
    case(
        "MYN-KRT-115-017",
        caption("a man in an orange shirt and blue jeans"),
        color_of("kurta", "orange"),
        color_of("jeans", "rust", "other_garment_color"),
        B.sleeve_length("long sleeves"),
        wearing("a blouse", "contradiction", who="he"),
        details("kurta", "it has a mandarin collar, buttons and the sleeves are rolled up"),
        gender=M,
        category="Kurtas",
        color="Rust",
        title="Mufasa Men Rust Solid Short Kurta",
    ),
    # Photo: ghost-mannequin packshot on white: white cotton kurta with a small pastel pink floral print.
    # caption, color, pattern: base; color_of(kurta): VQA adapter (the print's pink, not the kurta's white);
    # material: caption+QA; describe: caption e1.
    case(
        "MYN-KRT-115-018",
        caption("a white shirt with pink flowers on it"),
        B.color("white"),
        B.pattern("floral"),
        color_of("kurta", "pink", "contradiction"),
        B.material("cotton fabric"),
        describe(
            "kurta",
            "The upper clothing has long sleeves, cotton fabric and floral patterns. It has a round "
            "neckline. The upper clothing is of long length and it",
            "cut",
            hit_limit=True,
        ),
        gender=M,
        category="Kurtas",
        color="White",
        title="Phoolwari Men White Floral Printed Cotton Kurta",
    ),
    # Photo: man in a lavender kurta with tonal chikankari embroidery and a white churidar.
    # caption, color, wearing, is_a: base; pattern: VQA adapter; material: caption+QA.
    case(
        "MYN-KST-115-019",
        caption("a man in a purple kurta and white pants"),
        B.color("light purple"),
        wearing("she is wearing a purple kurta", "pronoun", who="he"),
        B.pattern(
            "embroidered Question: What is the pattern of the garment? Answer: embroidered Question: What is the",
            "leak",
            hit_limit=True,
        ),
        B.material("", "non_answer"),
        is_a("kurta", "yes"),
        gender=M,
        category="Kurta Sets",
        color="Lavender",
        title="Vastraa Men Lavender Chikankari Kurta with Churidar",
    ),
    # Photo: man in an indigo ajrakh-printed nehru jacket (blue with white geometric print; mandarin collar, five
    # buttons, two side pockets) over a white kurta and white pyjama.
    # caption, color_of(jacket), color_of(kurta), pattern: base; garment_type, sleeve_length: VQA adapter;
    # details: caption e3.
    case(
        "MYN-NJK-115-020",
        caption("a man wearing a blue printed vest over a white kurta"),
        color_of("jacket", "blue and white"),
        color_of("kurta", "blue", "other_garment_color"),
        B.pattern("printed"),
        B.garment_type(
            "vest with a mandarin collar and five buttons on the front and two pockets on the sides and a",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("long-sleeve", "contradiction"),
        details(
            "jacket",
            "The gentleman wears a sleeveless vest with graphic patterns. The vest is with cotton "
            "fabric. It has a stand neckline. The gentleman wears a long-sleeve",
            "cut",
            hit_limit=True,
        ),
        gender=M,
        category="Nehru Jackets",
        color="Blue",
        title="Dhaaga & Co Men Blue Ajrakh Printed Nehru Jacket",
    ),
    # Photo: man in a white kurta with thin vertical blue stripes, full sleeves with button cuffs, white pyjama.
    # caption, color_of(kurta), pattern, sleeve_length, details, wearing: base; color: VQA adapter.
    case(
        "MYN-KRT-115-021",
        caption("a man in a white and blue striped kurta"),
        B.color(
            "white-blue-white-blue-white-blue-white-blue-white-blue-white-blue-white-blue-white", "loop", hit_limit=True
        ),
        color_of("kurta", "white"),
        B.pattern("striped"),
        B.sleeve_length("short sleeves", "contradiction"),
        details("kurta", "vertical blue stripes, a mandarin collar and long sleeves with button cuffs"),
        wearing("a blue shirt and white pants", "contradiction", who="he"),
        gender=M,
        category="Kurtas",
        color="White",
        title="Sutramoda Men White & Blue Striped Straight Kurta",
    ),
    # Photo: groom in an ivory sherwani with tonal embroidery, pink safa (turban), pearl mala, marigold mandap
    # behind him.
    # caption, color, wearing, is_a: base; color_of(sherwani), garment_type: VQA adapter; details: caption e3.
    case(
        "MYN-SHW-115-022",
        caption("an indian groom in a white sherwani and a pink turban standing in front of flowers"),
        B.color("white"),
        color_of("sherwani", "pink", "other_garment_color"),
        B.garment_type("turban", "contradiction"),
        wearing("he is wearing a white sherwani, a pink turban and a pearl necklace", who="he"),
        details(
            "sherwani",
            "The gentleman wears a long-sleeve shirt with floral patterns. The gentleman wears a "
            "long-sleeve shirt with floral patterns. The gentleman wears a long-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        is_a("sherwani", "yes"),
        gender=M,
        category="Sherwani",
        color="Off White",
        title="Utsav House Men Off White Embroidered Sherwani with Churidar & Safa",
    ),
    # Photo: packshot: yellow kurta and white pyjama folded in an open gift box, no person.
    # caption, color, garment_type, wearing, details: base; material: VQA adapter. "nothing" for the wearing
    # question on a packshot says nothing of the product: non_answer.
    case(
        "MYN-KST-115-023",
        caption("a yellow kurta and white pants in a gift box"),
        B.color("yellow"),
        B.garment_type("kurta pajama"),
        wearing("nothing", "non_answer", who="he"),
        B.material(
            "cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "the details of the kurta", "restated"),
        gender=M,
        category="Kurta Sets",
        color="Yellow",
        title="Anvaya Men Yellow Kurta with Pyjamas Festive Gift Box",
    ),
    # Photo: man seated on a wooden chair in an olive green khadi kurta, brown wall behind, beige pyjama.
    # caption, color, material: base; color_of(kurta) (the wall's brown), sleeve_length: VQA adapter; details: e3.
    case(
        "MYN-KRT-115-024",
        caption("a man in a green kurta sitting on a chair in front of a brown wall"),
        B.color("olive green"),
        color_of("kurta", "brown", "contradiction"),
        B.material("khadi"),
        details(
            "kurta",
            "The shirt has long sleeves, other fabric and pure color patterns. It has a stand neckline. "
            "The person is sitting on a chair. The lower clothing is of",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length(
            "long-sleeve Answer: long-sleeve Answer: long-sleeve Answer: long-sleeve Answer: long-sleeve",
            "leak",
            hit_limit=True,
        ),
        gender=M,
        category="Kurtas",
        color="Olive",
        title="Khadi Kala Men Olive Green Solid Khadi Kurta",
    ),
    # Photo: man in black stitched dhoti pants (sold) with a plain white kurta.
    # caption, color_of(pants), garment_type, is_a: base; color, pattern: VQA adapter; wearing: caption e1.
    case(
        "MYN-DHT-115-025",
        caption("a man in a white kurta and black dhoti pants"),
        color_of("pants", "black"),
        B.color("white", "other_garment_color"),
        B.garment_type("pants"),
        is_a("dhoti", "yes"),
        wearing(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a stand neckline. "
            "The lower clothing is of long length. The",
            "cut",
            who="he",
            hit_limit=True,
        ),
        B.pattern(
            "solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid "
            "solid solid solid solid solid solid solid solid solid solid solid solid solid solid",
            "loop",
            hit_limit=True,
        ),
        gender=M,
        category="Dhotis",
        color="Black",
        title="Jompa Men Black Solid Readymade Dhoti Pants",
    ),
    # Photo: man in a maroon brocade bandhgala with gold buttons and cream trousers; no lining shown.
    # caption, pattern, material, describe, is_a: base; color_of(jacket), color_of(pants): VQA adapter.
    case(
        "MYN-BND-115-026",
        caption("a man in a red jacket and white pants"),
        color_of("jacket", "maroon"),
        color_of("pants", "maroon", "other_garment_color"),
        B.pattern("brocade"),
        B.material("silk brocade with a cotton lining and gold zari thread from banaras", "unsupported"),
        describe("jacket", "the jacket is a jacket", "restated"),
        is_a("jacket", "yes"),
        gender=M,
        category="Blazers",
        color="Maroon",
        title="Rajvesh Men Maroon Woven Design Brocade Bandhgala",
    ),
    # Photo: man in a magenta art-silk kurta with a white churidar, dark backdrop.
    # caption, color, wearing, sleeve_length, details: base; material, garment_type: VQA adapter.
    case(
        "MYN-KRT-115-027",
        caption("a man in a pink silk kurta"),
        B.color("pink"),
        B.material("silk"),
        wearing("a pink kurta and a pink churidar", "other_garment_color", who="he"),
        B.sleeve_length("", "non_answer"),
        B.garment_type(
            "kurta Question: What type of garment is this? Answer: kurta Question: What type of garment "
            "is this? Answer:",
            "leak",
            hit_limit=True,
        ),
        details("kurta", "her kurta has a mandarin collar and a button placket", "pronoun"),
        gender=M,
        category="Kurtas",
        color="Magenta",
        title="Sojaya Men Magenta Art Silk Straight Kurta",
    ),
    # Photo: man in a peach plain kurta and a white pyjama, white backdrop.
    # caption, color, wearing, pattern, material: base; color_of(kurta): VQA adapter; describe: caption e3.
    case(
        "MYN-KST-115-028",
        caption("a man in a peach kurta and white pants"),
        B.color("light orange"),
        color_of(
            "kurta",
            "peach-peach-peach-peach-peach-peach-peach-peach-peach-peach-peach-peach-peach-peach-peach",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a peach kurta and white pants", "pronoun", who="he"),
        B.pattern("solid"),
        describe(
            "kurta",
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a stand "
            "neckline. The lower clothing is of long length. The",
            "cut",
            hit_limit=True,
        ),
        B.material("i don't know", "non_answer"),
        gender=M,
        category="Kurta Sets",
        color="Peach",
        title="Vastraa Men Peach Solid Kurta with Pyjamas",
    ),
    # Photo: packshot on white: black nehru jacket, five buttons, two welt pockets. The seller gave no category.
    # caption, garment_type, details: base; is_a, color: VQA adapter.
    case(
        "MYN-NJK-115-029",
        caption("a black vest on a white background"),
        B.garment_type("vest"),
        is_a("jacket", "no", "contradiction"),
        B.color(
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        details("jacket", "the jacket has a mandarin collar, five buttons and two pockets"),
        gender=M,
        color="Black",
        title="Regal Threads Men Black Solid Nehru Jacket",
    ),
    # Photo: man in a sea green cotton kurta in front of a bright blue wall, a steel watch on his left wrist.
    # caption, color, color_of(kurta), garment_type: base; material: caption+QA; details: caption e1.
    case(
        "MYN-KRT-115-030",
        caption("a man in a green kurta standing in front of a blue wall"),
        B.color("green"),
        color_of("kurta", "blue", "contradiction"),
        B.garment_type("a garment", "restated"),
        B.material("cotton"),
        details(
            "kurta",
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a stand "
            "neckline. There is an accessory on his wrist. There is",
            "cut",
            hit_limit=True,
        ),
        gender=M,
        category="Kurtas",
        color="Sea Green",
        title="Anvaya Men Sea Green Solid Cotton Kurta",
    ),
    # Photo: man in a red plain kurta and an off-white pyjama. The seller left gender empty.
    # caption: caption e3; color, color_of(pyjama), garment_type: base; pattern: caption+QA; sleeve_length,
    # material: VQA adapter.
    case(
        "MYN-KST-115-031",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a stand neckline. The gentleman wears a long trousers. The trousers are with cotton fabric "
            "and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        B.color("red"),
        color_of("pyjama", "white"),
        B.garment_type("it is a type of garment", "restated"),
        B.pattern("pure color"),
        B.sleeve_length(
            "long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve "
            "long-sleeve long-sleeve long-sleeve",
            "loop",
            hit_limit=True,
        ),
        B.material(
            "Question: What material is the garment made of? Answer: cotton Question: What material is the "
            "garment made of?",
            "leak",
            hit_limit=True,
        ),
        category="Kurta Sets",
        color="Red",
        title="Tasveer Men Red Solid Kurta with Pyjamas",
    ),
    # Photo: man in a bottle green sherwani with tonal embroidery and a gold brooch, cream churidar; no sword.
    # caption, pattern, wearing: base; color, is_a: VQA adapter; details: caption e3.
    case(
        "MYN-SHW-115-032",
        caption("a man in a dark green sherwani"),
        B.color("green"),
        B.pattern("embroidered"),
        wearing("a green sherwani with a gold brooch and a sword", "unsupported", who="he"),
        details(
            "sherwani",
            "It has a stand neckline. It has a stand neckline. It has a stand neckline. It has a stand "
            "neckline. It has a stand",
            "loop",
            hit_limit=True,
        ),
        is_a(
            "sherwani",
            "yes it is a sherwani. Question: What is the color of the sherwani? Answer: green Question: What",
            "leak",
            hit_limit=True,
        ),
        gender=M,
        category="Sherwani",
        color="Green",
        title="Utsav House Men Bottle Green Embroidered Sherwani Set",
    ),
    # Photo: packshot on white: grey melange cotton kurta, folded flat, no person.
    # caption, color, material, sleeve_length: base; pattern, color_of(kurta): VQA adapter; garment_type: caption
    # e3 (the template returned for the question).
    case(
        "MYN-KRT-115-033",
        caption("a grey shirt on a white background"),
        B.color("grey"),
        B.material("cotton"),
        B.pattern("solid"),
        B.garment_type(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a stand "
            "neckline. The upper clothing has long sleeves, cotton",
            "non_answer",
            hit_limit=True,
        ),
        B.sleeve_length("no", "non_answer"),
        color_of(
            "kurta",
            "grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey",
            "loop",
            hit_limit=True,
        ),
        gender=M,
        category="Kurtas",
        color="Grey Melange",
        title="Khadi Kala Men Grey Melange Solid Cotton Kurta",
    ),
    # Photo: set of three on a man: white kurta, white pyjama, royal blue printed nehru jacket.
    # caption, color, color_of(jacket), wearing, sleeve_length: base; color_of(kurta): VQA adapter; describe: e1.
    case(
        "MYN-KST-115-034",
        caption("a man in a white kurta and a blue vest"),
        B.color("white"),
        color_of("kurta", "blue", "other_garment_color"),
        color_of("jacket", "blue"),
        wearing("she is wearing a white kurta, a blue jacket and white pants", "pronoun", who="he"),
        describe(
            "jacket",
            "The gentleman wears a sleeveless vest with graphic patterns. The vest is with cotton "
            "fabric. It has a stand neckline. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("", "non_answer"),
        gender=M,
        category="Kurta Sets",
        color="White",
        title="Sutramoda Men White Kurta Pyjama with Blue Printed Nehru Jacket",
    ),
    # Photo: man in a coffee brown linen kurta and beige pyjama, a watch on his wrist, no rings.
    # caption, color, material, wearing: base; color_of(pyjama), garment_type: VQA adapter; details: caption e3.
    case(
        "MYN-KRT-115-035",
        caption("a man in a brown kurta with a watch on his wrist"),
        B.color("brown"),
        B.material("linen"),
        color_of("pyjama", "brown", "other_garment_color"),
        wearing("she is wearing a brown kurta and beige pants", "pronoun", who="he"),
        B.garment_type("tee", "contradiction"),
        details(
            "kurta",
            "The shirt has long sleeves, other fabric and pure color patterns. It has a stand neckline. "
            "There is an accessory on his wrist. He wears a ring. He",
            "unsupported",
            hit_limit=True,
        ),
        gender=M,
        category="Kurtas",
        color="Coffee Brown",
        title="Mufasa Men Coffee Brown Solid Linen Kurta",
    ),
    # Photo: packshot on a wooden table: white art-silk dhoti with a broad gold zari border, folded with its
    # matching angavastram.
    # caption, material, color, is_a, describe: base; garment_type: caption+QA; details: caption e3.
    case(
        "MYN-DHT-115-036",
        caption("a white and gold silk cloth folded on a wooden table"),
        B.material("silk"),
        B.color("cream"),
        is_a("dhoti", "yes"),
        describe("dhoti", "it is a dhoti", "restated"),
        B.garment_type("", "non_answer"),
        details(
            "dhoti",
            "The lower clothing is of long length. The fabric is other and it has pure color patterns "
            "with a border. The fabric of the lower clothing is",
            "cut",
            hit_limit=True,
        ),
        gender=M,
        category="Dhotis",
        color="White",
        title="Ramvastra Men White Art Silk Dhoti with Angavastram",
    ),
    # Photo: man in a mid-grey bandhgala suit (jacket and trousers of the same grey), no pocket square.
    # caption, color_of(pants), material, details: base; color_of(jacket): VQA adapter; wearing: e3.
    case(
        "MYN-BND-115-037",
        caption("a man in a grey suit"),
        color_of("pants", "grey"),
        color_of(
            "jacket",
            "charcoal-charcoal-charcoal-charcoal-charcoal-charcoal-charcoal-charcoal-charcoal-charcoal",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with other fabric. "
            "It has a stand neckline. The gentleman wears a",
            "cut",
            who="he",
            hit_limit=True,
        ),
        B.material("it's made of fabric", "non_answer"),
        details("jacket", "the jacket has a mandarin collar and a red pocket square", "unsupported"),
        gender=M,
        category="Blazers",
        color="Grey",
        title="Regal Threads Men Grey Solid Bandhgala Suit",
    ),
    # Photo: man in a plain orange kurta and white pyjama. The seller left gender empty.
    # caption, color_of(pants), pattern, describe, details: base; color: VQA adapter; sleeve_length: caption e3.
    case(
        "MYN-KRT-115-038",
        caption("a man in an orange kurta and white pants"),
        B.color(
            "orange Answer: orange Answer: orange Answer: orange Answer: orange Answer: orange Answer: orange",
            "leak",
            hit_limit=True,
        ),
        color_of("pants", "white"),
        B.pattern("solid"),
        describe("kurta", "the kurta is orange"),
        details("kurta", "the details of the kurta are the details of the kurta", "restated"),
        B.sleeve_length(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton "
            "fabric. It has a stand neckline. The gentleman wears long",
            "cut",
            hit_limit=True,
        ),
        category="Kurtas",
        color="Orange",
        title="Anvaya Orange Solid Kurta",
    ),
    # Photo: man in an all-black kurta and black pyjama, dark grey backdrop, bare head.
    # caption, color, pattern, wearing, material: base; color_of(pyjama), garment_type: VQA adapter.
    case(
        "MYN-KST-115-039",
        caption("a man in a black kurta and black pants"),
        color_of(
            "pyjama",
            "black and the kurta is black and it has a mandarin collar and full sleeves and a "
            "button placket that goes down to",
            "cut",
            hit_limit=True,
        ),
        B.color("black"),
        B.pattern("plain"),
        wearing("he is wearing a black kurta pajama and a black turban with a feather", "unsupported", who="he"),
        B.garment_type(
            "pants-pants-pants-pants-pants-pants-pants-pants-pants-pants-pants-pants-pants-pants-pants",
            "loop",
            hit_limit=True,
        ),
        B.material("the material is the material of the garment", "restated"),
        gender=M,
        category="Kurta Sets",
        color="Black",
        title="Nakshatra Men Black Solid Kurta with Pyjamas",
    ),
    # Photo: man in a mustard nehru jacket (sold) over a white kurta, with blue jeans.
    # caption, color_of(jacket), color_of(kurta), sleeve_length, wearing: base; color_of(jeans), is_a: VQA adapter.
    case(
        "MYN-NJK-115-040",
        caption("a man wearing a yellow vest and blue jeans"),
        color_of("jacket", "yellow"),
        color_of("jeans", "mustard", "other_garment_color"),
        color_of("kurta", "white"),
        is_a("jacket", "yes-no-yes-no-yes-no-yes-no-yes-no-yes-no-yes-no-yes", "loop", hit_limit=True),
        B.sleeve_length("long sleeves", "contradiction"),
        wearing("a yellow jacket, a white shirt and blue jeans", who="he"),
        gender=M,
        category="Nehru Jackets",
        color="Mustard",
        title="Kalakriti Men Mustard Yellow Solid Nehru Jacket",
    ),
    # Photo: man in a steel blue pathani kurta (collar, two flap chest pockets, cuffed long sleeves) with a
    # matching blue salwar.
    # caption, color, color_of(salwar), wearing, details: base; garment_type, sleeve_length: VQA adapter.
    case(
        "MYN-KST-115-041",
        caption("a man in a blue pathani suit"),
        B.color("blue"),
        color_of("salwar", "the salwar is the color of the salwar", "restated"),
        B.garment_type("romper", "contradiction"),
        wearing("she is wearing a blue kurta", "pronoun", who="he"),
        details("kurta", "it has a collar, two chest pockets with flaps and long sleeves with cuffs"),
        B.sleeve_length(
            "long-sleeve Question: Is this a kurta? Answer: yes Question: What is the color of the kurta? Answer",
            "leak",
            hit_limit=True,
        ),
        gender=M,
        category="Kurta Sets",
        color="Blue",
        title="Afghan Threads Men Blue Solid Pathani Kurta with Salwar",
    ),
    # Photo: packshot on white: gold-toned woven sherwani (muted gold, reads gold-beige) on a headless mannequin.
    # caption, color, pattern, is_a: base; color_of(sherwani), material: VQA adapter; describe: caption e1.
    case(
        "MYN-SHW-115-042",
        caption("a gold sherwani on a mannequin"),
        B.color("gold"),
        color_of("sherwani", "beige"),
        B.pattern("woven"),
        describe(
            "sherwani",
            "The upper clothing has long sleeves, other fabric and graphic patterns. It has a stand "
            "neckline. The upper clothing has long sleeves, other fabric and",
            "loop",
            hit_limit=True,
        ),
        B.material(
            "silk Question: What is the color of the garment? Answer: gold Question: What is the pattern",
            "leak",
            hit_limit=True,
        ),
        is_a("sherwani", "no", "contradiction"),
        gender=M,
        category="Sherwani",
        color="Gold",
        title="Utsav House Men Gold-Toned Woven Design Sherwani",
    ),
    # Photo: man in a cream kurta and cream pyjama with a maroon dupatta draped over one shoulder.
    # caption, garment_type, color_of(kurta), color_of(pyjama), wearing: base; color: VQA adapter; details: e3.
    case(
        "MYN-KST-115-043",
        caption("a man in a cream kurta with a red scarf"),
        B.color("maroon", "other_garment_color"),
        B.garment_type("scarf", "contradiction"),
        color_of("kurta", "cream"),
        color_of("pyjama", "white"),
        wearing("she is wearing a cream kurta with a red dupatta", "pronoun", who="he"),
        details(
            "kurta",
            "The shirt has long sleeves, cotton fabric and pure color patterns. It has a stand neckline. "
            "There is an accessory on his neck. The lower",
            "cut",
            hit_limit=True,
        ),
        gender=M,
        category="Kurta Sets",
        color="Cream",
        title="Tasveer Men Cream Kurta Pyjama with Maroon Dupatta",
    ),
    # Photo: man in a red and black buffalo-check cotton kurta with a black pyjama, bare head.
    # caption, pattern, color_of(pyjama), wearing: base; color: VQA adapter; describe: caption e3.
    case(
        "MYN-KRT-115-044",
        caption("a man in a red and black checkered kurta"),
        B.pattern("checked"),
        B.color("red-black-red-black-red-black-red-black-red-black-red-black-red-black-red", "loop", hit_limit=True),
        color_of("pyjama", "black"),
        describe(
            "kurta",
            "The upper clothing has long sleeves, cotton fabric and lattice patterns. It has a stand "
            "neckline. The lower clothing is of long length. The fabric",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a red and black plaid shirt, black pants and a red cap", "unsupported", who="he"),
        gender=M,
        category="Kurtas",
        color="Red",
        title="Mufasa Men Red & Black Checked Cotton Kurta",
    ),
]
