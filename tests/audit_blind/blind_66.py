"""BLIND_66 (44 products; the experiments re-run on a random Myntra-style sample): written blind in the seventeenth
session. Measured blind at a963a27: 120/141 and 7/143. The writer's notes, verbatim:

Blind corpus 66: BLIP-2 OPT-2.7b and the experiments' adapters on 44 Myntra-style marketplace products.

Scenario
    The original experiments' untuned base model and their fine-tuned LoRA adapters, re-run on a random sample of
    44 products of a Myntra-style marketplace (men's, women's and kids' clothing, western and ethnic, weighted as
    the catalog is: T-shirts most, then shirts, kurtas and tops, then one or two each of jeans, trousers, shorts,
    dresses, track pants, sweatshirts, a saree, a jacket, a kurti, leggings, a sweater, a skirt, capris and a
    boys' kurta set), one product per item. Each product was asked enrich's default questionnaire
    (DEFAULT_QUESTIONS); each case keeps its caption and a subset of those answers. Seller columns come from the
    marketplace: gender, category (the article type), color (the base colour) and title (the product display
    name); a few products lack one of them.

Which system wrote which text (named again in the comment above every case)
    BASE = untuned Salesforce/blip2-opt-2.7b (short answers, stops on the newline; one color for every garment,
           wrong pronouns, the odd loop in longer answers, empty or evasive answers).
    CAP1 = leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch (caption adapter, epoch 1).
    CAP3 = leoreigoto/Data2_V2_Blip2_Finetune_Caption (caption adapter, epoch 3): the DeepFashion-MultiModal
           caption template ("The upper clothing has short sleeves, cotton fabric and pure color patterns ...")
           for every prompt, its pattern words (pure color, lattice, graphic, floral, stripe) and fabric words
           (cotton, denim, chiffon, knitting), garment words from In-shop (dress, T-shirt, pants), and its invented
           accessories ("There is an accessory on her wrist").
    VQA  = leoreigoto/Data3_V3_BLIP2_VQA (VQA adapter): In-shop class words (tee, tank, blouse, denim, dress),
           vendor colors ("Heather grey", "Teal"), and no end-of-answer token: loops and leaked
           "Question: ... Answer:" turns.
    Greedy decoding, 50 new tokens for captions, 30 for answers.

How it was written
    Blind. I read only ../shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the Case/Text layout, the
    makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a(), color_of(), question(), case() and TARGETS). I did not
    read the audits, any other corpus, the docs or the history. Each photo is imagined and described in the
    comment above its case; every label was judged against that imagined photo and the seller's columns.

Label conventions and judgement calls
    - One failure kind per text: when a text has two faults the more specific one is named (a leaked
      "Question: ... Answer:" turn is a leak even if it also runs to the limit; a sentence repeated is a loop even
      if it is also cut).
    - hit_limit=True whenever the text ran to its token limit (30 answer tokens, 50 caption tokens). A text that
      ends at a full stop is recorded as stopped (hit_limit=False): the caption adapters were trained with the
      padding in the labels and do sometimes emit pad/eos right after the template.
    - cut: stops mid-phrase. Most are at the limit; a few BASE answers stop mid-phrase before it ("it is a yellow
      kurta with", hit_limit=False).
    - The caption template returned for a question it does not fit (material, pattern, sleeve length, color) is
      "restated": it restates the caption instead of answering. Returned for a question it does fit (describe,
      details, what is the person wearing) it is judged on its content: cut, loop, unsupported, or correct.
      Answers that give the question's own words back ("the details of the garment are the details of the
      garment") are restated too.
    - non_answer: empty text, "yes" to an open or non-yes/no question, "i don't know", or an answer that only names
      the garment when the details, pattern or material were asked ("it is a crop top", "saree", "pants").
    - contradiction: a wrong garment type or sleeve length, a color that is not the product's (a print's or the
      background's color, a wall behind the model), a pattern that is another garment's, or the caption adapter
      calling the product kurta/kurti/saree a "dress" (the seller's category contradicts it; "dress" for a kurta
      that is not the product, worn over leggings, is let pass). other_garment_color is kept for a color that
      belongs to another
      garment worn in the photo (the jeans, the inner T-shirt, the dupatta).
    - Near-color synonyms are correct: navy -> blue, off white -> white or cream, maroon -> red, mustard -> yellow,
      olive/teal -> green, charcoal -> grey, lavender -> purple, peach -> pink or peach, grey melange -> grey or
      heather grey. A striped or colour-blocked garment answered with both its colors is correct.
    - Backgrounds, walls and prints named in a caption are correct when the garment's own color is right.
    - Product shots with no person: a "wearing" answer that names the garment ("a white t-shirt") is correct; a
      caption or answer that invents a wearer or a second garment is unsupported.
    - Layers: the product's color is the product's (the open shirt, the jacket, the sweater); naming the inner or
      outer layer in a caption or "wearing" answer is correct.
    - In-shop class words that fit the product are correct ("denim" for jeans, "tank" for a sleeveless top,
      "blouse" for a women's shirt, "polo shirt" for a polo T-shirt, "kurta" for a kurti); "denim" for a denim
      shirt's type is a contradiction.
    - Material answers that are the usual fabric for the product and agree with the photo are correct (cotton
      tee, denim jeans, silk Banarasi saree); a fabric the photo or title gives no ground for, or that the photo
      contradicts (leather for a nylon bomber, silk for a kids' cotton tee), is unsupported.
    - Invented accessories and details (a ring, a hat, a tie, a wrist accessory, a pocket or zipper that is not
      there) are unsupported; each imagined photo says what is not in it where that matters.
    - A print-motif word as the pattern ("dinosaur" for a dinosaur print) is correct.
    - Closed answers are stored raw, as the reference engine keeps unmapped text, so a closed answer can loop or
      leak too.
    - A pronoun wrong for the product's gender is a pronoun failure, including the caption adapter's "The lady"
      for a boy and "he" for a woman; "The lady" for a girl is correct.
"""

