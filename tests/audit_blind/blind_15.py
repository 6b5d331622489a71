"""BLIND_15 (43 products; a European fast-fashion summer catalog: dresses, skirts, linen, swimwear, co-ord sets,
playsuits, color-blocked and printed pieces; the caption adapter's captions and the base model's answers, closed
answers kept as generated; a third of the products without catalog columns): written blind in the eleventh
session and measured blind at 24cd537, the tenth session's final audits: 96/131 and 30/127 as written. Two
changes since, none to a text: the writer's material question was closed, where the default questionnaire (and
every set) asks it open, and the writer's comment on BL-LEM-40 names its caption's "gentleman" for a women's
blouse as the failure that its label left out (labelled pronoun now, as the writer's conventions say). With
those, blind at 24cd537: 97/132 and 27/126. The writer's notes, verbatim:

Blind corpus 15: a European fast-fashion summer catalog (womenswear and menswear), one nightly enrich run.

Scenario
--------
A fast-fashion retailer's summer drop: on-model photos (studio, white or stone walls, a few beach and terrace
shots) and flat-lays (white, wooden or pink boards, sometimes with props such as dried flowers or a belt) of
dresses, skirts, blouses, linen shirts and trousers, swimwear, shorts, two-piece co-ord sets, playsuits and
jumpsuits, colour-blocked and multi-colour printed pieces, with straw bags, hats, sunglasses and sandals in some
photos. Catalog columns use the retailer's own names ('Co-ord Set', 'Playsuits', 'Ecru', 'Stone', 'Khaki', 'Sage',
'Multicolour', 'Navy/White'); about a third of the products come without catalog columns ({}).

Which system wrote which text
-----------------------------
* caption: the experiments' caption LoRA adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption on
  Salesforce/blip2-opt-2.7b), greedy, 50 new tokens. It speaks the DeepFashion-MultiModal template ("The lady wears
  a short-sleeve shirt with pure color patterns and a three-point shorts. The shirt is with cotton fabric and its
  neckline is lapel."), knows no hue names, only DeepFashion's fabrics (cotton, denim, chiffon, knitting, leather,
  other) and patterns (pure color, floral, stripe, lattice, color block, graphic), and, trained without an
  end-of-text token, often does not stop: it restarts the template (loop) or is cut at the 50-token limit. It also
  puts a "lady"/"gentleman" into flat-lays.
* every question (garment type, main color, pattern, material, "Is this a ...?", per-garment colors, details,
  what the person wears, a description): the untuned base model, `Question: <q> Answer:`, greedy, 30 new tokens.
  Closed questions were kept as generated (not snapped to a candidate list), so a closed answer can read "a dress"
  or "yes it is" and can, rarely, carry a leaked "Question: ... Answer: ..." continuation. The base model answers
  short questions well; its failures are the documented ones: one color reused for every garment, the wrong
  pronoun, invented details (zips, pockets, bows, slits), continuing the prompt format (leak), and on the longer
  open questions, rambling until the 30-token cut or looping.

How it was written
------------------
Blind: from /work/shared/CONTEXT.md and lines 1-95 of tests/audit_corpus.py only (helpers, Text/Case layout, the
TARGETS keys). No audit, enrich code, other corpus or document was read, and no audit was run on this file. The
photos are imagined; the comment above each Case says what the photo shows, and every label is judged against that
description (the truth), not against what a rule could detect.

Label conventions and judgement calls
-------------------------------------
* One label per text, None for a correct answer. When a text has two faults, the label is the one a reviewer would
  name first: a text that loops is `loop` (even if it also says something wrong); a text that stops mid-phrase at
  the limit without repeating itself is `cut`; a text that runs into "Question: ... Answer:" is `leak`.
* hit_limit=True marks texts that used every new token: answers at the 30-token limit (cuts, loops, long leaks)
  and, for captions, the adapter's 50-token caption limit (the same "ran out of tokens" fact, so flagged the same
  way). Never on a correct text.
* contradiction: a wrong color, garment or pattern that the photo (and usually the catalog or another text)
  contradicts - the closed main color, "Is this a dress?" answered yes for a playsuit, a "pure color" caption on a
  polka-dot dress, a caption that turns a swimsuit into a tank top and shorts, a second garment given the product's
  (or a bag's) color. A wrong fabric is labelled contradiction only where the catalog title names the fabric
  (material "cotton" for a 'Linen ...' shirt).
* other_garment_color: the answer to the PRODUCT's own color question gives the color of another garment in the
  photo (white trousers' color for a color-block top). When a non-product garment gets the product's color, that
  is `contradiction`.
* unsupported: a claim with no basis in the photo - invented zips, bows, slits, mesh lining, jewellery - and the
  caption adapter's "lady"/"gentleman" in a flat-lay with no person.
* pronoun: "he" for a woman, "she"/"lady" for a man, with the catalog gender set.
* non_answer: nothing said ("none", "i don't know", "they are short", "yes" to an open question).
  restated: the question handed back with no information ("the shirt is a shirt", "it is a bikini" for "Describe
  the bikini.", "the details of the skirt are the details of the skirt").
* Accepted as correct (these are deliberately present to measure false positives): near hues and retailer
  synonyms (white for Ecru, beige for Stone, green for Khaki or Sage, orange for Rust or Terracotta, purple for
  Lilac, pink for Coral, blue for Navy); romper for a playsuit, swim trunks for swim shorts; naming either piece of
  a co-ord set as the garment type; matching colors for both pieces of a set; other garments', bags' and
  backgrounds' colors where they are true ("a white shirt and beige pants", "on a pink background", "the blue sea
  behind her"); "floral" for a palm-leaf or paisley print (DeepFashion has no finer word); "plaid" for gingham;
  "lace" for broderie; short but right answers ("drawstring", "black", "a dress with polka dots"); "the shirt is
  tucked into the pants"; the adapter's plausible fabric words (chiffon for a satin skirt, knitting for a ribbed
  bikini, "other fabric" for linen); "His shirt has ..." in a men's flat-lay (the template's garment voice, no
  person claimed; SH-WLN-32's caption is labelled for its wrong sleeve length, not for "His").
* Where the failures fall, as I would expect a real night of this setup: about seven captions in ten fail
  (mostly loops and 50-token cuts, since the adapter never learned to stop; then pattern or garment errors and
  the invented person in flat-lays); the base model's closed answers are mostly right (near hues, synonyms) and
  fail by color or garment errors and the odd leak; its open answers (details, descriptions, wearing) carry most
  of the invented details, loops, cuts, leaks, pronoun slips and empty or restated replies. One product
  (SD-WHT-42) is entirely correct, as some products in a real run are.
"""

