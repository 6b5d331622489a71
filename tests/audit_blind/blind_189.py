"""BLIND_189 (46 products; men's innerwear, nightwear, loungewear and thermals, Indian marketplace): written blind
in the thirty-eighth session. Measured blind at fcf65f5 (the session's first rules): 76/104 failures found (73.1%)
and 19/122 correct texts flagged (15.6%). The writer's notes, verbatim:

Scenario:
An Indian fashion marketplace (Myntra-like feed, English) runs enrich over its men's innerwear and sleep/lounge
catalogue: vests (sleeveless, half-sleeve, gym/racerback), trunks and briefs (single pieces on a model, and packs shot
as flat-lays), woven boxers, pyjama and lounge sets, lounge t-shirts, joggers and shorts, thermal tops, bottoms and
sets, and bathrobes. Photos are studio shots on white or light-grey backdrops: a model cropped at the chest or the
waist for underwear, full or three-quarter figure for sets, ghost mannequins and flat-lays for packs and robes. The
catalog columns are the feed's: title, category (the marketplace's article type: "Trunk", "Innerwear Vests",
"Night suits", "Thermal Tops", "Bath Robe"...), color (the seller's base colour: "Navy Blue", "Charcoal", "Grey
Melange", "Olive", "Multi"...) and gender ("Men"); six rows lack gender and two lack a colour, as such feeds do.

Who wrote what:
- Captions come from two sources. The untuned base BLIP-2 OPT-2.7b writes short lowercase captions ("a man in red
  underwear"); it stops on its own, so its texts never carry hit_limit. The caption adapters (epoch 1 and epoch 3)
  write the DeepFashion-MultiModal template ("The gentleman wears a short shorts with pure color patterns. The
  shorts are with cotton fabric...") with pattern words but never a hue, call many men "the lady", and never stop:
  every adapter caption carries hit_limit=True (50 tokens) and most end mid-sentence or loop on a sentence.
- Open answers (wearing, description, details, material, and this set's own questions: pack count, waistband text,
  set pieces, robe fastening, the t-shirt's print, and some per-garment colours asked open) come from the base model
  (short, no hit_limit), from the VQA adapter (In-shop class words, no end token: loops of one word or phrase,
  answers followed by "Question: ... Answer:" echoes, cuts at 30 tokens; always hit_limit=True, including the few
  times padding followed a clean answer and the stored text is just "shorts" or "white"), or from the caption
  adapter asked a question (it returns its caption template, cut at 30 tokens).
- Closed answers (garment_type, color, pattern, sleeve_length, and per-garment colours asked closed) come from the
  reference engine ranking candidates: never hit_limit, never loops; its errors are wrong picks (the backdrop's
  grey, a waistband's white, "striped" for ribbing, "solid" for a print, another garment's colour, one colour for a
  multi-colour pack, "shorts" for briefs).

Labeling conventions and judgement calls:
- Shades and synonyms are correct: charcoal -> grey/dark grey, navy -> dark blue/blue, maroon -> red/burgundy, olive
  -> green, off white -> white/cream, mustard -> yellow, teal -> blue or green, grey melange -> grey. Garment
  synonyms are correct: vest = tank top = undershirt (a half-sleeve undershirt called a "t-shirt" too), trunks =
  boxer briefs = underwear, thermal bottoms = leggings = tights, joggers = sweatpants = track pants, pyjama bottoms =
  pants, bathrobe = robe. "shorts" is accepted for trunks and woven boxers (they have legs) but not for briefs
  (contradiction).
- The template's pattern words are judged as patterns, never as colours: "pure color" for a plain garment,
  "lattice" for checks, "stripe" for stripes, "graphic" for a text print are correct; a caption with no hue is not a
  failure. A colour question answered with the template (no hue) is a non_answer.
- Sets are named piece by piece in their own colours ("a navy t-shirt and checked pyjamas") and that is correct. When
  an answer gives the asked garment (or one piece of a set) the colour of another visible garment, the kind is
  other_garment_color, whether the answer is open or closed; a wrong colour no garment in the photo has (backdrop
  grey, the waistband's white read as the garment's colour) is a contradiction, as is a wrong pattern, a garment
  type the photo and category contradict ("coat" for a bathrobe, "sweater" for a waffle thermal, "briefs" or
  "boxers" for trunks, "trunks" for briefs, "a red thong" for briefs), a sleeve length the photo contradicts, and a
  single colour for a pack the seller lists as Multi.
- Materials are judged against the title: a material the title names ("cotton", "terry cloth", "satin", "flannel",
  "wool" for merino or Cottswool, "fleece" for fleece-lined) is correct; a material the title contradicts or does
  not name and the photo cannot show ("cotton" for micro modal, "denim", "polyester", "silk" for satin) is
  unsupported, as are invented parts (a chest logo, a button front, a fly, a v-neck and chest pocket, a back
  pocket, buttons on a belted robe, a wrist accessory, a ring).
- One kind per text, the first an auditor would notice reading it against the photo: "The lady wears..." for a man
  is pronoun even when the caption is also cut at the limit; a template that repeats its sentence is loop even when
  the repetition is then cut; a correct answer followed by "Question: ... Answer:" is leak even when it repeats.
  A template cut at the limit after a wrong garment word ("coat" for a robe) or an invented accessory ("an
  accessory on his wrist", "a ring") takes that earlier kind, not cut. The base model's "she is wearing" and "a
  woman in" for a male model are pronoun.
  A template answering a short question (material) that buries the answer in the caption is restated; "it is a
  white vest", "underwear" or "they are shorts" for details, "nothing" for what a flat-lay's "person" wears, or an
  empty answer, is non_answer; "the material of the garment is fabric" or "the details of the garment are shown in
  the picture" is restated.
- An adapter text that hit the limit but is complete and right (the caption that ran out exactly at a sentence end,
  "shorts" followed only by padding) is labelled correct, with hit_limit=True.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, question

PACK = question("pack_count", "How many pieces are in the pack?", "open")
WAISTBAND = question("waistband", "What is written on the waistband?", "open")
PIECES = question("set_pieces", "What does the set include?", "open")
FASTEN = question("closure", "How is the robe fastened?", "open")
PRINT = question("print_text", "What is written on the t-shirt?", "open")

BLIND_189 = [
    # model cropped at the knees, white ribbed round-neck sleeveless vest, navy trunks, white backdrop
    case(
        "X189-001",
        caption("a man in a white tank top and blue underwear"),
        D.wearing("a white tank top"),
        D.color("white"),
        D.material("cotton"),
        D.details("it is a white vest", "non_answer"),
        D.description(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric and its "
            "neckline is",
            "pronoun",
            hit_limit=True,
        ),
        gender="Men",
        title="Jockey Men Pack of 2 White Solid Cotton Round Neck Vests 8820",
        category="Innerwear Vests",
        color="White",
    ),
    # model torso-down in charcoal trunks, black waistband reading VAN HEUSEN in white, grey backdrop
    case(
        "X189-002",
        caption(
            "The gentleman wears a short shorts with pure color patterns. The shorts are with cotton fabric. The "
            "gentleman wears a short shorts with pure color patterns. The shorts are with cotton fabric. The",
            "loop",
            hit_limit=True,
        ),
        D.color("grey"),
        D.garment_type("briefs", "contradiction"),
        WAISTBAND("van heusen"),
        D.details(
            "black waistband black waistband black waistband black waistband black waistband black waistband black "
            "waistband black waistband black",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Van Heusen Men Charcoal Grey Solid Cotton Stretch Trunks",
        category="Trunk",
        color="Charcoal",
    ),
    # flat-lay: three folded trunks side by side, navy, olive and maroon, white backdrop
    case(
        "X189-003",
        caption("three pairs of men's underwear in navy, green and maroon"),
        PACK("3"),
        D.color("multi"),
        D.wearing(
            "shorts. The shorts are shorts. The shorts are shorts. The shorts are shorts. The shorts are shorts. The",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="XYXX Men Pack of 3 Solid Cotton Rich Trunks",
        category="Trunk",
        color="Multi",
    ),
    # model torso-down, navy briefs with white waistband lettering, white backdrop; no print on the pouch
    case(
        "X189-004",
        caption("a man in blue underwear standing in front of a white background"),
        D.color("navy blue"),
        D.garment_type("briefs"),
        D.description("a pair of blue briefs with a white waistband and a logo on the front", "unsupported"),
        D.wearing("she is wearing blue underwear", "pronoun"),
        gender="Men",
        title="Dollar Bigboss Men Navy Blue Solid Cotton Briefs",
        category="Briefs",
        color="Navy Blue",
    ),
    # flat-lay: five hipster briefs fanned out, black, grey, white, navy, light blue, white backdrop
    case(
        "X189-005",
        caption(
            "The lady wears a short shorts with pure color patterns. The shorts are with cotton fabric. The lady "
            "wears a short shorts with pure color patterns. The shorts are with cotton fabric. The lady wears a",
            "loop",
            hit_limit=True,
        ),
        PACK(
            "5 Question: How many pieces are in the pack? Answer: 5 Question: How many pieces are in the pack? Answer:",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("briefs"),
        title="Marks & Spencer Men Pack of 5 Cotton Stretch Hipster Briefs",
        category="Briefs",
        color="Multi",
    ),
    # model in navy-and-white checked woven boxers with elastic waist, bare torso, grey backdrop
    case(
        "X189-006",
        caption("a man in blue plaid boxer shorts"),
        D.pattern("checked"),
        D.details(
            "The shorts are with cotton fabric and lattice patterns. It has an elastic waistband and the length of "
            "the shorts is short. There is a",
            "cut",
            hit_limit=True,
        ),
        D.material("silk", "unsupported"),
        gender="Men",
        title="Jockey Men Navy & White Checked Cotton Woven Boxers 1223",
        category="Boxers",
        color="Navy Blue",
    ),
    # model torso-down in olive trunks (plain front, no fly), wide grey waistband reading DAMENSCH, grey backdrop
    case(
        "X189-007",
        caption("a man in green underwear"),
        D.color("olive"),
        D.wearing("boxer briefs"),
        WAISTBAND("damensch"),
        D.details("trunks", "non_answer"),
        D.description("a pair of green boxer briefs with a gray waistband and a fly", "unsupported"),
        gender="Men",
        title="Damensch Men Olive Deo-Soft Micro Modal Trunks",
        category="Trunk",
        color="Olive",
    ),
    # model in grey melange half-sleeve crew-neck tee and black joggers, white backdrop
    case(
        "X189-008",
        caption("a man wearing a grey t-shirt and black pants"),
        D.sleeve_length("short sleeves"),
        D.color("black", "other_garment_color"),
        color_of("t-shirt", "grey", kind="open"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The pants this gentleman wears is of long length. The pants",
            "cut",
            hit_limit=True,
        ),
        D.details("it has a pocket on the chest", "unsupported"),
        gender="Men",
        title="Hanes Men Grey Melange Solid Round Neck Lounge T-shirt",
        category="Lounge Tshirts",
        color="Grey Melange",
    ),
    # model in white sleeveless vest with deep armholes, blue jeans, grey backdrop
    case(
        "X189-009",
        caption("a man in a white tank top and jeans"),
        D.wearing(
            "tank top and jeans and jeans and jeans and jeans and jeans and jeans and jeans and jeans and jeans and "
            "jeans and jeans",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("sleeveless"),
        D.material("polyester", "unsupported"),
        D.color("blue", "other_garment_color"),
        gender="Men",
        title="Lux Cozi Men Pack of 3 White Solid Sleeveless Vests",
        category="Innerwear Vests",
        color="White",
    ),
    # model in navy half-sleeve tee with small chest logo and navy-white checked pyjamas, white backdrop
    case(
        "X189-010",
        caption("a man wearing a navy blue t-shirt and plaid pajama pants"),
        PIECES("a t-shirt and pyjamas"),
        color_of("pyjamas", "blue and white", kind="open"),
        D.pattern("solid", "contradiction"),
        D.details(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a round neckline. "
            "The lower clothing is of long",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="U.S. Polo Assn. Men Navy Blue Checked Cotton Pyjama Set",
        category="Night suits",
        color="Navy Blue",
    ),
    # model in off-white full-sleeve round-neck thermal top, dark jeans, white backdrop
    case(
        "X189-011",
        caption("a man wearing a white long sleeve shirt and jeans"),
        D.color("cream"),
        D.garment_type("thermal top"),
        D.material("wool", "unsupported"),
        D.wearing("a yellow shirt and jeans", "contradiction"),
        D.details("the details of the garment are shown in the picture", "restated"),
        gender="Men",
        title="Rupa Thermocot Men Off-White Solid Full Sleeve Thermal Top",
        category="Thermal Tops",
        color="Off White",
    ),
    # model from the waist down in black thermal long johns with ribbed ankle cuffs, bare feet, grey backdrop
    case(
        "X189-012",
        caption(
            "The lady wears a long leggings with pure color patterns. The leggings are with cotton fabric and the "
            "length of the leggings is long. The lady",
            "pronoun",
            hit_limit=True,
        ),
        D.garment_type("leggings"),
        D.wearing("a pair of black tights"),
        color_of(
            "leggings",
            "The leggings are with cotton fabric and pure color patterns. The lady wears a long leggings with pure",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        D.details(
            "black leggings with ribbed cuffs at the ankles and an elastic waistband with a",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Marks & Spencer Men Black Heatgen Thermal Long Johns",
        category="Thermal Bottoms",
        color="Black",
    ),
    # model in maroon joggers with drawstring and cuffed hems, white tee, white sneakers, white backdrop
    case(
        "X189-013",
        caption("a man in a white t-shirt and red sweatpants"),
        D.color("burgundy"),
        D.wearing("a white t-shirt and burgundy joggers"),
        color_of("joggers", "white", "other_garment_color", kind="open", hit_limit=True),
        D.material(
            "The pants this gentleman wears is of long length. The pants are with cotton fabric and pure color "
            "patterns. The",
            "restated",
            hit_limit=True,
        ),
        gender="Men",
        title="Mast & Harbour Men Maroon Solid Cotton Lounge Joggers",
        category="Lounge Pants",
        color="Maroon",
    ),
    # model in grey terry bathrobe, shawl collar, belt tied at the waist, two patch pockets, grey backdrop
    case(
        "X189-014",
        caption("a man wearing a grey bathrobe"),
        D.garment_type("robe"),
        D.material("terry cloth"),
        D.details(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has "
            "a lapel neckline. There is an",
            "contradiction",
            hit_limit=True,
        ),
        FASTEN(
            "with a belt tied at the waist with a belt tied at the waist with a belt tied at the waist with a belt",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Trident Men Grey Solid Cotton Terry Bathrobe with Shawl Collar",
        category="Bath Robe",
        color="Grey",
    ),
    # model in black low-rise trunks, white waistband with black "Calvin Klein" lettering, white backdrop
    case(
        "X189-015",
        caption("a man in black calvin klein underwear"),
        WAISTBAND("calvin klein"),
        D.color("white", "contradiction"),
        D.description("a pair of black boxer briefs with a white waistband"),
        D.material("", "non_answer"),
        D.garment_type("boxers", "contradiction"),
        gender="Men",
        title="Calvin Klein Underwear Men Black Solid Low-Rise Trunks",
        category="Trunk",
        color="Black",
    ),
    # flat-lay: three trunks stacked, navy, red and white, logo waistbands, white backdrop
    case(
        "X189-016",
        caption(
            "The shorts are with cotton fabric and pure color patterns. The shorts are with cotton fabric and pure "
            "color patterns. The shorts are with cotton fabric and pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.color("navy blue", "contradiction"),
        PACK("three"),
        D.wearing("underwear"),
        D.material("the material of the garment is fabric", "restated"),
        gender="Men",
        title="Tommy Hilfiger Men Pack of 3 Solid Trunks",
        category="Trunk",
        color="Multi",
    ),
    # model in light blue half-sleeve tee and dark blue pyjamas with a small all-over print, grey backdrop
    case(
        "X189-017",
        caption("a man in blue pajamas standing against a gray wall"),
        color_of("t-shirt", "light blue"),
        color_of(
            "pyjamas",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.details("it has a button front and a collar", "unsupported"),
        gender="Men",
        title="Sweet Dreams Men Blue Printed Pyjama Set",
        category="Night suits",
        color="Blue",
    ),
    # model in white half-sleeve crew-neck undershirt and navy trunks, white backdrop
    case(
        "X189-018",
        caption("a man in a white t-shirt and blue underwear"),
        D.sleeve_length("short sleeves"),
        D.garment_type("t-shirt"),
        D.material(
            "cotton Question: What material is the garment made of? Answer: cotton Question: What material is the",
            "leak",
            hit_limit=True,
        ),
        D.details("a v-neck and a chest pocket", "unsupported"),
        gender="Men",
        title="Jockey Men White Solid Round Neck Half Sleeve Cotton Vest 2714",
        category="Innerwear Vests",
        color="White",
    ),
    # model in grey melange knee-length lounge shorts with drawstring and side pockets, black tee, white backdrop
    case(
        "X189-019",
        caption("a man in a black t-shirt and grey shorts"),
        D.color("grey"),
        D.wearing("he is wearing a black shirt and gray shorts"),
        D.details(
            "The shorts are with cotton fabric and pure color patterns. The shorts are with cotton fabric and pure "
            "color patterns. The shorts",
            "loop",
            hit_limit=True,
        ),
        color_of("shorts", "black", "other_garment_color", kind="open", hit_limit=True),
        D.description("the garment is a pair of shorts that is worn by a man", "restated"),
        title="Puma Men Grey Melange Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Grey Melange",
    ),
    # model in black full-sleeve thermal top and matching black long johns, grey backdrop
    case(
        "X189-020",
        caption("a man in a black long sleeve shirt and black leggings"),
        PIECES("a top and leggings"),
        D.material("fleece"),
        D.color("grey", "contradiction"),
        D.description(
            "black long sleeve top and black leggings and black leggings and black leggings and black leggings and "
            "black leggings and black",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Lux Inferno Men Black Fleece-Lined Thermal Top and Bottom Set",
        category="Thermal Set",
        color="Black",
    ),
    # model in olive tee with thin black horizontal stripes, black lounge shorts, white backdrop
    case(
        "X189-021",
        caption(
            "The gentleman wears a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The gentleman wears a short shorts. The shorts are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.color("olive green"),
        color_of("t-shirt", "green and black", kind="open"),
        D.wearing("a striped shirt and black shorts"),
        D.sleeve_length("long sleeves", "contradiction"),
        gender="Men",
        title="Roadster Men Olive & Black Striped Cotton Lounge T-shirt",
        category="Lounge Tshirts",
        color="Olive",
    ),
    # flat-lay: two trunks, one blue with a small yellow pineapple print, one plain yellow, white backdrop
    case(
        "X189-022",
        caption("two pairs of underwear with pineapples on them"),
        D.pattern("printed"),
        D.material("cotton", "unsupported"),
        PACK("2"),
        D.description(
            "shorts with graphic patterns with graphic patterns with graphic patterns with graphic patterns with "
            "graphic patterns with",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Bummer Men Pack of 2 Printed Micro Modal Trunks",
        category="Trunk",
    ),
    # model in navy satin long-sleeve button-front pyjama shirt with white piping, matching trousers, grey backdrop
    case(
        "X189-023",
        caption("a man in a blue silk pajama set", "unsupported"),
        D.material("satin"),
        D.details("white piping on the collar and cuffs"),
        D.color("dark blue"),
        D.wearing(
            "blouses shirts and pants pants pants pants pants pants pants pants pants pants pants pants pants pants "
            "pants pants pants pants pants",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Marks & Spencer Men Navy Satin Pyjama Set with Contrast Piping",
        category="Night suits",
        color="Navy Blue",
    ),
    # model in navy straight lounge pants with drawstring and side pockets, grey melange tee, white backdrop
    case(
        "X189-024",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "The pants this gentleman wears is of long length. The pants are with cotton fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        D.color("navy blue"),
        D.wearing("a grey t-shirt and grey pants", "other_garment_color"),
        D.details("drawstring waist, two side pockets and a straight hem with a", "cut", hit_limit=True),
        gender="Men",
        title="Jockey Men Navy Blue Solid Straight Fit Lounge Pants 9500",
        category="Lounge Pants",
        color="Navy Blue",
    ),
    # flat-lay of a white ribbed sleeveless gym vest, plain front, grey backdrop
    case(
        "X189-025",
        caption("a white tank top on a gray background"),
        D.pattern("striped", "contradiction"),
        D.garment_type("vest"),
        D.details("it is made of cotton and has a logo on the chest", "unsupported"),
        title="Van Heusen Men White Ribbed Sleeveless Gym Vest",
        category="Innerwear Vests",
        color="White",
    ),
    # flat-lay: five briefs in a row, red, blue, green, black, grey, printed waistbands, white backdrop
    case(
        "X189-026",
        caption("a group of colorful underwear on a white background"),
        D.color("multi"),
        D.details(
            "the waistband is printed with the brand name and the waistband is printed with the brand name and the "
            "waistband is printed with",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("trunks", "contradiction"),
        gender="Men",
        title="Rupa Frontline Men Pack of 5 Assorted Solid Briefs",
        category="Briefs",
        color="Multi",
    ),
    # model in charcoal full-sleeve crew-neck waffle-knit thermal top, black joggers, white backdrop
    case(
        "X189-027",
        caption("a man wearing a gray long sleeve shirt and black pants"),
        D.material("cotton"),
        D.color("charcoal"),
        D.garment_type("sweater", "contradiction"),
        D.wearing(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Hanes Men Charcoal Waffle-Knit Cotton Thermal Top",
        category="Thermal Tops",
        color="Charcoal",
    ),
    # model in navy hooded bathrobe, hood down, belt tied, two front patch pockets, white backdrop
    case(
        "X189-028",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a "
            "hooded neckline. The lady wears a long-sleeve coat with pure color patterns. The coat is",
            "pronoun",
            hit_limit=True,
        ),
        D.color("navy blue"),
        D.garment_type("bathrobe"),
        D.wearing("a blue robe"),
        D.material("cotton", "unsupported"),
        D.description(
            "a navy blue hooded bathrobe with a belt tied at the waist and two pockets on the front and long sleeves "
            "with a cuff at the",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Story@Home Men Navy Blue Hooded Microfibre Bathrobe",
        category="Bath Robe",
        color="Navy Blue",
    ),
    # model in black racerback sleeveless gym vest and grey shorts, grey backdrop
    case(
        "X189-029",
        caption("a man in a black tank top"),
        D.wearing("she is wearing a black tank top and gray shorts", "pronoun"),
        D.details(
            "sleeveless Question: What are the details of the garment? Answer: sleeveless Question: What are the "
            "details of the garment? Answer",
            "leak",
            hit_limit=True,
        ),
        D.material(
            "The gentleman wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric "
            "and its neckline is",
            "restated",
            hit_limit=True,
        ),
        gender="Men",
        title="Amul Macho Sporto Men Black Solid Cotton Gym Vest",
        category="Innerwear Vests",
        color="Black",
    ),
    # model in blue-and-white striped pyjama bottoms with button fly, white tee, white backdrop
    case(
        "X189-030",
        caption("a man in a white t-shirt and striped pajama pants"),
        D.color("blue"),
        D.garment_type("pants"),
        D.description(
            "The pants this gentleman wears is of long length. The pants are with cotton fabric and stripe "
            "patterns. The pants this gentleman wears is of long length. The pants are with cotton",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "blue and white stripes with a button fly and an elastic waistband and the legs are long and straight "
            "with a",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Marks & Spencer Men Blue & White Striped Pure Cotton Pyjama Bottoms",
        category="Pyjamas",
        color="Blue",
    ),
    # flat-lay of grey-and-white gingham woven boxers with elastic waist and button fly, white backdrop
    case(
        "X189-031",
        caption("a pair of gray and white checkered shorts"),
        D.garment_type("boxers"),
        D.pattern("checked"),
        D.material("denim", "unsupported"),
        gender="Men",
        title="Van Heusen Men Grey Checked Pure Cotton Woven Boxers",
        category="Boxers",
        color="Grey",
    ),
    # model in teal crew-neck tee with a small HRX logo on the chest, black joggers, white backdrop
    case(
        "X189-032",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The pants this gentleman wears is of long length. The pants are with",
            "cut",
            hit_limit=True,
        ),
        D.color("blue"),
        D.wearing("a green shirt and black pants"),
        D.description("a blue t-shirt with a small logo on the chest"),
        D.material("cotton"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Teal Blue Solid Cotton Lounge T-shirt",
        category="Lounge Tshirts",
        color="Teal",
    ),
    # model in maroon half-sleeve tee and grey melange joggers (a two-piece lounge set), white backdrop
    case(
        "X189-033",
        caption("a man wearing a red shirt and gray pants"),
        color_of("t-shirt", "maroon"),
        color_of("joggers", "maroon", "other_garment_color", kind="open"),
        PIECES(
            "tee tank and pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants "
            "pants pants pants pants pants pants",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Ajile by Pantaloons Men Maroon & Grey Melange T-shirt with Joggers Lounge Set",
        category="Night suits",
        color="Maroon",
    ),
    # model torso-down in mustard trunks with black waistband, white backdrop
    case(
        "X189-034",
        caption("a man in yellow underwear"),
        D.color("mustard"),
        D.wearing("a pair of yellow and black underwear"),
        D.description(
            "The lady wears a short shorts with pure color patterns. The shorts are with cotton fabric and the "
            "length of the shorts is",
            "pronoun",
            hit_limit=True,
        ),
        D.details("underwear", "non_answer"),
        gender="Men",
        title="XYXX Men Mustard Yellow Solid Trunks",
        category="Trunk",
        color="Mustard",
    ),
    # flat-lay of grey melange long johns with ribbed ankle cuffs, white backdrop
    case(
        "X189-035",
        caption("a pair of gray leggings on a white background"),
        D.garment_type("leggings"),
        D.material("wool"),
        D.details(
            "long long long long long long long long long long long long long long long long long long long long "
            "long long long long long long long long long long",
            "loop",
            hit_limit=True,
        ),
        D.wearing("nothing", "non_answer"),
        title="Lux Cottswool Men Grey Melange Solid Thermal Bottoms",
        category="Thermal Bottoms",
        color="Grey Melange",
    ),
    # model in red-and-black buffalo check flannel pyjama set: long-sleeve button-front shirt, trousers; grey backdrop
    case(
        "X189-036",
        caption("a man in red and black plaid pajamas"),
        D.material("flannel"),
        D.color("red"),
        D.details(
            "The upper clothing has long sleeves, cotton fabric and lattice patterns. It has a lapel neckline. The "
            "lower clothing is of",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a woman in red plaid pajamas", "pronoun"),
        PIECES(
            "blouses shirts and pants Question: What does the set include? Answer: blouses shirts and pants Question:",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Bombay Dyeing Men Red & Black Checked Cotton Flannel Pyjama Set",
        category="Night suits",
        color="Red",
    ),
    # model, bare torso, in grey melange joggers with a wide black Calvin Klein logo waistband, white backdrop
    case(
        "X189-037",
        caption("a man in gray sweatpants"),
        D.garment_type("track pants"),
        D.material("cotton"),
        D.color("white", "contradiction"),
        WAISTBAND(
            "calvin klein calvin klein calvin klein calvin klein calvin klein calvin klein calvin klein calvin klein "
            "calvin klein calvin",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Calvin Klein Men Grey Melange Cotton Blend Logo Waistband Joggers",
        category="Lounge Pants",
        color="Grey Melange",
    ),
    # ghost mannequin: white waffle-weave bathrobe, kimono collar, belt, two pockets, grey backdrop
    case(
        "X189-038",
        caption("a white robe on a gray background"),
        D.material("cotton"),
        D.pattern("solid"),
        D.wearing("a white bathrobe"),
        D.details(
            "the belt, the pockets, the collar, the sleeves, the belt, the pockets, the collar, the sleeves, the "
            "belt, the pockets",
            "loop",
            hit_limit=True,
        ),
        FASTEN("with buttons", "unsupported"),
        title="Rangoli Men White Waffle Weave Pure Cotton Bathrobe",
        category="Bath Robe",
        color="White",
    ),
    # model, no watch or jewellery, in black long-leg trunks with grey PUMA waistband, grey backdrop
    case(
        "X189-039",
        caption(
            "The gentleman wears a short shorts with pure color patterns. The shorts are with cotton fabric. There "
            "is an accessory on his wrist. The gentleman has neither a belt nor a hat. The gentleman",
            "unsupported",
            hit_limit=True,
        ),
        D.color("black"),
        WAISTBAND("puma"),
        D.details(
            "a black pair of trunks with a grey waistband with the puma logo printed in black on the front and the",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Puma Men Pack of 2 Black Solid Long Trunks",
        category="Trunk",
        color="Black",
    ),
    # model in navy merino crew-neck long-sleeve thermal top, grey trousers, white backdrop
    case(
        "X189-040",
        caption("a man wearing a blue long sleeve shirt and gray pants"),
        D.material("wool"),
        D.color("grey", "other_garment_color"),
        D.description(
            "long sleeve shirt Question: Describe the garment. Answer: long sleeve shirt Question: Describe the "
            "garment. Answer: long sleeve",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Marks & Spencer Men Navy Merino Wool Thermal Long Sleeve Top",
        category="Thermal Tops",
        color="Navy Blue",
    ),
    # model in black lounge shorts with a small white palm-leaf print, white tee, front view, white backdrop
    case(
        "X189-041",
        caption("a man in a white t-shirt and black shorts"),
        D.pattern("solid", "contradiction"),
        D.wearing("shorts", hit_limit=True),
        D.details("a drawstring waist and a pocket on the back", "unsupported"),
        D.color("white", "other_garment_color"),
        gender="Men",
        title="Mast & Harbour Men Black Tropical Printed Lounge Shorts",
        category="Lounge Shorts",
        color="Black",
    ),
    # model in charcoal lounge pyjamas with drawstring, white tee, white backdrop
    case(
        "X189-042",
        caption(
            "The pants are with cotton fabric and pure color patterns. The pants are with cotton fabric and pure "
            "color patterns. The pants are with cotton fabric and pure color patterns. The pants are",
            "loop",
            hit_limit=True,
        ),
        D.color("dark grey"),
        D.wearing("a white t-shirt and white pants", "other_garment_color"),
        D.details("pants", "non_answer"),
        gender="Men",
        title="XYXX Men Charcoal Grey Solid Cotton Pyjamas",
        category="Pyjamas",
        color="Charcoal",
    ),
    # model torso-down in red briefs, red waistband with white JOCKEY lettering, white backdrop
    case(
        "X189-043",
        caption("a man in red underwear"),
        D.color("red"),
        D.garment_type("shorts", "contradiction"),
        D.wearing(
            "red red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red",
            "loop",
            hit_limit=True,
        ),
        D.description("a red thong", "contradiction"),
        gender="Men",
        title="Jockey Men Red Solid Briefs 8035",
        category="Briefs",
        color="Red",
    ),
    # model in navy tee printed "CHILL MODE" in white, navy shorts with small white print, no jewellery, white backdrop
    case(
        "X189-044",
        caption("a man wearing a blue t-shirt with the words chill mode and shorts"),
        PRINT("chill mode"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "He wears a ring on his finger. The",
            "unsupported",
            hit_limit=True,
        ),
        color_of("shorts", "navy blue"),
        D.wearing("a woman wearing a blue t-shirt and shorts", "pronoun"),
        gender="Men",
        title="Sweet Dreams Men Navy Blue Typography Printed T-shirt with Shorts Lounge Set",
        category="Night suits",
        color="Navy Blue",
    ),
    # flat-lay of light blue woven boxers with a small white anchor print and elastic waist, grey backdrop
    case(
        "X189-045",
        caption("a pair of blue shorts with anchors on them"),
        D.garment_type("boxers"),
        D.material("cotton"),
        D.details("they are shorts", "non_answer"),
        D.pattern("solid", "contradiction"),
        title="Tommy Hilfiger Men Blue Anchor Printed Pure Cotton Woven Boxers",
        category="Boxers",
    ),
    # model in olive joggers with elastic cuffs, black tee, white backdrop
    case(
        "X189-046",
        caption("a man in a black shirt and green pants"),
        D.color("olive"),
        D.details(
            "elastic waistband and elastic cuffs and elastic cuffs and elastic cuffs and elastic cuffs and elastic "
            "cuffs and elastic",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        color_of(
            "joggers",
            "olive green Question: What is the color of the joggers? Answer: olive green Question: What is the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        D.description("the garment is a pair of pants", "restated"),
        gender="Men",
        title="Roadster Men Olive Green Solid Cotton Lounge Joggers",
        category="Lounge Pants",
        color="Olive",
    ),
]