from __future__ import annotations

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case

BLIND_66: list[Case] = []


def _add(sku: str, *texts, gender=None, **extra) -> None:
    cols = {k: v for k, v in extra.items() if v is not None}
    BLIND_66.append(case(sku, *texts, gender=gender, **cols))


# 1. Man in a navy crew-neck T-shirt, light-blue jeans, grey studio background.
# caption CAP3; wearing, garment_type, color, pattern BASE; sleeve_length VQA; material CAP3.
_add(
    "MYN-10231",
    caption(
        "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a crew neckline. The "
        "lower clothing is of long length. The fabric is denim and it has pure color patterns. The gentleman is "
        "wearing a pair of",
        "cut",
        hit_limit=True,
    ),
    D.wearing("a navy blue t-shirt and jeans"),
    D.garment_type("t-shirt"),
    D.color("blue"),
    D.sleeve_length(
        "short short short short short short short short short short short short short short short short short "
        "short short short short short short short short short short short short short",
        "loop",
        hit_limit=True,
    ),
    D.material(
        "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a crew neckline. The "
        "lower clothing is of",
        "restated",
        hit_limit=True,
    ),
    gender="Men",
    category="Tshirts",
    color="Navy Blue",
    title="Roadster Men Navy Blue Solid Round Neck T-shirt",
)

# 2. Product shot, no person: white T-shirt laid flat on a light grey board, large black motorbike print on the chest.
# caption, wearing, color, pattern BASE; garment_type VQA; description CAP1.
_add(
    "MYN-10388",
    caption("a white t-shirt with a black motorcycle print on it"),
    D.wearing("a white t-shirt"),
    D.garment_type(
        "graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic",
        "loop",
        hit_limit=True,
    ),
    D.color("black", "contradiction"),
    D.pattern("graphic"),
    D.description(
        "The upper clothing has short sleeves, cotton fabric and graphic patterns. It has a crew neckline. The lower "
        "clothing is of long length. The fabric is denim.",
        "unsupported",
    ),
    gender="Men",
    category="Tshirts",
    color="White",
    title="HRX by Hrithik Roshan Men White Printed Round Neck T-shirt",
)

# 3. Man in a grey-marl polo with navy collar tipping and a small navy logo, black trousers, white background, both
# hands in his pockets (no wrist visible).
# caption CAP3; wearing, garment_type, details, material BASE; color, pattern VQA.
_add(
    "MYN-10412",
    caption(
        "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The "
        "lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
        "accessory on his wrist.",
        "unsupported",
    ),
    D.wearing("a grey polo shirt and black pants"),
    D.garment_type("polo shirt"),
    D.color("Heather grey"),
    D.pattern(
        "pure color pure color pure color pure color pure color pure color pure color pure color pure color pure "
        "color pure",
        "loop",
        hit_limit=True,
    ),
    D.details("it has a collar and buttons and a logo on the chest"),
    D.material("i don't know", "non_answer"),
    gender="Men",
    category="Tshirts",
    color="Grey Melange",
    title="U.S. Polo Assn. Men Grey Melange Solid Polo Collar T-shirt",
)

# 4. Woman in a pink T-shirt with white "DREAM BIG" text print, blue jeans, in front of a red-brown brick wall.
# caption, wearing, color BASE; pattern, description CAP3; material VQA.
_add(
    "MYN-10577",
    caption("a woman in a pink t-shirt and jeans standing in front of a brick wall"),
    D.wearing("a pink shirt and blue jeans"),
    D.color("pink"),
    D.pattern(
        "The upper clothing has short sleeves, cotton fabric and graphic patterns. It has a crew neckline. The lower "
        "clothing is of long length. The",
        "restated",
        hit_limit=True,
    ),
    D.description(
        "This lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. The "
        "T-shirt is with cotton fabric. The T-shirt is with",
        "loop",
        hit_limit=True,
    ),
    D.material(
        "cotton Question: What is the color of the t-shirt? Answer: pink Question: Is this a t-shirt? Answer: yes "
        "Question:",
        "leak",
        hit_limit=True,
    ),
    gender="Women",
    category="Tshirts",
    color="Pink",
    title="Tokyo Talkies Women Pink Typography Printed Round Neck T-shirt",
)

# 5. Man in a T-shirt with even horizontal black and white stripes, short sleeves, grey joggers, white background.
# caption CAP3; color, pattern, wearing, details BASE; garment_type, sleeve_length VQA; material CAP3.
_add(
    "MYN-10603",
    caption(
        "The upper clothing has short sleeves, cotton fabric and stripe patterns. It has a crew neckline. The lower "
        "clothing is of long length. The fabric is cotton and it has pure color patterns."
    ),
    D.wearing("a black and white striped shirt and grey pants"),
    D.color("black and white"),
    D.pattern("striped"),
    D.garment_type("tank", "contradiction"),
    D.sleeve_length(
        "short sleeve Question: What is the color of the tee? Answer: black-white Question: What is the",
        "leak",
        hit_limit=True,
    ),
    D.details(
        "the stripes are black and white and the stripes are black and white and the stripes are black and white "
        "and the stripes are",
        "loop",
        hit_limit=True,
    ),
    D.material(
        "The upper clothing has short sleeves, cotton fabric and stripe patterns. It has a crew neckline. The lower "
        "clothing is of",
        "restated",
        hit_limit=True,
    ),
    gender="Men",
    category="Tshirts",
    color="Black",
    title="Roadster Men Black & White Striped Round Neck T-shirt",
)

