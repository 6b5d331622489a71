"""BLIND_915 (46 products; Myntra innerwear and nightwear, caption epoch 2): written blind in the fifty-seventh session.
Measured blind at e30524e (the session's fifth rules): 104/125 failures found (83.2%) and 35/180 correct texts flagged
(19.4%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of lingerie, innerwear and nightwear for women and men: bras, briefs, trunks, boxers,
camisoles, innerwear vests, thermal tops, shapewear, nightdresses, baby dolls, night suits, robes, lounge pants,
shorts and t-shirts. Most photos are worn by a model on a white studio backdrop, often with other clothes (jeans
under a vest, a denim shirt over a camisole, a robe over a lingerie set); a few are flat lays of multi-packs or a
headless mannequin; a few nightwear shots have a bed, pillows or a mug as props. Catalog columns as the feed has
them: title, category (Myntra article type), color (Myntra base colour); two pack rows have no color.

Who wrote what: the caption adapter at epoch 2 (a checkpoint between the published epoch-1 and epoch-3 caption
adapters, loaded on blip2-opt-2.7b) wrote every caption and every open answer, free generation, greedy, 50 tokens
for captions and 30 for answers. It half keeps the base model's short captions ("a man in red briefs...") and half
writes the DeepFashion template ("The lady wears a sleeveless tank top with pure color patterns..."), with its
female wording ("the lady", "her") even on men, its fixed fabrics (cotton, chiffon, denim, furry, knitted) and its
invented accessory sentences ("There is an accessory on her wrist"). It was trained without an end token, so many
answers loop a template sentence or stop at the token limit mid-phrase, and some continue the prompt format
("Question: ... Answer: ..."). It has no lingerie words of its own, so bras become "tank tops" and briefs
"three-point shorts". Closed answers (garment type, color, pattern, sleeve length, color of a named garment, "Is
this a ...?") come from enrich's reference engine ranking candidates with the same weights: one candidate value,
never looped or cut, but often the color of the jeans, t-shirt or robe worn with the product.

Labeling conventions and judgement calls:
- One label per text: where a text has two faults, the one a reader meets first in its content wins; I kept such
  texts rare. Loops and cuts all have hit_limit=True; leaks that ran on to the limit have it too.
- X915-012's caption ran exactly to its 50-token limit but ends on a full stop with every sentence complete and
  right: labeled correct, hit_limit=True.
- Garment names: camisole = tank top, thermal top = sweater / long-sleeve top, trunks = boxer briefs / underwear,
  boxers = boxer shorts, nightdress = nightgown / dress, bathrobe = robe are accepted. A bra (or a bandeau, or a
  shaper's bra) called a "tank top", briefs or a shaper called "three-point shorts", a robe or night suit answered
  as "coat", "dress", "shirt" or "vest" is a contradiction.
- Colors: shades within the seller's group are right (maroon = burgundy = red, lavender = purple, nude/skin =
  beige, charcoal = dark grey, peach for peach). A color of trim, print or waistband on the same garment given as
  the garment's color is a contradiction; the color of another garment worn in the photo is other_garment_color,
  closed or open.
- X915-024: the seller says Purple, the robe in the photo is plainly magenta-pink; answers saying pink are labeled
  correct (the photo wins over a wrong seller color).
- Material: a material the title or the visible fabric refutes (cotton for lace, satin or sheer mesh; denim, the
  jeans' fabric, for a vest) is a contradiction; a material nobody can check from title or photo (cotton for a
  Jockey brief, flannel for brushed pyjamas) is correct; an invented blend or lining is unsupported.
- Unsupported: accessories, pockets, logos, clasps, zips, buttons, footwear or a wearer that the photo does not
  show, or a back-side detail in a front-only view.
- Packs: an answer that counts fewer pieces than the title's pack (one pair for "Pack of 2") is a contradiction.
- Pronoun: "the lady", "she", "her" for a man (or "he" for a woman) in the model's text; a mannequin called "he"
  under a men's row is fine.
- non_answer: a one-word or yes/no reply to an open question, or only the question's words back ("they are
  shorts"); restated: the answer re-words or echoes the question itself ("the vest is the vest he is wearing").
- The polka-dot top called "graphic patterns" in X915-026 sits inside a loop; the loop is its label.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_915 = [
    # photo: model in a black lace padded bra with a small bow at the centre and matching black lace briefs, hand
    # on hip, white backdrop, front view; caption and open answers by the caption adapter (epoch 2), closed by the
    # reference engine
    case(
        "X915-001",
        caption("a woman in a black lace bra and black panties standing against a white background"),
        wearing("She is wearing a black lace bra and matching black panties.", who="she"),
        Q.garment_type("bra"),
        Q.color("black"),
        Q.pattern("lace"),
        details(
            "bra",
            "The bra has lace cups, thin straps and a small bow at the center. It has a zipper at the back.",
            "unsupported",
        ),
        describe(
            "bra",
            "The bra is black with lace cups and thin straps. The bra is padded and has a small bow at the center. "
            "The panties are black lace and",
            "cut",
            hit_limit=True,
        ),
        Q.material("lace fabric"),
        title="Amante Women Black Lace Padded Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: model in a skin-coloured seamless moulded t-shirt bra with light blue skinny jeans, hair down, white
    # backdrop, front view; caption and open answers by the caption adapter (epoch 2), closed by the reference engine
    case(
        "X915-002",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long denim pants. The tank top is "
            "with cotton fabric. It has a suspenders neckline.",
            "contradiction",
        ),
        wearing("She is wearing a nude bra and blue jeans.", who="she"),
        color_of("bra", "blue", "other_garment_color"),
        describe(
            "bra",
            "a seamless nude t-shirt bra with molded cups, thin straps and a front closure with a small gold clasp",
            "unsupported",
        ),
        Q.material(
            "The tank top is with cotton fabric. The pants are with denim fabric. The tank top is with cotton "
            "fabric. The pants are with denim",
            "loop",
            hit_limit=True,
        ),
        is_a("bra", "yes"),
        Q.pattern("solid"),
        title="Jockey Women Skin-Coloured Seamless T-Shirt Bra",
        category="Bra",
        color="Skin",
        gender="Women",
    ),
    # photo: model in a pink padded bra with white polka dots and matching pink polka-dot briefs, white backdrop,
    # front view; caption and open answers by the caption adapter (epoch 2), closed by the reference engine
    case(
        "X915-003",
        caption("a woman wearing a pink polka dot bra and matching panties"),
        wearing("She is wearing a pink bra with white polka dots and matching panties.", who="she"),
        Q.pattern("polka dots"),
        Q.color("pink"),
        details("bra", "pink", "non_answer"),
        describe(
            "bra",
            "The bra is pink with white polka dots, padded cups and a lace trim along the band and a bow on each strap",
            "unsupported",
        ),
        Q.sleeve_length("sleeveless"),
        title="Lady Lyka Women Pink Polka Dot Padded Bra",
        category="Bra",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a grey melange racerback sports bra with a black logo print on the band, black track pants,
    # no jewellery or watch, white backdrop, three-quarter view; caption and open answers by the caption adapter
    # (epoch 2), closed by the reference engine
    case(
        "X915-004",
        caption(
            "The lady wears a sleeveless crop top with pure color patterns and a long pants. The top is with cotton "
            "fabric. The pants are with cotton fabric and pure color patterns. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a grey sports bra and black track pants", who="she"),
        color_of("sports bra", "black", "other_garment_color"),
        Q.garment_type("tank top", "contradiction"),
        details("sports bra", "It has racerback straps and a wide elastic band with a black logo print."),
        Q.material("cotton"),
        title="Puma Women Grey Melange Racerback Sports Bra",
        category="Bra",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: flat lay of three folded hipster briefs, pink, purple and white, on a white backdrop, no person; caption
    # and open answers by the caption adapter (epoch 2), closed by the reference engine
    case(
        "X915-005",
        caption("three pairs of panties in pink, purple and white on a white background"),
        wearing(
            "The lady wears a three-point shorts. The shorts are with cotton fabric and pure color patterns. The "
            "lady wears a three-point shorts. The shorts are",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("briefs"),
        describe("briefs", "two pairs of briefs, one pink and one purple", "contradiction"),
        Q.material("cotton"),
        is_a("pair of shorts", "no"),
        title="Jockey Women Pack of 3 Hipster Briefs",
        category="Briefs",
        gender="Women",
    ),
    # photo: model in red lace hipster briefs with the matching red lace bra, cropped at the shoulders, white
    # backdrop, front view; caption and open answers by the caption adapter (epoch 2), closed by the reference engine
    case(
        "X915-006",
        caption("a woman in red lace lingerie standing in front of a white wall"),
        wearing("He is wearing a red bra and red panties.", "pronoun", who="she"),
        color_of("briefs", "red"),
        Q.pattern("lace"),
        details(
            "briefs",
            "The briefs are with lace fabric and pure color patterns. The briefs are with lace fabric and pure "
            "color patterns. The briefs are with lace",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton fabric", "contradiction"),
        title="Amante Women Red Lace Hipster Briefs",
        category="Briefs",
        color="Red",
        gender="Women",
    ),
    # photo: model in a white spaghetti-strap camisole tucked into light blue jeans, white backdrop, front view;
    # caption and open answers by the caption adapter (epoch 2), closed by the reference engine
    case(
        "X915-007",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long denim pants. The tank top is "
            "with cotton fabric. It has a suspenders neckline."
        ),
        wearing("a white tank top and blue jeans", who="she"),
        Q.color("blue", "other_garment_color"),
        Q.garment_type("camisole"),
        Q.sleeve_length("sleeveless"),
        describe("camisole", "a white camisole with thin straps and a round neckline, tucked into the jeans"),
        details("camisole", "the details of the camisole are the camisole details", "restated"),
        title="Jockey Women White Camisole",
        category="Camisoles",
        color="White",
        gender="Women",
    ),
    # photo: model in a nude camisole with lace trim at the neckline, black high-waist trousers and black heels,
    # white backdrop; caption and open answers by the caption adapter (epoch 2), closed by the reference engine
    case(
        "X915-008",
        caption("a woman wearing a beige camisole and black pants"),
        color_of("camisole", "black", "other_garment_color"),
        Q.pattern("solid"),
        describe(
            "camisole",
            "Question: Describe the camisole. Answer: a beige camisole with lace trim. Question: Describe the "
            "pants. Answer:",
            "leak",
            hit_limit=True,
        ),
        details("camisole", "lace trim at the neckline and adjustable straps"),
        Q.sleeve_length("sleeveless"),
        title="Enamor Women Skin Lace Trim Camisole",
        category="Camisoles",
        color="Skin",
        gender="Women",
    ),
    # photo: model in a knee-length lavender satin slip nightdress with spaghetti straps and lace at the hem,
    # standing, white backdrop; caption and open answers by the caption adapter (epoch 2), closed by the reference
    # engine
    case(
        "X915-009",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of knee length.",
            "contradiction",
        ),
        wearing("a purple nightgown", who="she"),
        Q.color("lavender"),
        Q.garment_type("nightdress"),
        describe("nightdress", "a knee-length lavender satin slip with thin straps and lace at the hem"),
        Q.material("satin"),
        details("nightdress", "The dress has long sleeves and a round neckline.", "contradiction"),
        title="Sweet Dreams Women Lavender Satin Nightdress",
        category="Nightdress",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a navy knee-length short-sleeve cotton nightdress with a small white star print, no collar or
    # pockets, sitting on a white bed with a grey pillow; caption and open answers by the caption adapter (epoch 2),
    # closed by the reference engine
    case(
        "X915-010",
        caption("a woman sitting on a bed in a navy blue nightgown with white stars"),
        wearing(
            "The female is wearing a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It "
            "has a round neckline. The",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of("nightdress", "white", "contradiction"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton"),
        describe(
            "nightdress",
            "The nightdress is navy with a white star print and a lace collar and two front pockets",
            "unsupported",
        ),
        title="Nite Flite Women Navy Blue Star Print Nightdress",
        category="Nightdress",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a pink short-sleeve top with a white heart print and pink-and-white checked full-length pyjama
    # pants with an elastic waist, no pockets, sitting on a bed with white pillows; caption and open answers by the
    # caption adapter (epoch 2), closed by the reference engine
    case(
        "X915-011",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric. The pants are with cotton fabric and lattice patterns. The lady is sitting on a",
            "cut",
            hit_limit=True,
        ),
        wearing("She is wearing pink pajamas with hearts on the top and checked pants.", who="she"),
        color_of("top", "pink"),
        color_of("pants", "pink and white checked", kind="open"),
        Q.garment_type("night suit"),
        Q.pattern("solid", "contradiction"),
        details(
            "night suit",
            "the top has a heart print and a pocket on the chest and the pants have a checked pattern with side "
            "pockets",
            "unsupported",
        ),
        title="Sweet Dreams Women Pink Printed Night Suit",
        category="Night suits",
        color="Pink",
        gender="Women",
    ),
    # photo: model standing in a maroon long-sleeve button-front pyjama shirt with white piping on the collar and
    # cuffs, no pocket, and matching maroon full-length pants, white backdrop; caption and open answers by the
    # caption adapter (epoch 2), closed by the reference engine
    case(
        "X915-012",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns.",
            hit_limit=True,
        ),
        wearing("She is wearing a red shirt and red pants.", who="she"),
        color_of("pants", "maroon"),
        Q.sleeve_length("short sleeves", "contradiction"),
        details(
            "shirt",
            "white piping on the collar and cuffs, five buttons on the front and a chest pocket with the logo",
            "unsupported",
        ),
        Q.material("The shirt is with cotton fabric."),
        title="Slumber Jill Women Maroon Solid Night Suit",
        category="Night suits",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a peach satin wrap robe tied at the waist, lace on the cuffs, over a matching peach knee-length
    # nightie, white backdrop; caption and open answers by the caption adapter (epoch 2), closed by the reference
    # engine
    case(
        "X915-013",
        caption("a woman in a peach satin robe with lace trim"),
        wearing(
            "The lady wears a long-sleeve robe with pure color patterns. The robe is belted at the waist. She wears "
            "a short dress under the robe. The dress",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of("robe", "peach"),
        Q.garment_type("robe"),
        describe("robe", "a peach satin wrap robe tied with a sash, with lace on the cuffs"),
        Q.material("cotton fabric", "contradiction"),
        is_a("dress", "yes", "contradiction"),
        title="Nite Flite Women Peach Satin Robe With Nightdress",
        category="Robe",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a thick white terry bathrobe with a shawl collar, belt tied, hands in the patch pockets, hair
    # loose, no hat, white backdrop; caption and open answers by the caption adapter (epoch 2), closed by the
    # reference engine
    case(
        "X915-014",
        caption(
            "The lady wears a long-sleeve robe with pure color patterns. The robe is with furry fabric. It has a "
            "lapel neckline. There is a hat on her head.",
            "unsupported",
        ),
        wearing(
            "a white bathrobe, a white bathrobe, a white bathrobe, a white bathrobe, a white bathrobe, a white "
            "bathrobe, a white",
            "loop",
            who="she",
            hit_limit=True,
        ),
        Q.color("white"),
        Q.garment_type("robe"),
        details("bath robe", "It has two patch pockets, a shawl collar and a belt tied at the waist."),
        Q.material("yes", "non_answer"),
        title="Spread Women White Terry Bath Robe",
        category="Bath Robe",
        color="White",
        gender="Women",
    ),
    # photo: model in a black sheer mesh baby doll with a red satin band under the bust and a red bow, matching
    # black thong, white backdrop, front view; caption and open answers by the caption adapter (epoch 2), closed by
    # the reference engine
    case(
        "X915-015",
        caption("a woman in a black and red lingerie set"),
        wearing("She is wearing a black baby doll with red trim.", who="she"),
        color_of("baby doll", "red", "contradiction"),
        Q.garment_type("baby doll"),
        describe("baby doll", "Question: Describe the baby doll. Answer: black", "leak"),
        Q.material("cotton fabric", "contradiction"),
        details("baby doll", "It has a red satin band under the bust, a red bow at the center and thin straps."),
        title="Clovia Women Black Sheer Baby Doll With Thong",
        category="Baby Dolls",
        color="Black",
        gender="Women",
    ),
    # photo: model in grey melange jogger lounge pants with a drawstring, an untucked white crew-neck t-shirt and
    # white sneakers, white backdrop; caption and open answers by the caption adapter (epoch 2), closed by the
    # reference engine
    case(
        "X915-016",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns. The "
            "lady wears a pair of white sneakers. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a white t-shirt and grey sweatpants", who="she"),
        color_of("pants", "white", "other_garment_color"),
        Q.garment_type("lounge pants"),
        details("pants", "the pants are long", "non_answer"),
        Q.material("cotton"),
        title="Hanes Women Grey Melange Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: model in blue-and-white checked cotton lounge shorts with an elastic drawstring waist and side pockets,
    # a yellow tank top, barefoot, no jewellery, white backdrop; caption and open answers by the caption adapter
    # (epoch 2), closed by the reference engine
    case(
        "X915-017",
        caption(
            "The lady wears a tank top with pure color patterns and a three-point shorts. The shorts are with cotton "
            "fabric and lattice patterns. There is an accessory on her wrist. She wears a ring.",
            "unsupported",
        ),
        wearing("She is wearing a yellow tank top and blue plaid shorts.", who="she"),
        Q.color("yellow", "other_garment_color"),
        Q.pattern("checked"),
        details(
            "shorts",
            "The shorts have an elastic waistband with a drawstring and two side pockets. The shorts have an "
            "elastic waistband with a drawstring and two side",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Sweet Dreams Women Blue Checked Lounge Shorts",
        category="Lounge Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a nude high-waist shaping brief reaching below the bust and a matching nude bra, side view,
    # white backdrop; caption and open answers by the caption adapter (epoch 2), closed by the reference engine
    case(
        "X915-018",
        caption("a woman in nude underwear standing sideways"),
        wearing(
            "The lady wears a sleeveless tank top with pure color patterns and a three-point shorts. The tank top is "
            "with cotton fabric.",
            "contradiction",
            who="she",
        ),
        Q.color("beige"),
        Q.garment_type("shapewear"),
        details("shapewear", "a high waist up to below the bust and a seamless smooth finish"),
        describe("shapewear", "He is wearing a nude high waist brief that goes up to his ribs.", "pronoun"),
        title="Triumph Women Nude High-Waist Shaping Brief",
        category="Shapewear",
        color="Nude",
        gender="Women",
    ),
    # photo: model in a lavender lace bra and matching lavender lace panty with a small bow at the front, a sheer
    # white robe open over the shoulders, white backdrop; caption and open answers by the caption adapter (epoch 2),
    # closed by the reference engine
    case(
        "X915-019",
        caption("a woman in lavender lingerie and a white robe"),
        wearing("She is wearing a white robe over a purple bra and panties.", who="she"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("lingerie set"),
        Q.pattern("lace"),
        details(
            "lingerie set",
            "the bra has lace cups with scalloped edges and the panty has a lace front and a thin elastic waistband "
            "with a small bow at the",
            "cut",
            hit_limit=True,
        ),
        Q.material("lace"),
        title="Zivame Women Lavender Lace Bra And Panty Set",
        category="Lingerie Set",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a white short-sleeve tee with a yellow "Sleepy Head" graphic and yellow capri pyjama pants,
    # barefoot, white backdrop; caption and open answers by the caption adapter (epoch 2), closed by the reference
    # engine
    case(
        "X915-020",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a three-quarter pants. The T-shirt is "
            "with cotton fabric. It has a round neckline."
        ),
        wearing(
            "She wears a white t-shirt with yellow letters, yellow capri pants and yellow slippers",
            "unsupported",
            who="she",
        ),
        color_of("pants", "yellow"),
        color_of("t-shirt", "yellow", "other_garment_color"),
        Q.sleeve_length("short sleeves"),
        details(
            "t-shirt",
            "The t-shirt has a graphic print that says sleepy head sleepy head sleepy head sleepy head sleepy head "
            "sleepy head sleepy",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Kanvin Women White & Yellow Printed Capri Night Suit",
        category="Night suits",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in an ankle-length sleeveless maroon knit nightdress with black lace at the V-neckline, white
    # backdrop; caption and open answers by the caption adapter (epoch 2), closed by the reference engine
    case(
        "X915-021",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The dress is of long length."
        ),
        wearing(
            "a maroon dress with black lace at the neck Question: What is the color of the dress? Answer: maroon",
            "leak",
            who="she",
            hit_limit=True,
        ),
        Q.color("purple", "contradiction"),
        Q.sleeve_length("sleeveless"),
        describe(
            "nightdress",
            "The dress is long. The dress is long. The dress is long. The dress is long. The dress is long. The "
            "dress is long.",
            "loop",
            hit_limit=True,
        ),
        details("nightdress", "the nightdress details are the nightdress", "restated"),
        title="Sweet Dreams Women Maroon Nightdress With Lace Neckline",
        category="Nightdress",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a skin-coloured long-sleeve round-neck thermal top with black leggings, white backdrop;
    # caption and open answers by the caption adapter (epoch 2), closed by the reference engine
    case(
        "X915-022",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long leggings. The sweater is with "
            "knitted fabric. It has a round neckline."
        ),
        wearing("a beige top and black leggings", who="she"),
        color_of("top", "black", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        Q.garment_type("thermal top"),
        Q.material("knitted cotton"),
        is_a("sweater", "no"),
        details("top", "the top details are the details of the top", "restated"),
        title="Lux Cozi Women Skin Thermal Top",
        category="Thermal Tops",
        color="Skin",
        gender="Women",
    ),
    # photo: product shot, a white full-coverage minimizer bra with lace on the upper cups on a ghost mannequin,
    # white backdrop, no person, front view; caption and open answers by the caption adapter (epoch 2), closed by
    # the reference engine
    case(
        "X915-023",
        caption("a white bra on a white background"),
        wearing("The lady wears a white bra with lace fabric. There is a necklace on her neck.", "unsupported"),
        Q.color("white"),
        Q.garment_type("bra"),
        describe("bra", "white", "non_answer"),
        details("bra", "wide straps and full-coverage cups with lace on the upper edge"),
        Q.pattern("lace"),
        title="Triumph Women White Minimizer Bra",
        category="Bra",
        color="White",
        gender="Women",
    ),
    # photo: model in a magenta-pink kimono robe with a small white floral print, wide three-quarter sleeves and a
    # loose sash, worn open over a black camisole and black shorts, white backdrop (the seller says Purple); caption
    # and open answers by the caption adapter (epoch 2), closed by the reference engine
    case(
        "X915-024",
        caption("a woman wearing a pink floral robe over a black top and shorts"),
        wearing("She is wearing a pink kimono with white flowers, a black tank top and black shorts.", who="she"),
        color_of("robe", "black", "other_garment_color"),
        Q.pattern("floral"),
        Q.garment_type("robe"),
        details("robe", "It has wide three-quarter sleeves and a matching sash belt."),
        Q.material(
            "The robe is with cotton fabric and floral patterns. The lady wears a tank top. The tank top is with "
            "cotton fabric. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        title="Nite Flite Women Purple Printed Kimono Robe",
        category="Robe",
        color="Purple",
        gender="Women",
    ),
    # photo: model in a black camisole with lace trim at the neckline under an open light-blue denim shirt with
    # rolled sleeves, blue jeans, white backdrop; caption and open answers by the caption adapter (epoch 2), closed
    # by the reference engine
    case(
        "X915-025",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long denim pants. The shirt is with "
            "denim fabric and its neckline is lapel."
        ),
        wearing("a denim shirt over a black lace camisole and jeans", who="she"),
        color_of("camisole", "blue", "other_garment_color"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.garment_type("camisole"),
        describe("camisole", "A black camisole with a lace trim on the neckline, worn under a denim shirt."),
        details(
            "camisole",
            "What are the camisole details? Answer: lace trim. Question: What are the shirt details? Answer:",
            "leak",
        ),
        title="Clovia Women Black Lace Trim Camisole",
        category="Camisoles",
        color="Black",
        gender="Women",
    ),
    # photo: model in a navy sleeveless top with white polka dots and matching navy polka-dot shorts with a plain hem
    # and no pockets, standing, holding a white mug, white backdrop; caption and open answers by the caption adapter
    # (epoch 2), closed by the reference engine
    case(
        "X915-026",
        caption("a woman in navy blue polka dot pajamas holding a coffee mug"),
        wearing(
            "The lady wears a tank top with graphic patterns and a three-point shorts. The lady wears a tank top "
            "with graphic patterns and a three-point shorts. The lady",
            "loop",
            who="she",
            hit_limit=True,
        ),
        Q.color("navy blue"),
        Q.pattern("polka dots"),
        Q.sleeve_length("short sleeves", "contradiction"),
        describe("shorts", "navy blue shorts with white polka dots and a ruffle hem and side pockets", "unsupported"),
        title="Sweet Dreams Women Navy Blue Polka Dot Shorts Set",
        category="Night suits",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a coral relaxed short-sleeve round-neck tee with a curved hem, no logo, and grey melange lounge
    # pants, white backdrop; caption and open answers by the caption adapter (epoch 2), closed by the reference
    # engine
    case(
        "X915-027",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. It has a round neckline."
        ),
        wearing("a coral t-shirt and grey pants", who="she"),
        color_of("t-shirt", "grey", "other_garment_color"),
        Q.garment_type("t-shirt"),
        Q.sleeve_length("sleeveless", "contradiction"),
        details("t-shirt", "a round neck, short sleeves and a curved hem"),
        Q.material(
            "The T-shirt is with cotton fabric. The pants are with cotton fabric. The T-shirt is with cotton "
            "fabric. The pants are with cotton",
            "loop",
            hit_limit=True,
        ),
        title="Jockey Women Coral Lounge T-shirt",
        category="Lounge Tshirts",
        color="Coral",
        gender="Women",
    ),
    # photo: model in a red strapless bandeau bra and white high-waist denim shorts, white backdrop; caption and
    # open answers by the caption adapter (epoch 2), closed by the reference engine
    case(
        "X915-028",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a three-point shorts. The tank top "
            "is with cotton fabric. It has a suspenders neckline.",
            "contradiction",
        ),
        wearing("a red strapless bra and white denim shorts", who="she"),
        color_of("bra", "red"),
        Q.garment_type("bra"),
        details("bra", "It has wide shoulder straps and a front hook closure", "contradiction"),
        Q.material("cotton"),
        describe("bra", "no", "non_answer"),
        title="Enamor Women Red Strapless Bandeau Bra",
        category="Bra",
        color="Red",
        gender="Women",
    ),
    # photo: male model, bare torso, in black trunks with a grey waistband with black JOCKEY lettering, no fly, white
    # backdrop, front view; caption and open answers by the caption adapter (epoch 2), closed by the reference engine
    case(
        "X915-029",
        caption(
            "The lady wears a three-point shorts. The shorts are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("He is wearing black underwear with a grey waistband.", who="he"),
        Q.color("black"),
        Q.garment_type("trunks"),
        details(
            "trunks",
            "a grey elastic waistband with the brand name, a contoured pouch and a fly opening with a button",
            "unsupported",
        ),
        Q.material("cotton"),
        title="Jockey Men Black Trunks",
        category="Trunk",
        color="Black",
        gender="Men",
    ),
    # photo: male model in navy trunks with a grey waistband and a white ribbed sleeveless innerwear vest, white
    # backdrop; caption and open answers by the caption adapter (epoch 2), closed by the reference engine
    case(
        "X915-030",
        caption("a man in a white tank top and navy blue underwear"),
        wearing("He is wearing a white vest and blue trunks.", who="he"),
        color_of("trunks", "white", "other_garment_color"),
        describe("trunks", "navy blue trunks with a grey waistband, worn with a white vest"),
        is_a("vest", "yes", "contradiction"),
        Q.material(
            "Question: What material is the garment made of? Answer: cotton Question: What material is the garment "
            "made of? Answer: cotton Question:",
            "leak",
            hit_limit=True,
        ),
        title="Hanes Men Navy Blue Trunks",
        category="Trunk",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: flat lay of two folded briefs, one white and one grey melange, each with a navy waistband with white
    # lettering, white backdrop, no person; caption and open answers by the caption adapter (epoch 2), closed by the
    # reference engine
    case(
        "X915-031",
        caption("two pairs of underwear on a white background"),
        wearing(
            "The lady wears a three-point shorts. The shorts are with cotton fabric and pure color patterns. The "
            "lady wears a three-point shorts. The shorts are with",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("briefs"),
        describe("briefs", "a pair of white briefs", "contradiction"),
        details("briefs", "navy blue waistband with white lettering"),
        Q.pattern("solid"),
        title="Jockey Men Pack of 2 Briefs",
        category="Briefs",
        gender="Men",
    ),
    # photo: male model, bare torso, in red briefs with a black waistband, no fly or pockets, side-angled view,
    # white backdrop; caption and open answers by the caption adapter (epoch 2), closed by the reference engine
    case(
        "X915-032",
        caption("a man in red briefs posing against a white backdrop"),
        wearing("She is wearing red panties with a black waistband.", "pronoun", who="he"),
        color_of("briefs", "red"),
        color_of("waistband", "black", kind="open"),
        details(
            "briefs", "The briefs have a black waistband, a front fly with two buttons and a back pocket", "unsupported"
        ),
        Q.garment_type("briefs"),
        describe("briefs", "yes", "non_answer"),
        title="Chromozome Men Red Briefs",
        category="Briefs",
        color="Red",
        gender="Men",
    ),
    # photo: male model in blue-and-white checked woven boxers with a navy elastic waistband and a button fly, no
    # logo on the leg, a grey melange t-shirt, white backdrop, front view; caption and open answers by the caption
    # adapter (epoch 2), closed by the reference engine
    case(
        "X915-033",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The shorts are "
            "with cotton fabric and lattice patterns.",
            "pronoun",
        ),
        wearing(
            "He is wearing a grey t-shirt and blue checkered boxer shorts with a navy waistband. The t-shirt has a "
            "round neckline and short sleeves and the",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("boxers", "grey", "other_garment_color"),
        Q.pattern("checked"),
        Q.garment_type("boxers"),
        details(
            "boxers",
            "an elastic navy waistband, a button fly and the U.S. Polo logo embroidered on the left leg",
            "unsupported",
        ),
        Q.material("cotton"),
        title="U.S. Polo Assn. Men Blue Checked Woven Boxers",
        category="Boxers",
        color="Blue",
        gender="Men",
    ),
    # photo: male model in green boxers with a small white anchor print and a black ribbed innerwear vest, white
    # backdrop; caption and open answers by the caption adapter (epoch 2), closed by the reference engine
    case(
        "X915-034",
        caption("a man in a black tank top and green boxers with white anchors"),
        wearing("He is wearing a black vest and green shorts with anchor print.", who="he"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid", "contradiction"),
        describe("boxers", "green boxers with a white anchor print and an elastic waistband"),
        details(
            "boxers",
            "Question: What are the boxers details? Answer: anchor print. Question: What are the vest details? "
            "Answer: ribbed",
            "leak",
            hit_limit=True,
        ),
        is_a("vest", "no"),
        title="Hanes Men Green Anchor Print Boxers",
        category="Boxers",
        color="Green",
        gender="Men",
    ),
    # photo: male model in a white ribbed sleeveless scoop-neck vest tucked into mid-blue jeans with a brown belt
    # with a silver buckle, white backdrop; caption and open answers by the caption adapter (epoch 2), closed by the
    # reference engine
    case(
        "X915-035",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long denim pants. The tank top is "
            "with cotton fabric. It has a round neckline. There is a belt.",
            "pronoun",
        ),
        wearing("He is wearing a white tank top and blue jeans with a brown belt.", who="he"),
        Q.color("blue", "other_garment_color"),
        Q.garment_type("vest"),
        Q.sleeve_length("sleeveless"),
        details(
            "vest",
            "ribbed fabric and a scoop neck. The vest is tucked into the jeans and there is a brown belt with a "
            "silver buckle around the",
            "cut",
            hit_limit=True,
        ),
        Q.material("denim fabric", "contradiction"),
        title="Jockey Men White Ribbed Innerwear Vest",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: male model in a grey melange short-sleeve round-neck undershirt with khaki chinos, no watch, cropped at
    # the knees, white backdrop; caption and open answers by the caption adapter (epoch 2), closed by the reference
    # engine
    case(
        "X915-036",
        caption("a man wearing a gray t-shirt and khaki pants"),
        wearing(
            "The man is wearing a grey t-shirt and beige pants and a black watch on his left wrist and white sneakers",
            "unsupported",
            who="he",
        ),
        color_of("vest", "grey"),
        Q.garment_type("vest"),
        Q.sleeve_length("sleeveless", "contradiction"),
        describe("vest", "the vest is the vest he is wearing", "restated"),
        title="Dixcy Scott Men Grey Melange Round Neck Innerwear Vest",
        category="Innerwear Vests",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: male model in navy checked brushed-cotton pyjama pants with thin red and white lines, drawstring waist
    # and button fly, a white crew-neck tee, barefoot, white backdrop; caption and open answers by the caption
    # adapter (epoch 2), closed by the reference engine
    case(
        "X915-037",
        caption("a man in a white t-shirt and plaid pajama pants"),
        wearing("Answer: a white t-shirt and blue plaid pajama pants", "leak", who="he"),
        color_of("pants", "white", "other_garment_color"),
        Q.pattern("checked"),
        details("pants", "an elastic waist with a drawstring and a button fly"),
        Q.material("flannel"),
        describe(
            "pants",
            "the pants are long and checked and the pants are long and checked and the pants are long and checked "
            "and the pants are",
            "loop",
            hit_limit=True,
        ),
        title="Marks & Spencer Men Navy Blue Checked Pyjama Pants",
        category="Lounge Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: male model in grey melange jogger lounge pants with ribbed cuffs, a black drawstring and side pockets,
    # no back pocket, a black tee with a small white Puma logo, black slides, white backdrop; caption and open
    # answers by the caption adapter (epoch 2), closed by the reference engine
    case(
        "X915-038",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("black t-shirt and grey joggers", who="he"),
        color_of("pants", "grey"),
        color_of("t-shirt", "grey", "other_garment_color", kind="open"),
        Q.garment_type("lounge pants"),
        details(
            "pants",
            "ribbed cuffs at the ankles, a drawstring waist, side pockets and a zip pocket on the back",
            "unsupported",
        ),
        Q.material("cotton"),
        title="Puma Men Grey Melange Jogger Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: male model in a light blue-and-white striped long-sleeve pyjama shirt with a notch collar, navy piping
    # and a left chest pocket, navy solid full-length pants, white backdrop; caption and open answers by the caption
    # adapter (epoch 2), closed by the reference engine
    case(
        "X915-039",
        caption("a man in a blue striped pajama shirt and navy pants standing in front of a white wall"),
        wearing("He is wearing a blue and white striped shirt and navy blue pants.", who="he"),
        color_of("shirt", "navy blue", "other_garment_color"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeves"),
        details(
            "shirt",
            "a notch collar, buttons down the front and a chest pocket on the left with a navy piping along the "
            "collar, the cuffs and the",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        title="Jockey Men Blue Striped Night Suit",
        category="Night suits",
        color="Blue",
        gender="Men",
    ),
    # photo: male model in olive knee-length cotton lounge shorts with a drawstring and a white tee, white backdrop;
    # caption and open answers by the caption adapter (epoch 2), closed by the reference engine
    case(
        "X915-040",
        caption("a man wearing a white shirt and green shorts"),
        wearing("She is wearing a white t-shirt and olive shorts.", "pronoun", who="he"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("shorts"),
        details("shorts", "they are shorts", "non_answer"),
        describe("shorts", "olive green shorts with a drawstring waist"),
        title="Hanes Men Olive Lounge Shorts",
        category="Lounge Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: male model in a navy terry bathrobe with white piping on the shawl collar and cuffs, two patch pockets,
    # belt tied, bare legs, white backdrop; caption and open answers by the caption adapter (epoch 2), closed by the
    # reference engine
    case(
        "X915-041",
        caption(
            "The gentleman wears a long-sleeve robe with pure color patterns. The robe is with cotton fabric. It has "
            "a lapel neckline. There is a belt at the waist. The robe has white lines on the collar and the cuffs. "
            "The robe is of long",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue bathrobe", who="he"),
        Q.color("white", "contradiction"),
        Q.garment_type("robe"),
        details("bath robe", "white piping on the collar and the cuffs, a tie belt and two patch pockets"),
        Q.material("terry cotton"),
        is_a("coat", "yes", "contradiction"),
        title="Spread Men Navy Blue Bath Robe",
        category="Bath Robe",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: male model in a charcoal long-sleeve crew-neck thermal top with mid-blue jeans, no watch, white
    # backdrop; caption and open answers by the caption adapter (epoch 2), closed by the reference engine
    case(
        "X915-042",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long denim pants. The sweater "
            "is with knitted fabric. It has a round neckline. There is a watch on his wrist.",
            "unsupported",
        ),
        wearing("a dark grey long sleeve top and blue jeans", who="he"),
        color_of("top", "blue", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        describe(
            "top",
            "Question: Describe the top. Answer: The top is a long sleeve top. Question: Describe the jeans. Answer: "
            "The jeans are blue",
            "leak",
            hit_limit=True,
        ),
        Q.material("wool blend"),
        title="Lux Cottswool Men Charcoal Thermal Top",
        category="Thermal Tops",
        color="Charcoal",
        gender="Men",
    ),
    # photo: white trunks with a black waistband with white lettering on a headless torso mannequin, white backdrop,
    # no person; caption and open answers by the caption adapter (epoch 2), closed by the reference engine
    case(
        "X915-043",
        caption("a mannequin wearing white boxer briefs with a black waistband"),
        wearing("He is wearing white underwear with a black band.", who="he"),
        color_of("trunks", "black", "contradiction"),
        Q.garment_type("trunks"),
        details("trunks", "a black elastic waistband with the brand name in white letters"),
        Q.material(
            "The lady wears a three-point shorts. The shorts are with cotton fabric and pure color patterns. The "
            "lady wears a three-point shorts.",
            "loop",
            hit_limit=True,
        ),
        title="Jockey Men White Trunks",
        category="Trunk",
        color="White",
        gender="Men",
    ),
    # photo: male model in a maroon short-sleeve V-neck tee, plain, no pocket or back print, with grey melange lounge
    # shorts, white backdrop; caption and open answers by the caption adapter (epoch 2), closed by the reference
    # engine
    case(
        "X915-044",
        caption("a man in a maroon v neck t-shirt and grey shorts"),
        wearing("a burgundy v-neck tee with grey shorts", who="he"),
        color_of("t-shirt", "grey", "other_garment_color"),
        Q.sleeve_length("short sleeves"),
        details("t-shirt", "v-neck with a chest pocket and a printed logo on the back", "unsupported"),
        describe("t-shirt", "Describe the t-shirt.", "restated"),
        Q.material("cotton"),
        title="Jockey Men Maroon Lounge T-shirt",
        category="Lounge Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: flat lay of three trunks side by side, black, grey melange and navy, each with a white waistband with
    # black lettering, white backdrop, no person; caption and open answers by the caption adapter (epoch 2), closed
    # by the reference engine
    case(
        "X915-045",
        caption("three pairs of boxer briefs in black, grey and navy"),
        wearing("He is wearing black trunks.", "unsupported", who="he"),
        Q.garment_type("trunks"),
        describe("trunks", "three trunks, black, grey and navy blue, with white waistbands"),
        Q.pattern("solid"),
        details("trunks", "the details of the trunks are the trunks details", "restated"),
        title="Macroman Men Pack of 3 Trunks",
        category="Trunk",
        gender="Men",
    ),
    # photo: male model, bare torso, hand on hip, in grey melange boxer briefs with a black waistband with a white
    # logo, white backdrop; caption and open answers by the caption adapter (epoch 2), closed by the reference engine
    case(
        "X915-046",
        caption("a man in grey boxer briefs with a black waistband standing with his hand on his hip"),
        wearing("grey", "non_answer", who="he"),
        Q.color("grey"),
        Q.garment_type("trunks"),
        details("boxer briefs", "a black waistband with a white logo and a contoured pouch"),
        Q.material("cotton modal blend with a silk lining", "unsupported"),
        is_a("pair of shorts", "no"),
        title="Jockey Men Grey Melange Boxer Briefs",
        category="Trunk",
        color="Grey Melange",
        gender="Men",
    ),
]
