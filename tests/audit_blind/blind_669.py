"""BLIND_669 (46 products; Myntra sleep/innerwear, caption epoch 3): written blind in the fifty-fourth session. Measured
blind at 66d12ac (the session's second rules): 105/125 failures found (84.0%) and 16/170 correct texts flagged (9.4%).
The writer's notes, verbatim:

Scenario: a Myntra feed of women's nightwear, loungewear and innerwear: night suits (shirt-and-pyjama and shorts
sets), nightdresses and babydolls, lounge pants and shorts, a lounge tee, a robe, bras (T-shirt, lace, sports,
bralette, a pack of three), camisoles (one a pack of two) and shapewear (shaper shorts, a slip, a saree shaper, a
bodysuit). Catalog shots on a white backdrop, mostly worn by a model who also wears other clothes (grey pants under
a bra, a blazer over a bralette, a checked shirt open over a camisole, a robe over a bra); two multipacks are shot
flat with no person. Props: a mug, a pillow, a book, a stuffed toy, a stool, a Santa hat.

Who wrote what: every caption and every open answer is free generation from the caption adapter at epoch 3
(leoreigoto/Data2_V2_Blip2_Finetune_Caption on blip2-opt-2.7b): it answers questions with the DeepFashion caption
template ("The lady wears a sleeveless tank top with pure color patterns and a three-point shorts"), knows no
innerwear class (bras become tank tops, robes coats, saree shapers skirts), has no trained end token so it often
runs to 30/50 tokens and loops or is cut, sometimes goes on into a new "Question: ... Answer:" turn, and still
names hues from the base model's knowledge, often the hue of the wrong garment. Closed answers (garment_type,
color, pattern, sleeve_length, is_a, and color_of where kind is closed) come from enrich's --engine reference,
which picks one candidate value: never loops or cuts, but can pick the wrong candidate or another garment's color.

Labeling conventions and judgement calls:
- One label per text, the most salient failure; a looped text is "loop" even when it was also cut by the limit, and
  a text cut by the limit that also leaks the Question/Answer format is "leak".
- hit_limit=True on every text that ran to its token limit (all loops, all cuts, the long leaks); correct answers
  and the other failures stopped on their own.
- "tank top" or "top" for a camisole is correct; "tank top" for a bra, "shirt" for a bra, "coat" for a robe and a
  closed garment_type "shorts"/"skirt" for shapewear are contradictions of the seller's category. In a caption,
  "shorts" for shaper shorts and "dress" for a shaper slip describe the shape and are counted correct.
- "dress" for a nightdress/babydoll and "track pants" for jogger-style lounge pants are correct.
- A neighbouring shade of the seller's color is correct (teal answered green, lavender purple, mustard yellow,
  skin/nude beige, off white white, charcoal dark grey). For a multipack sold as Multi, naming one of the pack's
  colors is correct.
- The color of another garment worn in the photo (pants, robe, blazer, the other half of a night suit) given for
  the product is other_garment_color; the color of the product's own print or piping given as its color (pink
  for navy pants with pink stars) is contradiction.
- A pattern word or another garment's description given in answer to a color or describe question ("The shorts
  are with lattice patterns") says nothing asked and is non_answer; so are one-word answers ("short", "yes",
  "sweatshirt") to open questions and an empty answer.
- "The lady is wearing ..." for a flat shot with no person is unsupported. A material the photo and title cannot
  confirm but that is the usual fabric for the item is correct; one that clashes with the look (cotton for glossy
  compression fabric, silk for matte jersey, lace for molded cups) is unsupported; one that contradicts the title
  (chiffon for a satin set) or belongs to another garment (denim for a camisole) is contradiction.
- Details not in the photo (pockets, hood, cuffs, glasses, front closure, lace hem) are unsupported; a count that
  disagrees with the title's pack size is contradiction.
- Restated: the answer only turns the question back into a sentence ("the details of the garment are ...").
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_669 = [
    # photo: navy short-sleeve tee and navy pyjama pants, both with small pink stars; elastic waistband visible;
    # white backdrop, front view, barefoot. Caption adapter (epoch 3) for caption/open, reference for closed.
    case(
        "X669-001",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton"
            " fabric. It has a round neckline. The pants are with cotton fabric and graphic patterns."
        ),
        wearing("a navy blue t-shirt and pyjama pants with pink stars"),
        Q.garment_type("night suit"),
        Q.color("navy blue"),
        color_of("pants", "The pants are pink with graphic patterns.", "contradiction", kind="open"),
        details(
            "night suit",
            "The T-shirt has short sleeves and a round neckline. The pants are with cotton fabric and graphic patterns."
            " The T-shirt is with",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        title="Sweet Dreams Women Navy Blue & Pink Star Print Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: maroon satin knee-length nightdress, spaghetti straps, black lace trim at the V neckline; no jewellery;
    # white backdrop, side-on. Caption adapter for caption/open, reference for closed.
    case(
        "X669-002",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is of knee length. It has a"
            " v-shape neckline. There is a ring on her finger.",
            "unsupported",
        ),
        Q.garment_type("nightdress"),
        Q.color("maroon"),
        Q.material("satin"),
        describe(
            "nightdress",
            "The nightdress is with pure color patterns. The nightdress is with pure color patterns. The nightdress is"
            " with pure color patterns. The nightdress",
            "loop",
            hit_limit=True,
        ),
        D.details("spaghetti straps, black lace at the neckline"),
        Q.sleeve_length("sleeveless"),
        title="Clovia Women Maroon Solid Satin Nightdress",
        category="Nightdress",
        color="Maroon",
        gender="Women",
    ),
    # photo: black lace non-padded bra worn with grey melange lounge pants; cropped neck to hips; white backdrop.
    # Caption adapter for caption/open, reference for closed.
    case(
        "X669-003",
        caption(
            "The lady wears a sleeveless tank top with lattice patterns and a long pants. The tank top is with lace"
            " fabric. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        Q.garment_type("bra"),
        Q.color("grey", "other_garment_color"),
        color_of("bra", "black"),
        Q.material("lace"),
        wearing("She is wearing a black lace bra and grey pants"),
        is_a("bra", "yes"),
        title="Enamor Women Black Lace Non-Padded Wired Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: grey melange drawstring lounge pants with side pockets and a plain straight hem, worn with a white
    # crew-neck tee and white sneakers; white backdrop, front. Caption adapter for caption/open, reference closed.
    case(
        "X669-004",
        caption(
            "This woman is wearing a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is"
            " with cotton fabric and it has a round neckline. The pants are with cotton fabric and pure color patterns."
        ),
        Q.color("white", "other_garment_color"),
        color_of("lounge pants", "grey", kind="open"),
        details(
            "lounge pants", "The pants have a drawstring waist and side pockets. The hem is cuffed.", "unsupported"
        ),
        Q.garment_type("lounge pants"),
        Q.pattern("solid"),
        wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with"
            " cotton fabric. It has a",
            "cut",
            hit_limit=True,
        ),
        title="Jockey Women Grey Melange Solid Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: skin-coloured cotton camisole with adjustable straps, worn with blue denim jeans; white backdrop.
    # Caption adapter for caption/open, reference for closed.
    case(
        "X669-005",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns and a long trousers. The tank top is"
            " with cotton fabric. The trousers are with denim fabric and pure color patterns."
        ),
        Q.garment_type("camisole"),
        Q.color("beige"),
        color_of("camisole", "blue", "other_garment_color", kind="open"),
        Q.material("The tank top is with cotton fabric."),
        D.details(
            "Question: What are the details of the garment? Answer: The tank top is sleeveless. Question: What",
            "leak",
        ),
        title="Zivame Women Skin Coloured Solid Cotton Camisole",
        category="Camisoles",
        color="Skin",
        gender="Women",
    ),
    # photo: pink-and-white vertical striped long-sleeve button-down pyjama shirt with white piped collar and
    # matching striped pyjama pants; she holds a coffee mug; white backdrop. Caption adapter open, reference closed.
    case(
        "X669-006",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns and a long pants. The shirt is with cotton fabric"
            " and its neckline is lapel. The pants are with cotton fabric and striped patterns."
        ),
        Q.pattern("striped"),
        Q.sleeve_length("short sleeves", "contradiction"),
        wearing("The man is wearing a long-sleeve shirt with striped patterns and a long pants.", "pronoun"),
        Q.color("pink"),
        D.details("The shirt has buttons down the front and a white collar. The lady holds a mug."),
        Q.material("cotton"),
        title="Clovia Women Pink & White Striped Cotton Pyjama Set",
        category="Night suits",
        color="Pink",
        gender="Women",
    ),
    # photo: nude high-waist shaper shorts to mid-thigh, worn with a black bra; no jewellery; white backdrop, side
    # view. Caption adapter for caption/open, reference for closed.
    case(
        "X669-007",
        caption(
            "The lady is wearing a three-point shorts with pure color patterns. The shorts are with cotton fabric."
            " There is an accessory on her wrist.",
            "unsupported",
        ),
        Q.garment_type("shapewear"),
        Q.color("black", "other_garment_color"),
        describe("shapewear", "high-waist shaper shorts in a nude shade that reach mid-thigh"),
        D.details(
            "The shorts are of three-point length. The shorts are of three-point length. The shorts are of three-point"
            " length. The shorts are",
            "loop",
            hit_limit=True,
        ),
        Q.material("nylon"),
        title="Zivame Women Nude Solid Tummy Shaper Shorts",
        category="Shapewear",
        color="Nude",
        gender="Women",
    ),
    # photo: yellow short-sleeve knee-length cotton nightdress with a big cartoon teddy-bear print on the front,
    # plain hem, no pockets; she hugs a white pillow; white backdrop. Caption adapter open, reference closed.
    case(
        "X669-008",
        caption(
            "The lady is wearing a short-sleeve dress with graphic patterns. The dress is of knee length. It is with"
            " cotton fabric and it has a round neckline."
        ),
        Q.garment_type("dress"),
        Q.color("yellow"),
        Q.pattern("graphic"),
        wearing(
            "The lady is wearing a short-sleeve dress with graphic patterns. The dress is of knee length. The dress is"
            " of knee length. The dress is of knee length. The",
            "loop",
            hit_limit=True,
        ),
        D.details("a teddy bear print on the front and short sleeves"),
        describe(
            "nightdress", "The nightdress is yellow with a teddy bear print, a lace hem and two pockets.", "unsupported"
        ),
        title="Sweet Dreams Women Yellow Teddy Print Nightdress",
        category="Nightdress",
        color="Yellow",
        gender="Women",
    ),
    # photo: red padded T-shirt bra with smooth moulded cups, matching red briefs; white backdrop, front view.
    # Caption adapter for caption/open, reference for closed.
    case(
        "X669-009",
        caption(
            "The female is wearing a sleeveless tank top with solid color patterns. The tank top is with cotton fabric"
            " and it has a v-shape neckline. The lower clothing is of three-point length. The fabric is cotton and it"
            " has pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("bra"),
        Q.color("red"),
        is_a("bra", "yes"),
        Q.material("lace", "unsupported"),
        describe("bra", "red padded cups with thin adjustable straps"),
        title="Amante Women Red Padded T-shirt Bra",
        category="Bra",
        color="Red",
        gender="Women",
    ),
    # photo: navy lounge shorts with a white drawstring, worn with a white tank top; white backdrop.
    # Caption adapter for caption/open, reference for closed.
    case(
        "X669-010",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns and a three-point shorts. The tank top"
            " is with cotton fabric. The shorts are with cotton fabric and pure color patterns. The tank top is with"
            " cotton fabric and it has a round neckline. The shorts are of",
            "cut",
            hit_limit=True,
        ),
        Q.color("white", "other_garment_color"),
        color_of("shorts", "The shorts are navy blue.", kind="open"),
        details("shorts", "short", "non_answer"),
        Q.garment_type("shorts"),
        wearing("He is wearing a tank top and shorts.", "pronoun"),
        title="Jockey Women Navy Blue Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: green-and-white gingham short-sleeve notch-collar shirt and matching checked shorts; white backdrop.
    # Caption adapter for caption/open, reference for closed.
    case(
        "X669-011",
        caption(
            "The lady wears a short-sleeve shirt with lattice patterns and a three-point shorts. The shirt is with"
            " cotton fabric and its neckline is lapel. The shorts are with cotton fabric and lattice patterns."
        ),
        Q.pattern("checked"),
        Q.garment_type("night suit"),
        wearing("a short-sleeve shirt with lattice patterns and a long pants", "contradiction"),
        Q.sleeve_length("short sleeves"),
        color_of("shorts", "The shorts are with lattice patterns.", "non_answer", kind="open"),
        Q.material(
            "The shirt is with cotton fabric. The shirt is with cotton fabric. The shirt is with cotton fabric. The"
            " shirt is",
            "loop",
            hit_limit=True,
        ),
        title="Dreamz by Pantaloons Women Green Checked Shorts Night Suit",
        category="Night suits",
        color="Green",
        gender="Women",
    ),
    # photo: flat shot, no person: two camisoles side by side, one white, one black, thin straps, plain necklines,
    # no lace; white backdrop. Caption adapter for caption/open, reference for closed.
    case(
        "X669-012",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns. The tank top is with cotton fabric and"
            " it has a round neckline.",
            "unsupported",
        ),
        Q.garment_type("camisole"),
        Q.color("white"),
        describe("camisoles", "two camisoles, one white and one black, with thin straps"),
        is_a("camisole", "yes"),
        D.details("a single white camisole with thin straps", "contradiction"),
        Q.pattern("solid"),
        title="Marks & Spencer Women Pack of 2 Camisoles",
        category="Camisoles",
        color="White",
        gender="Women",
    ),
    # photo: black pyjama pants with white polka dots and elastic waist, worn with a pink hoodie; white backdrop.
    # Caption adapter for caption/open, reference for closed.
    case(
        "X669-013",
        caption(
            "The lady wears a long-sleeve sweatshirt with pure color patterns and a long pants. The sweatshirt is with"
            " cotton fabric. The pants are with cotton fabric and graphic patterns."
        ),
        Q.color("pink", "other_garment_color"),
        Q.pattern("polka dots"),
        color_of("pants", "black with white polka dots", kind="open"),
        describe(
            "lounge pants",
            "The pants are black with white dots and a elastic waistband. The pants are black with white dots and a"
            " elastic waistband. The pants are",
            "loop",
            hit_limit=True,
        ),
        wearing("pink hoodie, black polka-dot pyjama pants"),
        Q.garment_type("leggings", "contradiction"),
        title="Hanes Women Black Polka Dot Print Lounge Pants",
        category="Lounge Pants",
        color="Black",
        gender="Women",
    ),
    # photo: light blue ankle-length full-sleeve cotton nightgown, white embroidery at the yoke, buttons down the
    # front; white backdrop, front. Caption adapter for caption/open, reference for closed.
    case(
        "X669-014",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is of long length. It is with"
            " cotton fabric and it has a round neckline."
        ),
        Q.sleeve_length("long sleeves"),
        Q.color("blue"),
        D.details("the details of the garment are the dress", "restated"),
        Q.material(
            "The dress is with cotton fabric. It has a round neckline. The dress is of long length. There is an"
            " accessory on her",
            "cut",
            hit_limit=True,
        ),
        describe(
            "nightdress",
            "light blue long nightgown with white embroidery at the yoke and buttons down the front. The dress is of"
            " long length. It is with",
            "cut",
            hit_limit=True,
        ),
        title="Bannos Swagger Women Blue Embroidered Cotton Nightdress",
        category="Nightdress",
        color="Blue",
        gender="Women",
    ),
    # photo: nude full-coverage minimizer bra and nude briefs, a white shirt worn open over them; white backdrop.
    # Caption adapter for caption/open, reference for closed.
    case(
        "X669-015",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton"
            " fabric and its neckline",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("white", "other_garment_color"),
        color_of("bra", "nude"),
        wearing("a white shirt over a nude bra"),
        describe("bra", "Question: Describe the bra. Answer: The bra is with pure color patterns. Question:", "leak"),
        title="Triumph Women Nude-Coloured Minimizer Bra",
        category="Bra",
        color="Nude",
        gender="Women",
    ),
    # photo: lavender long-sleeve round-neck pullover top (no collar, no pocket) with small white flowers, matching
    # drawstring pyjama pants; she sits on a wooden stool; white backdrop. Caption adapter open, reference closed.
    case(
        "X669-016",
        caption(
            "The lady is wearing a long-sleeve shirt with floral patterns and a long pants. The shirt is with cotton"
            " fabric. The pants are with cotton fabric and floral patterns. She is sitting on a chair."
        ),
        Q.color("purple"),
        Q.pattern("floral"),
        wearing("a purple top and pants with white flowers"),
        color_of("pyjamas", "white", "contradiction", kind="open"),
        D.details(
            "The shirt has a collar, three buttons and a chest pocket. The pants have a drawstring.", "unsupported"
        ),
        Q.sleeve_length("long sleeves"),
        title="Kanvin Women Purple Floral Print Pyjama Set",
        category="Night suits",
        color="Lavender",
        gender="Women",
    ),
    # photo: black seamless shaper slip to mid-thigh, thin straps, glossy nylon; three-quarter back view; white
    # backdrop. Caption adapter for caption/open, reference for closed.
    case(
        "X669-017",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is of short length. It is with"
            " knitting fabric and it has a suspenders neckline."
        ),
        Q.garment_type("shapewear"),
        Q.color("black"),
        Q.material(
            "The dress is with knitting fabric. The dress is with knitting fabric. The dress is with knitting fabric."
            " The dress is with",
            "loop",
            hit_limit=True,
        ),
        describe("shapewear", "The gentleman wears a sleeveless dress with pure color patterns.", "pronoun"),
        title="Bodycare Women Black Seamless Shaping Slip",
        category="Shapewear",
        color="Black",
        gender="Women",
    ),
    # photo: coral short-sleeve crew-neck lounge tee, plain front with no pocket, worn with grey lounge shorts;
    # white backdrop. Caption adapter for caption/open, reference for closed.
    case(
        "X669-018",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is"
            " with cotton fabric and it has a round neckline. The shorts are with cotton fabric and pure color"
            " patterns."
        ),
        Q.color("orange"),
        color_of("t-shirt", "grey", "other_garment_color", kind="open"),
        Q.sleeve_length("short sleeves"),
        D.details("The T-shirt has a round neckline and a small chest pocket.", "unsupported"),
        Q.garment_type("t-shirt"),
        title="Jockey Women Coral Solid Lounge T-shirt",
        category="Lounge Tshirts",
        color="Coral",
        gender="Women",
    ),
    # photo: black sheer babydoll with lace cups, short flared hem, matching black panty; black heels, no jewellery;
    # white backdrop. Caption adapter for caption/open, reference for closed.
    case(
        "X669-019",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is of short length. It is with"
            " chiffon fabric and it has a v-shape neckline."
        ),
        Q.garment_type("nightdress"),
        Q.color("black"),
        Q.pattern("lace"),
        Q.material(
            "The dress is with chiffon fabric. Question: What is the pattern of the garment? Answer: lace", "leak"
        ),
        wearing("She is wearing a black lace babydoll and a choker necklace.", "unsupported"),
        title="Clovia Women Black Lace Babydoll With Panty",
        category="Baby Dolls",
        color="Black",
        gender="Women",
    ),
    # photo: olive-and-black buffalo-check flannel pyjama pants with a drawstring, worn with a black short-sleeve
    # tee; white backdrop. Caption adapter for caption/open, reference for closed.
    case(
        "X669-020",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with"
            " cotton fabric and it has a round neckline. The pants are with cotton fabric and lattice patterns."
        ),
        Q.color("black", "other_garment_color"),
        Q.pattern("checked"),
        describe(
            "pants",
            "olive and black checked pyjama pants with a drawstring. The pants are of long length. The pants are with"
            " cotton fabric and lattice",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "pants",
            "The pants are with lattice patterns. The pants are with lattice patterns. The pants are with lattice"
            " patterns. The pants",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.material("flannel"),
        Q.garment_type("pants"),
        title="Nite Flite Women Olive Checked Flannel Lounge Pants",
        category="Lounge Pants",
        color="Olive",
        gender="Women",
    ),
    # photo: red ribbed camisole worn with black cotton shorts; white backdrop, front view.
    # Caption adapter for caption/open, reference for closed.
    case(
        "X669-021",
        caption("The woman wears a sleeveless tank top with pure color patterns and a three-point shorts."),
        Q.color("red"),
        color_of("camisole", "black", "other_garment_color", kind="open"),
        D.details("Question: What are the details of the garment? Answer:", "leak"),
        Q.sleeve_length("sleeveless"),
        is_a("camisole", "no", "contradiction"),
        title="Jockey Women Red Ribbed Camisole",
        category="Camisoles",
        color="Red",
        gender="Women",
    ),
    # photo: white short-sleeve tee with blue "sleepy head" lettering, blue pyjama pants with white clouds; white
    # backdrop. Caption adapter for caption/open, reference for closed.
    case(
        "X669-022",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton"
            " fabric and it has a round neckline. The pants are with cotton fabric and graphic patterns."
        ),
        Q.color("blue"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        describe("top", "a white T-shirt with blue text on the front that says sleepy head"),
        wearing(
            "The lady is wearing a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with"
            " cotton fabric and it has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        title="Zivame Women Blue & White Printed Night Suit",
        category="Night suits",
        color="Blue",
        gender="Women",
    ),
    # photo: pink cotton non-wired bra with a small white floral print, worn with black leggings; white backdrop.
    # Caption adapter for caption/open, reference for closed.
    case(
        "X669-023",
        caption(
            "The lady wears a sleeveless tank top with floral patterns and a long leggings. The tank top is with"
            " cotton fabric. The leggings are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        Q.color("pink"),
        Q.pattern("floral"),
        color_of("bra", "black", "other_garment_color", kind="open"),
        is_a("bra", "yes"),
        Q.material("cotton"),
        title="Clovia Women Pink Floral Print Cotton Non-Wired Bra",
        category="Bra",
        color="Pink",
        gender="Women",
    ),
    # photo: peach satin knee-length wrap robe with a tie belt and long sleeves, no hood, a peach slip visible at
    # the neckline; white backdrop. Caption adapter for caption/open, reference for closed.
    case(
        "X669-024",
        caption(
            "The lady is wearing a long-sleeve coat with pure color patterns. The coat is with chiffon fabric and it"
            " has a v-shape neckline.",
            "contradiction",
        ),
        Q.garment_type("robe"),
        Q.color("peach"),
        Q.material("satin"),
        D.details("The details of the robe are the details of a robe.", "restated"),
        describe("robe", "The robe is peach with a belt. It has a hood.", "unsupported"),
        title="Clovia Women Peach Satin Wrap Robe",
        category="Robe",
        color="Peach",
        gender="Women",
    ),
    # photo: grey melange T-shirt nightdress, short sleeves, above the knee, white "Good Night" print on the chest;
    # she holds a stuffed toy; white backdrop. Caption adapter for caption/open, reference for closed.
    case(
        "X669-025",
        caption(
            "The lady is wearing a short-sleeve dress with graphic patterns. The dress is of short length. It is with"
            " cotton fabric and it has a round neckline. She is holding a stuffed toy."
        ),
        Q.garment_type("t-shirt", "contradiction"),
        Q.color("grey"),
        Q.pattern("solid", "contradiction"),
        wearing("a grey t-shirt dress"),
        D.details(
            "The dress has short sleeves and a round neckline. The dress has short sleeves and a round neckline. The"
            " dress has short",
            "loop",
            hit_limit=True,
        ),
        Q.material("", "non_answer"),
        title="Sweet Dreams Women Grey Melange Printed Nightdress",
        category="Nightdress",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: beige ribbed-knit wide-leg lounge pants with an elastic waist, no fly or belt loops, worn with a
    # matching beige ribbed long-sleeve top; white backdrop. Caption adapter for caption/open, reference closed.
    case(
        "X669-026",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with"
            " knitting fabric. The pants are with knitting fabric and pure color patterns."
        ),
        Q.color("beige"),
        describe("pants", "wide-leg beige pants in a ribbed knit"),
        D.details("The pants have a zip fly and belt loops.", "unsupported"),
        Q.garment_type("pants"),
        wearing("Question: What is the person wearing? Answer: The lady wears a long-sleeve sweater", "leak"),
        title="Marks & Spencer Women Beige Ribbed Lounge Pants",
        category="Lounge Pants",
        color="Beige",
        gender="Women",
    ),
    # photo: white racerback sports bra with wide straps, worn with black cycling shorts; side pose; white backdrop.
    # Caption adapter for caption/open, reference for closed.
    case(
        "X669-027",
        caption(
            "This gentleman wears a sleeveless top with pure color patterns and a three-point shorts. The top is with"
            " cotton fabric.",
            "pronoun",
        ),
        Q.garment_type("bra"),
        Q.color("white"),
        color_of("sports bra", "black", "other_garment_color"),
        describe("sports bra", "white racerback sports bra with wide straps"),
        is_a("sports bra", "yes"),
        title="Jockey Women White Racerback Sports Bra",
        category="Bra",
        color="White",
        gender="Women",
    ),
    # photo: black satin short-sleeve button-down shirt with white piping on collar and chest pocket, black satin
    # shorts with white piping at the hem; white backdrop. Caption adapter for caption/open, reference for closed.
    case(
        "X669-028",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a three-point shorts. Its neckline is"
            " lapel. The shorts are of three-point length."
        ),
        Q.material("The shirt is with chiffon fabric.", "contradiction"),
        Q.color("black"),
        D.details("white piping on the collar and pocket, buttons down the front"),
        wearing("black satin shirt and shorts"),
        Q.sleeve_length("long sleeves", "contradiction"),
        color_of("shorts", "white", "contradiction", kind="open"),
        title="Clovia Women Black Satin Shirt & Shorts Night Suit",
        category="Night suits",
        color="Black",
        gender="Women",
    ),
    # photo: beige fitted saree shapewear from waist to ankle, no slit, worn with a black short-sleeve saree blouse;
    # white backdrop. Caption adapter for caption/open, reference for closed.
    case(
        "X669-029",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The skirt is with cotton"
            " fabric and pure color patterns."
        ),
        Q.garment_type("skirt", "contradiction"),
        Q.color("black", "other_garment_color"),
        color_of("shapewear", "beige"),
        describe("shapewear", "a long beige fitted skirt-like shapewear from the waist to the ankles"),
        Q.material(
            "The skirt is with cotton fabric and pure color patterns. The skirt is with cotton fabric and pure color"
            " patterns. The skirt is",
            "loop",
            hit_limit=True,
        ),
        title="Swee Women Beige Solid Saree Shapewear",
        category="Shapewear",
        color="Beige",
        gender="Women",
    ),
    # photo: red long-sleeve tee, white reindeer print, red-and-white checked pyjama pants, a Santa hat, barefoot;
    # white backdrop. No color column in the feed. Caption adapter for caption/open, reference for closed.
    case(
        "X669-030",
        caption(
            "The lady wears a long-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton"
            " fabric and it has a round neckline. The pants are with cotton fabric and lattice patterns. The lady"
            " wears a hat."
        ),
        Q.color("red"),
        Q.pattern("printed"),
        wearing("a red reindeer top, checked pyjama pants, a santa hat and fuzzy slippers", "unsupported"),
        color_of("pants", "The pants are red and white with lattice patterns.", kind="open"),
        D.details(
            "The T-shirt has a reindeer on the front. The T-shirt has a reindeer on the front. The T-shirt has a"
            " reindeer on the",
            "loop",
            hit_limit=True,
        ),
        describe(
            "night suit",
            "The lady is wearing a long-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with"
            " cotton fabric and it has a round neckline. The pants",
            "cut",
            hit_limit=True,
        ),
        title="Dreamz Women Red Reindeer Print Night suit",
        category="Night suits",
        gender="Women",
    ),
    # photo: navy lace balconette bra (back hook, no front closure) and navy lace briefs under an open white
    # robe; white backdrop. Caption adapter for caption/open, reference for closed.
    case(
        "X669-031",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with cotton fabric. The"
            " inner clothing is a sleeveless tank top with lattice patterns. The tank top is with lace fabric and it"
            " has a v-shape neckline. The lower clothing is of",
            "cut",
            hit_limit=True,
        ),
        Q.color("white", "other_garment_color"),
        color_of("bra", "navy blue"),
        Q.material("lace"),
        Q.garment_type("bra"),
        describe("bra", "The bra is navy blue lace with padded cups and a front closure.", "unsupported"),
        wearing("She is wearing a navy lace bra and briefs under a white robe"),
        title="Wacoal Women Navy Blue Lace Balconette Bra",
        category="Bra",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: pink lounge shorts with a white heart print and plain hem (no lace), worn with a white camisole;
    # white backdrop. Caption adapter for caption/open, reference for closed.
    case(
        "X669-032",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a three-point shorts. The shorts are"
            " with cotton fabric and graphic patterns."
        ),
        Q.color("white", "other_garment_color"),
        Q.pattern("printed"),
        color_of(
            "shorts",
            "Pink. Question: What is the pattern of the shorts? Answer: graphic. Question:",
            "leak",
            kind="open",
        ),
        details("shorts", "The shorts have a lace trim at the hem and an elastic waist.", "unsupported"),
        wearing("he wears a white top and pink shorts", "pronoun"),
        title="Hunkemoller Women Pink Heart Print Lounge Shorts",
        category="Lounge Shorts",
        color="Pink",
        gender="Women",
    ),
    # photo: teal satin midi slip nightdress, thin straps, lace-trimmed V-neck; barefoot; white backdrop.
    # Caption adapter for caption/open, reference for closed.
    case(
        "X669-033",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is of medium length. It has a"
            " v-shape neckline."
        ),
        Q.color("green"),
        describe("nightdress", "Teal satin slip nightdress with lace at the neckline and thin straps."),
        Q.sleeve_length("sleeveless"),
        D.details("The details of the garment are on the garment.", "restated"),
        title="Nite Flite Women Teal Satin Slip Nightdress",
        category="Nightdress",
        color="Teal",
        gender="Women",
    ),
    # photo: lavender jersey camisole with a lace neckline and adjustable straps, worn with white pyjama pants; no
    # jewellery; white backdrop. Caption adapter for caption/open, reference for closed.
    case(
        "X669-034",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with"
            " cotton fabric. The pants are with cotton fabric and pure color patterns. There is a ring on her finger."
            " There is a ring on her finger. There is a",
            "loop",
            hit_limit=True,
        ),
        Q.color("purple"),
        color_of("camisole", "white", "other_garment_color", kind="open"),
        Q.material("silk", "unsupported"),
        D.details("lace at the neckline and adjustable straps"),
        Q.garment_type("camisole"),
        title="Amante Women Lavender Lace Trim Camisole",
        category="Camisoles",
        color="Lavender",
        gender="Women",
    ),
    # photo: mustard three-quarter-sleeve notch-collar top with navy piping, navy pyjama pants with mustard polka
    # dots; no glasses; white backdrop. Caption adapter for caption/open, reference for closed.
    case(
        "X669-035",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton"
            " fabric and its neckline is lapel. The pants are with cotton fabric and graphic patterns."
        ),
        color_of("top", "navy blue", "other_garment_color", kind="open"),
        Q.color("yellow"),
        wearing("a mustard top and navy pants with dots"),
        Q.sleeve_length("three-quarter sleeves"),
        D.details(
            "The shirt has a notch collar and buttons. The pants have yellow dots. The shirt has a notch collar and"
            " buttons. The pants have",
            "loop",
            hit_limit=True,
        ),
        describe("night suit", "The woman wears a mustard top and navy pants. She is wearing glasses.", "unsupported"),
        title="Kanvin Women Mustard & Navy Printed Night suit",
        category="Night suits",
        color="Mustard",
        gender="Women",
    ),
    # photo: black high-waist thigh shaper to the knee, glossy compression fabric, worn with a white tee knotted
    # up; white backdrop. Caption adapter for caption/open, reference for closed.
    case(
        "X669-036",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is"
            " with cotton fabric and it has a round neckline. The shorts are with cotton fabric and pure color"
            " patterns."
        ),
        Q.garment_type("shorts", "contradiction"),
        Q.color("white", "other_garment_color"),
        color_of("shaper", "black"),
        describe(
            "shaper",
            "Question: Describe the shaper. Answer: The shorts are with cotton fabric and pure color patterns."
            " Question: Describe",
            "leak",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        title="Zivame Women Black Solid High-Waist Thigh Shaper",
        category="Shapewear",
        color="Black",
        gender="Women",
    ),
    # photo: maroon joggers with a drawstring and cuffed ankles, worn with a black sleeveless crop top and white
    # sneakers; white backdrop. Caption adapter for caption/open, reference for closed.
    case(
        "X669-037",
        caption(
            "The lady wears a sleeveless crop top with pure color patterns and a long pants. The crop top is with"
            " cotton fabric. The pants are with cotton fabric and pure color patterns."
        ),
        Q.color("maroon"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        D.details("What are the details of the garment? the details", "restated"),
        wearing(
            "The lady wears a sleeveless crop top with pure color patterns and a long pants. The crop top is with"
            " cotton fabric. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("track pants"),
        title="Bannos Swagger Women Maroon Jogger Lounge Pants",
        category="Lounge Pants",
        color="Maroon",
        gender="Women",
    ),
    # photo: flat shot, no person: three non-padded bras laid side by side, black, white and skin; white backdrop.
    # Caption adapter for caption/open, reference for closed.
    case(
        "X669-038",
        caption("Three bras in black, white and beige on a white background."),
        Q.garment_type("bra"),
        Q.color("black"),
        describe("bras", "a black bra", "contradiction"),
        wearing(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric.",
            "unsupported",
        ),
        is_a("bra", "yes"),
        D.details("yes", "non_answer"),
        title="Jockey Women Pack of 3 Non-Padded Bras",
        category="Bra",
        color="Multi",
        gender="Women",
    ),
    # photo: white short-sleeve tee with small pink roses, solid pink pyjama pants; she holds an open book; white
    # backdrop. Caption adapter for caption/open, reference for closed.
    case(
        "X669-039",
        caption(
            "The lady is wearing a short-sleeve T-shirt with floral patterns and a long pants. The T-shirt is with"
            " cotton fabric and it has a round neckline. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("top", "pink", "other_garment_color", kind="open"),
        Q.color("white"),
        Q.pattern("floral"),
        wearing("The man wears a white T-shirt with flowers and pink pants.", "pronoun"),
        D.details("pink roses all over the top, solid pink pants"),
        describe(
            "night suit",
            "The lady is holding a book. The lady is holding a book. The lady is holding a book. The lady is holding a",
            "loop",
            hit_limit=True,
        ),
        title="Clovia Women White Floral Print Night Suit",
        category="Night suits",
        color="White",
        gender="Women",
    ),
    # photo: black lace camisole under an open red-and-black checked flannel shirt, with blue jeans; white
    # backdrop. Caption adapter for caption/open, reference for closed.
    case(
        "X669-040",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns and a long trousers. The shirt is with cotton"
            " fabric and its neckline is lapel. The trousers are with denim fabric and pure color patterns."
        ),
        Q.color("red", "other_garment_color"),
        color_of("camisole", "black"),
        Q.garment_type("shirt", "contradiction"),
        wearing("a red checked shirt open over a black camisole, and blue jeans"),
        D.details("What are the details of the garment? The garment is a camisole.", "restated"),
        Q.material("denim", "contradiction"),
        title="Lovable Women Black Lace Camisole",
        category="Camisoles",
        color="Black",
        gender="Women",
    ),
    # photo: navy sleeveless knee-length A-line cotton nightdress, white moon-and-stars print, plain hem; white bg.
    # Caption adapter for caption/open, reference for closed.
    case(
        "X669-041",
        caption(
            "The lady is wearing a sleeveless dress with graphic patterns. The dress is of knee length. It is with"
            " cotton fabric and it has a round neckline."
        ),
        Q.color("navy blue"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.pattern("printed"),
        D.details("moon and stars print and a ruffled hem", "unsupported"),
        describe(
            "nightdress",
            "The dress is of knee length. It is with cotton fabric. Question: What is the color of the dress? Answer:"
            " navy blue",
            "leak",
            hit_limit=True,
        ),
        color_of("nightdress", "The dress is white with graphic patterns.", "contradiction", kind="open"),
        title="Dreamz Women Navy Blue Moon Print Nightdress",
        category="Nightdress",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: charcoal straight lounge pants with side pockets and drawstring, worn with a light blue sweatshirt;
    # she holds a mug; white backdrop. Caption adapter for caption/open, reference for closed.
    case(
        "X669-042",
        caption(
            "The lady wears a long-sleeve sweatshirt with pure color patterns and a long pants. The sweatshirt is with"
            " cotton fabric. The pants are with cotton fabric and pure color patterns. She is holding a cup."
        ),
        Q.color("blue", "other_garment_color"),
        color_of("pants", "dark grey", kind="open"),
        wearing("sweatshirt", "non_answer"),
        D.details("side pockets and a drawstring"),
        Q.garment_type("lounge pants"),
        title="Jockey Women Charcoal Solid Lounge Pants",
        category="Lounge Pants",
        color="Charcoal",
        gender="Women",
    ),
    # photo: maroon unpadded lace triangle bralette under an open black blazer, black trousers; white backdrop.
    # Caption adapter for caption/open, reference for closed.
    case(
        "X669-043",
        caption(
            "The lady wears a long-sleeve blazer with pure color patterns and a long trousers. The blazer is with"
            " cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns."
        ),
        Q.color("black", "other_garment_color"),
        color_of("bralette", "maroon"),
        describe("bralette", "The lady wears a long-sleeve blazer with pure color patterns.", "non_answer"),
        Q.material("lace"),
        wearing(
            "She is wearing a black blazer over a maroon lace bralette with black trousers. She is wearing a black"
            " blazer over a maroon lace bralette with black",
            "loop",
            hit_limit=True,
        ),
        title="Clovia Women Maroon Lace Non-Padded Bralette",
        category="Bra",
        color="Maroon",
        gender="Women",
    ),
    # photo: plain peach short-sleeve button-placket cotton top and plain peach shorts; white backdrop.
    # Caption adapter for caption/open, reference for closed.
    case(
        "X669-044",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a three-point shorts. The shirt is with"
            " cotton fabric and its neckline is lapel. The shorts are with cotton fabric and pure color patterns."
        ),
        Q.color("peach"),
        Q.pattern("floral", "contradiction"),
        color_of("shorts", "peach", kind="open"),
        wearing(
            "The lady wears a short-sleeve shirt with pure color patterns and a three-point shorts. The shirt is with"
            " cotton fabric and its neckline is lapel. The shorts",
            "cut",
            hit_limit=True,
        ),
        Q.material("The garment is made of the material of the garment.", "restated"),
        title="Sweet Dreams Women Peach Solid Cotton Night Suit",
        category="Night suits",
        color="Peach",
        gender="Women",
    ),
    # photo: skin-coloured shaping bodysuit with thin straps, bust to hips, worn alone; hand on hip; white backdrop.
    # Caption adapter for caption/open, reference for closed.
    case(
        "X669-045",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns. The tank top is with cotton fabric"
            " and it has a suspenders neckline. The lady is wearing a sleeveless tank top with pure color patterns."
            " The tank top is",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shapewear"),
        Q.color("beige"),
        describe(
            "bodysuit", "a one-piece skin coloured bodysuit with thin straps that covers from the bust to the hips"
        ),
        D.details(
            "Question: What are the details of the garment? Answer: The tank top is sleeveless. Question: What are the",
            "leak",
            hit_limit=True,
        ),
        wearing("no", "non_answer"),
        title="Triumph Women Skin Coloured Shaping Bodysuit",
        category="Shapewear",
        color="Skin",
        gender="Women",
    ),
    # photo: off-white ankle-length three-quarter-sleeve nightdress with small blue flowers and front buttons; a
    # thin silver watch on her wrist; white backdrop. Caption adapter for caption/open, reference for closed.
    case(
        "X669-046",
        caption(
            "The lady is wearing a long-sleeve dress with floral patterns. The dress is of long length. It is with"
            " cotton fabric and it has a round neckline. There is an accessory on her wrist."
        ),
        Q.color("white"),
        color_of("nightdress", "The dress is blue with floral patterns.", "contradiction", kind="open"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter sleeves"),
        D.details("buttons down the front, small blue flowers, a watch on her wrist"),
        Q.material("What material is the garment made of? the garment is made of material", "restated"),
        title="Kanvin Women Off White Floral Print Nightdress",
        category="Nightdress",
        color="Off White",
        gender="Women",
    ),
]