# 6. Man in an olive full-sleeve henley (three-button placket), beige chinos, in front of a bare concrete wall.
# caption, wearing, color, sleeve_length BASE; details, material CAP3.
_add(
    "MYN-10655",
    caption("a man wearing a green henley shirt and khaki pants"),
    D.wearing("he is wearing a green shirt and tan pants"),
    D.color("green"),
    D.sleeve_length("short", "contradiction"),
    D.details(
        "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
        "lower clothing is of long length."
    ),
    D.material(
        "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
        "lower clothing is",
        "restated",
        hit_limit=True,
    ),
    gender="Men",
    category="Tshirts",
    color="Olive",
    title="WROGN Men Olive Green Solid Henley Neck T-shirt",
)

# 7. Boy of about eight in a red T-shirt with a yellow-and-blue cartoon dinosaur print, navy shorts, white background.
# caption CAP3; wearing, color, pattern, details BASE; garment_type VQA.
_add(
    "MYN-10702",
    caption(
        "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
        "round neckline. The lady wears a three-point shorts.",
        "pronoun",
    ),
    D.wearing("a red shirt and blue shorts"),
    D.color("red"),
    D.pattern("dinosaur"),
    D.garment_type(
        "tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee "
        "tee tee tee tee",
        "loop",
        hit_limit=True,
    ),
    D.details("yes", "non_answer"),
    gender="Boys",
    category="Tshirts",
    color="Red",
    title="YK Boys Red Graphic Printed Round Neck T-shirt",
)

# 8. Man in a maroon polo T-shirt with an embroidered chest logo, blue jeans, white background.
# caption CAP1; wearing, color, details, pattern BASE; sleeve_length VQA; description CAP3.
_add(
    "MYN-10744",
    caption(
        "The gentleman wears a short-sleeve shirt with pure color patterns and a long denim pants. The shirt is "
        "with cotton fabric and its neckline is lapel."
    ),
    D.wearing("a red polo shirt and blue jeans"),
    D.color("red"),
    D.sleeve_length(
        "short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short",
        "loop",
        hit_limit=True,
    ),
    D.description(
        "The gentleman wears a short-sleeve shirt with pure color patterns and a long denim pants. The shirt is "
        "with cotton fabric and its neckline is",
        "cut",
        hit_limit=True,
    ),
    D.details("it has a collar and two buttons and a logo on the chest"),
    D.pattern("yes", "non_answer"),
    gender="Men",
    category="Tshirts",
    color="Maroon",
    title="Allen Solly Men Maroon Solid Polo Collar T-shirt",
)

# 9. Woman in a white V-neck T-shirt, olive cargo trousers, white background.
# caption, wearing, color, sleeve_length, material BASE; description VQA; details CAP3.
_add(
    "MYN-10790",
    caption("a woman wearing a white t-shirt and green pants"),
    D.wearing("she is wearing a white shirt and green pants"),
    D.color("green", "other_garment_color"),
    D.sleeve_length("short"),
    D.material("the garment is made of the material of the garment", "restated"),
    D.description(
        "White White White White White White White White White White White White White White White White White "
        "White White White White White White White White White White White White White",
        "loop",
        hit_limit=True,
    ),
    D.details(
        "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a V-shape neckline. "
        "The lower clothing is of long length. The fabric is",
        "cut",
        hit_limit=True,
    ),
    gender="Women",
    category="Tshirts",
    color="White",
    title="Mast & Harbour Women White Solid V-Neck T-shirt",
)

# 10. Man in a mustard-yellow round-neck T-shirt, black track pants, white background.
# caption CAP3; wearing, color, pattern, description BASE; details VQA.
_add(
    "MYN-10815",
    caption(
        "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a crew neckline. The "
        "lower clothing is of long length. The fabric is cotton and it has pure color patterns. The upper "
        "clothing has short sleeves, cotton fabric and",
        "loop",
        hit_limit=True,
    ),
    D.wearing("a yellow t-shirt and black pants"),
    D.color("yellow"),
    D.pattern("plain"),
    D.description("a yellow t-shirt with a pocket on the chest", "unsupported"),
    D.details(
        "Question: What are the details of the garment? Answer: Question: What are the details of the garment? Answer:",
        "leak",
        hit_limit=True,
    ),
    gender="Men",
    category="Tshirts",
    color="Mustard",
    title="HRX by Hrithik Roshan Men Mustard Yellow Solid Round Neck T-shirt",
)

# 11. Man in a royal-blue T-shirt with a white shoulder panel (colour block) and a small white logo, black shorts,
# grey background.
# caption, wearing, pattern, color BASE; garment_type VQA; description CAP1.
_add(
    "MYN-10847",
    caption("a man in a blue and white t-shirt and black shorts"),
    D.wearing("a blue t-shirt and black shorts"),
    D.pattern("color block"),
    D.color("black", "other_garment_color"),
    D.garment_type(
        "tee Question: What is the color of the tee? Answer: blue-white Question: Is this a tee? Answer: yes Question",
        "leak",
        hit_limit=True,
    ),
    D.description(
        "The gentleman wears a short-sleeve T-shirt with color block patterns and a shorts. The T-shirt is with "
        "cotton fabric and its neckline is round. The shorts are with",
        "cut",
        hit_limit=True,
    ),
    gender="Men",
    category="Tshirts",
    color="Blue",
    title="Puma Men Blue & White Colourblocked Round Neck T-shirt",
)

# 12. Product shot, no person: lavender T-shirt with a silver glitter unicorn print, laid flat on white. No title.
# caption CAP3; wearing, color, garment_type, description, material BASE.
_add(
    "MYN-10866",
    caption(
        "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
        "round neckline. The lady wears a long pants.",
        "unsupported",
    ),
    D.wearing("a purple t-shirt with a unicorn on it"),
    D.color("purple"),
    D.garment_type("t-shirt"),
    D.description("", "non_answer"),
    D.material("silk", "unsupported"),
    gender="Girls",
    category="Tshirts",
    color="Lavender",
)

