"""BLIND_725 (46 products; Myntra women's kurtas, kurtis and tunics over leggings or jeans, caption adapter epoch 3):
written blind in the fifty-fourth session. Measured blind at 4b4f207 (the session's final rules): 103/126 failures found
(81.7%) and 11/182 correct texts flagged (6.0%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's kurtas, kurtis and tunics (seller categories Kurtas, Kurtis, Tunics), each
photographed on a model who wears leggings or jeans under it, mostly on a white studio backdrop, front, side,
three-quarter and one back view. The labelled product is always the top; the bottom is a second garment in the photo.

Who wrote what: blip2-opt-2.7b (8-bit) with the caption adapter at epoch 3 (leoreigoto/Data2_V2_Blip2_Finetune_Caption)
wrote every caption and every open answer by free generation (50 new tokens for captions, 30 for answers). It speaks
in the DeepFashion-MultiModal template ("The upper clothing has medium sleeves, cotton fabric and floral patterns",
"The lady wears a long leggings", "There is an accessory on her wrist"), calls a kurta a shirt, top or dress, has no
end token (it stops only where the job's newline stop catches it, otherwise it loops or is cut at the limit), often
hands back the caption template to a question, and lets one garment's color bleed into the other. Closed answers
(garment type, color, pattern, sleeve length, "Is this a kurta?") come from enrich's --engine reference, which ranks
candidate values with the same model and adapter: they never loop or stop short, but they pick the leggings' or the
print's color, "dress", or the wrong sleeve length. Questions are the experiments' attribute questions with the
seller's noun for the top (kurta, kurti, tunic) and the bottom as worn (leggings, jeans); two products were asked the
experiments' questions verbatim ("shirt", "pants"/"jeans").

Labeling conventions and judgement calls:
- One label per text. A loop is labelled loop even though it also ran to the limit; a leaked prompt is labelled leak
  even when it was then cut; a template answer cut mid-sentence is labelled cut, whatever else it says.
- "shirt", "top" and "tunic" for a kurta or kurti are acceptable names for the upper garment, and "long pants" for
  leggings is acceptable; "dress" for a kurta, kurti or tunic worn over leggings or jeans is a contradiction (the
  seller's category and the visible bottom say otherwise), the anarkali kurta included; "jeans" as the garment type
  of a tunic is a contradiction.
- A color answer (closed or open) that gives the product the visible color of the leggings or jeans, or gives the
  bottom the color of the top or of the top's print, is other_garment_color. A color that is only the top's print
  color (a yellow kurta with blue flowers called "blue") and matches no other garment is a contradiction.
- Shades in the seller's color group count as right: pink for Peach or Magenta, maroon for Burgundy, orange for Rust,
  green for Sea Green or Lime Green, white for Off White, blue for Navy Blue. For a Multi product, naming one of the
  colors that make up the print is right.
- Template pattern words are judged loosely: "mixed" or "graphic" patterns for a block print, "striped" for chevron
  or leheriya, "pure color" for a solid garment with a trimmed or embroidered neckline are right.
- Fabric claims that the title contradicts or the photo cannot show (silk for a cotton kurta, leather, denim
  leggings, linen) are unsupported, as are accessories, pockets, belts, zips, mirror work and sequins that the photo
  does not show. Real belts and pockets named correctly are correct.
- A one-word or yes/no answer to "Describe ...", "What are the ... details?" or "What is she wearing?" is non_answer,
  as is a bare echo of the question's words ("the shirt"); a one-word answer to an open color question is a correct
  answer. Sentences that only restate the question ("The kurta has details on the kurta") are restated.
- "he", "his" or "this gentleman" for a women's product is pronoun; a row without a gender gets no pronoun label.
- One caption ran to its 50-token limit and happens to end on a complete, correct sentence: it is correct with
  hit_limit=True. Every other text with hit_limit=True is a cut, a loop or a leak.
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

Q = BLIND_QUESTIONS


def she(text: str, failure: str | None = None, hit_limit: bool = False):
    """The experiments' "What is she wearing?"."""
    return wearing(text, failure, who="she", hit_limit=hit_limit)