from __future__ import annotations

from tests.audit_corpus import (
    Case,
    Text,
    ask,
    caption,
    describe,
    details,
    wearing,
)

# --- small helpers for the questionnaire's other question shapes (built on Text and ask) ---


def kind_q(text: str, failure: str | None = None, hit_limit: bool = False) -> Text:
    return Text("garment_type", ask("What type of garment is this?"), "closed", text, failure, hit_limit)


def main_color(text: str, failure: str | None = None, hit_limit: bool = False) -> Text:
    return Text("color", ask("What is the main color of the garment?"), "closed", text, failure, hit_limit)


def pattern_q(text: str, failure: str | None = None, hit_limit: bool = False) -> Text:
    return Text("pattern", ask("What is the pattern of the garment?"), "closed", text, failure, hit_limit)


def fabric_q(text: str, failure: str | None = None, hit_limit: bool = False) -> Text:
    return Text("material", ask("What material is the garment made of?"), "open", text, failure, hit_limit)


def is_a(garment: str, text: str, failure: str | None = None) -> Text:
    return Text(f"is_{garment.replace(' ', '_')}", ask(f"Is this a {garment}?"), "closed", text, failure)


def hue(garment: str, text: str, failure: str | None = None, hit_limit: bool = False) -> Text:
    """Open (free generation) color of one garment, with hit_limit for answers that ran on."""
    return Text(
        f"color_{garment.replace(' ', '_')}",
        ask(f"What is the color of the {garment}?"),
        "open",
        text,
        failure,
        hit_limit,
    )


