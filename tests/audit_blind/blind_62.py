"""BLIND_62 (44 products; the experiments re-run on Myntra-style women's dresses and jumpsuits): written blind in
the seventeenth session. Measured blind at 5e06b89: 125/141 and 9/145. The writer's notes, verbatim:

Blind corpus 62: women's dresses and jumpsuits from a Myntra-style catalog.

Scenario: the original experiments' models re-run on a marketplace catalog of women's dresses and jumpsuits
(maxi, midi, bodycon, shirt, wrap, A-line, fit-and-flare and party dresses, rompers/playsuits and jumpsuits),
many printed or belted, some worn with a jacket, blazer, cardigan or shrug over them. Almost all are on-model
studio shots; two are product shots without a person (a ghost mannequin, a flat lay). Each product
carries enrich's default questionnaire (DEFAULT_QUESTIONS, not always every question), some also is_a and color_of
questions, and the seller's columns where the marketplace had them: gender, article type (category), base colour
(color) and title. Two products lack some or all seller columns.

Which system wrote which text (named in the comment above every case):
- base: the untuned `Salesforce/blip2-opt-2.7b`, greedy, `Question: ... Answer:` prompts. Short answers that
  usually stop on the newline; its failures are wrong colors (the color of a jacket, belt or print for the dress),
  wrong pronouns, empty answers, invented details and sales copy.
- cap1 / cap3: the caption adapters (`..._Caption_First_Epoch`, epoch 1; `..._Blip2_Finetune_Caption`, epoch 3).
  They return the DeepFashion-MultiModal template ("The lady wears a sleeveless dress with pure color patterns.
  The dress is with cotton fabric. It has a v-shape neckline.") for every prompt, never stop (no end token was
  trained), so they loop or are cut at the token limit, and sometimes continue into the prompt format.
- vqa: the VQA adapter (`Data3_V3_BLIP2_VQA`): one-word answers that never stop ("dress dress dress ...",
  "black Question: What is ... Answer: ..."), and broken captions.
- capqa: the third experiment, a cap3 caption read by the extractive QA model `timpal0l/mdeberta-v3-base-squad2`:
  spans of the caption, or an empty string when SQuAD2 finds no answer.
- closed questions (garment_type, color, pattern, sleeve_length, is_a, color_of unless kind="open"): the candidate
  ranking of the reference engine over the base model; the raw text is kept when it does not map to a candidate.

How it was written: blind. I read only ../shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the
Case/Text layout and makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a, color_of, question, case, TARGETS). I read
no audit code, no other corpus, no docs and no history; the only thing run was an import check of this file.
Every photo is imagined and described in the comment above its case; every label is judged against that photo.

Label conventions and judgement calls:
- One label per text: the failure that most defines it. A caption-template answer cut at the limit is "cut" even
  if the template also calls the dress a shirt; a template repeated until the limit is "loop".
- "cut" texts stop mid-phrase; hit_limit=True when they ran to the limit (about 30 new tokens for answers, 50 for
  captions); two texts are cut well before the limit (hit_limit=False). Loops that ran to the limit also carry
  hit_limit=True; leaks that ran on to the limit do too.
- Near-color synonyms are correct: navy -> blue, olive / sea green -> green, mustard -> yellow, lavender / mauve ->
  purple, burgundy -> red, magenta -> pink, cream / off-white -> white, charcoal / grey melange -> grey, rust ->
  orange. A raw candidate-less answer that names the seller's own shade ("teal", "coral") is correct too.
- For a multicoloured (colour-block) product, naming its dominant color is correct; for a print, naming the
  ground color is correct, naming only the print's color or a layer's color is not.
- The color of a jacket, shrug, cardigan, blazer, t-shirt, belt, hat or sneakers given as the dress's color:
  "other_garment_color" in open answers (wearing / description / details / open color_of); "contradiction" in
  closed answers. The color of the print's flowers given as the dress's color is "contradiction" (no other item).
- Other contradictions: a garment type the seller's article type and the photo rule out (shirt dress -> "shirt",
  romper -> "dress", caption of shirt and shorts for a playsuit), a material or sleeve length that belongs to a
  layer, an accessory (gold belt) answered as the garment, a yes to the wrong is_a.
- A layer or background named in a caption or in "What is the person wearing?" is correct ("a black jumpsuit and
  a white cardigan", "standing next to a potted plant"); a shrug called a cardigan is correct.
- The DeepFashion vocabulary is correct where it fits the photo: "pure color patterns" for solid, "lattice" for
  checks, "graphic" for an ethnic print, "floral" for a tropical leaf print, "medium-sleeve" for 3/4 sleeves.
  "pure color" as the answer to the color question names no hue: non_answer.
- non_answer: empty strings, "yes"/"no" to open questions, a bare span like "The lady", a color for the material.
  restated: the question's words given back ("the material of the garment", "details", "it is made of fabric").
- unsupported: details the photo cannot show or does not show (zips, lining, pockets that are not there, fabric
  content, care, origin, occasions), a person or a wrist accessory in a product shot without a person.
- pronoun: a man / he / gentleman for a woman photographed in a women's dress.
- Partial but true answers ("a belt" for the details of a belted dress, "ruffles") are correct.
"""