BLIND_725 = [
    # photo: navy blue knee-length cotton kurta with small white floral buttis, three-quarter sleeves, round neck,
    # white leggings, silver jhumka earrings, no bangles; white backdrop, front view. Caption adapter epoch 3 wrote
    # the caption and open answers; the reference engine the closed ones.
    case(
        "X725-001",
        caption(
            "The lady wears a three-quarter sleeve kurta with floral patterns and a long leggings. The kurta is with "
            "cotton fabric and it has a round neckline. There is an accessory on her wrist.",
            "unsupported",
        ),
        color_of("kurta", "navy blue"),
        color_of("leggings", "navy blue", "other_garment_color"),
        describe(
            "kurta",
            "The kurta is navy blue with small white flowers printed all over, three-quarter sleeves and a round neck.",
        ),
        details(
            "kurta",
            "The kurta has a round neckline, three-quarter sleeves, a round neckline, three-quarter sleeves, a round "
            "neckline, three-quarter sleeves, a round",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        title="Biba Women Navy Blue Printed Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: olive green A-line kurti with a mandarin collar, long sleeves and a small gold foil print, worn with blue
    # skinny jeans, a tan sling bag on her shoulder, no rings; white backdrop, three-quarter view. No zip anywhere.
    # Caption adapter epoch 3 (caption, open answers); reference engine (closed).
    case(
        "X725-002",
        caption(
            "The upper clothing has long sleeves, cotton fabric and graphic patterns. It has a stand neckline. The "
            "lower clothing is of long length. The fabric is denim and it has pure color patterns. This lady wears a "
            "ring on her finger.",
            "unsupported",
        ),
        she("She is wearing an olive green kurti with long sleeves and blue jeans."),
        color_of("kurti", "olive"),
        color_of("jeans", "blue"),
        Q.pattern("printed"),
        Q.sleeve_length("long"),
        describe(
            "kurti",
            "The kurti is olive green with a mandarin collar, long sleeves and a gold foil print. It has a flared "
            "hem and a front zip.",
            "unsupported",
        ),
        title="W Women Olive Printed Kurti",
        category="Kurtis",
        color="Olive",
        gender="Women",
    ),
    # photo: black sleeveless mid-thigh tunic with a white geometric print, black leggings, hand on hip; white
    # backdrop, front view. Caption adapter epoch 3 (caption, details); reference engine (closed).
    case(
        "X725-003",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        color_of("tunic", "black"),
        color_of("leggings", "black"),
        Q.garment_type("dress", "contradiction"),
        Q.sleeve_length("sleeveless"),
        details(
            "tunic",
            "The tunic has a round neckline and is sleeveless. It has a white geometric print and a straight hem.",
        ),
        she("She is wearing a black dress with a white print and black leggings.", "contradiction"),
        title="Jealous 21 Women Black Printed Tunic",
        category="Tunics",
        color="Black",
        gender="Women",
    ),
    # photo: mustard yellow calf-length cotton kurta with rust block-printed borders at the hem and cuffs,
    # three-quarter sleeves, V-neck, side slits, white churidar leggings; white backdrop, front view.
    # Caption adapter epoch 3 (caption, open answers); reference engine (closed).
    case(
        "X725-004",
        caption(
            "The female wears a three-quarter-sleeve kurta with mixed patterns and a long leggings. The kurta is with "
            "cotton fabric and its neckline is V-shape. The leggings are with cotton fabric and pure color patterns."
        ),
        she("He is wearing a yellow kurta with white leggings.", "pronoun"),
        color_of("kurta", "mustard"),
        color_of("leggings", "white"),
        describe("kurta", "kurta", "non_answer"),
        Q.material("cotton"),
        Q.sleeve_length("short", "contradiction"),
        title="Global Desi Women Mustard Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: indigo cotton kurta with a white dabu motif print, long sleeves, mandarin collar with a button placket,
    # straight cut, white leggings; white backdrop, front view. Caption adapter epoch 3 (caption, open answers);
    # reference engine (closed).
    case(
        "X725-005",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric and it has a "
            "stand neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "blue"),
        color_of("leggings", "white"),
        details(
            "kurta",
            "Question: What are the kurta details? Answer: The kurta has a mandarin collar and buttons.",
            "leak",
        ),
        Q.material("silk", "unsupported"),
        is_a("kurta", "yes"),
        title="Fabindia Women Cotton Indigo Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: pink hip-length kurti with short sleeves and white chikan embroidery on the yoke, mid-blue jeans; white
    # backdrop, front view. Asked the experiments' questions verbatim (shirt, pants). Caption adapter epoch 3 (caption,
    # open answers); reference engine (closed colors).
    case(
        "X725-006",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "round. The lower clothing is of long length. The fabric is denim and it has solid color patterns."
        ),
        she("She is wearing a pink top and blue jeans."),
        color_of("shirt", "pink"),
        color_of("pants", "pink", "other_garment_color"),
        describe("shirt", "The shirt is pink with short sleeves and white embroidery on the yoke."),
        details("shirt", "The shirt details are the shirt details.", "restated"),
        title="Span Women Pink Kurti",
        category="Kurtis",
        color="Pink",
        gender="Women",
    ),
    # photo: teal knee-length kurta with a white and coral floral print, three-quarter sleeves, round neck, white
    # leggings, brown kolhapuri sandals; white backdrop, front view. Caption adapter epoch 3 (caption, open answers);
    # reference engine (closed).
    case(
        "X725-007",
        caption(
            "The lady wears a three-quarter sleeve kurta with floral patterns. The kurta is with cotton fabric. It "
            "has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "teal"),
        color_of("leggings", "white"),
        describe(
            "kurta",
            "The kurta is teal with white and coral flowers. It has three-quarter sleeves and a round "
            "neck and falls to the knee.",
        ),
        details(
            "kurta",
            "floral print, three-quarter sleeves, round neck, straight hem, floral print, three-quarter sleeves, "
            "round neck, straight hem, floral print, three-quarter sleeves",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Aurelia Women Teal Printed Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: maroon solid rayon A-line kurta with gold gota trim on the neckline, long sleeves, beige leggings; white
    # backdrop, side view. Caption adapter epoch 3 (caption, details); reference engine (closed).
    case(
        "X725-008",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline.",
            "contradiction",
        ),
        color_of("kurta", "maroon"),
        color_of("leggings", "maroon", "other_garment_color"),
        Q.pattern("solid"),
        Q.material("rayon"),
        details("kurta", "The kurta has gold trim along the neckline and long sleeves."),
        title="Libas Women Maroon Solid Rayon Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: off-white hip-length kurti with a black ikat print, three-quarter sleeves, keyhole neck, black leggings;
    # white backdrop, front view. Caption adapter epoch 3 (caption, open answers); reference engine (closed).
    case(
        "X725-009",
        caption(
            "The lady wears a three-quarter sleeve shirt with graphic patterns and a long leggings. The shirt is with "
            "cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns."
        ),
        color_of("kurti", "black", "other_garment_color"),
        color_of("leggings", "black"),
        she("She is wearing an off-white kurti with a black print and black leggings."),
        describe(
            "kurti", "The kurti is white with a black ikat pattern, three-quarter sleeves and a keyhole at the neck."
        ),
        Q.sleeve_length("short", "contradiction"),
        details("kurti", "yes", "non_answer"),
        title="Vishudh Women Off White Printed Kurti",
        category="Kurtis",
        color="Off White",
        gender="Women",
    ),
    # photo: red sleeveless A-line kurta with small white polka dots, round neck, blue jeans, no hat or headwear;
    # light grey studio backdrop, front view. Caption adapter epoch 3 (caption, description); reference engine
    # (closed).
    case(
        "X725-010",
        caption(
            "The upper clothing has no sleeves, cotton fabric and graphic patterns. The neckline of it is round. The "
            "lower clothing is of long length. The fabric is denim and it has solid color patterns. This lady wears "
            "a hat.",
            "unsupported",
        ),
        color_of("kurta", "red"),
        color_of("jeans", "blue"),
        Q.sleeve_length("sleeveless"),
        describe("kurta", " ".join(["red"] * 30), "loop", hit_limit=True),
        Q.pattern("polka dot"),
        is_a("kurta", "no", "contradiction"),
        title="W Women Red Polka Dot Kurta",
        category="Kurtas",
        color="Red",
        gender="Women",
    ),
    # photo: lemon yellow cotton kurta with a blue floral print, three-quarter sleeves, round neck with a button
    # placket, side slits, white leggings, silver bangles on her wrist; white backdrop, front view.
    # Caption adapter epoch 3 (caption, open answers); reference engine (closed).
    case(
        "X725-011",
        caption(
            "The lady wears a three-quarter sleeve kurta with floral patterns. It has a round neckline. The kurta is "
            "with cotton fabric. The lady wears a long leggings. There is an accessory on her wrist."
        ),
        she("She is wearing a yellow kurta with blue flowers and white leggings."),
        color_of("kurta", "blue", "contradiction"),
        color_of("leggings", "white"),
        details(
            "kurta",
            "The kurta has a round neckline with a button placket, three-quarter sleeves, a blue floral print all "
            "over and a straight hem with side slits on both",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        describe(
            "kurta",
            "The kurta is white with blue flowers, three-quarter sleeves and a round neck with buttons.",
            "other_garment_color",
        ),
        title="Anouk Women Yellow Printed Straight Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Women",
    ),
    # photo: peach anarkali-style kurta, round neck, long sheer sleeves, gold print on the yoke, flared hem, no
    # pockets, white leggings; white backdrop, front view. Caption adapter epoch 3 (caption, open answers);
    # reference engine (closed).
    case(
        "X725-012",
        caption(
            "The lady wears a long-sleeve dress with mixed patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "pink"),
        color_of("leggings", "white"),
        Q.garment_type("kurta"),
        describe("kurta", "The kurta is peach with a flared hem and long sheer sleeves and a gold print on the yoke."),
        details(
            "kurta",
            "The kurta has a gold printed yoke, long sheer sleeves, a flared hem and two side pockets.",
            "unsupported",
        ),
        is_a("kurta", "no", "contradiction"),
        title="Sangria Women Peach Kurta",
        category="Kurtas",
        color="Peach",
        gender="Women",
    ),
    # photo: royal blue hip-length kurti with a white geometric block print, short sleeves, mandarin collar,
    # light-wash blue jeans; white backdrop, front view. Caption adapter epoch 3 (caption, open answers);
    # reference engine (closed).
    case(
        "X725-013",
        caption(
            "The upper clothing has short sleeves, cotton fabric and graphic patterns. It has a stand neckline. The "
            "lower clothing is of long length. The fabric is denim and it has pure color patterns."
        ),
        color_of("kurti", "blue"),
        color_of("jeans", "light blue"),
        she("She is wearing a blue kurti and jeans. Question: What is the color of the kurti? Answer: blue", "leak"),
        describe("kurti", "The kurti is blue with a white geometric print, short sleeves and a mandarin collar."),
        details("kurti", "The kurti has a round neck and long sleeves with a white geometric print.", "contradiction"),
        title="Folklore Women Printed Blue Kurti",
        category="Kurtis",
        color="Blue",
        gender="Women",
    ),
    # photo: rust orange handloom cotton kurta, solid, three-quarter sleeves, V-neck with tassels, side slits, black
    # leggings, oxidised silver earrings; white backdrop, three-quarter view. Caption adapter epoch 3 (caption, open
    # answers); reference engine (closed).
    case(
        "X725-014",
        caption(
            "This gentleman wears a three-quarter-sleeve shirt with pure color patterns and long pants. The shirt is "
            "with cotton fabric and its neckline is V-shape. His pants are with cotton fabric.",
            "pronoun",
        ),
        color_of("kurta", "orange"),
        color_of("leggings", "orange", "other_garment_color"),
        details("kurta", "The kurta has a V-neck with tassels, three-quarter sleeves and side slits."),
        Q.sleeve_length("three-quarter"),
        Q.material("denim", "unsupported"),
        title="Mother Earth Women Rust Handloom Cotton Kurta",
        category="Kurtas",
        color="Rust",
        gender="Women",
    ),
    # photo: bottle green calf-length kurta with a gold foil floral print, three-quarter sleeves, round neck, no belt,
    # cream leggings; white backdrop, front view. Caption adapter epoch 3 (caption, open answers); reference engine
    # (closed).
    case(
        "X725-015",
        caption(
            "The lady wears a three-quarter-sleeve kurta with floral patterns and a long leggings. The kurta is with "
            "cotton fabric. The lady wears a long leggings. The lady wears a long leggings. The lady wears a long "
            "leggings. The lady",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "green"),
        color_of("leggings", "cream"),
        she("She is wearing a green kurta with gold flowers and cream leggings."),
        describe(
            "kurta",
            "The kurta is green with a gold floral print and a round neck. It has three-quarter sleeves and a belt "
            "at the waist.",
            "unsupported",
        ),
        is_a("kurta", "yes"),
        Q.sleeve_length("long", "contradiction"),
        title="Biba Women Green Printed Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: purple solid sleeveless hip-length kurti with a round neck, black denim jeans; white backdrop, front view.
    # Caption adapter epoch 3 (caption, open answers); reference engine (closed).
    case(
        "X725-016",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. The neckline of it is round. "
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns."
        ),
        color_of("kurti", "black", "other_garment_color"),
        color_of("jeans", "black"),
        she("yes", "non_answer"),
        Q.sleeve_length("sleeveless"),
        describe("kurti", "The kurti is purple with no sleeves and a round neck. It is plain with no print."),
        details(
            "kurti",
            "Question: What are the kurti details? Answer: The kurti is purple. Question: What is the color of the "
            "jeans? Answer: black",
            "leak",
            hit_limit=True,
        ),
        title="AKS Women Purple Kurti",
        category="Kurtis",
        color="Purple",
        gender="Women",
    ),
    # photo: white cotton chikankari kurta with white tonal embroidery all over, long sleeves, round neck, scalloped
    # hem, white leggings; white backdrop, front view (white on white). Caption adapter epoch 3 (caption, open
    # answers); reference engine (closed).
    case(
        "X725-017",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric and it has "
            "a round neckline. The lady wears a long leggings."
        ),
        color_of("kurta", "white"),
        color_of("leggings", "white"),
        describe("kurta", "The kurta is white with white embroidery all over, long sleeves and a round neck."),
        details(
            "kurta",
            "The kurta has chikankari embroidery on the front, long sleeves with embroidered cuffs, a round neck and "
            "a scalloped hem. The embroidery is done in",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        Q.pattern("embroidered"),
        she(
            "The lady wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric and it has "
            "a round neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        title="Shree Women White Chikan Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: grey melange mid-thigh tunic with a pink bird print, short sleeves, boat neck, dark blue jeans, no belt;
    # white backdrop, front view. Caption adapter epoch 3 (caption, open answers); reference engine (closed).
    case(
        "X725-018",
        caption(
            "The upper clothing has short sleeves, cotton fabric and graphic patterns. The neckline of it is round. "
            "The lower clothing is of long length. The fabric is denim and it has solid color patterns. This lady "
            "wears a belt.",
            "unsupported",
        ),
        color_of("tunic", "grey"),
        color_of("jeans", "grey", "other_garment_color"),
        she("She is wearing a grey tunic with pink birds on it and dark jeans."),
        describe("tunic", "grey", "non_answer"),
        Q.garment_type("tunic"),
        title="Jealous 21 Women Printed Grey Tunic",
        category="Tunics",
        gender="Women",
        color="Grey Melange",
    ),
    # photo: black knee-length kurta with a multicolor (red, yellow, green) embroidered yoke, three-quarter sleeves,
    # round neck, red leggings; no mirror work, back not visible; white backdrop, front view. The feed row has no
    # color column. Caption adapter epoch 3 (caption, open answers); reference engine (closed).
    case(
        "X725-019",
        caption(
            "The lady wears a three-quarter sleeve kurta with mixed patterns. The kurta is with cotton fabric. It has "
            "a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns."
        ),
        color_of("kurta", "red", "other_garment_color"),
        color_of("leggings", "red"),
        describe(
            "kurta",
            "The kurta is black with colorful embroidery on the yoke in red, yellow and green, with "
            "three-quarter sleeves.",
        ),
        details(
            "kurta",
            "The kurta has a round neck, an embroidered yoke, three-quarter sleeves, mirror work on the sleeves and "
            "a tie-up back with tassels.",
            "unsupported",
        ),
        Q.sleeve_length("three-quarter"),
        Q.garment_type("dress", "contradiction"),
        title="Global Desi Women Black Embroidered Kurta",
        category="Kurtas",
        gender="Women",
    ),
    # photo: navy blue straight cotton kurta with thin white pinstripes, long sleeves, mandarin collar, white leggings;
    # white backdrop, front view. Caption adapter epoch 3 (caption, open answers); reference engine (closed).
    case(
        "X725-020",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "stand neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns."
        ),
        color_of("kurta", "navy blue"),
        color_of("leggings", "white"),
        Q.pattern("checked", "contradiction"),
        she(
            "the lady wears a long-sleeve shirt with striped patterns the lady wears a long-sleeve shirt with "
            "striped patterns the lady wears a long-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        describe("kurta", "The kurta is navy blue with thin white stripes. It has a mandarin collar and long sleeves."),
        Q.material("silk", "unsupported"),
        title="W Women Navy Blue Striped Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: orange straight cotton kurta with a pink and green floral block print, three-quarter sleeves, round
    # neck, pink leggings; white backdrop, front view. Caption adapter epoch 3 (caption, open answers); reference
    # engine (closed).
    case(
        "X725-021",
        caption(
            "The lady wears a three-quarter sleeve kurta with floral patterns and a long leggings. The kurta is with "
            "cotton fabric. It has a round neckline. The leggings are with cotton fabric and pure color patterns."
        ),
        color_of("kurta", "pink", "other_garment_color"),
        color_of("leggings", "pink"),
        she("She is wearing an orange kurta with a pink and green floral print and pink leggings."),
        details("kurta", "Question: What are the kurta details? Answer:", "leak"),
        Q.material("cotton"),
        Q.pattern("striped", "contradiction"),
        title="Rain & Rainbow Women Orange Printed Kurta",
        category="Kurtas",
        color="Orange",
        gender="Women",
    ),
    # photo: beige mid-thigh tunic with lace trim at the hem, long sleeves, V-neck, a tan belt at the waist (a real
    # belt), no pockets, blue skinny jeans; white backdrop, front view. Caption adapter epoch 3 (caption, open
    # answers); reference engine (closed).
    case(
        "X725-022",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "V-shape. The lower clothing is of long length. The fabric is denim and it has solid color patterns. "
            "This lady wears a belt."
        ),
        color_of("tunic", "beige"),
        color_of("jeans", "blue"),
        describe(
            "tunic", "The tunic is beige with long sleeves, a V-neck and lace along the hem, belted at the waist."
        ),
        details(
            "tunic",
            "The tunic has a V-neck, long sleeves, lace at the hem and a brown belt. It has two pockets on the chest.",
            "unsupported",
        ),
        Q.garment_type("jeans", "contradiction"),
        she("He is wearing a beige top with a belt and blue jeans.", "pronoun"),
        title="Avirate Women Beige Lace Tunic",
        category="Tunics",
        color="Beige",
        gender="Women",
    ),
    # photo: magenta hip-length kurti with a silver foil print at the neckline, three-quarter sleeves, white leggings,
    # she holds a silver clutch; white backdrop, front view. Caption adapter epoch 3 (caption, open answers);
    # reference engine (closed).
    case(
        "X725-023",
        caption(
            "The lady wears a three-quarter sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and its neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. This",
            "cut",
            hit_limit=True,
        ),
        color_of("kurti", "pink"),
        color_of("leggings", "pink", "other_garment_color"),
        she("She is wearing a pink kurti with white leggings and holding a clutch."),
        describe("kurti", "the kurti is a kurti", "restated"),
        Q.sleeve_length("three-quarter"),
        title="Chemistry Women Magenta Kurti",
        category="Kurtis",
        color="Magenta",
        gender="Women",
    ),
    # photo: sea green cotton kurta, solid, white thread embroidery around the V-neck, three-quarter sleeves, white
    # leggings; white backdrop, front view. Caption adapter epoch 3 (caption, open answers); reference engine
    # (closed).
    case(
        "X725-024",
        caption(
            "The lady wears a three-quarter sleeve kurta with pure color patterns and a long leggings. The kurta is "
            "with cotton fabric and its neckline is V-shape. The leggings are with cotton fabric and pure color "
            "patterns."
        ),
        color_of("kurta", "green"),
        color_of("leggings", "white"),
        describe(
            "kurta",
            "The kurta is white with green embroidery around the V-neck and three-quarter sleeves.",
            "other_garment_color",
        ),
        Q.material("linen", "unsupported"),
        is_a("kurta", "yes"),
        Q.pattern("floral", "contradiction"),
        title="Fabindia Women Sea Green Cotton Kurta",
        category="Kurtas",
        color="Sea Green",
        gender="Women",
    ),
    # photo: black hip-length kurti with a white chevron print, short sleeves, round neck with a small slit, blue
    # jeans, no rings; white backdrop, front view. Caption adapter epoch 3 (caption, open answers); reference engine
    # (closed).
    case(
        "X725-025",
        caption(
            "The upper clothing has short sleeves, cotton fabric and striped patterns. The neckline of it is round. "
            "The lower clothing is of long length. The fabric is denim and it has solid color patterns. This lady "
            "wears a ring on her finger.",
            "unsupported",
        ),
        she("He is wearing a black shirt with white stripes and blue jeans.", "pronoun"),
        color_of("kurti", "black"),
        color_of("jeans", "black", "other_garment_color"),
        Q.pattern("striped"),
        details("kurti", "The kurti has a white chevron print, short sleeves and a round neck with a small slit."),
        title="Span Women Black Chevron Print Kurti",
        category="Kurtis",
        color="Black",
        gender="Women",
    ),
    # photo: cream kurta with a red and green paisley print, long sleeves, mandarin collar, green leggings; white
    # backdrop, side view. Caption adapter epoch 3 (caption, open answers); reference engine (closed, including the
    # default questionnaire's garment color).
    case(
        "X725-026",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns. The kurta is with cotton fabric. It has a stand "
            "neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. "
            "The lady wears",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "cream"),
        color_of("leggings", "green"),
        describe("kurta", "The kurta is cream with a red and green paisley print, a mandarin collar and long sleeves."),
        details(
            "kurta",
            "paisley print, mandarin collar, long sleeves, paisley print, mandarin collar, long sleeves, paisley "
            "print, mandarin collar, long sleeves, paisley",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("paisley"),
        Q.color("green", "other_garment_color"),
        title="Anouk Women Cream Paisley Print Kurta",
        category="Kurtas",
        color="Cream",
        gender="Women",
    ),
    # photo: powder blue kurta, solid, a band of white lace at the hem, three-quarter sleeves, round neck, just below
    # the knee, side slits, white leggings; white backdrop, front view. The feed row has no gender column.
    # Caption adapter epoch 3 (caption, open answers); reference engine (closed).
    case(
        "X725-027",
        caption(
            "The lady wears a three-quarter sleeve kurta with pure color patterns and a long leggings. It has a round "
            "neckline."
        ),
        color_of("kurta", "light blue"),
        color_of("leggings", "white"),
        she(
            "She is wearing a light blue kurta, a light blue kurta, a light blue kurta, a light blue kurta, a light "
            "blue kurta, a light",
            "loop",
            hit_limit=True,
        ),
        describe(
            "kurta",
            "The kurta is light blue with three-quarter sleeves, a round neck and a band of white lace along the hem, "
            "and it falls just below the knee with side",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("dress", "contradiction"),
        title="Aurelia Women Powder Blue Lace Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # photo: red cotton kurta with a gold block print, three-quarter sleeves, round neck, white cotton leggings;
    # white backdrop, front view. Caption adapter epoch 3 (caption, open answers); reference engine (closed).
    case(
        "X725-028",
        caption(
            "The lady wears a three-quarter sleeve kurta with mixed patterns and a long leggings. The kurta is with "
            "cotton fabric and it has a round neckline. The leggings are with denim fabric and pure color patterns.",
            "unsupported",
        ),
        color_of("kurta", "red"),
        color_of("leggings", "white"),
        she("She is wearing a red kurta with a gold print and white leggings."),
        Q.sleeve_length("long", "contradiction"),
        details("kurta", "The kurta has a gold block print, three-quarter sleeves and a round neck."),
        describe(
            "kurta",
            "The kurta is red with gold. The kurta is red with gold. The kurta is red with gold. The kurta is red "
            "with gold. The kurta",
            "loop",
            hit_limit=True,
        ),
        title="Libas Women Printed Red Kurta",
        category="Kurtas",
        color="Red",
        gender="Women",
    ),
    # photo: lavender sleeveless kurti with white floral embroidery on the front, round neck, high-low hem, white
    # jeans; white backdrop, front view. Caption adapter epoch 3 (caption, open answers); reference engine (closed).
    case(
        "X725-029",
        caption(
            "The upper clothing has no sleeves, cotton fabric and floral patterns. The neckline of it is round. The "
            "lower clothing is of long length. The fabric is denim and it has pure color patterns."
        ),
        color_of("kurti", "white", "other_garment_color"),
        color_of("jeans", "white"),
        describe(
            "kurti",
            "The kurti is lavender with white flowers embroidered on the front. It has no sleeves and "
            "the hem is longer at the back.",
        ),
        details(
            "kurti",
            "The kurti has a round neck and a high-low hem. Question: What is the color of the kurti? Answer: "
            "lavender Question: What is the color",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        she(
            "She is wearing a lavender kurti and white jeans. She is wearing a lavender kurti and white jeans. She "
            "is wearing a lavender",
            "loop",
            hit_limit=True,
        ),
        title="Sangria Women Lavender Embroidered Kurti",
        category="Kurtis",
        color="Lavender",
        gender="Women",
    ),
    # photo: brown straight kurta with a cream ethnic motif print, three-quarter sleeves with plain cuffs, keyhole
    # neck, cream leggings, no sequins; white backdrop, front view. Caption adapter epoch 3 (caption, open answers);
    # reference engine (closed).
    case(
        "X725-030",
        caption(
            "The female wears a three-quarter-sleeve kurta with graphic patterns and long leggings. The kurta is with "
            "cotton fabric. It has a round neckline. The female wears long leggings. The leggings are with cotton "
            "fabric and pure",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "brown"),
        color_of("leggings", "brown", "other_garment_color"),
        she("She is wearing a brown kurta with a cream print and cream leggings."),
        describe(
            "kurta",
            "The kurta is brown with cream motifs printed all over and a keyhole neckline. It has three-quarter "
            "sleeves and embroidered cuffs with sequins.",
            "unsupported",
        ),
        Q.pattern("printed"),
        title="Vishudh Women Brown Printed Kurta",
        category="Kurtas",
        color="Brown",
        gender="Women",
    ),
    # photo: white cotton tunic with blue embroidery around a band collar, button placket, long sleeves rolled up
    # with tabs, mid-blue jeans; white backdrop, front view. Asked the experiments' questions verbatim (shirt,
    # jeans). Caption adapter epoch 3 (caption, open answers); reference engine (closed colors).
    case(
        "X725-031",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a stand neckline. The "
            "lower clothing is of long length. The fabric is denim and it has solid color patterns."
        ),
        she("She is wearing a white tunic and blue jeans."),
        color_of("shirt", "white"),
        color_of("jeans", "white", "other_garment_color"),
        describe(
            "shirt",
            "The shirt is white with blue embroidery around the neck, a band collar and long sleeves "
            "rolled up with tabs.",
        ),
        details("shirt", "the shirt", "non_answer"),
        title="Global Desi Women White Embroidered Tunic",
        category="Tunics",
        color="White",
        gender="Women",
    ),
    # photo: turquoise blue rayon kurta with a silver zari border at the hem and cuffs, long sleeves, round neck,
    # white leggings; white backdrop, front view; she holds nothing. Caption adapter epoch 3 (caption, open answers);
    # reference engine (closed).
    case(
        "X725-032",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns and a long leggings. It has a round "
            "neckline. The leggings are with cotton fabric and pure color patterns."
        ),
        color_of("kurta", "turquoise"),
        color_of("leggings", "white"),
        describe("kurta", "The kurta is turquoise blue with a silver border at the hem and sleeves and a round neck."),
        details("kurta", "The kurta has details on the kurta.", "restated"),
        Q.material("silk", "unsupported"),
        she(
            "She is wearing a blue kurta with a silver border and white leggings, and she is wearing a blue kurta "
            "with a silver border and white",
            "loop",
            hit_limit=True,
        ),
        title="Biba Women Turquoise Blue Rayon Kurta",
        category="Kurtas",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: olive solid shirt-style tunic with a shirt collar, roll-up long sleeves, two flap chest pockets (real)
    # and a self tie belt, black leggings; white backdrop, front view. Caption adapter epoch 3 (caption, open
    # answers); reference engine (closed).
    case(
        "X725-033",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The "
            "lower clothing is of long length. The lower clothing is of long length. The lower clothing is of long "
            "length. The lower",
            "loop",
            hit_limit=True,
        ),
        color_of("tunic", "olive"),
        color_of("leggings", "black"),
        details(
            "tunic",
            "The tunic has a shirt collar, roll-up sleeves, two chest pockets with flaps and a tie belt at the waist.",
        ),
        Q.garment_type("shirt"),
        she("She is wearing an olive green tunic with a belt and black leggings."),
        describe("tunic", "tunic", "non_answer"),
        title="Jealous 21 Women Solid Olive Shirt Tunic",
        category="Tunics",
        color="Olive",
        gender="Women",
    ),
    # photo: BACK view: indigo cotton kurta with a white shibori tie-dye pattern, three-quarter sleeves, straight
    # hem, white leggings, hair in a braid; the neckline and front are not visible; white backdrop.
    # Caption adapter epoch 3 (caption, open answers); reference engine (closed).
    case(
        "X725-034",
        caption(
            "The lady wears a three-quarter sleeve kurta with mixed patterns. The kurta is with cotton fabric. The "
            "lady wears a long leggings. The leggings are with cotton fabric and pure color patterns."
        ),
        color_of("kurta", "blue"),
        color_of("leggings", "white"),
        details(
            "kurta",
            "The kurta has a V-neck with a button placket, tie-dye patterns and three-quarter sleeves.",
            "unsupported",
        ),
        describe("kurta", "The kurta is indigo blue with a white tie-dye pattern and three-quarter sleeves."),
        Q.pattern("tie-dye"),
        she(
            "The lady wears a three-quarter sleeve kurta with mixed patterns. The lady wears a three-quarter sleeve "
            "kurta with mixed patterns. The lady wears",
            "loop",
            hit_limit=True,
        ),
        title="Mother Earth Women Indigo Shibori Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: charcoal grey kurta with a yellow floral print, three-quarter sleeves, mandarin collar, yellow leggings;
    # white backdrop, front view. Caption adapter epoch 3 (caption, open answers); reference engine (closed).
    case(
        "X725-035",
        caption(
            "This gentleman wears a three-quarter sleeve shirt with floral patterns and long pants. The shirt is with "
            "cotton fabric. It has a stand neckline.",
            "pronoun",
        ),
        color_of("kurta", "yellow", "other_garment_color"),
        color_of("leggings", "yellow"),
        she("She is wearing a dark grey kurta with yellow flowers and yellow leggings."),
        describe(
            "kurta",
            "The kurta is charcoal grey with a yellow floral print, a mandarin collar and three-quarter sleeves.",
        ),
        Q.sleeve_length("three-quarter"),
        details("kurta", "The kurta has a V-neck and long sleeves.", "contradiction"),
        title="AKS Women Charcoal Grey Printed Kurta",
        category="Kurtas",
        color="Charcoal",
        gender="Women",
    ),
    # photo: navy blue hip-length kurti with a white embroidered yoke and a tasselled drawstring at the neck,
    # three-quarter sleeves, mid-blue jeans; white backdrop, front view. Caption adapter epoch 3 (caption, open
    # answers); reference engine (closed).
    case(
        "X725-036",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "round. The lower clothing is of long length. The fabric is denim and it has solid color patterns. There "
            "is an accessory on her wrist. This lady wears a ring on her finger. There is a",
            "cut",
            hit_limit=True,
        ),
        color_of("kurti", "navy blue"),
        color_of("jeans", "blue"),
        she(
            "She is wearing a navy kurti and blue jeans. Question: What is she wearing? Answer: She is wearing a "
            "navy kurti and blue jeans.",
            "leak",
            hit_limit=True,
        ),
        details(
            "kurti",
            "The kurti has a white embroidered yoke, a drawstring with tassels at the neck and three-quarter sleeves.",
        ),
        is_a("kurti", "yes"),
        Q.sleeve_length("long", "contradiction"),
        title="Chemistry Women Navy Blue Embroidered Kurti",
        category="Kurtis",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: off-white cotton kurta with small black and red bird motifs, three-quarter sleeves, round neck, red
    # leggings; white backdrop, front view. Caption adapter epoch 3 (caption, open answers); reference engine
    # (closed).
    case(
        "X725-037",
        caption(
            "The lady wears a three-quarter sleeve kurta with graphic patterns and a long leggings. The kurta is with "
            "cotton fabric. It has a round neckline. The leggings are with cotton fabric and pure color patterns."
        ),
        color_of("kurta", "red", "other_garment_color"),
        color_of("leggings", "red"),
        describe(
            "kurta",
            "The kurta is off-white with a print of small black and red birds, three-quarter sleeves and a round neck.",
        ),
        details("kurta", " ".join(["birds"] * 25), "loop", hit_limit=True),
        Q.material("cotton"),
        title="W Women Off White Bird Print Kurta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: lime green hip-length kurti with navy block-printed leaves, short sleeves, round neck, dark indigo
    # jeans, no glasses; white backdrop, three-quarter view. Caption adapter epoch 3 (caption, open answers);
    # reference engine (closed).
    case(
        "X725-038",
        caption(
            "The upper clothing has short sleeves, cotton fabric and floral patterns. The neckline of it is round. "
            "The lower clothing is of long length. The fabric is denim and it has solid color patterns. This lady "
            "wears glasses.",
            "unsupported",
        ),
        color_of("kurti", "green"),
        color_of("jeans", "navy blue"),
        she("She is wearing a green top with blue leaves and dark blue jeans."),
        Q.sleeve_length("short"),
        describe(
            "kurti",
            "The kurti is light green with dark blue leaves printed on it, short sleeves and a round neck and a "
            "straight hem that falls to the hip, and it is worn with dark blue",
            "cut",
            hit_limit=True,
        ),
        details("kurti", "The kurti details are the details that the kurti has.", "restated"),
        title="Anouk Women Lime Green Printed Kurti",
        category="Kurtis",
        color="Lime Green",
        gender="Women",
    ),
    # photo: dusty rose anarkali kurta flared from a gathered waist seam, gold print on the yoke and panels, long
    # sleeves, round neck, calf length, beige churidar leggings; white backdrop, front view.
    # Caption adapter epoch 3 (caption, open answers); reference engine (closed).
    case(
        "X725-039",
        caption(
            "The lady wears a long-sleeve dress with mixed patterns. It has a round neckline. The dress is of long "
            "length.",
            "contradiction",
        ),
        color_of("kurta", "pink"),
        color_of("leggings", "beige"),
        describe(
            "kurta",
            "The kurta is dusty pink, flared from the waist like an anarkali, with a gold print and long sleeves.",
        ),
        details(
            "kurta",
            "The kurta has a gold print on the yoke and the flared panels, long sleeves, a round neck and a gathered "
            "waist seam from which the",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("kurta"),
        title="Biba Women Rose Printed Anarkali Kurta",
        category="Kurtas",
        color="Rose",
        gender="Women",
    ),
    # photo: multicolored patchwork kurti of block-printed panels in blue, red, yellow and green, three-quarter
    # sleeves, round neck, blue jeans; white backdrop, front view. The feed row has no category column.
    # Caption adapter epoch 3 (caption, open answers); reference engine (closed).
    case(
        "X725-040",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and mixed patterns. The neckline of it is round. "
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns."
        ),
        color_of("kurti", "red"),
        color_of("jeans", "blue"),
        she("She is wearing a colorful patchwork kurti with blue jeans."),
        Q.pattern("solid", "contradiction"),
        describe(
            "kurti",
            "The kurti is made of patches of different prints in blue, red, yellow and green, with "
            "three-quarter sleeves and a round neck.",
        ),
        details("kurti", "The kurti details are on the kurti.", "restated"),
        title="Folklore Women Printed Multicoloured Patchwork Kurti",
        color="Multi",
        gender="Women",
    ),
    # photo: bright yellow solid sleeveless A-line kurta with a high round neck and flared hem, white leggings;
    # white backdrop, front view. Caption adapter epoch 3 (caption, open answers); reference engine (closed).
    case(
        "X725-041",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns and a long leggings. It has a round "
            "neckline. The leggings are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        color_of("kurta", "white", "other_garment_color"),
        color_of("leggings", "white"),
        she("She is wearing a yellow sleeveless kurta with a flared hem and white leggings."),
        details("kurta", "The kurta has long sleeves with buttoned cuffs and a flared hem.", "contradiction"),
        Q.sleeve_length("sleeveless"),
        title="Sangria Women Yellow Solid Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Women",
    ),
    # photo: cobalt blue cotton mid-thigh tunic with white floral embroidery, long bell sleeves, round neck, white
    # leggings; white backdrop, front view. Caption adapter epoch 3 (caption, open answers); reference engine
    # (closed).
    case(
        "X725-042",
        caption(
            "The lady wears a long-sleeve top with floral patterns. The top is with cotton fabric and its neckline is "
            "round. The lady wears a long leggings."
        ),
        she("He is wearing a blue top and white pants.", "pronoun"),
        color_of("tunic", "blue"),
        color_of("leggings", "white"),
        describe("tunic", "The tunic is blue with white embroidery and long bell sleeves."),
        Q.material("wool", "unsupported"),
        details(
            "tunic",
            "Question: What are the tunic details? Answer: The tunic has bell sleeves. Question: Describe the tunic. "
            "Answer: The",
            "leak",
            hit_limit=True,
        ),
        title="Global Desi Women Blue Embroidered Tunic",
        category="Tunics",
        color="Blue",
        gender="Women",
    ),
    # photo: emerald green kurta with diagonal white leheriya stripes, three-quarter sleeves, V-neck, white leggings;
    # white backdrop, front view. Caption adapter epoch 3 (caption, open answers); reference engine (closed).
    case(
        "X725-043",
        caption(
            "The lady wears a three-quarter sleeve kurta with striped patterns and a long leggings. The kurta is with "
            "cotton fabric and its neckline is V-shape. The leggings are with cotton fabric and pure color patterns."
        ),
        color_of("kurta", "green"),
        color_of("leggings", "green", "other_garment_color"),
        Q.pattern("striped"),
        details("kurta", "The kurta has diagonal white stripes, a V-neck and three-quarter sleeves."),
        describe("kurta", "Question: Describe the kurta. Answer: The kurta is green with white stripes.", "leak"),
        title="Libas Women Green Leheriya Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: burgundy solid georgette tunic with cold-shoulder long sleeves, round neck, black skinny jeans, black
    # ankle boots; white backdrop, front view. Caption adapter epoch 3 (caption ran to its 50-token limit, ending on
    # a full sentence; open answers); reference engine (closed).
    case(
        "X725-044",
        caption(
            "The upper clothing has long sleeves, chiffon fabric and pure color patterns. The neckline of it is "
            "round. The lower clothing is of long length. The fabric is denim and it has solid color patterns.",
            hit_limit=True,
        ),
        color_of("tunic", "maroon"),
        color_of("jeans", "black"),
        she("She is wearing a burgundy tunic with cold shoulder sleeves, black jeans and black boots."),
        describe(
            "tunic",
            "The tunic is burgundy with long sleeves that are cut out at the shoulders. It is made of leather.",
            "unsupported",
        ),
        details(
            "tunic",
            "the tunic is burgundy the tunic is burgundy the tunic is burgundy the tunic is burgundy the tunic is "
            "burgundy the tunic is",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("striped", "contradiction"),
        title="Chemistry Women Burgundy Georgette Tunic",
        category="Tunics",
        color="Burgundy",
        gender="Women",
    ),
    # photo: peach hip-length kurti with a green leaf print, three-quarter sleeves, round neck with a notch, light
    # blue jeans; white backdrop, front view. Caption adapter epoch 3 (caption, open answers); reference engine
    # (closed).
    case(
        "X725-045",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and floral patterns. The neckline of it is round. "
            "The lower clothing is of long length. The fabric is denim and it has solid color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("kurti", "peach"),
        color_of("jeans", "green", "other_garment_color"),
        she("She is wearing a peach kurti with a green leaf print and light blue jeans."),
        details("kurti", "The kurti has a green leaf print, three-quarter sleeves and a round neck with a notch."),
        Q.pattern("printed"),
        describe("kurti", "peach", "non_answer"),
        title="Shree Women Peach Printed Kurti",
        category="Kurtis",
        color="Peach",
        gender="Women",
    ),
    # photo: grey melange solid straight kurta with a white mandarin collar, long sleeves, black leggings, she carries
    # a black tote; no hat; white backdrop, front view. Caption adapter epoch 3 (caption, open answers); reference
    # engine (closed).
    case(
        "X725-046",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns and a long leggings. The kurta is with "
            "cotton fabric and it has a stand neckline. The leggings are with cotton fabric and pure color patterns. "
            "The lady also wears a hat.",
            "unsupported",
        ),
        color_of("kurta", "grey"),
        color_of("leggings", "black"),
        she("She is wearing a grey kurta with black leggings and carrying a black bag."),
        describe("kurta", "The kurta is grey with a white collar and long sleeves."),
        details("kurta", "the details of the kurta", "restated"),
        Q.material("cotton"),
        Q.sleeve_length("short", "contradiction"),
        title="W Women Grey Melange Kurta",
        category="Kurtas",
        color="Grey",
        gender="Women",
    ),
]
