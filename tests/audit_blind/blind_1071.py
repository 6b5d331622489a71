"""BLIND_1071 (46 products; Myntra women's activewear, caption+extractive QA): written blind in the fifty-ninth session.
Measured blind at 247287f (the session's seventh rules): 124/144 failures found (86.1%) and 6/210 correct texts flagged
(2.9%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's activewear and leggings (sports bras, tights, leggings, track pants, joggers,
tank tops). Catalog shots on the usual white backdrop, 224x224, nearly always worn by a model with a second garment
(a kurti over leggings, leggings under a sports bra, a tee over track pants). Seller columns as styles.csv has them:
title, category (article_type: Bra, Leggings, Tights, Track Pants, Tops), color (base_colour), gender. Two rows lack
a column (040 has no category, 041 no color), as real feeds do.

Who wrote what: the job ran the third experiment's pipeline. Captions: the caption adapter at epoch 3
(leoreigoto/Data2_V2_Blip2_Finetune_Caption) for 17 products: DeepFashion template sentences ("The lady wears a
long leggings. The leggings are with cotton fabric and pure color patterns."), no hue words as a rule, no bra class
(a sports bra comes out as "tank top"), no end token, so every one of its captions ran to the 50-token limit and
ends cut, loops, or (twice) happens to stop on a full stop. The other 29 captions come from the untuned base
BLIP-2 OPT-2.7b re-run batch: short, natural, stops by itself; confuses navy with black, swaps colors between the
two garments, sometimes says "a man", sometimes invents props. Open answers: timpal0l/mdeberta-v3-base-squad2
over the caption, so they are verbatim spans of it (wrong spans, other garment's color, template pattern words for
a color question, spans that inherit the caption's cut or loop). Where the span model returned no answer, enrich
fell back to base BLIP-2 with the "Question: ... Answer:" prompt (30 new tokens); every open answer that is not a
span of its caption is such a fallback, marked "# fallback". The fallback is where the loops, the prompt leaks,
the tautologies, the invented pockets and zips, and the empty strings come from. Closed answers (garment type,
color, pattern, sleeve length, yes/no "Is this a ...?") are the reference engine's pick of one candidate value:
never cut or looping, but they pick the second garment's color or type, or "solid" for a printed garment.

Labeling conventions and judgement calls:
- One label per text. When a text has a content error (wrong color or garment, invented detail, wrong pronoun)
  and is also cut at the limit, the content error is the label; "cut" is kept for texts whose only fault is that
  they stop mid-phrase. A loop that runs into the limit is "loop", not "cut". A leak is "leak" even when the
  answer before "Question:" is right.
- An adapter caption that ran to the limit but ends on a full stop with everything in it right is correct, with
  hit_limit=True (013). A span copied from a cut caption is "cut" only when the span itself ends mid-phrase;
  spans never hit a token limit themselves.
- The adapter's stock "cotton fabric" is not counted wrong unless the title names another fabric (Dri-FIT) or the
  photo shows another; "knitting fabric" for leggings (copied from the sweater) is a contradiction.
- "tank top" for a sports bra is a contradiction (seller says Bra); "leggings" for tights and "sweatpants",
  "pants" or "joggers" for track pants are accepted synonyms; teal called "green" or "blue", fuchsia or peach
  called "pink", burgundy called "red" or "maroon", lavender called "purple" are accepted shades.
- A color answer that names the other garment's color is "other_garment_color", open or closed; a wrong color
  that no garment in the photo has (navy called black) is "contradiction".
- A closed sleeve length or pattern that belongs to the other garment (long sleeves for tights, printed for plain
  leggings under a printed kurta) is "contradiction"; "solid" for a printed garment too.
- A pattern word ("pure color", "floral patterns") returned for a color question says no color: "non_answer". So
  do an empty answer, and a one-word answer that only repeats the color or a word of the question ("yellow" for
  the details, "they are long"). A one-word answer that carries a real detail ("racerback") is correct.
- "restated" is an answer that echoes the question as a sentence and adds nothing or next to nothing ("the sports
  bra is a sports bra", "the track pants details are red").
- A material the photo cannot back and that is wrong for the photo described (denim joggers, "breathable moisture
  wicking") is "unsupported"; a material the title contradicts (cotton for Dri-FIT) is "contradiction".
- Where one text holds two content errors, the label is the one readable from the text alone (he/his for a
  Women row) ahead of one that needs the seller's columns ("tank top" for a Bra row).
- Invented props or parts (yoga mat, pockets, zips, reflective logos, adjustable straps, a wrist accessory that is
  not there) are "unsupported".
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    wearing,
)

GT = BLIND_QUESTIONS.garment_type
CL = BLIND_QUESTIONS.color
PT = BLIND_QUESTIONS.pattern
SL = BLIND_QUESTIONS.sleeve_length
MAT = BLIND_QUESTIONS.material


def she(text: str, failure: str | None = None, hit_limit: bool = False):
    """The experiments' "What is she wearing?"."""
    return wearing(text, failure, who="she", hit_limit=hit_limit)