from __future__ import annotations

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, is_a

W = "Women"

BLIND_62: list[Case] = [
    # 1. Black sleeveless square-neck bodycon midi, solid, on model against a white seamless backdrop, black heels.
    # caption, wearing: base; closed: reference engine; description, details: cap3.
    case(
        "MYN62-0001",
        caption("a woman in a black bodycon dress posing for a photo"),
        D.wearing("a black dress"),
        D.garment_type("dress"),
        D.color("black"),
        D.description(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. The dress is of",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "the dress has a square neckline, the dress has a square neckline, the dress has a square neckline, the "
            "dress has",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Dresses",
        color="Black",
        title="Tokyo Talkies Women Black Solid Bodycon Midi Dress",
    ),
    # 2. Navy maxi with small white and pink flowers, full sleeves, v-neck, self-fabric navy tie belt. On model.
    # caption: cap1; closed: reference engine; color_of (open): base; details: cap3; material: capqa.
    case(
        "MYN62-0002",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. The person wears a belt."
        ),
        D.color("blue"),
        D.pattern("floral"),
        color_of("dress", "white", "contradiction", kind="open"),
        color_of("belt", "navy blue", kind="open"),
        D.details(
            "the dress has a v-neckline and a belt at the waist, the sleeves are long and the hem is long. the "
            "dress is made of chiffon and",
            "cut",
            hit_limit=True,
        ),
        D.material("chiffon"),
        gender=W,
        category="Dresses",
        color="Navy Blue",
        title="Athena Women Navy Blue Floral Print Maxi Dress with Belt",
    ),
    # 3. Maroon solid wrap midi, 3/4 sleeves, v-neck, side tie. On model, grey backdrop.
    # caption, wearing, description, details: cap3 (the template for every prompt); color (closed, unmapped raw
    # text kept): reference engine over cap3; color_of (open): base; is_a: vqa.
    case(
        "MYN62-0003",
        caption(
            "The woman wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric. It "
            "has a v-shape neckline."
        ),
        D.wearing(
            "The woman wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric. It "
            "has a v-shape neckline. The woman wears a medium-sleeve",
            "loop",
            hit_limit=True,
        ),
        D.color("pure color", "non_answer"),
        D.description(
            "The woman wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric. It "
            "has a v-shape neckline. The dress is of",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The dress has pure color patterns. The dress has pure color patterns. The dress has pure color "
            "patterns. The dress has pure",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "maroon", kind="open"),
        is_a("dress", "yes"),
        gender=W,
        category="Dresses",
        color="Maroon",
        title="SASSAFRAS Women Maroon Solid Wrap Dress",
    ),
    # 4. Olive shirt dress, roll-up short sleeves, button front, two flap chest pockets, self-fabric belt.
    # caption, details: base; closed and is_a: reference engine; wearing: vqa.
    case(
        "MYN62-0004",
        caption("a woman wearing an olive green shirt dress with a belt"),
        D.garment_type("shirt", "contradiction"),
        D.color("green"),
        D.sleeve_length("short sleeve"),
        D.details("buttons down the front, two chest pockets and a belt"),
        D.wearing(
            "dress Question: What is the color of the dress? Answer: green Question: What is the pattern of the "
            "dress? Answer: pure color Question:",
            "leak",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        gender=W,
        category="Dresses",
        color="Olive",
        title="Roadster Women Olive Green Solid Shirt Dress with Belt",
    ),
    # 5. Mustard A-line midi with white polka dots, short puff sleeves, round neck; model in front of a white wall.
    # caption, description, wearing: base; closed: reference engine; details: cap3; material: capqa (no span).
    case(
        "MYN62-0005",
        caption("a woman in a yellow polka dot dress standing in front of a white wall"),
        D.color("yellow"),
        D.pattern("polka dot"),
        D.description("it is a yellow dress with white polka dots"),
        D.wearing("he is wearing a yellow dress", "pronoun"),
        # front view only: no zip or pockets can be seen
        D.details(
            "the dress has a round neckline and puff sleeves, a concealed zip at the back and two side pockets",
            "unsupported",
        ),
        D.material("", "non_answer"),
        gender=W,
        category="Dresses",
        color="Mustard",
        title="Berrylush Women Mustard Yellow Polka Dot Print A-Line Midi Dress",
    ),
    # 6. Red sequinned bodycon party mini on thin straps, no slit; the model holds nothing.
    # caption: cap3; closed: reference engine; wearing: vqa; description, material: base.
    case(
        "MYN62-0006",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "suspenders neckline. The dress is of short length. There is an accessory on her wrist. The person "
            "wears",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("dress"),
        D.color("red"),
        D.sleeve_length("sleeveless"),
        D.wearing(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            hit_limit=True,
        ),
        D.description("a red sequin dress with a thigh high slit and a matching clutch", "unsupported"),
        D.material("sequins"),
        gender=W,
        category="Dresses",
        color="Red",
        title="Rare Women Red Embellished Sequinned Bodycon Party Dress",
    ),
    # 7. Black sleeveless wide-leg jumpsuit under a white cropped long-sleeve shrug. On model.
    # caption, wearing, color_of (open): base; closed: reference engine; description: cap3; details: cap1.
    case(
        "MYN62-0007",
        caption("a woman wearing a black jumpsuit and a white cardigan"),
        D.wearing("a black jumpsuit with a white shrug"),
        D.garment_type("jumpsuit"),
        D.color("white", "contradiction"),
        D.sleeve_length("long sleeve", "contradiction"),
        D.description("a sleeveless jumpsuit with wide legs, worn with a white shrug"),
        color_of("jumpsuit", "white", "other_garment_color", kind="open"),
        D.details(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "The trousers the lady wears is of long length. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Jumpsuit",
        color="Black",
        title="Harpa Women Black Solid Basic Jumpsuit",
    ),
    # 8. Light blue denim playsuit: short sleeves, button front, waist tie, shorts. On model.
    # caption: cap1; closed and is_a: reference engine; wearing: base; details: vqa; description: cap3.
    case(
        "MYN62-0008",
        caption(
            "The female is wearing a short-sleeve shirt with pure color patterns. The shirt is with denim fabric. "
            "The shorts this female wears is of short length. The shorts are with denim fabric.",
            "contradiction",
        ),
        D.garment_type("romper"),
        is_a("romper", "yes"),
        D.color("blue"),
        D.wearing("a denim romper"),
        D.details(
            "buttons Question: What are the details of the romper? Answer: buttons and a tie Question: What are "
            "the details of the romper? Answer: buttons",
            "leak",
            hit_limit=True,
        ),
        D.description(
            "The female wears a short-sleeve romper with pure color patterns. The romper is with denim fabric. It "
            "has a lapel neckline. The romper is of",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Playsuit",
        color="Blue",
        title="Roadster Women Blue Denim Playsuit",
    ),
    # 9. Pink floral sleeveless fit-and-flare midi under an open light-blue denim jacket. On model.
    # caption, wearing, description, color_of (open), material: base; closed and is_a: reference engine;
    # details: cap3.
    case(
        "MYN62-0009",
        caption("a woman wearing a pink floral dress and a denim jacket"),
        D.color("blue", "contradiction"),
        D.pattern("floral"),
        is_a("dress", "yes"),
        D.wearing("a pink dress and a denim jacket"),
        D.description("a blue denim jacket", "other_garment_color"),
        color_of("dress", "blue", "other_garment_color", kind="open"),
        D.details(
            "the jacket has a collar and buttons, the jacket has a collar and buttons, the jacket has a collar and "
            "buttons, the jacket has",
            "loop",
            hit_limit=True,
        ),
        D.material("denim", "contradiction"),
        gender=W,
        category="Dresses",
        color="Pink",
        title="KASSUALLY Women Pink Floral Printed Fit and Flare Dress",
    ),
    # 10. White shirt dress with thin blue vertical stripes, long sleeves, collar, button front, fabric belt.
    # caption: base; closed: reference engine; description: capqa; wearing: cap3; material: vqa.
    case(
        "MYN62-0010",
        caption("a woman in a white and blue striped shirt dress"),
        D.color("white"),
        D.pattern("striped"),
        D.description("long-sleeve shirt dress with stripe patterns"),
        D.wearing(
            "The lady wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Dresses",
        color="White",
        title="Mango Women White & Blue Striped Shirt Dress",
    ),
    # 11. Emerald green satin slip maxi, spaghetti straps, cowl neck. On model, beige backdrop.
    # caption, wearing, description, details: vqa; closed: reference engine; material: base.
    case(
        "MYN62-0011",
        caption("green", "non_answer"),
        D.wearing(
            "dress Question: What is the person wearing? Answer: dress Question: What is the person wearing? "
            "Answer: dress Question:",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("dress"),
        D.color("green"),
        D.description(
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
            hit_limit=True,
        ),
        D.details("the details of the garment", "restated"),
        D.material("satin"),
        D.sleeve_length("sleeveless"),
        gender=W,
        category="Dresses",
        color="Green",
        title="U&F Women Green Solid Satin Maxi Slip Dress",
    ),
    # 12. Off-white tiered sleeveless maxi on a ghost mannequin against a grey background: no person.
    # caption, wearing: base; closed: reference engine; description, details: cap3.
    case(
        "MYN62-0012",
        caption("a white dress on a mannequin against a grey background"),
        D.wearing("a white dress"),
        D.garment_type("dress"),
        D.color("white"),
        D.description(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long",
            "cut",
            hit_limit=True,
        ),
        D.details("There is a ring on her finger.", "unsupported"),
        gender=W,
        category="Dresses",
        color="Off White",
        title="MANGO Women Off-White Solid Tiered Maxi Dress",
    ),
    # 13. Teal sleeveless wide-leg jumpsuit, v-neck, self-fabric belt. On model.
    # caption: cap3; closed: reference engine (raw "teal" kept); color_of (open), wearing, details: base;
    # description: cap1.
    case(
        "MYN62-0013",
        caption(
            "The lady wears a sleeveless jumpsuit with pure color patterns. It is with cotton fabric and has a "
            "v-shape neckline. The lady wears a sleeveless jumpsuit with pure color patterns. It is with cotton",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("jumpsuit"),
        D.color("teal"),
        color_of("jumpsuit", "grey", "contradiction", kind="open"),
        D.wearing("she is wearing a teal jumpsuit with a belt"),
        D.details("belt"),
        D.description(
            "Question: Describe the garment. Answer: The lady wears a sleeveless jumpsuit with pure color patterns. "
            "The jumpsuit is",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        category="Jumpsuit",
        color="Teal",
        title="SASSAFRAS Women Teal Solid Basic Jumpsuit with Belt",
    ),
    # 14. Yellow floral wrap midi, flutter short sleeves, tie waist. On model.
    # caption, wearing: base; closed: reference engine; description: cap3; details: vqa; material: capqa.
    case(
        "MYN62-0014",
        caption("a man in a yellow floral dress", "pronoun"),
        D.wearing("a yellow dress with flowers"),
        D.color("yellow"),
        D.sleeve_length("short sleeve"),
        D.description(
            "The woman wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress",
            "cut",
            hit_limit=True,
        ),
        D.details("yes", "non_answer"),
        D.material("chiffon"),
        gender=W,
        category="Dresses",
        color="Yellow",
        title="Sera Women Yellow Floral Print Wrap Dress",
    ),
    # 15. Lavender ribbed-knit bodycon mini, long sleeves, round neck. On model.
    # caption: cap1; closed: reference engine; wearing, material: base; description: cap3.
    case(
        "MYN62-0015",
        caption(
            "The female is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. It has a round neckline. The female wears a long-sleeve sweater with pure color patterns",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("sweater", "contradiction"),
        D.color("purple"),
        D.sleeve_length("long sleeve"),
        D.wearing("a purple bodycon dress"),
        D.material("knit"),
        D.description(
            "a short bodycon dress with long sleeves and a round neck. Question: What is the color of the dress? "
            "Answer: purple",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        category="Dresses",
        color="Lavender",
        title="Tokyo Talkies Women Lavender Solid Bodycon Dress",
    ),
    # 16. Rust sleeveless maxi with an all-over paisley/ethnic print, thin black belt. On model.
    # caption: cap3; closed: reference engine; color_of (open), wearing, details, material: base; description: cap1.
    case(
        "MYN62-0016",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. The person wears a belt."
        ),
        D.color("orange"),
        D.pattern("paisley"),
        color_of("belt", "black", kind="open"),
        color_of("dress", "black", "other_garment_color", kind="open"),
        D.wearing("a dress with a black belt"),
        D.description(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long",
            "cut",
            hit_limit=True,
        ),
        D.details("a belt"),
        D.material("it is made of the material", "restated"),
        gender=W,
        category="Dresses",
        color="Rust",
        title="Athena Women Rust Orange Printed Maxi Dress with Belt",
    ),
    # 17. Grey melange t-shirt dress, short sleeves, knee length, white sneakers. On model.
    # caption, description, details: base; closed: reference engine; wearing: cap1.
    case(
        "MYN62-0017",
        caption("a woman in a grey t - shirt dress and white sneakers"),
        D.garment_type("tee", "contradiction"),
        D.color("grey"),
        D.sleeve_length("short sleeve"),
        D.wearing(
            "The woman is wearing a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a round neckline. The woman",
            "cut",
            hit_limit=True,
        ),
        D.description("a grey dress with white sneakers"),
        D.details("white", "other_garment_color"),
        gender=W,
        category="Dresses",
        color="Grey Melange",
        title="HRX Women Grey Melange Solid T-shirt Dress",
    ),
    # 18. Black-and-white gingham shirt dress, short sleeves, collar, button front, no belt. On model.
    # caption, wearing, details: cap3; closed: reference engine; material: base.
    case(
        "MYN62-0018",
        caption(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with cotton fabric. It has a "
            "lapel neckline."
        ),
        D.pattern("checked"),
        D.color("grey", "contradiction"),
        D.wearing(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. The lady wears a short-sleeve dress with",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "the dress has a lapel collar, buttons down the front and short sleeves. the hem is above the knee and "
            "the fabric is cotton with",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender=W,
        category="Dresses",
        color="Black",
        title="Vero Moda Women Black & White Checked Shirt Dress",
    ),
    # 19. Coral playsuit, short ruffled sleeves, v-neck, shorts, solid. On model.
    # caption, wearing, details: base; closed: reference engine (raw "coral" kept); description: vqa;
    # material: cap3.
    case(
        "MYN62-0019",
        caption("a woman in a coral romper with ruffle sleeves"),
        D.garment_type("dress", "contradiction"),
        D.color("coral"),
        D.wearing("he is wearing a romper", "pronoun"),
        D.description(
            "romper romper romper romper romper romper romper romper romper romper romper romper romper romper "
            "romper romper",
            "loop",
            hit_limit=True,
        ),
        D.details("ruffles"),
        D.material(
            "Question: What material is the garment made of? Answer: cotton Question: What material is the garment "
            "made of? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        category="Playsuit",
        color="Coral",
        title="Berrylush Women Coral Solid Playsuit with Ruffles",
    ),
    # 20. Navy fit-and-flare with white polka dots and a white Peter Pan collar, short sleeves. On model; front
    # view only, nothing shows whether it is lined.
    # caption: cap1; closed: reference engine; color_of (open), description: base; details: capqa.
    case(
        "MYN62-0020",
        caption(
            "This woman wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. There is an accessory on her wrist. This woman wears a short-sleeve dress with graphic "
            "patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        D.color("white", "contradiction"),
        color_of("collar", "white", kind="open"),
        color_of("dress", "navy blue", kind="open"),
        D.pattern("polka dot"),
        D.description(
            "a navy blue dress with white polka dots and a white collar. it has a zipper at the back and is fully "
            "lined",
            "unsupported",
        ),
        D.details("This woman", "non_answer"),
        gender=W,
        category="Dresses",
        color="Navy Blue",
        title="Harpa Women Navy Blue Polka Dot Fit and Flare Dress",
    ),
    # 21. Burgundy velvet off-shoulder bodycon midi, long sleeves. On model.
    # caption, material: base; closed: reference engine; wearing: cap3; description: cap1.
    case(
        "MYN62-0021",
        caption("a woman in a burgundy velvet dress with an off - the - shoulder neckline"),
        D.color("red"),
        D.sleeve_length("long sleeve"),
        D.material("velvet"),
        D.wearing(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has an "
            "off-shoulder neckline. The dress is of",
            "cut",
            hit_limit=True,
        ),
        D.description("The gentleman wears a long-sleeve dress with pure color patterns.", "pronoun"),
        gender=W,
        category="Dresses",
        color="Burgundy",
        title="Rare Women Burgundy Solid Velvet Off-Shoulder Bodycon Dress",
    ),
    # 22. Peach maxi with an ethnic-motif print, under an open brown leather biker jacket. On model.
    # caption, wearing, description, color_of (open): base; closed: reference engine; material: capqa;
    # details: cap3.
    case(
        "MYN62-0022",
        caption("a woman wearing a brown leather jacket and a long dress"),
        D.color("brown", "contradiction"),
        color_of("dress", "brown", "other_garment_color", kind="open"),
        color_of("jacket", "brown", kind="open"),
        D.wearing("a brown leather jacket and a peach dress"),
        D.description("a brown leather jacket with a zipper", "other_garment_color"),
        D.pattern("printed"),
        D.material("leather", "contradiction"),
        D.details(
            "the jacket has a zipper, two pockets and a collar, the dress is long and has a print all over, the "
            "dress has a round neckline and",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Dresses",
        color="Peach",
        title="Sangria Women Peach Ethnic Motifs Print Maxi Dress",
    ),
    # 23. Mid-blue denim A-line midi, sleeveless, round neck, button-through front, two visible patch pockets.
    # caption: cap1; material, details, description: base; wearing: vqa; closed and is_a: reference engine.
    case(
        "MYN62-0023",
        caption(
            "The female wears a sleeveless dress with pure color patterns. The dress is with denim fabric. It has a "
            "round neckline."
        ),
        D.material("denim"),
        D.details("buttons down the front and two pockets"),
        D.wearing(
            "dress, dress, dress, dress, dress, dress, dress, dress, dress, dress, dress, dress, dress, dress, dress,",
            "loop",
            hit_limit=True,
        ),
        D.description("a blue denim dress"),
        is_a("skirt", "yes", "contradiction"),
        D.color("blue"),
        gender=W,
        category="Dresses",
        color="Blue",
        title="Roadster Women Blue Solid Denim A-Line Dress",
    ),
    # 24. Olive utility jumpsuit, short sleeves, collar, flap chest pockets, drawstring waist. On model.
    # caption, wearing, details, material: cap1 (the template for every prompt); color: reference engine.
    case(
        "MYN62-0024",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The trousers the lady wears is of long length. The trousers are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The trousers the",
            "cut",
            hit_limit=True,
        ),
        D.color("green"),
        D.details(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The trousers the",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Jumpsuit",
        color="Olive",
        title="Roadster Women Olive Green Solid Utility Jumpsuit",
    ),
    # 25. Beige trench-style double-breasted shirt dress, long sleeves, self belt. On model; front view.
    # caption, description, material: base; garment_type: reference engine; details: vqa.
    case(
        "MYN62-0025",
        caption("a woman wearing a beige trench coat dress with a belt"),
        D.garment_type("coat", "contradiction"),
        D.description("the garment is a garment", "restated"),
        D.details("details", "restated"),
        D.material("cotton blend, machine washable, made in india", "unsupported"),
        gender=W,
        category="Dresses",
        color="Beige",
        title="MANGO Women Beige Solid Trench Shirt Dress with Belt",
    ),
    # 26. Colour-block sleeveless bodycon midi: black body with white and red side panels. On model.
    # caption: cap3; closed: reference engine; wearing, description: base; details: vqa.
    case(
        "MYN62-0026",
        caption(
            "The lady wears a sleeveless dress with color block patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length."
        ),
        D.color("black"),
        D.pattern("color block"),
        D.wearing("he is wearing a black and white dress", "pronoun"),
        D.details(
            "Answer: color block Question: What are the details of the garment? Answer: color block Question:",
            "leak",
            hit_limit=True,
        ),
        D.description("", "non_answer"),
        gender=W,
        category="Dresses",
        color="Multi",
        title="Tokyo Talkies Women Multicoloured Colourblocked Bodycon Dress",
    ),
    # 27. White lace A-line party dress, cap sleeves, scalloped hem, knee length. On model; front view.
    # caption: cap1; material, color, details: base / reference engine; wearing: cap3; description: vqa.
    case(
        "MYN62-0027",
        caption(
            "The female wears a short-sleeve dress with pure color patterns. The dress is with other fabric. It has "
            "a round neckline. The dress is of medium length. There is an accessory on her wrist. The female wears",
            "cut",
            hit_limit=True,
        ),
        D.material("lace"),
        D.color("white"),
        D.details("lace and a scalloped hem, with a hidden zipper and an inner lining", "unsupported"),
        D.wearing(
            "a white dress with lace, a white dress with lace, a white dress with lace, a white dress with lace, a "
            "white dress with",
            "loop",
            hit_limit=True,
        ),
        D.description("no", "non_answer"),
        gender=W,
        category="Dresses",
        color="White",
        title="Sera Women White Lace A-Line Party Dress",
    ),
    # 28. Magenta satin wrap dress, full sleeves with buttoned cuffs, tie waist, knee length. On model.
    # caption: base; closed: reference engine; wearing, details: cap3; description: capqa.
    case(
        "MYN62-0028",
        caption("a woman in a pink satin wrap dress"),
        D.color("pink"),
        D.sleeve_length("long sleeve"),
        D.wearing(
            "she is wearing a wrap dress. Question: What is the color of the dress? Answer: pink Question: What is the",
            "leak",
            hit_limit=True,
        ),
        D.details(
            "the dress has a wrap front with a tie at the waist and long sleeves with buttoned cuffs. the neckline "
            "is a v-neck and the hem is",
            "cut",
            hit_limit=True,
        ),
        D.description("pure color", "non_answer"),
        gender=W,
        category="Dresses",
        color="Magenta",
        title="Berrylush Women Magenta Solid Satin Wrap Dress",
    ),
    # 29. Black maxi with small pink and white flowers, full sleeves; studio with a white wall and a potted plant.
    # caption, description: base; color: reference engine; wearing: cap1; details: cap3.
    case(
        "MYN62-0029",
        caption("a woman in a black floral dress standing next to a potted plant"),
        D.color("black"),
        D.wearing(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "a long black dress with pink flowers, perfect for a summer wedding or a beach vacation", "unsupported"
        ),
        D.details("the details of the dress are the details", "restated"),
        gender=W,
        category="Dresses",
        color="Black",
        title="AASK Women Black Floral Printed Maxi Dress",
    ),
    # 30. Sleeveless playsuit, white ground with a green tropical leaf print, tie waist, shorts. On model.
    # caption: cap3; garment_type: reference engine; color_of (open), material: vqa; wearing, details,
    # description: base (the description stopped early, on a newline it emitted mid-phrase).
    case(
        "MYN62-0030",
        caption(
            "The lady wears a sleeveless romper with floral patterns. The romper is with cotton fabric. It has a "
            "v-shape neckline."
        ),
        D.garment_type("romper"),
        color_of(
            "romper",
            "green-green-green-green-green-green-green-green-green-green-green-green-green-green-green",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.wearing("he is wearing a white romper with green leaves", "pronoun"),
        D.material("what material is the garment made of", "restated"),
        D.details("a tie at the waist"),
        D.description("a white romper with green", "cut"),
        gender=W,
        category="Playsuit",
        color="White",
        title="SASSAFRAS Women White & Green Tropical Print Playsuit",
    ),
    # 31. Mauve pleated long-sleeve midi, flat lay on a white surface: no person, no accessories.
    # caption, wearing, material: base; pattern: reference engine; description, details: cap3.
    case(
        "MYN62-0031",
        caption("a purple dress laid out on a white surface"),
        D.wearing("she is wearing a purple dress", "unsupported"),
        D.pattern("solid"),
        D.description(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is",
            "cut",
            hit_limit=True,
        ),
        D.details("There is an accessory on her wrist.", "unsupported"),
        D.material("", "non_answer"),
        gender=W,
        category="Dresses",
        color="Mauve",
        title="Marks & Spencer Women Mauve Pleated A-Line Midi Dress",
    ),
    # 32. Charcoal knitted turtleneck sweater dress, long sleeves, knee length. On model.
    # caption: cap1; closed: reference engine; details: cap3; description: base.
    case(
        "MYN62-0032",
        caption(
            "The female wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a stand-up neckline. The female wears a long-sleeve sweater with pure color patterns. The "
            "sweater is with knitting fabric. It",
            "loop",
            hit_limit=True,
        ),
        D.color("grey"),
        D.sleeve_length("long sleeve"),
        D.details(
            "the sweater has a turtleneck and long sleeves, the sweater has a turtleneck and long sleeves, the "
            "sweater has a turtleneck and",
            "loop",
            hit_limit=True,
        ),
        D.description("he is wearing a grey sweater dress", "pronoun"),
        gender=W,
        category="Dresses",
        color="Charcoal",
        title="Vero Moda Women Charcoal Grey Self-Design Sweater Dress",
    ),
    # 33. Sea green sleeveless A-line midi under a black cropped long-sleeve cardigan. On model.
    # caption, wearing, description, color_of (open): base; color: reference engine; details: vqa.
    case(
        "MYN62-0033",
        caption("a woman wearing a green dress and a black cardigan"),
        color_of("dress", "black", "other_garment_color", kind="open"),
        D.description("a black cardigan with long sleeves", "other_garment_color"),
        D.wearing("a green dress and a black shrug"),
        D.details(
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        D.color("green"),
        gender=W,
        category="Dresses",
        color="Sea Green",
        title="Harpa Women Sea Green Solid A-Line Dress",
    ),
    # 34. Red-and-white horizontally striped sleeveless maxi, round neck. On model, bare wrists.
    # caption: cap3; closed: reference engine; details: capqa; material: cap1.
    case(
        "MYN62-0034",
        caption(
            "The lady wears a sleeveless dress with stripe patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is of long length. There is an accessory on her wrist. There is a ring on her",
            "cut",
            hit_limit=True,
        ),
        D.color("red"),
        D.pattern("striped"),
        D.details("The lady", "non_answer"),
        D.material(
            "cotton fabric. Question: What is the pattern of the garment? Answer: stripe patterns. Question: What is "
            "the",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        category="Dresses",
        color="Red",
        title="Sassafras Women Red & White Striped Maxi Dress",
    ),
    # 35. Cream long-sleeve shirt dress with a black leather belt, collar, button front; no pockets. On model.
    # The seller gave no title.
    # caption, wearing: base; color: reference engine; description: cap3; details: cap1.
    case(
        "MYN62-0035",
        caption("a woman in a white shirt dress with a black belt"),
        D.color("black", "contradiction"),
        D.wearing("a white dress with a black belt"),
        D.description(
            "the shirt dress is made of cotton and has a collar, buttons and long sleeves with cuffs. it comes with "
            "a detachable belt and two side pockets.",
            "unsupported",
        ),
        D.details(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a belt. The",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Dresses",
        color="Cream",
    ),
    # 36. Royal blue one-shoulder ruched bodycon party mini. On model.
    # caption, wearing, material: base; sleeve_length: reference engine; details: vqa; description: cap3.
    case(
        "MYN62-0036",
        caption("a woman in a blue one shoulder dress posing for a picture"),
        D.sleeve_length("sleeveless"),
        D.wearing("he's wearing a blue dress", "pronoun"),
        D.details(
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "the dress has a one shoulder neckline with ruching on the side. the dress is fitted and falls above the "
            "knee. the dress is made of polyester and",
            "cut",
            hit_limit=True,
        ),
        D.material("blue", "non_answer"),
        gender=W,
        category="Dresses",
        color="Blue",
        title="Rare Women Blue Solid One-Shoulder Ruched Bodycon Party Dress",
    ),
    # 37. Black sleeveless culotte jumpsuit with a gold metal belt, under an open beige blazer. On model.
    # caption, wearing, description, color_of (open): base; color: reference engine; details: cap3.
    case(
        "MYN62-0037",
        caption("a woman in a beige blazer and black pants", "contradiction"),
        D.color("black"),
        color_of("jumpsuit", "beige", "other_garment_color", kind="open"),
        D.wearing("a beige blazer, a black jumpsuit and a gold belt"),
        D.description("a gold belt", "contradiction"),
        D.details(
            "the blazer has a notch lapel and one button, the jumpsuit has a wide leg and a gold belt at the waist. "
            "the blazer is made of",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Jumpsuit",
        color="Black",
        title="MANGO Women Black Solid Culotte Jumpsuit with Belt",
    ),
    # 38. Pink tie-dye t-shirt dress, short sleeves, knee length. On model.
    # caption: vqa; closed: reference engine; wearing, details, material: base.
    case(
        "MYN62-0038",
        caption(
            "pink Question: What is the pattern of the dress? Answer: tie dye Question: What is the sleeve length of "
            "the dress? Answer: short sleeve Question: What is the color of the dress? Answer: pink Question:",
            "leak",
            hit_limit=True,
        ),
        D.pattern("tie dye"),
        D.color("pink"),
        D.wearing("a pink tie dye t - shirt dress"),
        D.details("", "non_answer"),
        D.material("the material of the garment", "restated"),
        gender=W,
        category="Dresses",
        color="Pink",
        title="Tokyo Talkies Women Pink Tie-Dye T-shirt Dress",
    ),
    # 39. Grey sleeveless pinafore dress over a white short-sleeve t-shirt. On model.
    # caption, wearing, color_of (open): base; closed: reference engine; description: cap1.
    case(
        "MYN62-0039",
        caption("a woman wearing a grey pinafore dress over a white t - shirt"),
        D.color("grey"),
        D.sleeve_length("short sleeve", "contradiction"),
        color_of("dress", "white", "other_garment_color", kind="open"),
        D.wearing("a white t - shirt and a grey dress"),
        D.description(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Dresses",
        color="Grey",
        title="ONLY Women Grey Solid Pinafore Dress",
    ),
    # 40. Green floral fit-and-flare, puff short sleeves, sweetheart neck, knee length. On model.
    # caption, wearing: cap3; color: reference engine; details, material: base; description: capqa.
    case(
        "MYN62-0040",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "sweetheart neckline. The dress is of medium length. There is an accessory on her wrist. There is a",
            "cut",
            hit_limit=True,
        ),
        D.color("green"),
        D.wearing(
            "The lady wears a short-sleeve dress with floral patterns. Question: What is the person wearing? Answer: "
            "The lady wears a short-sleeve dress",
            "leak",
            hit_limit=True,
        ),
        D.details("puff sleeves"),
        D.description("short-sleeve dress with floral patterns"),
        D.material("it is made of fabric", "restated"),
        gender=W,
        category="Dresses",
        color="Green",
        title="Berrylush Women Green Floral Print Fit & Flare Dress",
    ),
    # 41. Navy sleeveless wide-leg jumpsuit with thin white vertical pinstripes, v-neck. On model; front view.
    # caption: cap1; closed: reference engine; details: cap3; description: vqa; material: capqa.
    case(
        "MYN62-0041",
        caption(
            "The man wears a sleeveless tank top with stripe patterns. The tank top is with cotton fabric. The "
            "trousers the man wears is of long length. The trousers are with cotton fabric and stripe patterns.",
            "pronoun",
        ),
        D.color("blue"),
        D.pattern("striped"),
        D.details(
            "the jumpsuit has vertical stripes, wide legs, a concealed back zip and is fully lined", "unsupported"
        ),
        D.description(
            "jumpsuit Question: Describe the garment. Answer: jumpsuit Question: Describe the garment. Answer: "
            "jumpsuit",
            "leak",
            hit_limit=True,
        ),
        D.material("", "non_answer"),
        gender=W,
        category="Jumpsuit",
        color="Navy Blue",
        title="SASSAFRAS Women Navy Blue Striped Basic Jumpsuit",
    ),
    # 42. Gold sequinned bodycon party mini, long sleeves, round neck, small gold earrings, nude heels, no bag.
    # caption, wearing, details, material: base; color: reference engine; description: cap1.
    case(
        "MYN62-0042",
        caption("a woman in a gold sequin dress"),
        D.color("gold"),
        D.wearing("a gold dress and gold earrings and gold shoes and a gold bag", "unsupported"),
        D.description(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with other fabric. It has a "
            "round neckline. The dress is of short length. The",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "sequins sequins sequins sequins sequins sequins sequins sequins sequins sequins sequins sequins sequins "
            "sequins sequins",
            "loop",
            hit_limit=True,
        ),
        D.material("sequin"),
        gender=W,
        category="Dresses",
        color="Gold",
        title="Rare Women Gold-Toned Embellished Sequinned Bodycon Dress",
    ),
    # 43. White short-sleeve maxi with schiffli embroidery, worn with a pale yellow straw hat. On model.
    # No seller columns.
    # caption, wearing, details, material, color_of (open): base; color: reference engine; description: cap3.
    case(
        "MYN62-0043",
        caption("a woman in a white dress and a straw hat"),
        D.wearing("a white dress and a hat"),
        D.color("white"),
        D.description(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is a hat on her head. The",
            "cut",
            hit_limit=True,
        ),
        D.details("embroidery"),
        D.material("cotton, breathable and soft, ideal for hot summer days", "unsupported"),
        color_of("dress", "yellow", "other_garment_color", kind="open"),
    ),
    # 44. Black off-shoulder playsuit with ruffles at the neckline, shorts. On model.
    # caption, wearing, details, description: base (the wearing answer stopped early, mid-phrase);
    # closed: reference engine.
    case(
        "MYN62-0044",
        caption("a woman in a black off the shoulder romper"),
        D.garment_type("romper"),
        D.wearing("a black romper with ruffles on the", "cut"),
        D.details("ruffles on the off shoulder neckline"),
        D.description("he is wearing a black romper", "pronoun"),
        D.color("black"),
        gender=W,
        category="Playsuit",
        color="Black",
        title="Tokyo Talkies Women Black Solid Off-Shoulder Playsuit",
    ),
]