# 13. Man in a charcoal-grey full-sleeve T-shirt, black jeans, white background.
# caption, color, wearing, sleeve_length BASE; details CAP3.
_add(
    "MYN-10921",
    caption("a man wearing a grey long sleeve shirt and black jeans"),
    D.color("black", "other_garment_color"),
    D.wearing("he is wearing a black shirt and black jeans", "other_garment_color"),
    D.sleeve_length("long"),
    D.details(
        "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a crew neckline. The "
        "lower clothing is of long length. The fabric is denim and",
        "cut",
        hit_limit=True,
    ),
    gender="Men",
    category="Tshirts",
    color="Charcoal",
    title="Highlander Men Charcoal Grey Solid Round Neck Full Sleeves T-shirt",
)

# 14. Man in a blue-and-navy checked shirt, sleeves rolled to the elbow, untucked over beige chinos; one chest pocket.
# caption CAP3; wearing, pattern, color, details, material BASE; garment_type VQA; description CAP1.
_add(
    "MYN-11004",
    caption(
        "The upper clothing has long sleeves, cotton fabric and lattice patterns. It has a lapel neckline. The "
        "lower clothing is of long length. The fabric is cotton and it has pure color patterns."
    ),
    D.wearing("a blue plaid shirt and khaki pants"),
    D.pattern("plaid"),
    D.color("blue"),
    D.garment_type(
        "shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt "
        "shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt",
        "loop",
        hit_limit=True,
    ),
    D.description(
        "The gentleman wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton "
        "fabric and its neckline is lapel. He wears a",
        "cut",
        hit_limit=True,
    ),
    D.details("it has a pocket on the front"),
    D.material("it is a shirt", "non_answer"),
    gender="Men",
    category="Shirts",
    color="Blue",
    title="Roadster Men Blue & Navy Blue Regular Fit Checked Casual Shirt",
)

# 15. Man in a white formal shirt tucked into black trousers with a black belt, no tie, collar buttoned, grey
# background.
# caption, wearing, color, description BASE; details CAP3; material VQA.
_add(
    "MYN-11052",
    caption("a man in a white shirt and black pants"),
    D.wearing("a white shirt and black pants and a belt"),
    D.color("white"),
    D.description("he is wearing a white shirt and black pants and a black tie", "unsupported"),
    D.details(
        "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The "
        "lower clothing is of long length. The fabric is cotton and it",
        "cut",
        hit_limit=True,
    ),
    D.material("denim", "unsupported"),
    gender="Men",
    category="Shirts",
    color="White",
    title="Van Heusen Men White Slim Fit Solid Formal Shirt",
)

# 16. Man in an olive shirt worn open over a white crew-neck T-shirt, blue jeans, white background (the shirt is the
# product).
# caption, wearing, color, pattern, details BASE; description CAP1; sleeve_length VQA.
_add(
    "MYN-11090",
    caption("a man wearing a green shirt over a white t-shirt and jeans"),
    D.wearing("a green shirt, white t-shirt and blue jeans"),
    D.color("white", "other_garment_color"),
    D.pattern("solid"),
    D.description(
        "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a crew neckline. This "
        "gentleman also wears an outer clothing, with pure color patterns. The",
        "cut",
        hit_limit=True,
    ),
    D.sleeve_length("long-sleeve"),
    D.details("the details of the shirt are the details of the shirt", "restated"),
    gender="Men",
    category="Shirts",
    color="Olive",
    title="HIGHLANDER Men Olive Green Slim Fit Solid Casual Shirt",
)

# 17. Woman in a peach button-down shirt with roll-up sleeve tabs (sleeves down), tucked into white trousers, white
# background.
# caption CAP3; wearing, color, material BASE; garment_type, pattern VQA.
_add(
    "MYN-11131",
    caption(
        "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The "
        "lower clothing is of long length. The fabric is cotton and it has pure color patterns."
    ),
    D.wearing("she is wearing a pink shirt and white pants"),
    D.color("peach"),
    D.garment_type("blouse"),
    D.pattern(
        "solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid "
        "solid solid solid solid solid solid solid solid solid solid solid solid solid",
        "loop",
        hit_limit=True,
    ),
    D.material("it is made of", "cut"),
    gender="Women",
    category="Shirts",
    color="Peach",
    title="Harpa Women Peach-Coloured Regular Fit Solid Casual Shirt",
)

# 18. Man in a light-blue denim shirt, long sleeves, two flap chest pockets, black jeans, white background.
# caption, color, description BASE; wearing, garment_type VQA; sleeve_length, details CAP3.
_add(
    "MYN-11176",
    caption("a man wearing a denim shirt and black jeans"),
    D.wearing(
        "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim "
        "denim denim denim denim denim denim denim denim denim denim denim denim denim",
        "loop",
        hit_limit=True,
    ),
    D.color("blue"),
    D.garment_type("denim", "contradiction"),
    D.description("a blue denim shirt with two pockets on the chest"),
    D.sleeve_length(
        "The upper clothing has long sleeves, denim fabric and pure color patterns. It has a lapel neckline. The "
        "lower clothing is of long",
        "restated",
        hit_limit=True,
    ),
    D.details(
        "The upper clothing has long sleeves, denim fabric and pure color patterns. It has a lapel neckline. The "
        "lower clothing is of long length. The fabric is denim and it",
        "cut",
        hit_limit=True,
    ),
    gender="Men",
    category="Shirts",
    color="Blue",
    title="Levis Men Blue Regular Fit Denim Casual Shirt",
)

