"""BLIND_1266 (45 products; Myntra women's plus-size and maternity, epoch-3 captions + extractive QA): written blind in
the sixty-second session. Measured blind at 75d2b57 (the session's seventh rules): 108/135 failures found (80.0%) and
22/170 correct texts flagged (12.9%). The writer's notes, verbatim:

Scenario: a Myntra women's plus-size and maternity feed (kurtas, kurtis, kurta sets, tunics, plus-size and maternity
dresses, jeggings, one maternity top). Catalog photos: a model on a plain grey or white backdrop wearing the product
with palazzos, leggings, jeggings or a T-shirt; pregnant models for the maternity lines; two flat lays, two back
views, props now and then (a straw hat held in the hand, a coffee cup). Columns as the feed has them: title,
category (Myntra article type), color (base colour), gender; a few rows lack one of them.
Who wrote what: every caption is the epoch-3 caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption on
blip2-opt-2.7b), greedy, 50 new tokens. It only knows the DeepFashion-MultiModal template ("The lady wears a
medium-sleeve shirt with floral patterns. The shirt is with cotton fabric..."): no hue names (one caption let
"white" through), no kurta/tunic/jeggings in its vocabulary. It never learned to stop, so every caption ran to the
token limit (hit_limit=True on all of them): most are cut mid-sentence, some restart the template and loop, and a few
finished their sentences and spent the rest of the budget on padding, so they read complete. Every answer is the
extractive QA model (timpal0l/mdeberta-v3-base-squad2) run over that product's caption: a span copied from the
caption, or an empty string when it found none. Answers therefore never say anything the caption does not, never
leak the prompt and never run to a token limit; they inherit the caption's mistakes.
Labeling conventions and judgement calls:
- A caption carries one label. A wrong claim in it (wrong garment, wrong pattern, "gentleman", a hat she only holds)
  takes precedence over the cut; a caption that restarts its template is a loop; otherwise a caption cut mid-sentence
  is cut. A caption that reads complete and says nothing wrong is unmarked even though it hit the limit.
- Garment type: a knee- or calf-length kurta called "shirt", "dress" or "T-shirt" is a contradiction (the title says
  kurta). A hip-length kurti or a tunic called "shirt"/"T-shirt" is accepted: that is what it looks like and the
  adapter has no better word. Exception: the anarkali (X1266-016) is cut exactly like a flared dress, so "dress" in
  the free text (caption, wearing) is accepted, but the closed type answer "dress" is a contradiction. For jeggings,
  "leggings", "pants" and "trousers" are accepted; a type answer naming the top she wears with them is a
  contradiction.
- The color question answered with a pattern word ("pure color", "floral", "graphic", "lattice", "striped"),
  "denim" or an empty string says no color: non_answer. The jeggings' color answered with the top's pattern, or the
  tunic's color answered with the leggings' "white", is other_garment_color.
- "What is she wearing?" answered with only the top, when the product is the jeggings, is accepted (it is true).
- Material: wrong against a material in the title is unsupported; when the title names no material, the template's
  cotton/chiffon/knitted is accepted if the photo makes it plausible (chiffon for georgette included). A material
  answer copied from the other garment is a contradiction when it is wrong for the product; in X1266-020 the T-shirt's
  "cotton" happens to be right for cotton-stretch jeggings and is left unmarked.
- Wrong sleeve length or pattern that only the photo shows is unsupported; a pattern the title contradicts
  ("Solid", "Printed", "Embroidered") is a contradiction.
- Details answered with an accessory (true but not the garment) is non_answer; with an accessory or pants that are
  not in the photo, unsupported; with the garment's name only ("a long leggings"), restated.
- Yes/no questions: extractive QA cannot say yes; an empty answer is non_answer, a span naming another garment is a
  contradiction, a span naming the asked garment is accepted as a yes.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, details, is_a, wearing

W = "Women"

BLIND_1266 = [
    # Calf-length navy straight kurta, small white floral print, 3/4 sleeves, round neck, white palazzos; grey
    # backdrop, front view. Caption: epoch-3 adapter (calls the kurta a shirt). Answers: extractive QA on it.
    case(
        "X1266-001",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. The neckline "
            "of the shirt is round. The lady wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with floral patterns", "contradiction", who="she"),
        B.garment_type("shirt", "contradiction"),
        B.color("floral", "non_answer"),
        B.pattern("floral"),
        B.sleeve_length("medium-sleeve"),
        B.material("cotton"),
        gender=W,
        title="Women Plus Size Navy Blue Floral Printed Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Hip-length mustard solid tunic, short roll-up sleeves, round neck with keyhole, blue jeggings; white
    # backdrop. Caption: epoch-3 adapter, cut at the limit. Answers: extractive QA.
    case(
        "X1266-002",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", who="she"),
        B.garment_type("T-shirt"),
        B.color("pure color", "non_answer"),
        B.pattern("pure color"),
        B.sleeve_length("short-sleeve"),
        B.material("cotton"),
        gender=W,
        title="Women Plus Size Mustard Yellow Solid Tunic",
        category="Tunics",
        color="Mustard",
    ),
    # Pregnant model, side view, hand on the bump: black jersey maxi dress, short sleeves, round neck, concealed
    # nursing zips; she wears a watch. Caption: epoch-3 adapter, cut. Answers: extractive QA.
    case(
        "X1266-003",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length. There is an accessory on her wrist. The lady wears a ring "
            "on her finger. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns", who="she"),
        B.garment_type("dress"),
        B.color("pure color", "non_answer"),
        B.sleeve_length("short-sleeve"),
        B.material("cotton"),
        D.details("There is an accessory on her wrist", "non_answer"),
        gender=W,
        title="Momsoon Women Black Solid Maternity Maxi Dress with Nursing Zips",
        category="Dresses",
        color="Black",
    ),
    # Mid-blue washed skinny jeggings, worn with a white graphic-print T-shirt left untucked and white sneakers.
    # Caption: epoch-3 adapter, cut. Answers: extractive QA (the type question took the T-shirt).
    case(
        "X1266-004",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long leggings. The leggings are with denim fabric and pure color "
            "patterns. She wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns", who="she"),
        B.garment_type("T-shirt", "contradiction"),
        color_of("jeans", "denim", "non_answer"),
        details("jeans", "The leggings are with denim fabric and pure color patterns"),
        B.material("denim"),
        gender=W,
        title="Women Plus Size Blue Washed Skinny Fit Jeggings",
        category="Jeggings",
        color="Blue",
    ),
    # Maroon rayon knee-length kurta with gold thread embroidery at the yoke, 3/4 sleeves, V-neck, matching
    # palazzos, a sheer chiffon dupatta over one shoulder. Caption: epoch-3 adapter, restarts its first sentence.
    case(
        "X1266-005",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric. The "
            "neckline of it is V-shape. There is an accessory on her wrist. The lady wears a long-sleeve dress with "
            "graphic patterns. The dress is with chiffon",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with graphic patterns", "contradiction", who="she"),
        B.garment_type("dress", "contradiction"),
        B.color("graphic", "non_answer"),
        B.pattern("graphic", "unsupported"),
        B.sleeve_length("long-sleeve", "unsupported"),
        B.material("chiffon", "unsupported"),
        gender=W,
        title="Women Plus Size Maroon Embroidered Rayon Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Maroon",
    ),
    # White shirt-style tunic with blue vertical stripes, collar, button front, long roll-up sleeves, hip length,
    # black jeggings. Caption: epoch-3 adapter, cut. Answers: extractive QA.
    case(
        "X1266-006",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. The neckline "
            "of the shirt is lapel. The lady wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with striped patterns", who="she"),
        B.garment_type("shirt"),
        B.color("striped", "non_answer"),
        B.pattern("striped"),
        B.sleeve_length("long-sleeve"),
        B.material("cotton"),
        D.details("The neckline of the shirt is lapel"),
        gender=W,
        title="Women Plus Size White & Blue Striped Shirt-Style Tunic",
        category="Tunics",
        color="White",
    ),
    # Teal faux-wrap dress with pink and white flowers, V-neck, short flutter sleeves, knee length, tie belt; light
    # crepe. Caption: epoch-3 adapter, cut. Answers: extractive QA.
    case(
        "X1266-007",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. The neckline "
            "of it is V-shape. There is a belt in her clothes. The dress is of medium length. She wears a ring on "
            "her",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns", who="she"),
        B.color("floral", "non_answer"),
        B.pattern("floral"),
        B.sleeve_length("short-sleeve"),
        B.material("chiffon"),
        D.details("There is a belt in her clothes"),
        gender=W,
        title="Women Plus Size Teal Floral Print Wrap Dress",
        category="Dresses",
        color="Teal",
    ),
    # Pregnant model: pink calf-length A-line feeding kurta with small white booti print, 3/4 sleeves, round neck,
    # two concealed zips at the bust, white leggings. Caption: epoch-3 adapter (a "dress"). Answers: extractive QA.
    case(
        "X1266-008",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. The "
            "neckline of it is round. The dress is of long length. The lady wears a long leggings. The leggings are",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with graphic patterns", "contradiction", who="she"),
        B.garment_type("dress", "contradiction"),
        B.color("", "non_answer"),
        B.pattern("graphic"),
        B.sleeve_length("medium-sleeve"),
        is_a("kurta", "", "non_answer"),
        gender=W,
        title="Women Maternity Pink Printed Feeding Kurta with Zipper",
        category="Kurtas",
        color="Pink",
    ),
    # Back view: black jeggings, the model in an oversized grey melange sweatshirt. Caption: epoch-3 adapter, reads
    # complete (padding after it). Answers: extractive QA; type and material taken from the sweatshirt.
    case(
        "X1266-009",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. The "
            "lady wears a long leggings. The leggings are with cotton fabric and pure color patterns.",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns", who="she"),
        B.garment_type("sweater", "contradiction"),
        color_of("jeans", "pure color", "non_answer"),
        details("jeans", "The leggings are with cotton fabric and pure color patterns"),
        B.material("knitted", "contradiction"),
        gender=W,
        title="Women Plus Size Black Solid Slim Fit Jeggings",
        category="Jeggings",
        color="Black",
    ),
    # Hip-length olive kurti, mandarin collar, long roll-up sleeves, beige trousers. Caption: epoch-3 adapter, cut.
    # Answers: extractive QA ("shirt" accepted for a hip-length kurti).
    case(
        "X1266-010",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "neckline of the shirt is standing. The lady wears a long trousers. The trousers are with cotton fabric "
            "and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", who="she"),
        B.garment_type("shirt"),
        B.color("pure color", "non_answer"),
        B.pattern("pure color"),
        B.sleeve_length("long-sleeve"),
        B.material("cotton"),
        D.details("The neckline of the shirt is standing"),
        gender=W,
        title="Women Plus Size Olive Green Solid Pure Cotton Kurti",
        category="Kurtas",
        color="Olive",
    ),
    # Pregnant model: navy A-line dress with white polka dots, sleeveless, round neck, empire waist with a tie, knee
    # length. Caption: epoch-3 adapter, cut. Answers: extractive QA.
    case(
        "X1266-011",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is of medium length. There is a belt in her clothes. The lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with graphic patterns", who="she"),
        B.garment_type("dress"),
        B.color("graphic", "non_answer"),
        B.pattern("graphic"),
        B.sleeve_length("sleeveless"),
        B.material("chiffon"),
        is_a("dress", "a sleeveless dress"),
        gender=W,
        title="Women Maternity Navy Blue Polka Dot Print A-Line Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Black rayon tunic with a white geometric print, round neck, 3/4 sleeves, high-low hem, black leggings.
    # Caption: epoch-3 adapter, cut. Answers: extractive QA. (No category in the feed row.)
    case(
        "X1266-012",
        caption(
            "The lady wears a medium-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with lattice patterns", who="she"),
        B.color("lattice", "non_answer"),
        B.pattern("lattice"),
        B.sleeve_length("medium-sleeve"),
        B.material("cotton", "unsupported"),
        gender=W,
        title="Women Plus Size Black & White Geometric Printed Rayon Tunic",
        color="Black",
    ),
    # Grey calf-length cotton kurta with white chikankari embroidery, 3/4 sleeves, round neck; the model has a
    # short crop. Caption: epoch-3 adapter ("gentleman", a plain "shirt"). Answers: extractive QA.
    case(
        "X1266-013",
        caption(
            "The gentleman wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "The neckline of the shirt is round. The gentleman wears a long trousers. The trousers are with cotton "
            "fabric and pure color",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with pure color patterns", "contradiction", who="she"),
        B.garment_type("shirt", "contradiction"),
        B.pattern("pure color", "contradiction"),
        B.sleeve_length("medium-sleeve"),
        B.material("cotton"),
        gender=W,
        title="Women Plus Size Grey Chikankari Embroidered Cotton Straight Kurta",
        category="Kurtas",
        color="Grey",
    ),
    # Red solid fit-and-flare dress, short sleeves, V-neck, knee length, shiny scuba polyester; nude heels.
    # Caption: epoch-3 adapter, reads complete. Answers: extractive QA.
    case(
        "X1266-014",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. The "
            "neckline of it is V-shape. The dress is of medium length.",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns", who="she"),
        B.garment_type("dress"),
        B.color("pure color", "non_answer"),
        B.pattern("pure color"),
        B.sleeve_length("short-sleeve"),
        B.material("cotton", "unsupported"),
        gender=W,
        title="Women Plus Size Red Solid Fit and Flare Dress",
        category="Dresses",
        color="Red",
    ),
    # Flat lay: navy mid-rise jeggings folded on a white surface, no person. Caption: epoch-3 adapter, invents a
    # lady and loops. Answers: extractive QA.
    case(
        "X1266-015",
        caption(
            "The lady wears a long leggings. The leggings are with denim fabric and pure color patterns. The lady "
            "wears a long leggings. The leggings are with denim fabric and pure color patterns. The lady wears a long",
            "loop",
            hit_limit=True,
        ),
        wearing("a long leggings", "unsupported", who="she"),
        B.garment_type("leggings"),
        color_of("jeans", "pure color", "non_answer"),
        details(
            "jeans",
            "a long leggings. The leggings are with denim fabric and pure color patterns. The lady wears a long "
            "leggings",
            "loop",
        ),
        B.material("denim"),
        gender=W,
        title="Women Plus Size Navy Blue Mid-Rise Jeggings",
        category="Jeggings",
        color="Navy Blue",
    ),
    # Yellow cotton anarkali flaring to the calf, green floral print, 3/4 sleeves, round neck, green churidar.
    # Caption: epoch-3 adapter ("dress" accepted for the anarkali's cut), cut. Answers: extractive QA.
    case(
        "X1266-016",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length. The lady wears a long leggings. The leggings are with "
            "cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with floral patterns", who="she"),
        B.garment_type("dress", "contradiction"),
        B.color("floral", "non_answer"),
        B.pattern("floral"),
        B.sleeve_length("medium-sleeve"),
        B.material("cotton"),
        gender=W,
        title="Women Plus Size Yellow & Green Floral Printed Cotton Anarkali Kurta",
        category="Kurtas",
        color="Yellow",
    ),
    # Peach georgette tunic with a lace insert at the yoke, short sleeves, round neck, white jeans; a bracelet.
    # Caption: epoch-3 adapter, cut. Answers: extractive QA.
    case(
        "X1266-017",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns", who="she"),
        B.color("pure color", "non_answer"),
        B.pattern("pure color"),
        B.sleeve_length("short-sleeve"),
        B.material("chiffon"),
        D.details("It has a round neckline"),
        gender=W,
        title="Women Plus Size Peach Solid Georgette Tunic with Lace Detail",
        category="Tunics",
        color="Peach",
    ),
    # Pregnant model: olive cotton shirt dress, button front, collar, long roll-up sleeves, knee length, fabric
    # belt. Caption: epoch-3 adapter, calls it a shirt and restarts. Answers: extractive QA.
    case(
        "X1266-018",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "neckline of the shirt is lapel. There is a belt in her clothes. The lady wears a long-sleeve shirt with "
            "pure color",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction", who="she"),
        B.garment_type("shirt", "contradiction"),
        B.color("pure color", "non_answer"),
        B.sleeve_length("long-sleeve"),
        B.material("cotton"),
        D.details("There is a belt in her clothes"),
        gender=W,
        title="Women Maternity Olive Green Solid Cotton Shirt Dress with Belt",
        category="Dresses",
        color="Olive",
    ),
    # Hip-length blue kurti with a white ikat print, short sleeves, round notched neck, white leggings. Caption:
    # epoch-3 adapter, reads complete. Answers: extractive QA.
    case(
        "X1266-019",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with graphic patterns", who="she"),
        B.garment_type("shirt"),
        B.color("graphic", "non_answer"),
        B.pattern("graphic"),
        B.sleeve_length("short-sleeve"),
        B.material("cotton"),
        gender=W,
        title="Women Plus Size Blue Ikat Printed Straight Kurti",
        category="Kurtas",
        color="Blue",
    ),
    # Grey cotton-stretch jeggings, the model in a black short-sleeve V-neck tunic left out, black flats. Caption:
    # epoch-3 adapter, cut. Answers: extractive QA ("cotton" comes from the top, right by accident).
    case(
        "X1266-020",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "neckline of the T-shirt is V-shape. The lady wears a long pants. The pants are with denim fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", who="she"),
        B.garment_type("pants"),
        color_of("jeans", "", "non_answer"),
        details("jeans", "The pants are with denim fabric and pure color", "cut"),
        B.material("cotton"),
        gender=W,
        title="Women Plus Size Grey Skinny Fit Stretchable Jeggings",
        category="Jeggings",
        color="Grey",
    ),
    # Pink tiered maxi dress with small white and blue flowers, sheer long sleeves, V-neck; glass bangles.
    # Caption: epoch-3 adapter, cut. Answers: extractive QA.
    case(
        "X1266-021",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. The neckline "
            "of it is V-shape. The dress is of long length. There is an accessory on her wrist. The lady wears a "
            "ring on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns", who="she"),
        B.garment_type("dress"),
        B.color("floral", "non_answer"),
        B.pattern("floral"),
        B.sleeve_length("long-sleeve"),
        B.material("chiffon"),
        gender=W,
        title="Women Plus Size Pink Floral Print Tiered Maxi Dress",
        category="Dresses",
        color="Pink",
    ),
    # Green rayon straight kurta to mid-calf with gold-foil ethnic motifs, 3/4 sleeves, V-neck, white palazzos, a
    # sling bag on the shoulder. Caption: epoch-3 adapter (a plain shirt). Answers: extractive QA.
    case(
        "X1266-022",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "neckline of the shirt is V-shape. The lady wears a long trousers. The trousers are with cotton fabric "
            "and pure color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with pure color patterns", "contradiction", who="she"),
        B.color("pure color", "non_answer"),
        B.pattern("pure color", "contradiction"),
        B.sleeve_length("medium-sleeve"),
        B.material("cotton", "unsupported"),
        gender=W,
        title="Women Plus Size Green Ethnic Motifs Printed Rayon Straight Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Back view: lavender longline tunic with side slits, short sleeves, white leggings, hair in a bun; both
    # wrists bare. Caption: epoch-3 adapter, reads complete but invents an accessory. Answers: extractive QA.
    case(
        "X1266-023",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lady "
            "wears a long leggings. The leggings are with cotton fabric and pure color patterns. There is an "
            "accessory on her wrist.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns", who="she"),
        B.color("pure color", "non_answer"),
        B.pattern("pure color"),
        B.sleeve_length("short-sleeve"),
        B.material("cotton"),
        D.details("There is an accessory on her wrist", "unsupported"),
        gender=W,
        title="Women Plus Size Lavender Solid Longline Tunic",
        category="Tunics",
        color="Lavender",
    ),
    # Pregnant model: maroon jersey wrap nursing dress, long sleeves, V wrap neck, side tie, knee length. Caption:
    # epoch-3 adapter, cut. Answers: extractive QA. (No gender in the feed row.)
    case(
        "X1266-024",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitted fabric. The "
            "neckline of it is V-shape. There is a belt in her clothes. The dress is of medium length. The lady "
            "wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns", who="she"),
        B.garment_type("dress"),
        B.color("pure color", "non_answer"),
        B.sleeve_length("long-sleeve"),
        B.material("knitted"),
        D.details("The neckline of it is V-shape"),
        title="Women Maternity Maroon Solid Wrap Nursing Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Teal knee-length cotton kurta with white floral block print, 3/4 sleeves, round neck, matching printed teal
    # trousers. Caption: epoch-3 adapter (a shirt, plain trousers). Answers: extractive QA.
    case(
        "X1266-025",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with floral patterns", "contradiction", who="she"),
        B.garment_type("shirt", "contradiction"),
        B.color("floral", "non_answer"),
        B.pattern("floral"),
        B.material("cotton"),
        gender=W,
        title="Women Plus Size Teal Blue Floral Printed Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="Teal",
    ),
    # Side view: charcoal jeggings, a long-sleeve white kurti on top. Caption: epoch-3 adapter, cut. Answers:
    # extractive QA.
    case(
        "X1266-026",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with denim fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", who="she"),
        color_of("jeans", "pure color", "non_answer"),
        details("jeans", "a long leggings", "restated"),
        B.material("denim"),
        gender=W,
        title="Women Plus Size Charcoal Grey Solid Jeggings",
        category="Jeggings",
        color="Charcoal",
    ),
    # White cotton schiffli (eyelet) A-line dress, short puff sleeves, round neck, knee length; she holds a straw
    # hat at her side. Caption: epoch-3 adapter, puts the hat on her head. Answers: extractive QA.
    case(
        "X1266-027",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length. The lady wears a hat. The lady wears a short",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a hat", "unsupported", who="she"),
        B.garment_type("dress"),
        B.color("pure color", "non_answer"),
        B.pattern("pure color"),
        B.material("cotton"),
        gender=W,
        title="Women Plus Size White Schiffli Embroidered Pure Cotton A-Line Dress",
        category="Dresses",
        color="White",
    ),
    # Light-blue chambray shirt-style tunic, collar, buttons, long sleeves, hip length, white jeggings. Caption:
    # epoch-3 adapter, reads complete. Answers: extractive QA.
    case(
        "X1266-028",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. The "
            "neckline of the shirt is lapel. The lady wears a long leggings. The leggings are with cotton fabric and "
            "pure color patterns.",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", who="she"),
        B.garment_type("shirt"),
        B.color("pure color", "non_answer"),
        B.pattern("pure color"),
        B.sleeve_length("long-sleeve"),
        B.material("denim"),
        gender=W,
        title="Women Plus Size Blue Denim Shirt-Style Tunic",
        category="Tunics",
        color="Blue",
    ),
    # Pregnant model: mid-blue over-belly maternity jeggings with a grey belly panel, white tank top. Caption:
    # epoch-3 adapter, cut. Answers: extractive QA.
    case(
        "X1266-029",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "neckline of it is round. The lady wears a long leggings. The leggings are with denim fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns", who="she"),
        B.garment_type("tank top", "contradiction"),
        color_of("jeans", "pure color", "non_answer"),
        details("jeans", "The leggings are with denim fabric and pure color patterns"),
        B.material("denim"),
        gender=W,
        title="Women Maternity Blue Over-Belly Jeggings",
        category="Jeggings",
        color="Blue",
    ),
    # Rust knee-length straight kurta, long sleeves, mandarin collar, side slits, off-white palazzos. Caption:
    # epoch-3 adapter (a shirt). Answers: extractive QA; the details span stops before its word.
    case(
        "X1266-030",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "neckline of the shirt is standing. The lady wears a long trousers. The trousers are with cotton fabric "
            "and pure color patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction", who="she"),
        B.garment_type("shirt", "contradiction"),
        B.color("pure color", "non_answer"),
        B.pattern("pure color"),
        B.sleeve_length("long-sleeve"),
        D.details("The neckline of the shirt is", "cut"),
        gender=W,
        title="Women Plus Size Rust Orange Solid Straight Kurta with Side Slits",
        category="Kurtas",
        color="Rust",
    ),
    # Black tiered maxi dress with small red and white flowers, short sleeves, square neck; a watch. Caption:
    # epoch-3 adapter, cut. Answers: extractive QA.
    case(
        "X1266-031",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. The "
            "neckline of it is square. The dress is of long length. There is an accessory on her wrist. There is a "
            "ring on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns", who="she"),
        B.garment_type("dress"),
        B.color("floral", "non_answer"),
        B.pattern("floral"),
        B.sleeve_length("short-sleeve"),
        B.material("chiffon"),
        D.details("The neckline of it is square"),
        gender=W,
        title="Women Plus Size Black Floral Printed Tiered Maxi Dress",
        category="Dresses",
        color="Black",
    ),
    # Coral tunic with 3/4 bell sleeves, round neck, hip length, blue jeggings. Caption: epoch-3 adapter, gives it
    # short sleeves. Answers: extractive QA.
    case(
        "X1266-032",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "She",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns", "unsupported", who="she"),
        B.color("pure color", "non_answer"),
        B.pattern("pure color"),
        B.sleeve_length("short-sleeve", "unsupported"),
        B.material("chiffon"),
        gender=W,
        title="Women Plus Size Coral Solid Tunic with Bell Sleeves",
        category="Tunics",
        color="Coral",
    ),
    # Flat lay on a wooden floor: grey marl T-shirt maternity dress, short sleeves, round neck, knee length, no
    # person. Caption: epoch-3 adapter, a T-shirt on a lady, looping. Answers: extractive QA.
    case(
        "X1266-033",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is "
            "with cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", "contradiction", who="she"),
        B.garment_type("T-shirt", "contradiction"),
        B.color("pure color", "non_answer"),
        B.sleeve_length("short-sleeve"),
        B.material("cotton"),
        gender=W,
        title="Women Maternity Grey Melange Solid T-shirt Dress",
        category="Dresses",
        color="Grey Melange",
    ),
    # Off-white kaftan tunic with a blue paisley print, elbow-length batwing sleeves, V-neck with tassel ties, hip
    # length, blue jeans. Caption: epoch-3 adapter, cut. Answers: extractive QA.
    case(
        "X1266-034",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with chiffon fabric. The "
            "neckline of the shirt is V-shape. The lady wears a long pants. The pants are with denim fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with graphic patterns", who="she"),
        B.garment_type("shirt"),
        B.color("graphic", "non_answer"),
        B.pattern("graphic"),
        B.sleeve_length("medium-sleeve"),
        B.material("chiffon"),
        D.details("The neckline of the shirt is V-shape"),
        gender=W,
        title="Women Plus Size Off White & Blue Paisley Printed Kaftan Tunic",
        category="Tunics",
        color="Off White",
    ),
    # Olive cotton ankle-length jeggings, a white floral-print short-sleeve kurti on top. Caption: epoch-3 adapter,
    # cut. Answers: extractive QA; the color question took the kurti's pattern.
    case(
        "X1266-035",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with floral patterns", who="she"),
        B.garment_type("shirt", "contradiction"),
        color_of("jeans", "floral", "other_garment_color"),
        details("jeans", "The trousers are with cotton fabric and pure color patterns"),
        B.material("cotton"),
        gender=W,
        title="Women Plus Size Olive Green Cotton Ankle-Length Jeggings",
        category="Jeggings",
        color="Olive",
    ),
    # Side pose, model with a pixie cut: black knit bodycon midi dress, long sleeves, round neck. Caption: epoch-3
    # adapter ("gentleman", a sweater and pants). Answers: extractive QA.
    case(
        "X1266-036",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. "
            "It has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. His",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns", "contradiction", who="she"),
        B.garment_type("sweater", "contradiction"),
        B.color("pure color", "non_answer"),
        B.sleeve_length("long-sleeve"),
        B.material("knitted"),
        D.details("The pants are with cotton fabric and pure color patterns", "unsupported"),
        gender=W,
        title="Women Plus Size Black Solid Bodycon Midi Dress",
        category="Dresses",
        color="Black",
    ),
    # Navy solid tunic, short sleeves, notched neck, hip length, white leggings. Caption: epoch-3 adapter, one hue
    # slipped through ("white" leggings, true), cut. Answers: extractive QA; the color answer took the leggings'.
    case(
        "X1266-037",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a long white leggings. The leggings are with cotton fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns", who="she"),
        B.color("white", "other_garment_color"),
        B.pattern("pure color"),
        B.sleeve_length("short-sleeve"),
        B.material("cotton"),
        gender=W,
        title="Women Plus Size Navy Blue Solid Tunic",
        category="Tunics",
        color="Navy Blue",
    ),
    # Mustard kaftan dress with a black abstract print, batwing sleeves to the elbow, V-neck, drawstring waist,
    # knee length. Caption: epoch-3 adapter, reads complete. Answers: extractive QA.
    case(
        "X1266-038",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with chiffon fabric. The "
            "neckline of it is V-shape. There is a belt in her clothes. The dress is of medium length.",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with graphic patterns", who="she"),
        B.garment_type("dress"),
        B.color("graphic", "non_answer"),
        B.pattern("graphic"),
        B.sleeve_length("medium-sleeve"),
        D.details("There is a belt in her clothes"),
        gender=W,
        title="Women Plus Size Mustard Yellow Abstract Printed Kaftan Dress",
        category="Dresses",
        color="Mustard",
    ),
    # Purple calf-length flared kurta with a floral print, long sleeves, round neck, purple leggings. Caption:
    # epoch-3 adapter (a long dress), cut. Answers: extractive QA.
    case(
        "X1266-039",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is of long length. The lady wears a long leggings. The leggings are with cotton "
            "fabric and",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns", "contradiction", who="she"),
        B.garment_type("dress", "contradiction"),
        is_a("kurta", "a long-sleeve dress", "contradiction"),
        B.color("floral", "non_answer"),
        B.pattern("floral"),
        B.material("cotton"),
        gender=W,
        title="Women Plus Size Purple Floral Printed Flared Kurta",
        category="Kurtas",
        color="Purple",
    ),
    # Green and white checked shirt-style tunic, collar, buttons, long sleeves, curved hem, blue jeans; she holds
    # a coffee cup. Caption: epoch-3 adapter, cut. Answers: extractive QA. (No base colour in the feed row.)
    case(
        "X1266-040",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. The neckline "
            "of the shirt is lapel. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with lattice patterns", who="she"),
        B.garment_type("shirt"),
        B.color("lattice", "non_answer"),
        B.pattern("lattice"),
        B.sleeve_length("long-sleeve"),
        B.material("cotton"),
        D.details("lapel"),
        gender=W,
        title="Women Plus Size Green & White Checked Shirt-Style Tunic",
        category="Tunics",
    ),
    # Pregnant model: blue cotton maxi nursing dress with white flowers, 3/4 sleeves, V-neck overlay, floor
    # length. Caption: epoch-3 adapter, restarts. Answers: extractive QA.
    case(
        "X1266-041",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with chiffon fabric. The "
            "neckline of it is V-shape. The dress is of long length. The lady wears a medium-sleeve dress with "
            "floral patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with floral patterns", who="she"),
        B.garment_type("dress"),
        B.color("floral", "non_answer"),
        B.pattern("floral"),
        B.sleeve_length("medium-sleeve"),
        B.material("chiffon", "unsupported"),
        D.details("The dress is of long length"),
        gender=W,
        title="Women Maternity Blue Floral Printed Cotton Nursing Maxi Dress",
        category="Dresses",
        color="Blue",
    ),
    # Hip-length black rayon kurti with a gold-foil print, 3/4 sleeves, round neck, black leggings. Caption:
    # epoch-3 adapter, reads complete. Answers: extractive QA.
    case(
        "X1266-042",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with graphic patterns", who="she"),
        B.garment_type("shirt"),
        B.color("graphic", "non_answer"),
        B.pattern("graphic"),
        B.sleeve_length("medium-sleeve"),
        B.material("cotton", "unsupported"),
        gender=W,
        title="Women Plus Size Black & Gold-Toned Foil Printed Rayon Kurti",
        category="Kurtas",
        color="Black",
    ),
    # Back view: dark-blue high-rise jeggings with faux back pockets, a grey short-sleeve T-shirt over them.
    # Caption: epoch-3 adapter, restarts. Answers: extractive QA.
    case(
        "X1266-043",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "lady wears a long pants. The pants are with denim fabric and pure color patterns. The lady wears a "
            "short-sleeve T",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", who="she"),
        B.garment_type("T-shirt", "contradiction"),
        color_of("jeans", "pure color", "non_answer"),
        details("jeans", "The pants are with denim fabric and pure color patterns"),
        B.material("denim"),
        gender=W,
        title="Women Plus Size Dark Blue High-Rise Jeggings",
        category="Jeggings",
        color="Navy Blue",
    ),
    # Green solid empire-waist midi dress, short flutter sleeves, V-neck; a bracelet. Caption: epoch-3 adapter,
    # gives it floral patterns. Answers: extractive QA.
    case(
        "X1266-044",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. The "
            "neckline of it is V-shape. The dress is of medium length. There is an accessory on her wrist. The lady "
            "wears a",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns", "contradiction", who="she"),
        B.garment_type("dress"),
        B.color("floral", "non_answer"),
        B.pattern("floral", "contradiction"),
        B.sleeve_length("short-sleeve"),
        B.material("chiffon"),
        gender=W,
        title="Women Plus Size Green Solid Empire Midi Dress",
        category="Dresses",
        color="Green",
    ),
    # Pregnant model: peach cotton nursing top with an overlay layer, short sleeves, round neck, hip length, blue
    # jeggings. Caption: epoch-3 adapter, reads complete. Answers: extractive QA.
    case(
        "X1266-045",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", who="she"),
        B.garment_type("T-shirt"),
        B.color("pure color", "non_answer"),
        B.pattern("pure color"),
        B.sleeve_length("short-sleeve"),
        B.material("cotton"),
        gender=W,
        title="Women Maternity Peach Solid Nursing Top",
        category="Tops",
        color="Peach",
    ),
]
