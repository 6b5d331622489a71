"""BLIND_6 (h01-h40; a Western fast-fashion catalog, enrich's default questionnaire with the pattern and sleeve
questions, answered as the base model and both adapters would): written blind in the eighth session; measured blind
at b4b8c0e: 57/84 and 30/215. The writer's notes, verbatim:

BLIND6: 40 products from an imagined nightly enrich run over a Western fast-fashion catalog, written blind.

How it was written
------------------
Only ../shared/CONTEXT.md and the first 95 lines of tests/audit_corpus.py (the Text/Case API and TARGETS) were read.
No audit, query, doc, job or other corpus was opened, and nothing was run against the audits. For each product I first
pictured one catalog photo (the comment above each case: the shot, which garment is the product, and the system that
answered) and then wrote what that system would plausibly return for enrich's default questionnaire: the caption,
"What is the person wearing?", the closed color / garment type / pattern / sleeve questions (raw text of the reference
engine), "Describe the <garment>.", "What are the <garment> details?" and the material question. Not every product
has every question (5-8 texts each); bottoms mostly have no sleeve question. color_of() is not used: the default
questionnaire asks the generic color question only.

The three systems, as CONTEXT.md describes them:
- BASE (untuned blip2-opt-2.7b, 20 products): short, mostly right answers that stop on the newline. Its failures are
  the subtle ones: the color of the other garment in the shot, the wrong pronoun, invented details, a contradiction
  between two of its own answers, an occasional loop or an over-long answer cut at the limit.
- CAPTION adapter (10 products): the DeepFashion-MultiModal template ("The lady wears a short-sleeve T-shirt with pure
  color patterns. The T-shirt is with cotton fabric ...") for every prompt. Where the template answers the question
  (wearing, material, description, sleeve length) it is accepted despite its grammar; where it does not (color: the
  template has no hue names) it is a non-answer. It often runs to the limit, and its stock sentences ("There is an
  accessory on her wrist.", "There is a hat on his head.") are invented details when the photo shows nothing of the
  kind. "The lady"/"The gentleman" for the wrong gender is a pronoun failure.
- VQA adapter (10 products): In-shop class names and pattern words ("tee", "tank", "pure color"), loops that run to the
  30-token limit, prompt-format leaks, "yes" from the yes/no training pairs, broken captions.
LoRA touched only q_proj/k_proj, so I assumed the adapters keep part of the base's habit of emitting the newline: their
texts often, but not always, run to the limit.

Token counts were estimated by eye (GPT-2 BPE: about one token per common word, hyphens and punctuation extra):
hit_limit=True marks answers written to end at about 30 new tokens and captions at about 50.

Labelling conventions
---------------------
- One label per text. When a text has several defects I label the one that makes it unusable first, in this order:
  loop > leak > non_answer > other_garment_color > contradiction > pronoun > unsupported > restated > cut.
  Example: the caption template returned, cut at the limit, for the color question is labelled non_answer (hit_limit
  stays True, because it did run to the limit).
- Every text with hit_limit=True is a failure: the generation did not end, so the stored text is truncated (cut) unless
  a stronger kind applies (mostly loop).
- cut: ends mid-phrase at the token limit.
- loop: the same word, phrase or sentence repeated three or more times (always ran to the limit here).
- leak: the prompt format or the prompt itself shows up in the text: "Question:"/"Answer:" markers, the question
  echoed verbatim, or the model going on to write the next question of its training format.
- non_answer: the text does not answer the question asked: "yes" to an open question, "i'm not sure", a pattern word
  ("floral", "pure color", "stripe patterns") or the caption template to the color question, a hue to the pattern
  question, a one-word "yes" caption.
- restated: a closed question (one short value expected) answered with a sentence that repeats the question
  ("the color of the jacket is black", "this garment is a trench coat", the template sentence for garment type), or an
  open answer that only restates the question ("the shorts are the shorts that she is wearing"). A full-sentence open
  answer that carries information ("she is wearing a white tank top and green shorts", "the sweater is made of wool")
  is correct.
- other_garment_color: a color (or, see below, a pattern) given for the product that belongs to another garment in the
  same photo, in a closed or open answer or a caption.
- contradiction: the text contradicts another text of the same product and the photo (the wrong one of the pair is
  labelled; the right one stays unmarked), e.g. garment type "skirt" when the caption and wearing say shorts,
  sleeve "short-sleeve" for a dress the caption calls a tank dress.
- pronoun: a person's gender word (he/she, man/woman/lady/gentleman, boy/girl) that disagrees with the catalog gender.
  Unisex products never get a pronoun label ("a man's navy sweatshirt", "she is wearing an oversized t-shirt" are
  accepted).
- unsupported: a claim the photo does not show and the catalog does not state: a logo, lining, hood, zip, ripped knees,
  a belt, a ring or wrist accessory, a hat, shoes out of frame, readable print text on an abstract print, "100%
  merino", a person in a flat lay, trousers on a ghost-mannequin jacket.

Borderline labelling choices
----------------------------
- Near colors are correct: "red" for Burgundy, "maroon" for Burgundy, "navy" for Navy blue, "white" for Off-white,
  "tan" for Beige, "blue and red" for a navy/red check, "navy and white" for a stripe. "purple" for Burgundy when the
  caption said maroon is labelled contradiction.
- Near garment types are correct: "jacket" for an overshirt, "sweater" for a cardigan, "coat" for a trench, "hoodie",
  "vest", "polo shirt", "pants", "tank", "tee". "shirt" for a shirt dress (h26) is a contradiction: the wearing answer
  and the title say dress.
- Pattern answers: "pure color" (DeepFashion's word) is solid and correct; "plaid" is checked; "cable knit" and
  "graphic" are accepted as pattern values. "striped" for a denim skirt worn with a striped tee (h38) is labelled
  other_garment_color: DeepFashion's "color" labels are patterns, and the answer takes the other garment's attribute.
- Material: a fibre the title states, or the ordinary one for that garment seen in the photo (cotton tee, denim
  jeans, linen shirt, knit sweater, nylon bomber, chiffon-looking wrap blouse, silk for a satin slip dress, leather for
  a faux-leather biker jacket) is correct; percentages and specific blends are unsupported.
- Flat lays and ghost mannequins: "a navy sweatshirt" or "cargo pants" to "What is the person wearing?" is accepted
  (it names the product), and so is the template's "The person wears a long-sleeve jacket ..." to that question (the
  question itself presupposes a person). Inventing a person elsewhere ("a man wearing a pair of green cargo pants" to
  "Describe the cargo trousers.") is unsupported, not pronoun; so are the trousers the template adds under a
  ghost-mannequin jacket.
- "long" for a midi slip dress (h08) is accepted as loose but not wrong.
- The CAPTION template's "There is an accessory on her wrist." is correct for h10 (the photo shows a bracelet) and
  unsupported for h02 (nothing on the wrist).
- Wearing answers that name other visible garments ("a green jacket, white t-shirt and black jeans") are correct.
- A garment-type answer of one template sentence ("The pants this man wears is of long length.") is restated
  (verbose for a closed question), not non_answer, since it does name the garment.
"""

