"""BLIND_1530 (45 products; Myntra women's plus-size and maternity): written blind in the sixty-sixth session. Measured
blind at 71dbb3c (the session's first rules): 92/120 failures found (76.7%) and 22/147 correct texts flagged (15.0%).
The writer's notes, verbatim:

Scenario: a Myntra feed of women's plus-size and maternity wear (tunics, kurtas and kurta sets, dresses, jeggings, a
top). Photos are the catalog's usual shots: a plus-size or pregnant model on a plain backdrop wearing the product with
other clothes (leggings, palazzos, jeans, a T-shirt or sweatshirt over jeggings, a denim jacket over a dress), now and
then a flat lay, a back view or a prop (a coffee cup, a straw hat held in the hand, a handbag). Columns are the feed's:
title, category (Myntra article type), color (base colour), gender; one or two are missing here and there.
Who wrote what: every caption is the epoch-3 caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption on
blip2-opt-2.7b, greedy, 50 new tokens). It only knows the DeepFashion-MultiModal template, so it never names a hue,
calls kurtas and tunics "shirt" or "dress", and never stops: nearly every caption runs to the limit, most end
mid-sentence, some fall into repeating the template. Every answer is extractive QA (mdeberta-v3-base-squad2) over
that caption, so an answer is a span of the caption or empty; it never runs to a token limit and cannot leak a
prompt, but it inherits what the caption got wrong, picks spans from the other garment's sentence, and answers color
questions with the caption's pattern words.
Labeling conventions and judgement calls: judged by the imagined photo and the title. "shirt", "tank shirt" or
"sweater" for a tunic or kurta is accepted as the template's nearest class when the shape fits; "dress", "T-shirt",
"jacket", "sweater" for a kurta, a T-shirt dress or jeggings is a contradiction. A color answer that is the product's
own pattern word ("pure color", "floral", "striped") or empty is a non_answer; one taken from the other garment's
sentence and unlike the product is other_garment_color. A pattern, sleeve length or material taken from the other
garment is a contradiction; a wrong sleeve length that only the photo shows is a contradiction too. Fabrics the title
does not give and the photo does not bear out, accessories or garments that are not there, are unsupported. "of long
length" for jeggings' details, "lower clothing" for the garment type, a span to a yes/no question are non_answers.
Captions all carry hit_limit; one that ran to the limit but happened to end on a full, correct sentence is left
unmarked; one with two faults gets the one that matters most (a kurta called a dress, a man, invented trousers under
a maxi dress) over the cut. An answer that is a fragment of a cut caption is cut (without hit_limit: the QA model
did not run out).
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1530 = [
    # 001 Photo: front, grey backdrop; navy rayon tunic, three-quarter sleeves, round neck, knee length, with white
    # leggings. Caption: epoch-3 adapter, cut at the limit; answers: extractive QA over it. The fabric is rayon
    # (listing's fabric field, not the title): "cotton" is the caption's guess.
    case(
        "X1530-001",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with pure color patterns", who="she"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="Sassafras Curve Women Plus Size Navy Blue Solid Tunic",
        category="Tunics",
        color="Navy Blue",
    ),
    # 002 Photo: pregnant model, side-front; black maternity jeggings with an over-belly panel, a white T-shirt with
    # a printed graphic, white sneakers. Caption: adapter, cut; answers: QA. The caption describes the T-shirt first.
    case(
        "X1530-002",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt", "contradiction"),
        Q.pattern("graphic patterns", "contradiction"),
        describe("jeggings", "denim fabric and pure", "cut"),
        color_of("jeggings", "graphic", "other_garment_color"),
        Q.material("denim"),
        gender="Women",
        title="MomToBe Women Maternity Black Solid Jeggings",
        category="Jeggings",
        color="Black",
    ),
    # 003 Photo: front; maroon A-line kurta with small white florals, three-quarter sleeves, round neck, knee length,
    # white palazzos. Caption: adapter, repeats its first sentences (loop); answers: QA.
    case(
        "X1530-003",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton "
            "fabric. It has a",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("dress", "contradiction"),
        Q.pattern("floral patterns"),
        Q.sleeve_length("medium-sleeve"),
        details("kurta", "It has a round neckline"),
        color_of("kurta", "floral", "non_answer"),
        gender="Women",
        title="Libas Plus Women Plus Size Maroon Floral Printed A-Line Kurta",
        category="Kurtas",
        color="Maroon",
    ),
    # 004 Photo: front, white backdrop; mustard georgette tunic, short sleeves, V-neck with a tie, blue jeggings.
    # Caption: adapter, ran to the limit but ends on a full sentence, all of it right; answers: QA. The material
    # answer is the jeggings' fabric.
    case(
        "X1530-004",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "V-shape neckline. The pants this lady wears is of long length. The pants are with denim fabric and pure "
            "color patterns.",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns", who="she"),
        Q.sleeve_length("short-sleeve"),
        Q.material("denim", "contradiction"),
        details("tunic", "It has a V-shape neckline"),
        Q.pattern("pure color patterns"),
        gender="Women",
        title="Instafab Plus Women Mustard Yellow Solid Tunic",
        category="Tunics",
        color="Mustard",
    ),
    # 005 Photo: pregnant model holding her bump; pink floral maxi dress, short flutter sleeves, V-neck, tie at the
    # back, nothing under it. Caption: adapter, invents trousers under a maxi dress (and is cut); answers: QA.
    case(
        "X1530-005",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The pants this lady wears is of long length. The pants are with chiffon fabric and "
            "floral",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.pattern("floral patterns"),
        Q.sleeve_length("short-sleeve"),
        describe("dress", "chiffon fabric"),
        Q.color("floral", "non_answer"),
        gender="Women",
        title="Momsoon Maternity Women Pink Floral Print Maternity Maxi Dress",
        category="Dresses",
        color="Pink",
    ),
    # 006 Photo: front; navy jeggings with a white long-sleeve cotton shirt worn untucked, collar. Caption: adapter,
    # cut; answers: QA.
    case(
        "X1530-006",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The pants this lady wears is of long length. The pants are with denim fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        describe("jeggings", "denim fabric and pure color patterns"),
        color_of("jeggings", "pure color", "non_answer"),
        details("jeggings", "of long length", "non_answer"),
        wearing("a long-sleeve shirt with pure color patterns", who="she"),
        gender="Women",
        title="Go Colors Women Plus Size Navy Blue Solid Jeggings",
        category="Jeggings",
        color="Navy Blue",
    ),
    # 007 Photo: front; teal calf-length kurta, white ethnic-motif print, three-quarter sleeves, mandarin collar, white
    # trousers, a clutch in hand. Caption: adapter, cut; answers: QA ("graphic" for the motif print is fair).
    case(
        "X1530-007",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. The pants "
            "this lady wears is of long length. The pants are with cotton fabric and pure color patterns. The lady "
            "wears",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("graphic patterns"),
        Q.sleeve_length("medium-sleeve"),
        color_of("kurta", "graphic", "non_answer"),
        is_a("kurta", "a medium-sleeve shirt", "non_answer"),
        Q.material("cotton"),
        gender="Women",
        title="Rangriti Women Plus Size Teal Blue Ethnic Motifs Printed Straight Kurta",
        category="Kurtas",
        color="Teal",
    ),
    # 008 Photo: front; off-white kurta with green florals, three-quarter sleeves, V-neck, green solid palazzos of the
    # set. Caption: adapter, cut; answers: QA.
    case(
        "X1530-008",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with floral patterns", who="she"),
        Q.garment_type("shirt"),
        Q.pattern("floral patterns"),
        describe("palazzos", "cotton fabric and pure color patterns"),
        Q.color("pure color", "other_garment_color"),
        gender="Women",
        title="Aurelia Women Plus Size Off White & Green Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Off White",
    ),
    # 009 Photo: front; black tunic with white polka dots, short sleeves, round neck, high-low hem, black leggings, a
    # wristwatch. Caption: adapter, cut; answers: QA.
    case(
        "X1530-009",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist. The pants this lady wears is of long length. The "
            "pants are with",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("graphic patterns"),
        Q.sleeve_length("short-sleeve"),
        details("tunic", "round neckline"),
        color_of("tunic", "", "non_answer"),
        Q.material("cotton"),
        gender="Women",
        title="De Moza Women Plus Size Black Printed Tunic",
        category="Tunics",
        color="Black",
    ),
    # 010 Photo: pregnant model; olive cotton maternity tunic, long sleeves, round neck with a hidden nursing zip,
    # black leggings. Caption: adapter, loops on two sentences; answers: QA, the details span lies inside the loop.
    case(
        "X1530-010",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The shirt is with cotton fabric. It has a round neckline. The shirt is with cotton "
            "fabric. It",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", who="she"),
        Q.sleeve_length("long-sleeve"),
        details("tunic", "round neckline. The shirt is with cotton fabric. It has a round neckline", "loop"),
        Q.color("pure color", "non_answer"),
        Q.garment_type("shirt"),
        gender="Women",
        title="Mom For Sure by Ketki Dalal Women Olive Green Solid Maternity Tunic",
        category="Tunics",
        color="Olive",
    ),
    # 011 Photo: front, white backdrop; rust cotton shirt dress, long sleeves rolled up, collar, button placket, belt,
    # midi length. Caption: adapter, starts over after the belt (loop); answers: QA.
    case(
        "X1530-011",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. There is a belt. The lady wears a long-sleeve dress with pure color patterns. The dress "
            "is",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.sleeve_length("long-sleeve"),
        details("dress", "lapel neckline"),
        Q.pattern("pure color patterns"),
        Q.material("cotton"),
        gender="Women",
        title="Sztori Women Plus Size Rust Orange Solid Shirt Midi Dress",
        category="Dresses",
        color="Rust",
    ),
    # 012 Photo: front; navy-and-white horizontal striped cotton tunic, three-quarter sleeves, boat neck, white
    # jeggings, a coffee cup in hand. Caption: adapter, cut; answers: QA.
    case(
        "X1530-012",
        caption(
            "The lady wears a medium-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with denim fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("striped patterns"),
        Q.color("striped", "non_answer"),
        Q.sleeve_length("medium-sleeve"),
        wearing("a medium-sleeve shirt with striped patterns", who="she"),
        Q.material("cotton"),
        gender="Women",
        title="Amydus Women Plus Size Navy Blue & White Striped Tunic",
        category="Tunics",
        color="Navy Blue",
    ),
    # 013 Photo: flat lay of the black stretch-denim jeggings alone on white. Caption: adapter, the lower-clothing
    # template over and over; answers: QA. The feed row has no gender.
    case(
        "X1530-013",
        caption(
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. The lower "
            "clothing is of long length. The fabric is denim and it has pure color patterns. The lower clothing is",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("lower clothing", "non_answer"),
        describe("jeggings", "The fabric is denim and it has pure color patterns"),
        color_of("jeggings", "pure color", "non_answer"),
        Q.material("denim"),
        details("jeggings", "of long length", "non_answer"),
        title="Tokyo Talkies Women Plus Size Black Skinny Fit Jeggings",
        category="Jeggings",
        color="Black",
    ),
    # 014 Photo: front; green sleeveless A-line kurta, yellow florals, round neck, calf length, white churidar, glass
    # bangles. Caption: adapter, calls the kurta a dress, cut; answers: QA.
    case(
        "X1530-014",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. There is an accessory on her wrist. The pants this lady wears is of long length. The pants are "
            "with cotton",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("dress", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("floral patterns"),
        color_of("kurta", "floral", "non_answer"),
        Q.material("cotton"),
        gender="Women",
        title="W Women Plus Size Green Floral Printed A-Line Kurta",
        category="Kurtas",
        color="Green",
    ),
    # 015 Photo: front; black knit bodycon midi dress, short sleeves, square neck, a bracelet. Caption: adapter, cut;
    # answers: QA.
    case(
        "X1530-015",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with knitted fabric. It has a "
            "square neckline. There is an accessory on her wrist. The lady wears a short-sleeve dress with pure color",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.sleeve_length("short-sleeve"),
        details("dress", "square neckline"),
        Q.material("knitted"),
        Q.color("pure color", "non_answer"),
        gender="Women",
        title="Sassafras Curve Women Plus Size Black Solid Bodycon Midi Dress",
        category="Dresses",
        color="Black",
    ),
    # 016 Photo: back view; peach kurta, plain at the back (the embroidered yoke is on the front), three-quarter
    # sleeves, cream palazzos. Caption: adapter, cut; answers: QA, the details question got nothing.
    case(
        "X1530-016",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "pants this lady wears is of long length. The pants are with cotton fabric and pure color patterns. There "
            "is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("pure color patterns"),
        details("kurta", "", "non_answer"),
        Q.sleeve_length("medium-sleeve"),
        color_of("kurta", "pure color", "non_answer"),
        wearing("a medium-sleeve shirt with pure color patterns", who="she"),
        gender="Women",
        title="Rangriti Women Plus Size Peach-Coloured Yoke Design Embroidered Kurta",
        category="Kurtas",
        color="Peach",
    ),
    # 017 Photo: front; model with a short crop; charcoal rib-knit longline sweater tunic, long sleeves, round neck,
    # black jeggings, ankle boots. Caption: adapter, makes her a gentleman, cut; answers: QA.
    case(
        "X1530-017",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. "
            "It has a round neckline. The pants this gentleman wears is of long length. The pants are with denim "
            "fabric and",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns", who="she"),
        Q.garment_type("sweater"),
        Q.material("knitted"),
        Q.sleeve_length("long-sleeve"),
        Q.color("pure color", "non_answer"),
        gender="Women",
        title="Instafab Plus Women Charcoal Grey Solid Longline Sweater Tunic",
        category="Tunics",
        color="Charcoal",
    ),
    # 018 Photo: pregnant model; lavender cotton wrap dress, short sleeves, V-neck, tie belt, knee length, a
    # wristwatch and a ring. Caption: adapter, ran to the limit on a full sentence, all true; answers: QA.
    case(
        "X1530-018",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. There is a belt. There is an accessory on her wrist. This lady wears a ring on her "
            "finger.",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.sleeve_length("short-sleeve"),
        details("dress", "There is a belt"),
        Q.color("", "non_answer"),
        Q.pattern("pure color patterns"),
        gender="Women",
        title="Momsoon Maternity Women Lavender Solid Maternity Wrap Dress",
        category="Dresses",
        color="Lavender",
    ),
    # 019 Photo: front; blue cotton straight kurta with a gold-foil yoke print, long sleeves, round neck, white pants,
    # a handbag on the arm. Caption: adapter, cut; answers: QA.
    case(
        "X1530-019",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("graphic patterns"),
        Q.sleeve_length("long-sleeve"),
        is_a("kurta", "", "non_answer"),
        Q.material("cotton"),
        color_of("kurta", "graphic", "non_answer"),
        gender="Women",
        title="Libas Plus Women Plus Size Blue Yoke Design Straight Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # 020 Photo: front; maroon ankle-length jeggings, a black T-shirt with a white print, sneakers. Caption: adapter,
    # gives the jeggings three-quarter length, cut; answers: QA.
    case(
        "X1530-020",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of three-quarter length. The pants are with cotton fabric "
            "and pure color",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt", "contradiction"),
        details("jeggings", "three-quarter length", "contradiction"),
        color_of("jeggings", "graphic", "other_garment_color"),
        describe("jeggings", "cotton fabric and pure color"),
        gender="Women",
        title="Go Colors Women Plus Size Maroon Solid Ankle-Length Jeggings",
        category="Jeggings",
        color="Maroon",
    ),
    # 021 Photo: front; yellow floor-length anarkali kurta, small floral print, three-quarter sleeves, round neck,
    # a dupatta over one shoulder. Caption: adapter, loops; answers: QA.
    case(
        "X1530-021",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. This person has neckwear. The lady wears a medium-sleeve dress with floral patterns. The "
            "dress is with",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("dress", "contradiction"),
        Q.pattern("floral patterns"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Aurelia Women Plus Size Yellow Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Yellow",
    ),
    # 022 Photo: front; white cotton schiffli top, short puff sleeves, round neck, blue jeans, hoop earrings.
    # Caption: adapter, cut; answers: QA ("pure color" for white self-design is fair).
    case(
        "X1530-022",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with denim fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("pure color patterns"),
        Q.material("cotton"),
        wearing("a short-sleeve shirt with pure color patterns", who="she"),
        Q.color("pure color", "non_answer"),
        describe("top", "cotton fabric"),
        gender="Women",
        title="Sztori Women Plus Size White Schiffli Top",
        category="Tops",
        color="White",
    ),
    # 023 Photo: pregnant model with a bouquet; red floral georgette A-line dress, sleeveless, V-neck, knee length, a
    # bracelet. Caption: adapter, starts the template again (loop); answers: QA.
    case(
        "X1530-023",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. There is an accessory on her wrist. The lady wears a sleeveless dress with floral "
            "patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("floral patterns"),
        Q.material("chiffon"),
        color_of("dress", "floral", "non_answer"),
        gender="Women",
        title="MomToBe Women Maternity Red Floral Printed A-Line Dress",
        category="Dresses",
        color="Red",
    ),
    # 024 Photo: front; olive cotton kurta-and-trousers set, long sleeves, mandarin collar with a button placket.
    # Caption: adapter, cut, and it gives a lapel the kurta does not have; answers: QA.
    case(
        "X1530-024",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "lapel neckline", "unsupported"),
        Q.sleeve_length("long-sleeve"),
        Q.garment_type("shirt"),
        describe("trousers", "cotton fabric and pure color patterns"),
        Q.color("pure color", "non_answer"),
        gender="Women",
        title="De Moza Women Plus Size Olive Green Solid Kurta with Trousers",
        category="Kurta Sets",
        color="Olive",
    ),
    # 025 Photo: front; black georgette fit-and-flare maxi dress, sheer long sleeves, round neck. Caption: adapter,
    # adds the skirt as "lower clothing" (true enough: it is floor length), cut; answers: QA.
    case(
        "X1530-025",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The lower clothing is of long length. The fabric is chiffon and it has pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon"),
        details("dress", "of long length"),
        Q.pattern("pure color patterns"),
        gender="Women",
        title="Instafab Plus Women Black Solid Fit and Flare Maxi Dress",
        category="Dresses",
        color="Black",
    ),
    # 026 Photo: front; pink-and-blue tie-dye cotton tunic, short sleeves, round neck, blue jeggings. Caption:
    # adapter, cut ("color block" is the template's nearest word for tie-dye); answers: QA, the sleeve answer is the
    # jeggings' length.
    case(
        "X1530-026",
        caption(
            "The lady wears a short-sleeve shirt with color block patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with denim fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("color block patterns"),
        Q.color("color block", "non_answer"),
        Q.sleeve_length("long length", "contradiction"),
        wearing("a short-sleeve shirt with color block patterns", who="she"),
        gender="Women",
        title="Amydus Women Plus Size Pink & Blue Tie-Dye Tunic",
        category="Tunics",
        color="Pink",
    ),
    # 027 Photo: front; sea-green chikankari cotton kurta (tone-on-tone embroidery), three-quarter sleeves, round
    # neck, white pants. Caption: adapter, "His", cut; answers: QA, the wearing span keeps the "His".
    case(
        "X1530-027",
        caption(
            "His shirt has medium sleeves, cotton fabric and pure color patterns. It has a round neckline. The pants "
            "this man wears is of long length. The pants are with cotton fabric and pure color patterns. There is an",
            "pronoun",
            hit_limit=True,
        ),
        wearing("His shirt", "pronoun", who="she"),
        Q.sleeve_length("medium sleeves"),
        Q.pattern("pure color patterns"),
        details("kurta", "round neckline"),
        color_of("kurta", "", "non_answer"),
        gender="Women",
        title="Libas Plus Women Plus Size Sea Green Chikankari Embroidered Kurta",
        category="Kurtas",
        color="Sea Green",
    ),
    # 028 Photo: pregnant model, side view; light-fade blue maternity denim jeggings with a belly band, a plain white
    # T-shirt. Caption: adapter, cut; answers: QA.
    case(
        "X1530-028",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The pants this lady wears is of long length. The pants are with denim fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt", "contradiction"),
        Q.material("denim"),
        describe("jeggings", "denim fabric and pure color patterns"),
        color_of("jeggings", "pure color", "non_answer"),
        is_a("pair of jeggings", "pants", "non_answer"),
        gender="Women",
        title="Mothercare Women Maternity Blue Light Fade Denim Jeggings",
        category="Jeggings",
        color="Blue",
    ),
    # 029 Photo: front; navy kurta with a white print, flared bell sleeves ending just below the elbow, keyhole
    # neck, white pants. Caption: adapter, ran to the limit on a full sentence but the sleeves are wrong; answers: QA.
    case(
        "X1530-029",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure "
            "color patterns.",
            "contradiction",
            hit_limit=True,
        ),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.pattern("graphic patterns"),
        details("kurta", "V-shape neckline"),
        Q.garment_type("shirt"),
        gender="Women",
        title="W Women Plus Size Navy Blue Printed Flared Sleeves Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # 030 Photo: pregnant model; grey melange cotton T-shirt dress, short sleeves, round neck, knee length, white
    # sneakers. Caption: adapter, calls it a T-shirt and loops; answers: QA.
    case(
        "X1530-030",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is "
            "with cotton fabric",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt", "contradiction"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        gender="Women",
        title="Momsoon Maternity Women Grey Melange Solid Maternity T-shirt Dress",
        category="Dresses",
        color="Grey Melange",
    ),
    # 031 Photo: flat lay; mustard cotton straight kurta with a block print, three-quarter sleeves, round neck, nothing
    # else in the shot. Caption: adapter, invents a lower clothing, cut; answers: QA. The row has no color column.
    case(
        "X1530-031",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and graphic patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. The upper "
            "clothing has medium",
            "unsupported",
            hit_limit=True,
        ),
        Q.sleeve_length("medium sleeves"),
        Q.pattern("graphic patterns"),
        Q.material("cotton"),
        describe("kurta", "medium sleeves, cotton fabric and graphic patterns"),
        details("kurta", "round neckline"),
        color_of("kurta", "pure color", "other_garment_color"),
        gender="Women",
        title="Libas Plus Women Plus Size Mustard Yellow Block Printed Straight Kurta",
        category="Kurtas",
    ),
    # 032 Photo: front; black-and-white gingham shirt-style cotton tunic, long sleeves rolled up, collar, buttons,
    # black jeggings. Caption: adapter, cut ("lattice" is the template's word for checks); answers: QA.
    case(
        "X1530-032",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The pants this lady wears is of long length. The pants are with denim fabric and pure "
            "color patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("lattice patterns"),
        details("tunic", "lapel neckline"),
        Q.garment_type("shirt"),
        color_of("tunic", "lattice", "non_answer"),
        Q.material("cotton"),
        Q.sleeve_length("long-sleeve"),
        gender="Women",
        title="Sztori Women Plus Size Black & White Checked Shirt-Style Tunic",
        category="Tunics",
        color="Black",
    ),
    # 033 Photo: front; olive jeggings under a long white kurti with small florals that covers the thighs; only the
    # shins show the jeggings. Caption: adapter, sees only the kurti, loops; answers: QA, all about the kurti.
    case(
        "X1530-033",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It "
            "has",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("dress", "contradiction"),
        describe("jeggings", "long-sleeve dress with floral patterns", "contradiction"),
        color_of("jeggings", "floral", "other_garment_color"),
        details("jeggings", "", "non_answer"),
        gender="Women",
        title="Go Colors Women Plus Size Olive Green Solid Jeggings",
        category="Jeggings",
        color="Olive",
    ),
    # 034 Photo: pregnant model; navy cotton-poplin shirt dress with white dots, three-quarter sleeves, collar, belt,
    # a watch. Caption: adapter, cut; answers: QA. Chiffon is not what the crisp poplin shows.
    case(
        "X1530-034",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "lapel neckline. There is a belt. There is an accessory on her wrist. The lady wears a medium-sleeve "
            "dress with",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.pattern("graphic patterns"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("chiffon", "unsupported"),
        Q.color("", "non_answer"),
        gender="Women",
        title="Momsoon Maternity Women Navy Blue Polka Dot Print Maternity Shirt Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # 035 Photo: front; red cotton kurta with a gold-foil print all over, three-quarter sleeves, round neck, white
    # palazzos, jhumkas. Caption: adapter, cut; answers: QA, the color span comes from the palazzos' sentence.
    case(
        "X1530-035",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with graphic patterns", who="she"),
        Q.pattern("graphic patterns"),
        Q.material("cotton"),
        color_of("kurta", "pure color", "other_garment_color"),
        Q.sleeve_length("medium-sleeve"),
        gender="Women",
        title="Rangriti Women Plus Size Red & Gold-Toned Foil Printed Kurta",
        category="Kurtas",
        color="Red",
    ),
    # 036 Photo: front; coral cotton tunic with a smocked yoke, sleeveless, square neck, white jeggings. Caption:
    # adapter, ran to the limit and ends on a full, true sentence; answers: QA.
    case(
        "X1530-036",
        caption(
            "The lady wears a sleeveless tank shirt with pure color patterns. The tank shirt is with cotton fabric. "
            "It has a square neckline. The pants this lady wears is of long length. The pants are with denim fabric "
            "and pure color patterns.",
            hit_limit=True,
        ),
        Q.garment_type("tank shirt"),
        Q.sleeve_length("sleeveless"),
        details("tunic", "square neckline"),
        Q.color("pure color", "non_answer"),
        Q.material("cotton"),
        gender="Women",
        title="Kassually Women Plus Size Coral Solid Smocked Tunic",
        category="Tunics",
        color="Coral",
    ),
    # 037 Photo: pregnant model holding a straw hat at her side; mustard floral georgette maxi nursing dress, long
    # sleeves, V-neck, bangles. Caption: adapter, puts the hat on her head, cut; answers: QA.
    case(
        "X1530-037",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The lady wears a hat. There is an accessory on her wrist. The lady wears a long-sleeve "
            "dress with",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.pattern("floral patterns"),
        Q.sleeve_length("long-sleeve"),
        details("dress", "The lady wears a hat", "unsupported"),
        color_of("dress", "floral", "non_answer"),
        gender="Women",
        title="MomToBe Women Maternity Mustard Floral Printed Maxi Nursing Dress",
        category="Dresses",
        color="Mustard",
    ),
    # 038 Photo: front; navy skinny denim jeggings, a grey melange cotton sweatshirt over them. Caption: adapter,
    # cut; answers: QA, type and material come from the sweatshirt's sentences.
    case(
        "X1530-038",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a round neckline. The pants this lady wears is of long length. The pants are with denim fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sweater", "contradiction"),
        describe("jeggings", "denim fabric and pure color patterns"),
        Q.material("cotton", "contradiction"),
        color_of("jeggings", "pure color", "non_answer"),
        details("jeggings", "long length", "non_answer"),
        gender="Women",
        title="De Moza Women Plus Size Navy Blue Skinny Fit Denim Jeggings",
        category="Jeggings",
        color="Navy Blue",
    ),
    # 039 Photo: front; beige cotton tunic with a lace panel at the hem, three-quarter sleeves, round neck, brown
    # leggings. Caption: adapter, cut, misses the lace; answers: QA.
    case(
        "X1530-039",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        details("tunic", "round neckline"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("medium-sleeve"),
        wearing("a medium-sleeve shirt with pure color patterns", who="she"),
        Q.color("pure color", "non_answer"),
        gender="Women",
        title="Aarika Women Plus Size Beige Solid Tunic with Lace Detail",
        category="Tunics",
        color="Beige",
    ),
    # 040 Photo: front; black sleeveless shift dress styled under an open long-sleeve denim jacket. Caption: adapter,
    # jacket first, cut; answers: QA, three of them about the jacket. The row has no category.
    case(
        "X1530-040",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It has a "
            "lapel neckline. The lady wears a sleeveless dress with pure color patterns. The dress is with cotton "
            "fabric. The",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket", "contradiction"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("denim", "contradiction"),
        describe("dress", "sleeveless dress with pure color patterns"),
        Q.pattern("pure color patterns"),
        gender="Women",
        title="Sztori Women Plus Size Black Solid Sleeveless Shift Dress",
        color="Black",
    ),
    # 041 Photo: front; green-and-white chevron cotton kurta, three-quarter sleeves, V-neck, solid green leggings.
    # Caption: adapter, cut (it also stripes the leggings); answers: QA.
    case(
        "X1530-041",
        caption(
            "The lady wears a medium-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. The pants this lady wears is of long length. The pants are with cotton fabric and "
            "striped patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("striped patterns"),
        color_of("kurta", "striped", "non_answer"),
        is_a("kurta", "", "non_answer"),
        Q.material("cotton"),
        Q.sleeve_length("medium-sleeve"),
        gender="Women",
        title="Amydus Women Plus Size Green & White Chevron Printed Kurta",
        category="Kurtas",
        color="Green",
    ),
    # 042 Photo: back view showing the long back hem and side slits; lime cotton longline tunic, short sleeves, white
    # jeggings. Caption: adapter, ran to the limit on a full sentence, true; answers: QA.
    case(
        "X1530-042",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with denim fabric and pure "
            "color patterns.",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns", who="she"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        color_of("tunic", "pure color", "non_answer"),
        Q.garment_type("shirt"),
        gender="Women",
        title="Instafab Plus Women Lime Green Solid Longline Tunic with Side Slits",
        category="Tunics",
        color="Lime Green",
    ),
    # 043 Photo: front; purple silk-blend kurta with a floral yoke, three-quarter sleeves, palazzos and a chiffon
    # dupatta draped over both shoulders, bangles. Caption: adapter, cut; answers: QA. The dupatta is the chiffon.
    case(
        "X1530-043",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with chiffon fabric. This person "
            "has neckwear. There is an accessory on her wrist. The pants this lady wears is of long length. The pants "
            "are with chiffon",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("dress", "contradiction"),
        Q.pattern("floral patterns"),
        Q.material("chiffon", "unsupported"),
        details("kurta", "neckwear", "contradiction"),
        Q.sleeve_length("medium-sleeve"),
        gender="Women",
        title="Libas Plus Women Plus Size Purple Floral Yoke Design Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Purple",
    ),
    # 044 Photo: front; blue sleeveless denim A-line dress, collar, button front, a belt. Caption: adapter, loops
    # after the belt; answers: QA.
    case(
        "X1530-044",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with denim fabric. It has a "
            "lapel neckline. There is a belt. The lady wears a sleeveless dress with pure color patterns. The dress "
            "is with denim",
            "loop",
            hit_limit=True,
        ),
        Q.material("denim"),
        Q.garment_type("dress"),
        Q.sleeve_length("sleeveless"),
        details("dress", "lapel neckline"),
        Q.color("pure color", "non_answer"),
        gender="Women",
        title="Sassafras Curve Women Plus Size Blue Solid Denim A-Line Dress",
        category="Dresses",
        color="Blue",
    ),
    # 045 Photo: front; off-white cotton straight kurta with a blue print, long sleeves, V-neck, solid blue palazzos.
    # Caption: adapter, cut; answers: QA. Asked for the palazzos' details, QA returned only the sentence's subject.
    case(
        "X1530-045",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long-sleeve"),
        Q.pattern("graphic patterns"),
        color_of("kurta", "pure color", "other_garment_color"),
        Q.material("cotton"),
        details("palazzos", "The pants this lady wears", "restated"),
        gender="Women",
        title="W Women Plus Size Off White & Blue Printed Straight Kurta with Palazzos",
        category="Kurta Sets",
        color="Off White",
    ),
]