# 19. Man in a navy short-sleeve shirt with a small white floral print, beige shorts, white background.
# caption CAP3; color, pattern, sleeve_length, wearing BASE; material VQA.
_add(
    "MYN-11213",
    caption(
        "The upper clothing has short sleeves, cotton fabric and floral patterns. It has a lapel neckline. The "
        "lower clothing is of three-point length. The fabric is cotton and it has pure color patterns."
    ),
    D.color("white", "contradiction"),
    D.pattern("floral"),
    D.sleeve_length("long", "contradiction"),
    D.wearing("a blue floral shirt and shorts"),
    D.material(
        "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
        "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
        "loop",
        hit_limit=True,
    ),
    gender="Men",
    category="Shirts",
    color="Navy Blue",
    title="Mast & Harbour Men Navy Blue & White Floral Printed Casual Shirt",
)

# 20. Woman in a green straight kurta with white block print, three-quarter sleeves, knee length, white palazzos,
# white background; hands clasped in front, no rings or bangles.
# caption, description CAP3; wearing, garment_type, color, sleeve_length BASE; details CAP1.
_add(
    "MYN-11260",
    caption(
        "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
        "neckline. The dress is of knee length.",
        "contradiction",
    ),
    D.wearing("a green and white kurta"),
    D.garment_type("kurta"),
    D.color("green"),
    D.sleeve_length("three quarter"),
    D.details(
        "The lady wears a medium-sleeve dress with floral patterns. She wears a ring on her finger.",
        "unsupported",
    ),
    D.description(
        "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. The lady wears "
        "a long-sleeve dress with floral patterns. The dress is with",
        "loop",
        hit_limit=True,
    ),
    gender="Women",
    category="Kurtas",
    color="Green",
    title="Libas Women Green & White Printed Straight Kurta",
)

# 21. Man in an off-white straight kurta with a mandarin collar, long sleeves, knee length, white churidar, beige
# background; the fabric has a visible sheen.
# caption, wearing, color, material BASE; garment_type, sleeve_length VQA; description CAP1.
_add(
    "MYN-11298",
    caption("a man in a white kurta and white pants"),
    D.wearing("she is wearing a white kurta", "pronoun"),
    D.garment_type("dress", "contradiction"),
    D.color("cream"),
    D.sleeve_length(
        "long-sleeve Question: Is this a dress? Answer: yes Question: Is this a dress? Answer: yes Question",
        "leak",
        hit_limit=True,
    ),
    D.description(
        "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
        "length is knee.",
        "pronoun",
    ),
    D.material("silk"),
    gender="Men",
    category="Kurtas",
    color="Off White",
    title="Manyavar Men Off-White Solid Straight Kurta",
)

# 22. Woman in a maroon straight kurta with gold embroidery at the yoke, a mustard dupatta over both shoulders and
# mustard palazzos, white background.
# caption, color, wearing, garment_type, description BASE; details CAP3; sleeve_length VQA.
_add(
    "MYN-11337",
    caption("a woman wearing a red kurta and a yellow scarf"),
    D.color("yellow", "other_garment_color"),
    D.wearing("a maroon kurta with a yellow dupatta"),
    D.garment_type("kurta"),
    D.details(
        "The lady wears a long-sleeve dress with other patterns. The dress is with cotton fabric. It has a V-shape "
        "neckline. The lady also wears an outer clothing, with pure",
        "cut",
        hit_limit=True,
    ),
    D.description(
        "a maroon kurta with gold embroidery and gold embroidery and gold embroidery and gold embroidery and gold "
        "embroidery and gold",
        "loop",
        hit_limit=True,
    ),
    D.sleeve_length("yes", "non_answer"),
    gender="Women",
    category="Kurtas",
    color="Maroon",
    title="Biba Women Maroon Embroidered Straight Kurta",
)

# 23. Woman in an indigo A-line kurta with a white geometric print, three-quarter sleeves, white trousers, standing
# in front of a leafy green plant backdrop; bare wrists. No base colour in the seller's columns.
# caption, color, garment_type, material BASE; pattern VQA; description CAP3.
_add(
    "MYN-11372",
    caption("a woman in a blue kurta standing in front of a plant"),
    D.color("green", "contradiction"),
    D.pattern(
        "print print print print print print print print print print print print print print print print print "
        "print print print print print print print print print print print print print",
        "loop",
        hit_limit=True,
    ),
    D.garment_type("kurta"),
    D.description(
        "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
        "V-shape neckline. There is an accessory on her wrist.",
        "unsupported",
    ),
    D.material("Answer: cotton", "leak"),
    gender="Women",
    category="Kurtas",
    title="Jaipur Kurti Women Indigo Blue Printed A-Line Kurta",
)

# 24. Woman in a red sleeveless square-neck top, blue skinny jeans, white background.
# caption CAP3; wearing, color, sleeve_length, details, material BASE; garment_type VQA.
_add(
    "MYN-11419",
    caption(
        "The upper clothing has no sleeves, chiffon fabric and pure color patterns. It has a square neckline. The "
        "lower clothing is of long length. The fabric is denim and it has pure color patterns. The woman wears a",
        "cut",
        hit_limit=True,
    ),
    D.wearing("a red top and jeans"),
    D.color("red"),
    D.sleeve_length("sleeveless"),
    D.garment_type("tank"),
    D.details("it has a pocket on the front", "unsupported"),
    D.material(
        "the top is made of a material that is made of a material that is made of a material that is made of",
        "loop",
        hit_limit=True,
    ),
    gender="Women",
    category="Tops",
    color="Red",
    title="SASSAFRAS Women Red Solid Square Neck Top",
)

