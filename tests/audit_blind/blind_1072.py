"""BLIND_1072 (46 products; Myntra lingerie and nightwear, caption epoch 2): written blind in the fifty-ninth session.
Measured blind at 247287f (the session's seventh rules): 95/121 failures found (78.5%) and 24/176 correct texts flagged
(13.6%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of lingerie, innerwear and nightwear for women and men (Bra, Briefs, Trunk, Boxers,
Innerwear Vests, Camisoles, Shapewear, Night suits, Nightdress, Baby Dolls, Robe, Lounge Pants/Shorts/Tshirts,
Thermals). Catalog photos on a white backdrop: bras and briefs on torsos cropped from chin or navel to thigh (no face),
camisoles and vests worn with jeans or under an open shirt, night suits and robes full length, a few pack shots of
folded multipacks with no person at all. Seller columns: title, category (article type), color (base colour), gender;
two multipack rows have no color and one row has no gender.

Who wrote what: every text comes from the caption adapter stopped after its second epoch (DeepFashion template
captions, unmasked labels, no end token). Captions and open answers are free generation: the adapter mostly writes
the DeepFashion template ("The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton
fabric...") with no hue names and with the template's vocabulary, so bras become tank tops and briefs become shorts;
some base-model phrasing survives ("a woman in a red lace bra"), and base colors leak into short answers. Cropped
torsos with no face make it guess "the lady" for men. It often stops after a template sentence, but many texts run
on to the limit (50 tokens for captions, 30 for answers) as loops or cut sentences, and it sometimes continues the
`Question: ... Answer:` format. Closed answers (garment type, color, pattern, sleeve length, "Is this a ...?") are
enrich's reference engine ranking candidates with the same adapter: always one clean candidate, wrong when the
adapter's likelihood favours another garment's color or a neighbouring type.

Labeling conventions and judgement calls:
- The photo comment is the truth; the seller's title and color are right unless the comment says otherwise.
- A generic parent name is correct: "tank top" for a camisole or a men's vest, "dress" for a nightdress or baby doll,
  "shorts" for boxers, trunks and lounge shorts, "pants"/"trousers" for pyjama and lounge pants, "leggings" for
  thermal bottoms, "outer clothing" for a robe, "underwear" for briefs or trunks. A different garment is a
  contradiction: "tank top" for a bra, "shorts" for briefs or a shaping brief, "coat" for a bathrobe, "sweater" for
  a thermal top.
- Color shades count as the seller's color group: maroon answered "red", nude/skin answered "beige", peach "pink",
  olive "green", lavender "purple", off white "white", charcoal and grey melange "grey".
- A color that belongs to another garment in the photo (jeans under a vest, the open shirt over a camisole, the
  pyjama top's color given to the pants) is other_garment_color; a wrong color found nowhere in the photo, the
  color of a print or a trim given as the garment's color, and wrong patterns or sleeves are contradictions.
- Material: when the title names a material, a different one is a contradiction; when it names none, an invented
  material the photo does not show (denim or silk on matte jersey, a fiber percentage) is unsupported. Lace, satin
  sheen, terry and ribbed knit are visible and count as supported.
- Invented objects or details (a pocket, zipper, belt, rhinestone, robe, a person in a pack shot, a cat's glasses,
  coffee in a closed mug) are unsupported.
- The template returned for an open color question with no color in it, a bare garment word, or "yes" to an open
  question are non_answer; an answer that only rephrases the question ("The bra details are the details of the
  bra") is restated.
- he/she/his/her/lady/man that does not match the person photographed is pronoun, also inside an otherwise fine
  template caption.
- One label per text: a loop or a cut is labelled as such even when the looping phrase also holds a doubtful word;
  a prompt leak is labelled leak even when the answer inside it is right. Loops, cuts and most leaks ran to the
  token limit (hit_limit=True); a complete text stopped on its own.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1072 = [
    # photo: cropped torso (chin to thigh) of a woman in a black matte cotton full-coverage bra with a tiny satin bow
    # at the centre and matching black briefs; white backdrop, front view. All texts: caption adapter epoch 2.
    case(
        "X1072-001",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. "
            "It has a suspenders neckline.",
            "contradiction",
        ),
        Q.garment_type("bra"),
        Q.color("black"),
        wearing("a black bra and black panties"),
        details("bra", "the bra has a small bow in the center and wide straps"),
        Q.material("cotton"),
        describe("bra", "his bra is black with a small bow", "pronoun"),
        title="Enamor Women Black Non-Padded Full Coverage Bra A039",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: man cropped navel to mid-thigh in navy blue cotton trunks with a wide grey waistband printed with the
    # brand in white; nothing else worn, white backdrop, front view. Caption adapter epoch 2.
    case(
        "X1072-002",
        caption(
            "The lady wears a three-point shorts with pure color patterns. The shorts are with cotton fabric.",
            "pronoun",
        ),
        wearing("navy blue trunks with a grey waistband"),
        Q.color("navy blue"),
        color_of("trunks", "The trunks are with pure color patterns.", "non_answer", kind="open"),
        Q.garment_type("trunks"),
        details("trunks", "the trunks have a wide elastic waistband with the brand name printed on it and a pouch"),
        describe(
            "trunks",
            "The trunks are with cotton fabric and pure color patterns. The trunks are with cotton fabric and pure "
            "color patterns. The trunks are with cotton",
            "loop",
            hit_limit=True,
        ),
        title="Jockey Men Navy Blue Trunks US21",
        category="Trunk",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman full length, barefoot, in a pink cotton jersey night suit: short-sleeve round-neck top with a small
    # white star print and matching pyjama pants with an elastic waist and a white drawstring bow; white backdrop.
    # Caption adapter epoch 2.
    case(
        "X1072-003",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and graphic patterns. The "
            "pants are of long length and the T-shirt is of",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink pajama set"),
        Q.pattern("printed"),
        color_of("top", "pink with white stars", kind="open"),
        details("pants", "the pants have an elastic waist and a drawstring"),
        Q.material("silk", "unsupported"),
        title="Sweet Dreams Women Pink Star Print Night Suit",
        category="Night suits",
        color="Pink",
        gender="Women",
    ),
    # photo: man from neck to ankles in a white ribbed cotton sleeveless round-neck vest tucked into mid-blue jeans;
    # white backdrop, front view. Caption adapter epoch 2.
    case(
        "X1072-004",
        caption(
            "The gentleman wears a sleeveless tank top with pure color patterns and a long trousers. The tank top "
            "is with cotton fabric and its neckline is round. The trousers are with denim fabric."
        ),
        Q.color("blue", "other_garment_color"),
        color_of("vest", "white", kind="open"),
        wearing("a white tank top and blue jeans"),
        Q.garment_type("vest"),
        details("vest", "The vest has a round neck and ribbed fabric. It has a pocket on the chest.", "unsupported"),
        describe("vest", "you can describe the vest as a vest", "restated"),
        title="Dollar Bigboss Men White Innerwear Vest",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: woman waist-up in a smooth skin-coloured camisole with thin adjustable straps; the waistband of dark blue
    # jeans shows at the bottom edge; white backdrop. Caption adapter epoch 2.
    case(
        "X1072-005",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns. The tank top is with cotton "
            "fabric. It has a suspenders neckline. The lady is wearing a sleeveless tank top with pure color "
            "patterns. The tank top is with cotton",
            "loop",
            hit_limit=True,
        ),
        Q.color("beige"),
        wearing("a beige camisole and jeans"),
        color_of("camisole", "blue", "other_garment_color", kind="open"),
        is_a("tank top", "yes"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("bra", "contradiction"),
        title="Jockey Women Skin-Coloured Camisole 1487",
        category="Camisoles",
        color="Nude",
        gender="Women",
    ),
    # photo: man from chest to knees in navy woven cotton boxers with a red and white check and an elastic
    # waistband, under a plain white short-sleeve t-shirt; white backdrop. Caption adapter epoch 2.
    case(
        "X1072-006",
        caption(
            "The man wears a shorts with lattice patterns. The shorts are with cotton fabric. The man wears a "
            "short-sleeve T-shirt with pure color patterns."
        ),
        Q.color("white", "other_garment_color"),
        Q.pattern("checked"),
        describe("boxers", "navy blue boxers with red and white checks and an elastic waistband"),
        details("boxers", "The boxers details are on the boxers.", "restated"),
        Q.material("cotton"),
        title="Van Heusen Men Navy & Red Checked Boxers",
        category="Boxers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman full length in a knee-length maroon satin nightdress with spaghetti straps and black lace trim at
    # the neckline; white backdrop. Caption adapter epoch 2.
    case(
        "X1072-007",
        caption(
            "The lady wears a tank dress with pure color patterns. The dress is with chiffon fabric and it has a "
            "suspenders neckline. The dress is of knee length.",
            "contradiction",
        ),
        Q.color("maroon"),
        Q.material("satin"),
        details("nightdress", "the nightdress has lace trim on the neckline and thin straps"),
        wearing("She is wearing a red dress"),
        Q.garment_type("dress"),
        color_of("nightdress", "The lady wears a tank dress with pure color patterns.", "non_answer", kind="open"),
        title="Clovia Women Maroon Satin Nightdress",
        category="Nightdress",
        color="Maroon",
        gender="Women",
    ),
    # photo: pack of 3: a man cropped waist to thigh in a grey melange brief, with an inset of two more folded briefs,
    # black and navy blue, each with a black logo waistband; white backdrop. Caption adapter epoch 2.
    case(
        "X1072-008",
        caption(
            "The man wears a shorts with pure color patterns. The shorts are with cotton fabric and the shorts "
            "are of short length.",
            "contradiction",
        ),
        Q.garment_type("briefs"),
        wearing("grey briefs"),
        describe("briefs", "three briefs in grey, black and navy blue with elastic waistbands"),
        is_a("pair of shorts", "yes", "contradiction"),
        details(
            "briefs",
            "the briefs have a black waistband with white lettering. the briefs have a black waistband with white "
            "lettering. the briefs have a",
            "loop",
            hit_limit=True,
        ),
        title="Hanes Men Pack of 3 Briefs",
        category="Briefs",
        color="Multi",
        gender="Men",
    ),
    # photo: woman in a sheer peach chiffon baby doll with lace cups, a front split below the bust and a small bow at
    # the centre, thigh length, with a matching thong; one hand rests on a white chair; white backdrop.
    # Caption adapter epoch 2.
    case(
        "X1072-009",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and it "
            "has a suspenders neckline. The dress is of short length."
        ),
        Q.color("pink"),
        Q.garment_type("dress"),
        wearing(
            "Question: What is the person wearing? Answer: a pink dress Question: What is the person wearing? "
            "Answer: a pink dress Question:",
            "leak",
            hit_limit=True,
        ),
        details("baby doll", "the dress has lace on the top and a slit in the front and a bow"),
        Q.material("lace and chiffon"),
        describe("baby doll", "a peach baby doll with lace cups and a matching robe", "unsupported"),
        title="Bwitch Women Peach Lace Baby Doll with Thong",
        category="Baby Dolls",
        color="Peach",
        gender="Women",
    ),
    # photo: man full length, barefoot, in charcoal grey cotton lounge pants with a drawstring and side pockets and a
    # white crew-neck t-shirt; white backdrop. Caption adapter epoch 2.
    case(
        "X1072-010",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is with "
            "cotton fabric and its neckline is round. The trousers are with cotton fabric and pure color patterns."
        ),
        color_of("pants", "white", "other_garment_color", kind="open"),
        Q.color("grey"),
        wearing("a white t-shirt and grey pants"),
        details("pants", "the pants have a drawstring waist and side pockets"),
        Q.pattern("striped", "contradiction"),
        describe(
            "pants",
            "The pants are long pants. The pants are long pants. The pants are long pants. The pants are long "
            "pants. The pants are long",
            "loop",
            hit_limit=True,
        ),
        title="Chromozome Men Charcoal Grey Lounge Pants",
        category="Lounge Pants",
        color="Charcoal",
        gender="Men",
    ),
    # photo: cropped torso of a woman in a red lace padded balconette bra and a matching red lace brief; white
    # backdrop, front view. Caption adapter epoch 2 (the caption in base-model phrasing).
    case(
        "X1072-011",
        caption("a woman wearing a red lace bra and panties on a white background"),
        Q.color("red"),
        details(
            "bra",
            "the bra has padded cups and lace and lace and lace and lace and lace and lace and lace and lace and "
            "lace and lace and lace",
            "loop",
            hit_limit=True,
        ),
        wearing("She is wearing a red bra and red panties."),
        Q.garment_type("bra"),
        Q.material("cotton", "unsupported"),
        is_a("tank top", "yes", "contradiction"),
        title="Amante Women Red Lace Padded Balconette Bra",
        category="Bra",
        color="Red",
        gender="Women",
    ),
    # photo: pack shot, no person: two trunks laid flat side by side, one black and one grey melange, each with a
    # white waistband lettered in black; white backdrop. Caption adapter epoch 2.
    case(
        "X1072-012",
        caption(
            "The lady wears a shorts with pure color patterns. The shorts are with cotton fabric. There is an "
            "accessory on her wrist.",
            "unsupported",
        ),
        wearing("two pairs of trunks"),
        Q.garment_type("trunks"),
        describe("trunks", "a pair of black trunks and a pair of grey trunks with white waistbands"),
        color_of("waistband", "white", kind="open"),
        details(
            "trunks",
            "Answer: the trunks have a white waistband with the logo Question: What are the trunks details? "
            "Answer: the trunks have",
            "leak",
            hit_limit=True,
        ),
        is_a("pair of briefs", "yes", "contradiction"),
        title="Jockey Men Pack of 2 Trunks 1015",
        category="Trunk",
        gender="Men",
    ),
    # photo: woman full length in a navy-and-white striped long-sleeve button-front pyjama shirt with a white piped
    # collar and a chest pocket, solid navy pyjama pants; she holds a closed white mug; white backdrop.
    # Caption adapter epoch 2.
    case(
        "X1072-013",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns and a long trousers. The shirt is with cotton "
            "fabric and it has a lapel neckline. The trousers are with cotton fabric and pure color patterns."
        ),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeve"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        wearing("a striped pajama set and holding a cup of coffee", "unsupported"),
        details("shirt", "the shirt has buttons on the front and a collar with white piping and a pocket on the chest"),
        title="Sepia Women Navy Blue & White Striped Pyjama Set",
        category="Night suits",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man waist-up in a black cotton racerback vest; the grey melange waistband of track pants shows at the
    # bottom; white backdrop. Caption adapter epoch 2.
    case(
        "X1072-014",
        caption(
            "The man wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric and "
            "its neckline is round. The man wears a sleeveless tank top with pure color patterns. The tank top is "
            "with cotton fabric and its",
            "loop",
            hit_limit=True,
        ),
        Q.color("black"),
        wearing("a black tank top"),
        Q.sleeve_length("sleeveless"),
        details("vest", "vest", "non_answer"),
        is_a("tank top", "yes"),
        Q.garment_type("t-shirt", "contradiction"),
        title="Macho Men Black Racerback Innerwear Vest",
        category="Innerwear Vests",
        color="Black",
        gender="Men",
    ),
    # photo: woman from bust to knee in a nude high-waist shaping brief of smooth stretch fabric reaching just below
    # the bust, worn with a nude bra; white backdrop. Caption adapter epoch 2.
    case(
        "X1072-015",
        caption(
            "The lady wears a three-point shorts with pure color patterns. The shorts are with cotton fabric. The "
            "lady wears a sleeveless tank top with pure color patterns.",
            "contradiction",
        ),
        Q.garment_type("shapewear"),
        Q.color("beige"),
        describe("shapewear", "a high waisted beige shaper that covers the stomach"),
        Q.material("denim", "unsupported"),
        wearing("a nude shapewear brief and a bra"),
        title="Marks & Spencer Women Nude High-Waist Shaping Brief",
        category="Shapewear",
        color="Nude",
        gender="Women",
    ),
    # photo: man full length in a light blue and white checked cotton night suit: short-sleeve button shirt with a
    # chest pocket and matching checked pyjama pants; white backdrop. Caption adapter epoch 2.
    case(
        "X1072-016",
        caption(
            "The man wears a short-sleeve shirt with lattice patterns and a long trousers. The shirt is with cotton "
            "fabric and it has a lapel neckline. The trousers are with cotton fabric and lattice patterns. The "
            "trousers are of long length and the shirt has",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue and white checkered pajama"),
        Q.pattern("checked"),
        Q.sleeve_length("long sleeve", "contradiction"),
        color_of("shirt", "blue", kind="open"),
        details("shirt", "She has a button down shirt with a pocket", "pronoun"),
        title="Mark Taylor Men Blue Checked Night Suit",
        category="Night suits",
        color="Blue",
        gender="Men",
    ),
    # photo: woman from chin to hips in a smooth white moulded-cup T-shirt bra with blue denim jeans; white backdrop,
    # front view. Caption adapter epoch 2.
    case(
        "X1072-017",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long trousers. The trousers are "
            "with denim fabric and pure color patterns.",
            "contradiction",
        ),
        Q.color("white"),
        color_of("bra", "blue", "other_garment_color", kind="open"),
        wearing("a white bra and blue jeans"),
        Q.garment_type("bra"),
        details("bra", "The bra details are the details of the bra.", "restated"),
        title="Triumph Women White Wired Padded T-shirt Bra",
        category="Bra",
        color="White",
        gender="Women",
    ),
    # photo: shirtless man, chest to knees, in black cotton boxers with a small scattered white logo print and a plain
    # elastic waistband, no fly; white backdrop. Caption adapter epoch 2.
    case(
        "X1072-018",
        caption(
            "The man is wearing a shorts with graphic patterns. The shorts are with cotton fabric. The man wears "
            "nothing on his upper body."
        ),
        Q.color("black"),
        Q.pattern("printed"),
        describe(
            "boxers",
            "The boxers are black with a white print and the boxers are black with a white print and the boxers "
            "are black with a white print",
            "loop",
            hit_limit=True,
        ),
        details("boxers", "the boxers have a button fly and a belt", "unsupported"),
        wearing("black boxers with white print"),
        color_of("boxers", "yes", "non_answer", kind="open"),
        title="Playboy Men Black Printed Boxers",
        category="Boxers",
        color="Black",
        gender="Men",
    ),
    # photo: woman full length in grey melange cotton lounge pants with a drawstring and ribbed ankle cuffs, a navy
    # blue t-shirt and white sneakers; no jewellery; white backdrop. Caption adapter epoch 2.
    case(
        "X1072-019",
        caption(
            "The lady is wearing a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is "
            "with cotton fabric. Its neckline is round. The pants are with cotton fabric and pure color patterns. "
            "The lady wears a pair of sneakers. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        Q.color("navy blue", "other_garment_color"),
        wearing("a navy blue t-shirt and grey sweatpants"),
        color_of("pants", "grey", kind="open"),
        details("pants", "The pants have a drawstring at the waist and ribbed cuffs at the ankles."),
        Q.garment_type("pants"),
        Q.material("denim", "unsupported"),
        title="Jockey Women Grey Melange Lounge Pants 1301",
        category="Lounge Pants",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: man cropped waist to upper thigh in white cotton briefs with a royal blue waistband lettered in white
    # and a contoured front pouch; white backdrop. Caption adapter epoch 2.
    case(
        "X1072-020",
        caption(
            "The lady wears a white underwear with pure color patterns. The underwear is with cotton fabric.",
            "pronoun",
        ),
        Q.color("white"),
        color_of("waistband", "blue", kind="open"),
        wearing("white underwear"),
        Q.garment_type("briefs"),
        is_a("pair of briefs", "yes"),
        details(
            "briefs",
            "The briefs have a blue waistband with the brand name written in white all around it and a contoured "
            "front pouch with double stitching along the leg openings and the",
            "cut",
            hit_limit=True,
        ),
        title="VIP Men White Briefs",
        category="Briefs",
        color="White",
        gender="Men",
    ),
    # photo: woman waist-up in a black camisole with lace trim at the neckline, under an open red-and-black checked
    # long-sleeve flannel shirt; white backdrop. Caption adapter epoch 2.
    case(
        "X1072-021",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The lady wears a sleeveless tank top inside."
        ),
        Q.color("red", "other_garment_color"),
        Q.pattern("checked", "contradiction"),
        color_of("camisole", "black", kind="open"),
        details("camisole", "the camisole has lace at the neckline and thin straps"),
        Q.sleeve_length("long sleeve", "contradiction"),
        wearing("a black camisole and a plaid shirt"),
        title="Kanvin Women Black Lace-Trim Camisole",
        category="Camisoles",
        color="Black",
        gender="Women",
    ),
    # photo: man from neck to feet in blue-and-green tartan cotton lounge shorts with a drawstring, above the knee,
    # and a black crew-neck t-shirt; white backdrop. Caption adapter epoch 2.
    case(
        "X1072-022",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a shorts. The T-shirt is with cotton "
            "fabric. The shorts are with cotton fabric and lattice patterns."
        ),
        Q.color("black", "other_garment_color"),
        color_of("shorts", "blue and green plaid", kind="open"),
        wearing("He is wearing a black t-shirt and plaid shorts."),
        details("shorts", "they are shorts", "non_answer"),
        Q.pattern("checked"),
        title="Urban Scottish Men Blue Checked Lounge Shorts",
        category="Lounge Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman full length in a white ankle-length cotton nightdress with a small blue floral print, short puff
    # sleeves, a round neck and a short button placket, no belt; white backdrop. Caption adapter epoch 2.
    case(
        "X1072-023",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of long length."
        ),
        Q.color("blue", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeve"),
        details(
            "nightdress",
            "the nightdress has puff sleeves and a round neck with a button placket and a belt at the waist",
            "unsupported",
        ),
        wearing("a white nightgown with blue flowers"),
        title="Shree Women White Printed Cotton Nightdress",
        category="Nightdress",
        color="White",
        gender="Women",
    ),
    # photo: man waist-up, hands on hips, in a maroon long-sleeve crew-neck thermal top in fine rib knit with ribbed
    # cuffs, no zip; white backdrop. Caption adapter epoch 2.
    case(
        "X1072-024",
        caption(
            "The man wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with knitted fabric and "
            "its neckline is round."
        ),
        Q.color("red"),
        Q.sleeve_length("long sleeve"),
        color_of("top", "The man wears a long-sleeve T-shirt with pure color patterns.", "non_answer", kind="open"),
        describe(
            "top",
            "A long sleeve thermal top with ribbed cuffs and a round neck. It has a zipper on the front",
            "unsupported",
        ),
        wearing("He is wearing a maroon long sleeve shirt"),
        Q.garment_type("sweater", "contradiction"),
        title="Lux Inferno Men Maroon Thermal Top",
        category="Thermal Tops",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman's torso in a pink cotton non-padded bra with white polka dots and a small bow at the centre, hook
    # closure at the back (not visible), with grey track pants; white backdrop. Caption adapter epoch 2.
    case(
        "X1072-025",
        caption("a woman in a pink polka dot bra and grey sweatpants"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("polka dot"),
        color_of("bra", "pink and white", kind="open"),
        wearing("He is wearing a pink bra and grey pants", "pronoun"),
        details(
            "bra",
            "the bra has white polka dots and a bow in the middle and a hook in the front and a hook in the back "
            "and a hook in the front and a hook in the",
            "loop",
            hit_limit=True,
        ),
        title="Zivame Women Pink Printed Non-Padded Bra",
        category="Bra",
        color="Pink",
        gender="Women",
    ),
    # photo: man from neck to thigh in a grey melange cotton sleeveless round-neck vest (no pocket) and black trunks;
    # white backdrop. Caption adapter epoch 2.
    case(
        "X1072-026",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric and "
            "its neckline is round. The lady wears a three-point shorts.",
            "pronoun",
        ),
        Q.color("black", "other_garment_color"),
        Q.garment_type("vest"),
        color_of("vest", "grey", kind="open"),
        describe("vest", "a grey sleeveless vest with a round neck and a pocket on the chest", "unsupported"),
        Q.material("cotton"),
        title="Jockey Men Grey Melange Muscle Vest",
        category="Innerwear Vests",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman's torso, seated on a white stool, in a purple lace bra with lace cups and a matching purple lace
    # panty with small bows at the sides; white backdrop. Caption adapter epoch 2 (caption in base-model phrasing).
    case(
        "X1072-027",
        caption("a woman in purple lingerie sitting on a stool"),
        Q.color("purple"),
        wearing("She is wearing a purple bra and panties."),
        is_a("bra", "yes"),
        details("set", "the bra has lace cups and the panty has lace sides and a small bow"),
        Q.material("lace"),
        describe("lingerie set", "describe the lingerie set", "restated"),
        title="Clovia Women Purple Lace Bra and Panty Set",
        category="Lingerie Set",
        color="Purple",
        gender="Women",
    ),
    # photo: man cropped waist to thigh in red cotton jersey trunks with a black waistband lettered in white; white
    # backdrop. Caption adapter epoch 2.
    case(
        "X1072-028",
        caption(
            "The man wears a shorts with pure color patterns. The shorts are with denim fabric. The shorts are of "
            "extra short length.",
            "unsupported",
        ),
        Q.color("red"),
        color_of("waistband", "red", "contradiction", kind="open"),
        wearing("red underwear with black waistband"),
        details(
            "trunks",
            "The trunks are made of cotton and have a black waistband with white letters on it and a white line on "
            "the side and a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("trunks"),
        title="Hanes Men Red Trunks",
        category="Trunk",
        color="Red",
        gender="Men",
    ),
    # photo: woman full length in a navy blue knee-length cotton robe with a white floral print, self belt and two
    # patch pockets, over a white nightdress visible at the neckline; white backdrop. Caption adapter epoch 2.
    case(
        "X1072-029",
        caption(
            "The lady wears a long-sleeve outer clothing with floral patterns. The outer clothing is with cotton "
            "fabric and it has a lapel neckline. The lady wears a dress inside."
        ),
        Q.color("white", "other_garment_color"),
        Q.pattern("floral"),
        Q.garment_type("robe"),
        details(
            "robe",
            "the robe has a belt and pockets and a belt and pockets and a belt and pockets and a belt and pockets "
            "and a belt and pockets",
            "loop",
            hit_limit=True,
        ),
        wearing("a navy blue robe with white flowers over a white nightgown"),
        Q.material("satin", "unsupported"),
        title="Oxolloxo Women Navy Blue Floral Print Robe",
        category="Robe",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man full length in an olive green crew-neck cotton lounge t-shirt and black lounge pants, barefoot;
    # white backdrop. Caption adapter epoch 2.
    case(
        "X1072-030",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. "
            "The man wears a short-sleeve T-shirt with pure color patterns and a",
            "loop",
            hit_limit=True,
        ),
        Q.color("green"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        wearing("a green t-shirt and black pants"),
        Q.sleeve_length("short sleeve"),
        details(
            "t-shirt",
            "Question: What are the t-shirt details? Answer: The t-shirt is green with a round neck. Question: What",
            "leak",
            hit_limit=True,
        ),
        title="Jockey Men Olive Lounge T-shirt 2726",
        category="Lounge Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: woman full length, barefoot, holding a white pillow, in a lavender cotton shorts night suit: short-sleeve
    # t-shirt with a plain white cartoon cat face and shorts printed with small cat faces, a drawstring bow and white
    # lace trim at the hem; white backdrop. Caption adapter epoch 2.
    case(
        "X1072-031",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a shorts. The T-shirt is with cotton "
            "fabric and its neckline is round. The shorts are with cotton fabric and graphic patterns."
        ),
        wearing("a purple t-shirt and shorts and holding a pillow"),
        Q.color("purple"),
        Q.pattern("graphic"),
        describe("t-shirt", "a lavender t-shirt with a cat on it. The cat is wearing glasses and a hat", "unsupported"),
        details(
            "shorts",
            "The shorts are printed with little cat faces and have a drawstring waist with a bow and a lace trim at "
            "the hem of the",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "shorts",
            "lavender. Question: What is the color of the t-shirt? Answer: lavender. Question: What is the color of "
            "the cat? Answer: white",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        title="Zivame Women Lavender Cat Print Shorts Night Suit",
        category="Night suits",
        color="Lavender",
        gender="Women",
    ),
    # photo: man cropped waist to thigh in royal blue briefs with a grey waistband; the hem of a white t-shirt shows
    # at the top; white backdrop. Caption adapter epoch 2.
    case(
        "X1072-032",
        caption(
            "This guy wears a T-shirt with pure color patterns. The T-shirt is with cotton fabric. This guy wears a "
            "shorts.",
            "contradiction",
        ),
        Q.color("white", "other_garment_color"),
        Q.garment_type("briefs"),
        color_of("briefs", "blue", kind="open"),
        wearing("a white t-shirt and blue underwear"),
        details("briefs", "brief", "non_answer"),
        title="Jockey Men Blue Briefs 8035",
        category="Briefs",
        color="Blue",
        gender="Men",
    ),
    # photo: woman full length in off-white thermal bottoms (fine rib knit, ribbed ankle cuffs) with the matching
    # off-white long-sleeve thermal top; white backdrop. Caption adapter epoch 2.
    case(
        "X1072-033",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns and a leggings. The T-shirt is with "
            "cotton fabric. The leggings are with cotton fabric and pure color patterns."
        ),
        Q.color("white"),
        Q.garment_type("leggings"),
        wearing(
            "She is wearing a white long sleeve shirt and white leggings. She is wearing a white long sleeve shirt "
            "and white leggings. She is",
            "loop",
            hit_limit=True,
        ),
        Q.material("knitted fabric"),
        Q.pattern("striped", "contradiction"),
        title="Lux Cottswool Women Off White Thermal Bottoms",
        category="Thermal Bottoms",
        color="Off White",
        gender="Women",
    ),
    # photo: pack shot, no person: two woven cotton boxers folded side by side, one white with thin red stripes and
    # one solid navy, each with a button fly and a logo waistband, their box behind them; white backdrop.
    # Caption adapter epoch 2 (caption in base-model phrasing).
    case(
        "X1072-034",
        caption("two pairs of boxers on a white background"),
        describe("boxers", "two boxers, one white with red stripes and one navy blue"),
        Q.garment_type("boxers"),
        wearing("The man is wearing a pair of white boxers with red stripes and a navy blue t-shirt.", "unsupported"),
        details(
            "boxers",
            "The boxers have an elastic waistband with the logo and a button fly. The boxers have an elastic "
            "waistband with the logo and a button fly. The",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of boxers", "yes"),
        title="U.S. Polo Assn. Men Pack of 2 Boxers",
        category="Boxers",
        gender="Men",
    ),
    # photo: woman waist-up in a white cotton camisole under an open light-blue denim shirt with the sleeves rolled;
    # white backdrop. Caption adapter epoch 2.
    case(
        "X1072-035",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and it has "
            "a lapel neckline. The lady wears a tank top inside."
        ),
        Q.color("blue", "other_garment_color"),
        Q.material("denim", "contradiction"),
        color_of("camisole", "white", kind="open"),
        wearing("a denim shirt over a white tank top"),
        Q.sleeve_length("sleeveless"),
        details("camisole", "The camisole details are that it is a camisole.", "restated"),
        title="Enamor Women White Cotton Camisole",
        category="Camisoles",
        color="White",
        gender="Women",
    ),
    # photo: man full length, barefoot, in navy-and-green checked flannel pyjama pants and a grey melange long-sleeve
    # henley t-shirt; white backdrop. Caption adapter epoch 2.
    case(
        "X1072-036",
        caption(
            "The man wears a long-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is with "
            "cotton fabric and its neckline is round. The trousers are with cotton fabric and lattice patterns. "
            "The man also wears a pair of",
            "cut",
            hit_limit=True,
        ),
        Q.color("grey", "other_garment_color"),
        Q.pattern("checked"),
        wearing("a grey shirt and plaid pajama pants"),
        details("pants", "The pants details are the pants.", "restated"),
        color_of("pants", "navy blue and green", kind="open"),
        title="Bossini Men Navy Blue Checked Pyjamas",
        category="Lounge Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman full length in a skin-coloured seamless racerback sports bra with wide straps and no hooks, with
    # black leggings; white backdrop. Caption adapter epoch 2.
    case(
        "X1072-037",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a long leggings.",
            "contradiction",
        ),
        Q.color("black", "other_garment_color"),
        Q.garment_type("bra"),
        color_of("bra", "beige", kind="open"),
        wearing("a beige sports bra and black leggings"),
        describe(
            "bra",
            "The bra is a racerback bra with wide straps and no hooks. It is made of 95% cotton and 5% spandex",
            "unsupported",
        ),
        title="Jockey Women Skin Seamless Racerback Sports Bra 1376",
        category="Bra",
        color="Skin",
        gender="Women",
    ),
    # photo: man waist-up in a navy blue cotton sleeveless vest with black headphones around his neck; white
    # backdrop. Caption adapter epoch 2. The feed row has no gender.
    case(
        "X1072-038",
        caption(
            "The man wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric and "
            "its neckline is round. There is an accessory on his neck."
        ),
        Q.color("navy blue"),
        describe(
            "vest",
            "Answer: a navy blue tank top Question: Describe the vest. Answer: a navy blue tank top Question: "
            "Describe the",
            "leak",
            hit_limit=True,
        ),
        details(
            "vest",
            "The gentleman wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric "
            "and its neckline is round. The gentleman",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        wearing("He is wearing a blue tank top and headphones"),
        title="Dixcy Scott Men Navy Blue Gym Vest",
        category="Innerwear Vests",
        color="Navy Blue",
    ),
    # photo: woman full length in pink-and-white striped cotton lounge shorts with an elastic drawstring waist (no
    # zip) and a white tank top; white backdrop. Caption adapter epoch 2.
    case(
        "X1072-039",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a shorts. The tank top is with "
            "cotton fabric and it has a suspenders neckline. The shorts are with cotton fabric and striped "
            "patterns."
        ),
        Q.color("white", "other_garment_color"),
        Q.pattern("striped"),
        color_of("shorts", "pink and white stripes", kind="open"),
        wearing("Question: What is the person wearing? Answer: a white tank top and pink shorts", "leak"),
        details("shorts", "the shorts have a drawstring and a zipper on the side", "unsupported"),
        title="Kryptic Women Pink Striped Lounge Shorts",
        category="Lounge Shorts",
        color="Pink",
        gender="Women",
    ),
    # photo: man cropped waist to thigh in black trunks with thin white vertical pinstripes and a black waistband
    # with a white logo; white backdrop. Caption adapter epoch 2.
    case(
        "X1072-040",
        caption(
            "The man wears a shorts with striped patterns. The shorts are with cotton fabric and the shorts are of "
            "extra short length."
        ),
        Q.pattern("solid", "contradiction"),
        Q.color("black"),
        describe(
            "trunks",
            "Black and white striped trunks with a black waistband. The waistband has the logo in white letters on "
            "the front. The stripes are vertical and thin and the",
            "cut",
            hit_limit=True,
        ),
        wearing("The lady is wearing black and white striped underwear.", "pronoun"),
        Q.garment_type("trunks"),
        title="FCUK Men Black & White Striped Trunks",
        category="Trunk",
        color="Black",
        gender="Men",
    ),
    # photo: woman full length, holding a teddy bear, in a turquoise blue knee-length cotton sleep shirt with a white
    # moon-and-star print, a collar, button front, a chest pocket and sleeves rolled to the elbow with tabs; white
    # backdrop. Caption adapter epoch 2.
    case(
        "X1072-041",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The lady is holding a teddy bear."
        ),
        Q.color("blue"),
        Q.garment_type("dress"),
        wearing("a blue shirt and holding a teddy bear"),
        details(
            "nightdress",
            "The nightdress has a collar and buttons on the front and a pocket on the chest and the sleeves are "
            "rolled up with a tab. The nightdress",
            "cut",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        title="Sweet Dreams Women Turquoise Blue Printed Sleep Shirt",
        category="Nightdress",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: man full length, barefoot, in a white cotton terry shawl-collar bathrobe tied with its belt, with folded
    # back cuffs and two patch pockets; grey lounge pants show below the hem; white backdrop. Caption adapter epoch 2.
    case(
        "X1072-042",
        caption(
            "The man wears a long-sleeve coat with pure color patterns. The coat is with furry fabric and it has a "
            "lapel neckline. The man wears a long trousers.",
            "contradiction",
        ),
        Q.color("white"),
        Q.garment_type("robe"),
        wearing("a white bathrobe and grey pants"),
        Q.material("cotton"),
        color_of("robe", "grey", "other_garment_color", kind="open"),
        describe(
            "robe",
            "A white bathrobe with a shawl collar and a belt tied at the waist, two patch pockets at the front, and "
            "cuffs on the sleeves that are folded back to show the",
            "cut",
            hit_limit=True,
        ),
        title="Turkish Bath Men White Bath Robe",
        category="Bath Robe",
        color="White",
        gender="Men",
    ),
    # photo: woman's torso in a black padded push-up bra with a pink lace overlay on the cups, pink straps and a small
    # pink bow at the centre (no rhinestone, back closure), with matching black briefs; white backdrop.
    # Caption adapter epoch 2 (caption in base-model phrasing).
    case(
        "X1072-043",
        caption(
            "a woman in a black and pink bra with lace and a black and pink bra with lace and a black and pink bra "
            "with lace and a black and pink bra with lace and a black",
            "loop",
            hit_limit=True,
        ),
        Q.color("black"),
        describe("bra", "black with pink lace"),
        wearing("He is wearing a black bra and black panties", "pronoun"),
        details(
            "bra",
            "padded push up cups with lace and underwire and a front closure and a rhinestone on the center",
            "unsupported",
        ),
        Q.garment_type("bra"),
        title="Lady Lyka Women Black & Pink Padded Push-Up Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: man full length in a white cotton lounge t-shirt with large black "SLEEP MODE" lettering on the chest
    # and blue checked lounge pants; white backdrop. Caption adapter epoch 2.
    case(
        "X1072-044",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns and a long trousers. The T-shirt is with "
            "cotton fabric and its neckline is round. The trousers are with cotton fabric and lattice patterns."
        ),
        Q.color("blue", "other_garment_color"),
        color_of("t-shirt", "white with black letters", kind="open"),
        Q.pattern("printed"),
        wearing(
            "a white t-shirt and blue plaid pants. Question: What is the color of the t-shirt? Answer: white. "
            "Question: What is the color",
            "leak",
            hit_limit=True,
        ),
        details("t-shirt", "the t-shirt details are on the t-shirt", "restated"),
        title="Hanes Men White Printed Lounge T-shirt",
        category="Lounge Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: woman full length in a red-and-black buffalo-check long-sleeve flannel pyjama shirt with a collar,
    # buttons and a chest pocket, solid black pyjama pants with an elastic waist, and fuzzy white slippers; white
    # backdrop. Caption adapter epoch 2.
    case(
        "X1072-045",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns and a long trousers. The shirt is with cotton "
            "fabric and it has a lapel neckline. The trousers are with cotton fabric and lattice patterns.",
            "contradiction",
        ),
        Q.color("red"),
        color_of("pants", "red", "other_garment_color", kind="open"),
        wearing("a red and black plaid pajama set with white slippers"),
        Q.sleeve_length("long sleeve"),
        details(
            "pajama set",
            "The shirt has buttons and a collar and a pocket and the pants have an elastic waist and the shirt has "
            "buttons and a collar and a pocket and the",
            "loop",
            hit_limit=True,
        ),
        title="Clovia Women Red & Black Checked Flannel Pyjama Set",
        category="Night suits",
        color="Red",
        gender="Women",
    ),
    # photo: man full length in grey melange rib-knit thermal bottoms with an elastic waistband, a front fly and
    # ribbed ankle cuffs, with the matching grey long-sleeve thermal top; white backdrop. Caption adapter epoch 2.
    case(
        "X1072-046",
        caption(
            "The man wears a long-sleeve T-shirt with pure color patterns and a leggings. The T-shirt is with "
            "knitted fabric and its neckline is round. The leggings are with knitted fabric."
        ),
        Q.color("grey"),
        Q.garment_type("leggings"),
        wearing("grey thermals"),
        details(
            "bottoms", "The bottoms have an elastic waistband and ribbed ankle cuffs and a fly opening in the front"
        ),
        describe("bottoms", "grey", "non_answer"),
        color_of("bottoms", "black", "contradiction", kind="open"),
        title="Jockey Men Grey Melange Thermal Long Johns 2420",
        category="Thermal Bottoms",
        color="Grey Melange",
        gender="Men",
    ),
]