def col(garment: str, text: str, failure: str | None = None, hit_limit: bool = False):
    """The open color question, answered by the span model (or its fallback)."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1071 = [
    # photo: black Nike Pro tights, small white swoosh on the left thigh, worn with a grey melange crew-neck tee and
    # white sneakers; white backdrop, front view. Caption: e3 adapter (cut at 50 tokens); open: spans, description
    # from the base fallback; closed: reference engine.
    case(
        "X1071-001",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        she("a short-sleeve T-shirt"),
        col("tights", "pure color", "non_answer"),
        CL("black"),
        GT("leggings"),
        details("tights", "cotton fabric and pure color patterns"),
        describe("tights", "black leggings with white stripes on the side", "unsupported"),  # fallback
        is_a("pair of tights", "yes"),
        title="Nike Women Black Pro Tights",
        category="Tights",
        color="Black",
        gender="Women",
    ),
    # photo: grey melange racerback sports bra, black elastic underband printed JOCKEY in white, worn with black
    # leggings; hands on hips, white backdrop, front view, straps plain, no visible padding. Caption: base BLIP-2;
    # open: spans, details/description/material from the base fallback; closed: reference.
    case(
        "X1071-002",
        caption("a woman in a grey sports bra and black leggings"),
        she("a grey sports bra and black leggings"),
        col("sports bra", "black", "other_garment_color"),
        CL("grey"),
        is_a("sports bra", "yes"),
        details("sports bra", "a black elastic band"),  # fallback
        describe("sports bra", "a grey sports bra with removable padding", "unsupported"),  # fallback
        MAT("cotton"),  # fallback; the tag reads cotton-spandex
        title="Jockey Women Grey Melange Sports Bra",
        category="Bra",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: navy ankle-length cotton leggings worn under a long white cotton kurti with three-quarter sleeves and side
    # slits; leggings visible from the knee down; white backdrop, front view. Caption: e3 adapter (cut); open: spans,
    # color from the base fallback; closed: reference.
    case(
        "X1071-003",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        she("a medium-sleeve shirt"),
        col("leggings", "blue"),  # fallback
        CL("white", "other_garment_color"),
        GT("leggings"),
        MAT("cotton fabric"),
        PT("solid"),
        details("leggings", "cotton fabric and pure color patterns. There is an", "cut"),
        title="Go Colors Women Navy Blue Cotton Ankle Length Leggings",
        category="Leggings",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: pink brushed-fleece track pants, one white stripe down each side, drawstring waist, cuffed ankles, no
    # pockets with zips; worn with a white tee with a small pink Puma cat on the chest; white sneakers, white
    # backdrop, side view. Caption: base BLIP-2; open: spans, details/description/material from the fallback.
    case(
        "X1071-004",
        caption("a woman wearing pink sweatpants and a white t-shirt"),
        she("pink sweatpants and a white t-shirt"),
        col("track pants", "pink"),
        CL("white", "other_garment_color"),
        GT("track pants"),
        details("track pants", "white stripe on the side"),  # fallback
        describe("track pants", "pink track pants with a zipper pocket", "unsupported"),  # fallback
        MAT("cotton"),  # fallback
        title="Puma Women Pink Track Pants",
        category="Track Pants",
        color="Pink",
        gender="Women",
    ),
    # photo: teal tights with black geometric print panels on the outer legs, worn with a black racerback tank; white
    # backdrop, front view, no pockets visible. Caption: base BLIP-2; open: spans, details/material from the fallback.
    case(
        "X1071-005",
        caption("a woman in a black tank top and blue leggings"),
        she("a black tank top and blue leggings"),
        col("tights", "black", "other_garment_color"),
        CL("blue"),
        PT("solid", "contradiction"),
        details("tights", "they have a zipper pocket on the back", "unsupported"),  # fallback
        describe("tights", "blue leggings"),
        MAT("the material of the tights", "restated"),  # fallback
        title="Reebok Women Teal Printed Tights",
        category="Tights",
        color="Teal",
        gender="Women",
    ),
    # photo: peach padded sports bra, scoop neck, straps crossing at the back, worn with heather-grey joggers; back
    # three-quarter view, no zip, white backdrop. Caption: e3 adapter (looped to the limit); open: spans,
    # color/description from the fallback; closed: reference.
    case(
        "X1071-006",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. The "
            "tank top has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. The tank "
            "top has no",
            "loop",
            hit_limit=True,
        ),
        she("Her tank top", "contradiction"),
        col("sports bra", "pink"),  # fallback
        CL("peach"),
        GT("sports bra"),
        SL("sleeveless"),
        details("sports bra", "suspenders neckline"),
        describe("sports bra", "a peach sports bra with a zipper in the front", "unsupported"),  # fallback
        title="HRX by Hrithik Roshan Women Peach-Coloured Solid Sports Bra",
        category="Bra",
        color="Peach",
        gender="Women",
    ),
    # photo: black track pants with three white stripes down each side, a small white adidas logo on the left thigh
    # and zipped ankles, worn with a white tee with a black adidas logo; white backdrop, front view. Caption: base
    # BLIP-2; open: spans, details/description/material from the fallback; closed: reference.
    case(
        "X1071-007",
        caption("a woman wearing black adidas track pants and a white t-shirt"),
        she("black adidas track pants and a white t-shirt"),
        col("track pants", "white", "other_garment_color"),
        CL("black"),
        PT("striped"),
        details("track pants", "three white stripes on the side"),  # fallback
        describe(
            "track pants",
            "black track pants with three white stripes down the side of the leg and a zipper at the bottom of the "
            "leg and a white adidas logo on the",
            "cut",
            hit_limit=True,
        ),  # fallback
        MAT("polyester Question: What is the color of the shirt? Answer: white", "leak"),  # fallback
        title="ADIDAS Women Black 3-Stripes Track Pants",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: black zip-front high-impact sports bra, wide straps, scoop neck, worn with black-and-grey color-block
    # leggings and a black smartwatch; white backdrop, front view. Caption: e3 adapter; open: spans, details from the
    # fallback; closed: reference.
    case(
        "X1071-008",
        caption(
            "The lady wears a tank top with color block patterns. The tank top is with cotton fabric. It has a V-shape "
            "neckline. The lady wears a long leggings. The leggings are with cotton fabric and color block patterns. "
            "There is an accessory on",
            "contradiction",
            hit_limit=True,
        ),
        she("a tank top with color block patterns", "contradiction"),
        PT("solid"),
        CL("black"),
        is_a("sports bra", "no", "contradiction"),
        details("sports bra", "zipper in the front"),  # fallback
        title="Enamor Women Black Zip-Front High Impact Sports Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: grey melange cotton joggers with a black drawstring and ribbed cuffs, plain legs, worn with a black crop
    # top; white sneakers, white backdrop, front view. Caption: base BLIP-2; open: spans, details/description/material
    # from the fallback; closed: reference.
    case(
        "X1071-009",
        caption("a woman in grey sweatpants and a black crop top"),
        she("grey sweatpants and a black crop top"),
        col("track pants", "grey"),
        CL("black", "other_garment_color"),
        GT("track pants"),
        details(
            "track pants",
            "they have a drawstring waist and a drawstring waist and a drawstring waist and a drawstring waist and a",
            "loop",
            hit_limit=True,
        ),  # fallback
        describe(
            "track pants", "grey sweatpants with a black drawstring and white stripes down the legs", "unsupported"
        ),  # fallback
        MAT("cotton"),  # fallback
        title="Proline Active Women Grey Melange Joggers",
        category="Track Pants",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: neon-lime Dri-FIT racerback tank with a mesh back panel and a black swoosh, round neck, worn with black
    # tights and a black fitness band; side view, white backdrop. Caption: e3 adapter; open: spans, details from the
    # fallback; closed: reference.
    case(
        "X1071-010",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "contradiction",
            hit_limit=True,
        ),
        she("a sleeveless tank top"),
        MAT("cotton fabric", "contradiction"),
        CL("green"),
        SL("sleeveless"),
        describe("tank top", "sleeveless tank top with pure color patterns"),
        details("tank top", "the details of the tank top are the tank top details", "restated"),  # fallback
        title="Nike Women Fluorescent Green Dri-FIT Tank Top",
        category="Tops",
        color="Fluorescent Green",
        gender="Women",
    ),
    # photo: black leggings with an all-over white PUMA wordmark print down the legs, worn with a fuchsia sports bra;
    # white backdrop, front view. Caption: base BLIP-2; open: spans, details/description from the fallback (details
    # came back empty from both); closed: reference.
    case(
        "X1071-011",
        caption("a woman in a pink sports bra and black leggings"),
        she("a pink sports bra and black leggings"),
        col("leggings", "pink", "other_garment_color"),
        CL("black"),
        PT("solid", "contradiction"),
        GT("sports bra", "contradiction"),
        details("leggings", "", "non_answer"),  # fallback
        describe(
            "leggings",
            "black leggings black leggings black leggings black leggings black leggings black leggings black leggings "
            "black leggings black leggings black leggings",
            "loop",
            hit_limit=True,
        ),  # fallback
        title="Puma Women Black Printed Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: navy sports bra with a white adidas logo on the underband, plain straight straps, worn with white shorts;
    # white backdrop, front view, smooth synthetic jersey. Caption: base BLIP-2; open: spans, details/description/
    # material from the fallback; closed: reference.
    case(
        "X1071-012",
        caption("a woman in a blue sports bra and white shorts"),
        she("a blue sports bra and white shorts"),
        col("sports bra", "blue"),
        CL("navy blue"),
        is_a("sports bra", "yes"),
        PT("printed", "contradiction"),
        details("sports bra", "he is wearing a blue sports bra", "pronoun"),  # fallback
        describe("sports bra", "blue sports bra with criss cross straps on the back", "unsupported"),  # fallback
        MAT("polyester"),  # fallback
        title="ADIDAS Women Navy Blue Sports Bra",
        category="Bra",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black cotton ankle leggings with a plain elastic waistband, worn with an oversized grey sweatshirt that
    # covers the hips; black fitness band on the left wrist; side view, white backdrop. Caption: e3 adapter, reached
    # the limit on a full stop; open: spans, details from the fallback; closed: reference.
    case(
        "X1071-013",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory on her wrist.",
            hit_limit=True,
        ),
        she("a long-sleeve sweater"),
        col("leggings", "pure color patterns", "non_answer"),
        CL("grey", "other_garment_color"),
        GT("leggings"),
        MAT("cotton fabric"),
        is_a("pair of leggings", "no", "contradiction"),
        details("leggings", "they have a wide waistband with a hidden key pocket", "unsupported"),  # fallback
        title="Jockey Women Black Solid Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: purple polyester track pants with black side panels, worn with a black tank top; front view, white
    # backdrop. Caption: base BLIP-2; open: spans, details/description/material from the fallback; closed: reference.
    case(
        "X1071-014",
        caption("a woman wearing purple pants and a black tank top"),
        she("purple pants and a black tank top"),
        col("track pants", "purple"),
        CL("purple"),
        PT("color block"),
        details("track pants", "Question: What are the track pants details? Answer: purple", "leak"),  # fallback
        describe("track pants", "purple pants with black stripes"),  # fallback
        MAT("breathable moisture wicking fabric", "unsupported"),  # fallback
        title="Reebok Women Purple Track Pants",
        category="Track Pants",
        color="Purple",
        gender="Women",
    ),
    # photo: pink sports bra with a white leaf print, worn with black capri leggings; white watch on the left wrist;
    # white backdrop, front view. Caption: e3 adapter; open: spans; closed: reference.
    case(
        "X1071-015",
        caption(
            "Her tank top has no sleeves, cotton fabric and floral patterns. It has a suspenders neckline. She wears a "
            "three-point pants. The pants are with cotton fabric and pure color patterns. There is an accessory on "
            "her wrist. There is",
            "contradiction",
            hit_limit=True,
        ),
        she("a three-point pants"),
        col("sports bra", "floral patterns", "non_answer"),
        PT("floral"),
        CL("pink"),
        GT("sports bra"),
        is_a("sports bra", "yes"),
        details("sports bra", "There is an accessory on her wrist. There is", "cut"),
        title="Zelocity by Zivame Women Pink Printed Sports Bra",
        category="Bra",
        color="Pink",
        gender="Women",
    ),
    # photo: maroon churidar leggings gathered at the ankles, worn with a mustard-yellow block-printed kurta; front
    # view, white backdrop. Caption: base BLIP-2; open: spans, details/material from the fallback; closed: reference.
    case(
        "X1071-016",
        caption("a woman in a yellow dress and red leggings"),
        she("a yellow dress and red leggings"),
        col("leggings", "red"),
        CL("yellow", "other_garment_color"),
        GT("dress", "contradiction"),
        details("leggings", "they are long", "non_answer"),  # fallback
        MAT(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),  # fallback
        title="Go Colors Women Maroon Churidar Length Leggings",
        category="Leggings",
        color="Maroon",
        gender="Women",
    ),
    # photo: charcoal tights with a black marble print, worn with a white long-sleeve running top, black watch on the
    # right wrist; side view, white backdrop. Caption: e3 adapter (cut); open: spans; closed: reference.
    case(
        "X1071-017",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and graphic "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        she("a long-sleeve T-shirt"),
        details("tights", "cotton fabric and graphic patterns"),
        describe(
            "tights",
            "long leggings. The leggings are with cotton fabric and graphic patterns. There is an accessory on her",
            "cut",
        ),
        CL("grey"),
        PT("printed"),
        SL("long sleeves", "contradiction"),
        title="Nike Women Grey Printed Tights",
        category="Tights",
        color="Grey",
        gender="Women",
    ),
    # photo: black cotton tank with a large white PUMA logo print on the chest, plain back, worn with grey shorts;
    # front view, white backdrop. Caption: base BLIP-2; open: spans, description/material/details from the fallback.
    case(
        "X1071-018",
        caption("a woman wearing a black puma tank top and grey shorts"),
        she("a black puma tank top and grey shorts"),
        col("tank top", "black"),
        CL("black"),
        PT("solid", "contradiction"),
        SL("sleeveless"),
        describe("tank top", "black tank top with white puma logo"),  # fallback
        MAT("cotton"),  # fallback
        details("tank top", "it has a pocket on the back and a zipper on the side", "unsupported"),  # fallback
        title="Puma Women Black Graphic Tank Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: olive cotton-jersey joggers with cargo pockets on the thighs and ribbed cuffs, worn with a white crop
    # tee; front, white backdrop. Caption: base BLIP-2; open: spans, details/description/material from the fallback.
    case(
        "X1071-019",
        caption("a woman in green cargo pants and a white top"),
        she("green cargo pants and a white top"),
        col("track pants", "green"),
        CL("white", "other_garment_color"),
        GT("track pants"),
        details(
            "track pants",
            "she has a pocket on the side of the pants and a pocket on the side of the pants and a pocket on the side "
            "of the",
            "loop",
            hit_limit=True,
        ),  # fallback
        describe(
            "track pants", "green cargo pants Question: What is the color of the top? Answer: white", "leak"
        ),  # fallback
        MAT("denim", "unsupported"),  # fallback
        title="HRX by Hrithik Roshan Women Olive Cargo Joggers",
        category="Track Pants",
        color="Olive",
        gender="Women",
    ),
    # photo: black tights with sheer mesh panels at the calves, worn with a lavender sports bra; front, white
    # backdrop. Caption: e3 adapter (looped to the limit); open: spans, color from the fallback; closed: reference.
    case(
        "X1071-020",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "suspenders neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. The leggings are with cotton fabric and pure color patterns. The leggings are with",
            "loop",
            hit_limit=True,
        ),
        she("a long leggings"),
        col("tights", "purple", "other_garment_color"),  # fallback
        details(
            "tights",
            "cotton fabric and pure color patterns. The leggings are with cotton fabric and pure color patterns",
            "loop",
        ),
        CL("purple", "other_garment_color"),
        GT("tights"),
        PT("solid"),
        title="Kica Women Black Mesh Panel Tights",
        category="Tights",
        color="Black",
        gender="Women",
    ),
    # photo: red polyester track pants with thin white piping down the sides, worn with a navy hoodie; front view,
    # white backdrop. Caption: base BLIP-2; open: spans, details/description/material from the fallback.
    case(
        "X1071-021",
        caption("a woman in a blue hoodie and red pants"),
        she("a blue hoodie and red pants"),
        col("track pants", "blue", "other_garment_color"),
        CL("red"),
        GT("track pants"),
        details("track pants", "white stripe on the side of the pants"),  # fallback
        describe("track pants", "the track pants are track pants", "restated"),  # fallback
        MAT("cotton and spandex", "unsupported"),  # fallback; the photo shows shiny tricot
        title="FILA Women Red Track Pants",
        category="Track Pants",
        color="Red",
        gender="Women",
    ),
    # photo: white cotton racerback tank with a scoop neck and a dropped back hem, worn with black leggings; back view,
    # white backdrop. Caption: base BLIP-2; open: spans, material/details/description from the fallback.
    case(
        "X1071-022",
        caption("a woman in a white tank top and black leggings"),
        she("a white tank top and black leggings"),
        col("tank top", "black", "other_garment_color"),
        CL("white"),
        SL("sleeveless"),
        is_a("tank top", "yes"),
        MAT("cotton"),  # fallback
        details("tank top", "it has a racer back"),  # fallback
        describe(
            "tank top",
            "a white racerback tank top with a scoop neckline and a slightly longer back hem that covers the top of "
            "the black leggings she is wearing with",
            "cut",
            hit_limit=True,
        ),  # fallback
        title="Jockey Women White Racerback Tank Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: hot-pink Dri-FIT sports bra with a black swoosh at the centre front, worn with black running shorts;
    # front, white backdrop. Caption: base BLIP-2; open: spans, material/details/description from the fallback.
    case(
        "X1071-023",
        caption("a woman wearing a pink nike sports bra and black shorts"),
        she("a pink nike sports bra and black shorts"),
        CL("pink"),
        GT("sports bra"),
        is_a("sports bra", "yes"),
        MAT("cotton", "contradiction"),  # fallback
        details(
            "sports bra",
            "black nike logo on the front Question: What is the color of the shorts? Answer: black",
            "leak",
        ),  # fallback
        describe(
            "sports bra",
            "a pink sports bra with a black nike logo on the front and a black nike logo on the front and a black "
            "nike logo on the front and",
            "loop",
            hit_limit=True,
        ),  # fallback
        title="Nike Women Pink Dri-FIT Swoosh Sports Bra",
        category="Bra",
        color="Pink",
        gender="Women",
    ),
    # photo: beige ankle leggings worn with a long teal kurta with long sleeves and a V-neck; no watch, bangles or
    # bag; front, white backdrop. Caption: e3 adapter; open: spans, color from the fallback; closed: reference.
    case(
        "X1071-024",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "unsupported",
            hit_limit=True,
        ),
        she("a long-sleeve shirt"),
        col("leggings", "blue", "other_garment_color"),  # fallback
        CL("beige"),
        GT("leggings"),
        MAT("cotton fabric"),
        title="LYRA Women Beige Solid Ankle Length Leggings",
        category="Leggings",
        color="Beige",
        gender="Women",
    ),
    # photo: royal-blue tights with a black wave print down the sides, worn with a black tee; no logo on the ankles;
    # side view, white backdrop. Caption: base BLIP-2; open: spans, details/description/material from the fallback.
    case(
        "X1071-025",
        caption("a woman in a black shirt and blue and black leggings"),
        she("a black shirt and blue and black leggings"),
        col("tights", "blue and black"),
        CL("blue"),
        PT("printed"),
        details("tights", "they have a reflective logo on the ankle", "unsupported"),  # fallback
        describe(
            "tights",
            "blue leggings with a black stripe down the side blue leggings with a black stripe down the side blue "
            "leggings with a",
            "loop",
            hit_limit=True,
        ),  # fallback
        MAT("the tights are made of tights material", "restated"),  # fallback
        title="ASICS Women Blue Printed Running Tights",
        category="Tights",
        color="Blue",
        gender="Women",
    ),
    # photo: purple sports bra with a white elastic underband, worn with grey leggings; the model has a short pixie
    # cut; plain sides, front view, white backdrop. Caption: base BLIP-2; open: spans, details/material/description
    # from the fallback.
    case(
        "X1071-026",
        caption("a man in a purple sports bra and grey leggings", "pronoun"),
        she("a purple sports bra and grey leggings"),
        col("sports bra", "purple"),
        CL("purple"),
        is_a("sports bra", "yes"),
        details("sports bra", "his sports bra has a white band", "pronoun"),  # fallback
        MAT("Question: What material is the garment made of? Answer: polyester", "leak"),  # fallback
        describe("sports bra", "a purple sports bra with mesh cut outs on the sides", "unsupported"),  # fallback
        title="Puma Women Purple Sports Bra",
        category="Bra",
        color="Purple",
        gender="Women",
    ),
    # photo: charcoal track pants with a neon-orange stripe down each side, worn with a white tee; front, white
    # backdrop. Caption: e3 adapter (cut); open: spans; closed: reference.
    case(
        "X1071-027",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The lady wears a pair of",
            "cut",
            hit_limit=True,
        ),
        she("a short-sleeve T-shirt"),
        col("track pants", "pure color", "non_answer"),
        CL("white", "other_garment_color"),
        GT("track pants"),
        details("track pants", "cotton fabric and pure color patterns"),
        describe(
            "track pants",
            "a long trousers. The trousers are with cotton fabric and pure color patterns. The lady wears a pair of",
            "cut",
        ),
        title="De Moza Women Charcoal Solid Track Pants",
        category="Track Pants",
        color="Charcoal",
        gender="Women",
    ),
    # photo: navy three-quarter tights worn with a light-blue tee; she holds a steel water bottle; side view, white
    # backdrop. Caption: base BLIP-2 (navy read as black); open: spans, description/material from the fallback
    # (material came back empty).
    case(
        "X1071-028",
        caption("a woman in a blue shirt and black leggings holding a water bottle", "contradiction"),
        she("a blue shirt and black leggings", "contradiction"),
        col("tights", "black", "contradiction"),
        CL("navy blue"),
        GT("tights"),
        describe("tights", "three quarter length leggings"),  # fallback
        MAT("", "non_answer"),  # fallback
        title="Slazenger Women Navy Blue Capri Tights",
        category="Tights",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: turquoise polyester racerback tank with a mesh back panel, no pockets, no built-in bra, worn with black
    # shorts; three-quarter back view, white backdrop. Caption: base BLIP-2; open: spans, details/material/
    # description from the fallback; closed: reference.
    case(
        "X1071-029",
        caption("a woman wearing a blue tank top and black shorts"),
        she("a blue tank top and black shorts"),
        col("tank top", "blue"),
        CL("turquoise blue"),
        SL("sleeveless"),
        is_a("tank top", "no", "contradiction"),
        details("tank top", "it has a mesh back"),  # fallback
        MAT("polyester"),  # fallback
        describe("tank top", "a blue tank top with a built in bra and a zipper pocket", "unsupported"),  # fallback
        title="Reebok Women Turquoise Blue Training Tank Top",
        category="Tops",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: black straight-leg track pants with a small white Jockey logo at the left hip, worn with a red tee;
    # front, white backdrop. Caption: e3 adapter; open: spans, color/description from the fallback; closed: reference.
    case(
        "X1071-030",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. There",
            "pronoun",
            hit_limit=True,
        ),
        she("a short-sleeve T-shirt"),
        col("track pants", "red", "other_garment_color"),  # fallback
        CL("black"),
        GT("track pants"),
        is_a("pair of track pants", "yes"),
        describe("track pants", "the track pants are black track pants", "restated"),  # fallback
        title="Jockey Women Black Straight Fit Track Pants",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: mustard ankle leggings worn with a white kurta block-printed in indigo; front, white backdrop. Caption:
    # base BLIP-2; open: spans, details/material from the fallback; closed: reference.
    case(
        "X1071-031",
        caption("a woman in a white and blue shirt and yellow leggings"),
        she("a white and blue shirt and yellow leggings"),
        col("leggings", "yellow"),
        CL("white", "other_garment_color"),
        PT("printed", "contradiction"),
        details("leggings", "yellow", "non_answer"),  # fallback
        GT("leggings"),
        MAT("leggings", "non_answer"),  # fallback
        title="Go Colors Women Mustard Solid Ankle Length Leggings",
        category="Leggings",
        color="Mustard",
        gender="Women",
    ),
    # photo: sports bra with an abstract black, pink and white print, fixed straps, no visible padding, worn with
    # black tights; front, white backdrop. Caption: base BLIP-2; open: spans, description/details from the fallback.
    case(
        "X1071-032",
        caption("a woman in a colorful sports bra and black leggings"),
        she("a colorful sports bra and black leggings"),
        col("sports bra", "colorful"),
        CL("multicolor"),
        PT("printed"),
        describe(
            "sports bra",
            "a sports bra with a black and white floral print and black and white floral print and black and white "
            "floral print and",
            "loop",
            hit_limit=True,
        ),  # fallback
        details("sports bra", "padded cups and adjustable straps", "unsupported"),  # fallback
        title="Puma Women Multicoloured Printed Sports Bra",
        category="Bra",
        color="Multi",
        gender="Women",
    ),
    # photo: burgundy tapered fleece track pants with an elastic waistband and ribbed cuffs, worn with a black hoodie
    # and white sneakers; side view, white backdrop. Caption: base BLIP-2; open: spans, material/details/description
    # from the fallback; closed: reference.
    case(
        "X1071-033",
        caption("a woman in a black hoodie and red pants"),
        she("a black hoodie and red pants"),
        col("track pants", "black", "other_garment_color"),
        CL("maroon"),
        GT("track pants"),
        MAT("fleece"),  # fallback
        details("track pants", "the track pants details are red", "restated"),  # fallback
        describe(
            "track pants",
            "burgundy track pants with an elastic waistband and ribbed cuffs at the ankles, worn with a black hoodie "
            "and white sneakers on a white",
            "cut",
            hit_limit=True,
        ),  # fallback
        title="Nike Women Burgundy Fleece Track Pants",
        category="Track Pants",
        color="Burgundy",
        gender="Women",
    ),
    # photo: white sports bra with three black stripes on each strap, worn with black leggings; front, white
    # backdrop. Caption: e3 adapter; open: spans; closed: reference.
    case(
        "X1071-034",
        caption(
            "The lady wears a tank top with striped patterns. The tank top is with cotton fabric. It has a suspenders "
            "neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. "
            "The lady wears a",
            "contradiction",
            hit_limit=True,
        ),
        she("a tank top with striped patterns", "contradiction"),
        CL("white"),
        GT("sports bra"),
        PT("striped"),
        is_a("sports bra", "yes"),
        MAT("cotton fabric"),
        details("sports bra", "pure color patterns. The lady wears a", "cut"),
        title="ADIDAS Women White 3-Stripes Sports Bra",
        category="Bra",
        color="White",
        gender="Women",
    ),
    # photo: heather-grey leggings with a wide high-rise waistband and no pockets, worn with a black sports bra; front,
    # white backdrop. Caption: base BLIP-2; open: spans, details/description from the fallback; closed: reference.
    case(
        "X1071-035",
        caption("a woman in a black sports bra and gray leggings"),
        she("a black sports bra and gray leggings"),
        col("leggings", "gray"),
        CL("grey"),
        GT("sports bra", "contradiction"),
        is_a("pair of leggings", "yes"),
        details(
            "leggings", "high waist Question: What is the color of the sports bra? Answer: black", "leak"
        ),  # fallback
        describe("leggings", "gray leggings with a phone pocket on the side", "unsupported"),  # fallback
        title="Souchii Women Grey Melange High-Rise Leggings",
        category="Leggings",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: lavender tank with a small white logo on the chest, plain back, worn with white track pants; front, white
    # backdrop. Caption: e3 adapter (looped); open: spans, details from the fallback; closed: reference.
    case(
        "X1071-036",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The pants are with cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        she("a sleeveless tank top"),
        col("tank top", "pure color", "non_answer"),
        CL("purple"),
        SL("sleeveless"),
        describe("tank top", "sleeveless tank top with pure color patterns"),
        details("tank top", "a zipper on the back", "unsupported"),  # fallback
        title="Proline Active Women Lavender Tank Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: black tights with a small white Reebok delta logo on the left thigh, worn with a white sports bra; lunge
    # pose on a plain white backdrop, no mat or props; side view. Caption: base BLIP-2; open: spans, details/material
    # from the fallback; closed: reference.
    case(
        "X1071-037",
        caption("a woman doing yoga in black leggings and a white sports bra on a yoga mat", "unsupported"),
        she("black leggings and a white sports bra"),
        col("tights", "black"),
        CL("white", "other_garment_color"),
        GT("leggings"),
        details("tights", "there is a logo on the left leg"),  # fallback
        MAT("spandex Question: Is this a pair of leggings? Answer: yes", "leak"),  # fallback
        title="Reebok Women Black Solid Training Tights",
        category="Tights",
        color="Black",
        gender="Women",
    ),
    # photo: navy polyester-tricot track pants with white piping and zipped side pockets, worn with a yellow tee;
    # front, white backdrop. Caption: base BLIP-2; open: spans, details/description/material from the fallback.
    case(
        "X1071-038",
        caption("a woman in a yellow shirt and blue pants"),
        she("a yellow shirt and blue pants"),
        col("track pants", "yellow", "other_garment_color"),
        CL("navy blue"),
        GT("leggings", "contradiction"),
        details("track pants", "zip pockets on the sides"),  # fallback
        describe(
            "track pants",
            "navy blue track pants with a white stripe on the side and a white stripe on the side and a white stripe "
            "on the side and a",
            "loop",
            hit_limit=True,
        ),  # fallback
        MAT("polyester"),  # fallback
        title="HRX by Hrithik Roshan Women Navy Blue Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: teal sports bra with a black mesh insert below the neckline, worn with black track pants; front, white
    # backdrop. Caption: base BLIP-2; open: spans, description/material/details from the fallback; closed: reference.
    case(
        "X1071-039",
        caption("a woman in a green sports bra and black pants"),
        she("a green sports bra and black pants"),
        col("sports bra", "green"),
        CL("teal"),
        is_a("sports bra", "yes"),
        describe("sports bra", "he is wearing a green sports bra", "pronoun"),  # fallback
        MAT("mesh"),  # fallback
        details("sports bra", "the sports bra has details on the sports bra", "restated"),  # fallback
        title="Enamor Women Teal Mesh Insert Sports Bra",
        category="Bra",
        color="Teal",
        gender="Women",
    ),
    # photo: plain black leggings, no panels, worn with a red kurti printed with small white motifs; front, white
    # backdrop. The row has no category. Caption: base BLIP-2; open: spans, details/description from the fallback
    # (details came back empty).
    case(
        "X1071-040",
        caption("a woman wearing a red shirt and black leggings"),
        she("a red shirt and black leggings"),
        col("leggings", "red", "other_garment_color"),
        CL("red", "other_garment_color"),
        GT("leggings"),
        PT("solid"),
        details("leggings", "", "non_answer"),  # fallback
        describe("leggings", "black leggings with mesh panels on the sides", "unsupported"),  # fallback
        title="Twin Birds Women Black Solid Churidar Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: grey melange cotton joggers with a small white swoosh on the left thigh, worn with a white tank; side
    # view, white backdrop. The row has no color. Caption: e3 adapter (cut); open: spans, color/description from the
    # fallback.
    case(
        "X1071-041",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The pants are",
            "cut",
            hit_limit=True,
        ),
        she("a sleeveless tank top"),
        col("track pants", "grey"),  # fallback
        CL("white", "other_garment_color"),
        MAT("cotton fabric"),
        GT("track pants"),
        details("track pants", "cotton fabric and pure color patterns. The pants are", "cut"),
        describe("track pants", "grey joggers with a white stripe down the side", "unsupported"),  # fallback
        title="Nike Women Grey Melange Sportswear Joggers",
        category="Track Pants",
        gender="Women",
    ),
    # photo: red racerback sports bra with fixed straps and no padding, worn with black leggings; back view, white
    # backdrop. Caption: base BLIP-2; open: spans, description/details/material from the fallback; closed: reference.
    case(
        "X1071-042",
        caption("the back of a woman in a red sports bra and black leggings"),
        she("a red sports bra and black leggings"),
        col("sports bra", "red"),
        CL("red"),
        GT("tank top", "contradiction"),
        describe("sports bra", "the sports bra is a sports bra", "restated"),  # fallback
        details("sports bra", "racerback"),  # fallback
        MAT("nylon with removable pads", "unsupported"),  # fallback
        title="Jockey Women Red Racerback Sports Bra",
        category="Bra",
        color="Red",
        gender="Women",
    ),
    # photo: dusty-pink cotton tank with a built-in shelf bra, worn with grey melange leggings; front, white backdrop.
    # Caption: base BLIP-2; open: spans, description/material from the fallback; closed: reference.
    case(
        "X1071-043",
        caption("a woman in a pink tank top and grey leggings"),
        she("a pink tank top and grey leggings"),
        col("tank top", "pink"),
        CL("grey", "other_garment_color"),
        SL("sleeveless"),
        describe(
            "tank top",
            "a pink tank top with a built in bra Question: what is she wearing? Answer: a pink tank top",
            "leak",
        ),  # fallback
        MAT("cotton"),  # fallback
        title="Kica Women Pink Tank Top with Built-in Bra",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: olive leggings worn with a cream cable-knit sweater; front, white backdrop. Caption: e3 adapter (cut);
    # open: spans, color/description from the fallback; closed: reference.
    case(
        "X1071-044",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. She wears a",
            "cut",
            hit_limit=True,
        ),
        she("a long-sleeve sweater"),
        col("leggings", "green"),  # fallback
        CL("cream", "other_garment_color"),
        MAT("knitting fabric", "contradiction"),
        GT("sweater", "contradiction"),
        describe("leggings", "his leggings are green", "pronoun"),  # fallback
        title="Roadster Women Olive Green Solid Leggings",
        category="Leggings",
        color="Olive",
        gender="Women",
    ),
    # photo: navy tights with a pink floral print and a wide high waistband, no pockets, worn with a pink tee; front,
    # white backdrop. Caption: base BLIP-2; open: spans, description/material from the fallback; closed: reference.
    case(
        "X1071-045",
        caption("a woman in a pink shirt and blue floral leggings with pockets", "unsupported"),
        she("a pink shirt and blue floral leggings"),
        col("tights", "blue floral"),
        CL("navy blue"),
        PT("floral"),
        details("tights", "pockets", "unsupported"),
        describe(
            "tights",
            "navy blue leggings with a pink floral print all over them and a wide waistband that sits high on the "
            "waist, worn with a pink t-shirt and",
            "cut",
            hit_limit=True,
        ),  # fallback
        MAT("no", "non_answer"),  # fallback
        title="Nike Women Navy Blue Floral Print Tights",
        category="Tights",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black sports bra with a keyhole back and grey trim, worn with grey shorts and a black wristband; back
    # view, white backdrop. Caption: e3 adapter (ran to the limit, ends on a full stop); open: spans; closed:
    # reference.
    case(
        "X1071-046",
        caption(
            "His tank top has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. He "
            "wears a three-point shorts. The shorts are with cotton fabric and pure color patterns. There is an "
            "accessory on his wrist.",
            "pronoun",
            hit_limit=True,
        ),
        she("a three-point shorts"),
        col("sports bra", "pure color", "non_answer"),
        CL("black"),
        GT("sports bra"),
        details("sports bra", "His tank top has no sleeves", "pronoun"),
        title="ASICS Women Black Keyhole Back Sports Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
]
