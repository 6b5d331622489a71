"""BLIND_166 (44 products; the experiments re-run on a random sample of a Myntra-style marketplace, with is_a and
color_of questions): written blind in the twenty-second session. Measured blind at 29465cd: 124/140 failures found
(88.6%) and 9/143 correct texts flagged (6.3%). The writer's notes, verbatim:

Blind corpus 166: BLIP-2 OPT-2.7b and the earlier experiments' adapters on 44 Myntra-style marketplace products.

Scenario
--------
The original experiments' models are re-run on a random sample of 44 products of a Myntra-style marketplace
(men's, women's and kids' clothing, western and ethnic, weighted roughly as such a catalog is: many women's
kurtas and kurta sets, men's t-shirts, shirts and jeans, a few sarees, lehengas, night suits and kids' sets), one
product per item. Each item was asked for a caption and enrich's default questionnaire (DEFAULT_QUESTIONS), plus a
few "Is this a ...?" (is_a) and "What is the color of the ...?" (color_of) questions; each case keeps the texts that
were written for it (a subset of the questionnaire, five to eight texts). Seller columns come from the marketplace:
gender (Men / Women / Boys / Girls), category (the article type: Tshirts, Kurtas, Kurta Sets, Track Pants ...),
color (the base colour: Navy Blue, Mustard, Off White, Grey Melange ...) and title (the seller's own words); a few
products lack one of them.

Who wrote which text (named per text in the comment above each case)
--------------------------------------------------------------------
- base: untuned Salesforce/blip2-opt-2.7b, greedy, `Question: ... Answer:` prompt. Short answers ("navy", "a
  t-shirt"), lowercase captions ("a man in a red t - shirt ..."); fails with one color for every garment, wrong
  pronouns, invented details, restating the question, "unknown".
- cap1 / cap3: the caption adapter after epoch 1 / epoch 3 (leoreigoto/Data2_V2_..._Caption_First_Epoch,
  Data2_V2_Blip2_Finetune_Caption). DeepFashion-MultiModal template ("The lady wears a short-sleeve T-shirt with pure
  color patterns ..."), no hue names, no kurta/saree classes; returns the template for every prompt; never stops
  (no end token trained), so it loops or is cut at the limit (50 new tokens for captions, 30 for answers).
- vqa: the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA). In-shop class names (tee, denim, dress, romper), loops
  ("black-black-black ..."), and continues into the prompt format ("... Question: ... Answer: ...").
- cap3+QA: the third experiment, an extractive QA model over the cap3 caption (spans such as "pure color").

How it was written
------------------
Blind: I read only ../shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the Text/Case layout, makers,
questionnaires and TARGETS). Every photo is imagined and described in the comment above its case; every label is
judged against that imagined photo and the seller columns.

Label conventions and judgement calls
-------------------------------------
- One label per text, the most salient failure; hit_limit is set truthfully whatever the label (a loop or a leak
  that ran to 30/50 new tokens has hit_limit=True but is labelled loop / leak).
- cut: a text that stops mid-phrase. Usually at the limit (hit_limit=True); two texts stop mid-phrase before it
  (hit_limit=False: a stray end token), and they are still cut.
- A closed answer (color, garment_type, pattern, sleeve_length, is_a, closed color_of) that is wrong is a
  contradiction, also when the wrong color belongs to another garment in the photo (the tee's white for the jeans).
  other_garment_color is kept for open answers (description, wearing, open color_of) that give the product the
  color of another garment worn with it.
- The base model's "grey shirt, grey jeans" for a white-and-black outfit is a contradiction (grey is nobody's color).
- Near-color synonyms are correct: navy -> blue, mustard -> yellow, maroon / burgundy -> red or maroon,
  lavender -> purple, off white / cream -> white, charcoal / grey melange -> grey, olive -> green, teal blue -> blue.
- A pattern named in DeepFashion's words is correct when it fits: "pure color" = solid, "lattice" = checked,
  "graphic" for a printed graphic tee. "pure color patterns" on a floral kurta is wrong.
- Garment names: "dress"/"shirt" for a straight kurta worn over palazzos, "dress" for a saree, "romper" for a two-piece
  night suit are contradictions of the seller category; "dress" for a floor-length Anarkali, "vest" for a sleeveless
  Nehru jacket, "cardigan" for a shrug, "denim" for a denim garment, "salwar kameez" for a kurta set, "overalls" for
  dungarees are correct.
- The template returned for a closed question (a whole caption to "What type of garment is this?") is a non_answer;
  so is an empty text, "unknown", "not sure", a bare garment name for the material, and "they are short" for details.
- restated: the question's words turned back as the answer ("the details of the garment are the details ...").
- pronoun: "she"/"the lady" for a man or boy, "he" for a woman or girl. "The lady" for a girl is not a pronoun error.
- Product shots without a person: naming the garment for "What is the person wearing?" is correct; a caption that
  invents a gentleman or lady wearing it is a failure (unsupported, or contradiction where it also renames the
  garment).
- Backgrounds, walls and props named in a caption are correct when true; a closed color answer that gives the
  wall's color is a contradiction.
- Material: correct only where the photo or the seller title supports it (denim, knit, "silk blend", "pure
  cotton"); a material contradicting the title, or a detail not in the photo (a logo, a hood, a pocket square), is
  unsupported.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, is_a

BLIND_166: list[Case] = [
    # ---------------------------------------------------------------- MEN
    # 1. Man in a plain navy crew-neck half-sleeve tee (no logo), light-blue jeans, light grey studio backdrop.
    # caption cap3; wearing base; color base; pattern vqa; description base;
    # details base.
    case(
        "MYN-10016983",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is "
            "with cotton fabric and its neckline is round. The pants are with denim fabric and solid color patterns."
        ),
        D.wearing("a navy blue t-shirt and jeans"),
        D.color("navy"),
        D.pattern("pure color"),
        D.description("a navy blue t-shirt with a small logo on the chest", "unsupported"),
        D.details(
            "round neck, short sleeves, round neck, short sleeves, round neck, short sleeves, round neck, short "
            "sleeves, round neck, short",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Round Neck Pure Cotton T-shirt",
    ),
    # 2. Man in a white full-sleeve slim shirt (button-down collar, no pocket), black jeans, white wall behind.
    # caption base; wearing base; color_of shirt base; color_of jeans base; garment_type vqa; description cap3;
    # material vqa.
    case(
        "MYN-11230457",
        caption("a man in a white shirt and black jeans standing against a white wall"),
        D.wearing("a grey shirt and grey jeans", "contradiction"),
        color_of("shirt", "grey", "contradiction"),
        color_of("jeans", "grey", "contradiction"),
        D.garment_type("shirt"),
        D.description(
            "His shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The "
            "gentleman wears a long pants. The pants are with denim",
            "cut",
            hit_limit=True,
        ),
        D.material("", "non_answer"),
        gender="Men",
        category="Shirts",
        color="White",
        title="HERE&NOW Men White Slim Fit Solid Casual Shirt",
    ),
    # 3. Product: black stretch jeans, clean look. Man also wears a white crew tee and white sneakers.
    # caption cap1; wearing base; color base; is_a base; description base; details cap3.
    case(
        "MYN-9851224",
        caption(
            "The lower clothing is of long length. The fabric is denim and it has solid color patterns. The upper "
            "clothing has short sleeves, cotton fabric and pure color patterns. It has a round neckline."
        ),
        D.wearing("a white t-shirt and black jeans"),
        D.color("white", "contradiction"),
        is_a("pair of jeans", "yes"),
        D.description("white slim fit jeans", "other_garment_color"),
        D.details(
            "The pants are with denim fabric and solid color patterns. The pants are with denim fabric and solid "
            "color patterns. The pants are with denim fabric and",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Jeans",
        color="Black",
        title="Mufti Men Black Slim Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 4. Product: olive joggers, drawstring waist, ribbed ankle cuffs, two side pockets, no back pocket, no logo.
    # Man wears a black tee with them. caption base; color vqa; pattern base; description base;
    # details base; wearing cap3.
    case(
        "MYN-12744390",
        caption("a man wearing a black t - shirt and green jogger pants"),
        D.color(
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        D.pattern("solid"),
        D.description("the pants are green with a drawstring waist and elastic cuffs"),
        D.details("it has a zipper pocket on the back and a reflective logo on the leg", "unsupported"),
        D.wearing(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is "
            "with cotton fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Track Pants",
        color="Olive",
        title="HRX by Hrithik Roshan Men Olive Green Solid Joggers",
    ),
    # 5. Product: maroon straight kurta, self-design weave, mandarin collar, long sleeves; white churidar; warm
    # wooden backdrop. caption cap3; wearing base; color base; is_a base; details vqa;
    # description cap3.
    case(
        "MYN-8720116",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and it has a stand neckline.",
            "contradiction",
        ),
        D.wearing("a red kurta and white pants"),
        D.color("maroon"),
        is_a("kurta", "yes"),
        D.details(
            "Question: What are the details of the garment? Answer: the collar, the sleeves, the buttons Question: "
            "What are the",
            "leak",
            hit_limit=True,
        ),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and it has a stand neckline. The",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Kurtas",
        color="Maroon",
        title="Manyavar Men Maroon Self Design Straight Kurta",
    ),
    # 6. Product: grey melange pullover hoodie, kangaroo pocket, drawstrings; man, dark blue jeans.
    # caption base; color vqa; pattern vqa; description cap3; details base; wearing base.
    case(
        "MYN-10457732",
        caption("a man in a grey hoodie and jeans"),
        D.color("grey"),
        D.pattern(
            "solid Question: What is the color of the hoodie? Answer: grey Question: What is the",
            "leak",
            hit_limit=True,
        ),
        D.description(
            "His sweater has long sleeves, cotton fabric and pure color patterns. It has a hooded neckline. The "
            "gentleman wears a long pants. The pants",
            "cut",
            hit_limit=True,
        ),
        D.details("the hoodie has a kangaroo pocket and drawstrings"),
        D.wearing("she is wearing a gray hoodie and blue jeans", "pronoun"),
        gender="Men",
        category="Sweatshirts",
        color="Grey Melange",
        title="Roadster Men Grey Melange Solid Hooded Sweatshirt",
    ),
    # 7. Product: blue-and-white checked shirt, full sleeves rolled to the forearm; man, khaki chinos.
    # caption cap3; pattern base; color base; color_of pants base; wearing base; sleeve_length base;
    # details cap3.
    case(
        "MYN-7301845",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with "
            "cotton fabric and it has a lapel neckline. The pants are with cotton fabric and solid color patterns."
        ),
        D.pattern("plaid"),
        D.color("blue"),
        color_of("pants", "blue", "contradiction"),
        D.wearing("a blue plaid shirt and blue pants", "contradiction"),
        D.sleeve_length("long"),
        D.details(
            "His shirt has long sleeves, cotton fabric and lattice patterns. It has a lapel neckline. The gentleman "
            "wears a long pants. The pants are with",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="Highlander Men Blue & White Slim Fit Checked Casual Shirt",
    ),
    # 8. Product: khaki chinos; man, white shirt tucked in, brown belt, brown loafers.
    # caption base; color base; description base; details cap1; is_a base; material vqa;
    # wearing cap1; color_of trousers base (open).
    case(
        "MYN-11902378",
        caption("a man in a white shirt and khaki pants"),
        D.color("white", "contradiction"),
        D.description("a white shirt tucked into khaki pants with a brown belt"),
        D.details(
            "The lower clothing is of long length. The fabric is cotton and it has solid color patterns. The lower "
            "clothing is of long length. The fabric is cotton",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of trousers", "yes"),
        D.material(
            "Question: What material is the garment made of? Answer: cotton Question: What material is the "
            "garment made of? Answer:",
            "leak",
            hit_limit=True,
        ),
        D.wearing(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. "
            "The lower clothing is of long length. The",
            "cut",
            hit_limit=True,
        ),
        color_of("trousers", "white", "other_garment_color", kind="open"),
        gender="Men",
        category="Trousers",
        color="Khaki",
        title="Dennis Lingo Men Khaki Slim Fit Solid Chinos",
    ),
    # 9. Product: black bomber jacket, front zip left open, ribbed cuffs; worn over a white crew tee, blue jeans.
    # caption base; wearing base; color vqa; description base; details cap3; material base.
    case(
        "MYN-12018863",
        caption("a man wearing a black bomber jacket over a white t - shirt"),
        D.wearing("a black jacket, white shirt and jeans"),
        D.color("white", "contradiction"),
        D.description("a white jacket with a zipper", "other_garment_color"),
        D.details(
            "His outer clothing is a jacket with long sleeves. The outer clothing is with other fabric and pure "
            "color patterns. It has a zipper. The gentleman wears a short",
            "cut",
            hit_limit=True,
        ),
        D.material("the jacket is made of the same material as the jacket", "restated"),
        gender="Men",
        category="Jackets",
        color="Black",
        title="Roadster Men Black Solid Bomber Jacket",
    ),
    # 10. Product: sleeveless beige Nehru jacket, faint woven motif, self-fabric buttons, no brooch; worn over a cream
    # long-sleeve kurta and white pyjama. caption cap3; garment_type base; is_a base; color base; sleeve_length base;
    # description base; details base; wearing cap1.
    case(
        "MYN-9436021",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. His outer clothing "
            "is a vest with other fabric and complicated patterns."
        ),
        D.garment_type("vest"),
        is_a("jacket", "no", "contradiction"),
        D.color("beige"),
        D.sleeve_length("long", "contradiction"),
        D.description("a beige nehru jacket with a white kurta"),
        D.details("gold buttons and a brooch", "unsupported"),
        D.wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns. His outer clothing is a vest with "
            "other fabric and complicated patterns. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Nehru Jackets",
        color="Beige",
        title="Manyavar Men Beige Woven Design Nehru Jacket",
    ),
    # 11. Packshot, no person: charcoal shorts laid flat on white, drawstring, side pockets. Title missing.
    # caption base; wearing base; color base; details base; description cap3.
    case(
        "MYN-13377410",
        caption("a pair of grey shorts on a white background"),
        D.wearing("shorts"),
        D.color("grey"),
        D.details("they are short", "non_answer"),
        D.description(
            "The lower clothing is of short length. The fabric is cotton and it has solid color patterns. The lower "
            "clothing is of short length. The fabric is",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Shorts",
        color="Charcoal",
    ),
    # 12. Product: mustard polo tee with a small embroidered logo on the chest; man, white trousers.
    # caption cap1; color base; pattern vqa; details base; wearing base; material base.
    case(
        "MYN-6642950",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and it has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric "
            "and pure color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.color("yellow"),
        D.pattern(
            "pure color pure color pure color pure color pure color pure color pure color pure color pure color "
            "pure color pure color pure color pure color pure color pure color",
            "loop",
            hit_limit=True,
        ),
        D.details("a polo shirt with a logo on the chest"),
        D.wearing("a yellow polo shirt and white pants"),
        D.material("not sure", "non_answer"),
        gender="Men",
        category="Tshirts",
        color="Mustard",
        title="U.S. Polo Assn. Men Mustard Yellow Solid Polo Collar T-shirt",
    ),
    # 13. Product: off-white pure cotton kurta (mandarin collar, long sleeves) with matching pyjama; man; beige wall.
    # caption base; garment_type vqa; color vqa; wearing cap3; description base; material base; details cap3.
    case(
        "MYN-10892265",
        caption("a man in a white kurta pajama standing in front of a beige wall"),
        D.garment_type("dress", "contradiction"),
        D.color("white"),
        D.wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and it has a stand neckline. The pants are",
            "cut",
            hit_limit=True,
        ),
        D.description("a white kurta with a mandarin collar and matching pajamas"),
        D.material("silk", "unsupported"),
        D.details(
            "The shirt is with cotton fabric and it has a stand neckline. The gentleman wears a long pants. The pants "
            "are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Kurta Sets",
        color="Off White",
        title="Men Off White Solid Pure Cotton Kurta with Pyjamas",
    ),
    # 14. Product: red tee with a white motorcycle illustration and the words "ROADSTER MOTORCYCLE CLUB"; man,
    # black jeans. caption base; color base; description base; details cap3; wearing vqa; sleeve_length cap3.
    case(
        "MYN-7788104",
        caption("a man wearing a red t - shirt with a motorcycle on it"),
        D.color("red"),
        D.description(
            "a red t-shirt with a white graphic print of a motorcycle and the words harley davidson", "unsupported"
        ),
        D.details(
            "It has a round neckline. It has a round neckline. It has a round neckline. It has a round neckline. It "
            "has a round neckline. It",
            "loop",
            hit_limit=True,
        ),
        D.wearing("graphic tee"),
        D.sleeve_length(
            "His T-shirt has short sleeves, cotton fabric and graphic patterns. It has a round neckline. The "
            "gentleman wears a long pants. The pants",
            "non_answer",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Red",
        title="Roadster Men Red Printed Round Neck T-shirt",
    ),
    # 15. Product: navy single-breasted blazer, two buttons, notch lapel, no pocket square; man, white shirt, no tie,
    # beige trousers. caption base; color base; color_of shirt base; details base; description
    # cap1; wearing base; color_of blazer base (open).
    case(
        "MYN-12560091",
        caption("a man in a navy blue suit jacket and beige pants"),
        D.color("blue"),
        color_of("shirt", "blue", "contradiction"),
        D.details("it has two buttons, a notch lapel and a pocket square", "unsupported"),
        D.description(
            "His outer clothing is a suit with long sleeves. The outer clothing is with other fabric and pure color "
            "patterns. The gentleman wears a long-sleeve shirt with",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a blue blazer, a white shirt and beige pants"),
        color_of("blazer", "white", "other_garment_color", kind="open"),
        gender="Men",
        category="Blazers",
        color="Navy Blue",
        title="Louis Philippe Men Navy Blue Solid Slim Fit Single-Breasted Blazer",
    ),
    # 16. Product: teal-blue V-neck pullover, fine knit; man, white collared shirt under it (collar shows), grey
    # trousers, no tie. caption cap3; color base; description base; material vqa;
    # wearing base; details cap3.
    case(
        "MYN-8154437",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "knitting fabric and it has a V-shape neckline.",
            "pronoun",
        ),
        D.color("blue"),
        D.description("a teal sweater over a white collared shirt"),
        D.material(
            "sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater "
            "sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater "
            "sweater sweater sweater sweater sweater sweater",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a sweater and a tie", "unsupported"),
        D.details(
            "It has a V-shape neckline. The sweater is with knitting fabric and pure color patterns. The gentleman "
            "wears a long-sleeve shirt under the",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Sweaters",
        color="Teal",
        title="Marks & Spencer Men Teal Blue Solid V-Neck Pullover",
    ),
    # ---------------------------------------------------------------- WOMEN
    # 17. Product: yellow straight kurta with a white floral block print, three-quarter sleeves; woman, white
    # palazzos. caption cap3; wearing base; color base; description base; color_of pants base;
    # details cap3; material vqa.
    case(
        "MYN-9012583",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        D.wearing("a yellow kurta and white pants"),
        D.color("yellow"),
        D.description("a yellow kurta with white floral print"),
        color_of("pants", "yellow", "contradiction"),
        D.details(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers. The",
            "cut",
            hit_limit=True,
        ),
        D.material("Answer: cotton", "leak"),
        gender="Women",
        category="Kurtas",
        color="Yellow",
        title="Anouk Women Yellow & White Floral Printed Straight Kurta",
    ),
    # 18. Product: pink kurta set, gold thread embroidery on the yoke, pink palazzos, sheer pink dupatta; woman.
    # caption base; garment_type base; pattern vqa; description cap3; details base; wearing base.
    case(
        "MYN-11674302",
        caption("a woman in a pink salwar suit with a dupatta"),
        D.garment_type("salwar kameez"),
        D.pattern(
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral floral "
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral floral",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is round. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.details("gold embroidery on the neckline"),
        D.wearing("he is wearing a pink dress", "pronoun"),
        gender="Women",
        category="Kurta Sets",
        color="Pink",
        title="Sangria Women Pink Yoke Design Kurta with Palazzos & Dupatta",
    ),
    # 19. Product: red Banarasi silk-blend saree, gold zari border and small gold buttis, red blouse; woman draped
    # in it. caption base; garment_type vqa; material base; details vqa; wearing cap1; is_a base;
    # description base.
    case(
        "MYN-7059918",
        caption("a woman in a red sari with gold border"),
        D.garment_type("dress", "contradiction"),
        D.material("silk"),
        D.details(
            "the border the border the border the border the border the border the border the border "
            "the border the border the border the border the border the border the border",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve dress with other fabric and complicated patterns. The dress is with other "
            "fabric and complicated patterns. The dress is with other fabric and",
            "loop",
            hit_limit=True,
        ),
        is_a("saree", "yes"),
        D.description("the garment is a garment worn by women in india", "restated"),
        gender="Women",
        category="Sarees",
        color="Red",
        title="Mitera Red & Gold-Toned Woven Design Silk Blend Banarasi Saree",
    ),
    # 20. Product: black skinny jeans, clean look (no rips, zip fly); woman, fitted white tee tucked in, white
    # sneakers. caption cap3; garment_type vqa; color base; wearing base; description base; details cap1;
    # pattern base.
    case(
        "MYN-10333596",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and solid color patterns."
        ),
        D.garment_type("denim"),
        D.color("black"),
        D.wearing("black jeans and a white t shirt"),
        D.description("white skinny jeans", "other_garment_color"),
        D.details(
            "The pants are with denim fabric and solid color patterns. The pants are with denim fabric and solid "
            "color patterns. The pants are with denim fabric",
            "loop",
            hit_limit=True,
        ),
        D.pattern("pattern", "non_answer"),
        gender="Women",
        category="Jeans",
        color="Black",
        title="Roadster Women Black Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 21. Product: white top with short ruffled flutter sleeves; woman, blue jeans; pink wall behind her.
    # caption base; color base; details base; description vqa; pattern
    # cap3+QA; wearing cap1.
    case(
        "MYN-12901147",
        caption("a woman in a white top standing in front of a pink wall"),
        D.color("pink", "contradiction"),
        D.details("ruffles on the sleeves"),
        D.description("Answer: white Question: Describe the garment. Answer: white", "leak"),
        D.pattern("pure color"),
        D.wearing(
            "The lady wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="White",
        title="Tokyo Talkies Women White Solid Ruffled Top",
    ),
    # 22. Product: burgundy fit-and-flare midi dress, V-neck, long sleeves, self tie belt; woman, studio.
    # caption base; color base; sleeve_length vqa; description cap3; details base; wearing base;
    # material base.
    case(
        "MYN-9988720",
        caption("a woman in a maroon dress"),
        D.color("maroon"),
        D.sleeve_length(
            "long long long long long long long long long long long long long long long long long long long long "
            "long long long long long long long long long long",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "Her dress has long sleeves, chiffon fabric and pure color patterns. It has a V-shape neckline. There "
            "is a belt",
            "cut",
            hit_limit=True,
        ),
        D.details("a v-neck and a tie belt at the waist"),
        D.wearing("a red dress"),
        D.material("the garment is made of fabric", "restated"),
        gender="Women",
        category="Dresses",
        color="Burgundy",
        title="SASSAFRAS Women Burgundy Solid Fit and Flare Midi Dress",
    ),
    # 23. Product: sleeveless navy maxi dress with pink flowers; woman in sunglasses walking on a beach, blue sea.
    # Seller colour missing. caption base; color base; pattern base; description cap1; wearing base;
    # material base; details cap3.
    case(
        "MYN-13120584",
        caption("a woman in a floral dress walking on the beach"),
        D.color("blue"),
        D.pattern("floral"),
        D.description(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is round. The lady wears a sleeveless dress with floral patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue dress with pink flowers and sunglasses"),
        D.material("the dress is made of the material of the dress", "restated"),
        D.details(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is V-shape. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Dresses",
        title="Berrylush Women Navy Blue & Pink Floral Printed Maxi Dress",
    ),
    # 24. Product: olive shirt, long sleeves rolled to the elbow, two flap chest pockets; woman, black jeans.
    # caption cap3; color base; wearing base; description vqa; details base; pattern cap3.
    case(
        "MYN-8603371",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and it has a lapel neckline. The pants are with denim fabric and solid color patterns."
        ),
        D.color("green"),
        D.wearing("he is wearing a green shirt and black jeans", "pronoun"),
        D.description(
            "Question: Describe the garment. Answer: Question: Describe the garment. Answer: Question: Describe "
            "the garment. Answer: Question:",
            "leak",
            hit_limit=True,
        ),
        D.details("buttons down the front and pockets on the chest"),
        D.pattern(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and it has a lapel neckline. The pants",
            "non_answer",
            hit_limit=True,
        ),
        gender="Women",
        category="Shirts",
        color="Olive",
        title="Roadster Women Olive Green Solid Casual Shirt",
    ),
    # 25. Product: mid-blue washed denim jacket, buttons, two flap chest pockets; worn open over a white sundress.
    # caption base; color base; garment_type vqa; description base; details cap3; wearing base.
    case(
        "MYN-11455068",
        caption("a woman wearing a denim jacket over a white dress"),
        D.color("white", "contradiction"),
        D.garment_type("denim"),
        D.description("a blue denim jacket with buttons and two chest pockets"),
        D.details(
            "Her outer clothing is a jacket with long sleeves. The outer clothing is with denim fabric and pure "
            "color patterns. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a denim jacket and a white dress"),
        gender="Women",
        category="Jackets",
        color="Blue",
        title="Roadster Women Blue Washed Denim Jacket",
    ),
    # 26. Product: black ankle-length leggings; woman in a knee-length teal kurta over them.
    # caption base; garment_type base; color base; description base; wearing cap3; is_a vqa; pattern vqa;
    # details base.
    case(
        "MYN-5129934",
        caption("a woman in a teal kurta and black leggings"),
        D.garment_type("leggings"),
        D.color("teal", "contradiction"),
        D.description("teal leggings", "other_garment_color"),
        D.wearing(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with",
            "cut",
            hit_limit=True,
        ),
        is_a("pair of leggings", "yes"),
        D.pattern("solid Question: What is the color of the leggings? Answer: black", "leak"),
        D.details("the details of the garment are the leggings", "restated"),
        gender="Women",
        category="Leggings",
        color="Black",
        title="Go Colors Women Black Solid Ankle-Length Leggings",
    ),
    # 27. Packshot, no person: peach pure cotton straight kurti laid flat on white, small white dot buttis,
    # three-quarter sleeves, round neck with keyhole. caption base; wearing base (stopped early); color base;
    # pattern base; description cap3; details vqa.
    case(
        "MYN-10764413",
        caption("a peach colored kurti with white polka dots on a white background"),
        D.wearing("a peach kurta with white", "cut"),
        D.color("peach"),
        D.pattern("polka dots"),
        D.description(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric and it has a "
            "round neckline.",
            "contradiction",
        ),
        D.details("", "non_answer"),
        gender="Women",
        category="Kurtas",
        color="Peach",
        title="W Women Peach Printed Pure Cotton Straight Kurti",
    ),
    # 28. Product: grey melange cropped crew-neck sweatshirt, no hood, no zip; woman, black track pants.
    # Seller category missing. caption cap1; color base; wearing base; details base;
    # material base.
    case(
        "MYN-12288759",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric and "
            "its neckline is round. The lady wears a long pants. The pants are with cotton fabric and solid color "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.color("gray"),
        D.wearing("a grey sweatshirt and black pants"),
        D.details("it has a hood and a zip", "unsupported"),
        D.material("the material of the garment is the material of the sweatshirt", "restated"),
        gender="Women",
        color="Grey Melange",
        title="Women Grey Melange Solid Cropped Sweatshirt",
    ),
    # 29. Product: lavender wide-leg palazzos, elastic waist; woman, short white kurti over them.
    # caption base; color base; description base; details base; wearing vqa; material vqa.
    case(
        "MYN-9377602",
        caption("a woman in a white top and purple pants"),
        D.color("purple"),
        D.description("white palazzo pants", "other_garment_color"),
        D.details("wide legs and an elastic waistband"),
        D.wearing("Question: What is the person wearing? Answer: pants", "leak"),
        D.material(
            "pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants "
            "pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Palazzos",
        color="Lavender",
        title="Libas Women Lavender Solid Wide Leg Palazzos",
    ),
    # 30. Product: green lehenga choli, gold zari embroidery on the skirt, green short-sleeve blouse, pink net
    # dupatta over one shoulder; woman. caption base; color vqa; color_of lehenga base (open);
    # description cap3; details base; wearing base.
    case(
        "MYN-8842175",
        caption("a woman in a green and gold lehenga"),
        D.color("green"),
        color_of("lehenga", "pink", "other_garment_color", kind="open"),
        D.description(
            "The lady wears a sleeveless dress with complicated patterns. The dress is with other fabric and "
            "complicated patterns. The lady wears a sleeveless dress with complicated patterns",
            "loop",
            hit_limit=True,
        ),
        D.details("gold embroidery and a pink dupatta"),
        D.wearing("a green lehenga with a pink dupatta"),
        gender="Women",
        category="Lehenga Choli",
        color="Green",
        title="Mitera Green & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
    ),
    # 31. Product: navy-and-white horizontal striped crew tee; woman, light-blue denim shorts, outdoors.
    # caption cap3; color base; pattern base; sleeve_length vqa; wearing base; description base; material base;
    # details base (stopped early).
    case(
        "MYN-10120836",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns and a short pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and solid color patterns."
        ),
        D.color("blue and white"),
        D.pattern("stripes"),
        D.sleeve_length(
            "short-short-short-short-short-short-short-short-short-short-short-short-short-short-short",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a striped shirt and shorts"),
        D.description("a white shirt with black stripes", "contradiction"),
        D.material("the garment is made of the material of the garment", "restated"),
        D.details("navy blue and white stripes with a", "cut"),
        gender="Women",
        category="Tshirts",
        color="Navy Blue",
        title="H&M Women Navy Blue & White Striped Round Neck T-shirt",
    ),
    # 32. Product: mustard floor-length flared Anarkali kurta, small white floral print, long sleeves, gold border
    # at the hem; woman wearing bangles. caption base; color base; pattern vqa; description cap1;
    # details base; wearing base.
    case(
        "MYN-11839940",
        caption("a woman in a yellow anarkali dress"),
        D.color("mustard"),
        D.pattern(
            "Answer: floral Question: What is the pattern of the garment? Answer: floral Question: What is the",
            "leak",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. There is an accessory on her wrist."
        ),
        D.details("a gold border at the hem"),
        D.wearing("he is wearing a yellow kurta", "pronoun"),
        gender="Women",
        category="Kurtas",
        color="Mustard",
        title="Anouk Women Mustard Yellow Floral Printed Anarkali Kurta",
    ),
    # 33. Product: black sleeveless wide-leg jumpsuit, V-neck, self belt, two side pockets, front view only (no back
    # visible); woman, white studio. caption cap3; color base; sleeve_length base; details base;
    # description vqa; pattern vqa.
    case(
        "MYN-9560283",
        caption(
            "The lady wears a sleeveless romper with pure color patterns. The romper is with cotton fabric and its "
            "neckline is V-shape."
        ),
        D.color("black"),
        D.sleeve_length("sleeveless"),
        D.details("the jumpsuit has a belt, two pockets and a zipper at the back", "unsupported"),
        D.description(
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        D.pattern("", "non_answer"),
        gender="Women",
        category="Jumpsuit",
        color="Black",
        title="DressBerry Women Black Solid Basic Jumpsuit",
    ),
    # 34. Product: two-piece night suit, pink short-sleeve top with white hearts, white pyjama with pink hearts;
    # woman sitting on a bed; plain cotton, no lace. caption base; garment_type vqa; color base; pattern base;
    # description cap3; material base; details base.
    case(
        "MYN-12617521",
        caption("a woman sitting on a bed in pink pajamas"),
        D.garment_type("romper", "contradiction"),
        D.color("pink"),
        D.pattern("hearts"),
        D.description(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The",
            "cut",
            hit_limit=True,
        ),
        D.material("unknown", "non_answer"),
        D.details("lace trim on the collar and a satin finish", "unsupported"),
        gender="Women",
        category="Night suits",
        color="Pink",
        title="Sweet Dreams Women Pink & White Printed Night Suit",
    ),
    # 35. Product: cream open-front knit shrug, long sleeves; woman, black camisole and blue jeans under it.
    # Seller colour missing. caption base; garment_type vqa; color base; description base;
    # details cap3; wearing base; pattern vqa.
    case(
        "MYN-10048817",
        caption("a woman wearing a white cardigan over a black top"),
        D.garment_type("cardigan"),
        D.color("black", "contradiction"),
        D.description("a black cardigan with long sleeves", "other_garment_color"),
        D.details(
            "Her outer clothing is a cardigan with long sleeves. The outer clothing is with knitting fabric and pure "
            "color patterns. The lady wears a sleeveless tank",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a cardigan, a tank top and jeans"),
        D.pattern("Question: What is the pattern of the garment? Answer: solid", "leak"),
        gender="Women",
        category="Shrug",
        title="Vero Moda Women Cream-Coloured Open Front Shrug",
    ),
    # 36. Product: white chikankari kurta, white-on-white embroidery; woman, white palazzos, no jewellery; green
    # plants behind. caption base; color base; pattern base; details vqa; description base; garment_type cap3;
    # wearing base.
    case(
        "MYN-8291456",
        caption("a woman in a white kurta standing in a garden"),
        D.color("white"),
        D.pattern("embroidered"),
        D.details(
            "the embroidery, the neckline, the sleeves, the embroidery, the neckline, the sleeves, the embroidery, "
            "the neckline, the sleeves, the",
            "loop",
            hit_limit=True,
        ),
        D.description("white kurta with white embroidery"),
        D.garment_type(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady wears a",
            "non_answer",
            hit_limit=True,
        ),
        D.wearing("a white kurta and a gold necklace", "unsupported"),
        gender="Women",
        category="Kurtas",
        color="White",
        title="Sangria Women White Chikankari Embroidered Pure Cotton Straight Kurta",
    ),
    # 37. Product: cobalt-blue pleated A-line midi skirt; woman, white tee tucked in.
    # caption cap3; color vqa; description base; details base; wearing base;
    # material cap3.
    case(
        "MYN-11170392",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt. The T-shirt is with "
            "cotton fabric and its neckline is round. The skirt is with chiffon fabric and pure color patterns."
        ),
        D.color("blue"),
        D.description("a blue pleated skirt with a white t-shirt"),
        D.details("it is a skirt", "non_answer"),
        D.wearing("a white shirt and a blue skirt"),
        D.material(
            "The skirt is with chiffon fabric and pure color patterns. The lady wears a short-sleeve T-shirt with "
            "pure color patterns. The T-shirt is",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Skirts",
        color="Blue",
        title="SASSAFRAS Women Blue Solid Pleated A-Line Midi Skirt",
    ),
    # ---------------------------------------------------------------- KIDS
    # 38. Product: boy's navy tee with a green-and-yellow dinosaur print; boy about six, khaki shorts.
    # caption base; color base; pattern base; description cap3; details base; material base.
    case(
        "MYN-10905527",
        caption("a young boy wearing a blue t - shirt with a dinosaur on it"),
        D.color("blue"),
        D.pattern("graphic"),
        D.description(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round.",
            "pronoun",
        ),
        D.details("a dinosaur print on the front"),
        D.material("it is made of the material", "restated"),
        gender="Boys",
        category="Tshirts",
        color="Navy Blue",
        title="YK Boys Navy Blue Dinosaur Printed Round Neck T-shirt",
    ),
    # 39. Product: pink sleeveless party frock, sequined bodice, tulle skirt; girl about five, white backdrop.
    # caption base; color base; details base; description vqa; wearing
    # base; material base.
    case(
        "MYN-12473360",
        caption("a little girl in a pink tutu dress"),
        D.color("pink"),
        D.details("sequins on the top and a tulle skirt"),
        D.description(
            "dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress",
            "loop",
            hit_limit=True,
        ),
        D.wearing("he is wearing a pink dress", "pronoun"),
        D.material("it's a dress", "non_answer"),
        gender="Girls",
        category="Dresses",
        color="Pink",
        title="Hola Bonita Girls Pink Embellished Fit and Flare Party Dress",
    ),
    # 40. Product: boy's set, yellow kurta with mandarin collar and long sleeves, white pyjama; boy standing.
    # caption base; color base; color_of pants base; description base; details cap1; material
    # vqa.
    case(
        "MYN-9713684",
        caption("a little boy in a yellow kurta and white pants"),
        D.color("yellow"),
        color_of("pants", "yellow", "contradiction"),
        D.description("a white kurta pajama set", "other_garment_color"),
        D.details(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "it has a stand neckline. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        D.material("Question: What material is the garment made of? Answer: cotton", "leak"),
        gender="Boys",
        category="Clothing Set",
        color="Yellow",
        title="Jashvi Boys Yellow & White Solid Kurta with Pyjamas",
    ),
    # 41. Product: girl's set, yellow short-sleeve top with blue butterfly print, blue denim shorts; girl.
    # Seller gender missing. caption base; wearing base; color base; description base; details cap3.
    case(
        "MYN-13005219",
        caption("a little girl in a yellow shirt and blue shorts"),
        D.wearing("a yellow top and blue shorts"),
        D.color("yellow"),
        D.description("a yellow top with blue butterflies"),
        D.details(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a short pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are",
            "cut",
            hit_limit=True,
        ),
        category="Clothing Set",
        color="Yellow",
        title="Girls Yellow & Blue Printed Top with Shorts",
    ),
    # 42. Product: boy's grey melange joggers, elastic cuffs, drawstring; boy in a red tee.
    # caption base; garment_type vqa; color base; description base; wearing cap3; details base; pattern base.
    case(
        "MYN-11588046",
        caption("a boy in a red shirt and grey sweat pants"),
        D.garment_type("pants"),
        D.color("red", "contradiction"),
        D.description("red jogger pants", "other_garment_color"),
        D.wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round.",
            "pronoun",
        ),
        D.details("elastic cuffs and a drawstring waist"),
        D.pattern("", "non_answer"),
        gender="Boys",
        category="Track Pants",
        color="Grey Melange",
        title="Gini and Jony Boys Grey Melange Solid Joggers",
    ),
    # 43. Product: girl's blue denim dungarees, bib pocket, buttons on the straps; white tee under it; girl.
    # caption base; garment_type base; color base; details base; description vqa; wearing base;
    # pattern vqa.
    case(
        "MYN-10282731",
        caption("a little girl in denim overalls and a white shirt"),
        D.garment_type("overalls"),
        D.color("blue"),
        D.details("a pocket on the bib and buttons on the straps"),
        D.description(
            "denim denim denim denim denim denim denim denim denim denim "
            "denim denim denim denim denim denim denim denim denim denim",
            "loop",
            hit_limit=True,
        ),
        D.wearing("she is wearing blue overalls and a white t - shirt"),
        D.pattern(
            "solid Question: What is the person wearing? Answer: overalls Question: What is the person wearing? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Girls",
        category="Dungarees",
        color="Blue",
        title="Tiny Girl Girls Blue Solid Denim Dungarees",
    ),
    # 44. Packshot, no person: boy's white full-sleeve formal shirt, folded on a wooden table.
    # caption base; wearing base; color vqa; sleeve_length base; description cap1; details base.
    case(
        "MYN-9046612",
        caption("a white shirt folded on a wooden table"),
        D.wearing("a white shirt"),
        D.color(
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("long"),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "it has a lapel neckline.",
            "unsupported",
        ),
        D.details("the details of the garment are the details of the shirt", "restated"),
        gender="Boys",
        category="Shirts",
        color="White",
        title="Allen Solly Junior Boys White Solid Formal Shirt",
    ),
]
