"""BLIND_30 (44 products; a US women's plus-size and intimates retailer: bras, panties, lingerie, shapewear, sleepwear,
loungewear, plus-size dresses, tops, jeans and swimwear; enrich's default closed questions with the experiments'
open ones; the retailer's fancy color names and a gender column that holds the department, "Plus"): written blind in
the fourteenth session and measured blind at b0df540: 87/140 and 14/131. The writer's notes, verbatim:

BLIND_30: a blind corpus of BLIP-2 outputs for a US women's plus-size and intimates retailer.

Scenario
--------
A retailer in the Torrid / Lane Bryant / Victoria's Secret mould runs enrich over its catalog photos: bras,
bralettes, panties and panty packs, lingerie sets, bodysuits, shapewear, sleepwear (pajama sets, nightgowns, sleep
shirts, robes, chemises), lounge sets, plus-size dresses, tops, blouses, jeans, leggings, swimsuits and cover-ups,
sweaters/cardigans and a few accessories (a bag, slippers). Photos are on-model studio shots on white, pink or grey
backdrops (lingerie, sleepwear worn over lingerie, layered outfits: a robe open over a bra, a kimono over a
swimsuit, a tee tucked into jeans), ghost-mannequin shots and flat product shots (gender None), and panty packs laid
flat. About two thirds of the products carry the retailer's catalog columns (category, its fancy color name, title),
passed to case() as keywords; the rest have none.

Which system produced which text
--------------------------------
* caption: either the untuned base model (short lower-case sentences: "a woman in red lingerie posing on a grey
  background") or the experiments' caption adapter (DeepFashion-MultiModal template: "The lady wears a sleeveless
  tank top with pure color patterns. The tank top is with satin fabric ...", pattern words, no hue names; it never
  learned to stop, so it usually runs to the 50-token limit, cut mid-sentence or looping). Each Case comment says
  which.
* closed questions (garment_type, color, pattern, sleeve_length from DEFAULT_QUESTIONS, the experiments'
  "What is the color of the <garment>?" via color_of(kind="closed")): the VQA adapter through the reference
  engine, stored raw. It answers In-shop class names (tank, tee, shorts, jacket, romper, denim...), loops
  ("red-red-red..."), leaks the "Question: ... Answer:" format and answers about another layer of the outfit.
* open questions (wearing, describe, details, material): the untuned base model (30 new tokens at most) unless
  the comment says the caption adapter answered (the caption template returned for the
  question, running to the limit).

How it was written (blind)
--------------------------
I read only /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py (the Text/Case layout,
the helpers, DEFAULT_QUESTIONS / BLIND_QUESTIONS and the TARGETS keys). I did not read the audits, enrich, docs,
other tests or any other corpus, and ran nothing but the import/count check (the only other thing seen was the
file names of /work/bench/s13, listed once by accident when reading the brief). The phrasings come from what BLIP-2
OPT-2.7b and the DeepFashion/In-shop-trained adapters produce, per CONTEXT.md "What went wrong".

Label conventions and judgement calls
-------------------------------------
* One label per text: the fault a reviewer would fix first. Correct texts have failure None and hit_limit False.
  hit_limit=True marks texts that ran to the limit (30 new tokens for answers, 50 for captions).
* cut: ran to the limit and stops mid-sentence/mid-phrase, content otherwise true of the photo.
* loop: repeats a word or phrase until the limit (content may be right or wrong; the loop is fixed first, e.g.
  the template's "short pants" for a panty pack that then loops). Two template captions that run to the limit are
  labelled by their worse fault instead: the T-shirt template for slippers (contradiction) and the invented lower
  garment for a flat-shot bra (unsupported); both keep hit_limit=True.
* leak: the answer continues with "Question: ... Answer: ..." from the prompt format.
* contradiction: a garment type, color, pattern or sleeve length the photo/catalog contradict: In-shop classes that
  are another product (tank for a bra, shorts for panties or a bikini, jacket for a robe, romper for a swimsuit or
  bodysuit, dress for a nightgown), a closed color or pattern that belongs to another layer of the outfit (the bra
  under a robe, the jeans under a tee), sleeves for leggings or a bag, a garment answer for an accessory, and the
  caption template that describes a T-shirt for slippers.
* other_garment_color: an OPEN answer (wearing/describe/details) that gives the product the color of
  another garment in the photo (the robe called black because of the bra under it).
* unsupported: invented details (zippers, slits, hoods, front clasps, stockings, a belt) and materials that the
  photo contradicts (silk for matte cotton pajamas, denim for a georgette blouse, cotton for satin); also the
  caption template that invents a "lower clothing" on a flat shot of a bra alone.
* non_answer: empty, or only the question's words back ("they are leggings" for the leggings' details, "a blouse").
* restated: the question echoed back as a sentence with no content ("the bodysuit details are the bodysuit's
  details", "the material of the garment is the material").
* pronoun: he/his/a man for a woman model.
* Accepted as correct: near-hue synonyms for the retailer's names (wine -> red, maroon, burgundy; champagne ->
  beige, tan; ivory cream -> white, cream; dusty rose / pink blush -> pink; jade -> green, teal; coffee bean ->
  brown; midnight navy -> blue, navy; heather grey -> grey; oatmeal heather -> beige; coral -> orange), "leopard"
  or "brown" for leopard print, two-color answers for two-color garments, texts that also mention the backdrop or
  the other garments of the outfit, the template's "shirt" for a lace bodysuit worn tucked in like a top, "tank"
  for a cami top, "denim" for jeans, "sweatshirt" for a hoodie, "dress" for a crochet cover-up dress, the
  template's "medium sleeves" for elbow sleeves and "lattice" for buffalo check, "graphic" for a star print or a
  text print, "floral" for a white blouse with floral embroidery, "plaid" for buffalo check, and a product named in
  the answer to "What is the person wearing?" on a flat shot. A material that cannot be checked but fits the
  photo (chiffon, "a stretchy material") is correct; the caption adapter's template on a flat shot ("The lady
  wears ...") is judged on the garment it names.
"""

