"""BLIND_724 (46 products; Myntra women's nightwear/activewear, caption+QA): written blind in the fifty-fourth session.
Measured blind at dc30159 (the session's tenth rules): 93/133 failures found (69.9%) and 8/182 correct texts flagged
(4.4%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's nightwear (night suits, nightdresses, baby dolls, camisoles, robes), loungewear
(lounge pants, shorts and tees, sweatshirts, co-ord sets) and activewear (sports bras, tights, leggings, capris, track
pants, jackets, training tees and tanks). Studio shots on white or grey backdrops, some on a bed, in a gym, on a yoga
mat, on a track or in a park, mostly worn by a model who also wears other garments; one flat lay.

Who wrote what: the pipeline of the third experiment. Each photo is captioned first, then the open questions (what is
the person wearing, describe, details, open color, material) are answered by timpal0l/mdeberta-v3-base-squad2 over
the caption, so every open answer is a span of that product's caption, or empty when the QA model abstains. The
closed questions (type, color, pattern, sleeve length, "Is this a ...?") come from enrich's --engine reference, which
picks one candidate value. Captions come from two models: the untuned Salesforce/blip2-opt-2.7b (short lowercase
captions that name hues and backdrops, stop on the newline, but give one color to two garments, write "his" or "a
man" for a woman, invent props, and sometimes go on with a "Question: ... Answer: ..." pair of their own); and the
epoch-3 caption adapter leoreigoto/Data2_V2_Blip2_Finetune_Caption (the DeepFashion template: "The lady wears a
... with pure color patterns. The ... is with cotton fabric", no hue names at all, "cotton" or "chiffon" for most
fabrics, invented accessory sentences, "gentleman"/"His" now and then, and no end token: every adapter caption runs
to the 50-token cap and is either cut mid-sentence or loops).

Labeling conventions and judgement calls:
- One label per text. A caption that ran to the 50-token cap is labeled loop when it repeats a sentence, else cut,
  even when it also holds a wrong fabric or an invented accessory; hit_limit=True on all of them.
- A QA span taken from the cut end of a caption is labeled cut (hit_limit stays False: the QA model did not run to a
  limit); a span that covers the repeated part of a looping caption is labeled loop.
- An open color answer that is a DeepFashion pattern word ("pure color", "striped") names no hue: non_answer. So are
  an empty span, a one-word answer to any open question but material ("white", "sweater"), and a span about the pose
  or the view, not the garment ("standing in a gym", "the back").
- A span that describes another garment instead of the product (the joggers described as "a grey sweatshirt", the
  camisole as "three-point length", the sweatshirt as "white pants") is a contradiction, and so is an open color
  answer that gives the backdrop's color (the flat lay's "grey" surface).
- restated: a span that only says the person wears the garment the question names ("The shorts this lady wears",
  "The lady wears", "The lady wears a long pants") or names that garment again ("a purple sweatsuit" for the lounge
  set's details) with nothing about it.
- other_garment_color: the product is given the color of another garment in the photo (the tee worn with the
  pyjamas, the bra worn with the leggings). A caption that gives another garment the product's color ("grey
  sweatshirt and grey sweatpants" when the top is a black crop tee), or one color for two garments, is a
  contradiction; a QA span that then hands the product the other garment's color is other_garment_color.
- Color shades: teal, navy and blue are one family for open answers; maroon/burgundy are red; mauve and lavender
  are purple; peach may be called pink; grey melange and charcoal are grey. A closed "red" for maroon is correct.
- Material: judged against the title when the title names it (Satin, Cotton, Lace, Dri-FIT, Chiffon), else against
  what the photo visibly shows (shiny nylon windcheater); a fabric claim neither can support ("cotton" for a fleece
  hoodie or track pants whose title names none) is unsupported.
- Invented props, accessories, hoods, pads, drawstrings and eye masks are unsupported; a wrong sleeve length, a
  wrong garment type, or a wrong yes to "Is this a ...?" is a contradiction.
- A wrong gendered word for the woman in the photo ("his hands", "His sweater", "a man in") is labeled pronoun.
- A caption that goes on with "Question: ... Answer: ...", and a span that carries those words, is a leak.
- The DeepFashion words are taken at face value when right: a pyjama top is a "shirt", a robe "an outer clothing",
  a sports top "a tank shirt" only when it is a tank, shorts "three-point length", a checked print "lattice".
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as Q,
)
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    wearing,
)

BLIND_724 = [
    # photo: pink long-sleeve button-front pyjama shirt and long pyjama pants, white polka dots all over, white
    # backdrop, front view, barefoot. Caption by base BLIP-2; open answers mdeberta over it; closed by reference.
    case(
        "X724-001",
        caption("a woman in a pink and white polka dot pajama set standing against a white background"),
        wearing("a pink and white polka dot pajama set"),
        color_of("pajamas", "pink and white", kind="open"),
        Q.pattern("polka dots"),
        Q.sleeve_length("long sleeves"),
        is_a("dress", "yes", "contradiction"),
        Q.material("", "non_answer"),
        title="Sweet Dreams Women Pink & White Polka Dot Print Night Suit",
        category="Night suits",
        color="Pink",
        gender="Women",
    ),
    # photo: maroon satin sleeveless knee-length nightdress, V-neck edged with lace, no jewellery; model stands by a
    # bed with white sheets, front view. Caption by the epoch-3 caption adapter (ran to 50 tokens); QA over it.
    case(
        "X724-002",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and it has a "
            "V-shape neckline. The dress is of knee length. There is an accessory on her wrist. This lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        details("nightdress", "V-shape neckline"),
        describe("nightdress", "There is an accessory on her wrist", "unsupported"),
        Q.material("chiffon", "contradiction"),
        Q.color("maroon"),
        Q.garment_type("nightdress"),
        title="Clovia Women Maroon Satin Nightdress with Lace Trim",
        category="Nightdress",
        color="Maroon",
        gender="Women",
    ),
    # photo: black racerback sports bra with lavender high-waist leggings, white backdrop, front view.
    # Caption by base BLIP-2; open answers mdeberta; closed by reference.
    case(
        "X724-003",
        caption("a woman wearing a black sports bra and purple leggings posing on a white background"),
        wearing("a black sports bra and purple leggings"),
        color_of("sports bra", "purple", "other_garment_color", kind="open"),
        details("sports bra", "black", "non_answer"),
        Q.color("black"),
        Q.garment_type("sports bra"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("sleeveless"),
        title="Enamor Women Black Racerback Non-Padded Sports Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: navy blue track pants with two white side stripes, worn with a plain white short-sleeve tee and white
    # sneakers, white backdrop. Caption by the epoch-3 caption adapter (looped to 50 tokens); QA over it.
    case(
        "X724-004",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "lady wears a long pants. The pants are with cotton fabric. The pants are with cotton fabric. "
            "The pants are with",
            "loop",
            hit_limit=True,
        ),
        wearing("a long pants"),
        details("track pants", "The lady wears a long pants", "restated"),
        describe("track pants", "The pants are with cotton fabric. The pants are with cotton fabric", "loop"),
        Q.material("cotton", "unsupported"),
        Q.color("navy blue"),
        Q.pattern("striped"),
        Q.garment_type("track pants"),
        title="HRX by Hrithik Roshan Women Navy Blue Track Pants with Side Stripes",
        category="Track Pants",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: grey melange cuffed joggers, black cropped short-sleeve tee, white sneakers, white backdrop, front view.
    # Caption by base BLIP-2 (gave the black crop tee the joggers' grey); QA over it; closed by reference.
    case(
        "X724-005",
        caption("a woman in a grey sweatshirt and grey sweatpants", "contradiction"),
        wearing("a grey sweatshirt and grey sweatpants", "contradiction"),
        color_of("joggers", "grey", kind="open"),
        describe("joggers", "a grey sweatshirt", "contradiction"),
        Q.color("grey"),
        Q.garment_type("lounge pants"),
        Q.pattern("solid"),
        title="Zivame Women Grey Melange Solid Lounge Joggers",
        category="Lounge Pants",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: navy kimono robe with a white-and-pink floral print, long sleeves, worn open over a white camisole and
    # white shorts, white backdrop. Caption by the epoch-3 adapter (cut at 50 tokens); QA over it.
    case(
        "X724-006",
        caption(
            "The lady wears an outer clothing with floral patterns. The outer clothing is with chiffon fabric and it "
            "has long sleeves. Her tank top has no sleeves, cotton fabric and pure color patterns. It has a suspenders",
            "cut",
            hit_limit=True,
        ),
        wearing("an outer clothing with floral patterns"),
        Q.pattern("floral"),
        Q.color("white", "other_garment_color"),
        Q.material("chiffon", "contradiction"),
        Q.sleeve_length("long sleeves"),
        Q.garment_type("robe"),
        title="Nite Flite Women Navy Blue Floral Print Satin Robe",
        category="Robe",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black high-waist training tights with mesh panels at the calves, grey sports bra, gym with a blurred
    # dumbbell rack behind, side view. Caption by base BLIP-2; QA over it; closed by reference.
    case(
        "X724-007",
        caption("a woman in black leggings and a grey sports bra standing in a gym"),
        wearing("black leggings and a grey sports bra"),
        color_of("tights", "grey", "other_garment_color", kind="open"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.garment_type("track pants", "contradiction"),
        is_a("pair of leggings", "yes"),
        title="Puma Women Black High-Rise Training Tights with Mesh Panels",
        category="Tights",
        color="Black",
        gender="Women",
    ),
    # photo: peach short-sleeve Dri-FIT running tee, black running shorts, jogging on a red track, blurred stands
    # behind, three-quarter view. Caption by base BLIP-2 ("his" for the woman); QA over it.
    case(
        "X724-008",
        caption("a woman in a peach t-shirt and black shorts running with his arms swinging", "pronoun"),
        wearing("a peach t-shirt and black shorts"),
        describe("t-shirt", "a peach t-shirt"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        Q.color("peach"),
        Q.sleeve_length("short sleeves"),
        title="Nike Women Peach Dri-FIT Running T-shirt",
        category="Tshirts",
        color="Peach",
        gender="Women",
    ),
    # photo: lavender chiffon baby doll nightie, spaghetti straps, white lace trim at the bust and hem, white
    # backdrop, front view. Caption by the epoch-3 adapter (looped to 50 tokens); QA over it.
    case(
        "X724-009",
        caption(
            "This lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is with chiffon fabric. It has a suspenders neckline. The dress is with",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        describe("baby doll", "This lady wears", "restated"),
        details("baby doll", "It has a suspenders neckline"),
        color_of("baby doll", "pure color", "non_answer", kind="open"),
        Q.material("chiffon"),
        Q.color("lavender"),
        is_a("night suit", "yes", "contradiction"),
        title="Clovia Women Lavender Lace Trim Chiffon Baby Doll",
        category="Baby Dolls",
        color="Lavender",
        gender="Women",
    ),
    # photo: night suit of a navy short-sleeve tee and blue-and-white checked capri pyjamas with an elastic waist
    # hidden under the tee, white backdrop. Caption by base BLIP-2 (invents a drawstring); QA over it.
    case(
        "X724-010",
        caption("a woman wearing a blue t-shirt and plaid pajama pants with a drawstring waist", "unsupported"),
        wearing("a blue t-shirt and plaid pajama pants"),
        details("night suit", "a drawstring waist", "unsupported"),
        color_of("pajama pants", "blue", kind="open"),
        Q.pattern("checked"),
        Q.color("navy blue"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Dreams Women Navy Blue & White Checked Capri Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: yellow lounge shorts with a white daisy print, worn with a plain white tee, sitting on a grey sofa.
    # Caption by base BLIP-2; QA over it; closed by reference.
    case(
        "X724-011",
        caption("a woman sitting on a couch in a white t-shirt and yellow shorts with flowers on them"),
        wearing("a white t-shirt and yellow shorts with flowers on them"),
        color_of("shorts", "yellow", kind="open"),
        details("shorts", "flowers on them"),
        Q.color("white", "other_garment_color"),
        Q.pattern("floral"),
        Q.material("", "non_answer"),
        title="Sweet Dreams Women Yellow Floral Print Lounge Shorts",
        category="Lounge Shorts",
        color="Yellow",
        gender="Women",
    ),
    # photo: olive zip-up track jacket with stand collar and matching olive joggers (a tracksuit), no jewellery,
    # hands in pockets, white backdrop. Caption by the epoch-3 adapter (cut at 50 tokens, invents a ring); QA over it.
    case(
        "X724-012",
        caption(
            "This woman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and it "
            "has a stand neckline. This lady wears a ring on her finger. The lower clothing is of long",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        details("tracksuit", "a ring on her finger", "unsupported"),
        describe("tracksuit", "stand neckline"),
        Q.color("olive"),
        Q.material("cotton", "unsupported"),
        Q.garment_type("tracksuit"),
        title="Proline Active Women Olive Solid Tracksuit",
        category="Tracksuits",
        color="Olive",
        gender="Women",
    ),
    # photo: lavender crew-neck sweatshirt with small white "Sunday" lettering at the chest, white joggers, white
    # backdrop, front view. Caption by base BLIP-2; QA over it; closed by reference.
    case(
        "X724-013",
        caption("a woman wearing a purple sweatshirt that says sunday and white pants"),
        wearing("a purple sweatshirt that says sunday and white pants"),
        color_of("sweatshirt", "purple", kind="open"),
        details("sweatshirt", "that says sunday"),
        describe("sweatshirt", "white pants", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.pattern("printed"),
        title="HRX Women Lavender Typography Print Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: teal full-length running tights with a small reflective logo at the ankle, black tank top, running on a
    # park path with trees behind. Caption by base BLIP-2, which went on with its own Q/A pair; QA over it.
    case(
        "X724-014",
        caption(
            "a woman in a black tank top and blue leggings running in a park Question: what color are the leggings? "
            "Answer: blue",
            "leak",
        ),
        wearing("a black tank top and blue leggings"),
        color_of("tights", "blue", kind="open"),
        describe("tights", "what color are the leggings? Answer: blue", "leak"),
        Q.color("teal"),
        Q.garment_type("leggings"),
        title="Adidas Women Teal Running Tights",
        category="Tights",
        color="Teal",
        gender="Women",
    ),
    # photo: peach satin camisole with adjustable straps and lace at the neckline, matching peach shorts, sitting on
    # a bed against grey pillows. Caption by the epoch-3 adapter (cut at 50 tokens); QA over it.
    case(
        "X724-015",
        caption(
            "The lady wears a tank top with no sleeves, chiffon fabric and pure color patterns. It has a suspenders "
            "neckline. The lower clothing is of three-point length. The fabric is chiffon and",
            "cut",
            hit_limit=True,
        ),
        wearing("The lady wears", "restated"),
        Q.sleeve_length("sleeveless"),
        details("camisole", "The fabric is chiffon and", "cut"),
        Q.material("chiffon", "contradiction"),
        Q.color("peach"),
        is_a("camisole", "yes"),
        Q.garment_type("camisole"),
        title="Amante Women Peach Satin Camisole with Lace",
        category="Camisoles",
        color="Peach",
        gender="Women",
    ),
    # photo: white short-sleeve knee-length cotton nightdress with a small blue floral print, white backdrop, front
    # view. Caption by base BLIP-2; QA over it; closed by reference.
    case(
        "X724-016",
        caption("a woman in a white and blue floral nightgown standing in front of a white wall"),
        wearing("a white and blue floral nightgown"),
        describe("nightdress", "a white and blue floral nightgown"),
        Q.pattern("floral"),
        Q.color("white"),
        Q.material("", "non_answer"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Sweet Dreams Women White & Blue Floral Print Cotton Nightdress",
        category="Nightdress",
        color="White",
        gender="Women",
    ),
    # photo: black shiny nylon windcheater zipped halfway over a pink tee, black leggings, white backdrop.
    # Caption by the epoch-3 adapter (looped to 50 tokens); QA over it; closed by reference.
    case(
        "X724-017",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "The jacket is with cotton fabric. The jacket is with cotton fabric. The jacket is with cotton fabric",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        details("jacket", "The jacket is with cotton fabric. The jacket is with cotton fabric", "loop"),
        Q.material("cotton", "contradiction"),
        Q.color("pink", "other_garment_color"),
        Q.garment_type("jacket"),
        title="Puma Women Black Solid Windcheater Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: grey melange 3/4-length capri leggings, rose-pink tank top, doing a stretch on a purple yoga mat, grey
    # studio backdrop. Caption by base BLIP-2; QA over it; closed by reference.
    case(
        "X724-018",
        caption("a woman doing yoga on a mat in a pink tank top and grey leggings"),
        wearing("a pink tank top and grey leggings"),
        color_of("capris", "pink", "other_garment_color", kind="open"),
        Q.color("grey"),
        Q.garment_type("capris"),
        is_a("pair of shorts", "yes", "contradiction"),
        title="Proline Active Women Grey Melange Capris",
        category="Capris",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: mustard short-sleeve lounge tee with a "Sleepy Head" moon graphic, worn with red-and-black checked
    # pyjama pants, white backdrop. Caption by the epoch-3 adapter (cut at 50 tokens); QA over it.
    case(
        "X724-019",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and it has "
            "a round neckline. The lower clothing is of long length. The fabric is cotton and it has lattice",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns"),
        details("t-shirt", "graphic patterns"),
        Q.pattern("graphic"),
        Q.color("red", "other_garment_color"),
        Q.material("cotton"),
        Q.garment_type("night suit", "contradiction"),
        title="Sweet Dreams Women Mustard Printed Cotton Lounge T-shirt",
        category="Lounge Tshirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: maroon and off-white vertical striped night suit, long-sleeve collared shirt and matching pants, no
    # accessories, white backdrop. Caption by base BLIP-2 (invents an eye mask); QA over it.
    case(
        "X724-020",
        caption("a woman in a red and white striped pajama set with a matching eye mask", "unsupported"),
        wearing("a red and white striped pajama set"),
        describe("night suit", "red and white striped"),
        details("night suit", "a matching eye mask", "unsupported"),
        Q.pattern("striped"),
        Q.color("maroon"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Dreams Women Maroon & Off-White Striped Night Suit",
        category="Night suits",
        color="Maroon",
        gender="Women",
    ),
    # photo: black track pants with neon green piping down the sides, grey tee, white sneakers, bare head, white
    # backdrop. Caption by base BLIP-2 (invents a cap); QA over it; closed by reference.
    case(
        "X724-021",
        caption("a woman in a grey t-shirt and black pants with green stripes wearing a baseball cap", "unsupported"),
        wearing("a grey t-shirt and black pants with green stripes"),
        color_of("track pants", "grey", "other_garment_color", kind="open"),
        details("track pants", "green stripes"),
        Q.color("black"),
        Q.garment_type("track pants"),
        Q.material("", "non_answer"),
        title="HRX by Hrithik Roshan Women Black Track Pants with Neon Piping",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: back view of a magenta racerback sports bra with black running shorts, white backdrop.
    # Caption by base BLIP-2; QA over it; closed by reference.
    case(
        "X724-022",
        caption("the back of a woman wearing a pink sports bra and black shorts"),
        wearing("a pink sports bra and black shorts"),
        color_of("sports bra", "black", "other_garment_color", kind="open"),
        details("sports bra", "the back", "non_answer"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("sports bra"),
        Q.sleeve_length("sleeveless"),
        title="Enamor Women Magenta Racerback Sports Bra",
        category="Bra",
        color="Magenta",
        gender="Women",
    ),
    # photo: charcoal grey hooded sweatshirt with kangaroo pocket and drawstrings, black leggings, white backdrop.
    # Caption by the epoch-3 adapter (man's template, cut at 50 tokens); QA over it; closed by reference.
    case(
        "X724-023",
        caption(
            "His sweater has long sleeves, cotton fabric and pure color patterns. The neckline of it is round. The "
            "pants this man wears is of long length. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("sweater", "non_answer"),
        details("hoodie", "His sweater has long sleeves", "pronoun"),
        Q.material("cotton", "unsupported"),
        Q.color("grey"),
        Q.garment_type("sweatshirt"),
        is_a("hoodie", "yes"),
        title="Roadster Women Charcoal Grey Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
        gender="Women",
    ),
    # photo: navy ankle-length short-sleeve nightgown with a white star print, V-neck, beside a bedside lamp, front
    # view. Caption by base BLIP-2, which went on with its own Q/A pair; QA over it.
    case(
        "X724-024",
        caption(
            "a woman in a blue nightgown with white stars Question: what is she wearing? Answer: a nightgown", "leak"
        ),
        wearing("a blue nightgown with white stars"),
        details("nightgown", "white stars Question: what is she wearing? Answer: a nightgown", "leak"),
        Q.pattern("printed"),
        Q.color("navy blue"),
        Q.sleeve_length("short sleeves"),
        title="Nite Flite Women Navy Blue Star Print Maxi Nightdress",
        category="Nightdress",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black Dri-FIT running shorts with a white side panel, white racerback tank, on a running track.
    # Caption by the epoch-3 adapter (looped to 50 tokens); QA over it; closed by reference.
    case(
        "X724-025",
        caption(
            "This lady wears a tank shirt with no sleeves, cotton fabric and pure color patterns. The shorts this lady "
            "wears is of three-point length. The shorts this lady wears is of three-point length. The shorts",
            "loop",
            hit_limit=True,
        ),
        wearing("a tank shirt with no sleeves"),
        describe("shorts", "The shorts this lady wears", "restated"),
        details("shorts", "three-point length"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("shorts"),
        Q.material("cotton", "contradiction"),
        title="Nike Women Black Dri-FIT Running Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: white terry bath robe with shawl collar and tie belt, long sleeves, hands empty, white backdrop.
    # Caption by base BLIP-2 (invents a coffee cup); QA over it; closed by reference.
    case(
        "X724-026",
        caption("a woman in a white bathrobe holding a cup of coffee", "unsupported"),
        wearing("a white bathrobe"),
        describe("robe", "white", "non_answer"),
        Q.color("white"),
        Q.garment_type("robe"),
        Q.sleeve_length("long sleeves"),
        Q.material("", "non_answer"),
        title="Spaces Women White Terry Cotton Bath Robe",
        category="Bath Robe",
        color="White",
        gender="Women",
    ),
    # photo: olive wide-leg palazzo lounge pants with a small white leaf print, black short-sleeve tee, no jewellery,
    # white backdrop. Caption by the epoch-3 adapter (cut at 50 tokens); QA over it; closed by reference.
    case(
        "X724-027",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "lady wears a long trousers. The trousers are with cotton fabric and floral patterns. "
            "There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        describe("lounge pants", "a long trousers"),
        details("lounge pants", "There is an accessory on", "cut"),
        Q.color("black", "other_garment_color"),
        Q.pattern("floral"),
        Q.material("cotton"),
        title="Sweet Dreams Women Olive Leaf Print Cotton Palazzo Lounge Pants",
        category="Lounge Pants",
        color="Olive",
        gender="Women",
    ),
    # photo: sea green racerback training tank with black full-length tights, gym with mirrors behind.
    # Caption by base BLIP-2 (calls the tank grey); QA over it; closed by reference.
    case(
        "X724-028",
        caption("a woman in a grey tank top and black leggings standing in a gym", "contradiction"),
        wearing("a grey tank top and black leggings", "contradiction"),
        details("tank top", "standing in a gym", "non_answer"),
        Q.color("green"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("tank top"),
        title="Puma Women Sea Green Racerback Training Tank Top",
        category="Tops",
        color="Sea Green",
        gender="Women",
    ),
    # photo: peach satin short set, short-sleeve notch-collar shirt with white piping and matching shorts, sitting on
    # a bed with white pillows. Caption by base BLIP-2; QA over it; closed by reference.
    case(
        "X724-029",
        caption("a woman sitting on a bed in a pink satin pajama set with white trim"),
        wearing("a pink satin pajama set with white trim"),
        details("night suit", "white trim"),
        Q.material("satin"),
        Q.color("peach"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Clovia Women Peach Satin Shirt & Shorts Night Suit",
        category="Night suits",
        color="Peach",
        gender="Women",
    ),
    # photo: burgundy seamless high-waist leggings, black sports bra, on a yoga mat on a wooden gym floor.
    # Caption by base BLIP-2 (one color for both garments); QA over it; closed by reference.
    case(
        "X724-030",
        caption("a woman in a black sports bra and black leggings on a yoga mat", "contradiction"),
        wearing("a black sports bra and black leggings", "contradiction"),
        color_of("leggings", "black", "other_garment_color", kind="open"),
        Q.color("maroon"),
        Q.garment_type("leggings"),
        Q.pattern("solid"),
        title="Blissclub Women Burgundy Seamless High-Waist Leggings",
        category="Leggings",
        color="Burgundy",
        gender="Women",
    ),
    # photo: off-white short-sleeve lounge tee with a small pink heart print, pink printed pyjama pants, white
    # backdrop. Caption by the epoch-3 adapter (cut at 50 tokens); QA over it. The feed has no color column here.
    case(
        "X724-031",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and it has "
            "a round neckline. The lower clothing is of long length. The fabric is cotton and it has graphic "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns"),
        describe("t-shirt", "round neckline"),
        Q.color("pink", "other_garment_color"),
        Q.pattern("graphic"),
        Q.material("cotton", "unsupported"),
        Q.sleeve_length("short sleeves"),
        title="Dreams Women Off-White Heart Print Lounge T-shirt",
        category="Lounge Tshirts",
        gender="Women",
    ),
    # photo: grey melange training tee with a neon yellow logo print, black leggings, hands on hips, white backdrop.
    # Caption by base BLIP-2 ("his" for the woman); QA over it; closed by reference.
    case(
        "X724-032",
        caption("a woman in a grey shirt and black leggings with his hands on his hips", "pronoun"),
        wearing("a grey shirt and black leggings"),
        describe("t-shirt", "with his hands on his hips", "pronoun"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        Q.color("grey"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("short sleeves"),
        title="HRX Women Grey Melange Printed Training T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: black satin baby doll with lace cups and spaghetti straps, no jewellery, lying on a bed with white
    # sheets. Caption by base BLIP-2 (invents a necklace); QA over it; closed by reference.
    case(
        "X724-033",
        caption("a woman in a black lace lingerie set lying on a bed with a pearl necklace", "unsupported"),
        wearing("a black lace lingerie set"),
        details("baby doll", "a pearl necklace", "unsupported"),
        Q.color("black"),
        Q.garment_type("nightdress"),
        Q.sleeve_length("sleeveless"),
        title="Amante Women Black Satin & Lace Baby Doll",
        category="Baby Dolls",
        color="Black",
        gender="Women",
    ),
    # photo: mauve long-sleeve knee-length nightdress with lace edging at a V-neck, bare head, white backdrop.
    # Caption by the epoch-3 adapter (invents a hat, cut at 50 tokens); QA over it; closed by reference.
    case(
        "X724-034",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitted fabric and it "
            "has a V-shape neckline. There is a hat in her head. The dress is of",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        details("nightdress", "a hat", "unsupported"),
        Q.color("purple"),
        Q.sleeve_length("long sleeves"),
        Q.garment_type("nightdress"),
        title="Sweet Dreams Women Mauve Solid Nightdress with Lace Detail",
        category="Nightdress",
        color="Mauve",
        gender="Women",
    ),
    # photo: grey solid track pants, plain white tee, white sneakers, white backdrop, front view.
    # Caption by base BLIP-2; QA over it; closed by reference.
    case(
        "X724-035",
        caption("a woman in a white t-shirt and grey sweatpants standing on a white background"),
        wearing("a white t-shirt and grey sweatpants"),
        color_of("track pants", "grey", kind="open"),
        Q.color("grey"),
        Q.pattern("striped", "contradiction"),
        Q.garment_type("t-shirt", "contradiction"),
        is_a("pair of jeans", "no"),
        title="Proline Active Women Grey Solid Track Pants",
        category="Track Pants",
        color="Grey",
        gender="Women",
    ),
    # photo: navy track jacket with three white stripes down the sleeves, zipped to the stand collar, black track
    # pants, white backdrop. Caption by the epoch-3 adapter (looped to 50 tokens); QA over it.
    case(
        "X724-036",
        caption(
            "This woman wears a long-sleeve jacket with striped patterns. It has a stand neckline. This woman wears a "
            "long-sleeve jacket with striped patterns. It has a stand neckline. This woman wears a",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with striped patterns"),
        describe(
            "track jacket",
            "a long-sleeve jacket with striped patterns. It has a stand neckline. "
            "This woman wears a long-sleeve jacket",
            "loop",
        ),
        Q.color("navy blue"),
        Q.pattern("striped"),
        Q.garment_type("jacket"),
        title="Adidas Women Navy Blue 3-Stripes Track Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: night suit of a teal short-sleeve tee and white pyjama pants with a small navy floral print, white
    # backdrop. Caption by base BLIP-2, which went on with its own Q/A pair; QA over it.
    case(
        "X724-037",
        caption(
            "a woman in a teal shirt and white pajama pants with blue flowers Question: what is the woman wearing? "
            "Answer: pajamas",
            "leak",
        ),
        wearing("a teal shirt and white pajama pants with blue flowers"),
        color_of("pajama pants", "teal", "other_garment_color", kind="open"),
        details("night suit", "Answer: pajamas", "leak"),
        Q.color("teal"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        title="Sweet Dreams Women Teal & White Floral Print Night Suit",
        category="Night suits",
        color="Teal",
        gender="Women",
    ),
    # photo: blue-and-white striped cotton lounge shorts, grey short-sleeve tee, sitting cross-legged on a white
    # floor. Caption by the epoch-3 adapter (cut at 50 tokens); QA over it; closed by reference.
    case(
        "X724-038",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "shorts this lady wears is of three-point length. The shorts are with cotton fabric and striped",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        details("shorts", "three-point length"),
        describe("shorts", "The shorts are with cotton fabric and striped", "cut"),
        color_of("shorts", "striped", "non_answer", kind="open"),
        Q.pattern("striped"),
        Q.color("grey", "other_garment_color"),
        Q.material("cotton"),
        title="Dreams Women Blue & White Striped Cotton Lounge Shorts",
        category="Lounge Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: flat lay of a white sports bra with a black abstract print on a grey surface, no model, no pads showing.
    # Caption by base BLIP-2 (invents removable pads); QA over it; closed by reference.
    case(
        "X724-039",
        caption("a white and black sports bra with removable pads laying on a grey surface", "unsupported"),
        wearing("a white and black sports bra"),
        details("sports bra", "removable pads", "unsupported"),
        color_of("sports bra", "grey", "contradiction", kind="open"),
        Q.color("white"),
        Q.pattern("printed"),
        Q.garment_type("sports bra"),
        is_a("tank top", "yes", "contradiction"),
        title="Zelocity by Zivame Women White & Black Printed Sports Bra",
        category="Bra",
        color="White",
        gender="Women",
    ),
    # photo: black 3/4 capri tights with a pink side panel, pink tank top, white sneakers with ankle socks, white
    # backdrop. Caption by the epoch-3 adapter (man's "His", cut at 50 tokens); QA over it.
    case(
        "X724-040",
        caption(
            "His tank top has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The lower "
            "clothing is of medium-short length. The fabric is cotton and it has color block patterns. "
            "This lady wears socks in",
            "cut",
            hit_limit=True,
        ),
        wearing("His tank top", "pronoun"),
        details("capris", "color block patterns. This lady wears socks in", "cut"),
        Q.pattern("color block"),
        Q.color("black"),
        Q.material("cotton", "unsupported"),
        Q.garment_type("capris"),
        title="Proline Active Women Black Colourblocked Capri Tights",
        category="Capris",
        color="Black",
        gender="Women",
    ),
    # photo: pink crew-neck sweatshirt, no hood, white "WEEKEND MODE" print, grey joggers, white backdrop.
    # Caption by base BLIP-2 (calls it a hoodie); QA over it; closed by reference.
    case(
        "X724-041",
        caption("a woman wearing a pink hoodie with the words weekend mode on it and grey sweatpants", "unsupported"),
        wearing("a pink hoodie with the words weekend mode on it and grey sweatpants", "unsupported"),
        details("sweatshirt", "the words weekend mode on it"),
        color_of("sweatshirt", "grey", "other_garment_color", kind="open"),
        Q.color("pink"),
        Q.pattern("printed"),
        is_a("hoodie", "yes", "contradiction"),
        title="Roadster Women Pink Typography Print Sweatshirt",
        category="Sweatshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: navy satin night suit, long-sleeve notch-lapel shirt with white piping and matching pants, standing by
    # a window with white curtains. Caption by the epoch-3 adapter (looped to 50 tokens); QA over it.
    case(
        "X724-042",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric and it has "
            "a lapel neckline. The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        describe("night suit", "The lady wears", "restated"),
        details("night suit", "lapel neckline"),
        Q.material("chiffon", "contradiction"),
        Q.color("navy blue"),
        Q.sleeve_length("long sleeves"),
        title="Clovia Women Navy Blue Satin Night Suit with Contrast Piping",
        category="Night suits",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: yellow short-sleeve knee-length t-shirt nightdress with a brown teddy-bear print, white backdrop.
    # Caption by base BLIP-2, which went on with its own Q/A pair; QA over it. The feed has no gender column here.
    case(
        "X724-043",
        caption(
            "a woman wearing a yellow nightshirt with a teddy bear on it Question: is this a nightgown? Answer: yes",
            "leak",
        ),
        wearing("a yellow nightshirt with a teddy bear on it"),
        details("nightdress", "a teddy bear on it"),
        Q.color("yellow"),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeves"),
        Q.garment_type("t-shirt", "contradiction"),
        title="Sweet Dreams Women Yellow Teddy Print Nightdress",
        category="Nightdress",
        color="Yellow",
    ),
    # photo: black lace camisole with thin straps, black lounge shorts, white backdrop, front view.
    # Caption by the epoch-3 adapter (cut at 50 tokens); QA over it; closed by reference.
    case(
        "X724-044",
        caption(
            "Her tank top has no sleeves, chiffon fabric and pure color patterns. It has a suspenders neckline. The "
            "shorts this lady wears is of three-point length. The shorts are with chiffon fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("tank top has no sleeves"),
        Q.material("chiffon", "contradiction"),
        describe("camisole", "three-point length", "contradiction"),
        Q.color("black"),
        Q.garment_type("camisole"),
        Q.pattern("solid"),
        title="Amante Women Black Lace Camisole",
        category="Camisoles",
        color="Black",
        gender="Women",
    ),
    # photo: maroon track pants with a white drawstring, black bomber jacket open over a white tee, white backdrop.
    # Caption by base BLIP-2 (one color for jacket and pants); QA over it; closed by reference.
    case(
        "X724-045",
        caption("a woman in a black jacket and black pants standing in front of a white wall", "contradiction"),
        wearing("a black jacket and black pants", "contradiction"),
        color_of("track pants", "black", "other_garment_color", kind="open"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("track pants"),
        is_a("pair of jeans", "no"),
        title="Roadster Women Maroon Solid Track Pants",
        category="Track Pants",
        color="Maroon",
        gender="Women",
    ),
    # photo: lavender co-ord lounge set, crew-neck sweatshirt and joggers, white sneakers, sitting on a white cube.
    # Caption by base BLIP-2 ("a man" for the woman); QA over it. The feed has no category column here.
    case(
        "X724-046",
        caption("a man in a purple sweatsuit sitting on a white box", "pronoun"),
        wearing("a purple sweatsuit"),
        details("lounge set", "a purple sweatsuit", "restated"),
        Q.color("lavender"),
        Q.garment_type("tracksuit"),
        Q.sleeve_length("long sleeves"),
        title="Kica Women Lavender Solid Lounge Set",
        color="Lavender",
        gender="Women",
    ),
]