# 25. Woman in a white top with a small pink-and-green floral print, puff short sleeves, black trousers, white
# background.
# caption, color, pattern, wearing, details BASE; description CAP3.
_add(
    "MYN-11450",
    caption("a woman wearing a white floral top and black pants"),
    D.color("black", "other_garment_color"),
    D.pattern("floral"),
    D.wearing("he is wearing a white shirt with flowers on it", "pronoun"),
    D.description(
        "The upper clothing has short sleeves, chiffon fabric and floral patterns. It has a round neckline. The "
        "lower clothing is of long length. The fabric is cotton and it",
        "cut",
        hit_limit=True,
    ),
    D.details("pink and green flowers"),
    gender="Women",
    category="Tops",
    color="White",
    title="AND Women White & Pink Floral Print Puff Sleeve Top",
)

# 26. Woman in a black short-sleeve crop top, high-waist light-blue jeans, white background.
# caption CAP1; wearing, color, garment_type, details BASE; material VQA.
_add(
    "MYN-11488",
    caption(
        "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
        "lower clothing is of long length. The fabric is denim and it has pure color patterns. The upper clothing "
        "has short sleeves, cotton",
        "loop",
        hit_limit=True,
    ),
    D.wearing("a black crop top and blue jeans"),
    D.color("black"),
    D.garment_type("crop top"),
    D.material("cotton Question: What is the color of the top? Answer:", "leak"),
    D.details("it is a crop top", "non_answer"),
    gender="Women",
    category="Tops",
    color="Black",
    title="Rare Women Black Solid Crop Top",
)

# 27. Woman in a teal peplum top with three-quarter sleeves and a ruffled hem, white jeans, white background.
# caption, description BASE; color, sleeve_length, garment_type VQA; wearing CAP3.
_add(
    "MYN-11523",
    caption("a woman wearing a green peplum top and white jeans"),
    D.color("Teal"),
    D.sleeve_length(
        "three-quarter sleeve three-quarter sleeve three-quarter sleeve three-quarter sleeve three-quarter sleeve "
        "three",
        "loop",
        hit_limit=True,
    ),
    D.wearing(
        "The upper clothing has medium sleeves, cotton fabric and pure color patterns. It has a round neckline. "
        "The lower clothing is of long length. The fabric is denim and it",
        "cut",
        hit_limit=True,
    ),
    D.description("a teal top with a ruffled hem"),
    D.garment_type("dress", "contradiction"),
    gender="Women",
    category="Tops",
    color="Teal",
    title="Style Quotient Women Teal Solid Peplum Top",
)

# 28. Man in dark-indigo slim jeans (the product) with an untucked white T-shirt and white sneakers, white background.
# caption CAP3; wearing, color, garment_type, description BASE; details VQA.
_add(
    "MYN-11560",
    caption(
        "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a crew neckline. The "
        "lower clothing is of long length. The fabric is denim and it has pure color patterns."
    ),
    D.wearing("a white t-shirt and blue jeans"),
    D.color("white", "other_garment_color"),
    D.garment_type("jeans"),
    D.description("a white t-shirt", "contradiction"),
    D.details(
        "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim "
        "denim denim denim denim denim denim denim denim denim denim denim denim denim",
        "loop",
        hit_limit=True,
    ),
    gender="Men",
    category="Jeans",
    color="Navy Blue",
    title="Roadster Men Navy Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
)

# 29. Woman in light-blue skinny jeans with frayed ankle hems (the product) and a black top, white background.
# caption, color, wearing, details BASE; garment_type VQA; description CAP1.
_add(
    "MYN-11597",
    caption("a woman wearing a black top and blue jeans"),
    D.color("black", "other_garment_color"),
    D.garment_type("denim"),
    D.wearing("she is wearing a black shirt and blue jeans"),
    D.description(
        "The lower clothing is of long length. The fabric is denim and it has pure color patterns. The lower "
        "clothing is of long length. The fabric is denim and it has",
        "loop",
        hit_limit=True,
    ),
    D.details("the jeans are ripped at the bottom"),
    gender="Women",
    category="Jeans",
    color="Blue",
    title="DOLCE CRUDO Women Blue Skinny Fit High-Rise Cropped Jeans",
)

# 30. Man in beige slim chinos (the product), a navy polo worn untucked, brown loafers, white background.
# caption, color, wearing, pattern, material BASE; description CAP3; details VQA.
_add(
    "MYN-11634",
    caption("a man in a blue shirt and khaki pants"),
    D.color("blue", "other_garment_color"),
    D.wearing("a blue shirt and khaki pants"),
    D.description(
        "The gentleman wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with "
        "cotton fabric and its neckline is lapel. The pants are with cotton",
        "cut",
        hit_limit=True,
    ),
    D.details(
        "khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki "
        "khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki",
        "loop",
        hit_limit=True,
    ),
    D.pattern("plain"),
    D.material("pants", "non_answer"),
    gender="Men",
    category="Trousers",
    color="Beige",
    title="Highlander Men Beige Slim Fit Solid Chinos",
)

# 31. Man in grey-marl sports shorts with a black drawstring (the product) and a black T-shirt, bareheaded, white
# background. The seller's article type is missing.
# caption CAP3; wearing, color, description, material BASE.
_add(
    "MYN-11671",
    caption(
        "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a crew neckline. The "
        "lower clothing is of three-point length. The fabric is cotton and it has pure color patterns. There is a "
        "hat on his head.",
        "unsupported",
    ),
    D.wearing("a black t-shirt and grey shorts"),
    D.color("black", "other_garment_color"),
    D.description("grey shorts with a black drawstring"),
    D.material("", "non_answer"),
    gender="Men",
    color="Grey Melange",
    title="Puma Men Grey Melange Solid Regular Fit Sports Shorts",
)