BLIND_15: list[Case] = [
    # Ecru linen-blend shirt dress, belted, short sleeves, one chest pocket, on model; straw tote, tan sandals,
    # stone wall; no zip. Caption: adapter (restarts its fabric sentence, cut at 50). Rest: base model (white for
    # Ecru accepted; a back zip invented; description cut).
    Case(
        "SD-ECR-01",
        (
            caption(
                "The lady wears a short-sleeve dress with pure color patterns. The dress is with other fabric and "
                "its neckline is lapel. There is an accessory in her hand. The dress is with other fabric and pure "
                "color patterns. The dress is",
                "cut",
                hit_limit=True,
            ),
            main_color("white"),
            details("dress", "a belt at the waist, buttons down the front and a zipper on the back", "unsupported"),
            wearing("a white dress and a straw bag"),
            describe(
                "dress",
                "the dress is a white linen shirt dress with a belt at the waist, a collar, short sleeves "
                "and a pocket on the chest and it is worn with a straw bag and",
                "cut",
                hit_limit=True,
            ),
        ),
        "Women",
        {"category": "Dresses", "color": "Ecru", "title": "Linen Blend Belted Shirt Dress"},
    ),
    # Floral wrap midi skirt (terracotta and pink flowers on cream), worn with a plain white tank top and a straw
    # hat. Product: the skirt. Caption: adapter (complete, correct). Rest: base model (pink given to the tank top,
    # white to the skirt in the wearing answer; details cut).
    Case(
        "SK-FLR-02",
        (
            caption(
                "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is "
                "with cotton fabric and its neckline is round. The skirt is with chiffon fabric and floral patterns. "
                "There is a hat on her head."
            ),
            hue("skirt", "pink"),
            pattern_q("floral"),
            hue("tank top", "pink", "contradiction"),
            wearing("a white tank top and a white skirt and a straw hat", "other_garment_color"),
            details(
                "skirt",
                "the skirt has a wrap front with a tie at the waist and a ruffle hem and it is a midi "
                "length skirt with a floral print in pink and",
                "cut",
                hit_limit=True,
            ),
        ),
        "Women",
        {"category": "Skirts", "color": "Multicolour", "title": "Floral Print Wrap Midi Skirt"},
    ),
    # Light blue linen short-sleeve shirt, camp collar, chest pocket, on a man with stone chino shorts and white
    # sneakers. Caption: adapter (restarts the template, 50 tokens). Rest: base model ("blue" reused for shorts;
    # details run into the next question).
    Case(
        "SH-LBL-03",
        (
            caption(
                "The gentleman wears a short-sleeve shirt with pure color patterns and a three-point shorts. The "
                "shirt is with other fabric and its neckline is lapel. The gentleman wears a short-sleeve shirt with "
                "pure color patterns and a three-point shorts. The",
                "loop",
                hit_limit=True,
            ),
            hue("shirt", "blue"),
            hue("shorts", "blue", "contradiction"),
            details(
                "shirt",
                "short sleeves, a chest pocket and a collar Question: What is the color of the shorts? Answer: khaki",
                "leak",
            ),
            wearing("a blue shirt and khaki shorts"),
            describe("shirt", "it is a blue shirt"),
        ),
        "Men",
        {"category": "Shirts", "color": "Light Blue", "title": "Regular Fit Linen Shirt"},
    ),
    # Flat-lay: black-and-white vertical striped drawstring trousers on a white board. No catalog columns.
    # Caption: adapter (puts a lady in, loops). Rest: base model (wide legs read as a skirt; empty details).
    Case(
        "TR-STR-04",
        (
            caption(
                "The lady wears a long pants with stripe patterns. The pants are with cotton fabric. The lady wears "
                "a long pants with stripe patterns. The pants are with cotton fabric. The lady wears a long pants "
                "with stripe patterns. The pants",
                "loop",
                hit_limit=True,
            ),
            kind_q("skirt", "contradiction"),
            main_color("black and white"),
            pattern_q("striped"),
            details("pants", "they are long", "non_answer"),
            describe("pants", "a pair of black and white striped pants on a white background"),
        ),
        None,
        {},
    ),
    # Sage satin slip midi dress, thin straps, V neck, gold sandals, white wall. No jewellery.
    # Caption: adapter (adds a ring). Rest: base model ("he"; a slit invented in the description).
    Case(
        "SD-SAG-05",
        (
            caption(
                "The female is wearing a sleeveless dress with pure color patterns. The dress is with chiffon "
                "fabric and its neckline is v-shape. The female wears a ring.",
                "unsupported",
            ),
            main_color("green"),
            is_a("dress", "yes"),
            details("dress", "thin straps and a v neck"),
            wearing("he is wearing a green dress", "pronoun"),
            describe("dress", "a green silk dress with spaghetti straps and a slit up the leg", "unsupported"),
        ),
        "Women",
        {"category": "Dresses", "color": "Sage", "title": "Satin Slip Midi Dress"},
    ),
    # Navy swim shorts with a white palm-leaf print, drawstring, no zip, man bare-chested, beach backdrop.
    # Caption: adapter (loops on its accessory sentence). Rest: base model (zip invented; "they are shorts").
    Case(
        "SW-PLM-06",
        (
            caption(
                "The gentleman wears a three-point shorts with floral patterns. The shorts are with cotton fabric. "
                "There is an accessory on his wrist. There is an accessory on his wrist. There is an accessory on "
                "his wrist. There is an accessory on his wrist. There",
                "loop",
                hit_limit=True,
            ),
            kind_q("shorts"),
            hue("shorts", "blue and white"),
            pattern_q("leaves"),
            wearing("a pair of blue swim trunks"),
            details(
                "shorts",
                "the shorts have a drawstring waist, a pocket on the back and a zipper on the front",
                "unsupported",
            ),
            describe("shorts", "they are shorts", "non_answer"),
        ),
        "Men",
        {"category": "Swimwear", "color": "Navy", "title": "Palm Print Swim Shorts"},
    ),
    # Co-ord: lilac crinkle shirt and matching wide-leg trousers, white sneakers, on model.
    # Caption: adapter (cut at 50). Rest: base model ("clothing"; wearing leaks; details loops; purple for both
    # pieces is right).
    Case(
        "CO-LIL-07",
        (
            caption(
                "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
                "cotton fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. "
                "The lady wears a pair of shoes and the shoes are",
                "cut",
                hit_limit=True,
            ),
            kind_q("clothing", "non_answer"),
            hue("shirt", "purple"),
            hue("pants", "purple"),
            wearing(
                "she is wearing a purple shirt and purple pants Question: What is she wearing? Answer: she is "
                "wearing a purple shirt and purple pants",
                "leak",
                hit_limit=True,
            ),
            details(
                "shirt",
                "the shirt has a collar and buttons and the pants have an elastic waist. the shirt has a "
                "collar and buttons and the pants have an elastic",
                "loop",
                hit_limit=True,
            ),
        ),
        "Women",
        {"category": "Co-ord Set", "color": "Lilac", "title": "Crinkle Shirt and Trouser Co-ord"},
    ),
    # Flat-lay: ecru linen drawstring trousers on a stone surface. No person, no accessory.
    # Caption: adapter (a lady and a wrist accessory). Rest: base model (closed color and description leak).
    Case(
        "TR-ECR-08",
        (
            caption(
                "The lady wears a long pants with pure color patterns. The pants are with other fabric. There is "
                "an accessory on her wrist.",
                "unsupported",
            ),
            kind_q("pants"),
            main_color("white Question: What is the pattern of the garment? Answer: solid", "leak"),
            fabric_q("linen"),
            details("pants", "drawstring"),
            describe(
                "pants",
                "a pair of beige linen pants with a drawstring waist Question: What is the color of the "
                "pants? Answer: beige Question: What is the",
                "leak",
                hit_limit=True,
            ),
        ),
        None,
        {"category": "Trousers", "color": "Ecru", "title": "Linen Drawstring Trousers"},
    ),
    # Black one-piece swimsuit with a cut-out at the waist, sunglasses pushed up on her head.
    # Caption: adapter (turns the swimsuit into a tank top and shorts). Rest: base model ("he"; a gold ring
    # invented in the cut-out).
    Case(
        "SW-BLK-09",
        (
            caption(
                "The lady wears a sleeveless tank top with pure color patterns and a short pants. The tank top is "
                "with knitting fabric and its neckline is round.",
                "contradiction",
            ),
            kind_q("swimsuit"),
            main_color("black"),
            details("swimsuit", "a cut out at the waist"),
            wearing("he is wearing a black swimsuit and sunglasses", "pronoun"),
            describe(
                "swimsuit",
                "a black swimsuit with a cut out at the waist and a gold ring in the middle of the cut out",
                "unsupported",
            ),
        ),
        "Women",
        {"category": "Swimwear", "color": "Black", "title": "Cut-Out Swimsuit"},
    ),
    # Khaki cargo shorts, white crew tee, navy cap, on a man. Product: the shorts. No catalog columns.
    # Caption: adapter (complete). Rest: base model ("white" from the tee given to the shorts; "they are short";
    # description cut).
    Case(
        "SH-KHK-10",
        (
            caption(
                "The gentleman wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The "
                "T-shirt is with cotton fabric and its neckline is round. The shorts are with cotton fabric and pure "
                "color patterns. There is a hat on his head."
            ),
            hue("shorts", "white", "other_garment_color"),
            hue("t-shirt", "white"),
            details("shorts", "they are short", "non_answer"),
            wearing("a white t - shirt, khaki shorts and a blue hat"),
            describe(
                "shorts",
                "the shorts are khaki cargo shorts with big pockets on the sides and a button and zip at "
                "the front and they are worn with a white t -",
                "cut",
                hit_limit=True,
            ),
        ),
        "Men",
        {},
    ),
    # Flat-lay: mustard broderie anglaise blouse with puff sleeves and a round neck, on white.
    # Caption: adapter (garment voice, correct). Rest: base model (a bow invented; description loops).
    Case(
        "BL-MUS-11",
        (
            caption("The blouse has short sleeves, cotton fabric and pure color patterns. It has a round neckline."),
            kind_q("blouse"),
            main_color("yellow"),
            pattern_q("lace"),
            details("blouse", "puff sleeves and a bow at the neck", "unsupported"),
            describe(
                "blouse",
                "a yellow blouse with puffy sleeves and a ruffled collar and a ruffled collar and a "
                "ruffled collar and a ruffled collar and a ruffled",
                "loop",
                hit_limit=True,
            ),
        ),
        None,
        {"category": "Blouses", "color": "Mustard", "title": "Broderie Puff Sleeve Blouse"},
    ),
    # Rust knitted resort polo (open collar, no buttons or zip) on a man with stone linen trousers. No catalog columns.
    # Caption: adapter (restarts). Rest: base model (orange reused for the trousers; invents a zip).
    Case(
        "PO-RST-12",
        (
            caption(
                "His polo shirt has short sleeves, knitting fabric and pure color patterns. The neckline of it is "
                "lapel. The gentleman wears a long pants. His polo shirt has short sleeves, knitting fabric and pure "
                "color patterns. The neckline of",
                "loop",
                hit_limit=True,
            ),
            hue("polo shirt", "orange"),
            hue("pants", "orange", "contradiction"),
            wearing("he is wearing an orange shirt and beige pants"),
            details("polo shirt", "a collar with a zipper", "unsupported"),
        ),
        "Men",
        {},
    ),
    # White broderie tie-strap playsuit, mini length, tan shoulder bag, on model.
    # Caption: adapter (calls it a dress). Rest: base model (yes-bias on "Is this a dress?"; "none" for details;
    # romper for playsuit accepted).
    Case(
        "PS-WHT-13",
        (
            caption(
                "The female is wearing a sleeveless dress with pure color patterns. The dress is with cotton "
                "fabric and its neckline is suspenders. There is an accessory in her hand.",
                "contradiction",
            ),
            kind_q("romper"),
            main_color("white"),
            is_a("dress", "yes", "contradiction"),
            wearing("a white romper and a brown purse"),
            details("playsuit", "none", "non_answer"),
        ),
        "Women",
        {"category": "Playsuits", "color": "White", "title": "Broderie Tie-Strap Playsuit"},
    ),
    # Colour-block one-shoulder top (orange, pink and red blocks) with white linen trousers. Product: the top.
    # Caption: adapter (correct). Rest: base model (the trousers' white for the top; a necklace invented; details
    # restated; description cut).
    Case(
        "TP-CBK-14",
        (
            caption(
                "The lady wears a sleeveless shirt with color block patterns and a long pants. The shirt is with "
                "cotton fabric. The pants are with cotton fabric and pure color patterns."
            ),
            kind_q("top"),
            hue("top", "white", "other_garment_color"),
            pattern_q("color block"),
            wearing("an orange and pink top, white pants and a gold necklace", "unsupported"),
            details("top", "the details of the top are on the top", "restated"),
            describe(
                "top",
                "the top is a one shoulder top with blocks of orange, pink and red and a tie at the "
                "shoulder and a ruffle along the",
                "cut",
                hit_limit=True,
            ),
        ),
        "Women",
        {"category": "Tops", "color": "Multicolour", "title": "Colour Block One-Shoulder Top"},
    ),
    # Flat-lay: white men's tee with a multi-colour sunset-and-palms print. No catalog columns.
    # Caption: adapter (a gentleman, loops). Rest: base model (the print's orange as the main color; details
    # restated; the description naming the print's colors is right).
    Case(
        "TS-SUN-15",
        (
            caption(
                "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton "
                "fabric and its neckline is round. The gentleman wears a short-sleeve T-shirt with graphic patterns. "
                "The T-shirt is with cotton fabric and its neckline is",
                "loop",
                hit_limit=True,
            ),
            kind_q("t - shirt"),
            main_color("orange", "contradiction"),
            pattern_q("graphic"),
            details("t-shirt", "the details of the t-shirt are the t-shirt details", "restated"),
            describe("t-shirt", "a white t - shirt with a picture of an orange sunset and palm trees on it"),
        ),
        None,
        {},
    ),
    # Navy tiered midi dress with white polka dots, short flutter sleeves, straw hat, brown sandals. No catalog
    # columns. Caption: adapter (says pure color). Rest: base model (wearing loops; details restated).
    Case(
        "SD-DOT-16",
        (
            caption(
                "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric "
                "and its neckline is v-shape. There is a hat on her head.",
                "contradiction",
            ),
            main_color("blue"),
            pattern_q("polka dots"),
            wearing(
                "a blue and white polka dot dress and a straw hat and a straw hat and a straw hat and a straw "
                "hat and a straw",
                "loop",
                hit_limit=True,
            ),
            details("dress", "the details of the dress are the details of the dress", "restated"),
            describe("dress", "a dress with polka dots"),
        ),
        "Women",
        {},
    ),
    # Men's co-ord: camp-collar shirt and matching shorts, green-and-white tropical leaf print.
    # Caption: adapter (cut at 50). Rest: base model ("she"; details echo the prompt format).
    Case(
        "CO-TRP-17",
        (
            caption(
                "The gentleman wears a short-sleeve shirt with floral patterns and a three-point shorts. The shirt "
                "is with cotton fabric and its neckline is lapel. The shorts are with cotton fabric and floral "
                "patterns. There is an accessory on his wrist and his shorts are with",
                "cut",
                hit_limit=True,
            ),
            kind_q("shirt"),
            hue("shirt", "green and white"),
            hue("shorts", "green and white"),
            wearing("she is wearing a green and white shirt and shorts", "pronoun"),
            details(
                "shirt", "Question: What are the shirt details? Answer: the shirt has a collar and buttons", "leak"
            ),
        ),
        "Men",
        {"category": "Co-ord Set", "color": "Green", "title": "Tropical Print Shirt and Shorts Set"},
    ),
    # Coral ribbed bandeau bikini, high-waist bottoms, no ties, no bow; beach.
    # Caption: adapter (tank top and shorts, restarts). Rest: base model (invents a bow; "it is a bikini"; pink for
    # Coral accepted).
    Case(
        "BK-CRL-18",
        (
            caption(
                "The lady wears a sleeveless tank top with pure color patterns and a short shorts. The tank top is "
                "with knitting fabric. The shorts are with knitting fabric. The lady wears a sleeveless tank top "
                "with pure color patterns and a short",
                "loop",
                hit_limit=True,
            ),
            kind_q("bikini"),
            main_color("pink"),
            wearing("a pink bikini"),
            details("bikini", "the bikini has a bow on the front and ties on the side", "unsupported"),
            describe("bikini", "it is a bikini", "restated"),
        ),
        "Women",
        {"category": "Bikini", "color": "Coral", "title": "Ribbed Bandeau Bikini Set"},
    ),
    # Stone relaxed linen trousers (pleats, side pockets) worn with a white linen shirt tucked in, brown loafers.
    # Product: the trousers. Caption: adapter (cut at 50). Rest: base model (the shirt's white for the trousers,
    # twice; description cut; "tucked into the pants" is right).
    Case(
        "TR-STN-19",
        (
            caption(
                "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is "
                "with other fabric and its neckline is lapel. The pants are with other fabric and pure color "
                "patterns. There is an accessory on his waist and the pants are with other fabric and",
                "cut",
                hit_limit=True,
            ),
            hue("pants", "white", "other_garment_color"),
            hue("shirt", "white"),
            details("pants", "the shirt is tucked into the pants"),
            wearing("a white shirt and white pants", "other_garment_color"),
            describe(
                "pants",
                "the pants are beige linen pants with pleats at the front, a straight leg and side "
                "pockets and they are worn with a white shirt and brown",
                "cut",
                hit_limit=True,
            ),
        ),
        "Men",
        {"category": "Trousers", "color": "Stone", "title": "Relaxed Linen Trousers"},
    ),
    # Flat-lay: light-blue high-waist denim shorts with a frayed hem, white board. No catalog columns.
    # Caption: adapter (garment voice, correct). Rest: base model (the board's white as the color; details
    # restated; description leaks).
    Case(
        "SH-DNM-20",
        (
            caption("The shorts are with denim fabric and pure color patterns."),
            kind_q("shorts"),
            main_color("white", "contradiction"),
            fabric_q("denim"),
            details("shorts", "the details of the shorts are the shorts", "restated"),
            describe("shorts", "blue denim shorts Question: Describe the shorts. Answer: blue denim shorts", "leak"),
        ),
        None,
        {},
    ),
    # Khaki button-front midi skirt, white poplin puff-sleeve blouse tucked in; no bracelet. Product: the skirt.
    # No catalog columns. Caption: adapter (loops). Rest: base model (names the blouse as the garment, gives the
    # skirt the blouse's white, answers the details question "no").
    Case(
        "SK-KHK-21",
        (
            caption(
                "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with "
                "cotton fabric and its neckline is round. The skirt is with cotton fabric and pure color patterns. "
                "There is an accessory on her wrist. There is an accessory on her wrist. There",
                "loop",
                hit_limit=True,
            ),
            kind_q("blouse", "contradiction"),
            hue("skirt", "white", "other_garment_color"),
            hue("blouse", "white"),
            wearing("a white shirt and a green skirt"),
            details("skirt", "no", "non_answer"),
        ),
        "Women",
        {},
    ),
    # Navy/white striped linen-blend shirt, short sleeves, one chest pocket, navy shorts, on a man.
    # Caption: adapter (cut at 50). Rest: base model (wearing leaks, details loop; blue shorts are right).
    Case(
        "SH-STR-22",
        (
            caption(
                "The gentleman wears a short-sleeve shirt with stripe patterns and a three-point shorts. The shirt "
                "is with other fabric and its neckline is lapel. The shorts are with cotton fabric and pure color "
                "patterns. There is an accessory on his wrist and the shirt is with",
                "cut",
                hit_limit=True,
            ),
            hue("shirt", "blue and white"),
            pattern_q("stripes"),
            hue("shorts", "blue"),
            wearing(
                "the man is wearing a blue and white striped shirt and blue shorts Question: What is the man "
                "wearing? Answer: the man is wearing a blue and white",
                "leak",
                hit_limit=True,
            ),
            details(
                "shirt",
                "the shirt has a collar and a pocket and a collar and a pocket and a collar and a pocket "
                "and a collar and a pocket and a",
                "loop",
                hit_limit=True,
            ),
        ),
        "Men",
        {"category": "Shirts", "color": "Navy/White", "title": "Striped Linen Blend Shirt"},
    ),
    # Halterneck maxi dress, orange and yellow paisley print, open back, gold hoop earrings.
    # Caption: adapter (correct; floral for paisley accepted). Rest: base model ("he"; details restated;
    # description cut).
    Case(
        "SD-PSL-23",
        (
            caption(
                "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric and its "
                "neckline is halter. The lady wears an earring."
            ),
            main_color("orange"),
            pattern_q("paisley"),
            wearing("he is wearing a long orange dress and earrings", "pronoun"),
            details("dress", "the details of the dress are that it is a dress", "restated"),
            describe(
                "dress",
                "the dress is a long dress with a paisley print in orange and yellow, a halter neck and "
                "an open back that ties at the",
                "cut",
                hit_limit=True,
            ),
        ),
        "Women",
        {"category": "Dresses", "color": "Orange", "title": "Paisley Print Halter Maxi Dress"},
    ),
    # Flat-lay: khaki chino shorts threaded with a brown woven belt, wooden floor.
    # Caption: adapter (a gentleman). Rest: base model ("nothing" for details; description leaks).
    Case(
        "SH-CHN-24",
        (
            caption(
                "The gentleman wears a three-point shorts with pure color patterns. The shorts are with cotton "
                "fabric. There is an accessory on his waist.",
                "unsupported",
            ),
            kind_q("shorts"),
            main_color("khaki"),
            hue("belt", "brown"),
            details("shorts", "nothing", "non_answer"),
            describe("shorts", "the shorts are shorts Question: What are the shorts made of? Answer: cotton", "leak"),
        ),
        None,
        {"category": "Shorts", "color": "Khaki", "title": "Chino Shorts with Belt"},
    ),
    # Co-ord: black linen waistcoat (black horn buttons, no belt) and matching black linen shorts, white
    # sneakers, black shoulder bag. Caption: adapter (cut at 50). Rest: base model (gold buttons and a belt
    # invented; "black" as a whole description is thin but right).
    Case(
        "CO-BLK-25",
        (
            caption(
                "The lady wears a sleeveless vest with pure color patterns and a short shorts. The vest is with "
                "other fabric and its neckline is v-shape. The shorts are with other fabric and pure color "
                "patterns. There is an accessory on her shoulder. The vest is with other fabric and its",
                "cut",
                hit_limit=True,
            ),
            hue("vest", "black"),
            hue("shorts", "black"),
            wearing("black vest and shorts"),
            details("vest", "the vest has gold buttons and a belt", "unsupported"),
            describe("vest", "black"),
        ),
        "Women",
        {"category": "Co-ord Set", "color": "Black", "title": "Linen Waistcoat and Shorts Set"},
    ),
    # Cream crochet short-sleeve shirt, open collar, on a man with navy shorts. No catalog columns.
    # Caption: adapter ("lady"). Rest: base model (white reused for the shorts; description cut).
    Case(
        "SH-CRO-26",
        (
            caption(
                "The lady wears a short-sleeve shirt with pure color patterns and a three-point shorts. The shirt "
                "is with knitting fabric and its neckline is lapel.",
                "pronoun",
            ),
            hue("shirt", "white"),
            pattern_q("crochet"),
            wearing("a white shirt and white shorts", "contradiction"),
            details("shirt", "it is knitted with holes"),
            describe(
                "shirt",
                "the shirt is a cream crochet shirt with short sleeves and an open collar, and it is worn "
                "unbuttoned over the chest with navy shorts and a",
                "cut",
                hit_limit=True,
            ),
        ),
        "Men",
        {},
    ),
    # Red-and-white gingham square-neck sundress, straw basket bag, on model. No catalog columns.
    # Caption: adapter (cut at 50). Rest: base model (garment type leaks; "striped"; "a man"; details loop).
    Case(
        "SD-GNG-27",
        (
            caption(
                "The female is wearing a sleeveless dress with lattice patterns. The dress is with cotton fabric "
                "and its neckline is square. There is an accessory in her hand. The dress is with cotton fabric and "
                "lattice patterns and its neckline is",
                "cut",
                hit_limit=True,
            ),
            kind_q("dress Question: What is the color of the dress? Answer: red", "leak"),
            main_color("red and white"),
            pattern_q("striped", "contradiction"),
            wearing("a man in a red and white checkered dress holding a basket", "pronoun"),
            details(
                "dress",
                "the dress is a dress with a square neck and the dress is a dress with a square neck and "
                "the dress is a dress with a",
                "loop",
                hit_limit=True,
            ),
        ),
        "Women",
        {},
    ),
    # Multicolour patchwork-print resort shirt (blue, yellow, orange squares) and white trousers, on a man.
    # Caption: adapter (cut at 50). Rest: base model (the shirt's blue for the trousers; "the shirt is a shirt").
    Case(
        "SH-PAT-28",
        (
            caption(
                "The gentleman wears a short-sleeve shirt with graphic patterns and a long pants. The shirt is with "
                "cotton fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. "
                "The shirt is with cotton fabric and its",
                "cut",
                hit_limit=True,
            ),
            hue("shirt", "blue, yellow and orange"),
            hue("pants", "blue", "contradiction"),
            pattern_q("patchwork"),
            wearing("a colorful shirt and white pants"),
            describe("shirt", "the shirt is a shirt", "restated"),
        ),
        "Men",
        {"category": "Shirts", "color": "Multicolour", "title": "Patchwork Print Resort Shirt"},
    ),
    # Flat-lay: terracotta linen wide-leg trousers with a self-tie belt, on white, dried flowers as props.
    # No catalog columns. Caption: adapter (reads the props as a floral pattern). Rest: base model (garment type
    # leaks; details loop; a description that names the props is right).
    Case(
        "TR-TER-29",
        (
            caption("The pants are with other fabric and floral patterns. The pants are long.", "contradiction"),
            kind_q("pants Question: What color are the pants? Answer: orange", "leak"),
            main_color("orange"),
            pattern_q("solid"),
            details(
                "pants",
                "a belt at the waist and a belt at the waist and a belt at the waist and a belt at the "
                "waist and a belt at the",
                "loop",
                hit_limit=True,
            ),
            describe("pants", "orange pants with a belt and dried flowers next to them"),
        ),
        None,
        {},
    ),
    # Men's co-ord: sage linen short-sleeve shirt and matching shorts, beige sandals, straw hat in hand.
    # Caption: adapter (correct). Rest: base model (beige of the sandals for the shorts, "she", details loop).
    Case(
        "CO-SAG-30",
        (
            caption(
                "The gentleman wears a short-sleeve shirt with pure color patterns and a three-point shorts. The "
                "shirt is with other fabric and its neckline is lapel. The shorts are with other fabric and pure "
                "color patterns. There is a hat in his hand."
            ),
            kind_q("shirt and shorts"),
            hue("shirt", "green"),
            hue("shorts", "beige", "contradiction"),
            wearing("she is wearing a green shirt and shorts and a hat", "pronoun"),
            details(
                "shirt",
                "the shirt has a collar, buttons, and a pocket, the shorts have a drawstring and pockets, "
                "the shirt has a collar, buttons",
                "loop",
                hit_limit=True,
            ),
        ),
        "Men",
        {"category": "Co-ord Set", "color": "Sage", "title": "Linen Shirt and Short Set"},
    ),
    # Cobalt satin bias-cut midi skirt (no slit, no ruffle), plain white tee, gold sandals.
    # Caption: adapter (restarts). Rest: base model (blue reused for the tee; slit and ruffle invented).
    Case(
        "SK-COB-31",
        (
            caption(
                "The female is wearing a short-sleeve T-shirt with pure color patterns and a long skirt. The "
                "T-shirt is with cotton fabric and its neckline is round. The skirt is with chiffon fabric. The "
                "female is wearing a short-sleeve T-shirt",
                "loop",
                hit_limit=True,
            ),
            kind_q("skirt Question: What is the color of the skirt? Answer: blue", "leak"),
            hue("skirt", "blue"),
            hue("t-shirt", "blue", "contradiction"),
            wearing("a white t - shirt and a blue skirt and gold sandals"),
            details("skirt", "the skirt is long and has a slit on the side and a ruffle at the bottom", "unsupported"),
        ),
        "Women",
        {"category": "Skirts", "color": "Blue", "title": "Satin Bias Midi Skirt"},
    ),
    # Flat-lay: white linen band-collar long-sleeve shirt, folded, on wood.
    # Caption: adapter (garment voice, but short sleeves). Rest: base model (cotton for linen, description loops).
    Case(
        "SH-WLN-32",
        (
            caption(
                "His shirt has short sleeves, other fabric and pure color patterns. The neckline of it is stand.",
                "contradiction",
            ),
            kind_q("shirt"),
            main_color("white"),
            fabric_q("cotton", "contradiction"),
            describe(
                "shirt",
                "a white shirt with a mandarin collar and long sleeves. a white shirt with a mandarin "
                "collar and long sleeves. a white shirt with a",
                "loop",
                hit_limit=True,
            ),
        ),
        None,
        {"category": "Shirts", "color": "White", "title": "Linen Band Collar Shirt"},
    ),
    # Colour-block swimsuit: black body, white side panels, round neck, no zip.
    # No catalog columns. Caption: adapter (tank top plus invented shorts, cut). Rest: base model (zip invented;
    # wearing leaks).
    Case(
        "SW-CBK-33",
        (
            caption(
                "The lady wears a sleeveless tank top with color block patterns. The tank top is with knitting "
                "fabric and its neckline is round. The lady wears a three-point shorts with pure color patterns. The "
                "shorts are with knitting fabric and its waist is",
                "cut",
                hit_limit=True,
            ),
            kind_q("swimsuit"),
            main_color("black and white"),
            pattern_q("color block"),
            wearing(
                "a black and white swimsuit Question: What is the woman wearing? Answer: a black and white swimsuit "
                "Question: What is the",
                "leak",
                hit_limit=True,
            ),
            details("swimsuit", "a zipper on the front", "unsupported"),
        ),
        "Women",
        {},
    ),
    # Stone linen-blend drawstring shorts, black tee, sunglasses, on a man. Product: the shorts.
    # Caption: adapter ("lady"). Rest: base model (black of the tee for the shorts; description leaks).
    Case(
        "SH-STN-34",
        (
            caption(
                "The lady wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The "
                "T-shirt is with cotton fabric and its neckline is round. The shorts are with other fabric and pure "
                "color patterns. The lady wears sunglasses.",
                "pronoun",
            ),
            hue("shorts", "black", "other_garment_color"),
            hue("t-shirt", "black"),
            wearing("a black t shirt and beige shorts and sunglasses"),
            details("shorts", "drawstring waist and side pockets"),
            describe("shorts", "beige linen shorts Answer: beige linen shorts with a drawstring", "leak"),
        ),
        "Men",
        {"category": "Shorts", "color": "Stone", "title": "Linen Blend Drawstring Shorts"},
    ),
    # Co-ord: white broderie crop top (square neck) and matching mini skirt, brown crossbody bag, sandals.
    # Caption: adapter (cut). Rest: base model (the bag's brown given to the skirt; details loop; the wearing
    # answer's brown bag is right).
    Case(
        "CO-BRD-35",
        (
            caption(
                "The lady wears a sleeveless tank top with pure color patterns and a short skirt. The tank top is "
                "with cotton fabric and its neckline is square. The skirt is with cotton fabric and pure color "
                "patterns. There is an accessory on her",
                "cut",
                hit_limit=True,
            ),
            kind_q("crop top and skirt"),
            hue("top", "white"),
            hue("skirt", "brown", "contradiction"),
            wearing("a white top and skirt with a brown bag"),
            details(
                "top",
                "the top and skirt are white and the top and skirt are white and the top and skirt are "
                "white and the top and",
                "loop",
                hit_limit=True,
            ),
        ),
        "Women",
        {"category": "Co-ord Set", "color": "White", "title": "Broderie Crop Top and Skirt Set"},
    ),
    # Black-and-white geometric print Cuban-collar shirt, black trousers, on a man. No catalog columns.
    # Caption: adapter (correct). Rest: base model (white for the black trousers; wearing loops; "her shirt").
    Case(
        "SH-GEO-36",
        (
            caption(
                "The gentleman wears a short-sleeve shirt with graphic patterns and a long pants. The shirt is with "
                "cotton fabric and its neckline is lapel. The pants are with cotton fabric and pure color "
                "patterns."
            ),
            hue("shirt", "black and white"),
            hue("pants", "white", "contradiction"),
            pattern_q("geometric"),
            wearing(
                "a black and white shirt and black pants and a black and white shirt and black pants and a black "
                "and white shirt and",
                "loop",
                hit_limit=True,
            ),
            details("shirt", "her shirt has a cuban collar", "pronoun"),
        ),
        "Men",
        {},
    ),
    # Flat-lay: rainbow-striped knitted vest top on a pink board.
    # Caption: adapter (garment voice, correct). Rest: base model (details restated; description with the pink
    # background is right).
    Case(
        "TP-RBW-37",
        (
            caption("The tank top is with knitting fabric and stripe patterns. The neckline of it is round."),
            main_color("rainbow"),
            pattern_q("stripes"),
            details("tank top", "the tank top details are the details of the tank top", "restated"),
            describe(
                "tank top",
                "a knitted tank top with red, orange, yellow, green, blue and purple stripes on a pink background",
            ),
        ),
        None,
        {"category": "Tops", "color": "Multicolour", "title": "Rainbow Stripe Knit Vest Top"},
    ),
    # Khaki belted linen utility jumpsuit, short sleeves, chest pockets, white sneakers.
    # Caption: adapter (a shirt and pants). Rest: base model (details say nothing; description loops).
    Case(
        "JS-KHK-38",
        (
            caption(
                "The lady wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with "
                "other fabric and its neckline is lapel. The pants are with other fabric and pure color patterns.",
                "contradiction",
            ),
            kind_q("jumpsuit"),
            main_color("green"),
            wearing("a green jumpsuit and white shoes"),
            details("jumpsuit", "the details are on the jumpsuit", "non_answer"),
            describe(
                "jumpsuit",
                "the jumpsuit is a jumpsuit with a jumpsuit collar and a jumpsuit belt and jumpsuit "
                "pockets and jumpsuit sleeves and a jumpsuit",
                "loop",
                hit_limit=True,
            ),
        ),
        "Women",
        {"category": "Jumpsuits", "color": "Khaki", "title": "Belted Linen Utility Jumpsuit"},
    ),
    # Flat-lay styled outfit: white linen straight trousers (product) with a navy polo and brown belt, on wood.
    # Caption: adapter (a gentleman). Rest: base model (the polo's blue for the trousers; details leak).
    Case(
        "TR-WHT-39",
        (
            caption(
                "The gentleman wears a short-sleeve polo shirt with pure color patterns and a long pants. The polo "
                "shirt is with cotton fabric and its neckline is lapel. There is an accessory on his waist.",
                "unsupported",
            ),
            kind_q("pants"),
            hue("pants", "blue", "other_garment_color"),
            hue("polo shirt", "blue"),
            details(
                "pants",
                "belt loops and a zip fly Question: What are the pants made of? Answer: linen Question: What are",
                "leak",
                hit_limit=True,
            ),
            describe("pants", "white pants, blue shirt and brown belt on a wooden floor"),
        ),
        None,
        {"category": "Trousers", "color": "White", "title": "Linen Blend Straight Trousers"},
    ),
    # Lemon linen tie-front blouse with white cotton shorts and a straw bag, on model. Product: the blouse.
    # Caption: adapter ("gentleman"). Rest: base model (white of the shorts for the blouse, twice; description cut).
    Case(
        "BL-LEM-40",
        (
            caption(
                "The gentleman wears a short-sleeve shirt with pure color patterns and a short shorts. The shirt is "
                "with other fabric and its neckline is v-shape. The shorts are with cotton fabric and pure color "
                "patterns.",
                "pronoun",
            ),
            hue("blouse", "white", "other_garment_color"),
            hue("shorts", "white"),
            wearing("a white shirt and white shorts and a straw bag", "other_garment_color"),
            details("blouse", "tie front"),
            describe(
                "blouse",
                "the blouse is a yellow linen blouse with a tie at the front, short sleeves and a v neck "
                "and it is worn with white shorts and a",
                "cut",
                hit_limit=True,
            ),
        ),
        "Women",
        {"category": "Blouses", "color": "Yellow", "title": "Tie Front Linen Blouse"},
    ),
    # Rust swim shorts, white linen shirt worn open, on a man at a pool; no lining visible. No catalog columns.
    # Caption: adapter (correct). Rest: base model (orange reused for the shirt, white for the shorts in the
    # wearing answer; mesh lining invented; description loops).
    Case(
        "SW-RST-41",
        (
            caption(
                "The gentleman wears a long-sleeve shirt with pure color patterns and a three-point shorts. The "
                "shirt is with other fabric and its neckline is lapel. The shorts are with cotton fabric and pure "
                "color patterns."
            ),
            kind_q("swim trunks"),
            hue("shorts", "orange"),
            hue("shirt", "orange", "contradiction"),
            wearing("a white shirt and white shorts", "other_garment_color"),
            details("shorts", "they have a drawstring and a mesh lining", "unsupported"),
            describe(
                "shorts",
                "orange swim shorts with a drawstring, orange swim shorts with a drawstring, orange swim "
                "shorts with a drawstring, orange swim",
                "loop",
                hit_limit=True,
            ),
        ),
        "Men",
        {},
    ),
    # White linen mini dress with a broderie hem, pink straw hat, beach with the blue sea behind. No catalog
    # columns. Caption: adapter (correct). Rest: base model (all correct: a suspicious-looking clean product).
    Case(
        "SD-WHT-42",
        (
            caption(
                "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric and "
                "its neckline is v-shape. There is a hat on her head."
            ),
            kind_q("dress"),
            main_color("white"),
            wearing("a white dress and a pink hat"),
            describe("dress", "a woman in a white dress standing on the beach with the blue sea behind her"),
            details("dress", "the dress has a lace hem"),
        ),
        "Women",
        {},
    ),
    # Co-ord: multicolour floral wrap top and matching shorts (pink, green and blue flowers on white).
    # Caption: adapter (restarts). Rest: base model ("he"; gold buttons invented; empty description; pink for both
    # pieces is right).
    Case(
        "CO-FLR-43",
        (
            caption(
                "The lady wears a sleeveless shirt with floral patterns and a short shorts. The shirt is with "
                "chiffon fabric and its neckline is v-shape. The shorts are with chiffon fabric. The lady wears a "
                "sleeveless shirt with floral patterns",
                "loop",
                hit_limit=True,
            ),
            kind_q("shirt"),
            hue("shirt", "pink"),
            hue("shorts", "pink"),
            wearing("he is wearing a floral top and shorts", "pronoun"),
            details("top", "the top has a tie at the side and gold buttons down the front", "unsupported"),
            describe("top", "", "non_answer"),
        ),
        "Women",
        {"category": "Co-ord Set", "color": "Multicolour", "title": "Floral Wrap Top and Shorts Set"},
    ),
]
