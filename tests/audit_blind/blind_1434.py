"""BLIND_1434 (45 products; Myntra women's plus-size and maternity, epoch-3 captions + extractive QA): written blind in
the sixty-fourth session. Measured blind at 9207eb7 (the session's fifth and final rules): 74/100 failures found
(74.0%) and 15/146 correct texts flagged (10.3%). The writer's notes, verbatim:

Scenario: a Myntra women's plus-size and maternity feed: kurtas (one kurta set), tunics, dresses (plus-size and
maternity) and jeggings. Usual catalog shots: a model on a plain white or grey backdrop wearing the product with other
clothes (palazzos, leggings, churidars under kurtas and tunics; a tee, a shirt or a tank top over jeggings), two back
views, two flat lays, a few props (a straw hat, a clutch, a sling bag). Columns as the feed has them: title, category
(Myntra article type: Kurtas, Kurta Sets, Tunics, Dresses, Jeggings), color (base colour), gender; one item lacks
color, one lacks gender, one lacks category.
Who wrote what: every caption is greedy output of BLIP-2 OPT-2.7b with the epoch-3 caption adapter
(leoreigoto/Data2_V2_Blip2_Finetune_Caption), 50 new tokens at most. Every answer is an extractive span (or the empty
string, SQuAD2's no-answer) picked by timpal0l/mdeberta-v3-base-squad2 from that caption, so answers only ever repeat
the caption's words: DeepFashion's template ("The upper clothing has medium sleeves, cotton fabric and floral
patterns", "The lower clothing is of long length", "There is an accessory on her wrist") with no hue names at all, no
kurta, tunic or jegging classes, and the adapter's invented accessories and loops. Answers cannot leak the prompt and
cannot loop on their own; they inherit the caption's faults.
Labeling conventions and judgement calls:
- Captions that ran to the 50-token limit are marked hit_limit=True; cut mid-sentence -> cut, repeating a sentence ->
  loop. A caption that is complete but describes something wrong gets the kind of its worst fault.
- Color questions: the caption never names a hue, so "pure color", "solid color", "floral", "graphic patterns" or ""
  for a color question is non_answer; when the span is the other garment's pattern word ("pure color" from the
  palazzos or leggings' clause for a printed kurta, "solid color" from the jeans under a printed tunic) it is
  other_garment_color.
- Garment kind: a kurta called a shirt, or a straight/A-line kurta called a dress, is contradiction (the seller says
  Kurtas). A flared or anarkali kurta called a dress in the caption or an open answer is let pass (it looks like one),
  and so is a tunic called a T-shirt, blouse or shirt in the caption or an open answer when it looks like one. But a
  closed "What type of garment is this?" answer must be the catalog's type: "dress" for a kurta, "T-shirt"/"blouse"/
  "tank top" for a tunic, "leggings" or the top's name for jeggings are contradiction. A shirt dress called a shirt is
  contradiction everywhere.
- "upper clothing" / "outer clothing" as the answer to what she wears or what type of garment it is: non_answer.
  "The upper clothing has short sleeves, cotton fabric and ..." as what she wears is a (vague) true answer: correct.
- Describe / details of jeggings answered only with "long length", "a long leggings", "a long pants": restated.
- Material: a plausible fabric the title does not contradict is correct (cotton for a matte cotton-look kurta,
  chiffon for georgette, knitted for jersey); a fabric taken from the other garment's clause, or against the title,
  is contradiction; a fabric the photo clearly is not (chiffon for a matte rayon anarkali) is unsupported.
- Invented accessories (ring, socks, hat on the head when it is held, wrist accessory, neckwear that is not there),
  a lower garment described on a flat lay, and a front neckline guessed on a back view are unsupported. "his"/"The
  gentleman" for the women's models is pronoun. A dress's details answered with a wrist accessory is contradiction.
- Pattern words: ethnic floral bootis = floral, geometric grid = lattice, foil or bird print = graphic, abstract
  multicolour or dabu motifs = complicated, yoke-only or tonal embroidery on a solid body = pure color (correct); but
  "pure color" for a title that says Floral Embroidered, and "floral" for a polka-dot title, are contradiction.
- Correct answers that leave things out (the round neckline but not the lace, the embroidery or the nursing zips) are
  left unmarked.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS

BLIND_1434 = [
    # Photo: front, navy straight calf-length kurta with small white floral bootis, 3/4 sleeves, round neck, worn with
    # plain white cotton palazzos; grey backdrop. (caption: epoch-3 caption adapter; answers: extractive QA on it)
    case(
        "X1434-001",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and floral patterns. It has a round neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        wearing("upper clothing", "non_answer", who="she"),
        color_of("kurta", "", "non_answer", kind="open"),
        Q.pattern("floral"),
        Q.sleeve_length("medium sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Libas Women Plus Size Navy Blue Floral Printed Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: maroon knee-length A-line kurta, solid body with a gold-printed yoke, long sleeves, mandarin collar, worn
    # over beige leggings; three-quarter turn; no bangles or watch. (caption: epoch-3 adapter; answers: extractive QA)
    case(
        "X1434-002",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "stand neckline. There is an accessory on her wrist. There is an accessory on her wrist. There is an "
            "accessory on her",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns", "contradiction", who="she"),
        Q.garment_type("dress", "contradiction"),
        Q.pattern("pure color"),
        details("kurta", "stand neckline"),
        Q.sleeve_length("long-sleeve"),
        gender="Women",
        title="Rangriti Women Plus Size Maroon Yoke Design A-Line Kurta",
        category="Kurtas",
        color="Maroon",
    ),
    # Photo: teal solid jersey tunic, hip length with a high-low hem, short sleeves, round neck, over black jeggings;
    # white backdrop. (caption: epoch-3 adapter; answers: extractive QA on the caption)
    case(
        "X1434-003",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns."
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", who="she"),
        color_of("tunic", "pure color", "non_answer", kind="open"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.material("cotton"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="Instafab Plus Women Plus Size Teal Solid Longline Tunic",
        category="Tunics",
        color="Teal",
    ),
    # Photo: pregnant model, black wrap midi dress with small pink-and-white flowers, short flutter sleeves, v-neck,
    # self tie at the waist; bare hands, no ring, no bracelet. (caption: epoch-3 adapter; answers: extractive QA)
    case(
        "X1434-004",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a belt. There is an accessory on her wrist. The lady wears a ring.",
            "unsupported",
        ),
        wearing("a short-sleeve dress with floral patterns", who="she"),
        color_of("dress", "floral", "non_answer", kind="open"),
        details("dress", "v-shape neckline"),
        Q.material("chiffon"),
        gender="Women",
        title="Momtobe Women Maternity Black Floral Print Wrap Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: full length, navy skinny denim jeggings worn with a white crew-neck tee left untucked; white backdrop.
    # (caption: epoch-3 adapter, ran to the limit; answers: extractive QA on the cut caption)
    case(
        "X1434-005",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a round neckline. "
            "The lower clothing is of long length. The fabric is denim and it has solid color patterns. There is an "
            "accessory on",
            "cut",
            hit_limit=True,
        ),
        color_of("jeggings", "solid color", "non_answer", kind="open"),
        describe("jeggings", "long length", "restated"),
        details("jeggings", "The fabric is denim and it has solid color patterns"),
        Q.material("denim"),
        gender="Women",
        title="Sztori Women Plus Size Navy Blue Skinny Fit Stretchable Denim Jeggings",
        category="Jeggings",
        color="Navy Blue",
    ),
    # Photo: green straight kurta with a white geometric grid print, 3/4 sleeves, mandarin collar, worn with white
    # churidar; grey backdrop. (caption: epoch-3 adapter, cut at the limit; answers: extractive QA on it)
    case(
        "X1434-006",
        caption(
            "The female is wearing a medium-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The female wears a long trousers. The trousers are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with lattice patterns", "contradiction", who="she"),
        Q.pattern("lattice"),
        Q.garment_type("shirt", "contradiction"),
        Q.sleeve_length("medium-sleeve"),
        Q.color("pure", "other_garment_color"),
        gender="Women",
        title="Aurelia Women Plus Size Green Geometric Printed Straight Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Photo: maroon solid A-line midi dress, short puff sleeves, square neck, white sneakers with no socks showing;
    # white backdrop. (caption: epoch-3 adapter; answers: extractive QA on the caption)
    case(
        "X1434-007",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. The person wears socks in her shoes.",
            "unsupported",
        ),
        wearing("a short-sleeve dress with pure color patterns", who="she"),
        color_of("dress", "pure color", "non_answer", kind="open"),
        describe("dress", "short-sleeve dress with pure color patterns"),
        details("dress", "square neckline"),
        Q.material("cotton"),
        gender="Women",
        title="Amydus Women Plus Size Maroon Solid A-Line Midi Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Photo: white shirt-style tunic with thin blue vertical stripes, long roll-up sleeves, shirt collar, button
    # placket, over mid-blue jeans; white backdrop. (caption: epoch-3 adapter; answers: extractive QA on it)
    case(
        "X1434-008",
        caption(
            "The upper clothing has long sleeves, cotton fabric and striped patterns. It has a lapel neckline. The "
            "lower clothing is of long length. The fabric is denim and it has solid color patterns."
        ),
        color_of("tunic", "solid color", "other_garment_color", kind="open"),
        Q.pattern("striped"),
        details("tunic", "lapel neckline"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Mast & Harbour Women Plus Size White & Blue Striped Shirt Style Tunic",
        category="Tunics",
        color="White",
    ),
    # Photo: side view of a pregnant model, blush-pink solid jersey maxi dress, long sleeves, round neck, concealed
    # nursing zips at the bust. (caption: epoch-3 adapter, looped to the limit; answers: extractive QA on it)
    case(
        "X1434-009",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitted fabric. It has a "
            "round neckline. The lady wears a long-sleeve dress with pure color patterns. The dress is with knitted "
            "fabric. It has a round",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns", who="she"),
        details("dress", "round neckline"),
        Q.material("knitted"),
        Q.color("pure color", "non_answer"),
        is_a("maternity dress", "", "non_answer"),
        gender="Women",
        title="Mine4Nine Women Maternity Pink Solid Maxi Dress with Nursing Zip",
        category="Dresses",
        color="Pink",
    ),
    # Photo: pink floor-length anarkali kurta with a floral print, 3/4 sleeves, round neck, over pink churidar, gold
    # bangles on both wrists; matte printed rayon, twirl pose. (caption: epoch-3 adapter; answers: extractive QA)
    case(
        "X1434-010",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "round neckline. There is an accessory on her wrist."
        ),
        wearing("a medium-sleeve dress with floral patterns", who="she"),
        Q.garment_type("dress", "contradiction"),
        Q.material("chiffon", "unsupported"),
        Q.pattern("floral"),
        color_of("kurta", "floral", "non_answer", kind="open"),
        gender="Women",
        title="Libas Women Plus Size Pink Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # Photo: back view, black jeggings with faux back pockets, grey round-neck tee hanging over the waistband; white
    # backdrop. (caption: epoch-3 adapter; answers: extractive QA on the caption)
    case(
        "X1434-011",
        caption(
            "The person is wearing a short-sleeve T-shirt with pure color patterns and a long leggings. The T-shirt is "
            "with cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns."
        ),
        wearing("a short-sleeve T-shirt with pure color patterns and a long leggings", who="she"),
        color_of("jeggings", "pure color", "non_answer", kind="open"),
        details("jeggings", "cotton fabric and pure color patterns"),
        Q.garment_type("leggings", "contradiction"),
        gender="Women",
        title="Go Colors Women Plus Size Black Solid Slim Fit Jeggings",
        category="Jeggings",
        color="Black",
    ),
    # Photo: pregnant model, navy and white horizontal-striped knee-length jersey dress, short sleeves, round neck,
    # a wedding band on her hand; white backdrop. (caption: epoch-3 adapter, looped; answers: extractive QA on it)
    case(
        "X1434-012",
        caption(
            "The lady wears a short-sleeve dress with striped patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a ring. The lady wears a ring. The lady wears a ring. The lady wears a "
            "ring. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with striped patterns", who="she"),
        color_of("dress", "striped", "non_answer", kind="open"),
        Q.pattern("striped"),
        Q.sleeve_length("short-sleeve"),
        details("dress", "round neckline"),
        title="Goldstroms Women Maternity Navy Blue Striped A-Line Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: mustard longline tunic with a black bird print, 3/4 sleeves, round neck with a keyhole, over black
    # jeggings; no jewellery. (caption: epoch-3 adapter, cut at the limit; answers: extractive QA on it)
    case(
        "X1434-013",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and graphic patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        Q.color("pure color", "other_garment_color"),
        Q.sleeve_length("medium sleeves"),
        details("tunic", "round neckline"),
        Q.material("cotton"),
        gender="Women",
        title="Sztori Women Plus Size Mustard Yellow Printed Longline Tunic",
        category="Tunics",
        color="Mustard",
    ),
    # Photo: black maxi dress with large red and yellow roses, sleeveless with wide straps, v-neck, smocked bodice;
    # she holds a straw hat at her side. (caption: epoch-3 adapter; answers: extractive QA on the caption)
    case(
        "X1434-014",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is a hat in her head.",
            "unsupported",
        ),
        wearing("a sleeveless dress with floral patterns", who="she"),
        color_of("dress", "", "non_answer", kind="open"),
        describe("dress", "sleeveless dress with floral patterns"),
        Q.material("chiffon"),
        gender="Women",
        title="Oxolloxo Women Plus Size Black Floral Print Maxi Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: off-white straight kurta with thin blue vertical stripes, long sleeves, band collar, over plain blue
    # palazzos; grey backdrop. (caption: epoch-3 adapter; answers: extractive QA on the caption)
    case(
        "X1434-015",
        caption(
            "The upper clothing has long sleeves, cotton fabric and striped patterns. Its neckline is stand. The lower "
            "clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        wearing("The upper clothing has long sleeves, cotton fabric and striped patterns", who="she"),
        Q.pattern("striped"),
        color_of("kurta", "pure color", "other_garment_color", kind="open"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="W Women Plus Size Off-White & Blue Striped Straight Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # Photo: side pose, mid-blue washed skinny denim jeggings with faded thighs, white linen shirt tucked in; white
    # backdrop. (caption: epoch-3 adapter, cut at the limit; answers: extractive QA on the cut caption)
    case(
        "X1434-016",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The "
            "lower clothing is of long length. The fabric is denim and it has solid color patterns. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        color_of("jeggings", "solid color", "non_answer", kind="open"),
        details("jeggings", "The fabric is denim and it has solid color patterns"),
        Q.material("cotton", "contradiction"),
        Q.pattern("solid color"),
        gender="Women",
        title="Sztori Women Plus Size Blue Washed Skinny Fit Denim Jeggings",
        category="Jeggings",
        color="Blue",
    ),
    # Photo: pregnant model, olive-green tiered maxi dress with small white flowers, 3/4 sleeves, tie v-neck; light
    # crinkled georgette. (caption: epoch-3 adapter, looped to the limit; answers: extractive QA on it)
    case(
        "X1434-017",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a medium-sleeve dress with floral patterns. The dress is with chiffon "
            "fabric. It has a v",
            "loop",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with floral patterns", who="she"),
        Q.pattern("floral"),
        Q.material("chiffon"),
        details("dress", "v-shape neckline"),
        color_of("dress", "floral patterns", "non_answer", kind="open"),
        gender="Women",
        title="Momtobe Women Maternity Green Floral Printed Tiered Maxi Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: red solid A-line georgette tunic, long bell sleeves, round neck, over white leggings; white backdrop.
    # (caption: epoch-3 adapter; answers: extractive QA on the caption)
    case(
        "X1434-018",
        caption(
            "The lady wears a long-sleeve blouse with pure color patterns. The blouse is with chiffon fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns."
        ),
        Q.garment_type("blouse", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon"),
        describe("tunic", "long-sleeve blouse with pure color patterns"),
        gender="Women",
        title="Amydus Women Plus Size Red Solid A-Line Tunic",
        category="Tunics",
        color="Red",
    ),
    # Photo: model with short cropped hair, light-blue denim shirt dress to the knee, long roll-up sleeves, collar,
    # button front, self belt at the waist. (caption: epoch-3 adapter; answers: extractive QA on the caption)
    case(
        "X1434-019",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has "
            "a lapel neckline. There is a belt on his waist.",
            "pronoun",
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction", who="she"),
        details("dress", "a belt on his waist", "pronoun"),
        Q.material("denim"),
        Q.sleeve_length("long-sleeve"),
        gender="Women",
        title="Instafab Plus Women Plus Size Blue Solid Denim Shirt Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: flat lay, indigo pure-cotton kurta with white dabu-style ethnic motifs, 3/4 sleeves, v-neck, laid alone on
    # a white surface (no bottom wear). (caption: epoch-3 adapter; answers: extractive QA on the caption)
    case(
        "X1434-020",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and complicated patterns. It has a v-shape "
            "neckline. The lower clothing is of long length. The fabric is cotton and it has pure color patterns.",
            "unsupported",
        ),
        Q.material("cotton"),
        Q.pattern("complicated"),
        Q.sleeve_length("medium sleeves"),
        color_of("kurta", "", "non_answer", kind="open"),
        details("kurta", "v-shape neckline"),
        gender="Women",
        title="Janasya Women Plus Size Blue & White Ethnic Motifs Printed Pure Cotton Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: pregnant model, grey melange jersey tunic with side ruching, long sleeves, round neck, over black
    # maternity leggings; no ring. (caption: epoch-3 adapter, cut at the limit; answers: extractive QA on it)
    case(
        "X1434-021",
        caption(
            "The upper clothing has long sleeves, knitted fabric and pure color patterns. It has a round neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. This lady "
            "wears a ring on",
            "cut",
            hit_limit=True,
        ),
        Q.color("pure color", "non_answer"),
        Q.material("knitted"),
        Q.garment_type("upper clothing", "non_answer"),
        details("tunic", "round neckline"),
        gender="Women",
        title="Mine4Nine Women Maternity Grey Melange Solid Tunic",
        category="Tunics",
        color="Grey Melange",
    ),
    # Photo: navy shirt-style midi dress with white polka dots, short sleeves, collar, buttoned front, fabric belt;
    # matte crepe. (caption: epoch-3 adapter; answers: extractive QA on the caption)
    case(
        "X1434-022",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "lapel neckline. There is a belt on her waist.",
            "contradiction",
        ),
        Q.pattern("floral", "contradiction"),
        Q.sleeve_length("short-sleeve"),
        details("dress", "lapel neckline"),
        Q.material("chiffon"),
        gender="Women",
        title="Sztori Women Plus Size Navy Blue Polka Dot Print Shirt Style Midi Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: flat lay, olive-green cotton twill jeggings folded once on a white surface, nothing else in the frame.
    # (caption: epoch-3 adapter, looped to the limit; answers: extractive QA on the caption)
    case(
        "X1434-023",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The lower "
            "clothing is of long length. The fabric is cotton and it has pure color patterns. The lower clothing is of "
            "long",
            "loop",
            hit_limit=True,
        ),
        color_of("jeggings", "pure color", "non_answer", kind="open"),
        details("jeggings", "The fabric is cotton and it has pure color patterns"),
        Q.material("cotton"),
        describe("jeggings", "The lower clothing is of long length", "restated"),
        gender="Women",
        title="Go Colors Women Plus Size Olive Green Solid Jeggings",
        category="Jeggings",
        color="Olive",
    ),
    # Photo: peach straight kurta, solid, white thread embroidery round the neckline, 3/4 sleeves, side slits, over
    # white palazzos; jhumka earrings, no necklace. (caption: epoch-3 adapter; answers: extractive QA on it)
    case(
        "X1434-024",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and pure color patterns. It has a round neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. This female "
            "has neckwear.",
            "unsupported",
            hit_limit=True,
        ),
        Q.pattern("pure color"),
        color_of("kurta", "pure color", "non_answer", kind="open"),
        details("kurta", "neckwear", "unsupported"),
        Q.sleeve_length("medium sleeves"),
        gender="Women",
        title="Rangriti Women Plus Size Peach-Coloured Embroidered Straight Kurta",
        category="Kurtas",
        color="Peach",
    ),
    # Photo: pregnant model, red and white gingham shirt dress to the knee, short sleeves, collar, button front for
    # nursing. (caption: epoch-3 adapter, looped to the limit; answers: extractive QA on the caption)
    case(
        "X1434-025",
        caption(
            "The lady wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a short-sleeve shirt with lattice patterns. The shirt is with cotton "
            "fabric. It has a lapel",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with lattice patterns", "contradiction", who="she"),
        Q.pattern("lattice"),
        Q.material("cotton"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="The Mom Store Women Maternity Red & White Checked Shirt Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: black sleeveless longline tunic with a gold foil print, round neck, over black leggings; white backdrop.
    # (caption: epoch-3 adapter; answers: extractive QA on the caption)
    case(
        "X1434-026",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns."
        ),
        Q.garment_type("tank top", "contradiction"),
        Q.pattern("graphic"),
        Q.sleeve_length("sleeveless"),
        color_of("tunic", "", "non_answer", kind="open"),
        details("tunic", "round neckline"),
        gender="Women",
        title="Aurelia Women Plus Size Black & Gold-Toned Printed Tunic",
        category="Tunics",
        color="Black",
    ),
    # Photo: back view, teal solid wrap dress to the knee, 3/4 sleeves; the front v-neck and side tie are not visible.
    # (caption: epoch-3 adapter; answers: extractive QA on the caption)
    case(
        "X1434-027",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline.",
            "unsupported",
        ),
        wearing("a medium-sleeve dress with pure color patterns", who="she"),
        details("dress", "round neckline", "unsupported"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("medium-sleeve"),
        gender="Women",
        title="Amydus Women Plus Size Teal Solid Wrap Dress",
        category="Dresses",
        color="Teal",
    ),
    # Photo: yellow kurta with a white floral print, 3/4 sleeves, round neck, matching printed palazzos, a yellow
    # dupatta over one shoulder. (caption: epoch-3 adapter, cut at the limit; answers: extractive QA on it)
    case(
        "X1434-028",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and floral patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has floral patterns. The lady also wears an "
            "outer clothing",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        Q.material("cotton"),
        wearing("an outer clothing", "non_answer", who="she"),
        color_of("kurta", "floral", "non_answer", kind="open"),
        Q.sleeve_length("medium sleeves"),
        gender="Women",
        title="Libas Women Plus Size Yellow Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: black stretch-denim jeggings worn under a long white round-neck shirt top with long sleeves; white
    # backdrop. The feed has no color for this item. (caption: epoch-3 adapter; answers: extractive QA on it)
    case(
        "X1434-029",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with denim fabric and solid color "
            "patterns."
        ),
        color_of("jeggings", "solid color", "non_answer", kind="open"),
        Q.material("denim"),
        describe("jeggings", "a long leggings", "restated"),
        Q.garment_type("shirt", "contradiction"),
        gender="Women",
        title="Sztori Women Plus Size Black Solid High-Rise Jeggings",
        category="Jeggings",
    ),
    # Photo: pregnant model, navy ribbed bodycon midi dress, sleeveless, round neck; white backdrop.
    # (caption: epoch-3 adapter; answers: extractive QA on the caption)
    case(
        "X1434-030",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with knitted fabric. It has a "
            "round neckline."
        ),
        wearing("a sleeveless dress with pure color patterns", who="she"),
        color_of("dress", "pure color", "non_answer", kind="open"),
        Q.material("knitted"),
        Q.sleeve_length("sleeveless"),
        details("dress", "round neckline"),
        gender="Women",
        title="Mine4Nine Women Maternity Navy Blue Solid Bodycon Midi Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: lavender cotton tunic with white floral embroidery all over, 3/4 sleeves, round neck, over white denim
    # jeggings; no bracelet. (caption: epoch-3 adapter, cut at the limit; answers: extractive QA on it)
    case(
        "X1434-031",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and pure color patterns. It has a round neckline. "
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("pure color", "contradiction"),
        color_of("tunic", "", "non_answer", kind="open"),
        Q.material("cotton"),
        Q.sleeve_length("medium sleeves"),
        gender="Women",
        title="Oxolloxo Women Plus Size Lavender Floral Embroidered Tunic",
        category="Tunics",
        color="Lavender",
    ),
    # Photo: mustard georgette kaftan dress with a black geometric print, batwing 3/4 sleeves, v-neck, mid-calf.
    # (caption: epoch-3 adapter; answers: extractive QA on the caption)
    case(
        "X1434-032",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline."
        ),
        wearing("a medium-sleeve dress with graphic patterns", who="she"),
        Q.pattern("graphic"),
        Q.material("chiffon"),
        color_of("dress", "graphic patterns", "non_answer", kind="open"),
        describe("dress", "medium-sleeve dress with graphic patterns"),
        gender="Women",
        title="Sztori Women Plus Size Mustard Yellow Printed Kaftan Dress",
        category="Dresses",
        color="Mustard",
    ),
    # Photo: back view, rust solid straight kurta, 3/4 sleeves, cream pants, hair in a short bun, flat juttis and no
    # socks. (caption: epoch-3 adapter; answers: extractive QA on the caption)
    case(
        "X1434-033",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and pure color patterns. The lower clothing is of "
            "long length. The fabric is cotton and it has pure color patterns. The person wears socks in his shoes.",
            "pronoun",
        ),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("medium sleeves"),
        wearing("socks", "unsupported", who="she"),
        gender="Women",
        title="W Women Plus Size Rust Solid Straight Kurta",
        category="Kurtas",
        color="Rust",
    ),
    # Photo: mid-blue chambray shirt-style tunic, long rolled sleeves, collar, button-down, over white jeggings; white
    # backdrop. (caption: epoch-3 adapter; answers: extractive QA on the caption)
    case(
        "X1434-034",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        Q.material("denim"),
        wearing("a long-sleeve shirt with pure color patterns", who="she"),
        details("tunic", "lapel neckline"),
        color_of("tunic", "pure color", "non_answer", kind="open"),
        gender="Women",
        title="Mast & Harbour Women Plus Size Blue Solid Denim Tunic",
        category="Tunics",
        color="Blue",
    ),
    # Photo: pregnant model, coral solid fit-and-flare dress to the knee, short sleeves, round neck, ruched empire
    # waist; a watch on her left wrist. (caption: epoch-3 adapter; answers: extractive QA on the caption)
    case(
        "X1434-035",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist."
        ),
        wearing("a short-sleeve dress with pure color patterns", who="she"),
        color_of("dress", "", "non_answer", kind="open"),
        Q.material("cotton"),
        details("dress", "There is an accessory on her wrist", "contradiction"),
        gender="Women",
        title="Momtobe Women Maternity Coral Solid Fit & Flare Dress",
        category="Dresses",
        color="Coral",
    ),
    # Photo: sea-green sheer georgette kurta with tonal chikankari embroidery, long sleeves, round neck, matching slip,
    # white cotton churidar. (caption: epoch-3 adapter; answers: extractive QA on the caption)
    case(
        "X1434-036",
        caption(
            "The upper clothing has long sleeves, chiffon fabric and pure color patterns. It has a round neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        Q.material("cotton", "contradiction"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        color_of("kurta", "pure color", "non_answer", kind="open"),
        gender="Women",
        title="Libas Women Plus Size Sea Green Chikankari Embroidered Kurta",
        category="Kurtas",
        color="Sea Green",
    ),
    # Photo: charcoal-grey jeggings worn with a white crew-neck tee; white backdrop. The feed has no gender for this
    # item. (caption: epoch-3 adapter; answers: extractive QA on the caption)
    case(
        "X1434-037",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns."
        ),
        color_of("jeggings", "pure color", "non_answer", kind="open"),
        wearing("a short-sleeve T-shirt with pure color patterns", who="she"),
        Q.material("cotton"),
        details("jeggings", "cotton fabric and pure color patterns"),
        Q.garment_type("T-shirt", "contradiction"),
        title="Go Colors Women Plus Size Charcoal Grey Solid Jeggings",
        category="Jeggings",
        color="Charcoal",
    ),
    # Photo: multicoloured abstract-print georgette tunic, short sleeves, v-neck, high-low hem, over blue jeans; no
    # jewellery. (caption: epoch-3 adapter, cut at the limit; answers: extractive QA on it)
    case(
        "X1434-038",
        caption(
            "The upper clothing has short sleeves, chiffon fabric and complicated patterns. It has a v-shape neckline. "
            "The lower clothing is of long length. The fabric is denim and it has solid color patterns. There is an "
            "accessory on",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("complicated"),
        Q.color("solid color", "other_garment_color"),
        Q.material("chiffon"),
        Q.sleeve_length("short sleeves"),
        gender="Women",
        title="Sztori Women Plus Size Multicoloured Abstract Printed Tunic",
        category="Tunics",
        color="Multi",
    ),
    # Photo: black ribbed bodycon midi dress, long sleeves, round neck, a thin gold chain necklace; white backdrop.
    # (caption: epoch-3 adapter; answers: extractive QA on the caption)
    case(
        "X1434-039",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitted fabric. It has a "
            "round neckline. This female has neckwear."
        ),
        wearing("a long-sleeve dress with pure color patterns", who="she"),
        color_of("dress", "pure color", "non_answer", kind="open"),
        Q.material("knitted"),
        details("dress", "round neckline"),
        describe("dress", "long-sleeve dress with pure color patterns"),
        gender="Women",
        title="Oxolloxo Women Plus Size Black Solid Bodycon Midi Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: maroon knee-length A-line kurta with a gold foil print, 3/4 sleeves, v-neck, over off-white leggings; a
    # clutch in her hand. (caption: epoch-3 adapter; answers: extractive QA on the caption)
    case(
        "X1434-040",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        wearing("a medium-sleeve dress with graphic patterns", "contradiction", who="she"),
        Q.pattern("graphic"),
        Q.sleeve_length("medium-sleeve"),
        Q.color("pure color", "other_garment_color"),
        gender="Women",
        title="Janasya Women Plus Size Maroon & Golden Printed A-Line Kurta",
        category="Kurtas",
        color="Maroon",
    ),
    # Photo: pregnant model, royal-blue maxi dress with white flowers, short sleeves, v-neck, horizontal nursing zips.
    # (caption: epoch-3 adapter; answers: extractive QA on the caption)
    case(
        "X1434-041",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline."
        ),
        wearing("a short-sleeve dress with floral patterns", who="she"),
        details("dress", "v-shape neckline"),
        color_of("dress", "floral", "non_answer", kind="open"),
        is_a("maternity dress", "", "non_answer"),
        gender="Women",
        title="Goldstroms Women Maternity Blue Floral Printed Feeding Maxi Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: pink solid cotton tunic, short sleeves with lace trim at the sleeves and hem, round neck, over white
    # leggings. (caption: epoch-3 adapter; answers: extractive QA on the caption)
    case(
        "X1434-042",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a round neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        details("tunic", "round neckline"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short sleeves"),
        wearing("The upper clothing has short sleeves, cotton fabric and pure color patterns", who="she"),
        gender="Women",
        title="Amydus Women Plus Size Pink Solid Tunic with Lace Detail",
        category="Tunics",
        color="Pink",
    ),
    # Photo: grey washed skinny denim jeggings with raw-hem ankles, black tank top, an open checked shirt on top.
    # (caption: epoch-3 adapter, cut at the limit; answers: extractive QA on the cut caption)
    case(
        "X1434-043",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and solid color patterns. The "
            "lady also wears",
            "cut",
            hit_limit=True,
        ),
        color_of("jeggings", "solid color", "non_answer", kind="open"),
        Q.material("denim"),
        describe("jeggings", "a long pants", "restated"),
        Q.pattern("pure color"),
        gender="Women",
        title="Sztori Women Plus Size Grey Washed Skinny Fit Denim Jeggings",
        category="Jeggings",
        color="Grey",
    ),
    # Photo: black flared (anarkali-cut) cotton kurta with a white floral print, long sleeves, round neck, black
    # leggings, a sheer plain black chiffon dupatta over one shoulder. (caption: epoch-3 adapter; answers: extractive)
    case(
        "X1434-044",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady also wears an outer clothing, with chiffon fabric and pure color patterns."
        ),
        Q.garment_type("dress", "contradiction"),
        Q.pattern("floral"),
        Q.material("cotton"),
        color_of("kurta", "pure color", "other_garment_color", kind="open"),
        gender="Women",
        title="Aurelia Women Plus Size Black Floral Printed Flared Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Photo: purple tiered midi dress with small white flowers, short puff sleeves, square neck, a sling bag across
    # the body; no bracelet, no ring. The feed has no category for this item. (caption: epoch-3 adapter; answers:
    # extractive QA on the caption)
    case(
        "X1434-045",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "square neckline. There is an accessory on her wrist. The lady wears a ring.",
            "unsupported",
        ),
        wearing("a short-sleeve dress with floral patterns", who="she"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        color_of("dress", "floral patterns", "non_answer", kind="open"),
        details("dress", "square neckline"),
        gender="Women",
        title="Sztori Women Plus Size Purple Floral Print Tiered Midi Dress",
        color="Purple",
    ),
]