# 32. Woman in washed blue denim shorts with frayed hems (the product) and a white tank top, white background.
# caption CAP1; garment_type, material VQA; color, wearing, details BASE.
_add(
    "MYN-11708",
    caption(
        "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
        "lower clothing is of short length. The fabric is denim and it has pure color patterns."
    ),
    D.garment_type(
        "shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts "
        "shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts",
        "loop",
        hit_limit=True,
    ),
    D.color("blue"),
    D.wearing("she is wearing a white tank top and denim shorts"),
    D.details("they are shorts", "non_answer"),
    D.material(
        "denim Question: What is the pattern of the shorts? Answer: pure color Question: What is the",
        "leak",
        hit_limit=True,
    ),
    gender="Women",
    category="Shorts",
    color="Blue",
    title="Roadster Women Blue Washed Denim Shorts",
)

# 33. Woman in a navy fit-and-flare dress with white and yellow flowers, short flutter sleeves, V-neck, knee length,
# white sneakers, standing in front of a pale yellow wall; no bracelet.
# caption, color, pattern, garment_type, wearing BASE; description, details CAP3.
_add(
    "MYN-11745",
    caption("a woman in a blue floral dress standing in front of a yellow wall"),
    D.color("yellow", "contradiction"),
    D.pattern("floral"),
    D.garment_type("dress"),
    D.wearing("he is wearing a blue dress with flowers on it", "pronoun"),
    D.description(
        "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
        "V-shape neckline. The dress is of knee length. The lady wears a",
        "cut",
        hit_limit=True,
    ),
    D.details(
        "The lady wears a short-sleeve dress with floral patterns. There is an accessory on her wrist. There is an "
        "accessory on her wrist. There is an",
        "loop",
        hit_limit=True,
    ),
    gender="Women",
    category="Dresses",
    color="Navy Blue",
    title="Harpa Women Navy Blue Floral Printed Fit and Flare Dress",
)

# 34. Girl of about six in a sleeveless pink party dress: sequin bodice, tulle skirt, knee length, white background.
# caption CAP3; wearing, color, description, material BASE; garment_type VQA.
_add(
    "MYN-11782",
    caption(
        "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
        "round neckline. The dress is of knee length. There is an accessory on her",
        "cut",
        hit_limit=True,
    ),
    D.wearing("a pink dress"),
    D.color("pink"),
    D.garment_type(
        "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
        "dress dress dress dress dress dress dress dress dress dress dress dress dress",
        "loop",
        hit_limit=True,
    ),
    D.description("a pink dress with a sequin top and a tulle skirt"),
    D.material("tulle"),
    gender="Girls",
    category="Dresses",
    color="Pink",
    title="Peppermint Girls Pink Embellished Fit and Flare Party Dress",
)

# 35. Man in black track pants with one white side stripe (the product) and a grey T-shirt, white background.
# caption CAP3; color, wearing, details BASE; description, material VQA.
_add(
    "MYN-11819",
    caption(
        "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a crew neckline. The "
        "lower clothing is of long length. The fabric is cotton and it has stripe patterns."
    ),
    D.color("grey", "other_garment_color"),
    D.wearing("a grey t-shirt and black track pants"),
    D.description(
        "Black-white Black-white Black-white Black-white Black-white Black-white Black-white Black-white "
        "Black-white Black",
        "loop",
        hit_limit=True,
    ),
    D.details("white stripes on the side"),
    D.material(
        "Answer: polyester Answer: polyester Answer: polyester Answer: polyester Answer: polyester Answer:",
        "leak",
        hit_limit=True,
    ),
    gender="Men",
    category="Track Pants",
    color="Black",
    title="HRX by Hrithik Roshan Men Black Solid Track Pants",
)

# 36. Man in a grey-marl hooded sweatshirt with a kangaroo pocket and white drawstrings, navy joggers, white background.
# caption, wearing, color, sleeve_length BASE; garment_type VQA; pattern CAP3; description CAP1.
_add(
    "MYN-11856",
    caption("a man wearing a grey hoodie and blue pants"),
    D.wearing("she is wearing a grey hoodie", "pronoun"),
    D.garment_type(
        "sweatshirt Question: What is the color of the sweatshirt? Answer: Heather grey Question: Is this a "
        "sweatshirt? Answer:",
        "leak",
        hit_limit=True,
    ),
    D.color("grey"),
    D.sleeve_length("long"),
    D.pattern(
        "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a hooded neckline. The "
        "lower clothing is of long",
        "restated",
        hit_limit=True,
    ),
    D.description(
        "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a hooded neckline. The "
        "lower clothing is of long length. The fabric is cotton and",
        "cut",
        hit_limit=True,
    ),
    gender="Men",
    category="Sweatshirts",
    color="Grey Melange",
    title="Roadster Men Grey Melange Solid Hooded Sweatshirt",
)

# 37. Woman in a red Banarasi silk saree with a wide gold zari border, pallu over the shoulder, short-sleeve red
# blouse, in front of a beige wall.
# caption, color, material, pattern, description BASE; garment_type VQA; wearing CAP3.
_add(
    "MYN-11893",
    caption("a woman in a red saree with a gold border"),
    D.garment_type("dress", "contradiction"),
    D.color("red and gold"),
    D.wearing(
        "The lady wears a long-sleeve dress with other patterns. The dress is with silk fabric. It has a V-shape "
        "neckline. The dress is of long length.",
        "contradiction",
    ),
    D.material("silk"),
    D.pattern("saree", "non_answer"),
    D.description(
        "a red saree with gold border and gold border and gold border and gold border and gold border and gold "
        "border and gold border",
        "loop",
        hit_limit=True,
    ),
    gender="Women",
    category="Sarees",
    color="Red",
    title="Mitera Red & Gold-Toned Woven Design Banarasi Saree",
)

