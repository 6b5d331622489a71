"""BLIND_1207 (45 products; Myntra women's activewear): written blind in the sixty-first session. Measured blind at
1ef79ed (the session's sixth rules): 60/70 failures found (85.7%) and 8/192 correct texts flagged (4.2%). The
writer's notes, verbatim:

Scenario: a Myntra feed of women's activewear and sportswear (sports bras, tights and leggings, track jackets,
tees, with a few tanks, shorts, track pants, capris, a hoodie and a tracksuit). Columns as Myntra exports them:
title (productDisplayName), category (articleType: Bra, Tights, Leggings, Tshirts, Tops, Sporty Jackets, Track
Pants, Shorts, Capris, Sweatshirts, Tracksuits), color (baseColour), gender (Women); a column is missing here and
there. Photos are the catalog's usual shots: a model on a white or light grey backdrop wearing the product with
other clothes (a bra with black tights, tights with a cropped tee), a few back views, two flat lays and a ghost
mannequin.
Who wrote what: every caption is the epoch-2 checkpoint of the experiments' caption run (the run between the
published epoch-1 and epoch-3 adapters, trained on DeepFashion-MultiModal template captions with the unmasked
labels), greedy, 50 new tokens. It writes the template ("The lady wears a sleeveless tank top with pure color
patterns..."), never a hue, says "cotton fabric" for nearly everything, and since it learned no end token most
captions run to the 50-token limit: cut mid-sentence, or starting over on their first sentence, or padding the
template with an accessory sentence ("There is an accessory on her wrist.", "This woman wears a ring.") whether or
not the photo has one. A few stop on their own (the LoRA only touched q_proj/k_proj, so the base's stopping
sometimes survives). Every other text is a closed answer from the reference engine (base BLIP-2 OPT-2.7b, short
generation mapped onto the closed vocabulary, raw text kept when it maps to nothing): garment type, color,
pattern, sleeve length, "Is this a ...?" and now and then "What is the color of the <garment>?". No open questions
were asked in this run.
Labeling conventions and judgement calls: one label per text. For a caption that hit the limit, a loop (the
template starting over, or one sentence repeated) is labeled loop; otherwise an invented accessory, an invented
person or second garment on a flat lay or mannequin, a wrong pronoun, or a sleeve/length/pattern claim the photo
contradicts takes the label over the cut; a caption whose only defect is that it stops mid-sentence is cut. A caption
that hit the limit but happens to end on a full sentence, with everything in it true, is left unmarked (hit_limit
still set). "cotton fabric" in a caption is the template's word and unverifiable on the photo; I did not mark it by
itself. The accessory sentence is true when the model wears a watch, band or bracelet (said in the comment). Colors:
teal as green or blue, coral as pink, olive as green (or raw olive), grey for grey melange are right; navy answered
"black" contradicts the seller's Navy Blue and is marked contradiction; a bra or shorts answered with the color of
the tights, tee or tank worn with it is other_garment_color. Pattern "solid" on a title that says Printed,
and "striped" on a title that says Solid (shoulder stripes, rib knit) are contradiction; "striped" on Adidas
3-Stripes items is accepted. A garment type naming the other garment in the photo (t-shirt for tights, jacket for a
bra under an open hoodie) is contradiction, and so is a sleeve length read off the top for a bottom. "jacket" for a
tracksuit is marked contradiction (the product is the set). Raw unmapped answers are judged on their words:
"neon green", "black and white", "tie dye", "none" (sleeves of a bra) are right; "clothing" is a non_answer; "the
color of the garment is grey" is restated; an "Answer:" or "Question:" in the text is leak.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, is_a

Q = BLIND_QUESTIONS

BLIND_1207 = [
    # Photo: model front view, black sports bra with a small white swoosh, black full-length tights, no jewellery.
    # Caption: epoch-2 caption adapter (cut at the limit). Closed: reference engine, all right.
    case(
        "X1207-001",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long leggings. The tank top is with "
            "cotton fabric. It has a suspenders neckline. The leggings are with cotton fabric and pure color patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Nike Women Black Solid Dri-FIT Swoosh Medium-Support Sports Bra",
        category="Bra",
        color="Black",
    ),
    # Photo: model three-quarter view, pink sports bra, black tights, a black fitness band on her left wrist.
    # Caption: epoch-2 adapter, ran to the limit but ends on a full sentence, all true. Closed: reference engine; the
    # garment color is the tights' black, the bra question gets pink.
    case(
        "X1207-002",
        caption(
            "The female is wearing a sleeveless tank top with pure color patterns. The tank top is with cotton "
            "fabric and its neckline is suspenders. The lower clothing is of long length. The fabric is cotton and it "
            "has pure color patterns. There is an accessory on her wrist.",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("black", "other_garment_color"),
        color_of("sports bra", "pink"),
        Q.pattern("solid"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Puma Women Pink Solid Mid-Impact Padded Sports Bra",
        category="Bra",
        color="Pink",
    ),
    # Photo: model front, navy crew-neck short-sleeve tee with a small white logo, grey melange running shorts.
    # Caption: epoch-2 adapter, starts over on its first sentence. Closed: reference engine; navy read as black.
    case(
        "X1207-003",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric and it has a round neckline. The shorts are with cotton fabric and pure color "
            "patterns. The lady wears a short-sleeve",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("black", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        is_a("t-shirt", "yes"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Navy Blue Rapid-Dry Solid Running T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: model in a black track jacket with white three stripes down the sleeves, half zipped over a white tee,
    # black track pants; hands visible, no rings. Caption: epoch-2 adapter (invents a ring). Closed: reference engine.
    case(
        "X1207-004",
        caption(
            "The female wears a long-sleeve jacket with striped patterns and a long pants. The jacket is with cotton "
            "fabric and it has a stand neckline. The pants are with cotton fabric and pure color patterns. This woman "
            "wears a ring on her finger. There",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeves"),
        is_a("jacket", "yes"),
        gender="Women",
        title="Adidas Women Black Essentials 3-Stripes Track Jacket",
        category="Sporty Jackets",
        color="Black",
    ),
    # Photo: back view, teal racerback sports bra, black leggings. Caption: epoch-2 adapter, one sentence repeated to
    # the limit. Closed: reference engine, right (teal as green).
    case(
        "X1207-005",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. "
            "It has a suspenders neckline. It has a suspenders neckline. It has a suspenders neckline. It has a",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Enamor Women Teal Solid Non-Wired Lightly Padded Sports Bra SB06",
        category="Bra",
        color="Teal",
    ),
    # Photo: model in black full-length tights with a white cat logo on the left thigh, grey cropped tee, bare wrists.
    # Caption: epoch-2 adapter (wrist accessory invented). Closed: reference engine; color is the tee's grey.
    case(
        "X1207-006",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long leggings. The T-shirt is with "
            "cotton fabric and it has a round neckline. The leggings are with cotton fabric and pure color patterns. "
            "There is an accessory on her wrist. The lady",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("solid"),
        is_a("tights", "yes", article="a pair of"),
        gender="Women",
        title="Puma Women Black Solid Essential Logo Tights",
        category="Tights",
        color="Black",
    ),
    # Photo: model front, grey melange short-sleeve tee with a small red logo, black tights, plain backdrop.
    # Caption: epoch-2 adapter, cut. Closed: reference engine; the color came back as a sentence (unmapped, kept raw).
    case(
        "X1207-007",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and it "
            "has a round neckline. The lower clothing is of long length. The fabric is cotton and it has pure color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("the color of the garment is grey", "restated"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        gender="Women",
        title="Reebok Women Grey Melange Solid Training T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: side view, purple tights with an all-over abstract print, black sports bra. Caption: epoch-2 adapter,
    # starts over. Closed: reference engine; pattern read as solid though the print covers the leg.
    case(
        "X1207-008",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long leggings. The tank top is with "
            "cotton fabric. The leggings are with cotton fabric and graphic patterns. The lady wears a sleeveless "
            "tank top with pure color patterns and a long leggings. The tank",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("purple"),
        Q.pattern("solid", "contradiction"),
        is_a("tights", "yes", article="a pair of"),
        gender="Women",
        title="Zelocity by Zivame Women Purple Printed High-Rise Tights",
        category="Tights",
        color="Purple",
    ),
    # Photo: model in grey melange slim joggers with cuffed ankles and a black drawcord, white tank top.
    # Caption: epoch-2 adapter, cut. Closed: reference engine ("sweatpants" kept raw; right).
    case(
        "X1207-009",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns. The "
            "lady wears a pair of",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sweatpants"),
        Q.color("grey"),
        Q.pattern("solid"),
        is_a("track pants", "yes", article="a pair of"),
        gender="Women",
        title="Jockey Women Grey Melange Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Photo: flat lay of a pink short-sleeve tee on white, small swoosh, no person. Caption: epoch-2 adapter (invents
    # a lady and trousers). Closed: reference engine, right.
    case(
        "X1207-010",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and it "
            "has a round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        gender="Women",
        title="Nike Women Pink Dri-FIT One Slim Fit Training T-shirt",
        category="Tshirts",
        color="Pink",
    ),
    # Photo: side view, navy running shorts, white racerback tank, a black running watch. Caption: epoch-2 adapter,
    # cut (the wrist accessory is true). Closed: reference engine; color is the tank's white.
    case(
        "X1207-011",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a three-point shorts. The tank top is "
            "with cotton fabric. It has a round neckline. The shorts are with cotton fabric and pure color patterns. "
            "There is an accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shorts"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        is_a("shorts", "yes", article="a pair of"),
        gender="Women",
        title="Adidas Women Navy Blue Solid Own The Run Running Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Photo: model front, black sports bra with pink side panels and a pink underband, black tights, no rings.
    # Caption: epoch-2 adapter (a ring invented). Closed: reference engine; the color answer ran away (kept raw).
    case(
        "X1207-012",
        caption(
            "The lady wears a sleeveless tank top with color block patterns and a long leggings. The tank top is with "
            "cotton fabric and it has a suspenders neckline. The leggings are with cotton fabric and pure color "
            "patterns. This woman wears a ring. There is",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color(
            "black and pink and black and pink and black and pink and black and pink and black and pink and black "
            "and pink and black and pink",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("color block"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Clovia Women Black & Pink Colourblocked Padded Sports Bra",
        category="Bra",
        color="Black",
    ),
    # Photo: model with short cropped hair, teal racerback tank, black shorts, bare wrists. Caption: epoch-2 adapter
    # (the template's "his/gentleman" variant). Closed: reference engine, right (teal as blue).
    case(
        "X1207-013",
        caption(
            "His tank shirt has no sleeves, cotton fabric and pure color patterns. The neckline of it is round. The "
            "gentleman wears a three-point shorts. The shorts are with cotton fabric and pure color patterns. There is "
            "an accessory on his wrist",
            "pronoun",
            hit_limit=True,
        ),
        Q.garment_type("tank top"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("tank top", "yes"),
        gender="Women",
        title="Puma Women Teal Solid Racerback Training Tank Top",
        category="Tops",
        color="Teal",
    ),
    # Photo: model front, black solid full-length tights, an olive short-sleeve tee knotted at the waist.
    # Caption: epoch-2 adapter, starts over. Closed: reference engine; type and sleeves are the tee's.
    case(
        "X1207-014",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long leggings. The T-shirt is with "
            "cotton fabric and it has a round neckline. The leggings are with cotton fabric and pure color patterns. "
            "The lady wears a short-sleeve",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt", "contradiction"),
        Q.color("black"),
        color_of("tights", "black"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves", "contradiction"),
        is_a("tights", "yes", article="a pair of"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Black Solid Rapid-Dry Training Tights",
        category="Tights",
        color="Black",
    ),
    # Photo: model wearing a navy sports bra under an open grey zip hoodie, black leggings; the bra shows between the
    # open zip. Caption: epoch-2 adapter, describes the hoodie, cut. Closed: reference engine, answers the hoodie.
    case(
        "X1207-015",
        caption(
            "The female wears a long-sleeve jacket with pure color patterns and a long leggings. The jacket is with "
            "cotton fabric. The leggings are with cotton fabric and pure color patterns. The female wears a sleeveless "
            "tank top with pure color patterns and",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket", "contradiction"),
        Q.color("grey", "other_garment_color"),
        color_of("sports bra", "blue"),
        Q.pattern("solid"),
        is_a("sports bra", "no", "contradiction"),
        gender="Women",
        title="Nike Women Navy Blue Swoosh Light-Support Non-Padded Sports Bra",
        category="Bra",
        color="Navy Blue",
    ),
    # Photo: model front, pink crew-neck tee with three white stripes over the shoulders, black tights.
    # Caption: epoch-2 adapter, cut. Closed: reference engine; the shoulder stripes read as a striped pattern.
    case(
        "X1207-016",
        caption(
            "The female is wearing a short-sleeve T-shirt with pure color patterns and a long leggings. The T-shirt "
            "is with cotton fabric and it has a round neckline. The leggings are with cotton fabric and pure color "
            "patterns. The female is wearing",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("pink"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("short sleeves"),
        is_a("t-shirt", "yes"),
        gender="Women",
        title="Adidas Women Pink Solid Aeroready Designed 2 Move T-shirt",
        category="Tshirts",
        color="Pink",
    ),
    # Photo: model in an olive track jacket zipped to the chin, hands in the pockets, black tights. The feed row has no
    # category. Caption: epoch-2 adapter, starts over. Closed: reference engine, right.
    case(
        "X1207-017",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long leggings. The jacket is with "
            "cotton fabric and it has a stand neckline. The leggings are with cotton fabric and pure color patterns. "
            "The lady wears a long-sleeve jacket with pure color patterns",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        is_a("jacket", "yes"),
        gender="Women",
        title="Puma Women Olive Green Solid Evostripe Track Jacket",
        color="Olive",
    ),
    # Photo: back three-quarter view, black high-waist leggings with a side pocket, white cropped tee.
    # Caption: epoch-2 adapter, stopped on its own, all true. Closed: reference engine, right.
    case(
        "X1207-018",
        caption(
            "Her T-shirt has short sleeves, cotton fabric and pure color patterns. The neckline of it is round. The "
            "leggings this lady wears is of long length. The leggings are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("leggings"),
        Q.color("black"),
        color_of("leggings", "black"),
        Q.pattern("solid"),
        is_a("leggings", "yes", article="a pair of"),
        gender="Women",
        title="Blissclub Women Black Solid The Ultimate Leggings with 4 Pockets",
        category="Leggings",
        color="Black",
    ),
    # Photo: model with arms raised, coral sports bra, grey melange leggings, no watch or band. Caption: epoch-2
    # adapter (wrist accessory invented). Closed: reference engine, right (coral as pink).
    case(
        "X1207-019",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her wrist. The upper",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Reebok Women Coral Solid Workout Ready Medium-Impact Sports Bra",
        category="Bra",
        color="Coral",
    ),
    # Photo: model front, white tee with a large black logo print on the chest, black shorts, a smartwatch.
    # Caption: epoch-2 adapter, cut. Closed: reference engine; the tee's color question got the print/shorts black.
    case(
        "X1207-020",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a three-point shorts. The T-shirt is with "
            "cotton fabric and it has a round neckline. The shorts are with cotton fabric and pure color patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        color_of("t-shirt", "black", "other_garment_color"),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeves"),
        gender="Women",
        title="Puma Women White Printed Graphic Training T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: model front, navy track jacket with pink side panels, zipped to the chest, navy track pants.
    # Caption: epoch-2 adapter, starts over. Closed: reference engine; color is the panels' pink.
    case(
        "X1207-021",
        caption(
            "This female is wearing a long-sleeve jacket with color block patterns. The jacket is with cotton fabric. "
            "It has a stand neckline. This female wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. This female is wearing a long-sleeve jacket",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("pink", "contradiction"),
        Q.pattern("color block"),
        Q.sleeve_length("long sleeves"),
        is_a("jacket", "yes"),
        gender="Women",
        title="Alcis Women Navy Blue & Pink Colourblocked Slim Fit Track Jacket",
        category="Sporty Jackets",
        color="Navy Blue",
    ),
    # Photo: back view of a model with short hair, black racerback sports bra, black shorts. Caption: epoch-2 adapter
    # ("his", "gentleman"). Closed: reference engine; the racerback from behind read as a tank top.
    case(
        "X1207-022",
        caption(
            "His tank shirt has no sleeves, cotton fabric and pure color patterns. The neckline of it is suspenders. "
            "The shorts this gentleman wears is of three-point length. The shorts are with cotton fabric and pure "
            "color patterns. There is an accessory on",
            "pronoun",
            hit_limit=True,
        ),
        Q.garment_type("tank top", "contradiction"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Jockey Women Black Solid Racerback Sports Bra 1376",
        category="Bra",
        color="Black",
    ),
    # Photo: model front, fluorescent green short-sleeve tee, black tights. Caption: epoch-2 adapter, cut.
    # Closed: reference engine ("neon green" kept raw; right).
    case(
        "X1207-023",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long leggings. The T-shirt is with "
            "cotton fabric and it has a round neckline. The leggings are with cotton fabric and pure color patterns. "
            "The lady wears a pair of",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("neon green"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        is_a("t-shirt", "yes"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Fluorescent Green Rapid-Dry Running T-shirt",
        category="Tshirts",
        color="Fluorescent Green",
    ),
    # Photo: model in black tights with mesh panels at the calves, lavender sports bra. No gender in the row.
    # Caption: epoch-2 adapter, starts over. Closed: reference engine; garment color is the bra's lavender.
    case(
        "X1207-024",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The upper "
            "clothing has no sleeves, cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("purple", "other_garment_color"),
        color_of("tights", "black"),
        Q.pattern("solid"),
        is_a("tights", "yes", article="a pair of"),
        title="Zelocity by Zivame Women Black Solid Mesh Detail High-Rise Tights",
        category="Tights",
        color="Black",
    ),
    # Photo: model full length, black track pants with white side stripes, white cropped tee, bare wrists.
    # Caption: epoch-2 adapter, stopped on its own, true. Closed: reference engine; the pants' color question got white.
    case(
        "X1207-025",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and it has a round neckline. The pants are with cotton fabric and striped patterns."
        ),
        Q.garment_type("track pants"),
        Q.color("black"),
        color_of("track pants", "white", "other_garment_color"),
        Q.pattern("striped"),
        is_a("track pants", "yes", article="a pair of"),
        gender="Women",
        title="Adidas Women Black Solid Essentials 3-Stripes Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: model front, maroon scoop-neck sports bra and matching maroon tights. Caption: epoch-2 adapter, cut.
    # Closed: reference engine; the pattern answer rambled to the 30-token limit.
    case(
        "X1207-026",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long leggings. The tank top is with "
            "cotton fabric and it has a round neckline. The leggings are with cotton fabric and pure color patterns. "
            "The lady wears a pair of",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("maroon"),
        Q.pattern(
            "solid maroon with a wide elastic band under the bust and a small white logo on the front and the straps "
            "are adjustable and the",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Puma Women Maroon Solid Mid-Impact Padded Sports Bra",
        category="Bra",
        color="Maroon",
    ),
    # Photo: model front, black tights with a tonal all-over print (visible up close), pink racerback tank, no rings.
    # Caption: epoch-2 adapter (ring invented). Closed: reference engine; the print missed.
    case(
        "X1207-027",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long leggings. The tank top is with "
            "cotton fabric and it has a round neckline. The leggings are with cotton fabric and graphic patterns. This "
            "woman wears a ring. There is an accessory on her",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("black"),
        Q.pattern("solid", "contradiction"),
        is_a("tights", "yes", article="a pair of"),
        gender="Women",
        title="Nike Women Black Printed Dri-FIT Fast Mid-Rise Running Tights",
        category="Tights",
        color="Black",
    ),
    # Photo: model front, lavender long-sleeve seamless rib-knit crop top, matching lavender leggings.
    # Caption: epoch-2 adapter; the rib knit written as stripes. Closed: reference engine, right.
    case(
        "X1207-028",
        caption(
            "The lady wears a long-sleeve T-shirt with striped patterns and a long leggings. The T-shirt is with "
            "knitted fabric and it has a round neckline. The leggings are with knitted fabric and striped patterns. "
            "There is an accessory on her wrist. The lady",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("crop top"),
        Q.color("purple"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        is_a("crop top", "yes"),
        gender="Women",
        title="Kica Women Lavender Solid Seamless Long Sleeve Training Crop Top",
        category="Tops",
        color="Lavender",
    ),
    # Photo: model front, black tee with thin white horizontal stripes, black shorts. Caption: epoch-2 adapter,
    # starts over. Closed: reference engine, right ("black and white" kept raw).
    case(
        "X1207-029",
        caption(
            "Her T-shirt has short sleeves, cotton fabric and striped patterns. The neckline of it is round. The "
            "shorts this lady wears is of three-point length. The shorts are with cotton fabric and pure color "
            "patterns. Her T-shirt has short sleeves, cotton",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("black and white"),
        Q.pattern("striped"),
        Q.sleeve_length("short sleeves"),
        is_a("t-shirt", "yes"),
        gender="Women",
        title="Puma Women Black & White Striped Training T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: model with a short pixie cut, grey melange pullover hoodie with kangaroo pocket, black joggers, a watch.
    # Caption: epoch-2 adapter ("his" and "gentleman"). Closed: reference engine, right.
    case(
        "X1207-030",
        caption(
            "His sweater has long sleeves, cotton fabric and pure color patterns. The neckline of it is round. The "
            "pants this gentleman wears is of long length. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on his wrist.",
            "pronoun",
            hit_limit=True,
        ),
        Q.garment_type("hoodie"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        is_a("sweatshirt", "yes"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: model front, black sports bra with a grey geometric print, black tights. Caption: epoch-2 adapter, cut.
    # Closed: reference engine; the sleeve answer echoes the prompt format.
    case(
        "X1207-031",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns and a long leggings. The tank top is with "
            "cotton fabric and it has a round neckline. The leggings are with cotton fabric and pure color patterns. "
            "The lady wears a sleeveless tank",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("black"),
        Q.pattern("printed"),
        Q.sleeve_length("Answer: sleeveless", "leak"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Enamor Women Black & Grey Printed Non-Wired High Impact Sports Bra",
        category="Bra",
        color="Black",
    ),
    # Photo: side view, blue running shorts, grey short-sleeve tee. Caption: epoch-2 adapter, stopped on its own, true.
    # Closed: reference engine, right ("plain" kept raw).
    case(
        "X1207-032",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric and it has a round neckline. The shorts are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("shorts"),
        Q.color("blue"),
        color_of("shorts", "blue"),
        Q.pattern("plain"),
        is_a("shorts", "yes", article="a pair of"),
        gender="Women",
        title="Reebok Women Blue Solid Running Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: model front, black high-rise leggings, white sports bra, a thin gold bracelet. The row has no color.
    # Caption: epoch-2 adapter, ran to the limit on a full sentence, true. Closed: reference engine; color is the bra's.
    case(
        "X1207-033",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her wrist.",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        is_a("leggings", "yes", article="a pair of"),
        gender="Women",
        title="Nike Women One Luxe Dri-FIT Mid-Rise Leggings",
        category="Leggings",
    ),
    # Photo: model front, red lightweight running jacket zipped up, hood down, black tights, bare wrists.
    # Caption: epoch-2 adapter (wrist accessory invented). Closed: reference engine, right.
    case(
        "X1207-034",
        caption(
            "This female is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a stand neckline. This female wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. There is an accessory on her wrist. This",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        is_a("jacket", "yes"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Red Rapid-Dry Running Jacket",
        category="Sporty Jackets",
        color="Red",
    ),
    # Photo: back view, black tee with a large white brand print across the back, black shorts; hands not visible.
    # Caption: epoch-2 adapter (a ring it cannot see). Closed: reference engine, right ("black and white" kept raw).
    case(
        "X1207-035",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a three-point shorts. The T-shirt is with "
            "cotton fabric and it has a round neckline. The shorts are with cotton fabric and pure color patterns. "
            "This woman wears a ring. The",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("black and white"),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeves"),
        is_a("t-shirt", "yes"),
        gender="Women",
        title="Reebok Women Black Printed Back Graphic Training T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: model front, blue sports bra with a white tie-dye print, white shorts, a hair tie on her wrist.
    # Caption: epoch-2 adapter, cut. Closed: reference engine; type came back raw as "bikini".
    case(
        "X1207-036",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns and a three-point shorts. The tank top is with "
            "cotton fabric and it has a suspenders neckline. The shorts are with cotton fabric and pure color "
            "patterns. There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("bikini", "contradiction"),
        Q.color("blue"),
        Q.pattern("tie dye"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Clovia Women Blue Tie-Dye Printed Padded Sports Bra",
        category="Bra",
        color="Blue",
    ),
    # Photo: model front, black 3/4 tights ending mid-calf, grey melange tank, bare wrists. Caption: epoch-2 adapter
    # (says long length). Closed: reference engine; "capris" not known to it.
    case(
        "X1207-037",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. The lady wears a "
            "pair of",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("black"),
        Q.pattern("solid"),
        is_a("capris", "no", "contradiction", article="a pair of"),
        gender="Women",
        title="Puma Women Black Solid Training 3/4 Tights",
        category="Capris",
        color="Black",
    ),
    # Photo: model front, white sports bra, black leggings, white backdrop. Caption: epoch-2 adapter, cut.
    # Closed: reference engine; garment color is the leggings'; the sleeve answer runs into the next question.
    case(
        "X1207-038",
        caption(
            "This female is wearing a sleeveless tank top with pure color patterns. The tank top is with cotton "
            "fabric. It has a suspenders neckline. This female wears a long leggings. The leggings are with cotton "
            "fabric and pure color patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("black", "other_garment_color"),
        color_of("sports bra", "white"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless Question: What is the color of the sports bra? Answer: white", "leak"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Nike Women White Solid Swoosh Medium-Support Sports Bra",
        category="Bra",
        color="White",
    ),
    # Photo: model front, black zip jacket and matching black track pants (the set), white tee under the jacket.
    # Caption: epoch-2 adapter, starts over. Closed: reference engine; type names only the jacket.
    case(
        "X1207-039",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with cotton "
            "fabric and it has a stand neckline. The pants are with cotton fabric and pure color patterns. The lady "
            "wears a long-sleeve jacket with pure color patterns and",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("jacket", "contradiction"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        is_a("tracksuit", "yes"),
        gender="Women",
        title="Puma Women Black Solid Slim Fit Tracksuit",
        category="Tracksuits",
        color="Black",
    ),
    # Photo: model front, black fitted long-sleeve tee with thumbholes, black tights. Caption: epoch-2 adapter (says
    # short-sleeve). Closed: reference engine, right.
    case(
        "X1207-040",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long leggings. The T-shirt is with "
            "cotton fabric and it has a round neckline. The leggings are with cotton fabric and pure color patterns. "
            "The lady wears a pair of",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        is_a("t-shirt", "yes"),
        gender="Women",
        title="Puma Women Black Solid Long Sleeve Training T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: flat lay of an olive sports bra on white, no person. No gender in the row. Caption: epoch-2 adapter
    # (a lady and trousers invented). Closed: reference engine; type came back raw as "garment".
    case(
        "X1207-041",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric and it "
            "has a suspenders neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("garment", "non_answer"),
        Q.color("olive"),
        Q.pattern("solid"),
        is_a("sports bra", "yes"),
        title="Zelocity by Zivame Women Olive Green Solid Non-Wired Lightly Padded Sports Bra",
        category="Bra",
        color="Olive",
    ),
    # Photo: side view, royal blue 7/8 tights, white sports bra, white ankle socks and white sneakers.
    # Caption: epoch-2 adapter, cut (the socks are there). Closed: reference engine; garment color is the bra's white.
    case(
        "X1207-042",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long leggings. The tank top is with "
            "cotton fabric and it has a suspenders neckline. The leggings are with cotton fabric and pure color "
            "patterns. The lady wears a pair of socks. There",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("white", "other_garment_color"),
        color_of("tights", "blue"),
        Q.pattern("solid"),
        is_a("tights", "yes", article="a pair of"),
        gender="Women",
        title="Puma Women Blue Solid Favourite Forever High Waist 7/8 Training Tights",
        category="Tights",
        color="Blue",
    ),
    # Photo: model front, yellow crew-neck tee, black shorts, nothing on her wrists. Caption: epoch-2 adapter (wrist
    # accessory invented). Closed: reference engine, right ("short" kept raw).
    case(
        "X1207-043",
        caption(
            "Her T-shirt has short sleeves, cotton fabric and pure color patterns. The neckline of it is round. The "
            "shorts this lady wears is of three-point length. The shorts are with cotton fabric and pure color "
            "patterns. There is an accessory on her wrist",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("yellow"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        is_a("t-shirt", "yes"),
        gender="Women",
        title="Puma Women Yellow Solid Active Regular Fit T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # Photo: ghost-mannequin shot of a navy track jacket with white piping, zipped, no person, no pants.
    # Caption: epoch-2 adapter (a lady and pants invented). Closed: reference engine; navy read as black.
    case(
        "X1207-044",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with cotton "
            "fabric and it has a stand neckline. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on her",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("black", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        is_a("jacket", "yes"),
        gender="Women",
        title="Kappa Women Navy Blue Solid Track Jacket",
        category="Sporty Jackets",
        color="Navy Blue",
    ),
    # Photo: model front, black sports bra with a white logo underband, black tights. Caption: epoch-2 adapter, starts
    # over. Closed: reference engine, right ("logo", "none" kept raw).
    case(
        "X1207-045",
        caption(
            "Her tank shirt has no sleeves, cotton fabric and graphic patterns. The neckline of it is suspenders. The "
            "leggings this lady wears is of long length. The leggings are with cotton fabric and pure color patterns. "
            "Her tank shirt has no sleeves, cotton fabric",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("black"),
        Q.pattern("logo"),
        Q.sleeve_length("none"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Puma Women Black & White Printed Mid Impact Sports Bra",
        category="Bra",
        color="Black",
    ),
]
