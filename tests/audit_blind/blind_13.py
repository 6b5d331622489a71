"""BLIND_13 (44 products; a fashion marketplace's mixed catalog, menswear-heavy, with packshots and flat-lays: open
questions by the base model or the VQA adapter, captions by the base model or the caption adapter, the default
questionnaire's closed color and garment-type questions by the ranking engine, a third of the products without
catalog columns): written blind in the tenth session and measured blind at 6807500, after the changes blind-11 and
blind-12 prompted: 119/139 and 16/132. The writer's notes, verbatim:

Blind corpus 13: a fashion marketplace's nightly enrichment run over a mixed, menswear-heavy catalog.

Scenario
--------
One night's run of the catalog-enrichment tool over 44 products of a fashion marketplace: mostly menswear (formal and
casual shirts, polos, chinos, jeans, formal trousers, blazers, a bomber and a denim jacket, a sweater, kurtas and
Nehru jackets), some womenswear (tops, dresses, sarees, kurta sets, co-ord sets), two kidswear products, and five
packshots/flat-lays with nobody in the frame (gender None). Catalog columns are in the marketplace's own spelling
('Polo Tshirts', 'Co-Ords', 'Navy Blue', 'Off White', 'Charcoal', 'Olive', 'Rust', 'Mustard', 'Teal'...); about a
third of products arrive with no catalog columns at all ({}).

Which system produced which text
--------------------------------
* Captions: either the untuned base model (Salesforce/blip2-opt-2.7b: short, one-line, usually right, sometimes the
  wrong pronoun) or the caption adapter (Data2_V2 caption LoRA, epoch 1 or epoch 3), which writes the
  DeepFashion-MultiModal template ("This man wears a long-sleeve shirt with pure color patterns. The shirt is with
  cotton fabric...") and, never having learned to stop, runs to the 50-token limit: cut mid-sentence or looping.
* Open questions ('What is the person wearing?', 'Describe the <garment>.', 'What are the <garment> details?',
  'What material is the garment made of?', and on some products the experiments' free-generated 'What is the color
  of the <garment>?' stored as kind="open"): either the base model (short answers; its faults are one color for
  every garment, a wrong pronoun, tautologies, echoing the question) or the experiments' VQA adapter (Data3_V3, one
  epoch; its faults are loops, answers cut at the 30-token limit, continuing into the next "Question: ... Answer:"
  pair, and fluent but invented details). The comment above each Case says which system wrote which text.
* Closed questions of the default questionnaire ('What is the color of the garment?', 'What type of garment is
  this?'): the tool's ranking engine, which can only return one of its fixed values (13 colors, 10 garment types).
  These are never cut, looped or leaked; they are either right or a wrong value.

How it was written
------------------
Blind. I read only shared/CONTEXT.md and the helper/layout part of tests/audit_corpus.py (Text, Case, the
question helpers and the TARGETS keys); I did not read the audits, the queries, the enrich code, the other corpora or
the docs, and ran no audit or enrich command. I first pictured each product photo (written in the comment above its
Case), then wrote what each system would plausibly say about that photo, then labelled each text against the photo
and the catalog row. Nothing was tuned against any rule.

Label conventions and judgement calls
-------------------------------------
* None = an answer a catalog editor would accept for that photo. Short answers ("dress", "ripped knees") are correct
  if true. Colors of other garments, backgrounds, prints, trims and layers mentioned *as theirs* are correct ("a
  navy blazer over a white shirt", "standing in front of a red curtain").
* Near hues and marketplace colors: Navy Blue -> navy or blue; Olive -> green; Rust -> orange or brown; Maroon ->
  red; Mustard -> yellow; Teal -> green or blue; Lavender -> purple; Charcoal -> grey; Beige/Khaki -> beige or tan.
  For two-color stripes, checks and prints (catalog 'White & Black', 'Red & Black', 'White & Blue'), either main color
  is a correct closed color; for a multi-color pack, any color in the pack is correct.
* Closed garment type when the fixed set has no exact word: kurta (men) -> shirt; kurta (women, knee-length or
  longer) -> dress or shirt; saree -> dress; polo -> t-shirt or shirt; blazer, Nehru jacket, bomber -> jacket;
  chinos and formal trousers -> trousers; camisole -> tank top; co-ord set -> either piece. A value naming another
  visible garment (the hoodie over a pair of jeans, the shirt under a sweater) is a contradiction.
* contradiction: a color, pattern, sleeve length or garment the photo (and often the catalog) contradicts,
  including the base model's one-color-for-every-garment answers and a background or print color given as the
  garment's color.
  other_garment_color: the product is given the color of another garment visible in the photo (the white t-shirt
  over olive chinos, the black tie on a white shirt).
* unsupported: details the photo cannot show or that are not there (logos, linings, fabric composition and care
  claims, cufflinks, a person in a flat-lay, the hood of a hoodie attributed to the denim jacket). A plausible
  fabric guess consistent with the look ("linen", "wool") is counted correct.
* non_answer: says nothing usable: "yes", a bare garment word or tautology ("they are shorts", "it is a dress"), or a
  color where details were asked. restated: the answer echoes the question back as its content ("the shirt details
  are the details of the shirt", "what are the jacket details").
* loop: a phrase or word repeated until the limit. cut: stops mid-phrase at the token limit. leak: the answer runs
  on into "Question: ... Answer:" text. pronoun: he/she/man/woman/boy/girl wrong for the catalog gender.
* One label per text. Where a text has two faults I label the one that makes it wrong about the product (pronoun,
  unsupported) over the form fault (cut/loop); this happens only a few times (adapter captions calling a man "the
  lady", a loop that invents a man in a flat-lay, an invented detail in an answer that is also cut).
* hit_limit=True on every text that ran to its token limit (all cuts and loops, the long leaks, and the few
  double-fault texts above that also ran to the limit); never on a correct text or a closed answer.
"""

