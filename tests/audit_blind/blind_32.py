"""BLIND_32 (44 products; the original experiments' base model and adapters re-run on an Indian marketplace's Myntra-
style catalog leaning to the shared sample's article types (t-shirts, shirts, jeans, trousers, track pants,
sweatshirts, jackets, tops, kurtas), the experiments' own questionnaire with enrich's closed garment_type and
color): written blind in the fourteenth session, after its other changes, and measured blind at 36d1455: 116/135 and
4/133. The writer's notes, verbatim:

BLIND_32: a blind corpus of BLIP-2 outputs for an Indian fashion marketplace (Myntra-style product photos).

Scenario
--------
The original BLIP-2 fine-tuning experiments (shared/CONTEXT.md) re-run on 44 products of a Myntra-style catalog:
on-model studio shots on white or light grey, three flat packshots, one product per item (the product is one
garment of the outfit the model wears). Mostly men's t-shirts, shirts, jeans, trousers, track pants, shorts,
sweatshirts, sweaters and jackets; women's tops and kurtas; a few skirts and dresses; one Boys and one Girls item,
one Unisex jacket. About three quarters of the products carry catalog columns as Myntra exports them (category =
article type, color = base colour, title = display name); the rest have none (and sometimes no gender).

Which system produced which text
--------------------------------
* caption: either the untuned base BLIP-2 OPT-2.7b (short lowercase sentences, "a man in a ... and ...") or the
  experiments' caption adapter (DeepFashion-MultiModal template: "The gentleman/lady wears a long-sleeve shirt with
  pure color patterns. The shirt is with cotton fabric ..."; pattern words, no hue names; it never learned to stop
  and often runs to the 50-token limit, looping or cut mid-sentence). Each case comment says which.
* closed questions (garment_type, color, pattern, sleeve length, "Is this a <garment>?", the experiments'
  "What is the color of the <garment>?"): the VQA adapter through the reference engine; the raw generation is
  stored (In-shop class names such as "tee", "denim", "pants", "coat"; loops; "Question: ... Answer:" leaks; answers
  about another layer of the outfit).
* open questions (wearing, describe, details, material): the untuned base model unless the comment or a trailing
  "# adapter" says the caption adapter (template returned for the prompt, running to the limit).

How it was written (blind)
--------------------------
I read only shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the Text/Case layout, helpers,
DEFAULT_QUESTIONS/BLIND_QUESTIONS and the TARGETS keys). I did not read any audit code, query, doc, other test or
other corpus, and did not run enrich. Every text was written by hand against the photo described in the comment
above its Case.

Label conventions and judgement calls
-------------------------------------
* One label per text: the fault a reviewer would fix first. None = correct for the photo and the catalog columns.
* hit_limit=True only for texts that ran to the limit (30 new tokens for answers, 50 for captions): every loop, cut
  and run-on leak, and the one adapter caption with a wrong pronoun that also ran on. Never on a correct text.
* cut: ends mid-sentence at the limit without repeating itself (base answers that pile up details; adapter
  templates cut in the middle of a sentence). loop: the same word or sentence repeated until the limit, even
  when the repeat itself is cut off at the end.
* leak: the answer runs on into "Question: ... Answer:" text, even when the first word is right.
* contradiction: a wrong garment type, hue, pattern or sleeve length that the photo / catalog / other texts
  contradict, including a closed color answer that gives another garment's color (VQA adapter answering about the
  other layer, or one color repeated for every garment), the background's color or the print's color.
* other_garment_color: an OPEN answer (describe/details/wearing) that gives the product the color of another
  garment of the outfit.
* unsupported: invented details not in the photo (a hood, a zip back, rips, a print on a solid garment), a
  specific material claim the photo cannot support or that is wrong for the garment (silk, down, leather, wool on a
  cotton fleece hoodie), or a person invented for a flat packshot.
* non_answer: empty, "no", "fabric", or only the question's words back ("they are short", "the skirt is a skirt").
  restated: the question's phrase echoed as the answer ("the details of the jeans", "what are the trousers
  details").
* pronoun: a "she"/"lady"/"woman" for a male model or "he" for a female model.
* Correct texts include near-hue synonyms (navy -> blue/dark blue, cream -> white/beige, khaki -> beige,
  maroon -> red/burgundy, mustard -> yellow, olive -> green, rust -> orange, lavender -> light purple,
  teal -> green, charcoal -> grey, peach -> pink), two-color answers for two-color garments, mentions of the other
  garments of the outfit and of the background, In-shop class names that fit (denim for jeans, tee, pants), and
  adapter captions that stopped at a sentence end. Plausible material guesses that fit the garment as seen
  (cotton tee, denim jeans, wool sweater, polyester track pants) count as correct.
* Ambiguous near-hue cases (teal vs blue, charcoal vs black, the navy of a two-color print) were avoided rather
  than labelled.
"""

from __future__ import annotations

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    Case,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    wearing,
)

Q = BLIND_QUESTIONS
L = True  # hit_limit