from __future__ import annotations

from tests.audit_corpus import (
    DEFAULT_QUESTIONS as D,
)
from tests.audit_corpus import (
    Case,
    caption,
    case,
    color_of,
    describe,
    details,
    wearing,
)

garment_type, color, pattern, sleeves, material = (
    D.garment_type,
    D.color,
    D.pattern,
    D.sleeve_length,
    D.material,
)

BLIND_30: list[Case] = [
    # Plus model on a pink backdrop in a black lace push-up plunge bra (small bow at the center) with the matching
    # black lace panty, hands on hips. Base-model caption.
    case(
        "PL-30001",
        caption("a plus size woman in black lingerie posing on a pink background"),
        garment_type("tank", "contradiction"),
        color("black"),
        describe("bra", "the bra is black lace with a plunging neckline and underwire"),
        details(
            "bra",
            "the bra has black lace cups, a small bow in the center, adjustable straps and a deep plunging neckline"
            " with padded cups that push up the",
            "cut",
            hit_limit=True,
        ),
        gender="Plus",
        category="Bras",
        color="Rich Black",
        title="Plus Size Lace Push-Up Plunge Bra",
    ),
    # Flat lay on white: three solid cotton hipster panties, heather grey, blush pink and black. No person.
    # Caption adapter caption (the template with a "lady", looping).
    case(
        "PL-30002",
        caption(
            "The lady wears a short pants with pure color patterns. The pants are with cotton fabric. The lady wears"
            " a short pants with pure color patterns. The pants are with cotton fabric. The lady wears a short pants"
            " with",
            "loop",
            hit_limit=True,
        ),
        wearing("three pairs of underwear"),
        garment_type("shorts", "contradiction"),
        color(
            "pink-grey-pink-grey-pink-grey-pink-grey-pink-grey-pink-grey-pink-grey-pink-grey", "loop", hit_limit=True
        ),
        material("cotton"),
        describe("panties", "three pairs of panties in grey, pink and black"),
        gender=None,
        category="Panties",
        color="Neutral Multi",
        title="Cotton Hipster Panty 3-Pack",
    ),
    # Plus model on a grey backdrop in a champagne satin cami (lace trim at the V neckline, adjustable straps) and
    # matching satin shorts, barefoot. Caption adapter caption; the pajama-set description is the caption adapter too.
    case(
        "PL-30003",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with satin fabric. It has"
            " a v-shape neckline. The shorts this lady wears are of short length. The shorts are with satin fabric and"
            " pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a satin pajama set"),
        color("beige"),
        details("cami", "the cami has lace trim on the neckline and adjustable straps"),
        describe(
            "pajama set",
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with satin fabric. It has"
            " a v-shape neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        material(
            "satin Question: What material is the garment made of? Answer: satin Question: What material is the"
            " garment",
            "leak",
            hit_limit=True,
        ),
        gender="Plus",
    ),
    # Plus model on a white backdrop in a wine short-sleeve crew-neck ribbed bodycon midi dress (no slit, no
    # zipper), white sneakers. Base-model caption.
    case(
        "PL-30004",
        caption("a woman in a red dress standing in front of a white wall"),
        wearing("he is wearing a maroon dress and white sneakers", "pronoun"),
        garment_type("dress"),
        color("red-red-red-red-red-red-red-red-red-red-red-red-red-red-red", "loop", hit_limit=True),
        sleeves("short-sleeve"),
        details("dress", "the dress has a slit on the side and a zipper in the back", "unsupported"),
        gender="Plus",
        category="Dresses",
        color="Wine",
        title="Super Soft Plus Size Ribbed Midi Dress",
    ),
    # Plus model on a grey backdrop in a dusty rose plush hooded long robe, worn open over a black lace bra and black
    # panties; two front patch pockets, the belt hangs loose. Base-model caption.
    case(
        "PL-30005",
        caption("a woman in a pink robe and black lingerie"),
        wearing("a black robe over a black bra", "other_garment_color"),
        garment_type("jacket", "contradiction"),
        color("black", "contradiction"),
        color_of("robe", "pink"),
        describe("robe", "the robe is pink and fluffy with a hood"),
        details(
            "robe",
            "the robe has a hood, long sleeves, two pockets on the front, a tie belt at the waist and a soft plush"
            " fabric that is very warm and",
            "cut",
            hit_limit=True,
        ),
        gender="Plus",
        category="Sleepwear",
        color="Dusty Rose",
        title="Plush Hooded Long Robe",
    ),
    # Ghost mannequin on white: ivory unlined lace triangle bralette, scalloped edges, thin straps. No catalog
    # columns. Caption adapter caption (looping).
    case(
        "PL-30006",
        caption(
            "The upper clothing has no sleeves, lace fabric and pure color patterns. It has a v-shape neckline. The"
            " upper clothing has no sleeves, lace fabric and pure color patterns. It has a v-shape neckline. The upper",
            "loop",
            hit_limit=True,
        ),
        wearing("a white lace bra"),
        garment_type("bra"),
        color("white"),
        describe(
            "bralette",
            "a white lace bralette with thin straps, scalloped edges, a triangle cut and no padding or underwire, it"
            " is made of a soft stretchy lace that is",
            "cut",
            hit_limit=True,
        ),
        details("bralette", "what are the bralette details? the bralette details are", "restated"),
    ),
    # Flat product shot on white: beige high-waist smoothing shaping brief, wide waistband, plain (no lace, no
    # bow). Base-model caption.
    case(
        "PL-30007",
        caption("a beige high waisted panty on a white background"),
        wearing("a pair of beige underwear"),
        garment_type("shorts", "contradiction"),
        color(
            "beige Question: What is the color of the garment? Answer: beige Question: What is the color of the"
            " garment? Answer: beige",
            "leak",
            hit_limit=True,
        ),
        details("brief", "a high waisted brief with a lace trim and a bow on the front", "unsupported"),
        material("it is made of a stretchy material"),
        gender=None,
        category="Lingerie",
        color="Warm Nude",
        title="High-Waist Smoothing Shaping Brief",
    ),
    # Plus model on a pink backdrop in a leopard print satin chemise (tan ground, black spots), black lace trim at
    # the cups and hem, spaghetti straps, mid-thigh. Base-model caption.
    case(
        "PL-30008",
        caption("a woman in a leopard print nightgown"),
        wearing("a leopard print slip dress"),
        garment_type(
            "dress Question: What is the color of the dress? Answer: brown Question: What is the color of the dress?"
            " Answer: brown",
            "leak",
            hit_limit=True,
        ),
        color("brown"),
        pattern("leopard"),
        describe("chemise", "he is wearing a leopard print chemise", "pronoun"),
        details(
            "chemise",
            "black lace trim on the bust and hem, thin adjustable spaghetti straps, a v neckline and a short hem"
            " that falls to the middle of the",
            "cut",
            hit_limit=True,
        ),
        gender="Plus",
        category="Lingerie",
        color="Leopard Print",
        title="Plus Size Leopard Print Satin Chemise",
    ),
    # Plus model on a white backdrop in dark indigo high-rise skinny jeans with a white short-sleeve tee tucked in,
    # tan belt, white sneakers. Caption adapter caption.
    case(
        "PL-30009",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has"
            " a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns."
            " There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and jeans"),
        garment_type("denim"),
        color("white", "contradiction"),
        color_of("jeans", "blue"),
        describe("jeans", "the jeans are white skinny jeans", "other_garment_color"),
        details("jeans", "they are jeans", "non_answer"),
        gender="Plus",
        category="Jeans",
        color="Dark Indigo Wash",
        title="Plus Size Bombshell High-Rise Skinny Jean",
    ),
    # Plus model on a grey backdrop in black full-length leggings with a heather grey long-sleeve tunic sweater,
    # black flats. Base-model caption; the leggings' details came from the caption adapter.
    case(
        "PL-30010",
        caption("a woman in a grey sweater and black leggings"),
        wearing("a grey sweater and black leggings"),
        garment_type("sweater", "contradiction"),
        color("grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey", "loop", hit_limit=True),
        color_of("leggings", "black"),
        describe("leggings", "the leggings are black and have a high waist"),
        details(
            "leggings",
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has"
            " a round neckline. The lady wears",
            "cut",
            hit_limit=True,
        ),
        gender="Plus",
        category="Leggings",
        color="Rich Black",
        title="Plus Size Signature Waist Full Length Legging",
    ),
    # Plus model on a white backdrop in a midnight navy one-piece swimsuit: V neck, wide straps, ruched sides,
    # closed back (no cut-outs, no ties). Base-model caption.
    case(
        "PL-30011",
        caption("a man in a blue swimsuit posing for a photo", "pronoun"),
        wearing("a navy blue bathing suit"),
        garment_type("romper", "contradiction"),
        color("blue"),
        describe("swimsuit", "a navy blue one piece swimsuit with ruching on the side and a v neck"),
        details("swimsuit", "the swimsuit has a cut out on the back and a tie at the neck", "unsupported"),
        gender="Plus",
    ),
    # Plus model on a white backdrop in a sheer knee-length chiffon kimono cover-up (white ground, pink, orange and
    # green flowers, elbow-length wide sleeves) worn open over a black one-piece swimsuit. Caption adapter caption.
    case(
        "PL-30012",
        caption(
            "The lady wears a medium-sleeve cardigan with floral patterns. The cardigan is with chiffon fabric. The"
            " lady wears a medium-sleeve cardigan with floral patterns. The cardigan is with chiffon fabric. The lady"
            " wears a medium",
            "loop",
            hit_limit=True,
        ),
        wearing("a black swimsuit and a floral kimono"),
        garment_type(
            "cardigan Question: Is this a cardigan? Answer: yes Question: Is this a cardigan? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        color("black", "contradiction"),
        pattern("floral"),
        describe("cover-up", "a black and white floral cover up", "other_garment_color"),
        material("chiffon"),
        gender="Plus",
        category="Swimwear",
        color="Multi Floral",
        title="Plus Size Floral Chiffon Kimono Cover-Up",
    ),
    # Plus model on a grey backdrop in a long ivory cable-knit open-front duster cardigan (two patch pockets, ribbed
    # cuffs and hem, no hood) over a black tank top and blue jeans. Base-model caption.
    case(
        "PL-30013",
        caption("a woman in a white cardigan and jeans"),
        wearing("a white sweater, black top and jeans"),
        color("black", "contradiction"),
        color_of("cardigan", "cream"),
        details(
            "cardigan",
            "the cardigan has two pockets on the front, long sleeves, a cable knit pattern down the front and the"
            " back and ribbed cuffs and a ribbed",
            "cut",
            hit_limit=True,
        ),
        describe("cardigan", "the cardigan is a long white cardigan with a hood", "unsupported"),
        gender="Plus",
        category="Sweaters",
        color="Ivory Cream",
        title="Plus Size Cable Knit Open-Front Duster Cardigan",
    ),
    # Model on a white backdrop in a black sheer lace long-sleeve scoop-neck bodysuit tucked into light-wash
    # high-rise jeans. Caption adapter caption (this one stopped on its own; "shirt" accepted for the bodysuit worn
    # as a top).
    case(
        "PL-30014",
        caption(
            "The lady wears a long-sleeve shirt with lace patterns. The shirt is with lace fabric. It has a round"
            " neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a black lace bodysuit and jeans"),
        garment_type("denim", "contradiction"),
        color("black"),
        describe("bodysuit", "a blue lace bodysuit with long sleeves", "other_garment_color"),
        details(
            "bodysuit",
            "she is wearing a black lace bodysuit with jeans she is wearing a black lace bodysuit with jeans she is"
            " wearing a black",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="Rich Black",
        title="Lace Long Sleeve Scoop Neck Bodysuit",
    ),
    # Plus model on a white backdrop in a navy-and-white striped cotton (matte) pajama set: notch-collar
    # five-button long-sleeve top with white piping and a chest pocket, matching long pants. Base-model caption.
    case(
        "PL-30015",
        caption("a man in blue and white striped pajamas", "pronoun"),
        wearing("blue and white striped pajamas"),
        color("blue and white"),
        pattern("striped"),
        details(
            "pajama top",
            "the pajama top has a notch collar, white piping, five buttons down the front, a pocket on the chest"
            " and long sleeves with white piping on the",
            "cut",
            hit_limit=True,
        ),
        describe("pajama set", "he is wearing a striped pajama set", "pronoun"),
        material("silk", "unsupported"),
        gender="Plus",
        category="Sleepwear",
        color="Navy Stripe",
        title="Plus Size Striped Button-Front Long Sleeve Pajama Set",
    ),
    # Plus model on a pink backdrop in a heather grey short-sleeve knee-length jersey sleep shirt with "Sleepy Head"
    # printed in pink on the chest (no pocket, no buttons). Caption adapter caption (looping).
    case(
        "PL-30016",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a"
            " round neckline. The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton"
            " fabric. It",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing a grey nightgown", "pronoun"),
        garment_type(
            "dress Question: What is the color of the dress? Answer: grey Question: What is the pattern of the dress?"
            " Answer: graphic Question:",
            "leak",
            hit_limit=True,
        ),
        color("grey"),
        pattern("graphic"),
        describe("sleep shirt", "a grey sleep shirt with pink writing on it"),
        details("sleep shirt", "the sleep shirt has a pocket and a button down front", "unsupported"),
        gender="Plus",
        category="Sleepwear",
        color="Heather Grey",
        title="Plus Size Jersey Knit Sleep Shirt",
    ),
    # Plus model on a white backdrop in a jade fleece pullover hoodie (kangaroo pocket, drawstring hood) and
    # matching jogger pants, white socks. Base-model caption.
    case(
        "PL-30017",
        caption("a woman in a green sweatsuit standing in front of a white background"),
        wearing("a green hoodie and sweatpants"),
        garment_type("sweatshirt"),
        color(
            "green-green-green-green-green-green-green-green-green-green-green-green-green-green-green",
            "loop",
            hit_limit=True,
        ),
        describe(
            "lounge set",
            "a green lounge set with a hoodie and joggers, the hoodie has a kangaroo pocket and a drawstring hood"
            " and the joggers have an elastic waistband and",
            "cut",
            hit_limit=True,
        ),
        details("hoodie", "the hoodie has a kangaroo pocket and a drawstring hood"),
        gender="Plus",
    ),
    # Plus model on a white backdrop in a faux-wrap maxi dress: navy ground with pink and white flowers, short
    # flutter sleeves, V neck, tie at the waist, no slit. Caption adapter caption; the description came from the
    # caption adapter too.
    case(
        "PL-30018",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a"
            " v-shape neckline. The dress is of long length. There is a belt on her waist. The lady wears a"
            " short-sleeve",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue floral dress"),
        color("blue"),
        pattern("floral"),
        describe(
            "dress",
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a"
            " v-shape neckline. The",
            "cut",
            hit_limit=True,
        ),
        details("dress", "it has a tie at the waist and a slit in the front", "unsupported"),
        gender="Plus",
    ),
    # Ghost mannequin on white: pale pink georgette long-sleeve tie-neck blouse (bow at the neck, buttoned cuffs).
    # Base-model caption.
    case(
        "PL-30019",
        caption("a pink blouse with a bow on the neck"),
        garment_type("blouse"),
        color("pink"),
        describe("blouse", "a blouse", "non_answer"),
        details(
            "blouse",
            "bow Question: What are the blouse details? Answer: bow Question: What are the blouse details? Answer:"
            " bow Question: What are",
            "leak",
            hit_limit=True,
        ),
        material("it is made of denim", "unsupported"),
        gender=None,
        category="Tops",
        color="Pink Blush",
        title="Georgette Tie-Neck Blouse",
    ),
    # Flat product shot on a grey backdrop: beige smooth molded-cup T-shirt bra (no lace, back hook closure). No
    # catalog columns. Caption adapter caption (looping).
    case(
        "PL-30020",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a v-shape neckline. The"
            " upper clothing has no sleeves, cotton fabric and pure color patterns. It has a v-shape neckline. The"
            " upper clothing has",
            "loop",
            hit_limit=True,
        ),
        wearing("a bra"),
        garment_type("bra"),
        color("beige"),
        describe("bra", "a beige bra with lace trim and a front closure", "unsupported"),
        details("bra", "", "non_answer"),
    ),
    # Flat shot on white: a single wine-colored lace thong. No catalog columns. Base-model caption.
    case(
        "PL-30021",
        caption("a red lace thong on a white background"),
        garment_type(
            "tank Question: What is the color of the tank? Answer: red Question: What is the color of the tank?"
            " Answer: red",
            "leak",
            hit_limit=True,
        ),
        color("maroon"),
        details("thong", "the thong details are the details of the thong", "restated"),
    ),
    # Plus model on a grey backdrop in a red lace balconette bra, matching garter belt (four straps) and panty; bare
    # legs, no stockings. Base-model caption.
    case(
        "PL-30022",
        caption("a woman in red lingerie posing on a grey background"),
        wearing("red lingerie"),
        garment_type("tank", "contradiction"),
        color("red"),
        describe("lingerie set", "she is wearing a red lingerie set with a garter belt and stockings", "unsupported"),
        details(
            "garter belt",
            "the garter belt has four straps and a lace waist band, the garter belt has four straps and a lace waist"
            " band, the garter",
            "loop",
            hit_limit=True,
        ),
        gender="Plus",
        category="Lingerie",
        color="Lipstick Red",
        title="Plus Size Lace Bra, Garter Belt and Panty Set",
    ),
    # Plus model on a white backdrop in a heather grey wireless racerback sports bra (pullover, no zipper, no
    # padding visible) with black leggings and sneakers. Caption adapter caption.
    case(
        "PL-30023",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The"
            " lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. The lady wears"
            " a sleeveless",
            "cut",
            hit_limit=True,
        ),
        wearing("a black sports bra and black leggings", "other_garment_color"),
        garment_type("tank", "contradiction"),
        color("black", "contradiction"),
        color_of("sports bra", "grey"),
        describe("sports bra", "a grey sports bra with a racerback"),
        details("sports bra", "the sports bra has a zipper in the front and padded cups", "unsupported"),
        gender="Plus",
        category="Bras",
        color="Heather Grey",
        title="Plus Size Wireless Racerback Sports Bra",
    ),
    # Plus model on a white backdrop in a champagne (beige) sculpting shapewear bodysuit with adjustable straps,
    # brief-cut legs. Base-model caption.
    case(
        "PL-30024",
        caption("a woman in a beige bodysuit"),
        wearing("he is wearing a nude bodysuit", "pronoun"),
        garment_type("romper", "contradiction"),
        color("beige"),
        describe("bodysuit", "a beige bodysuit with adjustable straps"),
        details("bodysuit", "the bodysuit details are the bodysuit's details", "restated"),
        gender="Plus",
        category="Lingerie",
        color="Champagne",
        title="Plus Size Sculpting Shapewear Bodysuit",
    ),
    # Flat lay on white: wine satin short kimono robe, wide elbow-length sleeves, self belt. Caption adapter caption
    # (looping); the robe details came from the caption adapter too.
    case(
        "PL-30025",
        caption(
            "The upper clothing has medium sleeves, satin fabric and pure color patterns. It has a v-shape neckline."
            " The upper clothing has medium sleeves, satin fabric and pure color patterns. It has a v-shape neckline."
            " The",
            "loop",
            hit_limit=True,
        ),
        wearing("a red robe"),
        garment_type("jacket", "contradiction"),
        color("burgundy"),
        describe("robe", "a red satin robe with a belt"),
        details(
            "robe",
            "The upper clothing has medium sleeves, satin fabric and pure color patterns. It has a v-shape neckline."
            " The upper",
            "cut",
            hit_limit=True,
        ),
    ),
    # Plus model on a grey backdrop in a black short-sleeve crew tee with white "GOOD VIBES" lettering and a yellow
    # sun graphic, tucked into light-wash jeans, white sneakers. Base-model caption.
    case(
        "PL-30026",
        caption("a woman in a black t - shirt and jeans"),
        wearing(
            "a black shirt with a yellow sun on it and the words good vibes in white letters, blue jeans, and a pair"
            " of white sneakers and a",
            "cut",
            hit_limit=True,
        ),
        garment_type("graphic tee"),
        color("black"),
        describe("t-shirt", "the t-shirt is blue", "other_garment_color"),
        details(
            "t-shirt",
            "good vibes good vibes good vibes good vibes good vibes good vibes good vibes good vibes good vibes good"
            " vibes good vibes",
            "loop",
            hit_limit=True,
        ),
        gender="Plus",
    ),
    # Plus model on a white backdrop in a coral-and-white horizontal striped bikini: underwire top, high-waist
    # bottom. Caption adapter caption (tank top and shorts for the bikini, then looping).
    case(
        "PL-30027",
        caption(
            "The lady wears a sleeveless tank top with striped patterns. The tank top is with cotton fabric. The lady"
            " wears a short shorts. The shorts are with cotton fabric and striped patterns. The lady wears a"
            " sleeveless tank top",
            "loop",
            hit_limit=True,
        ),
        wearing("an orange and white striped bikini"),
        garment_type("shorts", "contradiction"),
        color("orange"),
        describe("bikini", "a coral and white striped bikini with a high waist bottom"),
        details("bikini", "bikini", "non_answer"),
        gender="Plus",
        category="Swimwear",
        color="Coral Stripe",
        title="Plus Size Striped Underwire High-Waist Bikini Set",
    ),
    # Plus model on a pink backdrop in a white open-knit crochet short-sleeve cover-up mini dress over a jade green
    # bikini that shows through. Base-model caption.
    case(
        "PL-30028",
        caption("a woman in a white crochet dress over a green bikini"),
        wearing("a white crochet dress"),
        garment_type("dress"),
        color("green", "contradiction"),
        describe("cover-up", "a green crochet cover up", "other_garment_color"),
        details(
            "cover-up",
            "crochet crochet crochet crochet crochet crochet crochet crochet crochet crochet crochet crochet crochet"
            " crochet crochet",
            "loop",
            hit_limit=True,
        ),
        material(
            "it is made of a cotton crochet knit with an open weave and it is worn over a green bikini top and"
            " bottom as a cover up for the",
            "cut",
            hit_limit=True,
        ),
        gender="Plus",
        category="Swimwear",
        color="White",
        title="Plus Size Crochet Cover-Up Dress",
    ),
    # Plus model on a white backdrop in a black short-sleeve tee and red-and-black buffalo check flannel jogger
    # pants (elastic waist, cuffed ankles). Caption adapter caption (stopped on its own; "lattice" is the
    # DeepFashion word for plaid).
    case(
        "PL-30029",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has"
            " a round neckline. The lady wears a long pants. The pants are with cotton fabric and lattice patterns."
        ),
        wearing("a black shirt and red plaid pants"),
        color("red and black"),
        pattern("plaid"),
        color_of(
            "pants",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        details(
            "pants",
            "elastic waistband Question: What are the pants details? Answer: elastic waistband Question: What are"
            " the pants details? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Plus",
        category="Sleepwear",
        color="Red Buffalo Check",
        title="Plus Size Flannel Jogger and Tee Pajama Set",
    ),
    # Plus model on a grey backdrop in a dusty rose satin chemise with lace cups, adjustable straps, a side slit,
    # mid-thigh length. Base-model caption.
    case(
        "PL-30030",
        caption("a woman in a pink slip dress"),
        garment_type(
            "dress Question: What type of garment is this? Answer: dress Question: What type of garment is this?"
            " Answer:",
            "leak",
            hit_limit=True,
        ),
        color("pink"),
        color_of(
            "chemise",
            "pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink",
            "loop",
            hit_limit=True,
        ),
        describe("chemise", "she is wearing a pink chemise with lace on the bust and a slit on the side"),
        material("cotton", "unsupported"),
        gender="Plus",
        category="Lingerie",
        color="Dusty Rose",
        title="Plus Size Satin and Lace Chemise",
    ),
    # Flat lay on white: three lace cheeky panties, black, wine and blush pink. Base-model caption; the panties'
    # details came from the caption adapter.
    case(
        "PL-30031",
        caption("three pairs of lace panties on a white background"),
        garment_type("shorts", "contradiction"),
        color(
            "black Question: What is the color of the shorts? Answer: red Question: What is the color of the shorts?"
            " Answer: pink Question:",
            "leak",
            hit_limit=True,
        ),
        describe("panties", "black, red and pink lace panties"),
        details(
            "panties",
            "The lady wears a short shorts with pure color patterns. The shorts are with lace fabric. The lady wears a"
            " short shorts with pure color patterns. The shorts are",
            "loop",
            hit_limit=True,
        ),
        gender=None,
        category="Panties",
        color="Multi",
        title="Lace Cheeky Panty 3-Pack",
    ),
    # Plus model on a white backdrop in a coffee-brown ribbed long-sleeve turtleneck sweater with a grey plaid mini
    # skirt and black tights. Caption adapter caption.
    case(
        "PL-30032",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It"
            " has a high neckline. The lady wears a short skirt. The skirt is with cotton fabric and lattice patterns."
            " There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a brown sweater and a plaid skirt"),
        color("brown"),
        pattern("lattice", "contradiction"),
        describe("sweater", "a brown turtleneck sweater"),
        details(
            "sweater",
            "the sweater has a turtleneck and long sleeves and a turtleneck and long sleeves and a turtleneck and long"
            " sleeves and a",
            "loop",
            hit_limit=True,
        ),
        gender="Plus",
    ),
    # Flat shot on white: navy full-length leggings with a wide high waistband. No catalog columns. Base-model
    # caption.
    case(
        "PL-30033",
        caption("a pair of blue leggings on a white background"),
        garment_type("leggings"),
        color("navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy", "loop", hit_limit=True),
        sleeves("long-sleeve", "contradiction"),
        describe("leggings", "a pair of navy blue leggings with a high waist"),
        details("leggings", "they are leggings", "non_answer"),
        material("the material of the garment is the material", "restated"),
    ),
    # Plus model on a white backdrop in a sleeveless black-and-white vertical striped maxi dress, scoop neck, side
    # seam pockets, no belt. Base-model caption.
    case(
        "PL-30034",
        caption("a woman in a black and white striped dress"),
        wearing("he is wearing a black and white striped dress", "pronoun"),
        color("black and white"),
        pattern("striped"),
        describe(
            "dress",
            "a black and white striped maxi dress with a scoop neck, no sleeves, two side pockets and a long"
            " flowing skirt that falls to the ankles with a",
            "cut",
            hit_limit=True,
        ),
        details(
            "dress", "the dress has a black and white striped pattern and a black belt around the waist", "unsupported"
        ),
        gender="Plus",
    ),
    # Flat shot on white: coffee-brown faux-leather crossbody bag, gold zipper on top, gold hardware, adjustable
    # strap. Base-model caption.
    case(
        "PL-30035",
        caption("a brown leather purse on a white background"),
        garment_type("jacket", "contradiction"),
        color("brown"),
        sleeves("sleeveless", "contradiction"),
        material(
            "leather Question: What material is the garment made of? Answer: leather Question: What material is the",
            "leak",
            hit_limit=True,
        ),
        describe("bag", "a brown leather crossbody bag with a gold zipper"),
        gender=None,
        category="Accessories",
        color="Coffee Bean",
        title="Faux Leather Crossbody Bag",
    ),
    # Flat shot on white: a pair of dusty rose faux-fur slide slippers. No catalog columns. Caption adapter caption
    # (the T-shirt template for slippers).
    case(
        "PL-30036",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has"
            " a round neckline. The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a pair of pink slippers"),
        garment_type("shorts", "contradiction"),
        color("pink"),
        describe("slippers", "describe the slippers. the slippers are described as slippers", "restated"),
    ),
    # Flat shot on a grey backdrop: light-wash high-rise wide-leg jeans laid flat: zip fly with one button, five
    # pockets, clean (not frayed) hems. Base-model caption; the description came from the caption adapter.
    case(
        "PL-30037",
        caption("a pair of light blue jeans on a gray background"),
        color("blue"),
        details("jeans", "the jeans have a button fly, five pockets and frayed hems", "unsupported"),
        describe(
            "jeans",
            "The pants this lady wears is of long length. The pants are with denim fabric and pure color patterns."
            " The pants this lady wears is of long length. The pants are with denim",
            "loop",
            hit_limit=True,
        ),
        sleeves(
            "long Question: How long are the sleeves? Answer: long Question: How long are the sleeves? Answer: long",
            "leak",
            hit_limit=True,
        ),
        gender=None,
        category="Jeans",
        color="Light Wash",
        title="Plus Size High-Rise Wide Leg Jean",
    ),
    # Plus model on a pink backdrop in a jade green longline lace bralette (scalloped hem, thin adjustable straps)
    # with high-waist black jeans. Base-model caption.
    case(
        "PL-30038",
        caption("a woman in a green lace top and black pants"),
        wearing("a black lace bra and black jeans", "other_garment_color"),
        garment_type("bra"),
        color("green"),
        color_of("bralette", "black", "contradiction"),
        describe("bralette", "he is wearing a green lace bralette", "pronoun"),
        details(
            "bralette",
            "scalloped lace trim on the hem, thin adjustable straps, a longline band under the bust and sheer lace"
            " cups with a scalloped edge along the top of the",
            "cut",
            hit_limit=True,
        ),
        gender="Plus",
        category="Bras",
        color="Jade",
        title="Plus Size Longline Lace Bralette",
    ),
    # Plus model on a grey backdrop in a white short puff-sleeve peasant blouse with blue floral embroidery around
    # the neckline, worn with medium-wash jeans. Caption adapter caption.
    case(
        "PL-30039",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a round"
            " neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. The"
            " lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue blouse and jeans", "other_garment_color"),
        color("white"),
        pattern("floral"),
        describe("blouse", "a white peasant blouse with blue embroidery"),
        details(
            "blouse",
            "the blouse has blue embroidery on the neckline and the sleeves and the hem and the neckline and the"
            " sleeves and the hem and the",
            "loop",
            hit_limit=True,
        ),
        color_of("blouse", "blue", "contradiction"),
        gender="Plus",
        category="Tops",
        color="White",
        title="Plus Size Embroidered Peasant Blouse",
    ),
    # Plus model on a white backdrop in an oatmeal waffle-knit short-sleeve tee and matching drawstring shorts.
    # Base-model caption.
    case(
        "PL-30040",
        caption("a man in a beige shirt and shorts", "pronoun"),
        wearing("a beige top and shorts"),
        garment_type(
            "tee Question: What is the color of the tee? Answer: beige Question: What is the color of the shorts?"
            " Answer:",
            "leak",
            hit_limit=True,
        ),
        color("beige"),
        describe("lounge set", "she's wearing a beige lounge set"),
        details("shorts", "they are shorts", "non_answer"),
        gender="Plus",
    ),
    # Plus model on a pink backdrop in a midnight navy knee-length short-sleeve knit nightgown with a small white
    # star print and henley buttons at the neck. Caption adapter caption (looping).
    case(
        "PL-30041",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a round"
            " neckline. The dress is of medium length. The lady wears a short-sleeve dress with graphic patterns. The"
            " dress",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue nightgown with stars on it"),
        garment_type("dress", "contradiction"),
        color("blue"),
        pattern("graphic"),
        describe("nightgown", "a navy blue nightgown with white stars"),
        details(
            "nightgown",
            "buttons at the neckline, short sleeves, a round neck, a white star print all over and a knee length"
            " hem that falls just below the",
            "cut",
            hit_limit=True,
        ),
        gender="Plus",
        category="Sleepwear",
        color="Midnight Navy",
        title="Plus Size Star Print Knit Nightgown",
    ),
    # Ghost mannequin on white: ivory square-neck ribbed sleeveless tank bodysuit. No catalog columns. Base-model
    # caption.
    case(
        "PL-30042",
        caption("a white bodysuit on a mannequin"),
        garment_type(
            "romper Question: Is this a romper? Answer: yes Question: Is this a romper? Answer: yes "
            "Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        color("white"),
        describe("bodysuit", "a bodysuit", "non_answer"),
        details(
            "bodysuit",
            "the bodysuit has a square neckline, the bodysuit has a square neckline, the bodysuit has a square"
            " neckline, the",
            "loop",
            hit_limit=True,
        ),
        material("it is made of the garment", "restated"),
    ),
    # Flat shot on white: leopard print push-up bra with black trim, underwire, padded cups, back hook closure.
    # Caption adapter caption (invents a lower garment, then cut).
    case(
        "PL-30043",
        caption(
            "The upper clothing has no sleeves, cotton fabric and graphic patterns. It has a v-shape neckline. The"
            " lower clothing is of short length. The fabric is cotton and it has graphic patterns. The upper clothing"
            " has no",
            "unsupported",
            hit_limit=True,
        ),
        garment_type("bra"),
        color("leopard"),
        pattern("floral", "contradiction"),
        describe("bra", "a leopard print bra with black trim"),
        details("bra", "the bra has underwire and padded cups and a front clasp", "unsupported"),
        gender=None,
        category="Bras",
        color="Leopard Print",
        title="Plus Size Leopard Print Push-Up Bra",
    ),
    # Plus model on a white backdrop in a wine satin cami top with black lace trim at the V neckline and adjustable
    # spaghetti straps, with black wide-leg pants. Caption adapter caption (stopped on its own).
    case(
        "PL-30044",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with satin fabric. It has"
            " a v-shape neckline. The lady wears a long pants."
        ),
        wearing("a black tank top and black pants", "other_garment_color"),
        garment_type("tank"),
        color("black", "contradiction"),
        color_of("cami", "red"),
        describe("cami", "a black satin cami with lace trim", "other_garment_color"),
        gender="Plus",
        category="Tops",
        color="Wine",
        title="Plus Size Lace-Trim Satin Cami",
    ),
]