from __future__ import annotations

from dataclasses import replace

from tests.audit_corpus import Case, Text, caption, color, color_of, describe, details, garment_type, material, wearing


def _loop(unit: str, times: int, tail: str = "", sep: str = " ") -> str:
    """A generation that repeats `unit` until the token limit, optionally ending on a partial repetition."""
    return sep.join([unit] * times) + (sep + tail if tail else "")


def _at_limit(text: Text) -> Text:
    """Mark a text built by a helper without a hit_limit parameter (material, color_of) as run to the token limit."""
    return replace(text, hit_limit=True)


BLIND_13: list[Case] = [
    # Man in a navy blue slim-fit full-sleeve shirt, spread collar, tucked into beige chinos with a brown belt, plain
    # grey studio backdrop. Caption and wearing: base model. Describe, details, open color: VQA adapter.
    Case(
        "MSH-2201",
        (
            caption("a man in a navy blue shirt and beige pants standing in front of a grey wall"),
            wearing("a navy blue shirt tucked into beige chinos with a brown belt"),
            describe("shirt", _loop("navy blue", 15), "loop", hit_limit=True),
            details(
                "shirt",
                "the shirt has a spread collar, a full button placket, long sleeves with single button cuffs and a "
                "curved hem that is tucked into the",
                "cut",
                hit_limit=True,
            ),
            _at_limit(
                color_of(
                    "shirt",
                    "navy Question: What is the color of the pants? Answer: beige Question: What is the color of the "
                    "belt? Answer: brown Question: What",
                    "leak",
                    kind="open",
                )
            ),
            color("navy"),
            garment_type("shirt"),
        ),
        gender="Men",
        extra={"category": "Shirts", "color": "Navy Blue", "title": "Men Navy Blue Slim Fit Formal Shirt"},
    ),
    # Man in a plain white crew-neck t-shirt and olive slim chinos with rolled hems, white sneakers, white backdrop.
    # Caption: caption adapter (epoch 3). Wearing, material: base. Describe, open color: VQA adapter.
    Case(
        "MCH-3307",
        (
            caption(
                "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
                "has a round neckline. The pants this man wears is of long length. The pants are with cotton fabric "
                "and pure",
                "cut",
                hit_limit=True,
            ),
            wearing("a white t-shirt and green pants"),
            describe(
                "chinos",
                "the chinos are olive green with a flat front, slanted side pockets and a button closure at the waist. "
                "the hems are rolled up to show the",
                "cut",
                hit_limit=True,
            ),
            color_of("chinos", "olive green", kind="open"),
            material("the material of the garment", "restated"),
            color("white", "other_garment_color"),
            garment_type("trousers"),
        ),
        gender="Men",
        extra={"category": "Trousers", "color": "Olive", "title": "Men Olive Solid Slim Fit Chinos"},
    ),
    # Man in a charcoal grey single-breasted two-button blazer, notch lapels, flap pockets, buttoned, over a white
    # shirt (no tie), black trousers, light grey backdrop. Caption, details: base. Wearing, describe, material: VQA.
    Case(
        "MBZ-1145",
        (
            caption("a man wearing a grey blazer over a white shirt"),
            wearing(
                "jacket Question: What is the color of the jacket? Answer: grey Question: What is the color of the "
                "shirt? Answer: white Question: What",
                "leak",
                hit_limit=True,
            ),
            describe(
                "blazer",
                "the blazer is grey with notch lapels, two buttons, flap pockets and a chest pocket. it is worn over a "
                "white shirt with the top button",
                "cut",
                hit_limit=True,
            ),
            details("blazer", "notch lapels and two buttons"),
            material("it is made of wool with a satin lining inside", "unsupported"),
            color("grey"),
            garment_type("jacket"),
        ),
        gender="Men",
        extra={
            "category": "Blazers",
            "color": "Charcoal",
            "title": "Men Charcoal Grey Single-Breasted Slim Fit Blazer",
        },
    ),
    # Man in a white pique polo with navy tipping on the collar and sleeve bands, three-button placket, no logo, navy
    # shorts; blurred poolside. Caption: caption adapter (epoch 1). Wearing: base. Details: VQA adapter.
    Case(
        "MPL-5520",
        (
            caption(
                "The gentleman wears a short-sleeve shirt with solid color patterns. The shirt is with cotton fabric. "
                "It has a lapel neckline. The gentleman wears a short-sleeve shirt with solid color "
                "patterns. The shirt "
                "is with",
                "loop",
                hit_limit=True,
            ),
            wearing("a white polo shirt with a navy collar and navy blue shorts"),
            details(
                "polo",
                "the polo has a ribbed collar with navy tipping, a three button placket and a small embroidered logo "
                "on the left chest",
                "unsupported",
            ),
            color("navy", "other_garment_color"),
            garment_type("t-shirt"),
        ),
        gender="Men",
        extra={"category": "Polo Tshirts", "color": "White", "title": "Men White Solid Polo Collar T-shirt"},
    ),
    # Man (shoulder-length hair) in a plain black t-shirt and mid-blue slim jeans with light fading on the thighs; no
    # catalog columns. Caption, details: base. Wearing, describe: VQA adapter.
    Case(
        "MJN-7781",
        (
            caption("a woman in a black t-shirt and blue jeans", "pronoun"),
            wearing(_loop("denim", 20), "loop", hit_limit=True),
            describe(
                "jeans",
                "blue jeans Question: What are the jeans details? Answer: five pockets, whiskering at the hips and "
                "fading on the",
                "leak",
                hit_limit=True,
            ),
            details("jeans", "light fading on the thighs"),
            color("black", "other_garment_color"),
            garment_type("jeans"),
        ),
        gender="Men",
        extra={},
    ),
    # Man in a rust-orange knee-length straight kurta, mandarin collar, short button placket, side slits, white
    # churidar, beige backdrop. Caption, wearing: base. Details, material: VQA adapter.
    Case(
        "MKR-9012",
        (
            caption("a woman in an orange dress standing in front of a beige wall", "pronoun"),
            wearing("an orange kurta and white pants"),
            details(
                "kurta",
                "the kurta has a mandarin collar, a short button placket, long sleeves and side slits at the hem. it "
                "is paired with white pyjama pants and",
                "cut",
                hit_limit=True,
            ),
            _at_limit(material(_loop("cotton", 30), "loop")),
            color("orange"),
            garment_type("shirt"),
        ),
        gender="Men",
        extra={"category": "Kurtas", "color": "Rust", "title": "Men Rust Solid Straight Cotton Kurta"},
    ),
    # Man in a sleeveless navy Nehru jacket (mandarin collar, five buttons, two welt pockets) over a white long kurta
    # and white pyjama. Caption: caption adapter (epoch 3). Wearing: base. Describe, open color: VQA adapter.
    Case(
        "MNJ-4403",
        (
            caption(
                "This man wears a sleeveless vest with pure color patterns and a long-sleeve shirt with pure color "
                "patterns. The vest is with cotton fabric. It has a stand neckline. The shirt is with cotton fabric. "
                "It has a",
                "cut",
                hit_limit=True,
            ),
            wearing("a blue vest over a white kurta"),
            describe(
                "Nehru jacket",
                "the nehru jacket is navy blue with a mandarin collar, button front and two welt pockets. it is "
                "sleeveless and worn over a white kurta with",
                "cut",
                hit_limit=True,
            ),
            color_of("Nehru jacket", "white", "other_garment_color", kind="open"),
            color("white", "other_garment_color"),
            garment_type("jacket"),
        ),
        gender="Men",
        extra={"category": "Nehru Jackets", "color": "Navy Blue", "title": "Men Navy Blue Solid Woven Nehru Jacket"},
    ),
    # Woman in a pink puff-sleeve square-neck top tucked into blue jeans; front view only, plain hem tucked in; no
    # catalog columns. Caption: base. Describe, material: VQA adapter.
    Case(
        "WTP-2290",
        (
            caption("a woman in a pink top and blue jeans"),
            describe(
                "top",
                "the top is pink with puff sleeves and a square neckline. it has smocking at the back and "
                "a ruffled hem",
                "unsupported",
            ),
            _at_limit(
                material(
                    "cotton Question: What is the color of the top? Answer: pink Question: What is the length of the "
                    "sleeves? Answer: short Question",
                    "leak",
                )
            ),
            color("pink"),
            garment_type("shirt"),
        ),
        gender="Women",
        extra={},
    ),
    # Woman in a bottle-green midi wrap dress with three-quarter sleeves and a waist tie, cream backdrop.
    # Caption: caption adapter (epoch 3). Wearing, open color: VQA adapter.
    Case(
        "WDR-6610",
        (
            caption(
                "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has "
                "a v-shape neckline. The lady wears a long-sleeve dress with pure color patterns. The dress is with",
                "loop",
                hit_limit=True,
            ),
            wearing("dress"),
            _at_limit(color_of("dress", _loop("green", 30), "loop", kind="open")),
            color("blue", "contradiction"),
            garment_type("dress"),
        ),
        gender="Women",
        extra={"category": "Dresses", "color": "Green", "title": "Women Green Wrap Midi Dress"},
    ),
    # Flat-lay: a folded men's shirt in red and navy tartan check on a white surface; nobody in the frame.
    # Caption: base. Details, material: VQA adapter.
    Case(
        "FL-SH-330",
        (
            caption("a red and blue plaid shirt folded on a white surface"),
            details(
                "shirt",
                "the shirt is worn by a man with the sleeves rolled up and the collar open. he is wearing it over a "
                "white t-shirt with",
                "unsupported",
                hit_limit=True,
            ),
            material("flannel Question: What material is the garment made of? Answer: flannel", "leak"),
            color("red"),
            garment_type("shirt"),
        ),
        gender=None,
        extra={},
    ),
    # Man in a white linen shirt (mandarin collar, sleeves rolled) and sand/khaki linen drawstring trousers, on a beach;
    # no catalog columns. Caption, wearing, material: base. Describe: VQA adapter.
    Case(
        "MSH-2290",
        (
            caption("a man in a white shirt and beige pants on a beach"),
            wearing("a white shirt and white pants", "contradiction"),
            describe(
                "shirt",
                "white shirt with a mandarin collar Question: Describe the pants. Answer: beige linen pants with a "
                "drawstring waist Question: Describe the",
                "leak",
                hit_limit=True,
            ),
            material("linen"),
            color("white"),
            garment_type("shirt"),
        ),
        gender="Men",
        extra={},
    ),
    # Man in a maroon pique polo (no print) and grey jeans, white backdrop; no catalog columns.
    # Caption: caption adapter (epoch 3). Wearing, open color: base. Details: VQA adapter.
    Case(
        "MPL-5544",
        (
            caption(
                "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
                "has a lapel neckline. The pants this man wears is of long length. The pants are with denim fabric and",
                "cut",
                hit_limit=True,
            ),
            wearing("he is wearing a grey polo shirt and grey jeans", "contradiction"),
            color_of("polo", "grey", "other_garment_color", kind="open"),
            details(
                "polo",
                "the polo has a collar, buttons, short sleeves, the collar, buttons, short sleeves, the collar, "
                "buttons, short sleeves, the collar, buttons",
                "loop",
                hit_limit=True,
            ),
            color("red"),
            garment_type("t-shirt"),
        ),
        gender="Men",
        extra={},
    ),
    # Woman in a mustard-yellow silk-blend saree with a red zari border, draped over the left shoulder, red blouse.
    # Caption: base. Describe, material: VQA adapter.
    Case(
        "WSR-8812",
        (
            caption("a woman in a yellow and red sari"),
            describe(
                "saree",
                "the saree is yellow with a red border and gold zari work. it is draped over the left shoulder and the "
                "pallu has tassels at",
                "cut",
                hit_limit=True,
            ),
            _at_limit(material(_loop("silk", 30), "loop")),
            color("red", "other_garment_color"),
            garment_type("dress"),
        ),
        gender="Women",
        extra={"category": "Sarees", "color": "Mustard", "title": "Mustard Yellow Silk Blend Saree with Zari Border"},
    ),
    # Packshot: grey flat-front formal trousers laid flat on white; nobody in the frame.
    # Caption: caption adapter (epoch 1). Details: base. Material: VQA adapter.
    Case(
        "MTR-3340",
        (
            caption(
                "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The lower "
                "clothing is of long length. The fabric is cotton and it has pure color patterns. The lower",
                "loop",
                hit_limit=True,
            ),
            details("trousers", "they are trousers", "non_answer"),
            material("polyester and viscose blend, wrinkle free and machine washable", "unsupported"),
            color("grey"),
            garment_type("trousers"),
        ),
        gender=None,
        extra={"category": "Trousers", "color": "Grey", "title": "Men Grey Slim Fit Formal Trousers"},
    ),
    # Man in a navy single-breasted blazer (notch lapels, dark horn buttons, white pocket square) over a light blue
    # shirt, white chinos. Caption: base. Wearing, details, open color: VQA adapter.
    Case(
        "MBZ-1180",
        (
            caption("a man in a blue suit jacket and white pants"),
            wearing(
                "a navy blazer, a light blue shirt, white chinos, a navy blazer, a light blue shirt, white chinos, a "
                "navy blazer, a light blue",
                "loop",
                who="the man",
                hit_limit=True,
            ),
            details(
                "blazer",
                "it has peak lapels, gold metal buttons and a white pocket square in the breast pocket",
                "unsupported",
            ),
            color_of("blazer", "light blue", "other_garment_color", kind="open"),
            color("blue"),
            garment_type("jacket"),
        ),
        gender="Men",
        extra={
            "category": "Blazers",
            "color": "Navy Blue",
            "title": "Men Navy Blue Solid Single-Breasted Casual Blazer",
        },
    ),
    # Woman in a solid lavender co-ord set: notch-collar full-sleeve shirt with a chest pocket and matching pleated
    # high-waist trousers; no catalog columns. Caption, wearing: base. Describe, material: VQA adapter.
    Case(
        "WCO-4410",
        (
            caption("a woman in a purple shirt and pants"),
            wearing("a lavender shirt with matching trousers", who="the woman"),
            describe(
                "co-ord set",
                "the co-ord set has a shirt with a notched collar, full sleeves and a chest pocket, and high waisted "
                "trousers with pleats and side pockets that",
                "cut",
                hit_limit=True,
            ),
            material("yes", "non_answer"),
            color("purple"),
            garment_type("shirt"),
        ),
        gender="Women",
        extra={},
    ),
    # Man in a white chikankari-embroidered straight kurta with white pyjama, cream backdrop.
    # Caption: caption adapter (epoch 3; "The lady" for a man and looping, labelled pronoun). Wearing: base.
    # Describe: VQA adapter.
    Case(
        "MKR-9055",
        (
            caption(
                "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
                "stand neckline. The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton "
                "fabric",
                "pronoun",
                hit_limit=True,
            ),
            wearing("a white kurta with embroidery and white pants"),
            describe(
                "kurta",
                "white Question: What are the kurta details? Answer: embroidery Question: What is the color of the "
                "pyjama? Answer: white Question: What",
                "leak",
                hit_limit=True,
            ),
            color("white"),
            garment_type("dress", "contradiction"),
        ),
        gender="Men",
        extra={"category": "Kurtas", "color": "White", "title": "Men White Chikankari Embroidered Straight Kurta"},
    ),
    # Man in a black round-neck t-shirt with a large white tiger print on the front, blue jeans.
    # Caption: base. Wearing, describe, open color: VQA adapter.
    Case(
        "MTS-6621",
        (
            caption("a man wearing a black t-shirt with a white tiger on it"),
            wearing("t-shirt"),
            describe(
                "t-shirt",
                "the t-shirt is black with a white tiger print on the front. it has a round neck, short sleeves and a "
                "regular fit. the tiger has",
                "cut",
                hit_limit=True,
            ),
            color_of("t-shirt", "black and white", kind="open"),
            color("white", "contradiction"),
            garment_type("t-shirt"),
        ),
        gender="Men",
        extra={"category": "Tshirts", "color": "Black", "title": "Men Black Graphic Printed Round Neck T-shirt"},
    ),
    # Man in a navy polo tucked into beige (khaki) chinos, brown loafers; no catalog columns. The product is the
    # chinos. Caption, wearing, describe: base. Details, open color: VQA adapter.
    Case(
        "MCH-3390",
        (
            caption("a man in a blue shirt and khaki pants"),
            wearing("blue shirt and blue pants", "contradiction"),
            describe("chinos", "they are chinos", "non_answer"),
            color_of("chinos", "blue", "other_garment_color", kind="open"),
            details(
                "chinos",
                "the chinos have a flat front, belt loops, slant pockets, back welt pockets, a flat front, belt loops, "
                "slant pockets, back welt pockets, a flat",
                "loop",
                hit_limit=True,
            ),
            color("beige"),
            garment_type("trousers"),
        ),
        gender="Men",
        extra={},
    ),
    # Woman in a teal A-line kurta with an all-over white floral print, matching printed palazzos, white lace-edged
    # dupatta. Caption: caption adapter (epoch 3). Wearing: base. Details, open color: VQA adapter.
    Case(
        "WKR-7730",
        (
            caption(
                "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
                "round neckline. The lady also wears a long pants. The pants are with cotton fabric and floral "
                "patterns. There",
                "cut",
                hit_limit=True,
            ),
            wearing("a blue and white floral kurta with matching pants and a scarf", who="the woman"),
            details(
                "kurta",
                "the kurta has a round neck with a keyhole, three quarter sleeves, a flared hem and floral print all "
                "over. the dupatta has lace borders and",
                "cut",
                hit_limit=True,
            ),
            color_of("kurta", "blue", kind="open"),
            color("green"),
            garment_type("dress"),
        ),
        gender="Women",
        extra={
            "category": "Kurta Sets",
            "color": "Teal",
            "title": "Women Teal Floral Printed A-Line Kurta with Palazzos & Dupatta",
        },
    ),
    # Man in a light blue oxford button-down shirt, half-tucked into grey trousers.
    # Caption, describe: base. Wearing, details: VQA adapter. Closed color picked white for the pale blue.
    Case(
        "MSH-2305",
        (
            caption("a man wearing a light blue shirt and grey pants"),
            wearing("she is wearing a blue shirt and grey pants", "pronoun", who="he"),
            describe("shirt", "it is a button down shirt"),
            details("shirt", "the shirt details are the details of the shirt", "restated"),
            color("white", "contradiction"),
            garment_type("shirt"),
        ),
        gender="Men",
        extra={"category": "Shirts", "color": "Blue", "title": "Men Blue Oxford Button-Down Regular Fit Casual Shirt"},
    ),
    # Woman in a sleeveless black sequinned bodycon party dress in front of a red velvet curtain.
    # Caption, wearing, details: base. Describe, material: VQA adapter. Closed color took the curtain.
    Case(
        "WDR-6650",
        (
            caption("a woman in a black dress standing in front of a red curtain"),
            wearing("a black sequin dress"),
            details("dress", "it has long sleeves", "contradiction"),
            describe("dress", _loop("black", 15, sep="-"), "loop", hit_limit=True),
            material(
                "the dress is made of stretch jersey lined with soft mesh and covered in hand-sewn sequins",
                "unsupported",
            ),
            color("red", "contradiction"),
            garment_type("dress"),
        ),
        gender="Women",
        extra={"category": "Dresses", "color": "Black", "title": "Women Black Embellished Bodycon Dress"},
    ),
    # Boy (about six) in a yellow mandarin-collar kurta and white pyjama.
    # Caption, wearing: base. Describe, details: VQA adapter.
    Case(
        "BKS-1102",
        (
            caption("a little girl in a yellow dress", "pronoun"),
            wearing("a yellow kurta and white pants", who="the child"),
            describe("kurta", "kurta", "non_answer"),
            details(
                "kurta",
                "the kurta has a mandarin collar and a button placket Question: What are the pyjama details? Answer: "
                "the pyjama has an elasticated",
                "leak",
                hit_limit=True,
            ),
            color("yellow"),
            garment_type("shirt"),
        ),
        gender="Boys",
        extra={"category": "Kurta Sets", "color": "Yellow", "title": "Boys Yellow Solid Kurta with Pyjamas"},
    ),
    # Man in an olive bomber jacket (ribbed collar and cuffs, front zip) open over a white t-shirt, black jeans.
    # Caption: caption adapter (epoch 3). Wearing, details: base. Open color, material: VQA adapter.
    Case(
        "MJK-8840",
        (
            caption(
                "This gentleman wears a long-sleeve jacket with pure color patterns and a short-sleeve T-shirt with "
                "pure color patterns. The jacket is with nylon fabric. It has a stand neckline. The T-shirt is with "
                "cotton",
                "cut",
                hit_limit=True,
            ),
            wearing("a green jacket, white t-shirt and black jeans"),
            details("jacket", "the details of the jacket", "restated"),
            color_of("jacket", "black", "other_garment_color", kind="open"),
            material(
                "the jacket is made of water resistant nylon with a quilted polyester lining for warmth", "unsupported"
            ),
            color("green"),
            garment_type("jacket"),
        ),
        gender="Men",
        extra={"category": "Jackets", "color": "Olive", "title": "Men Olive Green Solid Bomber Jacket"},
    ),
    # Flat-lay: a pack of three plain crew-neck t-shirts (white, grey melange, navy) laid side by side on white.
    # Caption, describe: base. Details, material: VQA adapter.
    Case(
        "FL-TS-410",
        (
            caption("three t-shirts laid out on a white table"),
            describe("t-shirts", "white, grey and navy t-shirts"),
            details(
                "t-shirts",
                "the t-shirts have round necks, short sleeves, round necks, short sleeves, round necks, short sleeves, "
                "round necks, short sleeves, round necks",
                "loop",
                hit_limit=True,
            ),
            material("100% combed cotton, bio-washed and pre-shrunk for a soft feel", "unsupported"),
            color("white"),
            garment_type("t-shirt"),
        ),
        gender=None,
        extra={"category": "Tshirts", "color": "Multi", "title": "Men Pack of 3 Solid Round Neck T-shirts"},
    ),
    # Man in a short-sleeve camp-collar shirt with large green tropical leaves on a black ground, white shorts;
    # no catalog columns. Caption: caption adapter (epoch 1). Wearing, open color: base. Describe, details: VQA.
    Case(
        "MSH-2340",
        (
            caption(
                "This man wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
                "lapel neckline. This man wears a short-sleeve shirt with floral patterns. The shirt is with cotton "
                "fabric. It",
                "loop",
                hit_limit=True,
            ),
            wearing("a black and green shirt and white shorts"),
            describe("shirt", "it is a shirt", "non_answer"),
            details(
                "shirt",
                "the shirt has a camp collar, short sleeves, a straight hem and an all over leaf print in green on a "
                "black base with",
                "cut",
                hit_limit=True,
            ),
            color_of("shirt", "white", "other_garment_color", kind="open"),
            color("green"),
            garment_type("shirt"),
        ),
        gender="Men",
        extra={},
    ),
    # Woman in a white Breton crop top with black horizontal stripes, boat neck, long sleeves, tucked into blue mom
    # jeans. Caption, wearing: base. Describe, details: VQA adapter. Closed color picked the stripe color.
    Case(
        "WTP-2333",
        (
            caption("a woman wearing a striped shirt and jeans"),
            wearing("she is wearing a white top and white jeans", "contradiction"),
            describe(
                "top",
                "the top is white with black stripes and has a boat neck, long sleeves and a cropped hem. it is tucked "
                "into high waisted jeans that",
                "cut",
                hit_limit=True,
            ),
            details("top", "the details of the top are on the top", "non_answer"),
            color("black"),
            garment_type("t-shirt"),
        ),
        gender="Women",
        extra={"category": "Tops", "color": "White", "title": "Women White & Black Striped Crop Top"},
    ),
    # Man in a navy polo with a white horizontal chest stripe, beige shorts.
    # Caption, describe: base. Wearing, details, open color: VQA adapter.
    Case(
        "MPL-5590",
        (
            caption("a man in a blue and white polo shirt and shorts"),
            wearing(
                "polo shirt Question: What is the color of the polo shirt? Answer: navy Question: What is the color of "
                "the shorts? Answer: beige Question",
                "leak",
                hit_limit=True,
            ),
            describe("polo", "navy blue with a white stripe across the chest"),
            details(
                "polo",
                "the polo has a ribbed collar, a two button placket, short sleeves with ribbed bands and a "
                "white stripe "
                "across the chest and the",
                "cut",
                hit_limit=True,
            ),
            _at_limit(color_of("polo", _loop("navy", 30), "loop", kind="open")),
            color("navy"),
            garment_type("shirt"),
        ),
        gender="Men",
        extra={"category": "Polo Tshirts", "color": "Navy Blue", "title": "Men Navy Blue Colourblocked Polo T-shirt"},
    ),
    # Man in black skinny jeans with mild distressing at the knees and a grey pullover hoodie.
    # Caption: caption adapter (epoch 3). Wearing: base. Details: VQA adapter.
    # Both closed answers went to the hoodie.
    Case(
        "MJN-7799",
        (
            caption(
                "This man wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
                "cotton fabric. The pants are with denim fabric and pure color patterns. This man wears a long-sleeve",
                "cut",
                hit_limit=True,
            ),
            wearing("a grey hoodie and black ripped jeans"),
            details("jeans", "ripped knees"),
            color("grey", "other_garment_color"),
            garment_type("sweater", "contradiction"),
        ),
        gender="Men",
        extra={"category": "Jeans", "color": "Black", "title": "Men Black Skinny Fit Mildly Distressed Jeans"},
    ),
    # Man in a maroon self-jacquard straight kurta with gold-tone buttons, cream churidar, mojaris; no catalog columns.
    # Caption, wearing: base. Describe, material: VQA adapter.
    Case(
        "MKR-9080",
        (
            caption("a woman in a red dress", "pronoun"),
            wearing("a maroon kurta and cream churidar"),
            describe(
                "kurta",
                "the kurta is maroon with a self design and a mandarin collar. it has long sleeves and the buttons are "
                "gold. he is wearing it with",
                "cut",
                hit_limit=True,
            ),
            _at_limit(
                material(
                    "silk Question: What material is the garment made of? Answer: silk Question: What material is the "
                    "garment made of? Answer: silk Question",
                    "leak",
                )
            ),
            color("red"),
            garment_type("shirt"),
        ),
        gender="Men",
        extra={},
    ),
    # Woman in a white maxi dress with a blue floral print, flutter sleeves, smocked waist, tiered skirt, in a green
    # garden. Caption, describe: base. Wearing, details, open color: VQA adapter.
    Case(
        "WDR-6690",
        (
            caption("a woman in a white dress with blue flowers standing in a garden"),
            wearing(
                "a white floral dress Question: What is she wearing? Answer: a white floral dress Question: What is "
                "she wearing? Answer: a white floral",
                "leak",
                hit_limit=True,
            ),
            describe("dress", "it is a dress", "non_answer"),
            details(
                "dress",
                "the dress has a v neck, flutter sleeves, a smocked waist and a tiered skirt that falls to the ankles. "
                "the print is made up of",
                "cut",
                hit_limit=True,
            ),
            color_of("dress", "green", "contradiction", kind="open"),
            color("blue"),
            garment_type("dress"),
        ),
        gender="Women",
        extra={"category": "Dresses", "color": "White", "title": "Women White & Blue Floral Print Maxi Dress"},
    ),
    # Packshot: light blue regular-fit jeans folded to show the back pocket and a brown leather waist patch; nobody
    # in the frame. Caption: caption adapter (epoch 1; invents "This man wears a ring" and loops, labelled
    # unsupported). Describe, details: base. Material, open color: VQA adapter. Closed color took the patch.
    Case(
        "FL-JN-220",
        (
            caption(
                "The lower clothing is of long length. The fabric is denim and it has solid color patterns. This man "
                "wears a ring. The lower clothing is of long length. The fabric is denim and it has solid",
                "unsupported",
                hit_limit=True,
            ),
            describe("jeans", "light blue jeans"),
            details("jeans", "a brown leather patch on the back"),
            color_of(
                "jeans", "blue jeans Question: What is the color of the patch? Answer: brown", "leak", kind="open"
            ),
            color("brown", "contradiction"),
            garment_type("jeans"),
        ),
        gender=None,
        extra={"category": "Jeans", "color": "Light Blue", "title": "Men Light Blue Regular Fit Jeans"},
    ),
    # Man in a white slim formal shirt (plain button cuffs), black tie, charcoal trousers; no catalog columns.
    # Caption, wearing: base. Details, describe: VQA adapter. Closed color took the tie.
    Case(
        "MSH-2377",
        (
            caption("a man in a white shirt and black tie"),
            wearing("a white shirt, a black tie and grey trousers", who="the man"),
            details(
                "shirt",
                "the collar, the cuffs, the buttons, the collar, the cuffs, the buttons, the collar, the cuffs, the "
                "buttons, the collar, the cuffs, the",
                "loop",
                hit_limit=True,
            ),
            describe(
                "shirt",
                "the shirt is white with a spread collar and french cuffs with silver cufflinks. it has a slim fit and "
                "a concealed placket with",
                "unsupported",
                hit_limit=True,
            ),
            color("black", "other_garment_color"),
            garment_type("shirt"),
        ),
        gender="Men",
        extra={},
    ),
    # Woman in a navy georgette saree with scattered silver sequins and a navy short-sleeve blouse; no catalog columns.
    # Caption: caption adapter (epoch 3). Wearing, describe: base. Details: VQA adapter.
    Case(
        "WSR-8850",
        (
            caption(
                "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has "
                "a v-shape neckline. The lady wears a long-sleeve dress with pure color patterns. The dress is with",
                "loop",
                hit_limit=True,
            ),
            wearing("a blue sari", who="the woman"),
            describe("saree", "a navy blue saree with silver sequins"),
            details("saree", "yes", "non_answer"),
            color("navy"),
            garment_type("skirt", "contradiction"),
        ),
        gender="Women",
        extra={},
    ),
    # Man in a mustard crew-neck pullover sweater over a white shirt (collar and cuffs showing), blue jeans.
    # Caption, details, material: base. Wearing, describe, open color: VQA adapter. Closed type took the shirt
    # underneath.
    Case(
        "MSW-5501",
        (
            caption("a man in a yellow sweater and jeans"),
            wearing("a yellow sweater over a white shirt and blue jeans"),
            describe(
                "sweater",
                "the sweater is mustard yellow with a crew neck, ribbed cuffs and a ribbed hem. it is worn "
                "over a white "
                "collared shirt and with",
                "cut",
                hit_limit=True,
            ),
            color_of("sweater", "white", "other_garment_color", kind="open"),
            details("sweater", "a v-neck with a cable knit pattern", "contradiction"),
            material("wool"),
            color("yellow"),
            garment_type("shirt", "contradiction"),
        ),
        gender="Men",
        extra={"category": "Sweaters", "color": "Mustard", "title": "Men Mustard Solid Pullover Sweater"},
    ),
    # Woman in a beige linen-blend co-ord: short-sleeve camp-collar shirt and matching shorts.
    # Caption, wearing: base. Open color, describe, details: VQA adapter.
    Case(
        "WCO-4460",
        (
            caption("a woman in a beige shirt and shorts"),
            wearing("he is wearing a tan shirt and shorts", "pronoun"),
            color_of("shorts", "white", "contradiction", kind="open"),
            describe(
                "co-ord set",
                "the co-ord set has a shirt with a camp collar, short sleeves and a straight hem, and shorts with an "
                "elasticated waist and two side pockets that",
                "cut",
                hit_limit=True,
            ),
            details("shorts", "they are shorts", "non_answer"),
            color("beige"),
            garment_type("shorts"),
        ),
        gender="Women",
        extra={"category": "Co-Ords", "color": "Beige", "title": "Women Beige Shirt & Shorts Co-Ord Set"},
    ),
    # Man in a mid-blue denim trucker jacket over a black hoodie (hood out over the collar), black jeans; no catalog
    # columns. Caption: caption adapter (epoch 3). Wearing, open color: base. Describe, details: VQA adapter.
    Case(
        "MJK-8870",
        (
            caption(
                "This man wears a long-sleeve denim jacket with pure color patterns. The denim jacket is with denim "
                "fabric. It has a lapel neckline. The pants this man wears is of long length. The pants are with denim "
                "fabric and",
                "cut",
                hit_limit=True,
            ),
            wearing("a denim jacket over a black hoodie"),
            color_of("jacket", "blue", kind="open"),
            describe("jacket", "a blue denim jacket with a hood", "unsupported"),
            details("jacket", "what are the jacket details", "restated"),
            color("black", "other_garment_color"),
            garment_type("jacket"),
        ),
        gender="Men",
        extra={},
    ),
    # Man in a red-and-black buffalo-check flannel shirt worn open over a grey t-shirt, blue jeans.
    # Caption, details: base. Wearing, describe, material: VQA adapter.
    Case(
        "MSH-2399",
        (
            caption("a man wearing a red and black plaid shirt over a grey t-shirt"),
            wearing("a red and black checked shirt over a grey t-shirt and blue jeans"),
            details("shirt", "buffalo check pattern"),
            describe(
                "shirt",
                "describe the shirt. the shirt is red and black. describe the shirt. the shirt is red and black. "
                "describe the shirt. the shirt is red",
                "loop",
                hit_limit=True,
            ),
            material("cotton Answer: cotton", "leak"),
            color("grey", "other_garment_color"),
            garment_type("shirt"),
        ),
        gender="Men",
        extra={"category": "Shirts", "color": "Red", "title": "Men Red & Black Checked Casual Shirt"},
    ),
    # Woman in a rust satin cowl-neck camisole with thin straps, white wide-leg trousers.
    # Caption: caption adapter (epoch 3). Wearing: base. Details, open color: VQA adapter.
    Case(
        "WTP-2370",
        (
            caption(
                "The lady wears a tank tank top with pure color patterns. The tank top is with satin fabric. It has a "
                "cowl neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure",
                "cut",
                hit_limit=True,
            ),
            wearing("an orange top and white pants"),
            details(
                "top",
                "the top has thin straps, a cowl neck, thin straps, a cowl neck, thin straps, a cowl neck, "
                "thin straps, "
                "a cowl neck, thin straps",
                "loop",
                hit_limit=True,
            ),
            color_of("top", "white", "other_garment_color", kind="open"),
            color("brown"),
            garment_type("tank top"),
        ),
        gender="Women",
        extra={"category": "Tops", "color": "Rust", "title": "Women Rust Satin Cowl Neck Top"},
    ),
    # Man in an unbuttoned beige linen-blend blazer (patch pockets) over a white t-shirt, navy trousers.
    # Caption, wearing: base. Details, material: VQA adapter. Closed color took the trousers.
    Case(
        "MBZ-1199",
        (
            caption("a man in a tan suit jacket and white shirt"),
            wearing("a white blazer, a white shirt and white pants", "contradiction", who="the man"),
            details(
                "blazer",
                "the blazer has notch lapels, two front buttons, patch pockets at the hips and a chest pocket. the "
                "sleeves are unlined and the back has",
                "cut",
                hit_limit=True,
            ),
            material("linen Question: What is the color of the blazer? Answer: beige", "leak"),
            color("navy", "other_garment_color"),
            garment_type("jacket"),
        ),
        gender="Men",
        extra={"category": "Blazers", "color": "Beige", "title": "Men Beige Linen Blend Blazer"},
    ),
    # Girl (about eight) in a pink fit-and-flare party dress: sequinned bodice, layered tulle skirt, thin straps;
    # no catalog columns. Caption, wearing: base. Describe, details: VQA adapter.
    Case(
        "GDR-3301",
        (
            caption("a little girl in a pink dress"),
            wearing("a pink dress and a tiara", "unsupported", who="the girl"),
            describe(
                "dress",
                "the dress is pink with a sequinned bodice and a layered tulle skirt that flares out from the waist. "
                "the straps are thin and the neckline is",
                "cut",
                hit_limit=True,
            ),
            details("dress", "pink", "non_answer"),
            color("pink"),
            garment_type("dress"),
        ),
        gender="Girls",
        extra={},
    ),
    # Flat-lay: a sea-green pique polo laid flat on a white surface; nobody in the frame; no catalog columns.
    # Caption: caption adapter (epoch 1). Describe: base. Details, material: VQA adapter.
    Case(
        "FL-PL-505",
        (
            caption(
                "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a lapel neckline. "
                "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a lapel neckline. "
                "The upper",
                "loop",
                hit_limit=True,
            ),
            describe("polo", "a green polo shirt"),
            details("polo", "the polo shirt is worn by a man standing against a white wall", "unsupported"),
            _at_limit(
                material(
                    "cotton Question: Is this a polo shirt? Answer: yes Question: Is this a t-shirt? Answer: no "
                    "Question: Is this",
                    "leak",
                )
            ),
            color("green"),
            garment_type("t-shirt"),
        ),
        gender=None,
        extra={},
    ),
    # Man in black flat-front formal trousers with a sharp crease, light pink formal shirt tucked in. The product is
    # the trousers. Caption, details: base. Wearing, describe: VQA adapter. Both closed answers took the shirt.
    Case(
        "MTR-3377",
        (
            caption("a man in a pink shirt and black pants"),
            wearing(_loop("pink", 30), "loop", hit_limit=True),
            details("trousers", "a sharp crease and belt loops"),
            describe(
                "trousers",
                "the trousers are black with a flat front, a hook and bar closure, side pockets and a crease down the "
                "front. they are paired with a",
                "cut",
                hit_limit=True,
            ),
            color("pink", "other_garment_color"),
            garment_type("shirt", "contradiction"),
        ),
        gender="Men",
        extra={"category": "Trousers", "color": "Black", "title": "Men Black Solid Regular Fit Formal Trousers"},
    ),
    # Woman in a white straight cotton kurta with a red block print, red palazzos; no catalog columns.
    # Caption, describe: base. Wearing, details, material: VQA adapter.
    Case(
        "WKR-7770",
        (
            caption("a woman in a white and red kurta"),
            wearing(
                "she is wearing a kurta. she is wearing a kurta. she is wearing a kurta. she is wearing a "
                "kurta. she is "
                "wearing a kurta. she",
                "loop",
                who="she",
                hit_limit=True,
            ),
            describe("kurta", "it is white with red flowers printed on it"),
            details("kurta", "the kurta details are the kurta", "restated"),
            material(
                "the kurta is made of pure handloom cotton, hand block printed by artisans in jaipur", "unsupported"
            ),
            color("red"),
            garment_type("dress"),
        ),
        gender="Women",
        extra={},
    ),
]