BLIND_32: list[Case] = [
    # Man in an olive green bomber jacket (zip front, ribbed collar, cuffs and hem, two welt side pockets), open over a
    # plain white crew-neck tee, black jeans, white sneakers; white background. Base caption.
    case(
        "MY-32001",
        caption("a man wearing a green bomber jacket and black jeans"),
        wearing("a green jacket, a white t-shirt and black jeans"),
        describe(
            "jacket",
            "the jacket is an olive green bomber jacket with a zipper front, ribbed collar, ribbed cuffs and ribbed "
            "hem, it has two side pockets and a",
            "cut",
            hit_limit=L,
        ),
        details("jacket", "the details on the jacket", "restated"),
        color_of(
            "jacket",
            "green-green-green-green-green-green-green-green-green-green-green-green-green-green-green",
            "loop",
            hit_limit=L,
        ),
        Q.color("white", "contradiction"),
        Q.garment_type("jacket"),
        gender="Men",
        category="Jackets",
        color="Olive",
        title="Roadster Men Olive Green Solid Bomber Jacket",
    ),
    # Woman in a mustard yellow top with a small white floral print, round neck, short flutter sleeves, worn untucked
    # over light blue jeans; light grey background. Adapter caption.
    case(
        "MY-32002",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric and its "
            "neckline is round. The lady wears a long denim pants. The pants are with denim fabric and pure color "
            "patterns. The lady wears a long denim",
            "cut",
            hit_limit=L,
        ),
        wearing("a yellow top and blue jeans"),
        details("top", "the top has a small white floral print and flutter sleeves"),
        color_of("top", "blue", "contradiction"),
        Q.pattern("floral"),
        Q.material("it is made of silk", "unsupported"),
        gender="Women",
        category="Tops",
        color="Mustard",
        title="HERE&NOW Women Mustard Yellow Printed Top",
    ),
    # Man in a grey melange crew-neck sweatshirt (no hood, small black Puma cat logo on the chest, ribbed cuffs and
    # hem) with black track pants; white background. Base caption.
    case(
        "MY-32003",
        caption("a man in a grey sweatshirt and black pants"),
        wearing("he is wearing a grey puma sweatshirt and black track pants", who="he"),
        describe("sweatshirt", "it is a grey sweatshirt with a hood and a kangaroo pocket", "unsupported"),
        details("sweatshirt", "the details of the sweatshirt are the sweatshirt details", "restated"),
        color_of("sweatshirt", "grey"),
        Q.garment_type(
            "sweatshirt Question: What is the color of the sweatshirt? Answer: grey Question: What is the color of "
            "the pants? Answer: black",
            "leak",
            hit_limit=L,
        ),
        gender="Men",
        category="Sweatshirts",
        color="Grey Melange",
        title="Puma Men Grey Melange Solid Sweatshirt",
    ),
    # Man in a plain navy blue round-neck short-sleeve t-shirt with grey melange knit shorts; white background.
    # Adapter caption (stopped at a sentence end).
    case(
        "MY-32004",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The gentleman wears a shorts. The shorts are with cotton fabric and pure "
            "color patterns."
        ),
        wearing("he is wearing a blue t-shirt and grey shorts", who="he"),
        describe("t-shirt", "she is wearing a navy blue t-shirt with a round neck", "pronoun"),
        details(
            "t-shirt",
            "the t-shirt has a round neck and short sleeves, and the t-shirt has a round neck and short sleeves, and "
            "the t-shirt has a round",
            "loop",
            hit_limit=L,
        ),
        color_of("t-shirt", "grey", "contradiction"),
        Q.color("navy"),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="HRX by Hrithik Roshan Men Navy Blue Solid Round Neck T-shirt",
    ),
    # Man in mid-blue skinny jeans (light fading on the thighs, clean look, no rips) with a white full-sleeve shirt
    # worn untucked; white background. Base caption; the jeans description is the caption adapter.
    case(
        "MY-32005",
        caption("a man in a white shirt and blue jeans"),
        details("jeans", "they are jeans", "non_answer"),
        describe(
            "jeans",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. The gentleman wears a long denim pants. The pants are with denim fabric and pure",
            "cut",
            hit_limit=L,
        ),  # adapter
        color_of("jeans", "white", "contradiction"),
        Q.garment_type("denim"),
        Q.material("denim"),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Roadster Men Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # Woman in a maroon straight calf-length kurta with a small gold and white floral print all over, round neck,
    # three-quarter sleeves, side slits, worn with white palazzos; white background. Base caption.
    case(
        "MY-32006",
        caption("a woman in a maroon kurta and white pants"),
        wearing("she is wearing a red dress with white pants", "contradiction", who="she"),
        describe("kurta", "the kurta is maroon with a floral print and three quarter sleeves"),
        Q.garment_type("dress", "contradiction"),
        is_a("kurta", "yes"),
        Q.pattern(
            "floral Question: What is the pattern of the kurta? Answer: floral Question: What is the pattern of the",
            "leak",
            hit_limit=L,
        ),
        gender="Women",
        category="Kurtas",
        color="Maroon",
        title="Anouk Women Maroon Floral Printed Straight Kurta",
    ),
    # Man in an off-white slim-fit casual shirt (button-down collar, one plain patch pocket, full sleeves rolled to the
    # elbow, no epaulettes) untucked over beige chinos; light grey background. Adapter caption. No catalog columns.
    case(
        "MY-32007",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is "
            "with cotton fabric and it",
            "loop",
            hit_limit=L,
        ),
        wearing("a white shirt and khaki pants"),
        details("shirt", "the shirt has two flap pockets and epaulettes on the shoulders", "unsupported"),
        color_of("shirt", "white"),
        color_of("pants", "white", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        gender="Men",
    ),
    # Man in charcoal grey slim-fit formal trousers (flat front, slant side pockets) with a light blue formal shirt
    # tucked in, black belt, black shoes; white background. Base caption.
    case(
        "MY-32008",
        caption("a man in a blue shirt and gray pants"),
        wearing(
            "a light blue shirt tucked into dark grey trousers with a black leather belt and black formal shoes, the "
            "shirt has long sleeves and the trousers",
            "cut",
            hit_limit=L,
        ),
        describe("trousers", "the trousers are light blue and slim fit", "other_garment_color"),
        details("trousers", "the trousers are slim fit with a flat front and side pockets"),
        color_of("trousers", "blue", "contradiction"),
        Q.garment_type(
            "pants-pants-pants-pants-pants-pants-pants-pants-pants-pants-pants-pants-pants-pants-pants",
            "loop",
            hit_limit=L,
        ),
        Q.material("polyester"),
        gender="Men",
        category="Trousers",
        color="Charcoal",
        title="Louis Philippe Sport Men Charcoal Grey Slim Fit Solid Formal Trousers",
    ),
    # Man in black track pants with one white stripe down each side, drawstring waist, cuffed ankles, with a plain
    # grey t-shirt; white background. Base caption; the pants description is the caption adapter.
    case(
        "MY-32009",
        caption("a man wearing a gray t-shirt and black track pants"),
        wearing("a grey t-shirt and black pants with white stripes"),
        describe(
            "pants",
            "The gentleman wears a long pants. The pants are with cotton fabric and pure color patterns. The "
            "gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its",
            "cut",
            hit_limit=L,
        ),  # adapter
        color_of("pants", "black and white"),
        color_of("t-shirt", "black", "contradiction"),
        is_a(
            "track pants",
            "yes Question: Is this a track pants? Answer: yes Question: Is this a track pants? Answer: yes Question:",
            "leak",
            hit_limit=L,
        ),
        gender="Men",
        category="Track Pants",
        color="Black",
        title="Adidas Men Black Solid Track Pants with Side Stripes",
    ),
    # Man in knee-length khaki chino shorts (belt loops, side pockets) with a navy blue polo t-shirt; white
    # background. Base caption. No catalog columns.
    case(
        "MY-32010",
        caption("a man in a blue polo shirt and khaki shorts"),
        describe("shorts", "the shorts are navy blue chino shorts with belt loops", "other_garment_color"),
        details("shorts", "they are short", "non_answer"),
        color_of("shorts", "khaki"),
        color_of("shirt", "khaki", "contradiction"),
        Q.garment_type("shorts"),
        gender="Men",
    ),
    # Man in a teal cable-knit crew-neck pullover with the white collar of a shirt showing at the neck, blue jeans;
    # white background. Adapter caption (stopped at a sentence end).
    case(
        "MY-32011",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric "
            "and it has a round neckline. The gentleman wears a long denim pants. The pants are with denim fabric."
        ),
        wearing("a woman wearing a green sweater and jeans", "pronoun"),
        describe("sweater", "a teal cable knit sweater with a white collar shirt underneath"),
        details(
            "sweater",
            "the sweater has a cable knit pattern on the front and the sleeves, and the sweater has a cable knit "
            "pattern on the front and the",
            "loop",
            hit_limit=L,
        ),
        color_of("sweater", "white", "contradiction"),
        Q.material("wool"),
        gender="Men",
        category="Sweaters",
        color="Teal",
        title="Roadster Men Teal Cable Knit Pullover",
    ),
    # Woman in a peach sleeveless knee-length A-line dress, V neck, self tie belt at the waist (front view only, no
    # pockets visible), nude heels; white background. Base caption.
    case(
        "MY-32012",
        caption("a woman in a pink dress posing for a photo"),
        wearing("a peach dress with a belt", who="she"),
        describe("dress", "the dress is a sleeveless a-line dress with a v-neck and a tie at the waist"),
        details("dress", "the dress has a zipper on the back and pockets on the side", "unsupported"),
        color_of(
            "dress",
            "pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink",
            "loop",
            hit_limit=L,
        ),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("the dress is made of a material", "restated"),
        gender="Women",
        category="Dresses",
        color="Peach",
        title="SASSAFRAS Women Peach-Coloured Solid A-Line Dress",
    ),
    # Woman in a black pleated midi skirt (elastic waist) with a white short-sleeve t-shirt tucked in; light grey
    # background. Base caption; the skirt description is the caption adapter.
    case(
        "MY-32013",
        caption("a woman wearing a white top and a black pleated skirt"),
        describe(
            "skirt",
            "The lady wears a long skirt. The skirt is with chiffon fabric and pure color patterns. The lady wears a "
            "short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its neckline is",
            "cut",
            hit_limit=L,
        ),  # adapter
        details("skirt", "the skirt is pleated and has an elastic waistband"),
        color_of("skirt", "black"),
        color_of("top", "black", "contradiction"),
        Q.garment_type(
            "skirt Question: What is the color of the skirt? Answer: black Question: What is the color of the skirt? "
            "Answer: black",
            "leak",
            hit_limit=L,
        ),
        gender="Women",
        category="Skirts",
        color="Black",
        title="Mast & Harbour Women Black Solid Pleated Midi Skirt",
    ),
    # Flat packshot: red and navy blue checked shirt, button-down collar, one chest pocket, full sleeves, laid on a
    # white background, no person. Base caption; the description is the caption adapter.
    case(
        "MY-32014",
        caption("a red and blue plaid shirt on a white background"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and lattice patterns. It has long sleeves and a lapel neckline. The "
            "shirt is with cotton fabric and lattice patterns. It has long sleeves and a lapel neckline. The shirt "
            "is with",
            "loop",
            hit_limit=L,
        ),  # adapter
        details(
            "shirt",
            "the shirt has a button down collar, a chest pocket, long sleeves with buttoned cuffs and a curved hem, "
            "the shirt is made of cotton and has a",
            "cut",
            hit_limit=L,
        ),
        color_of("shirt", "red"),
        Q.pattern("lattice"),
        is_a("shirt", "yes"),
        gender="Men",
        category="Shirts",
        color="Red",
        title="Roadster Men Red & Navy Blue Regular Fit Checked Casual Shirt",
    ),
    # Woman in a plain lavender crew-neck sweatshirt (no print, ribbed hem) with light blue jeans; white background.
    # Base caption. No catalog columns.
    case(
        "MY-32015",
        caption("a woman in a purple sweatshirt and jeans"),
        wearing("a light purple sweater and blue jeans"),
        describe("sweatshirt", "a purple sweatshirt with the word love printed on the front", "unsupported"),
        details("sweatshirt", "", "non_answer"),
        color_of("sweatshirt", "blue", "contradiction"),
        Q.garment_type("sweatshirt"),
        gender="Women",
    ),
    # Man in a rust orange henley t-shirt (three-button placket, short sleeves) with blue jeans; white background.
    # Adapter caption (stopped, but calls him a lady).
    case(
        "MY-32016",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long denim pants. The pants are with denim fabric.",
            "pronoun",
        ),
        wearing("an orange t-shirt and blue jeans"),
        describe("t-shirt", "the t-shirt is blue with a button placket", "other_garment_color"),
        details("t-shirt", "the t-shirt has a henley neckline with three buttons and short sleeves"),
        Q.color(
            "orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange",
            "loop",
            hit_limit=L,
        ),
        is_a("t-shirt", "yes"),
        gender="Men",
        category="Tshirts",
        color="Rust",
        title="Roadster Men Rust Orange Solid Henley Neck T-shirt",
    ),
    # Man in a coffee brown suede trucker jacket (button front, two flap chest pockets, no zip) open over a black crew
    # tee, blue jeans; light grey background. Base caption.
    case(
        "MY-32017",
        caption("a man in a brown suede jacket and jeans"),
        describe("jacket", "a black leather jacket with a zipper", "other_garment_color"),
        details("jacket", "the jacket has two pockets on the chest and buttons on the front"),
        color_of("jacket", "black", "contradiction"),
        Q.garment_type(
            "coat Question: What is the color of the coat? Answer: brown Question: What is the color of the coat? "
            "Answer:",
            "leak",
            hit_limit=L,
        ),
        Q.material("suede"),
        gender="Men",
        category="Jackets",
        color="Coffee Brown",
        title="Roadster Men Coffee Brown Solid Suede Trucker Jacket",
    ),
    # Woman in a cream straight kurta with gold and pink thread embroidery on the yoke, three-quarter sleeves, side
    # slits, with white leggings; white background. Adapter caption.
    case(
        "MY-32018",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and it has a "
            "round neckline. The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton "
            "fabric and",
            "loop",
            hit_limit=L,
        ),
        wearing("a white kurta and white leggings"),
        describe("kurta", "the kurta is cream with gold embroidery on the neckline"),
        color_of("kurta", "white"),
        Q.garment_type("dress", "contradiction"),
        Q.material("fabric", "non_answer"),
        gender="Women",
        category="Kurtas",
        color="Cream",
        title="Biba Women Cream-Coloured Yoke Design Straight Kurta",
    ),
    # Flat packshot: white short-sleeve crew-neck t-shirt with a black "NO LIMITS" graphic on the chest (nothing on the
    # sleeves); white background, no person. Base caption.
    case(
        "MY-32019",
        caption("a white t-shirt with a black graphic on it"),
        describe("t-shirt", "a white t-shirt with a black print that says no limits"),
        details(
            "t-shirt", "the t-shirt has a black graphic print on the front and a red logo on the sleeve", "unsupported"
        ),
        color_of("t-shirt", "black", "contradiction"),
        Q.pattern("graphic"),
        Q.sleeve_length(
            "short-sleeve-short-sleeve-short-sleeve-short-sleeve-short-sleeve-short-sleeve-short-sleeve-short",
            "loop",
            hit_limit=L,
        ),
        gender="Men",
        category="Tshirts",
        color="White",
        title="Roadster Men White Printed Round Neck T-shirt",
    ),
    # Man in navy blue jogger track pants (drawstring waist, cuffed ankles, no side stripe) with a plain white tee and
    # white sneakers; white background. No catalog columns. Adapter caption.
    case(
        "MY-32020",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. The gentleman wears a pair of",
            "cut",
            hit_limit=L,
        ),
        wearing("white t-shirt and blue joggers"),
        describe("pants", "the pants are white with a black stripe down the side", "other_garment_color"),
        details("pants", "the pants have a drawstring waist and elastic cuffs"),
        color_of("pants", "navy"),
        color_of("t-shirt", "navy", "contradiction"),
        gender="Men",
    ),
    # Woman in a green long-sleeve wrap top with a white leaf print, V neck, with white trousers; light grey
    # background. No catalog columns. Base caption; the details answer is the caption adapter.
    case(
        "MY-32021",
        caption("a woman in a green top and white pants"),
        wearing("a green wrap top and white trousers", who="she"),
        describe("top", "a white top with green leaves", "other_garment_color"),
        details(
            "top",
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with chiffon fabric and it has a "
            "v-shape neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure",
            "cut",
            hit_limit=L,
        ),  # adapter
        color_of("top", "green"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        gender="Women",
    ),
    # Man in black slim-fit jeans with a grey melange crew-neck sweatshirt and white sneakers; white background.
    # Base caption.
    case(
        "MY-32022",
        caption("a man in a grey sweater and black jeans"),
        wearing("grey sweatshirt, black jeans, white sneakers"),
        describe("jeans", "the jeans are black and slim fit with a mid rise"),
        details("jeans", "the details of the jeans", "restated"),
        color_of("jeans", "grey", "contradiction"),
        Q.garment_type(
            "denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim",
            "loop",
            hit_limit=L,
        ),
        gender="Men",
        category="Jeans",
        color="Black",
        title="HRX by Hrithik Roshan Men Black Slim Fit Mid-Rise Clean Look Jeans",
    ),
    # Woman in light-wash blue denim shorts with a frayed hem and a white tee tucked in; white background. Adapter
    # caption (stopped).
    case(
        "MY-32023",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a shorts. The shorts are with denim fabric and pure color patterns."
        ),
        wearing("a white t-shirt and denim shorts"),
        describe("shorts", "he is wearing light blue denim shorts with frayed edges", "pronoun"),
        details("shorts", "the shorts are frayed at the hem"),
        color_of(
            "shorts",
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue",
            "loop",
            hit_limit=L,
        ),
        is_a("shorts", "no", "contradiction"),
        gender="Women",
        category="Shorts",
        color="Blue",
        title="Roadster Women Blue Washed Denim Shorts",
    ),
    # Man in a grey hooded sweatshirt (kangaroo pocket, drawstrings; cotton fleece) with black jeans; white
    # background. Base caption; the details answer is the caption adapter. No catalog columns.
    case(
        "MY-32024",
        caption("a man wearing a grey hoodie"),
        describe("sweatshirt", "a grey hooded sweatshirt with a kangaroo pocket and drawstrings"),
        details(
            "sweatshirt",
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric.",
            "loop",
            hit_limit=L,
        ),  # adapter
        color_of("sweatshirt", "grey"),
        Q.garment_type(
            "sweatshirt Question: Is this a sweatshirt? Answer: yes Question: What is the color of the sweatshirt? "
            "Answer",
            "leak",
            hit_limit=L,
        ),
        Q.material("it is made of wool", "unsupported"),
        gender="Men",
    ),
    # Man in a maroon polo t-shirt with white tipping on the collar and sleeve hems, small embroidered logo on the
    # chest, with beige chinos; white background. Base caption.
    case(
        "MY-32025",
        caption("a man in a maroon polo shirt and khaki pants"),
        wearing("a red polo shirt and beige pants"),
        describe(
            "t-shirt",
            "the t-shirt is a maroon polo shirt with white stripes on the collar and the sleeves, it has a logo on the "
            "left side of the chest and two",
            "cut",
            hit_limit=L,
        ),
        color_of("t-shirt", "burgundy"),
        color_of("pants", "burgundy", "contradiction"),
        Q.material("100% cotton pique with a moisture wicking finish", "unsupported"),
        gender="Men",
        category="Tshirts",
        color="Maroon",
        title="U.S. Polo Assn. Men Maroon Solid Polo Collar T-shirt",
    ),
    # Woman in a teal A-line calf-length kurta with white ethnic motif print, round neck, short sleeves, with white
    # palazzos; white background. Adapter caption.
    case(
        "MY-32026",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. The lady "
            "wears a long trousers. The trousers are with cotton fabric and pure color patterns. The lady wears a "
            "short-sleeve dress with graphic patterns. The dress",
            "loop",
            hit_limit=L,
        ),
        wearing("a green and white kurta and white pants"),
        describe("kurta", "the kurta is teal with white prints and short sleeves"),
        details("kurta", "the kurta has a mandarin collar and a button placket", "unsupported"),
        color_of("kurta", "green"),
        is_a("kurta", "no", "contradiction"),
        gender="Women",
        category="Kurtas",
        color="Teal",
        title="Sangria Women Teal Ethnic Motifs Printed A-Line Kurta",
    ),
    # Man in cream relaxed-fit linen trousers with a navy blue shirt tucked in and a brown belt; light grey
    # background. Base caption.
    case(
        "MY-32027",
        caption("a man in a blue shirt and white pants"),
        wearing("a navy blue shirt, beige trousers and a brown belt"),
        describe("trousers", "the trousers are navy blue", "other_garment_color"),
        details("trousers", "no", "non_answer"),
        color_of("trousers", "beige"),
        Q.garment_type(
            "pants Question: What is the color of the pants? Answer: white Question: What is the color of the "
            "shirt? Answer:",
            "leak",
            hit_limit=L,
        ),
        gender="Men",
        category="Trousers",
        color="Cream",
        title="Mast & Harbour Men Cream-Coloured Regular Fit Linen Trousers",
    ),
    # Man in a navy blue quilted padded jacket (hood, zip front, two zip side pockets) over a grey sweater, black jeans;
    # white background. Base caption.
    case(
        "MY-32028",
        caption("a man wearing a blue puffer jacket and black jeans"),
        wearing("a puffer jacket"),
        describe("jacket", "a navy blue quilted jacket with a hood and a zipper"),
        details(
            "jacket",
            "the jacket has a hood with a drawstring, a zip front with a storm flap, two zip pockets on the side and "
            "a quilted pattern all over the",
            "cut",
            hit_limit=L,
        ),
        color_of(
            "jacket",
            "navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy",
            "loop",
            hit_limit=L,
        ),
        color_of("sweater", "navy", "contradiction"),
        Q.material("it is made of down feathers", "unsupported"),
        gender="Men",
        category="Jackets",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Padded Jacket",
    ),
    # Woman in a red and white horizontally striped top, boat neck, three-quarter sleeves, with blue jeans; white
    # background. Base caption; the description is the caption adapter. No catalog columns.
    case(
        "MY-32029",
        caption("a woman in a red and white striped shirt and jeans"),
        wearing(
            "a red and white striped top and blue jeans, a red and white striped top and blue jeans, a red and white "
            "striped top and",
            "loop",
            hit_limit=L,
        ),
        describe(
            "top",
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long denim pants. The pants are with denim fabric and pure color",
            "cut",
            hit_limit=L,
        ),  # adapter
        color_of("top", "red and white"),
        Q.pattern("striped"),
        Q.sleeve_length("sleeveless", "contradiction"),
        gender="Women",
    ),
    # Boy in olive green cargo shorts (flap side pockets) with a white t-shirt; white background. Base caption.
    case(
        "MY-32030",
        caption("a young boy wearing a white t-shirt and green shorts"),
        wearing("he is wearing a white shirt and green cargo shorts", who="he"),
        describe("shorts", "she is wearing green shorts with pockets", "pronoun"),
        details("shorts", "the shorts have pockets on the sides"),
        color_of("shorts", "white", "contradiction"),
        Q.garment_type(
            "shorts-shorts-shorts-shorts-shorts-shorts-shorts-shorts-shorts-shorts-shorts-shorts-shorts-shorts",
            "loop",
            hit_limit=L,
        ),
        gender="Boys",
        category="Shorts",
        color="Olive",
        title="YK Boys Olive Green Solid Cargo Shorts",
    ),
    # Girl in a yellow fit-and-flare dress with a white floral print, puff sleeves, knee length; white background.
    # Base caption; the description is the caption adapter.
    case(
        "MY-32031",
        caption("a little girl in a yellow dress with white flowers"),
        wearing("she is wearing a yellow dress with white polka dots", "contradiction"),
        describe(
            "dress",
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric and it has a "
            "round neckline. The lady wears a pair of shoes. The shoes are with leather fabric and pure",
            "cut",
            hit_limit=L,
        ),  # adapter
        details("dress", "the dress has puff sleeves and a floral print"),
        color_of("dress", "yellow"),
        Q.pattern(
            "floral-floral-floral-floral-floral-floral-floral-floral-floral-floral-floral-floral-floral-floral",
            "loop",
            hit_limit=L,
        ),
        gender="Girls",
        category="Dresses",
        color="Yellow",
        title="Hopscotch Girls Yellow Floral Printed Fit and Flare Dress",
    ),
    # Man in a mustard yellow crew-neck pullover (ribbed cuffs and hem) with black trousers, brown shoes, no watch
    # visible; white background. Base caption.
    case(
        "MY-32032",
        caption("a man in a yellow sweater and black pants"),
        wearing(
            "a mustard yellow sweater with a round neck and ribbed cuffs, black trousers, black socks and brown "
            "leather shoes, he is also wearing a",
            "cut",
            hit_limit=L,
        ),
        describe("sweater", "the sweater is black with a crew neck", "other_garment_color"),
        details("sweater", "the sweater has a round neck and ribbed cuffs"),
        Q.color("mustard"),
        Q.sleeve_length(
            "long-sleeve Question: What is the sleeve length of the sweater? Answer: long-sleeve Question: What is the",
            "leak",
            hit_limit=L,
        ),
        gender="Men",
        category="Sweaters",
        color="Mustard",
        title="WROGN Men Mustard Yellow Solid Pullover",
    ),
    # Man in a blue and white vertically striped formal shirt (spread collar, full sleeves, one pocket) with navy
    # trousers; white background. Adapter caption (stopped). No catalog columns.
    case(
        "MY-32033",
        caption(
            "The gentleman wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and it has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric."
        ),
        wearing("a blue and white striped shirt and blue pants"),
        describe(
            "shirt",
            "a blue and white striped shirt with a collar and buttons down the front, it has long sleeves with "
            "buttoned cuffs and a pocket on the left side of the",
            "cut",
            hit_limit=L,
        ),
        color_of("shirt", "blue"),
        Q.pattern("pure color", "contradiction"),
        is_a("shirt", "no", "contradiction"),
        gender="Men",
    ),
    # Woman in a black ribbed turtleneck pullover with a grey checked mini skirt; white background. Base caption.
    case(
        "MY-32034",
        caption("a woman wearing a black turtleneck and a plaid skirt"),
        wearing("a black sweater and a grey skirt", who="she"),
        describe("sweater", "a grey sweater with a turtle neck", "other_garment_color"),
        color_of("sweater", "black"),
        color_of("skirt", "black", "contradiction"),
        Q.garment_type(
            "sweater Question: What is the color of the sweater? Answer: black Question: What is the color of the "
            "skirt",
            "leak",
            hit_limit=L,
        ),
        gender="Women",
        category="Sweaters",
        color="Black",
        title="Vero Moda Women Black Ribbed Turtle Neck Pullover",
    ),
    # Man in plain grey slim jogger track pants (drawstring, no stripes) with a black t-shirt; white background.
    # No catalog columns, no gender. Base caption.
    case(
        "MY-32035",
        caption("a man in a black shirt and gray sweatpants"),
        wearing("black t-shirt and grey joggers"),
        describe("pants", "grey sweatpants with a drawstring"),
        details("pants", "they are pants", "non_answer"),
        color_of("pants", "black", "contradiction"),
        Q.garment_type(
            "pants Question: What is the color of the pants? Answer: black Question: What is the color of the pants? "
            "Answer:",
            "leak",
            hit_limit=L,
        ),
    ),
    # Male model in a black denim jacket (button front, two flap chest pockets) over a white hoodie with the hood out,
    # blue jeans; white background. Unisex product. Adapter caption.
    case(
        "MY-32036",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. The "
            "gentleman wears a long denim pants. The pants are with denim fabric and pure color patterns. The "
            "gentleman wears a long-sleeve jacket with pure color patterns",
            "loop",
            hit_limit=L,
        ),
        wearing("a black denim jacket, a white hoodie and blue jeans"),
        describe("jacket", "a black jean jacket with buttons and chest pockets"),
        details(
            "jacket",
            "the jacket has buttons down the front and two chest pockets with flaps, the sleeves have buttoned cuffs "
            "and there are two side pockets at the",
            "cut",
            hit_limit=L,
        ),
        color_of("jacket", "white", "contradiction"),
        color_of("hoodie", "white"),
        gender="Unisex",
        category="Jackets",
        color="Black",
        title="HRX by Hrithik Roshan Unisex Black Solid Denim Jacket",
    ),
    # Woman in an off-white straight kurta with a navy blue block print, three-quarter sleeves, with navy leggings;
    # white background. Base caption; the description is the caption adapter.
    case(
        "MY-32037",
        caption("a woman in a white and blue kurta"),
        wearing("a white kurta with blue print and blue leggings"),
        describe(
            "kurta",
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color",
            "cut",
            hit_limit=L,
        ),  # adapter
        details("kurta", "kurta details", "restated"),
        color_of("kurta", "white"),
        color_of("leggings", "white", "contradiction"),
        gender="Women",
        category="Kurtas",
        color="Off White",
        title="Anouk Women Off-White & Navy Blue Printed Straight Kurta",
    ),
    # Flat packshot: plain green round-neck short-sleeve t-shirt laid on a light grey background, no person. Adapter
    # caption.
    case(
        "MY-32038",
        caption(
            "The T-shirt is with cotton fabric and pure color patterns. It has short sleeves and a round neckline. The "
            "T-shirt is with cotton fabric and pure color patterns. It has short sleeves and a round neckline. The",
            "loop",
            hit_limit=L,
        ),
        wearing("a man wearing a green t-shirt", "unsupported"),
        describe("t-shirt", "a green t-shirt on a gray background"),
        color_of("t-shirt", "green"),
        Q.color("grey", "contradiction"),
        Q.garment_type("tee"),
        gender="Men",
        category="Tshirts",
        color="Green",
        title="Roadster Men Green Solid Round Neck T-shirt",
    ),
    # Woman in dark navy skinny jeans (clean look, no rips, mid rise) with a white sleeveless top tucked in; white
    # background. Base caption.
    case(
        "MY-32039",
        caption("a woman in a white top and dark blue jeans"),
        describe("jeans", "the jeans are dark blue skinny jeans"),
        details("jeans", "the jeans are skinny fit with a high waist and ripped knees", "unsupported"),
        color_of("jeans", "blue"),
        color_of("top", "blue", "contradiction"),
        is_a(
            "jeans",
            "yes-yes-yes-yes-yes-yes-yes-yes-yes-yes-yes-yes-yes-yes-yes",
            "loop",
            hit_limit=L,
        ),
        gender="Women",
        category="Jeans",
        color="Navy Blue",
        title="Mast & Harbour Women Navy Blue Skinny Fit Mid-Rise Clean Look Jeans",
    ),
    # Man in coffee brown slim-fit formal trousers with a cream full-sleeve shirt tucked in; light grey background.
    # Base caption; the description is the caption adapter. No catalog columns.
    case(
        "MY-32040",
        caption("a man in a white shirt and brown pants"),
        wearing("a white shirt and brown pants"),
        describe(
            "trousers",
            "The gentleman wears a long trousers. The trousers are with cotton fabric and pure color patterns. The "
            "gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has",
            "cut",
            hit_limit=L,
        ),  # adapter
        details("trousers", "what are the trousers details", "restated"),
        color_of("trousers", "brown"),
        color_of("shirt", "brown", "contradiction"),
        gender="Men",
    ),
    # Woman in a blue denim A-line mini skirt (button front) with a black sleeveless tank top; white background.
    # Adapter caption (stopped).
    case(
        "MY-32041",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric and its "
            "neckline is round. The lady wears a short skirt. The skirt is with denim fabric and pure color patterns."
        ),
        wearing("a black tank top and a denim skirt"),
        describe("skirt", "a blue denim skirt with buttons down the front"),
        details("skirt", "the skirt is a skirt", "non_answer"),
        color_of("skirt", "black", "contradiction"),
        Q.garment_type(
            "skirt Question: Is this a skirt? Answer: yes Question: Is this a skirt? Answer: yes Question: Is this a",
            "leak",
            hit_limit=L,
        ),
        gender="Women",
        category="Skirts",
        color="Blue",
        title="Roadster Women Blue Denim A-Line Mini Skirt",
    ),
    # Man in grey melange knee-length sports shorts (drawstring, two side pockets) with a navy t-shirt; white
    # background. Base caption.
    case(
        "MY-32042",
        caption("a woman in a blue shirt and gray shorts", "pronoun"),
        wearing("a navy t-shirt and grey shorts"),
        describe("shorts", "the shorts are navy blue with a drawstring", "other_garment_color"),
        details("shorts", "the shorts have a drawstring waist and two side pockets"),
        color_of("shorts", "grey"),
        color_of("t-shirt", "grey", "contradiction"),
        gender="Men",
        category="Shorts",
        color="Grey Melange",
        title="HRX by Hrithik Roshan Men Grey Melange Solid Regular Fit Sports Shorts",
    ),
    # Woman in a maroon ribbed-knit bodycon dress, long sleeves, round neck, knee length; white background. Adapter
    # caption (stopped).
    case(
        "MY-32043",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric and its "
            "neckline is round."
        ),
        wearing("a maroon dress"),
        describe("dress", "a burgundy long sleeve bodycon dress"),
        details(
            "dress",
            "the dress has long sleeves and a round neck, the dress has long sleeves and a round neck, the dress has "
            "long sleeves and a round",
            "loop",
            hit_limit=L,
        ),
        color_of("dress", "black", "contradiction"),
        Q.material("leather", "unsupported"),
        gender="Women",
        category="Dresses",
        color="Maroon",
        title="Tokyo Talkies Women Maroon Solid Bodycon Dress",
    ),
    # Man in a charcoal grey hooded windcheater (zip front, two zip pockets, drawstring hem) with black track pants;
    # white background. No catalog columns, no gender. Base caption.
    case(
        "MY-32044",
        caption("a man wearing a grey hooded jacket and black pants"),
        wearing("a grey jacket and black pants"),
        describe(
            "jacket",
            "the jacket is a grey windbreaker with a hood and a zipper, it has two pockets on the front and a "
            "drawstring at the bottom and the sleeves are",
            "cut",
            hit_limit=L,
        ),
        color_of("jacket", "grey"),
        color_of("pants", "grey", "contradiction"),
        Q.garment_type(
            "jacket Question: What is the color of the jacket? Answer: grey Question: What is the color of the pants? "
            "Answer:",
            "leak",
            hit_limit=L,
        ),
    ),
]
