"""BLIND_164 (44 products; the experiments re-run on a Myntra-style catalog of men's and women's activewear):
written blind in the twenty-second session. Measured blind at 153b648: 121/141 failures found (85.8%) and 14/145
correct texts flagged (9.7%). The writer's notes, verbatim:

Blind corpus 164: BLIP-2 OPT-2.7b outputs on a Myntra-style activewear catalog.

Scenario: the original experiments' models re-run on a marketplace catalog of men's and women's activewear
(sports t-shirts, track pants, joggers, shorts, sports bras, tights, jerseys, tracksuits, windcheaters,
sweatshirts), photographed on athletes and models who wear them with other garments, and as flat packshots.
Each product was asked enrich's default questionnaire (DEFAULT_QUESTIONS); a few products were instead asked the
closed questions of BLIND_QUESTIONS with the VQA data's yes/no garment question (is_a) and the experiments' colour
question (color_of). The seller's marketplace columns are passed as gender / category / color / title; some
products lack one of them (gender or base colour missing), as Myntra feeds do.

Which system wrote which text (named in the comment above every case):
- base: the untuned `Salesforce/blip2-opt-2.7b` (short answers, mostly right; repeats one colour for every
  garment, wrong pronouns, invented details, occasional prompt leaks and answers cut before the limit).
- cap-e1: LoRA adapter `leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch` (DeepFashion template captions).
- cap-e3: LoRA adapter `leoreigoto/Data2_V2_Blip2_Finetune_Caption` (same template, more fluent; every prompt
  returns the caption template, runs to the token limit, loops on template sentences).
- vqa: LoRA adapter `leoreigoto/Data3_V3_BLIP2_VQA` (one-word In-shop answers; never stops: word loops,
  "Answer:" leaks, empty or "yes" answers to open questions; its captions are broken).
Greedy decoding, 30 new tokens for answers, 50 for captions.

How it was written: blind. I read only /work/shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the
Text/Case layout, the makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a, TARGETS). No audit code, docs, or other
corpus was opened; the only thing run was an import check of this file.

Label conventions and judgement calls:
- Every label is judged against the imagined photo described in the comment above the case, and against the
  seller's columns where the photo leaves it open.
- One failure kind per text: the most salient one. A caption-adapter text that invents a person/garment on a
  packshot AND is cut at the limit is labelled either unsupported or cut (the comment says which); a text
  with a wrong pronoun that is also cut is labelled pronoun.
- cut: ends mid-phrase. hit_limit=True when it ran into the 30/50 token limit; a few base answers stop
  mid-phrase before the limit (hit_limit=False). A text that hit the limit but ends on a full, correct sentence
  is labelled correct (one caption, case AW-1023).
- loop: a word or sentence repeated until the limit (hit_limit=True); labelled loop even though it is also cut.
- leak: any "Question:" / "Answer:" of the prompt format in the output, even when the answer part is right.
- non_answer: empty, "none", "unknown", "i don't know", "yes" to an open question, "a garment"/"clothing", or a
  pattern word ("color block", "floral") or the whole caption template (no hue) given to a colour question.
- restated: only the question's words back ("the details of the garment are the details", "the tights are
  tight", "the garment is a jacket that is worn by the person").
- other_garment_color: the product is given the colour of another garment in the photo (the tee's white for the
  track pants, the joggers' grey for the bra). contradiction: a wrong colour that is on no garment (the sky's
  blue, "grey" for a black tracksuit), a wrong garment type against the seller/photo, wrong sleeves or pattern,
  "yes" to a garment that is not there, and one colour repeated onto a non-product garment.
- unsupported: details the photo does not show (pockets, reflective strips, logos, padding, a ring, or a
  person and extra garments invented on a packshot).
- pronoun: he/she, man/woman, lady/gentleman against the seller's gender and the photo.
- Correct near-colour synonyms: Navy Blue = blue / dark blue, Teal = green or blue, Charcoal / Grey Melange =
  grey, Maroon = red / burgundy, Olive = green, Off White = white, Coral = pink, Mauve = purple.
- Correct: tights answered "leggings", sweatshirt answered "sweater", a jersey answered "t-shirt", a sleeveless
  basketball jersey "yes" to tank top, a windcheater "yes" to coat (In-shop's jacket/coat class).
- Correct: the caption adapter's "pure color" for a solid or melange garment, its "cotton fabric" as a material
  answer when the photo and title leave the fibre open; a one-word plausible material from base (polyester,
  nylon, spandex, lycra) is correct; the VQA adapter's one-word "shirt"/"pants" to "What is the person
  wearing?" is correct (it names the product).
- Captions that name backgrounds (white wall, blue sky, hanger, grey background) or layers are correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, is_a


def _rep(word: str, n: int = 30) -> str:
    return " ".join([word] * n)


BLIND_164: list[Case] = [
    # AW-1001: man in a navy blue short-sleeve running tee and black shorts on a running track; solid tee, small
    # white logo on the chest. base: caption, wearing, type, color (leak), sleeves; cap-e3: description, details.
    case(
        "AW-1001",
        caption("a man in a blue t-shirt and black shorts running on a track"),
        D.wearing("a blue shirt and black shorts"),
        D.garment_type("t-shirt"),
        D.color(
            "blue Question: What is the pattern of the garment? Answer: solid Question: How long are the sleeves?"
            " Answer: short",
            "leak",
            hit_limit=True,
        ),
        D.sleeve_length("long", "contradiction"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with polyester"
            " fabric and its neckline is round. The gentleman wears a three-point shorts. The shorts are with",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "the sleeves, the neckline, the hem, the sleeves, the neckline, the hem, the sleeves, the neckline,"
            " the hem, the sleeves,",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="HRX by Hrithik Roshan Men Navy Blue Rapid-Dry Running T-shirt",
    ),
    # AW-1002: packshot of a solid black medium-support sports bra on a white background; thin racerback straps,
    # wide elastic band with a white PUMA logo. base for all but the description (cap-e3, invents a lady and
    # leggings on a packshot: unsupported).
    case(
        "AW-1002",
        caption("a black sports bra on a white background"),
        D.garment_type("sports bra"),
        D.color("black"),
        D.pattern("striped", "contradiction"),
        D.description(
            "The lady wears a sleeveless sports bra with pure color patterns. The bra is with cotton fabric. The"
            " lady also wears a long leggings and a pair of sneakers.",
            "unsupported",
            hit_limit=True,
        ),
        D.details("it has a puma logo on the band"),
        gender="Women",
        category="Sports Bra",
        color="Black",
        title="Puma Women Black Solid Medium-Support Sports Bra",
    ),
    # AW-1003: man in plain black slim track pants, white crew-neck tee and white sneakers, grey studio backdrop.
    # cap-e3: caption, description; base: wearing, color; vqa: type, pattern, details.
    case(
        "AW-1003",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt"
            " is with cotton fabric and its neckline is crew. The trousers are with cotton fabric and solid color"
            " patterns. This gentleman wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and black pants"),
        D.garment_type("pants"),
        D.color("white", "other_garment_color"),
        D.pattern("solid"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric"
            " and its neckline is crew. The gentleman wears a long trousers. The trousers",
            "cut",
            hit_limit=True,
        ),
        D.details(_rep("pants"), "loop", hit_limit=True),
        gender="Men",
        category="Track Pants",
        color="Black",
        title="Roadster Men Black Solid Slim Fit Track Pants",
    ),
    # AW-1004: woman in charcoal grey high-rise tights with a side phone pocket and a coral sports bra, doing yoga
    # in a gym. base: caption, wearing (pronoun), type, color, details, material (leak); cap-e3: description.
    case(
        "AW-1004",
        caption("a woman in a pink sports bra and grey leggings doing yoga"),
        D.wearing("he is wearing a pink sports bra and grey leggings", "pronoun"),
        D.garment_type("leggings"),
        D.color("pink", "other_garment_color"),
        D.description(
            "The lady wears a sleeveless tank top with pure color patterns and a long leggings. The tank top is"
            " with cotton fabric. The leggings are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.details("high waist and a pocket on the side"),
        D.material("spandex Question: What material is the garment made of? Answer: spandex", "leak"),
        gender="Women",
        category="Tights",
        color="Charcoal",
        title="Puma Women Charcoal Grey Solid Training Tights",
    ),
    # AW-1005: flat-lay packshot of a grey melange crew-neck sweatshirt on white; ribbed cuffs and hem, no print.
    # cap-e1 for everything: the template on every prompt (caption labelled cut; colour answer has no hue).
    case(
        "AW-1005",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric."
            " It has a round neckline. The gentleman wears a long trousers. The trousers are with cotton fabric"
            " and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric."
            " It has a round neckline. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("sweatshirt"),
        D.color(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric."
            " It has a round neckline. The",
            "non_answer",
        ),
        D.pattern("pure color"),
        D.details(
            "The sweater is with cotton fabric. It has a round neckline. The sweater is with cotton fabric. It has"
            " a round neckline. The sweater is with",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Sweatshirts",
        color="Grey Melange",
        title="Roadster Men Grey Melange Solid Sweatshirt",
    ),
    # AW-1006: woman in a teal hooded windcheater (hood down, full zip, two side pockets, nothing on the sleeves)
    # over black tights, in a park. base for all.
    case(
        "AW-1006",
        caption("a woman in a blue jacket and black leggings standing in a park"),
        D.garment_type("jacket"),
        D.color("green"),
        D.sleeve_length("short", "contradiction"),
        D.description("a blue jacket with a hood"),
        D.details("the jacket has a zipper and a hood and a pocket on the sleeve", "unsupported"),
        gender="Women",
        category="Jackets",
        color="Teal",
        title="HRX Women Teal Solid Windcheater Jacket",
    ),
    # AW-1007: man in a red-and-white vertically striped short-sleeve football jersey and black shorts on a pitch.
    # base: caption; vqa: is_a, color_of, closed questions and material.
    case(
        "AW-1007",
        caption("a soccer player in a red and white striped jersey and black shorts"),
        is_a("jersey", "yes"),
        is_a("tank top", _rep("yes"), "loop", hit_limit=True),
        color_of("shirt", "red and white", kind="open"),
        color_of("shorts", "red", "contradiction", kind="open"),
        B.pattern("striped"),
        B.material("the material of the jersey is the material of the jersey", "restated"),
        gender="Men",
        category="Jerseys",
        color="Red",
        title="Nivia Men Red & White Striped Football Jersey",
    ),
    # AW-1008: woman in olive green joggers with ribbed cuffs and a white cropped tee, against a brick wall.
    # cap-e3: caption; vqa: everything else.
    case(
        "AW-1008",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with"
            " cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns."
            " The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing("pants"),
        D.garment_type("pants"),
        D.color(_rep("green"), "loop", hit_limit=True),
        D.pattern("pure color"),
        D.description("a garment", "non_answer"),
        D.details(_rep("cotton"), "loop", hit_limit=True),
        gender="Women",
        category="Joggers",
        color="Olive",
        title="Women Olive Green Solid Joggers",
    ),
    # AW-1009: man in a black tracksuit (zip jacket with three white stripes down each sleeve, matching pants with
    # elastic cuffs and no zips), white studio. base for all.
    case(
        "AW-1009",
        caption("a woman in a black tracksuit with white stripes", "pronoun"),
        D.wearing("a black and white tracksuit"),
        D.garment_type("tracksuit"),
        D.color("grey", "contradiction"),
        D.description("a black tracksuit with white stripes on the sleeves and a zipper"),
        D.details("the jacket has a zipper and the pants have a zipper", "unsupported"),
        D.material("", "non_answer"),
        gender="Men",
        category="Tracksuits",
        color="Black",
        title="Adidas Men Black 3-Stripes Tracksuit",
    ),
    # AW-1010: woman in a green-and-black tropical-leaf printed sports bra and black tights, studio.
    # base: caption, wearing (pronoun), color, pattern; cap-e3: description, details.
    case(
        "AW-1010",
        caption("a woman wearing a green sports bra and black leggings"),
        D.wearing("he is wearing a sports bra and leggings", "pronoun"),
        D.color("green"),
        D.pattern("floral"),
        D.description(
            "The lady wears a sleeveless tank top with floral patterns and a long leggings. The tank top is with"
            " cotton fabric and its neckline is round. The leggings are with",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The tank top is with cotton fabric and its neckline is round. The tank top is with cotton fabric and"
            " its neckline is round. The tank top is",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Sports Bra",
        color="Green",
        title="Enamor Women Green & Black Printed Non-Wired Lightly Padded Sports Bra",
    ),
    # AW-1011: man in navy solid running shorts and a white tee, outdoor. base: caption; vqa: the rest.
    case(
        "AW-1011",
        caption("a man in a white t-shirt and blue shorts"),
        is_a("shorts", "yes", article="a pair of"),
        color_of("shorts", "white", "other_garment_color"),
        color_of("shirt", "white"),
        B.color("blue"),
        B.pattern("the pattern of the shorts", "restated"),
        B.material(_rep("polyester"), "loop", hit_limit=True),
        gender="Men",
        category="Shorts",
        color="Navy Blue",
        title="Puma Men Navy Blue Solid Running Shorts",
    ),
    # AW-1012: woman in a coral pink hooded tracksuit (hoodie with kangaroo pocket, matching joggers), white studio,
    # no jewellery. Seller gender missing. cap-e3: caption, details; cap-e1: wearing; base: type, color, description.
    case(
        "AW-1012",
        caption(
            "The lady wears a long-sleeve sweatshirt with pure color patterns and a long pants. The sweatshirt is"
            " with cotton fabric. It has a hooded neckline. The pants are with cotton fabric and pure color"
            " patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve sweatshirt with pure color patterns and a long pants. The sweatshirt is"
            " with cotton fabric. It has a",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("tracksuit"),
        D.color("pink"),
        D.description(
            "a pink hoodie and pants Question: What are the details of the garment? Answer: a pink hoodie", "leak"
        ),
        D.details(
            "The sweatshirt is with cotton fabric. It has a hooded neckline. The pants are with cotton fabric and"
            " pure color patterns. The lady wears a ring on her finger.",
            "unsupported",
            hit_limit=True,
        ),
        category="Tracksuits",
        color="Coral",
        title="Women Coral Pink Solid Hooded Tracksuit",
    ),
    # AW-1013: flat-lay packshot of a white short-sleeve running tee with a black "RUN" print on the chest, on a
    # grey background; plain back, no pockets. base for all.
    case(
        "AW-1013",
        caption("a white t-shirt with the word run on it on a grey background"),
        D.garment_type("t-shirt"),
        D.color("white"),
        D.pattern("graphic"),
        D.sleeve_length("long", "contradiction"),
        D.description("Answer: a white t-shirt with a black logo", "leak"),
        D.details("the word run is printed on the front and there is a zip pocket on the back", "unsupported"),
        gender="Men",
        category="Tshirts",
        color="White",
        title="Men White Printed Round Neck Running T-shirt",
    ),
    # AW-1014: woman in black tights with neon pink side panels and a grey racerback tank, gym.
    # base: caption; vqa: is_a, color_of and closed questions.
    case(
        "AW-1014",
        caption("a woman in a grey tank top and black leggings with pink stripes"),
        is_a("leggings", "yes", article="a pair of"),
        color_of("pants", "grey", "other_garment_color"),
        B.color("black"),
        B.pattern("color block"),
        B.garment_type(_rep("leggings"), "loop", hit_limit=True),
        B.material("", "non_answer"),
        gender="Women",
        category="Tights",
        color="Black",
        title="Women Black & Pink Colourblocked Training Tights",
    ),
    # AW-1015: packshot of olive green joggers laid flat on white; no person, no top. cap-e3 for the open
    # answers (caption invents a gentleman and a T-shirt: unsupported), closed questions ranked.
    case(
        "AW-1015",
        caption(
            "The gentleman wears a long trousers with pure color patterns. The trousers are with cotton fabric."
            " The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton"
            " fabric and its neckline is",
            "unsupported",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a long trousers with pure color patterns. The trousers are with cotton fabric."
            " The gentleman wears a short",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("pants"),
        D.color("green"),
        D.pattern("pure color"),
        D.details(
            "The trousers are with cotton fabric and pure color patterns. The trousers are with cotton fabric and"
            " pure color patterns. The trousers are",
            "loop",
            hit_limit=True,
        ),
        D.material("The trousers are with cotton fabric."),
        gender="Men",
        category="Track Pants",
        color="Olive",
        title="Men Olive Green Solid Slim Fit Joggers",
    ),
    # AW-1016: woman sitting on steps in a maroon crew-neck sweatshirt (no hood, no pocket), black joggers and
    # white sneakers. base for all.
    case(
        "AW-1016",
        caption("a woman sitting on the steps in a maroon sweatshirt and black pants"),
        D.wearing("a red sweater and black pants"),
        D.garment_type("clothing", "non_answer"),
        D.color("burgundy"),
        D.sleeve_length("long"),
        D.description("a sweatshirt with a hood and a kangaroo pocket", "unsupported"),
        D.details("he is wearing a sweatshirt with a round neck", "pronoun"),
        gender="Women",
        category="Sweatshirts",
        color="Maroon",
        title="Women Maroon Solid Sweatshirt",
    ),
    # AW-1017: man running on a road in a fluorescent green short-sleeve Dri-FIT tee and black shorts.
    # vqa for everything (its caption leaks the VQA prompt format).
    case(
        "AW-1017",
        caption("Question: What is the person wearing? Answer: shirt", "leak"),
        D.wearing("shirt"),
        D.garment_type("t-shirt"),
        D.color("green"),
        D.pattern(_rep("solid"), "loop", hit_limit=True),
        D.description(_rep("shirt"), "loop", hit_limit=True),
        D.details("no", "non_answer"),
        gender="Men",
        category="Tshirts",
        color="Fluorescent Green",
        title="Men Fluorescent Green Dri-FIT Running T-shirt",
    ),
    # AW-1018: woman in a black short-sleeve round-neck training tee and grey tights, studio.
    # cap-e1: caption (gentleman: pronoun), wearing, details; closed questions ranked.
    case(
        "AW-1018",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long leggings. The T-shirt"
            " is with cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color"
            " patterns. There is",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long leggings. The T-shirt is"
            " with cotton fabric and its neckline is round. The",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("t-shirt"),
        D.color("grey", "other_garment_color"),
        D.sleeve_length("short"),
        D.details("The T-shirt is with cotton fabric and its neckline is round."),
        gender="Women",
        category="Tshirts",
        color="Black",
        title="Women Black Solid Slim Fit Training T-shirt",
    ),
    # AW-1019: packshot of a black-and-neon-yellow colourblocked hooded windcheater on white; full zip, two zip
    # hand pockets, no reflective trims. base for all.
    case(
        "AW-1019",
        caption("a black and yellow jacket on a white background"),
        D.garment_type("jacket"),
        D.color("black"),
        D.pattern("color block"),
        D.sleeve_length("short", "contradiction"),
        D.description("the garment is a jacket that is a jacket", "restated"),
        D.details("zipper, hood, two pockets and reflective strips on the sleeves", "unsupported"),
        gender="Men",
        category="Jackets",
        color="Black",
        title="Men Black & Yellow Colourblocked Windcheater",
    ),
    # AW-1020: woman in grey melange track pants with a thin white side stripe and a black sports bra. Seller
    # colour missing. cap-e3: caption, details; base: wearing, type, color, description (leak).
    case(
        "AW-1020",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with"
            " cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns."
            " The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black bra and grey sweatpants"),
        D.garment_type("pants"),
        D.color("black", "other_garment_color"),
        D.description(
            "grey sweatpants with a white stripe Question: What are the details of the garment? Answer: the pants"
            " have a white stripe on the side Question:",
            "leak",
            hit_limit=True,
        ),
        D.details(
            "The pants are with cotton fabric and pure color patterns. The lady wears a sleeveless tank top with"
            " pure color patterns. The tank top",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Track Pants",
        title="Women Grey Melange Track Pants",
    ),
    # AW-1021: man in a sleeveless royal blue basketball jersey with a yellow "23" and matching blue shorts.
    # base: caption; vqa: is_a and closed questions.
    case(
        "AW-1021",
        caption("a man in a blue basketball jersey with the number 23 on it"),
        is_a("tank top", "yes"),
        is_a("dress", "yes", "contradiction"),
        B.sleeve_length("long sleeve", "contradiction"),
        B.color("blue"),
        B.pattern("unknown", "non_answer"),
        gender="Men",
        category="Jerseys",
        color="Blue",
        title="Men Blue Printed Basketball Jersey",
    ),
    # AW-1022: woman in a solid mauve sports bra and black shorts in front of a white wall; the padding and back
    # are not visible. Seller gender missing. base for all.
    case(
        "AW-1022",
        caption("a woman in a purple sports bra and black shorts standing in front of a white wall"),
        D.wearing("a purple bra and black shorts"),
        D.garment_type("bra"),
        D.color("purple"),
        D.pattern("floral", "contradiction"),
        D.description("a purple sports bra with a removable padding and a mesh back", "unsupported"),
        D.details("a purple bra", "restated"),
        category="Bra",
        color="Mauve",
        title="Women Mauve Solid Sports Bra",
    ),
    # AW-1023: man in a navy-and-red colourblocked tracksuit (stand-collar jacket, solid navy pants), stadium
    # seats behind. cap-e3 for all; its caption hit the limit on a full, correct sentence (correct).
    case(
        "AW-1023",
        caption(
            "The gentleman wears a long-sleeve jacket with color block patterns and a long trousers. The jacket is"
            " with polyester fabric and it has a stand neckline. The trousers are with polyester fabric and solid"
            " color patterns.",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a long-sleeve jacket with color block patterns and a long trousers. The jacket is"
            " with polyester fabric and it has a stand",
            "cut",
            hit_limit=True,
        ),
        D.color("color block", "non_answer"),
        D.pattern("color block"),
        D.description(
            "The jacket is with polyester fabric and it has a stand neckline. The jacket is with polyester fabric"
            " and it has a stand neckline. The jacket",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "The gentleman wears a long-sleeve jacket with color block patterns and a long trousers. The jacket is"
            " with polyester fabric and it has a",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Tracksuits",
        color="Navy Blue",
        title="Men Navy Blue & Red Colourblocked Tracksuit",
    ),
    # AW-1024: woman running on a beach in black running shorts and a white tee. base: caption; vqa: the rest.
    case(
        "AW-1024",
        caption("a woman running on the beach in a white shirt and black shorts"),
        is_a("shorts", "yes", article="a pair of"),
        color_of("shorts", _rep("white"), "loop", kind="open", hit_limit=True),
        color_of("shirt", "white"),
        B.garment_type("shorts"),
        B.color("white", "other_garment_color"),
        B.material("polyester Question: What is the pattern of the garment? Answer: solid", "leak"),
        gender="Women",
        category="Shorts",
        color="Black",
        title="Women Black Solid Running Shorts",
    ),
    # AW-1025: man in a black hoodie with a large white logo print, kangaroo pocket and drawstring hood, worn with
    # blue jeans. base for all.
    case(
        "AW-1025",
        caption("a man wearing a black hoodie and blue jeans"),
        D.wearing("she is wearing a black hoodie and jeans", "pronoun"),
        D.garment_type("jeans", "contradiction"),
        D.color("blue", "other_garment_color"),
        D.pattern("graphic"),
        D.description("a black hoodie with a white logo on the front"),
        D.details("the hoodie has a kangaroo pocket and a drawstring hood"),
        gender="Men",
        category="Sweatshirts",
        color="Black",
        title="Men Black Printed Hooded Sweatshirt",
    ),
    # AW-1026: packshot of grey-and-black camouflage print tights on white. vqa for everything.
    case(
        "AW-1026",
        caption(_rep("leggings", 50), "loop", hit_limit=True),
        D.wearing("leggings"),
        D.garment_type("leggings"),
        D.color("grey"),
        D.pattern("floral", "contradiction"),
        D.description("yes", "non_answer"),
        D.details("Answer: leggings Answer: leggings Answer: leggings Answer: leggings", "leak"),
        gender="Women",
        category="Tights",
        color="Grey",
        title="Women Grey Camouflage Print Tights",
    ),
    # AW-1027: man in navy track pants and a grey tee, sneakers. Seller gender missing. base: caption, wearing,
    # type, color, description; cap-e3: details.
    case(
        "AW-1027",
        caption("a man in a grey t-shirt and blue track pants"),
        D.wearing("a grey shirt and blue pants"),
        D.garment_type("pants"),
        D.color("grey", "other_garment_color"),
        D.description("grey pants", "other_garment_color"),
        D.details(
            "The trousers are with cotton fabric and pure color patterns. The gentleman wears a short-sleeve"
            " T-shirt with pure color patterns. The T",
            "cut",
            hit_limit=True,
        ),
        category="Track Pants",
        color="Navy Blue",
        title="Navy Blue Solid Track Pants",
    ),
    # AW-1028: woman in a white hooded lightweight windcheater (front zip, two side pockets, nothing on the back)
    # over black tights, against a blue sky. base for all.
    case(
        "AW-1028",
        caption("a woman in a white jacket standing in front of a blue sky"),
        D.wearing("a white jacket and black leggings"),
        D.garment_type("shirt", "contradiction"),
        D.color("blue", "contradiction"),
        D.sleeve_length("long"),
        D.description("the garment is a jacket that is worn by the person", "restated"),
        D.details("the jacket has a zipper on the front and a pocket on the back", "unsupported"),
        gender="Women",
        category="Jackets",
        color="White",
        title="Women White Solid Lightweight Windcheater",
    ),
    # AW-1029: packshot of a maroon polo-collar sports tee on white; no person, no other garment.
    # cap-e1 for the open answers (caption invents a gentleman and trousers: unsupported).
    case(
        "AW-1029",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and"
            " it has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric"
            " and pure color patterns",
            "unsupported",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and"
            " it has a lapel neckline. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("polo shirt"),
        D.color("red"),
        D.pattern("pure color"),
        D.details(
            "The shirt is with cotton fabric and it has a lapel neckline. The shirt is with cotton fabric and it"
            " has a lapel neckline. The shirt",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Maroon",
        title="Men Maroon Solid Polo Collar Sports T-shirt",
    ),
    # AW-1030: woman walking in a city street in black joggers with a drawstring waist and a pink hoodie.
    # base for all.
    case(
        "AW-1030",
        caption("a man in a pink hoodie and black pants walking down the street", "pronoun"),
        D.wearing("a pink hoodie and black pants"),
        D.garment_type("pants"),
        D.color("pink", "other_garment_color"),
        D.description("black joggers with a drawstring waist"),
        D.details("he is wearing black pants", "pronoun"),
        gender="Women",
        category="Track Pants",
        color="Black",
        title="Women Black Solid Joggers",
    ),
    # AW-1031: packshot of charcoal grey sports shorts with a small black graphic print, on white.
    # base: caption; vqa: is_a and closed questions.
    case(
        "AW-1031",
        caption("a pair of grey shorts on a white background"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("skirt", "yes", "contradiction"),
        color_of("shorts", "grey"),
        B.pattern("graphic"),
        B.garment_type(
            "shorts Question: What is the color of the shorts? Answer: grey Question: What is the pattern of the",
            "leak",
        ),
        B.material("the material of the garment is the material", "restated"),
        gender="Men",
        category="Shorts",
        color="Charcoal",
        title="Men Charcoal Grey Printed Sports Shorts",
    ),
    # AW-1032: woman holding a cricket bat in a blue V-neck cricket jersey with orange sleeves and white track
    # pants. base: caption, type, color, material; cap-e3: wearing, details.
    case(
        "AW-1032",
        caption("a woman in a blue and orange jersey and white pants holding a cricket bat"),
        D.wearing(
            "The lady wears a short-sleeve T-shirt with color block patterns and a long pants. The T-shirt is with"
            " cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("t-shirt"),
        D.color("white", "other_garment_color"),
        D.pattern("color block"),
        D.details(
            "The T-shirt is with cotton fabric and its neckline is v-shape. The lady wears a long pants. The pants"
            " are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.material("i don't know", "non_answer"),
        gender="Women",
        category="Jerseys",
        color="Blue",
        title="Women Blue & Orange Printed Cricket Jersey",
    ),
    # AW-1033: runner in black compression tights under black shorts and a grey tee (layers); no pocket visible.
    # base for all.
    case(
        "AW-1033",
        caption("a man running in grey shirt and black shorts over black leggings"),
        D.wearing("she is wearing a grey shirt, black shorts and black tights", "pronoun"),
        D.garment_type("shorts", "contradiction"),
        D.color("black"),
        D.pattern("solid"),
        D.description("black compression tights with a zip pocket at the back", "unsupported"),
        D.details("the tights are tight", "restated"),
        gender="Men",
        category="Tights",
        color="Black",
        title="Men Black Solid Compression Tights",
    ),
    # AW-1034: woman in an off-white sweatshirt with black "ATHLETIC DEPT" lettering and black tights.
    # base: caption; vqa: the rest.
    case(
        "AW-1034",
        caption("a woman in a white sweatshirt with black letters and black leggings"),
        D.wearing("sweatshirt"),
        D.garment_type(_rep("sweatshirt"), "loop", hit_limit=True),
        D.color("white"),
        D.pattern("graphic"),
        D.description(_rep("white"), "loop", hit_limit=True),
        D.details("the details of the garment", "restated"),
        gender="Women",
        category="Sweatshirts",
        color="Off White",
        title="Women Off-White Printed Sweatshirt",
    ),
    # AW-1035: man in a grey melange tee with a small neon orange chest logo and black joggers. base for all
    # (caption repeats the tee's grey onto the black joggers).
    case(
        "AW-1035",
        caption("a man in a grey t-shirt and grey pants", "contradiction"),
        D.wearing("a grey shirt and black pants"),
        D.garment_type("t-shirt"),
        D.color("grey"),
        D.description("a grey t-shirt with an orange logo"),
        D.details("Question: What are the details of the garment? Answer: the logo", "leak"),
        gender="Men",
        category="Tshirts",
        color="Grey Melange",
        title="Men Grey Melange Solid Round Neck T-shirt",
    ),
    # AW-1036: flat-lay packshot of a black-and-white colourblocked tracksuit (jacket and pants) on white.
    # cap-e3: caption (invents a lady, ends mid-phrase: cut); vqa: the rest.
    case(
        "AW-1036",
        caption(
            "The lady wears a long-sleeve jacket with color block patterns and a long trousers. The jacket is with"
            " polyester fabric. It has a stand neckline. The trousers are with polyester fabric and pure color"
            " patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("tracksuit"),
        D.color("black and white"),
        D.pattern("color block"),
        D.description(_rep("jacket"), "loop", hit_limit=True),
        D.details("", "non_answer"),
        gender="Women",
        category="Tracksuits",
        color="Black",
        title="Women Black & White Colourblocked Tracksuit",
    ),
    # AW-1037: man in a plain black sleeveless training tee (no logo) and camouflage shorts in a gym. base for all.
    case(
        "AW-1037",
        caption("a man in a black tank top and camouflage shorts in a gym"),
        D.wearing("Question: What is the person wearing? Answer: a black tank top and camo shorts", "leak"),
        D.garment_type("tank top"),
        D.color("black"),
        D.sleeve_length("short", "contradiction"),
        D.description("a black tank top with a nike logo", "unsupported"),
        D.details("the details of the tank top are the details of the tank top", "restated"),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="Men Black Solid Sleeveless Training T-shirt",
    ),
    # AW-1038: packshot of multicoloured floral print sports shorts on white; no top in the shot.
    # cap-e1 for the open answers and the colour (caption invents a T-shirt: unsupported).
    case(
        "AW-1038",
        caption(
            "The lady wears a three-point shorts with floral patterns. The shorts are with cotton fabric. The lady"
            " wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its"
            " neckline is",
            "unsupported",
            hit_limit=True,
        ),
        D.garment_type("shorts"),
        D.color("floral", "non_answer"),
        D.pattern("floral"),
        D.description(
            "The lady wears a three-point shorts with floral patterns. The shorts are with cotton fabric. The lady"
            " wears a short-sleeve T",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The shorts are with cotton fabric. The shorts are with cotton fabric. The shorts are with cotton"
            " fabric. The shorts are with cotton fabric.",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Shorts",
        color="Multi",
        title="Women Multicoloured Floral Print Sports Shorts",
    ),
    # AW-1039: man in a white short-sleeve football jersey with black sleeves, on a pitch. Seller colour missing.
    # base for all.
    case(
        "AW-1039",
        caption("a man in a white and black soccer jersey"),
        D.wearing("a jersey Question: What type of garment is this? Answer: a jersey", "leak"),
        D.garment_type("jersey"),
        D.color("white"),
        D.sleeve_length("short"),
        D.description("it is a garment", "non_answer"),
        gender="Men",
        category="Jerseys",
        title="Men White & Black Football Jersey",
    ),
    # AW-1040: woman in navy high-rise yoga tights, white tank and white sneakers on a wooden yoga-studio floor.
    # cap-e3: caption (gentleman: pronoun), details; base: wearing, type, color, description.
    case(
        "AW-1040",
        caption(
            "The gentleman wears a sleeveless tank top with pure color patterns and a long leggings. The tank top"
            " is with cotton fabric and its neckline is round. The leggings are with",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a white tank top and blue leggings"),
        D.garment_type("leggings"),
        D.color("dark blue"),
        D.description("blue leggings with a high waist"),
        D.details(
            "The leggings are with cotton fabric and pure color patterns. The gentleman wears a sleeveless tank top"
            " with pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Tights",
        color="Navy Blue",
        title="Women Navy Blue Solid High-Rise Yoga Tights",
    ),
    # AW-1041: packshot of an olive green hooded windcheater on white; full zip, one zip chest pocket.
    # base: caption; vqa: is_a, color_of and closed questions.
    case(
        "AW-1041",
        caption("an olive green jacket with a hood on a white background"),
        is_a("coat", "yes"),
        color_of("jacket", _rep("green"), "loop", kind="open", hit_limit=True),
        B.color("olive"),
        B.sleeve_length("long sleeve"),
        B.material(
            "the jacket is made of nylon and it has a hood and a zipper and a pocket on the chest and a pocket on",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Jackets",
        color="Olive",
        title="Men Olive Green Solid Hooded Windcheater",
    ),
    # AW-1042: woman in a white racerback sports bra and grey sweatpants, studio. base for all (the joggers'
    # grey repeated onto the bra).
    case(
        "AW-1042",
        caption("a woman in a grey sports bra and grey pants", "other_garment_color"),
        D.wearing("a white sports bra and grey sweatpants"),
        D.garment_type("bra"),
        D.color("grey", "other_garment_color"),
        D.description("a white sports bra with a racer back"),
        gender="Women",
        category="Bra",
        color="White",
        title="Women White Solid Racerback Sports Bra",
    ),
    # AW-1043: man in a navy crew-neck sweatshirt with ribbed cuffs and hem, a white tee showing at the hem
    # underneath (layers). base for all; two answers stop mid-phrase before the limit.
    case(
        "AW-1043",
        caption("a man in a navy blue sweatshirt with a white t-shirt underneath"),
        D.wearing("a blue sweatshirt over a white t-shirt and", "cut"),
        D.garment_type("sweatshirt"),
        D.color("white", "other_garment_color"),
        D.description("a navy blue sweatshirt with a", "cut"),
        D.details("ribbed cuffs and hem"),
        gender="Men",
        category="Sweatshirts",
        color="Navy Blue",
        title="Men Navy Blue Solid Sweatshirt",
    ),
    # AW-1044: a pink windcheater on a hanger against a white wall; no person. base for all.
    case(
        "AW-1044",
        caption("a pink jacket on a hanger"),
        D.garment_type("jacket"),
        D.color("pink"),
        D.description("the garment is a garment", "restated"),
        D.details("the details of the garment are the details", "restated"),
        D.material("none", "non_answer"),
        gender="Women",
        category="Jackets",
        color="Pink",
        title="Women Pink Solid Windcheater",
    ),
]