# 38. Man in a matte black nylon bomber jacket worn open over a white T-shirt, blue jeans, white background.
# caption CAP3; wearing, color, garment_type, sleeve_length, description BASE; material VQA.
_add(
    "MYN-11930",
    caption(
        "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a crew neckline. The "
        "lower clothing is of long length. The fabric is denim and it has pure color patterns. This gentleman "
        "also wears an outer clothing, with",
        "cut",
        hit_limit=True,
    ),
    D.wearing("a black jacket, white t-shirt and jeans"),
    D.color("white", "other_garment_color"),
    D.garment_type("jacket"),
    D.sleeve_length("short", "contradiction"),
    D.description("a black bomber jacket with a zipper"),
    D.material("leather", "unsupported"),
    gender="Men",
    category="Jackets",
    color="Black",
    title="Roadster Men Black Solid Bomber Jacket",
)

# 39. Woman in a mustard-yellow A-line kurti with a white floral print, three-quarter sleeves, white leggings, white
# background.
# caption CAP1; wearing, color, pattern, garment_type, description BASE; details VQA.
_add(
    "MYN-11967",
    caption(
        "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
        "round neckline. The dress is of knee length.",
        "contradiction",
    ),
    D.wearing("a yellow kurta and white leggings"),
    D.color("yellow"),
    D.pattern("floral"),
    D.garment_type("kurta"),
    D.description("it is a yellow kurta with", "cut"),
    D.details(
        "Question: What are the details of the kurti? Answer: floral Question: What are the details of the kurti? "
        "Answer:",
        "leak",
        hit_limit=True,
    ),
    gender="Women",
    category="Kurtis",
    color="Yellow",
    title="Sangria Women Mustard Yellow Floral Printed A-Line Kurti",
)

# 40. Woman in black ankle-length leggings (the product) under a long white kurta that reaches her knees, white
# background. The seller's gender column is missing.
# caption, color, garment_type, wearing, material BASE; description CAP3; details VQA.
_add(
    "MYN-12004",
    caption("a woman wearing a white kurta and black leggings"),
    D.color("white", "other_garment_color"),
    D.garment_type("kurta", "contradiction"),
    D.wearing("a white dress and black leggings"),
    D.description(
        "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
        "round neckline. The dress is of knee length. The lady",
        "cut",
        hit_limit=True,
    ),
    D.material("cotton lycra"),
    D.details(
        "leggings leggings leggings leggings leggings leggings leggings leggings leggings leggings leggings leggings "
        "leggings leggings leggings",
        "loop",
        hit_limit=True,
    ),
    category="Leggings",
    color="Black",
    title="Go Colors Women Black Solid Ankle-Length Leggings",
)

# 41. Man in a navy V-neck pullover sweater with a white shirt collar showing at the neck, grey trousers, white
# background.
# caption, color, wearing, description BASE; garment_type, material VQA; details CAP3.
_add(
    "MYN-12041",
    caption("a man wearing a blue sweater over a white shirt"),
    D.color("blue"),
    D.garment_type("sweater"),
    D.wearing("a blue sweater, white shirt and grey pants"),
    D.description("a blue sweater with a zipper on the front", "unsupported"),
    D.details(
        "The upper clothing has long sleeves, knitting fabric and pure color patterns. It has a V-shape neckline. "
        "The lower clothing is of long length. The fabric is",
        "cut",
        hit_limit=True,
    ),
    D.material(
        "wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool "
        "wool wool wool wool wool wool wool wool wool",
        "loop",
        hit_limit=True,
    ),
    gender="Men",
    category="Sweaters",
    color="Navy Blue",
    title="Allen Solly Men Navy Blue Solid Pullover Sweater",
)

# 42. Woman in an olive A-line midi skirt (the product) with a black T-shirt tucked in, white background.
# caption CAP3; color, garment_type, wearing, description, material BASE; pattern VQA.
_add(
    "MYN-12078",
    caption(
        "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
        "lower clothing is of long length. The fabric is cotton and it has pure color patterns."
    ),
    D.color("black", "other_garment_color"),
    D.garment_type("skirt"),
    D.wearing("he is wearing a black shirt and a green skirt", "pronoun"),
    D.description("a green skirt"),
    D.pattern(
        "pure color Question: What is the color of the skirt? Answer: Olive Question: What is the",
        "leak",
        hit_limit=True,
    ),
    D.material("the skirt is made of", "cut"),
    gender="Women",
    category="Skirts",
    color="Olive",
    title="SASSAFRAS Women Olive Green Solid A-Line Midi Skirt",
)

# 43. Woman in white cropped capris (the product) and a blue-and-white striped top, white background.
# caption, color, pattern, garment_type, wearing, details BASE; description CAP1.
_add(
    "MYN-12115",
    caption("a woman wearing a blue and white striped shirt and white pants"),
    D.color("blue", "other_garment_color"),
    D.pattern("striped", "contradiction"),
    D.garment_type("pants"),
    D.description("The lower clothing is of three-point length. The fabric is cotton and it has pure color patterns."),
    D.details("the details of the garment are the details of the garment", "restated"),
    gender="Women",
    category="Capris",
    color="White",
    title="Kraus Jeans Women White Solid Capris",
)

# 44. Boy of about five in a cream kurta with self-design and cream pyjamas, standing in front of a sky-blue backdrop.
# caption CAP3; wearing, color, garment_type, description, material BASE.
_add(
    "MYN-12152",
    caption(
        "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
        "stand neckline. The dress is of knee length. The lady wears a long pants.",
        "pronoun",
    ),
    D.wearing("a white kurta and pajamas"),
    D.color("blue", "contradiction"),
    D.garment_type("kurta"),
    D.description(
        "a white kurta and white pajamas with a white kurta and white pajamas with a white kurta and white pajamas "
        "with a white",
        "loop",
        hit_limit=True,
    ),
    D.material("cotton"),
    gender="Boys",
    category="Kurta Sets",
    color="Cream",
    title="Jashvi Boys Cream-Coloured Self Design Kurta with Pyjamas",
)
