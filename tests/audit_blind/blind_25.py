"""BLIND_25 (44 products; a US and UK second-hand marketplace: private sellers' own photos on hangers, beds and
floors, mirror selfies, cluttered backgrounds and color casts; enrich's default questionnaire with the VQA
adapter's closed answers kept as generated; amateurs' free-text colors for two thirds of the products): written
blind in the thirteenth session and measured blind at 9b532ee: 104/133 and 15/131. The writer's notes,
verbatim:

BLIND_25: a blind corpus of BLIP-2 outputs for a second-hand / vintage clothing marketplace (US and UK).

Scenario
--------
Private sellers photograph their own clothes and list them: garments on hangers hooked over doors and wardrobe
doors or against painted walls, mirror selfies in bedrooms, flat-lays on beds (patterned duvets), carpets, rugs and
wooden floors, a few mannequins, the odd worn shot outdoors (street, park, garden, snow, festival field). Backgrounds
are cluttered (plants, other clothes, furniture) and the light is uneven (warm lamps, purple walls, window glare).
Products: vintage denim jackets and jeans, band and graphic tees, flannel and western shirts, cardigans and sweaters,
leather and suede jackets, slip and floral dresses, corduroy trousers, track jackets, football shirts, workwear
(chore coats, dungarees) and a few accessories (bag, scarf). Catalog columns (Case.extra) are what the listing form
exports, typed by amateurs: `category` (fixed dropdown), `color` (free text: "Vintage Wash", "Faded Black",
"Cream/Brown", "Multi", "sage green"...), `title` (free text); about a third of the listings export {}.

Which system produced which text
--------------------------------
enrich runs BLIP-2 OPT-2.7b with the experiments' adapters chosen per question:
  * captions: the untuned base model (short sentences, e.g. "a denim jacket hanging on a blue door") or the caption
    adapter (DeepFashion-MultiModal template: "The lady wears a long-sleeve sweater with pure color patterns...",
    pattern words and never a hue; it rarely stops, so it mostly runs to the 50-token limit, cut mid-sentence or
    looping over its own template). The comment above each Case says which one wrote the caption.
  * closed questions (garment_type, color, pattern, sleeve_length, is_<garment>): the VQA adapter through the
    reference engine; the raw generation is stored (mapping to the vocabulary happens later in the product). It
    answers with In-shop class names ("tee", "graphic tee", "denim", "blouse", "sweatshirt"), sometimes loops
    ("black-black-black..."), sometimes leaks the prompt format ("... Question: ... Answer: ..."), and often answers
    about another layer of the outfit or the background (wall, bedding, plant).
  * open questions ("What is the person wearing?" only where a person is in the photo, "Describe the <garment>.",
    "What are the <garment> details?", "What material is the garment made of?"): the untuned base model (30 new
    tokens at most) unless the comment on the text says "caption adapter" (it returns its caption template whatever
    the prompt, running to the limit).

How it was written
------------------
Blind. I read only ../shared/CONTEXT.md and lines 1-115 of tests/audit_corpus.py (Text/Case layout, helpers,
TARGETS). I did not read queries/, enrich/, docs/, the README, other tests, tests/audit_blind/ or any other corpus,
did not run enrich or any audit, and searched nothing. (While locating the prompt file I saw the *names* of the
files in the bench folder and in tests/, not their contents.) Every text was invented from what CONTEXT.md says
BLIP-2 and the adapters do, and from what BLIP-2 OPT-2.7b is known to say about product photos.

Label conventions and judgement calls
-------------------------------------
* One label per text: the fault a reviewer would fix first. Truth is the photo described in the comment above the
  Case plus the catalog columns (which I wrote truthful, if oddly phrased).
* hit_limit=True only for texts that ran to the limit (about 30 tokens for answers, 50 for captions). A text that
  ran to the limit is labelled `loop` when it repeats itself, `leak` when the prompt format shows in it, else `cut`,
  even when its content is also wrong (a caption-adapter template about "the lady" on a hanger shot that is cut off
  is `cut`): the runaway generation is the first thing to fix.
* `contradiction`: a color, pattern, sleeve length or garment type that the photo, the other texts or the seller's
  columns contradict; this includes the closed VQA answers that give the color/pattern of another layer, the wall,
  the bedding or the print, and open answers giving the color of a print or a background (not another garment).
* `other_garment_color`: an open answer that gives the product the color of another garment of the outfit (the
  tee under the cardigan, the skirt worn with the sweater).
* `unsupported`: invented details (a hood, a belt, a label text, a number on the unseen back, a wearer on a
  hanger shot from the caption adapter's "The lady wears ..." when it stopped short of the limit, "silk" for a
  polyester dress).
* `non_answer`: empty output, "i don't know", a bare restatement of the garment ("it is a coat", "the skirt is
  short", "trousers"), or a closed answer that names no value of the question (a garment class to the pattern
  question).
* `restated`: the answer echoes the question back as a sentence and adds nothing ("the dress details are the
  details of the dress", "the garment is made of the material of the garment").
* `pronoun`: he/she, man/woman wrong for the person in the photo (a woman modelling a men's shirt is "she", correct).
* Judged correct: near-hue synonyms (cream~white, burgundy~maroon~red, mustard~yellow, camel~tan, faded black~grey,
  navy~blue, lilac~purple), two-color answers for two-color garments, In-shop class names that name the product's
  class ("denim" for jeans or a denim jacket, "graphic tee", "tee" for a T-shirt, "blouse" for a shirt, "vest" for a
  sweater vest, "lattice" for houndstooth check, "pure color" for a plain garment), texts that mention the
  background, the print or other garments of the outfit as long as the product's own facts are right, and short
  generic captions ("a man taking a selfie in a mirror").
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS, Case, caption, case, describe, details, is_a, wearing

garment = BLIND_QUESTIONS.garment_type
hue = BLIND_QUESTIONS.color
pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length
made_of = BLIND_QUESTIONS.material


# --- closed questions (VQA adapter through the reference engine; raw text kept) and the open material question ---


BLIND_25: list[Case] = [
    # Faded medium-blue Levi's 501, laid flat back side up on a grey carpet: leather-look waistband patch, two back
    # pockets with arcuate stitching visible. Caption: base model.
    case(
        "VT-25001",
        caption("a pair of blue jeans laying on a carpet"),
        hue(
            "blue Question: What is the pattern of the garment? Answer: solid Question: What is the sleeve length of"
            " the garment? Answer:",
            "leak",
            hit_limit=True,
        ),
        describe("jeans", "a pair of light blue jeans with a leather patch on the back"),
        details(
            "jeans",
            "the jeans are blue and the jeans are blue and the jeans are blue and the jeans are blue and the jeans are",
            "loop",
            hit_limit=True,
        ),
        made_of("denim"),
        gender="Men",
        category="Jeans",
        color="Vintage Wash",
        title="Vintage 90s Levi's 501 Jeans W32 L30 Faded Blue",
    ),
    # Black Nirvana tee (yellow smiley face and the word NIRVANA) on a plastic hanger hooked over a white door. No
    # readable neck tag. Caption: base model.
    case(
        "VT-25002",
        caption("a black t-shirt with a yellow smiley face on it hanging on a door"),
        garment(
            "graphic tee Question: What type of garment is this? Answer: graphic tee Question: What type of garment is"
            " this? Answer:",
            "leak",
            hit_limit=True,
        ),
        hue("yellow", "contradiction"),
        describe("t-shirt", "a black t-shirt with a yellow smiley face and the word nirvana"),
        details("t-shirt", "the t-shirt has a smiley face on the front and a tag that says made in usa", "unsupported"),
        made_of("cotton"),
        gender="Unisex",
    ),
    # Red-and-black buffalo-check flannel shirt worn open over a grey tee by a man, mirror selfie in a bedroom with an
    # unmade bed; blue jeans. Caption: caption adapter (cut at 50 tokens).
    case(
        "VT-25003",
        caption(
            "The gentleman is wearing a long-sleeve shirt with plaid patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The gentleman wears a long trousers. The trousers are with denim fabric and solid"
            " color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        hue("red-black-red-black-red-black-red-black-red-black-red-black-red-black-red", "loop", hit_limit=True),
        pattern("plaid"),
        wearing("a red and black plaid shirt, a grey t-shirt and jeans"),
        describe("shirt", "she is wearing a red and black plaid flannel shirt", "pronoun"),
        made_of("flannel"),
        gender="Men",
        category="Shirts & Blouses",
        color="Red/Black",
        title="Vintage Woolrich buffalo plaid flannel shirt L",
    ),
    # Cream chunky cable-knit cardigan (big wooden buttons, no pockets) worn open over a white tee and blue jeans by a
    # woman, mirror selfie. Caption: base model. "Describe the cardigan.": caption adapter.
    case(
        "VT-25004",
        caption("a woman taking a selfie in a mirror wearing a white sweater"),
        hue("white"),
        wearing("a cream cardigan, a white t-shirt and blue jeans"),
        describe(
            "cardigan",
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric and"
            " it has a v-shape",
            "cut",
            hit_limit=True,
        ),
        details(
            "cardigan",
            "the cardigan has large wooden buttons down the front, cable knit panels on the front and the sleeves,"
            " ribbed cuffs and two",
            "cut",
            hit_limit=True,
        ),
        made_of("wool"),
        gender="Women",
        category="Knitwear",
        color="Cream",
        title="Chunky cable knit wool blend cardigan cream oversized",
    ),
    # Tan/brown suede fringe western jacket on a dress-form mannequin, front view: fringe across the chest yoke and
    # along the sleeves; plants behind. Caption: base model.
    case(
        "VT-25005",
        caption("a brown suede jacket with fringe on a mannequin"),
        hue("brown"),
        pattern("fringe", "non_answer"),
        is_a("jacket", "yes-yes-yes-yes-yes-yes-yes-yes-yes-yes-yes-yes-yes-yes-yes", "loop", hit_limit=True),
        describe("jacket", "a tan suede jacket with fringe on the sleeves and across the chest"),
        details(
            "jacket",
            "the jacket has fringe on the sleeves, fringe on the sleeves, fringe on the sleeves, fringe on the"
            " sleeves, fringe on",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Jackets & Coats",
        color="Tan",
        title="70s suede fringe jacket tan brown size S",
    ),
    # Green-and-white hooped short-sleeve retro football shirt, white collar, laid flat front up on a bed with
    # a blue paisley
    # duvet; club crest on the chest, nothing on the back visible. Caption: caption adapter (looping).
    case(
        "VT-25006",
        caption(
            "The gentleman wears a short-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a"
            " lapel neckline. The gentleman wears a short-sleeve shirt with stripe patterns. The shirt is with cotton"
            " fabric. It has a",
            "loop",
            hit_limit=True,
        ),
        hue("green and white"),
        pattern("paisley", "contradiction"),
        sleeves("long", "contradiction"),
        describe("shirt", "a green and white striped soccer shirt laying on a bed"),
        details("shirt", "the shirt has a collar, a crest on the chest and the number 7 on the back", "unsupported"),
        made_of("polyester"),
        gender="Men",
    ),
    # Light-wash denim trucker jacket on a wooden hanger against a blue-painted door; two flap chest pockets, metal
    # buttons. Caption: base model. Details: caption adapter.
    case(
        "VT-25007",
        caption("a denim jacket hanging on a blue door"),
        hue("blue"),
        is_a("jacket", "yes Question: Is this a coat? Answer: no", "leak"),
        describe("jacket", "a light blue denim jacket with two pockets on the chest"),
        details(
            "jacket",
            "The lady wears a long-sleeve jacket with denim fabric and pure color patterns. The lady wears a"
            " long-sleeve jacket with denim",
            "loop",
            hit_limit=True,
        ),
        made_of("jacket", "non_answer"),
        gender="Unisex",
        category="Jackets & Coats",
        color="Light Wash",
        title="Vintage Levi's trucker denim jacket light wash M",
    ),
    # Mustard corduroy wide-leg trousers laid flat on a honey-colored wooden floor; zip fly, one button, two slanted
    # front pockets. Caption: base model.
    case(
        "VT-25008",
        caption("a pair of yellow pants on a wooden floor"),
        hue("brown", "contradiction"),
        pattern("striped", "contradiction"),
        describe("trousers", "a pair of mustard corduroy pants with wide legs"),
        details(
            "trousers",
            "the pants have a button and a zipper on the front, two pockets on the side, two pockets on the back and"
            " the legs are",
            "cut",
            hit_limit=True,
        ),
        made_of("corduroy"),
        gender="Women",
        category="Trousers",
        color="Mustard",
        title="Mustard cord wide leg trousers high waisted UK 10",
    ),
    # Black leather biker jacket (asymmetric zip, belt at the waist) worn by a man on a city street over a grey
    # hoodie, black jeans. Caption: base model.
    case(
        "VT-25009",
        caption("a man in a black leather jacket standing on a street"),
        hue("grey", "contradiction"),
        wearing("a black leather jacket, a grey hoodie and black jeans"),
        describe("jacket", "a grey leather jacket with a zipper", "other_garment_color"),
        details("jacket", "the jacket has a zipper, a belt, and a collar"),
        made_of(
            "leather Question: What is the color of the jacket? Answer: black Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Jackets & Coats",
        color="Black",
        title="Vintage Schott perfecto leather biker jacket 40",
    ),
    # Lilac Y2K slip dress with small white and yellow flowers, on a hanger against a beige wall; spaghetti straps,
    # v neckline, no slit, no bow. Care label shows 100% polyester. Caption: caption adapter (stopped early).
    case(
        "VT-25010",
        caption("The lady wears a sleeveless dress with floral patterns. It is with chiffon fabric.", "unsupported"),
        hue("purple"),
        describe("dress", "a purple floral dress hanging on a wall"),
        details(
            "dress",
            "the dress has thin spaghetti straps, a v neckline with lace trim, a small bow at the front and a slit"
            " on the side of the",
            "cut",
            hit_limit=True,
        ),
        made_of("silk", "unsupported"),
        gender="Women",
        category="Dresses",
        color="Lilac",
        title="Y2K floral slip dress size M",
    ),
    # Burgundy crew-neck lambswool sweater laid flat on a red-and-cream geometric rug. Caption: base model.
    case(
        "VT-25011",
        caption("a red sweater on a rug"),
        hue("maroon"),
        pattern("geometric", "contradiction"),
        describe("sweater", "a maroon sweater with a round neck and ribbed cuffs"),
        details("sweater", "", "non_answer"),
        made_of(
            "the sweater is made of wool, the sweater is made of wool, the sweater is made of wool, the sweater is",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
    ),
    # Olive M-65 field jacket with sleeve patches, worn open over a white tee by a woman, mirror selfie; four flap
    # pockets, zip and snaps. Caption: base model.
    case(
        "VT-25012",
        caption("a man taking a picture of himself in a mirror", "pronoun"),
        garment(
            "jacket Question: What type of garment is this? Answer: jacket Question: What type of garment is this?"
            " Answer: jacket Question:",
            "leak",
            hit_limit=True,
        ),
        hue("green"),
        wearing("a green army jacket and a white shirt"),
        describe("jacket", "a white jacket with patches on the sleeves", "other_garment_color"),
        details("jacket", "the jacket has four pockets, a zipper and patches on the sleeves"),
        gender="Unisex",
        category="Jackets & Coats",
        color="Olive",
        title="Vintage M65 field jacket army green",
    ),
    # Navy zip-up track jacket with three white stripes down each sleeve, stand collar, two zip pockets, no logo, on
    # a hanger on a wardrobe door. Caption: caption adapter (cut).
    case(
        "VT-25013",
        caption(
            "The gentleman wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric and"
            " its neckline is stand. The gentleman wears a long trousers. The trousers are with cotton fabric and pure"
            " color patterns. His",
            "cut",
            hit_limit=True,
        ),
        garment("sweatshirt", "contradiction"),
        hue("blue"),
        pattern("striped"),
        sleeves("jacket", "non_answer"),
        describe("jacket", "a navy blue track jacket with white stripes"),
        details(
            "jacket",
            "the jacket has a zipper on the front, white stripes on the sleeves, a stand up collar, two zip pockets on"
            " the front and a",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Jackets & Coats",
        color="Navy",
        title="Retro 90s track jacket navy white stripes L",
    ),
    # Black satin slip dress worn by a woman in a garden, white sneakers, no jacket. Caption: base model.
    case(
        "VT-25014",
        caption("a woman in a black dress standing in a garden"),
        hue(
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing a black dress and white shoes", "pronoun"),
        describe("dress", "a black satin slip dress with thin straps"),
        details("dress", "the dress details are the details of the dress", "restated"),
        made_of("satin"),
        gender="Women",
    ),
    # White single-stitch Harley-Davidson tee with an orange-and-black eagle print and the words HARLEY-DAVIDSON,
    # laid flat on grey sheets. Caption: base model.
    case(
        "VT-25015",
        caption("a white t-shirt with an eagle on it"),
        hue("orange", "contradiction"),
        describe("t-shirt", "a white t-shirt with an orange and black eagle graphic on the front"),
        details(
            "t-shirt",
            "the shirt has a picture of an eagle with its wings spread and the words harley davidson above it and a"
            " flag below",
            "cut",
            hit_limit=True,
        ),
        made_of("the garment is made of the material of the garment", "restated"),
        gender="Men",
        category="T-shirts",
        color="White",
        title="Vintage 90s Harley Davidson tee single stitch XL",
    ),
    # Navy-and-white Breton stripe long-sleeve top, plain boat neck (no buttons), flat on a white duvet. Caption:
    # caption adapter (it stopped: the "upper clothing" template, no wearer).
    case(
        "VT-25016",
        caption("The upper clothing has long sleeves, cotton fabric and stripe patterns."),
        hue("blue and white"),
        describe("top", "a blue and white striped shirt"),
        details("top", "the shirt has a boat neck and three buttons on the shoulder", "unsupported"),
        made_of("yes", "non_answer"),
        gender="Women",
        category="T-shirts",
        color="Navy/White",
        title="Breton stripe top long sleeve",
    ),
    # Brown leather crossbody bag (vintage Coach): flap, one brass turnlock, long strap; on a bed. Caption: base
    # model. Details: caption adapter.
    case(
        "VT-25017",
        caption("a brown leather purse on a bed"),
        garment("shorts", "contradiction"),
        hue("brown"),
        describe(
            "bag",
            "a brown leather bag with a gold buckle and a strap and a gold buckle and a strap and a gold buckle and a",
            "loop",
            hit_limit=True,
        ),
        details(
            "bag",
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and"
            " its neckline is",
            "cut",
            hit_limit=True,
        ),
        made_of("leather"),
        gender="Women",
        category="Accessories",
        color="Brown",
        title="Vintage Coach leather crossbody bag brown",
    ),
    # Light-blue denim dungarees worn by a woman in a park over a yellow-and-white striped tee; bib pocket, two
    # buttons on the straps. Caption: base model.
    case(
        "VT-25018",
        caption("a man in overalls standing in a park", "pronoun"),
        hue("yellow", "contradiction"),
        wearing("a pair of overalls and a yellow and white striped shirt"),
        describe("overalls", "a pair of yellow overalls", "other_garment_color"),
        details("overalls", "the overalls have a bib pocket and two buttons on the straps"),
        gender="Women",
        category="Jumpsuits & Playsuits",
        color="Light Blue",
        title="90s denim dungarees overalls size 12",
    ),
    # Faded blue French work jacket (cotton twill), three patch pockets, no label visible, on a hanger against a red
    # brick wall. Caption: base model. "Describe the jacket.": caption adapter.
    case(
        "VT-25019",
        caption("a blue jacket hanging on a brick wall"),
        garment("coat"),
        hue("red", "contradiction"),
        describe(
            "jacket",
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and"
            " its neckline is lapel.",
            "cut",
            hit_limit=True,
        ),
        details(
            "jacket",
            "the jacket has a pocket on the chest with a pen holder and a red label that says le laboureur",
            "unsupported",
        ),
        made_of("cotton"),
        gender="Men",
        category="Jackets & Coats",
        color="Blue",
        title="Vintage French workwear chore jacket bleu de travail",
    ),
    # Pink fuzzy mohair cardigan with pearl buttons, worn by a woman with jeans, mirror selfie against a purple
    # bedroom wall (pinkish-purple cast). Caption: caption adapter (cut).
    case(
        "VT-25020",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with wool fabric and its"
            " neckline is v-shape. The lady also wears a long pants with denim fabric and solid color patterns. There"
            " is a ring on",
            "cut",
            hit_limit=True,
        ),
        hue("purple", "contradiction"),
        wearing("a pink cardigan and jeans"),
        describe("cardigan", "a blue cardigan with pearl buttons", "other_garment_color"),
        details(
            "cardigan",
            "the cardigan has buttons, buttons, buttons, buttons, buttons, buttons, buttons, buttons, buttons,"
            " buttons, buttons, buttons,",
            "loop",
            hit_limit=True,
        ),
        made_of("mohair"),
        gender="Women",
    ),
    # Light-blue chambray western shirt with pearl snaps (front, pocket flaps, cuffs), plain yoke (no embroidery), on
    # a hanger in a closet between other clothes. Caption: base model. Material: caption adapter.
    case(
        "VT-25021",
        caption("a blue shirt hanging in a closet"),
        hue("light blue"),
        pattern("solid Question: What is the sleeve length of the garment? Answer: long", "leak"),
        describe("shirt", "a light blue denim shirt with pearl snap buttons"),
        details("shirt", "the shirt has snaps on the front and embroidered roses on the yoke", "unsupported"),
        made_of(
            "The gentleman wears a long-sleeve shirt with denim fabric and pure color patterns. The gentleman wears a"
            " long-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts & Blouses",
        color="Light Blue",
        title="Vintage Wrangler western pearl snap shirt chambray L",
    ),
    # Black-and-white houndstooth wool coat on a mannequin in a hallway; single-breasted, two flap pockets, no belt,
    # no hood. Caption: base model.
    case(
        "VT-25022",
        caption("a black and white coat on a mannequin in a hallway"),
        hue("black and white"),
        pattern("lattice"),
        describe("coat", "a black and white checkered coat with buttons"),
        details("coat", "the coat has a belt, a hood and two pockets", "unsupported"),
        made_of("wool Question: What is the color of the coat? Answer: black and white", "leak"),
        gender="Women",
        category="Jackets & Coats",
        color="Black/White",
        title="Vintage houndstooth wool coat 80s size 12",
    ),
    # Dark brown corduroy trousers worn by a man with a white shirt, mirror selfie (phone covers his face). Caption:
    # base model.
    case(
        "VT-25023",
        caption("a man standing in front of a mirror in brown pants"),
        hue("white", "contradiction"),
        wearing("a white shirt and brown pants"),
        describe("trousers", "they are trousers", "non_answer"),
        details("trousers", "the trousers are white corduroy with a straight leg", "other_garment_color"),
        made_of("corduroy"),
        gender="Men",
    ),
    # Cream 70s prairie midi dress with red poppies, long sleeves, ruffled hem, buttons down the front; worn by a
    # woman in a straw hat outdoors. Caption: caption adapter (cut).
    case(
        "VT-25024",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric and its"
            " neckline is round. The dress is of long length. There is an accessory on her wrist. The lady wears a"
            " pair of",
            "cut",
            hit_limit=True,
        ),
        hue("red and white"),
        sleeves("short", "contradiction"),
        wearing("a floral dress and a straw hat"),
        describe("dress", "a dress", "non_answer"),
        details("dress", "the dress has ruffles at the bottom and buttons down the front"),
        made_of(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric and its"
            " neckline is round. The dress is",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Dresses",
        color="Cream/Red",
        title="Vintage 70s floral prairie midi dress long sleeve",
    ),
    # Grey marl crewneck sweatshirt with a navy "MICHIGAN" print, no hood, no pocket, flat on a beige carpet.
    # Caption: base model.
    case(
        "VT-25025",
        caption("a grey sweatshirt with the word michigan on it"),
        hue("grey"),
        sleeves("long-long-long-long-long-long-long-long-long-long-long-long-long-long-long", "loop", hit_limit=True),
        describe("sweatshirt", "a blue sweatshirt with the word michigan", "contradiction"),
        details("sweatshirt", "the sweatshirt has a hood and a kangaroo pocket", "unsupported"),
        made_of("cotton"),
        gender="Unisex",
    ),
    # Faded black high-waisted mom jeans laid flat on a bed with a pink-and-green floral duvet. Caption: base model.
    case(
        "VT-25026",
        caption("a pair of black jeans on a bed with flowers"),
        hue("grey"),
        pattern("floral", "contradiction"),
        describe("jeans", "a pair of faded black jeans with a high waist"),
        details("jeans", "Question: What are the jeans details? Answer: the jeans have a high waist", "leak"),
        made_of("the jeans are made of the material the jeans are made of", "restated"),
        gender="Women",
        category="Jeans",
        color="Faded Black",
        title="Vintage mom jeans faded black high waist W28",
    ),
    # Sage green cable-knit sweater vest, v neck, flat on a wooden floor. Caption: caption adapter (stopped, "upper
    # clothing" template).
    case(
        "VT-25027",
        caption(
            "The upper clothing has no sleeves, knitting fabric and pure color patterns. The neckline of it is v-shape."
        ),
        garment("vest"),
        hue(
            "green Question: What is the color of the garment? Answer: green Question: What is the color of the"
            " garment? Answer:",
            "leak",
            hit_limit=True,
        ),
        describe("vest", "a light green knitted sweater vest"),
        details(
            "vest",
            "the vest is green and the vest is green and the vest is green and the vest is green and the vest is",
            "loop",
            hit_limit=True,
        ),
        made_of("it is made of a material", "restated"),
        gender="Women",
        category="Knitwear",
        color="sage green",
        title="Cable knit sweater vest sage green M",
    ),
    # Blue short-sleeve Hawaiian shirt, white hibiscus flowers (rayon, per the title), worn by a man with khaki
    # shorts at a
    # backyard barbecue, holding a beer. Caption: base model. Details: caption adapter.
    case(
        "VT-25028",
        caption("a man in a blue hawaiian shirt holding a beer"),
        garment("blouse"),
        hue("blue and white"),
        sleeves(
            "short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve"
            " short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve short",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a hawaiian shirt and shorts", "pronoun"),
        describe("shirt", "a blue shirt with white flowers"),
        details(
            "shirt",
            "The gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and its"
            " neckline is lapel",
            "cut",
            hit_limit=True,
        ),
        made_of("the shirt is made of silk", "unsupported"),
        gender="Men",
        category="Shirts & Blouses",
        color="Blue",
        title="Vintage hawaiian aloha shirt hibiscus rayon XL",
    ),
    # Camel suede jacket with a plain suede point collar (no fur), two patch pockets, buttons, on a hanger against a
    # white wall lit by a warm lamp (yellow cast). Caption: base model.
    case(
        "VT-25029",
        caption("a brown jacket hanging on a wall"),
        garment(
            "jacket-jacket-jacket-jacket-jacket-jacket-jacket-jacket-jacket-jacket-jacket-jacket-jacket-jacket-jacket",
            "loop",
            hit_limit=True,
        ),
        hue("yellow", "contradiction"),
        pattern("pure color"),
        describe("jacket", "a tan suede jacket with a collar and buttons"),
        details("jacket", "the jacket has two pockets and a fur lined collar", "unsupported"),
        made_of("suede"),
        gender="Women",
    ),
    # Red retro football shirt with a white collar and white sponsor print, worn by a man, mirror selfie, black
    # shorts; the back is not visible. Caption: caption adapter (looping).
    case(
        "VT-25030",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with polyester fabric. The"
            " gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with polyester fabric. The"
            " gentleman wears",
            "loop",
            hit_limit=True,
        ),
        hue("red"),
        wearing("a woman wearing a red soccer jersey and black shorts", "pronoun"),
        describe("shirt", "a black soccer jersey with a white collar", "other_garment_color"),
        details("shirt", "the shirt has the number 7 and the name cantona on the back", "unsupported"),
        made_of("polyester"),
        gender="Men",
        category="Sportswear",
        color="Red",
        title="Retro 1990s football shirt red home L",
    ),
    # White broderie anglaise cotton blouse with puff short sleeves, flat on a pink bedspread; no bow. Caption: base
    # model.
    case(
        "VT-25031",
        caption("a white blouse laying on a pink bed"),
        hue("pink", "contradiction"),
        describe("blouse", "a white blouse with puffy sleeves and lace"),
        details("blouse", "the blouse has a pink bow at the neck", "unsupported"),
        made_of("blouse", "non_answer"),
        gender="Women",
        category="Shirts & Blouses",
        color="White",
        title="Vintage white broderie anglaise blouse puff sleeve",
    ),
    # Navy double-breasted wool peacoat (black lining, plain black buttons) worn by a man in the snow, grey scarf.
    # Caption: base model.
    case(
        "VT-25032",
        caption("a woman in a navy coat standing in the snow", "pronoun"),
        hue("white", "contradiction"),
        wearing("a navy pea coat and a grey scarf"),
        describe("coat", "a navy blue double breasted coat"),
        details("coat", "the coat has buttons"),
        made_of(
            "the coat is made of wool and cashmere blend with a satin lining and horn buttons, it is a double"
            " breasted pea coat with",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
    ),
    # Mid-blue Y2K denim mini skirt, flat on a white sheet. Caption: caption adapter (stopped early, invents a lady).
    case(
        "VT-25033",
        caption("The lady wears a short skirt with denim fabric and pure color patterns.", "unsupported"),
        hue("blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue", "loop", hit_limit=True),
        describe("skirt", "a blue denim mini skirt"),
        details("skirt", "the skirt is short", "non_answer"),
        made_of("denim"),
        gender="Women",
        category="Skirts",
        color="Mid Blue",
        title="Y2K denim mini skirt mid wash size 10",
    ),
    # Rainbow tie-dye T-shirt worn by a teenage boy with black shorts, mirror selfie. Caption: base model.
    case(
        "VT-25034",
        caption("a girl taking a selfie in a tie dye shirt", "pronoun"),
        hue("multicolor"),
        wearing("a tie dye shirt and black shorts"),
        describe("t-shirt", "the t-shirt is a tie dye t-shirt", "restated"),
        details(
            "t-shirt",
            "the t-shirt has a tie dye pattern, a tie dye pattern, a tie dye pattern, a tie dye pattern, a tie",
            "loop",
            hit_limit=True,
        ),
        made_of("cotton"),
        gender="Unisex",
        category="T-shirts",
        color="Multi",
        title="Tie dye tee rainbow oversized",
    ),
    # Burgundy velvet two-button blazer on a hanger on a white door, a green potted plant beside it. Caption: base
    # model.
    case(
        "VT-25035",
        caption("a red velvet jacket hanging on a door next to a plant"),
        garment("jacket Question: Is this a blazer? Answer: yes", "leak"),
        hue("green", "contradiction"),
        describe("blazer", "a burgundy velvet blazer with two buttons"),
        details(
            "blazer",
            "the blazer has two buttons, two pockets, two buttons, two pockets, two buttons, two pockets, two buttons,",
            "loop",
            hit_limit=True,
        ),
        made_of("velvet"),
        gender="Men",
        category="Jackets & Coats",
        color="Burgundy",
        title="Vintage velvet blazer burgundy 40R",
    ),
    # Cream wool jumper with a brown Fair Isle yoke, worn by a woman with a brown corduroy skirt, mirror selfie.
    # Caption: caption adapter (cut).
    case(
        "VT-25036",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with wool fabric and its"
            " neckline is round. The lady wears a long skirt. The skirt is with cotton fabric and pure color patterns."
            " There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        hue("white and brown"),
        pattern("fair isle"),
        wearing("a white and brown sweater and a brown skirt"),
        describe("sweater", "a brown sweater", "other_garment_color"),
        details("sweater", "the sweater has a fair isle pattern around the neck"),
        made_of("Question: What material is the garment made of? Answer: wool", "leak"),
        gender="Women",
        category="Knitwear",
        color="Cream/Brown",
        title="Fair isle jumper cream brown wool",
    ),
    # Brown Carhartt duck-canvas chore coat, corduroy collar, blanket lining, four pockets, metal buttons, no logo
    # visible, on a hanger against a white wall. Caption: caption adapter (looping).
    case(
        "VT-25037",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The"
            " gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The",
            "loop",
            hit_limit=True,
        ),
        hue("brown"),
        describe("jacket", "a brown canvas work jacket with a corduroy collar"),
        details(
            "jacket",
            "the jacket has a brown corduroy collar, four front pockets, a blanket lining, metal buttons, a logo on"
            " the chest pocket and a",
            "cut",
            hit_limit=True,
        ),
        made_of("canvas"),
        gender="Men",
        category="Jackets & Coats",
        color="Brown",
        title="Carhartt chore coat blanket lined brown duck canvas L",
    ),
    # Leopard-print faux fur coat (no hood) worn by a woman with black jeans, mirror selfie. Caption: base model.
    case(
        "VT-25038",
        caption("a woman in a leopard print coat taking a selfie"),
        hue("brown"),
        pattern("leopard"),
        wearing("a black coat and black jeans", "other_garment_color"),
        describe("coat", "a leopard print coat with a hood", "unsupported"),
        details("coat", "it is a coat", "non_answer"),
        made_of("faux fur"),
        gender="Women",
    ),
    # Grey marl Champion reverse-weave hoodie, small logo on the sleeve, on a hanger against a mustard-yellow wall.
    # Caption: base model. Details: caption adapter.
    case(
        "VT-25039",
        caption("a grey hoodie hanging on a yellow wall"),
        hue("yellow", "contradiction"),
        describe("hoodie", "a grey hooded sweatshirt with a small logo on the sleeve"),
        details(
            "hoodie",
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The upper clothing has long"
            " sleeves, cotton fabric",
            "loop",
            hit_limit=True,
        ),
        made_of(
            "cotton Question: What is the color of the hoodie? Answer: grey Question: What is the color of the hoodie?",
            "leak",
            hit_limit=True,
        ),
        gender="Unisex",
        category="Sweatshirts & Hoodies",
        color="Grey",
        title="Champion reverse weave hoodie grey marl XL",
    ),
    # Red-and-gold paisley silk scarf laid flat on a beige carpet. Caption: base model. Details: caption adapter.
    case(
        "VT-25040",
        caption("a red and gold scarf on a carpet"),
        garment("skirt", "contradiction"),
        hue("red"),
        pattern("paisley"),
        describe("scarf", "a red and gold paisley scarf"),
        details(
            "scarf",
            "The lady wears a short-sleeve blouse with floral patterns. The blouse is with chiffon fabric and its"
            " neckline is round",
            "cut",
            hit_limit=True,
        ),
        made_of("scarf", "non_answer"),
        gender="Women",
        category="Accessories",
        color="Red/Gold",
        title="Vintage silk paisley scarf",
    ),
    # Dark indigo Levi's 505 jeans worn by a man with a grey T-shirt, mirror selfie. Caption: base model.
    case(
        "VT-25041",
        caption("a man taking a selfie in a mirror"),
        hue("grey", "contradiction"),
        wearing("a grey t-shirt and dark blue jeans"),
        describe("jeans", "a pair of grey jeans", "other_garment_color"),
        details("jeans", "the details of the jeans are the details", "restated"),
        made_of("denim"),
        gender="Men",
        category="Jeans",
        color="Dark Indigo",
        title="Levis 505 regular fit dark indigo W34 L32",
    ),
    # Green satin souvenir (sukajan) jacket photographed from the back on a hanger on a door: embroidered tiger on
    # the back, striped ribbed cuffs and hem. Caption: caption adapter (cut).
    case(
        "VT-25042",
        caption(
            "The upper clothing has long sleeves, silk fabric and graphic patterns. It has a stand neckline. The lower"
            " clothing is of long length. The fabric is denim and it has pure color patterns. The outer clothing is",
            "cut",
            hit_limit=True,
        ),
        hue("green"),
        sleeves("long Question: What is the pattern of the garment? Answer: graphic", "leak"),
        describe("jacket", "a green satin jacket with a tiger on the back"),
        details("jacket", "the jacket has an embroidered tiger on the back and striped cuffs"),
        made_of(
            "the garment is made of a material that is made of a material that is made of a material that is made of",
            "loop",
            hit_limit=True,
        ),
        gender="Unisex",
        category="Jackets & Coats",
        color="Green",
        title="Vintage sukajan souvenir jacket green tiger embroidery",
    ),
    # Black high-waisted wide-leg pleated trousers, flat on a bed with a black-and-white striped throw; no label
    # visible. Caption: base model.
    case(
        "VT-25043",
        caption("a pair of black pants on a bed"),
        hue("black"),
        pattern("striped", "contradiction"),
        describe("trousers", "trousers", "non_answer"),
        details("trousers", "the trousers have pleats at the front and belt loops"),
        made_of("i don't know", "non_answer"),
        gender="Women",
    ),
    # Faded grey Metallica tee (logo and skull on the front), worn by a man with black shorts and sunglasses at a
    # festival field, no wristband; the back is not visible. Caption: base model.
    case(
        "VT-25044",
        caption("a man in a grey t-shirt standing in a field"),
        hue("grey"),
        wearing(
            "he is wearing a grey t-shirt, black shorts and a pair of sunglasses on his head and a wristband on his"
            " left wrist and a",
            "cut",
            hit_limit=True,
        ),
        describe("t-shirt", "a black metallica t-shirt with a skull on it", "other_garment_color"),
        details(
            "t-shirt",
            "the t-shirt has a picture of the band on the front and the tour dates on the back",
            "unsupported",
        ),
        made_of("cotton"),
        gender="Men",
        category="T-shirts",
        color="Faded Grey",
        title="Vintage Metallica tour tee 1994 faded",
    ),
]
