"""BLIND_1410 (45 products; Myntra women's plus-size and maternity, epoch-3 captions + extractive QA): written blind in
the sixty-fourth session. Measured blind at 4e1890e (the session's fourth rules): 91/132 failures found (68.9%) and
16/183 correct texts flagged (8.7%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's plus-size and maternity wear (kurtas, tunics, dresses, jeggings, a few tops), with
the marketplace's columns: title (productDisplayName), category (articleType), color (baseColour), gender. A few rows
lack one column, as feeds do. The photos are the catalog's usual shots: a plus-size or pregnant model on a plain
studio backdrop wearing the product with other clothes (palazzos, leggings, a plain tee over jeggings), two flat lays,
two back views, a dupatta, a cardigan, a stool.
Who wrote what: every caption is by the epoch-3 caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption on
blip2-opt-2.7b, empty prompt, greedy, 50 new tokens). It was trained without an end token, so every caption runs to
the limit (hit_limit=True on all of them): most break off mid-sentence, some fall into a loop of one template
sentence, and three happen to end on a full stop. It speaks only the DeepFashion-MultiModal template (upper garment,
lower garment, fabric, "pure color / floral / graphic / striped / lattice / color block patterns", neckline,
accessories): no hue names, no kurta, tunic or jeggings. Every answer is then an extractive span that
timpal0l/mdeberta-v3-base-squad2 picked from that caption (pipeline defaults, so it always returns a span, never an
empty string, and never hits a generation limit). The questionnaire is the same for every product: What is she
wearing? the color, pattern, sleeve length and material of the garment, and "What are the <category> details?".
Labeling conventions and judgement calls: a caption gets one label: the content error when it has one (wrong
garment kind, a person or garment that is not in the photo, an accessory that is not there, a fabric the title
contradicts, a wrong pronoun, a loop), otherwise "cut" when it breaks off mid-sentence; the three that stop on a full
stop with nothing wrong are left unmarked although they hit the limit. A fabric guess that the title does not
contradict and only the care label could refute is labeled on the material answer (unsupported), not on the caption.
The color answers are always a pattern span ("pure color", "floral patterns"): that says nothing about the hue, so
every one is a non_answer, even when the pattern is right. A kurta called a "shirt" and a tunic called a "shirt" or
"T-shirt" I accept (a kurta is a long shirt); a kurta or anarkali called a "dress", or a dress split into a top and a
skirt, I label contradiction. Chiffon for a georgette garment I accept; chiffon for crepe or rayon I do not. On the
jeggings the QA model often takes the span from the styling top's sentence: a sleeve length or a pattern that belongs
to the top is labeled contradiction. "What is she wearing?" answered with the styling top alone is true of the photo
and left unmarked. A garment-details answer that gives an accessory ("an accessory on her wrist") is contradiction.
A wrong neckline or sleeve length that only the photo shows is unsupported. No prompt leaks are possible in this
pipeline (spans of a caption made from an empty prompt), and with no hue anywhere there is no color of another
garment either.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, details, wearing


def she(text: str, failure: str | None = None):
    return wearing(text, failure, who="she")


BLIND_1410 = [
    # Truth: front view, plus-size model in a navy cotton kurta with white block-printed motifs, three-quarter
    # sleeves, round neck, white palazzos, grey backdrop. Caption: epoch-3 adapter (cut); answers: extractive QA.
    case(
        "X1410-001",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        she("a medium-sleeve shirt with graphic patterns"),
        Q.color("graphic patterns", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        details("kurta", "round neckline"),
        gender="Women",
        title="Sztori Women Plus Size Navy Blue Ethnic Motifs Printed Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Truth: maroon solid rayon A-line kurta, long sleeves, V-neck, beige leggings, a ring on her right hand.
    # Caption: epoch-3 adapter, says cotton where the title says rayon; answers: extractive QA.
    case(
        "X1410-002",
        caption(
            "This woman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. This woman wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. This woman wears a ring. This",
            "contradiction",
            hit_limit=True,
        ),
        she("a long-sleeve shirt with pure color patterns"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "contradiction"),
        details("kurta", "V-shape neckline"),
        gender="Women",
        title="Amydus Women Plus Size Maroon Solid Rayon A-Line Kurta",
        category="Kurtas",
        color="Maroon",
    ),
    # Truth: black and white horizontally striped cotton-jersey tunic, short sleeves, round neck, black jeggings.
    # Caption: epoch-3 adapter (cut); answers: extractive QA.
    case(
        "X1410-003",
        caption(
            "The female is wearing a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The female wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        she("a short-sleeve T-shirt with striped patterns"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        details("tunic", "a round neckline"),
        gender="Women",
        title="Instafab Plus Women Black & White Striped Tunic",
        category="Tunics",
        color="Black",
    ),
    # Truth: pregnant model, hand on the bump, pink floral wrap dress in polyester crepe, flutter short sleeves,
    # V-neck, midi length. Caption: epoch-3 adapter, loops on the length sentence; answers: extractive QA.
    case(
        "X1410-004",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of medium length. The dress is of medium length. The dress is of medium "
            "length. The",
            "loop",
            hit_limit=True,
        ),
        she("a short-sleeve dress with floral patterns"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon", "unsupported"),
        details("dress", "V-shape neckline"),
        gender="Women",
        title="Mine4Nine Women Maternity Pink Floral Print Wrap Dress",
        category="Maternity Dresses",
        color="Pink",
    ),
    # Truth: pregnant model in a loose white cotton tee over blue stretch-denim over-belly jeggings, white sneakers.
    # Caption: epoch-3 adapter (cut); answers: extractive QA, the sleeve span comes from the tee.
    case(
        "X1410-005",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long leggings. The leggings are with denim fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        she("a short-sleeve T-shirt with pure color patterns"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("denim"),
        details("jeggings", "denim fabric and pure color patterns"),
        gender="Women",
        title="MomToBe Women Maternity Blue Skinny Fit Jeggings",
        category="Jeggings",
        color="Blue",
    ),
    # Truth: flat lay on white of a mustard floral-printed cotton kurta, three-quarter sleeves, mandarin collar; no
    # model, no bottoms. Caption: epoch-3 adapter invents a lady and pants; answers: extractive QA.
    case(
        "X1410-006",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is "
            "an accessory",
            "unsupported",
            hit_limit=True,
        ),
        she("a medium-sleeve shirt with floral patterns"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        details("kurta", "a round neckline", "unsupported"),
        gender="Women",
        title="Fabnest Curve Women Plus Size Mustard Yellow Floral Printed Cotton Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # Truth: teal solid longline tunic in polyester crepe, long roll-up sleeves, round neck with a short placket,
    # black leggings. Caption: epoch-3 adapter (cut); answers: extractive QA.
    case(
        "X1410-007",
        caption(
            "This woman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a round neckline. This woman wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        she("a long-sleeve shirt with pure color patterns"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        details("tunic", "a round neckline"),
        gender="Women",
        title="Therapy Women Plus Size Teal Solid Longline Tunic",
        category="Tunics",
        color="Teal",
    ),
    # Truth: black solid maxi dress in polyester jersey, short sleeves, round neck, self tie belt at the waist.
    # Caption: epoch-3 adapter splits the dress into a T-shirt and a skirt; answers: extractive QA.
    case(
        "X1410-008",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long skirt. The skirt is with cotton fabric and pure color patterns. "
            "There is a belt",
            "contradiction",
            hit_limit=True,
        ),
        she("a short-sleeve T-shirt with pure color patterns", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton", "unsupported"),
        details("dress", "a long skirt", "contradiction"),
        gender="Women",
        title="Qurvii+ Women Plus Size Black Solid Maxi Dress",
        category="Dresses",
        color="Black",
    ),
    # Truth: flat lay of folded black stretch-denim jeggings on a white board; no person, no shirt.
    # Caption: epoch-3 adapter invents a lady in a shirt; answers: extractive QA.
    case(
        "X1410-009",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an accessory on",
            "unsupported",
            hit_limit=True,
        ),
        she("a long-sleeve shirt with pure color patterns", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton"),
        details("jeggings", "denim fabric and pure color patterns"),
        gender="Women",
        title="Instafab Plus Women Black Solid Slim Fit Jeggings",
        category="Jeggings",
        color="Black",
    ),
    # Truth: back view of a green and white floral cotton straight kurta, three-quarter sleeves, white pants; the
    # neckline (a V-neck on the front shot) cannot be seen. Caption: epoch-3 adapter invents a round neckline.
    case(
        "X1410-010",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The lady "
            "wears a",
            "unsupported",
            hit_limit=True,
        ),
        she("a medium-sleeve shirt with floral patterns"),
        Q.color("floral patterns", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        details("kurta", "a round neckline", "unsupported"),
        gender="Women",
        title="Mayra Curve Women Plus Size Green & White Floral Printed Straight Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Truth: pregnant model in a navy and white horizontally striped cotton-jersey nursing dress, short sleeves, round
    # neck, knee length, a watch on her left wrist. Caption: epoch-3 adapter (cut); answers: extractive QA.
    case(
        "X1410-011",
        caption(
            "The female is wearing a short-sleeve dress with striped patterns. The dress is with cotton fabric. It has "
            "a round neckline. The dress is of medium length. There is an accessory on her wrist. The female wears a",
            "cut",
            hit_limit=True,
        ),
        she("a short-sleeve dress with striped patterns"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        details("dress", "an accessory on her wrist", "contradiction"),
        gender="Women",
        title="Goldstroms Women Maternity Navy Blue Striped Nursing Dress",
        category="Maternity Dresses",
        color="Navy Blue",
    ),
    # Truth: off-white cotton tunic with tone-on-tone embroidery on the yoke, three-quarter sleeves, V-neck, blue
    # jeans. Caption: epoch-3 adapter (cut); answers: extractive QA. The feed row has no base colour.
    case(
        "X1410-012",
        caption(
            "This lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. This lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        she("a medium-sleeve shirt with pure color patterns"),
        Q.color("pure color patterns", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        details("tunic", "V-shape neckline"),
        gender="Women",
        title="Sztori Women Plus Size Off White Embroidered Tunic",
        category="Tunics",
    ),
    # Truth: grey melange cotton jeggings worn with a sleeveless black tank top with a white graphic print.
    # Caption: epoch-3 adapter, loops on the leggings' fabric; answers: extractive QA, spans from the top.
    case(
        "X1410-013",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns. It has a round neckline. The lady wears a "
            "long leggings. The leggings are with cotton fabric. The leggings are with cotton fabric. The leggings are "
            "with "
            "cotton fabric. The",
            "loop",
            hit_limit=True,
        ),
        she("a sleeveless tank top with graphic patterns"),
        Q.color("graphic patterns", "non_answer"),
        Q.pattern("graphic", "contradiction"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.material("cotton"),
        details("jeggings", "cotton fabric. The leggings are with cotton fabric", "loop"),
        gender="Women",
        title="Fabnest Curve Women Plus Size Grey Melange Solid Jeggings",
        category="Jeggings",
        color="Grey Melange",
    ),
    # Truth: peach cotton-slub kurta, three-quarter sleeves, mandarin collar, white leggings, a gold bangle, a potted
    # plant beside her. Caption: epoch-3 adapter, ran to the limit but stopped on a full stop, all true.
    case(
        "X1410-014",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "standing neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory on her wrist.",
            hit_limit=True,
        ),
        she("a medium-sleeve shirt with pure color patterns"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        details("kurta", "a standing neckline"),
        gender="Women",
        title="Aurelia Women Plus Size Peach-Coloured Solid Straight Kurta",
        category="Kurtas",
        color="Peach",
    ),
    # Truth: blue floral tiered midi dress in polyester georgette, flutter short sleeves, V-neck; no necklace, bare
    # neck. Caption: epoch-3 adapter invents a neck accessory; answers: extractive QA.
    case(
        "X1410-015",
        caption(
            "The female is wearing a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has "
            "a V-shape neckline. The dress is of medium length. There is an accessory in her neck. The female wears a",
            "unsupported",
            hit_limit=True,
        ),
        she("a short-sleeve dress with floral patterns"),
        Q.color("floral patterns", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        details("dress", "V-shape neckline"),
        gender="Women",
        title="Fabnest Curve Women Plus Size Blue Floral Print A-Line Midi Dress",
        category="Dresses",
        color="Blue",
    ),
    # Truth: pregnant model in an olive cotton longline maternity top, three-quarter roll-up sleeves, round neck with
    # side pleats, black jeggings, a ring. Caption: epoch-3 adapter (cut); answers: extractive QA.
    case(
        "X1410-016",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with denim fabric and pure color "
            "patterns. The lady wears a ring. The",
            "cut",
            hit_limit=True,
        ),
        she("a medium-sleeve shirt with pure color patterns"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        details("top", "a round neckline"),
        gender="Women",
        title="Momsoon Women Maternity Olive Green Solid Longline Top",
        category="Tops",
        color="Olive",
    ),
    # Truth: plus-size model with short cropped hair in a black and white geometric-print cotton kurta with a shirt
    # collar, long sleeves, black pants. Caption: epoch-3 adapter calls her a gentleman; answers: extractive QA.
    case(
        "X1410-017",
        caption(
            "The gentleman wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is",
            "pronoun",
            hit_limit=True,
        ),
        she("a long-sleeve shirt with graphic patterns"),
        Q.color("graphic patterns", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        details("kurta", "a lapel neckline"),
        gender="Women",
        title="Sztori Women Plus Size Black & White Geometric Printed Shirt Collar Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Truth: navy stretch-denim jeggings under a long white cotton top with long sleeves.
    # Caption: epoch-3 adapter (cut); answers: extractive QA, the sleeve span comes from the top.
    case(
        "X1410-018",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a long leggings. The leggings are with denim fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        she("a long-sleeve shirt with pure color patterns"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("denim"),
        details("jeggings", "denim fabric and pure color patterns"),
        gender="Women",
        title="Therapy Women Plus Size Navy Blue Skinny Fit Jeggings",
        category="Jeggings",
        color="Navy Blue",
    ),
    # Truth: pregnant model in a black sleeveless bodycon maxi dress (viscose-spandex jersey), round neck.
    # Caption: epoch-3 adapter splits the dress into a tank top and a skirt; answers: extractive QA.
    case(
        "X1410-019",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has "
            "a round neckline. The lady wears a long skirt. The skirt is with cotton fabric and pure color patterns. "
            "There is an accessory",
            "contradiction",
            hit_limit=True,
        ),
        she("a sleeveless tank top with pure color patterns", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton", "unsupported"),
        details("dress", "a round neckline"),
        gender="Women",
        title="Mine4Nine Women Maternity Black Solid Bodycon Maxi Dress",
        category="Maternity Dresses",
        color="Black",
    ),
    # Truth: yellow cotton kurta with blue floral print, three-quarter sleeves, round neck, white pants, glass
    # bangles on one wrist. Caption: epoch-3 adapter loops on the accessory sentence; answers: extractive QA.
    case(
        "X1410-020",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist. There is an accessory on her wrist. There is an "
            "accessory "
            "on her",
            "loop",
            hit_limit=True,
        ),
        she("a medium-sleeve shirt with floral patterns"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        details("kurta", "an accessory on her wrist", "contradiction"),
        gender="Women",
        title="Amydus Women Plus Size Yellow & Blue Floral Printed Straight Cotton Kurta",
        category="Kurtas",
        color="Yellow",
    ),
    # Truth: red and black checked cotton flannel tunic, long roll-up sleeves, shirt collar, black leggings.
    # Caption: epoch-3 adapter (cut); answers: extractive QA.
    case(
        "X1410-021",
        caption(
            "The female is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The female wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. The female",
            "cut",
            hit_limit=True,
        ),
        she("a long-sleeve shirt with lattice patterns"),
        Q.color("lattice", "non_answer"),
        Q.pattern("lattice"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        details("tunic", "a lapel neckline"),
        gender="Women",
        title="Instafab Plus Women Red & Black Checked Tunic",
        category="Tunics",
        color="Red",
    ),
    # Truth: mustard solid shirt dress in viscose rayon, long sleeves, shirt collar, self belt, knee length.
    # Caption: epoch-3 adapter (cut); answers: extractive QA.
    case(
        "X1410-022",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. There is a belt on her waist. The dress is of medium length. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        she("a long-sleeve dress with pure color patterns"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        details("dress", "a lapel neckline"),
        gender="Women",
        title="Therapy Women Plus Size Mustard Yellow Solid Shirt Dress",
        category="Dresses",
        color="Mustard",
    ),
    # Truth: side view of a pregnant model in black over-belly jeggings (cotton stretch denim) and a grey and white
    # striped short-sleeve tee. Caption: epoch-3 adapter (cut); answers: extractive QA, spans from the tee.
    case(
        "X1410-023",
        caption(
            "This woman wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. This woman wears a long leggings. The leggings are with denim fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        she("a short-sleeve T-shirt with striped patterns"),
        Q.color("striped patterns", "non_answer"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("denim"),
        details("jeggings", "denim fabric"),
        gender="Women",
        title="Goldstroms Women Maternity Black Over-Belly Jeggings",
        category="Jeggings",
        color="Black",
    ),
    # Truth: pink georgette kurta with an embroidered yoke, sheer three-quarter sleeves, round neck, pink leggings.
    # Caption: epoch-3 adapter, gives long sleeves; answers: extractive QA.
    case(
        "X1410-024",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory in her",
            "unsupported",
            hit_limit=True,
        ),
        she("a long-sleeve shirt with pure color patterns", "unsupported"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve", "unsupported"),
        Q.material("chiffon"),
        details("kurta", "round neckline"),
        gender="Women",
        title="CURVE by Kassually Women Plus Size Pink Yoke Design Georgette Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # Truth: pregnant model in a lavender rayon kaftan nursing dress, elbow-length batwing sleeves, V-neck, ankle
    # length, a bracelet and a ring. Caption: epoch-3 adapter, chiffon against the title's rayon.
    case(
        "X1410-025",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of long length. There is an accessory on her wrist. The lady wears a ring. "
            "The",
            "contradiction",
            hit_limit=True,
        ),
        she("a medium-sleeve dress with pure color patterns"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("chiffon", "contradiction"),
        details("dress", "V-shape neckline"),
        gender="Women",
        title="Mine4Nine Women Maternity Lavender Solid Rayon Nursing Kaftan Dress",
        category="Maternity Dresses",
        color="Lavender",
    ),
    # Truth: navy and mustard colourblocked polyester tunic, short sleeves, round neck, blue jeans.
    # Caption: epoch-3 adapter (cut); answers: extractive QA.
    case(
        "X1410-026",
        caption(
            "The female is wearing a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The female wears a long pants. The pants are with denim fabric and pure "
            "color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        she("a short-sleeve T-shirt with color block patterns"),
        Q.color("color block", "non_answer"),
        Q.pattern("color block"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton", "unsupported"),
        details("tunic", "a round neckline"),
        gender="Women",
        title="Instafab Plus Women Navy Blue & Mustard Colourblocked Tunic",
        category="Tunics",
        color="Navy Blue",
    ),
    # Truth: back view of black cotton-stretch jeggings with back pockets, a long white shirt with a collar over them.
    # Caption: epoch-3 adapter invents a round neckline for the shirt; answers: extractive QA.
    case(
        "X1410-027",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with denim fabric and pure color "
            "patterns. The lady wears",
            "unsupported",
            hit_limit=True,
        ),
        she("a long-sleeve shirt with pure color patterns"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton"),
        details("jeggings", "denim fabric and pure color patterns"),
        gender="Women",
        title="Therapy Women Plus Size Black Solid Jeggings",
        category="Jeggings",
    ),
    # Truth: white and blue vertically striped pure cotton kurta, three-quarter sleeves, V-neck with tassels, solid
    # blue palazzos. Caption: epoch-3 adapter gives the palazzos stripes too; answers: extractive QA.
    case(
        "X1410-028",
        caption(
            "This lady is wearing a medium-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has "
            "a V-shape neckline. This lady wears a long trousers. The trousers are with cotton fabric and striped "
            "patterns. There",
            "unsupported",
            hit_limit=True,
        ),
        she("a medium-sleeve shirt with striped patterns"),
        Q.color("striped patterns", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        details("kurta", "V-shape neckline"),
        gender="Women",
        title="Fabnest Curve Women Plus Size White & Blue Striped Pure Cotton Kurta",
        category="Kurtas",
        color="White",
    ),
    # Truth: green floral fit-and-flare dress in polyester crepe, short sleeves, V-neck, a thin bracelet.
    # Caption: epoch-3 adapter says "his wrist"; answers: extractive QA.
    case(
        "X1410-029",
        caption(
            "This person wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. There is an accessory on his wrist. The dress is of medium length. This person wears a",
            "pronoun",
            hit_limit=True,
        ),
        she("a short-sleeve dress with floral patterns"),
        Q.color("floral patterns", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon", "unsupported"),
        details("dress", "V-shape neckline"),
        gender="Women",
        title="Qurvii+ Women Plus Size Green Floral Printed Fit & Flare Dress",
        category="Dresses",
        color="Green",
    ),
    # Truth: pink and blue tie-dye cotton-jersey tunic, short sleeves, round neck, blue jeans, a watch.
    # Caption: epoch-3 adapter, stopped on a full stop at the limit, true; the pattern span comes from the jeans.
    case(
        "X1410-030",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an accessory on her wrist.",
            hit_limit=True,
        ),
        she("a short-sleeve T-shirt with graphic patterns"),
        Q.color("graphic patterns", "non_answer"),
        Q.pattern("pure color", "contradiction"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        details("tunic", "a round neckline"),
        gender="Women",
        title="Therapy Women Plus Size Pink & Blue Tie & Dye Tunic",
        category="Tunics",
        color="Pink",
    ),
    # Truth: blue rayon anarkali kurta with ethnic-motif print, long sleeves, round neck, floor length, bangles and a
    # ring. Caption: epoch-3 adapter calls the kurta a dress (and cotton); answers: extractive QA.
    case(
        "X1410-031",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length. There is an accessory on her wrist. The lady wears a ring. "
            "The",
            "contradiction",
            hit_limit=True,
        ),
        she("a long-sleeve dress with graphic patterns", "contradiction"),
        Q.color("graphic patterns", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "contradiction"),
        details("kurta", "round neckline"),
        gender="Women",
        title="Sztori Women Plus Size Blue Ethnic Motifs Printed Rayon Anarkali Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Truth: pregnant model in charcoal over-belly jeggings (cotton stretch denim) and a loose plain white tee.
    # Caption: epoch-3 adapter, cut inside the leggings sentence; answers: extractive QA.
    case(
        "X1410-032",
        caption(
            "The female is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The female wears a long leggings. The leggings are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        she("a short-sleeve T-shirt with pure color patterns"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("denim"),
        details("jeggings", "denim fabric and pure", "cut"),
        gender="Women",
        title="MomToBe Women Maternity Charcoal Grey Over-Belly Jeggings",
        category="Jeggings",
        color="Charcoal",
    ),
    # Truth: black tunic with white polka dots in polyester crepe, short sleeves, round neck with keyhole, black
    # leggings. Caption: epoch-3 adapter calls the dots floral; answers: extractive QA.
    case(
        "X1410-033",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. "
            "The lady",
            "contradiction",
            hit_limit=True,
        ),
        she("a short-sleeve shirt with floral patterns", "contradiction"),
        Q.color("floral patterns", "non_answer"),
        Q.pattern("floral", "contradiction"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon", "unsupported"),
        details("tunic", "a round neckline"),
        gender="Women",
        title="Amydus Women Plus Size Black & White Polka Dot Print Tunic",
        category="Tunics",
        color="Black",
    ),
    # Truth: pregnant model seated on a wooden stool in a mustard cotton tiered dress, short puff sleeves, square
    # neck, knee length, a small pendant. Caption: epoch-3 adapter (cut); answers: extractive QA.
    case(
        "X1410-034",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. The dress is of medium length. There is an accessory in her neck. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        she("a short-sleeve dress with pure color patterns"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        details("dress", "square neckline"),
        gender="Women",
        title="Momsoon Women Maternity Mustard Yellow Solid Tiered A-Line Dress",
        category="Maternity Dresses",
        color="Mustard",
    ),
    # Truth: sea green floral cotton kurta, three-quarter sleeves, V-neck, white leggings, no ring.
    # Caption: epoch-3 adapter loops on the ring sentence; answers: extractive QA. The feed row has no gender.
    case(
        "X1410-035",
        caption(
            "This woman wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. This woman wears a ring. This woman wears a ring. This woman wears a ring. This woman "
            "wears a ring. This",
            "loop",
            hit_limit=True,
        ),
        she("a medium-sleeve shirt with floral patterns"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        details("kurta", "V-shape neckline"),
        title="Mayra Curve Women Plus Size Sea Green Floral Print Cotton Kurta",
        category="Kurtas",
        color="Sea Green",
    ),
    # Truth: blue washed stretch-denim jeggings worn with a mustard long-sleeve V-neck top, a watch.
    # Caption: epoch-3 adapter (cut); answers: extractive QA, the sleeve span comes from the top.
    case(
        "X1410-036",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        she("a long-sleeve shirt with pure color patterns"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("denim"),
        details("jeggings", "denim fabric and pure color patterns"),
        gender="Women",
        title="Instafab Plus Women Blue Washed Skinny Fit Jeggings",
        category="Jeggings",
        color="Blue",
    ),
    # Truth: lavender cotton tunic with lace trims at the sleeve hems, three-quarter sleeves, round neck, white
    # leggings, a ring. Caption: epoch-3 adapter (cut); answers: extractive QA.
    case(
        "X1410-037",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. The lady wears a ring. The lady",
            "cut",
            hit_limit=True,
        ),
        she("a medium-sleeve shirt with pure color patterns"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        details("tunic", "round neckline"),
        gender="Women",
        title="Fabnest Curve Women Plus Size Lavender Solid Tunic with Lace Detail",
        category="Tunics",
        color="Lavender",
    ),
    # Truth: purple cotton kurta, solid with thread embroidery at the neck, three-quarter sleeves, V-neck, a sheer
    # purple chiffon dupatta over one shoulder. Caption: epoch-3 adapter gives long sleeves; answers: extractive QA.
    case(
        "X1410-038",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. This lady also wears an outer clothing, with chiffon fabric and pure color patterns. "
            "There is",
            "unsupported",
            hit_limit=True,
        ),
        she("a long-sleeve shirt with pure color patterns", "unsupported"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve", "unsupported"),
        Q.material("cotton"),
        details("kurta", "chiffon fabric and pure color patterns", "contradiction"),
        gender="Women",
        title="Sztori Women Plus Size Purple Embroidered Straight Kurta",
        category="Kurtas",
        color="Purple",
    ),
    # Truth: burgundy sleeveless V-neck midi dress in cotton-blend jersey under an open white knitted cardigan.
    # Caption: epoch-3 adapter gives the dress the cardigan's long sleeves; answers: extractive QA.
    case(
        "X1410-039",
        caption(
            "This woman wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. This woman also wears an outer clothing, with knitted fabric and pure color patterns. "
            "There is an",
            "unsupported",
            hit_limit=True,
        ),
        she("a long-sleeve dress with pure color patterns", "unsupported"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve", "unsupported"),
        Q.material("cotton"),
        details("dress", "V-shape neckline"),
        gender="Women",
        title="Qurvii+ Women Plus Size Burgundy Solid Midi Dress",
        category="Dresses",
        color="Burgundy",
    ),
    # Truth: pregnant model in a white cotton nursing top, short sleeves, round neck, blue jeggings, a watch.
    # Caption: epoch-3 adapter, stopped on a full stop at the limit, true; answers: extractive QA.
    case(
        "X1410-040",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an accessory on her wrist.",
            hit_limit=True,
        ),
        she("a short-sleeve T-shirt with pure color patterns"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        details("top", "a round neckline"),
        gender="Women",
        title="Goldstroms Women Maternity White Solid Nursing Top",
        category="Tops",
        color="White",
    ),
    # Truth: rust cotton kurta, three-quarter sleeves, round neck, white pants; woman with tied-back hair.
    # Caption: epoch-3 adapter uses "his" and "this man"; answers: extractive QA, the wearing span keeps "His".
    case(
        "X1410-041",
        caption(
            "His shirt has medium sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "trousers this man wears is of long length. The trousers are with cotton fabric and pure color patterns. "
            "There is",
            "pronoun",
            hit_limit=True,
        ),
        she("His shirt", "pronoun"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("medium sleeves"),
        Q.material("cotton"),
        details("kurta", "a round neckline"),
        gender="Women",
        title="Amydus Women Plus Size Rust Orange Solid Straight Kurta",
        category="Kurtas",
        color="Rust",
    ),
    # Truth: blue chambray denim shirt-style tunic, long roll-up sleeves, shirt collar, white leggings, no accessories.
    # Caption: epoch-3 adapter (cut, the last fragment starts an accessory); answers: extractive QA.
    case(
        "X1410-042",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        she("a long-sleeve shirt with pure color patterns"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("denim"),
        details("tunic", "a lapel neckline"),
        gender="Women",
        title="Instafab Plus Women Blue Chambray Shirt-Style Tunic",
        category="Tunics",
        color="Blue",
    ),
    # Truth: red floral maxi dress in polyester georgette, three-quarter sleeves, V-neck.
    # Caption: epoch-3 adapter loops on two sentences; answers: extractive QA. The feed row has no category.
    case(
        "X1410-043",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is with chiffon fabric. It has a V-shape neckline. The dress is with chiffon "
            "fabric. It has",
            "loop",
            hit_limit=True,
        ),
        she("a medium-sleeve dress with floral patterns"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("chiffon"),
        details("dress", "a V-shape neckline"),
        gender="Women",
        title="Therapy Women Plus Size Red Floral Print Georgette Maxi Dress",
        color="Red",
    ),
    # Truth: olive cotton-spandex jeggings worn with a white kurti printed with small flowers, three-quarter sleeves.
    # Caption: epoch-3 adapter (cut); answers: extractive QA, pattern and sleeve spans come from the kurti.
    case(
        "X1410-044",
        caption(
            "The female is wearing a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has "
            "a round neckline. The female wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. The female wears a",
            "cut",
            hit_limit=True,
        ),
        she("a medium-sleeve shirt with floral patterns"),
        Q.color("floral patterns", "non_answer"),
        Q.pattern("floral", "contradiction"),
        Q.sleeve_length("medium-sleeve", "contradiction"),
        Q.material("cotton"),
        details("jeggings", "cotton fabric and pure color patterns"),
        gender="Women",
        title="Therapy Women Plus Size Olive Green Solid Jeggings",
        category="Jeggings",
        color="Olive",
    ),
    # Truth: black solid cotton straight kurta with side slits, three-quarter sleeves, V-neck, black leggings.
    # Caption: epoch-3 adapter (cut); answers: extractive QA.
    case(
        "X1410-045",
        caption(
            "This lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. This lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. This lady",
            "cut",
            hit_limit=True,
        ),
        she("a medium-sleeve shirt with pure color patterns"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        details("kurta", "V-shape neckline"),
        gender="Women",
        title="Mayra Curve Women Plus Size Black Solid Straight Kurta with Side Slits",
        category="Kurtas",
        color="Black",
    ),
]