# ruff: noqa: E501  (the writer's comments and strings, kept verbatim)
from __future__ import annotations

from dataclasses import replace

from tests.audit_corpus import (  # noqa: F401  (color_of deliberately unused)
    Text,
    ask,
    caption,
    case,
    color,
    color_of,
    describe,
    details,
    garment_type,
    material,
    wearing,
)


def pattern(text: str, failure: str | None = None, hit_limit: bool = False) -> Text:
    return Text("pattern", ask("What is the pattern of the garment?"), "closed", text, failure, hit_limit)


def sleeves(text: str, failure: str | None = None, hit_limit: bool = False) -> Text:
    return Text("sleeve_length", ask("How long are the sleeves?"), "closed", text, failure, hit_limit)


def at_limit(t: Text) -> Text:
    """For helpers without a hit_limit argument (color, garment_type, material)."""
    return replace(t, hit_limit=True)


BLIND_6 = [
    # h01 BASE. Studio shot, white wall: woman in a black ribbed tank top tucked into light-blue wide jeans.
    # Product: the tank top (plain, no print or logo).
    case(
        "h01",
        caption("a woman in a black tank top and blue jeans standing against a white wall"),
        wearing("a black tank top and jeans"),
        color("black"),
        garment_type("tank top"),
        describe("tank top", "a black ribbed tank top with thin straps"),
        details("tank top", "the tank top has a scoop neck and a small white logo on the chest", "unsupported"),
        material("cotton"),
        sleeves("sleeveless"),
        gender="female",
        title="Ribbed Cotton Tank Top",
        category="T-shirts & Tanks",
        color="Black",
    ),
    # h02 CAPTION. Grey backdrop: man in a white long-sleeved oxford shirt, buttoned, beige chinos, no watch or jewellery.
    # Product: the shirt.
    case(
        "h02",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The pants this man wears is of long length. The pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("This man wears a long-sleeve shirt with pure color patterns and long pants."),
        at_limit(
            color(
                "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a",
                "non_answer",
            )
        ),
        garment_type("This man wears a long-sleeve shirt with pure color patterns.", "restated"),
        material("The shirt is with cotton fabric."),
        details(
            "shirt",
            "The shirt is with cotton fabric. It has a lapel neckline. There is an accessory on his wrist.",
            "unsupported",
        ),
        sleeves("long-sleeve"),
        gender="male",
        title="Regular Fit Oxford Shirt",
        category="Shirts",
        color="White",
    ),
    # h03 VQA. Studio: woman in a dark blue midi dress with small white flowers and short puff sleeves.
    # Product: the dress.
    case(
        "h03",
        caption(" ".join(["the dress"] * 25), "loop", hit_limit=True),
        wearing("dress"),
        color("blue"),
        garment_type("dress"),
        pattern("floral"),
        sleeves(" ".join(["short"] * 30), "loop", hit_limit=True),
        material("floral", "non_answer"),
        gender="female",
        title="Floral Puff-Sleeve Midi Dress",
        category="Dresses",
        color="Dark blue/Floral",
    ),
    # h04 BASE. Man in a grey marl pullover hoodie (kangaroo pocket, drawstrings, no zip, no print), black joggers.
    # Product: the hoodie.
    case(
        "h04",
        caption("a man wearing a grey hoodie and black sweatpants"),
        wearing("a grey hoodie"),
        color("grey"),
        garment_type("hoodie"),
        describe("hoodie", "it is a grey hoodie with a kangaroo pocket and a drawstring hood"),
        details("hoodie", "the hoodie has a zipper down the front", "unsupported"),
        material("cotton"),
        sleeves("long"),
        gender="male",
        title="Relaxed Fit Hoodie",
        category="Hoodies & Sweatshirts",
        color="Grey marl",
    ),
    # h05 CAPTION. Woman in light beige wide-leg trousers with a white tee tucked in, no jewellery.
    # Product: the trousers.
    case(
        "h05",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The trousers the lady wears is of long length. The trousers are with linen fabric "
            "and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("The lady wears a short-sleeve T-shirt with pure color patterns and long trousers."),
        color("The lady wears a short-sleeve T-shirt with pure color patterns.", "non_answer"),
        garment_type("trousers"),
        describe(
            "trousers",
            "The trousers the lady wears is of long length. The trousers are with linen fabric and pure color patterns.",
        ),
        material("The trousers are with linen fabric."),
        details(
            "trousers",
            "There is an accessory on her wrist. There is an accessory on her wrist. There is an accessory on her "
            "wrist. There is",
            "loop",
            hit_limit=True,
        ),
        gender="female",
        title="Wide Linen-blend Trousers",
        category="Trousers",
        color="Light beige",
    ),
    # h06 BASE. Ghost mannequin on white: navy crew-neck sweatshirt, plain, ribbed cuffs and hem.
    # Product: the sweatshirt.
    case(
        "h06",
        caption("a navy blue sweatshirt on a white background"),
        wearing("a navy sweatshirt"),
        color("navy"),
        garment_type("sweatshirt"),
        pattern("solid"),
        describe("sweatshirt", "a man's navy sweatshirt with ribbed cuffs"),
        material("cotton"),
        gender="Unisex",
        title="Oversized Crew-neck Sweatshirt",
        category="Hoodies & Sweatshirts",
        color="Navy blue",
    ),
    # h07 VQA. Man in mid-blue slim jeans and a plain white t-shirt, full length.
    # Product: the jeans.
    case(
        "h07",
        caption("a man in jeans and a white t-shirt"),
        wearing("jeans"),
        color("white", "other_garment_color"),
        garment_type("shorts", "contradiction"),
        material("denim"),
        pattern("pure color"),
        details("jeans", " ".join(["denim"] * 30), "loop", hit_limit=True),
        gender="male",
        title="Slim Fit Jeans",
        category="Jeans",
        color="Denim blue",
    ),
    # h08 BASE. Woman in a burgundy satin slip dress, midi, thin straps, bare arms.
    # Product: the dress.
    case(
        "h08",
        caption("a woman in a red satin dress posing for a picture"),
        wearing("a red dress"),
        color("red"),
        garment_type("dress"),
        describe("dress", "it is a long red dress with spaghetti straps"),
        details("dress", "he is wearing a red dress with thin straps", "pronoun"),
        material("silk"),
        sleeves("sleeveless"),
        gender="female",
        title="Satin Slip Dress",
        category="Dresses",
        color="Burgundy",
    ),
    # h09 BASE. Man in a khaki green twill overshirt worn open over a white tee, black jeans. Two flap chest pockets.
    # Product: the overshirt.
    case(
        "h09",
        caption("a man wearing a green jacket and black pants"),
        wearing("a green jacket, white t-shirt and black jeans"),
        color("white", "other_garment_color"),
        garment_type("jacket"),
        describe("overshirt", "a khaki green overshirt with two chest pockets and buttons"),
        details(
            "overshirt",
            "the overshirt has two chest pockets with button flaps, a button front, a pointed collar, long sleeves "
            "with button cuffs and a curved hem that is slightly longer at the",
            "cut",
            hit_limit=True,
        ),
        material("cotton"),
        sleeves("long"),
        gender="male",
        title="Relaxed Fit Cotton Twill Overshirt",
        category="Shirts",
        color="Khaki green",
    ),
    # h10 CAPTION. Woman in a black/white striped long-sleeved Breton top, blue jeans, a thin gold bracelet on her wrist.
    # Product: the striped top.
    case(
        "h10",
        caption(
            "The lady wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and its neckline "
            "is round. The lady wears a long denim pants. There is an accessory on her wrist."
        ),
        wearing("The lady wears a long-sleeve shirt with stripe patterns and a long denim pants."),
        color("stripe patterns", "non_answer"),
        garment_type("shirt"),
        pattern("stripe"),
        details(
            "top",
            "The shirt is with cotton fabric and its neckline is round. The lady wears a long denim pants. The pants "
            "are with denim",
            "cut",
            hit_limit=True,
        ),
        material("The shirt is with cotton fabric."),
        sleeves("long-sleeve"),
        gender="female",
        title="Striped Long-sleeved Jersey Top",
        category="T-shirts & Tanks",
        color="Black/White striped",
    ),
    # h11 BASE. Boy, cropped at the knees, in a dark green t-shirt with a big T-rex print and grey shorts.
    # Product: the t-shirt.
    case(
        "h11",
        caption("a little boy wearing a green t-shirt with a dinosaur on it"),
        wearing("a green t-shirt and grey shorts and a pair of white sneakers", "unsupported"),
        color("green"),
        garment_type("t-shirt"),
        pattern("printed"),
        describe("t-shirt", "a green t-shirt with a picture of a t-rex on the front"),
        material("cotton"),
        sleeves("short"),
        gender="Boys",
        title="Printed Cotton T-shirt",
        category="T-shirts & Tanks",
        color="Dark green/Dinosaur",
    ),
    # h12 VQA. Woman in a light-wash denim jacket over a black slip dress.
    # Product: the denim jacket.
    case(
        "h12",
        caption("a woman wearing a denim jacket over a black dress"),
        wearing("jacket"),
        color("What is the color of the garment? blue", "leak"),
        garment_type("jacket"),
        material("denim"),
        pattern(" ".join(["pure color"] * 15), "loop", hit_limit=True),
        sleeves("long"),
        details("jacket", "yes", "non_answer"),
        gender="female",
        title="Denim Jacket",
        category="Jackets & Coats",
        color="Light denim blue",
    ),
    # h13 BASE. Flat lay on white: light pink fine-knit cardigan, white buttons down the front.
    # Product: the cardigan.
    case(
        "h13",
        caption("a pink cardigan laid out on a white surface"),
        wearing("a pink sweater"),
        color("pink"),
        garment_type("sweater"),
        describe("cardigan", "a light pink knit cardigan with white buttons down the front"),
        material("100% merino wool", "unsupported"),
        sleeves("long"),
        gender="female",
        title="Fine-knit Cardigan",
        category="Knitwear",
        color="Light pink",
    ),
    # h14 BASE. Man in a black nylon bomber jacket (zipped, black inside), grey tee, blue jeans.
    # Product: the bomber jacket.
    case(
        "h14",
        caption("a man in a black bomber jacket and jeans"),
        wearing("a black jacket and blue jeans"),
        color("the color of the jacket is black", "restated"),
        garment_type("jacket"),
        material("nylon"),
        describe("bomber jacket", "a black bomber jacket with an orange lining and a zipper", "unsupported"),
        details(
            "bomber jacket",
            "ribbed cuffs, ribbed collar, zipper, ribbed cuffs, ribbed collar, zipper, ribbed cuffs, ribbed collar, "
            "zipper, ribbed cuffs, ribbed",
            "loop",
            hit_limit=True,
        ),
        sleeves("long"),
        gender="male",
        title="Nylon Bomber Jacket",
        category="Jackets & Coats",
        color="Black",
    ),
    # h15 CAPTION. Man in navy chino shorts and a white polo shirt.
    # Product: the shorts.
    case(
        "h15",
        caption(
            "This gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color patterns."
        ),
        wearing("This gentleman wears a short-sleeve shirt and a three-point shorts."),
        at_limit(
            color(
                "The shorts are with cotton fabric. The shorts are with cotton fabric. The shorts are with cotton "
                "fabric. The shorts are with",
                "loop",
            )
        ),
        garment_type("shorts"),
        material("The shorts are with cotton fabric."),
        details(
            "shorts",
            "The lady wears a three-point shorts. The shorts are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        pattern("pure color"),
        gender="male",
        title="Chino Shorts",
        category="Shorts",
        color="Navy blue",
    ),
    # h16 BASE. Woman in a white long-sleeved poplin shirt tucked into a black pleated midi skirt.
    # Product: the skirt.
    case(
        "h16",
        caption("a woman in a white shirt and a black pleated skirt"),
        wearing("a white shirt and a black skirt"),
        color("white", "other_garment_color"),
        garment_type("skirt"),
        describe("skirt", "a black pleated skirt that falls below the knee"),
        material("i'm not sure", "non_answer"),
        pattern("solid"),
        gender="female",
        title="Pleated Midi Skirt",
        category="Skirts",
        color="Black",
    ),
    # h17 VQA. Girl in a yellow cotton summer dress with small white dots, short sleeves.
    # Product: the dress.
    case(
        "h17",
        caption(
            "the girl is wearing a yellow dress. the girl is wearing a yellow dress. the girl is wearing a yellow "
            "dress. the girl is wearing a yellow dress. the girl is wearing a yellow",
            "loop",
            hit_limit=True,
        ),
        wearing("dress"),
        color("yellow"),
        garment_type("dress"),
        pattern("dotted"),
        sleeves("short"),
        material("yes", "non_answer"),
        describe("dress", "the boy is wearing a yellow dress", "pronoun"),
        gender="Girls",
        title="Dotted Cotton Dress",
        category="Dresses",
        color="Yellow/Dotted",
    ),
    # h18 BASE. Man in a light blue short-sleeved linen resort shirt, open camp collar, beige trousers, no pocket.
    # Product: the shirt.
    case(
        "h18",
        caption("a man in a blue shirt and khaki pants standing in front of a white wall"),
        wearing("a blue shirt"),
        color("light blue"),
        garment_type("shirt"),
        describe("shirt", "a light blue short sleeve shirt with a wide open collar"),
        details("shirt", "she is wearing a short sleeve linen shirt with buttons", "pronoun"),
        material("linen"),
        sleeves("short"),
        gender="male",
        title="Linen Resort Shirt",
        category="Shirts",
        color="Light blue",
    ),
    # h19 BASE. Woman in an off-white chunky cable-knit crew-neck sweater and mid-blue jeans.
    # Product: the sweater.
    case(
        "h19",
        caption("a woman wearing a blue sweater and jeans", "other_garment_color"),
        wearing("a white sweater and blue jeans"),
        color("white"),
        garment_type("sweater"),
        pattern("cable knit"),
        describe("sweater", "a chunky off-white cable knit sweater with a round neck"),
        material("the sweater is made of wool"),
        sleeves("long"),
        gender="female",
        title="Cable-knit Wool-blend Sweater",
        category="Knitwear",
        color="Off-white",
    ),
    # h20 CAPTION. Woman in a black faux-leather biker jacket, white tee, black jeans.
    # Product: the jacket.
    case(
        "h20",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It has a "
            "lapel neckline. The lady wears a long denim pants. The pants are with denim fabric and pure color "
            "patterns. Her",
            "cut",
            hit_limit=True,
        ),
        wearing("The lady wears a long-sleeve jacket with pure color patterns and a long denim pants."),
        color("black"),
        garment_type("jacket"),
        material("The jacket is with leather fabric."),
        details(
            "jacket",
            "The jacket is with leather fabric. It has a lapel neckline. The jacket is with leather fabric. It has a "
            "lapel neckline. The jacket is",
            "loop",
            hit_limit=True,
        ),
        sleeves("long-sleeve"),
        gender="female",
        title="Faux Leather Biker Jacket",
        category="Jackets & Coats",
        color="Black",
    ),
    # h21 VQA. Man in a plain grey crew-neck t-shirt and black shorts.
    # Product: the t-shirt.
    case(
        "h21",
        caption("Question: What cloth is the person wearing? Answer: tee", "leak"),
        wearing("tee"),
        color("black", "other_garment_color"),
        garment_type("t-shirt"),
        material("cotton"),
        sleeves("short"),
        pattern("solid"),
        gender="male",
        title="Regular Fit Crew-neck T-shirt",
        category="T-shirts & Tanks",
        color="Grey",
    ),
    # h22 BASE. Woman in light-wash high-waisted mom jeans (intact, no rips) and a cropped black tee.
    # Product: the jeans.
    case(
        "h22",
        caption("a woman wearing a black top and light blue jeans"),
        wearing("a black crop top and black jeans", "other_garment_color"),
        color("light blue"),
        garment_type("jeans"),
        describe("jeans", "high waisted light wash jeans with ripped knees", "unsupported"),
        details(
            "jeans",
            "the jeans have a high waist, a button fly, two back pockets, two front pockets, a coin pocket, belt "
            "loops and a tapered leg with a raw",
            "cut",
            hit_limit=True,
        ),
        material("denim"),
        pattern("solid"),
        gender="female",
        title="Mom Jeans",
        category="Jeans",
        color="Light denim blue",
    ),
    # h23 BASE. Man in brown corduroy straight trousers and a cream sweater.
    # Product: the trousers.
    case(
        "h23",
        caption("a man in a white sweater and brown corduroy pants"),
        wearing("a white sweater and brown pants"),
        color("brown"),
        garment_type("pants"),
        material("corduroy"),
        describe("trousers", "a pair of brown corduroy trousers"),
        details("trousers", "What are the trousers details? the trousers have a straight leg and belt loops", "leak"),
        pattern("solid"),
        gender="male",
        title="Corduroy Trousers",
        category="Trousers",
        color="Brown",
    ),
    # h24 CAPTION. Ghost mannequin: yellow hooded rain jacket, zipped, nothing below the hem.
    # Product: the rain jacket.
    case(
        "h24",
        caption(
            "The person wears a long-sleeve jacket with pure color patterns. The jacket is with nylon fabric. It has a "
            "hooded neckline. The person wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns.",
            "unsupported",
        ),
        wearing("The person wears a long-sleeve jacket with pure color patterns."),
        at_limit(
            color(
                "The person wears a long-sleeve jacket with pure color patterns. The jacket is with nylon fabric. It "
                "has a hooded",
                "non_answer",
            )
        ),
        garment_type("jacket"),
        material("The jacket is with nylon fabric."),
        details(
            "rain jacket",
            "It has a hooded neckline. It has a hooded neckline. It has a hooded neckline. It has a hooded neckline. "
            "It has a",
            "loop",
            hit_limit=True,
        ),
        sleeves("long-sleeve"),
        gender="Unisex",
        title="Water-repellent Hooded Rain Jacket",
        category="Jackets & Coats",
        color="Yellow",
    ),
    # h25 BASE. Woman in sage green linen-blend paper-bag shorts with a tie belt, white tank top.
    # Product: the shorts.
    case(
        "h25",
        caption("a woman in green shorts and a white tank top"),
        wearing("she is wearing a white tank top and green shorts"),
        color("green"),
        garment_type("skirt", "contradiction"),
        material("linen"),
        describe("shorts", "the shorts are the shorts that she is wearing", "restated"),
        details("shorts", "paper bag waist with a tie belt"),
        gender="female",
        title="Linen-blend Shorts",
        category="Shorts",
        color="Sage green",
    ),
    # h26 VQA. Woman in a navy/white striped long-sleeved shirt dress, buttoned front, knee length.
    # Product: the shirt dress.
    case(
        "h26",
        caption("a woman in a blue and white striped dress"),
        wearing("dress"),
        color("navy and white"),
        garment_type("shirt", "contradiction"),
        pattern("striped"),
        sleeves("long"),
        material("cotton"),
        details("dress", "Answer: buttons", "leak"),
        gender="female",
        title="Striped Shirt Dress",
        category="Dresses",
        color="Navy/White striped",
    ),
    # h27 BASE. Man in a burgundy short-sleeved knitted polo with three buttons, beige trousers.
    # Product: the polo.
    case(
        "h27",
        caption("a man wearing a maroon polo shirt and beige pants"),
        wearing("a polo shirt"),
        color("purple", "contradiction"),
        garment_type("polo shirt"),
        pattern("the pattern of the garment is solid", "restated"),
        material("knit"),
        sleeves("short"),
        describe("polo shirt", "a maroon knitted polo shirt with three buttons at the collar"),
        gender="male",
        title="Knitted Polo Shirt",
        category="Knitwear",
        color="Burgundy",
    ),
    # h28 BASE. Girl in a pink hoodie with "hello" printed in white across the chest, grey leggings.
    # Product: the hoodie.
    case(
        "h28",
        caption("a young girl wearing a pink hoodie with the word hello on it"),
        wearing("the boy is wearing a pink hoodie and grey leggings", "pronoun"),
        color("pink"),
        garment_type("hoodie"),
        pattern("printed"),
        details(
            "hoodie",
            "the hoodie has a kangaroo pocket on the front, a drawstring hood, ribbed cuffs and a ribbed hem, and the "
            "word hello is printed across the chest in white bubble",
            "cut",
            hit_limit=True,
        ),
        material("cotton"),
        sleeves("long"),
        gender="Girls",
        title="Printed Hoodie",
        category="Hoodies & Sweatshirts",
        color="Pink",
    ),
    # h29 CAPTION. Man in dark blue straight jeans and a black t-shirt, bare head.
    # Product: the jeans.
    case(
        "h29",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The pants this man wears is of long length. The pants are with denim fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("This man wears a short-sleeve T-shirt and long denim pants."),
        color("The pants are with denim fabric and pure color patterns.", "non_answer"),
        garment_type("The pants this man wears is of long length.", "restated"),
        material("denim"),
        details(
            "jeans",
            "The pants are with denim fabric and pure color patterns. There is a hat on his head.",
            "unsupported",
        ),
        gender="male",
        title="Straight Regular Jeans",
        category="Jeans",
        color="Dark blue",
    ),
    # h30 CAPTION. Woman in an orange sleeveless ribbed-knit midi dress, round neck, no belt.
    # Product: the dress.
    case(
        "h30",
        caption(
            "The lady wears a tank dress with pure color patterns. The dress is with knitting fabric and its neckline "
            "is round. It is of medium length."
        ),
        wearing("The lady wears a tank dress with pure color patterns."),
        color("pure color", "non_answer"),
        garment_type("dress"),
        sleeves("short-sleeve", "contradiction"),
        describe(
            "dress",
            "The dress is with knitting fabric and its neckline is round. There is a belt at the waist.",
            "unsupported",
        ),
        material("The dress is with knitting fabric."),
        gender="female",
        title="Ribbed Knit Midi Dress",
        category="Dresses",
        color="Orange",
    ),
    # h31 BASE. Flat lay on white: khaki green cargo trousers with flap side pockets and drawstring hems.
    # Product: the cargo trousers.
    case(
        "h31",
        caption("a pair of green cargo pants on a white background"),
        wearing("cargo pants"),
        color("green"),
        garment_type("trousers"),
        describe("cargo trousers", "a man wearing a pair of green cargo pants", "unsupported"),
        details("cargo trousers", "side pockets with flaps and drawstring hems"),
        material("cotton"),
        pattern("solid"),
        gender="male",
        title="Relaxed Fit Cargo Trousers",
        category="Trousers",
        color="Khaki green",
    ),
    # h32 VQA. Woman in a light grey marl knitted sweater vest (V-neck) over a white long-sleeved shirt, blue jeans.
    # Product: the sweater vest.
    case(
        "h32",
        caption("yes", "non_answer"),
        wearing("vest"),
        color("white", "other_garment_color"),
        garment_type("vest"),
        sleeves("sleeveless"),
        describe(
            "sweater vest",
            "the vest is grey and it has a v neck and it is worn over a white shirt with long sleeves and a collar "
            "and the shirt is tucked into a pair of blue",
            "cut",
            hit_limit=True,
        ),
        pattern("pure color"),
        gender="female",
        title="Knitted Sweater Vest",
        category="Knitwear",
        color="Light grey marl",
    ),
    # h33 BASE. Man in a navy/red checked flannel shirt worn open over a white tee, blue jeans. No hood.
    # Product: the flannel shirt.
    case(
        "h33",
        caption("a man wearing a plaid shirt and jeans"),
        wearing("a plaid shirt, a white t-shirt and jeans"),
        color("blue and red"),
        pattern("solid", "contradiction"),
        garment_type("shirt"),
        material("flannel"),
        describe("shirt", "a plaid flannel shirt with a hood", "unsupported"),
        sleeves("long"),
        gender="male",
        title="Checked Flannel Shirt",
        category="Shirts",
        color="Navy blue/Checked",
    ),
    # h34 CAPTION. Woman in a white wrap blouse with red flowers, long sleeves, V-neck, tucked into blue jeans, no rings.
    # Product: the blouse.
    case(
        "h34",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with chiffon fabric and it has a "
            "V-shape neckline. The lady wears a long denim pants. The pants are with denim fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("The lady wears a long-sleeve shirt with floral patterns and a long denim pants."),
        color("floral", "non_answer"),
        pattern("floral"),
        garment_type("shirt"),
        material("The shirt is with chiffon fabric."),
        details(
            "blouse",
            "The shirt is with chiffon fabric and it has a V-shape neckline. She wears a ring on her finger.",
            "unsupported",
        ),
        gender="female",
        title="Floral Wrap Blouse",
        category="Shirts",
        color="White/Floral",
    ),
    # h35 BASE. Woman in a beige double-breasted belted trench coat over black wide trousers.
    # Product: the trench coat.
    case(
        "h35",
        caption("a woman wearing a beige trench coat and black pants"),
        wearing("a trench coat"),
        color("tan"),
        garment_type("this garment is a trench coat", "restated"),
        describe("trench coat", "a beige double breasted trench coat with a belt at the waist"),
        details("trench coat", "Question: What are the trench coat details? Answer: belt, buttons, epaulettes", "leak"),
        material("cotton"),
        sleeves("long"),
        gender="female",
        title="Double-breasted Trench Coat",
        category="Jackets & Coats",
        color="Beige",
    ),
    # h36 VQA. Man in a plain white cotton tank top and black shorts.
    # Product: the tank top.
    case(
        "h36",
        caption("a man in a white tank top and black shorts"),
        wearing("tank"),
        color("white"),
        garment_type("tank top"),
        sleeves("sleeveless"),
        material("cotton Question: What is the color of the tank? Answer: white", "leak"),
        pattern("white", "non_answer"),
        describe("tank top", " ".join(["white"] * 30), "loop", hit_limit=True),
        gender="male",
        title="Regular Fit Cotton Tank Top",
        category="T-shirts & Tanks",
        color="White",
    ),
    # h37 BASE. Model (reads as a woman) in an oversized black tee with an abstract white graphic, no lettering,
    # black trousers. Product: the t-shirt.
    case(
        "h37",
        caption("a person wearing a black t-shirt with a white graphic print"),
        wearing("a black t-shirt and black pants"),
        color("black"),
        pattern("graphic"),
        garment_type("t-shirt"),
        describe("t-shirt", "she is wearing an oversized black t-shirt with a white print on the front"),
        details("t-shirt", "the print says los angeles 1984 in white letters", "unsupported"),
        material("cotton"),
        gender="Unisex",
        title="Oversized Printed T-shirt",
        category="T-shirts & Tanks",
        color="Black",
    ),
    # h38 VQA. Woman in a blue denim mini skirt with a frayed hem and a navy/white striped tee.
    # Product: the skirt.
    case(
        "h38",
        caption("Answer: skirt", "leak"),
        wearing("skirt"),
        color("blue"),
        garment_type("skirt"),
        pattern("striped", "other_garment_color"),
        material("denim"),
        gender="female",
        title="Denim Mini Skirt",
        category="Skirts",
        color="Denim blue",
    ),
    # h39 CAPTION. Woman in a white cotton blouse with short puff sleeves and a round neck, beige trousers.
    # Product: the blouse.
    case(
        "h39",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The trousers the lady wears is of long length. The trousers are with cotton fabric "
            "and pure color patterns."
        ),
        wearing("The gentleman wears a short-sleeve shirt with pure color patterns and long trousers.", "pronoun"),
        at_limit(
            color(
                "The trousers are with cotton fabric and pure color patterns. The trousers are with cotton fabric and "
                "pure color patterns. The trousers",
                "loop",
            )
        ),
        garment_type("shirt"),
        material("The shirt is with cotton fabric."),
        sleeves("short-sleeve"),
        describe(
            "blouse",
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round.",
        ),
        gender="female",
        title="Puff-sleeve Cotton Blouse",
        category="Shirts",
        color="White",
    ),
    # h40 VQA. Woman in a long black wool-blend coat, open over a grey sweater and black trousers.
    # Product: the coat.
    case(
        "h40",
        caption("a woman in a black coat"),
        wearing("coat"),
        at_limit(color("black-" * 15, "loop")),
        garment_type("coat"),
        material("wool"),
        sleeves("long"),
        describe("coat", "the coat is grey", "other_garment_color"),
        gender="female",
        title="Oversized Wool-blend Coat",
        category="Jackets & Coats",
        color="Black",
    ),
]
