"""BLIND_1364 (45 products; Myntra tops and dresses, captions + QA): written blind in the sixty-fourth session. Measured
blind at d381b30 (the session's first rules): 101/120 failures found (84.2%) and 8/212 correct texts flagged (3.8%).
The writer's notes, verbatim:

Scenario: a Myntra feed of women's tops and dresses (article types Tops, Dresses, Tshirts, Shirts, Tunics; base colours
as Myntra spells them: Navy Blue, Off White, Mustard, Grey Melange...). Catalog shots: a model on a plain white or grey
backdrop wearing the product with jeans, trousers, shorts, leggings or a skirt; one flat lay, one back view, one model
holding a straw hat, one dress worn under an open denim jacket. Every photo was captioned once by
Data2_V2_Blip2_Finetune_Caption (epoch 3) on Salesforce/blip2-opt-2.7b, greedy, 50 new tokens; then each question
was answered by timpal0l/mdeberta-v3-base-squad2 reading only that caption. Questions asked of every product: What is
the person wearing?, What type of garment is this?, What is the color of the garment?, What is the pattern of the
garment?, What is the sleeve length of the garment?, What material is the garment made of?; the dresses batch also
asked What are the details of the garment?. A feed row now and then lacks a column (gender, color, category).
Who wrote what: the captions are the adapter's, in the DeepFashion-MultiModal template it learned (pure color /
floral / graphic / striped / lattice patterns, cotton / chiffon / denim / knitting fabric, necklines, "There is an
accessory on her wrist"), with no hue names except in a few captions where the base model's habit leaks through. The
answers are spans copied out of the caption by the QA model (an empty string where it chose "no answer"), so they
cannot say anything the caption does not: no answer ran to a token limit and none holds the prompt.
Labeling conventions and judgement calls: no end token was trained, so every caption ran to 50 tokens (hit_limit=True
on all of them). A caption that repeats its own sentences is a loop; one that stops mid-sentence is cut; where a
caption is also wrong in what it says (a dress turned into a top and a skirt, a man's pronoun for the woman, a hue
from the print or given to the trousers too, a belt or lower garment that is not in the photo) the label names that
error and hit_limit still records the cut. Two captions happen to end on a full stop at the limit and say only true
things: left unmarked. A color answer that gives a pattern ("pure color", "floral", "graphic", "striped",
"lattice") or nothing is a non_answer; a hue from the print or from the trousers is a contradiction or
other_garment_color. "upper clothing" for the wearing or garment-type question is a non_answer. Garment-type answers
are judged against the title and the silhouette in the photo: "T-shirt" for a tee-shaped knit top and "tank top" for a
sleeveless top are right; "tank top" or "T-shirt" for a woven puff-sleeve crop top, "shirt" for a tunic, and any top
or sweater name for a dress are contradictions. Wearing answers that name the product loosely but truly are left
unmarked; those that split a dress into top and skirt, describe the jacket over it, or carry a wrong pattern or hue are
marked like the caption. Material: left unmarked where the title is silent and the photo cannot tell; "chiffon" or
"cotton" against Satin, Linen or Mesh in the title is a contradiction, as is the fabric of another garment. A sleeve
length or detail that only the photo shows to be false (3/4 sleeves called long, a belt that is not there) is
unsupported. "There is an accessory on her wrist" as the garment's details is marked a contradiction (an accessory
given as the garment).
"""

from tests.audit_corpus import BLIND_QUESTIONS, DEFAULT_QUESTIONS, caption, case, wearing

Q = BLIND_QUESTIONS
details = DEFAULT_QUESTIONS.details

BLIND_1364 = [
    # 001 photo: model, white backdrop; black fitted round-neck short-sleeve knit top (tee shape), tucked into light
    # blue jeans. Caption: adapter, cut at the limit. Answers: mdeberta spans of the caption.
    case(
        "X1364-001",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Roadster Women Black Solid Fitted Top",
        category="Tops",
        color="Black",
    ),
    # 002 photo: knee-length navy wrap dress, small white and pink flowers, full sleeves, V neck, tan heels.
    # Caption: adapter, repeats its fabric sentence to the limit. Answers: spans.
    case(
        "X1364-002",
        caption(
            "The lady is wearing a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of three-quarter length. The dress is with chiffon fabric and floral "
            "patterns. The dress is with chiffon",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon"),
        details("V-shape neckline"),
        gender="Women",
        title="Berrylush Women Navy Blue Floral Print Wrap Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # 003 photo: mustard ribbed crop top, square neck, short puff sleeves, black high-waist trousers.
    # Caption: adapter, cut; calls the puff-sleeve top a tank top. Answers: spans.
    case(
        "X1364-003",
        caption(
            "This woman is wearing a short-sleeve tank top with pure color patterns and a long pants. The tank top is "
            "with knitting fabric and its neckline is square. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve tank top with pure color patterns and a long pants"),
        Q.garment_type("tank top", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("knitting"),
        gender="Women",
        title="SASSAFRAS Women Mustard Yellow Puff Sleeve Crop Top",
        category="Tops",
        color="Mustard",
    ),
    # 004 photo: maroon sleeveless A-line midi dress, round neck, model holding a small black handbag.
    # Caption: adapter, splits the dress into a tank top and a long skirt, cut. Answers: spans.
    case(
        "X1364-004",
        caption(
            "The female wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "cotton fabric and it has a round neckline. The skirt is with cotton fabric and pure color patterns. There "
            "is an accessory in her hand",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns and a long skirt", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        details("round neckline"),
        gender="Women",
        title="Sangria Women Maroon Solid A-Line Midi Dress",
        category="Dresses",
        color="Maroon",
    ),
    # 005 photo: white round-neck tee with a black text graphic on the chest, black joggers, white sneakers.
    # Caption: adapter, cut. Answers: spans.
    case(
        "X1364-005",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns"),
        Q.garment_type("T-shirt"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="HRX by Hrithik Roshan Women White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # 006 photo: blue and white vertical stripes, collar, long sleeves rolled to the elbow, tucked into white denim
    # shorts; a watch. Caption: adapter in its "upper clothing" form, cut. Answers: spans (the material span is the
    # shorts' fabric sentence).
    case(
        "X1364-006",
        caption(
            "The upper clothing has long sleeves, cotton fabric and striped patterns. It has a lapel neckline. The "
            "lower clothing is of three-point length. The fabric is denim and it has pure color patterns. There is an "
            "accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        wearing("upper clothing", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeves"),
        Q.material("denim", "contradiction"),
        gender="Women",
        title="Tokyo Talkies Women Blue & White Striped Shirt Style Top",
        category="Tops",
        color="Blue",
    ),
    # 007 photo: black bodycon mini dress, thin straps, sweetheart neck, black heels, a thin bracelet.
    # Caption: adapter, repeats the wrist sentence. Answers: spans.
    case(
        "X1364-007",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "suspenders neckline. The dress is of three-point length. There is an accessory on her wrist. There is an "
            "accessory on her wrist. There is",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        details("suspenders neckline"),
        gender="Women",
        title="Rare Women Black Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # 008 photo: ivory satin cami top with thin straps and a cowl neck, black trousers, a ring.
    # Caption: adapter, cut; calls the satin chiffon. Answers: spans.
    case(
        "X1364-008",
        caption(
            "Her tank top has sleeves cut off, chiffon fabric and pure color patterns. It has a V-shape neckline. The "
            "pants this lady wears is of long length. The pants are with cotton fabric and pure color patterns. There "
            "is a ring on her",
            "cut",
            hit_limit=True,
        ),
        wearing("tank top"),
        Q.garment_type("tank top"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeves cut off"),
        Q.material("chiffon", "contradiction"),
        gender="Women",
        title="Mango Women Off-White Satin Cowl Neck Top",
        category="Tops",
        color="Off White",
    ),
    # 009 photo: green cotton maxi dress with white block-print motifs, 3/4 sleeves, round neck with keyhole, a
    # bangle and a ring. Caption: adapter, ends by repeating the ring sentence. Answers: spans.
    case(
        "X1364-009",
        caption(
            "The lady is wearing a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has "
            "a round neckline. The dress is of long length. There is an accessory on her wrist. The lady wears a ring. "
            "The lady wears a ring.",
            "loop",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with graphic patterns"),
        Q.garment_type("dress"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        details("cotton fabric"),
        gender="Women",
        title="AKS Women Green Ethnic Motifs Printed Maxi Dress",
        category="Dresses",
        color="Green",
    ),
    # 010 photo: red wrap top, V neck, 3/4 sleeves ending below the elbow, blue jeans, a ring.
    # Caption: adapter, cut; says long-sleeve. Answers: spans.
    case(
        "X1364-010",
        caption(
            "The lady wears a long-sleeve blouse with pure color patterns. The blouse is with chiffon fabric. It has a "
            "V-shape neckline. The lady wears a long jeans. The jeans are with denim fabric and pure color patterns. "
            "The lady wears a ring",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve blouse with pure color patterns"),
        Q.garment_type("blouse"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve", "unsupported"),
        Q.material("chiffon"),
        gender="Women",
        title="Vero Moda Women Red Solid Wrap Top",
        category="Tops",
        color="Red",
    ),
    # 011 photo: white top with a self-colour lace yoke, short flutter sleeves, round neck, light blue jeans.
    # Caption: adapter (a hue slips in, right), cut. Answers: spans.
    case(
        "X1364-011",
        caption(
            "The lady wears a white short-sleeve blouse with pure color patterns. The blouse is with chiffon fabric. "
            "It has a round neckline. The lady wears a long jeans. The jeans are with denim fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a white short-sleeve blouse with pure color patterns"),
        Q.garment_type("blouse"),
        Q.color("white"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        gender="Women",
        title="Harpa Women White Lace Detail Top",
        category="Tops",
        color="White",
    ),
    # 012 photo: black fit-and-flare dress with large yellow flowers, short sleeves, V neck, above the knee.
    # Caption: adapter, calls the dress yellow (the print's colour), cut. Answers: spans.
    case(
        "X1364-012",
        caption(
            "The lady wears a yellow short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has "
            "a V-shape neckline. The dress is of medium short length. There is an accessory on her wrist. The lady",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a yellow short-sleeve dress with floral patterns", "contradiction"),
        Q.garment_type("dress"),
        Q.color("yellow", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        details("V-shape neckline"),
        gender="Women",
        title="Athena Women Black & Yellow Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Black",
    ),
    # 013 photo: peach sleeveless round-neck top, black skinny jeans.
    # Caption: adapter (hue for the jeans, right for the jeans), cut. Answers: spans; the color span is the jeans'.
    case(
        "X1364-013",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has "
            "a round neckline. The lady wears a long black jeans. The jeans are with denim fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns"),
        Q.garment_type("tank top"),
        Q.color("black", "other_garment_color"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Women",
        title="ONLY Women Peach-Coloured Solid Top",
        category="Tops",
        color="Peach",
    ),
    # 014 photo: model with a short pixie cut; grey melange oversized tee, dropped shoulders, black cycling shorts.
    # Caption: adapter, "This man", cut. Answers: spans.
    case(
        "X1364-014",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and it "
            "has a round neckline. This man wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns. There is",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Roadster Women Grey Melange Solid Oversized T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # 015 photo: rust button-down shirt dress, collar, long sleeves rolled up, self belt, knee length.
    # Caption: adapter, turns it into a shirt and a skirt, cut. Answers: spans.
    case(
        "X1364-015",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. There is a belt in her clothes. The lady wears a medium short skirt. The skirt is with "
            "cotton fabric and pure",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        details("a belt"),
        gender="Women",
        title="Globus Women Rust Solid Shirt Dress",
        category="Dresses",
        color="Rust",
    ),
    # 016 photo: lavender smocked crop top in woven cotton, square neck, short puff sleeves, white wide-leg pants.
    # Caption: adapter, cut. Answers: spans.
    case(
        "X1364-016",
        caption(
            "The female is wearing a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is "
            "with cotton fabric and its neckline is square. The pants are with cotton fabric and pure color patterns. "
            "The female wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns and a long pants"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="DressBerry Women Lavender Solid Smocked Crop Top",
        category="Tops",
        color="Lavender",
    ),
    # 017 photo: teal georgette sleeveless maxi dress, spaghetti straps, a bracelet and a ring.
    # Caption: adapter; ran to the limit but ends on a full stop, all true. Answers: spans; for the color the QA model
    # returned no answer.
    case(
        "X1364-017",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a suspenders neckline. The dress is of long length. There is an accessory on her wrist. There is a ring "
            "on her finger.",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon"),
        details("suspenders neckline"),
        gender="Women",
        title="Femella Women Teal Solid Maxi Dress",
        category="Dresses",
        color="Teal",
    ),
    # 018 photo: pink A-line cotton tunic with small white floral buttis, 3/4 sleeves, mandarin collar, white
    # leggings. Caption: adapter, cut; calls the tunic a shirt. Answers: spans.
    case(
        "X1364-018",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "standing neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with floral patterns"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Biba Women Pink Printed Tunic",
        category="Tunics",
        color="Pink",
    ),
    # 019 photo: black and white gingham shirt-style top, collar, short sleeves, knotted at the front, denim shorts.
    # Caption: adapter, cut. Answers: spans.
    case(
        "X1364-019",
        caption(
            "The lady wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a three-point shorts. The shorts are with denim fabric and pure color "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with lattice patterns"),
        Q.garment_type("shirt"),
        Q.color("lattice", "non_answer"),
        Q.pattern("lattice"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="StyleStone Women Black & White Checked Shirt Style Top",
        category="Tops",
        color="Black",
    ),
    # 020 photo: olive ribbed knit sweater dress, turtleneck, long sleeves, knee length, brown ankle boots.
    # Caption: adapter, turns it into a sweater and a skirt, cut. Answers: spans.
    case(
        "X1364-020",
        caption(
            "This woman is wearing a long-sleeve sweater with pure color patterns and a medium short skirt. The "
            "sweater is with knitting fabric and its neckline is standing. The skirt is with knitting fabric and pure "
            "color patterns. The woman wears",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns and a medium short skirt", "contradiction"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        details("its neckline is standing"),
        gender="Women",
        title="Trend Arrest Women Olive Green Solid Sweater Dress",
        category="Dresses",
        color="Olive",
    ),
    # 021 photo: navy short-sleeve round-neck knit top (tee shape), white jeans, a gold bracelet.
    # Caption: adapter, loops on the wrist sentence. Answers: spans.
    case(
        "X1364-021",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. There is an accessory on her wrist. There is an accessory on her wrist. There is an "
            "accessory on her",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Kraus Jeans Women Navy Blue Solid Top",
        category="Tops",
        color="Navy Blue",
    ),
    # 022 photo: mustard tiered maxi dress with small white flowers, short flutter sleeves, V neck; the model holds a
    # straw hat at her side. Caption: adapter, "wears a hat" repeated. Answers: spans.
    case(
        "X1364-022",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of long length. There is a hat in her hand. The lady wears a hat. The lady "
            "wears a hat.",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        details("V-shape neckline"),
        gender="Women",
        title="Sera Women Mustard Yellow Floral Print Tiered Maxi Dress",
        category="Dresses",
        color="Mustard",
    ),
    # 023 photo: coral sleeveless peplum top, round neck, black skinny jeans, a bracelet.
    # Caption: adapter, cut. Answers: spans.
    case(
        "X1364-023",
        caption(
            "The female wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric and it has a round neckline. The pants are with denim fabric and pure color patterns. There "
            "is an accessory on her wrist",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns and a long pants"),
        Q.garment_type("tank top"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Women",
        title="Marie Claire Women Coral Solid Peplum Top",
        category="Tops",
        color="Coral",
    ),
    # 024 photo: flat lay on grey: black sheer mesh top, long sleeves, round neck; no model, nothing else.
    # Caption: adapter; ran to the limit, ends on a full stop, but invents lower clothing and a wrist accessory.
    # Answers: spans.
    case(
        "X1364-024",
        caption(
            "The upper clothing has long sleeves, chiffon fabric and pure color patterns. The neckline of it is round. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her wrist.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("upper clothing", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        Q.material("chiffon", "contradiction"),
        gender="Women",
        title="FabAlley Women Black Sheer Mesh Top",
        category="Tops",
        color="Black",
    ),
    # 025 photo: back view, the model looking over her shoulder: white short-sleeve top with a bow tie over an open
    # back, blue jeans, a brown belt. Caption: adapter, cut (the neckline is not visible from the back, but the top
    # does have a round neck). Answers: spans. The feed row has no category.
    case(
        "X1364-025",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long jeans. The jeans are with denim fabric and pure color patterns. "
            "There is a belt in",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Vero Moda Women White Tie-Up Back Top",
        color="White",
    ),
    # 026 photo: model with a short bob; black short-sleeve sheath dress, round neck, knee length, a watch, a ring.
    # Caption: adapter, "His" / "this gentleman", cut. Answers: spans.
    case(
        "X1364-026",
        caption(
            "His dress has short sleeves, cotton fabric and pure color patterns. It has a round neckline. The dress "
            "this gentleman wears is of medium short length. There is an accessory on his wrist. There is a ring on "
            "his finger. The",
            "pronoun",
            hit_limit=True,
        ),
        wearing("dress"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton"),
        details("round neckline"),
        gender="Women",
        title="Tokyo Talkies Women Black Solid Sheath Dress",
        category="Dresses",
        color="Black",
    ),
    # 027 photo: black short-sleeve V-neck blouse, beige wide-leg trousers.
    # Caption: adapter; black for the blouse (right) and black for the beige trousers too. Answers: spans.
    case(
        "X1364-027",
        caption(
            "The lady wears a black short-sleeve blouse with pure color patterns. The blouse is with chiffon fabric. "
            "It has a V-shape neckline. The lady wears a long black pants. The pants are with cotton fabric and pure "
            "color patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a black short-sleeve blouse with pure color patterns"),
        Q.garment_type("blouse"),
        Q.color("black"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        gender="Women",
        title="Harpa Women Black Solid Top",
        category="Tops",
        color="Black",
    ),
    # 028 photo: multicolour abstract-print tie-front crop top, long balloon sleeves, V neck, white jeans.
    # Caption: adapter, cut. Answers: spans.
    case(
        "X1364-028",
        caption(
            "The lady wears a long-sleeve blouse with graphic patterns. The blouse is with chiffon fabric. It has a "
            "V-shape neckline. The lady wears a long jeans. The jeans are with denim fabric and pure color patterns. "
            "The lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve blouse with graphic patterns"),
        Q.garment_type("blouse"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon"),
        gender="Women",
        title="Athena Women Multicoloured Printed Tie-Up Crop Top",
        category="Tops",
        color="Multi",
    ),
    # 029 photo: white formal shirt, collar, long buttoned cuffs, tucked into grey trousers, a watch.
    # Caption: adapter ("The person"), cut. Answers: spans.
    case(
        "X1364-029",
        caption(
            "The person wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The person wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Van Heusen Woman White Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # 030 photo: indigo cotton kaftan dress with white block print, batwing sleeves to the elbow, V neck, midi.
    # Caption: adapter, loops on the fabric sentence; the details span runs over the loop. Answers: spans.
    case(
        "X1364-030",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. The dress is of three-quarter length. The dress is with cotton fabric and graphic "
            "patterns. The dress is with cotton fabric",
            "loop",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with graphic patterns"),
        Q.garment_type("dress"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        details("The dress is with cotton fabric and graphic patterns. The dress is with cotton fabric", "loop"),
        gender="Women",
        title="Anouk Women Blue Printed Kaftan Dress",
        category="Dresses",
        color="Blue",
    ),
    # 031 photo: red and white horizontal-stripe A-line dress, short sleeves, square neck, knee length, white
    # sneakers, a bracelet, a ring. Caption: adapter, cut. Answers: spans.
    case(
        "X1364-031",
        caption(
            "The female is wearing a short-sleeve dress with striped patterns. The dress is with cotton fabric and its "
            "neckline is square. The dress is of medium short length. There is an accessory on her wrist. The female "
            "wears a ring. The female wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with striped patterns"),
        Q.garment_type("dress"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        details("cotton fabric"),
        gender="Women",
        title="SASSAFRAS Women Red & White Striped A-Line Dress",
        category="Dresses",
        color="Red",
    ),
    # 032 photo: pink top with a small white ditsy floral print, short sleeves, round neck, white jeans.
    # Caption: adapter, misses the small print ("pure color"), cut. Answers: spans.
    case(
        "X1364-032",
        caption(
            "The lady wears a short-sleeve blouse with pure color patterns. The blouse is with chiffon fabric. It has "
            "a round neckline. The lady wears a long jeans. The jeans are with denim fabric and pure color patterns. "
            "There is an accessory on",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve blouse with pure color patterns", "contradiction"),
        Q.garment_type("blouse"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color", "contradiction"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        gender="Women",
        title="Berrylush Women Pink Floral Print Top",
        category="Tops",
        color="Pink",
    ),
    # 033 photo: olive long-sleeve round-neck top, denim mini skirt, a bracelet.
    # Caption: adapter, never states the top's sleeves, cut at "a medium". Answers: spans; the sleeve span is the
    # fragment at the cut.
    case(
        "X1364-033",
        caption(
            "This woman is wearing a blouse with pure color patterns and a medium short skirt. The blouse is with "
            "cotton fabric and its neckline is round. The skirt is with denim fabric and pure color patterns. There is "
            "an accessory on her wrist. The woman wears a medium",
            "cut",
            hit_limit=True,
        ),
        wearing("a blouse with pure color patterns and a medium short skirt"),
        Q.garment_type("blouse"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("medium", "cut"),
        Q.material("cotton"),
        gender="Women",
        title="Mast & Harbour Women Olive Green Solid Top",
        category="Tops",
        color="Olive",
    ),
    # 034 photo: beige linen shirt-style top, collar, short sleeves, white cotton trousers, a bracelet.
    # Caption: adapter, gives no fabric for the top, cut. Answers: spans; the material span is the trousers'.
    case(
        "X1364-034",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. It has a lapel neckline. The lady wears a "
            "long pants. The pants are with cotton fabric and pure color patterns. There is an accessory on her wrist. "
            "There is a ring on",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton", "contradiction"),
        gender="Women",
        title="SASSAFRAS Women Beige Solid Linen Shirt Style Top",
        category="Tops",
        color="Beige",
    ),
    # 035 photo: black sleeveless fit-and-flare dress, round neck, knee length; no belt, bare wrists.
    # Caption: adapter, invents a belt and a wrist accessory, cut. Answers: spans.
    case(
        "X1364-035",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is a belt in her clothes. The dress is of medium short length. There is an "
            "accessory on her wrist. There is",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        details("a belt", "unsupported"),
        gender="Women",
        title="Harpa Women Black Solid Fit and Flare Dress",
        category="Dresses",
        color="Black",
    ),
    # 036 photo: navy maxi dress with a white geometric print, long sleeves, round neck, a bracelet and a ring.
    # Caption: adapter, cut. Answers: spans; no answer for the color. The feed row has no color.
    case(
        "X1364-036",
        caption(
            "The lady is wearing a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length. There is an accessory on her wrist. The lady wears a ring. "
            "There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with graphic patterns"),
        Q.garment_type("dress"),
        Q.color("", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        details("round neckline"),
        gender="Women",
        title="Vishudh Women Navy Blue Geometric Printed Maxi Dress",
        category="Dresses",
    ),
    # 037 photo: mid-blue denim shirt, collar, long sleeves, black jeans.
    # Caption: adapter, cut. Answers: spans.
    case(
        "X1364-037",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The lady wears a long jeans. The jeans are with denim fabric and pure color patterns. "
            "There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("denim"),
        gender="Women",
        title="Roadster Women Blue Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # 038 photo: off-white mini dress with small blue flowers, short puff sleeves, square neck, worn under an open
    # long-sleeve denim jacket. Caption: adapter, describes the jacket as a shirt and the dress's skirt as a skirt,
    # cut. Answers: spans.
    case(
        "X1364-038",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The lady wears a three-point skirt. The skirt is with chiffon fabric and floral patterns. "
            "There is an accessory on",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color", "contradiction"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("denim", "contradiction"),
        details("chiffon fabric and floral patterns"),
        gender="Women",
        title="Tokyo Talkies Women Off White Floral Print Tiered Dress",
        category="Dresses",
        color="Off White",
    ),
    # 039 photo: black round-neck tee with a white logo print, grey track pants. Caption: adapter, cut.
    # Answers: spans. The feed row has no gender.
    case(
        "X1364-039",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns"),
        Q.garment_type("T-shirt"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        title="Puma Women Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # 040 photo: teal satin top, long sleeves, V neck with a tie, black trousers, a watch.
    # Caption: adapter, calls the satin chiffon, cut. Answers: spans.
    case(
        "X1364-040",
        caption(
            "The lady wears a long-sleeve blouse with pure color patterns. The blouse is with chiffon fabric. It has a "
            "V-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve blouse with pure color patterns"),
        Q.garment_type("blouse"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon", "contradiction"),
        gender="Women",
        title="Rareism Women Teal Solid Satin Top",
        category="Tops",
        color="Teal",
    ),
    # 041 photo: peach wrap midi dress, short flutter sleeves, V neck, self-tie sash at the waist, a bracelet.
    # Caption: adapter; ran to the limit but ends on a full stop, all true. Answers: spans.
    case(
        "X1364-041",
        caption(
            "Her dress has short sleeves, chiffon fabric and pure color patterns. It has a V-shape neckline. The dress "
            "this lady wears is of three-quarter length. There is a belt in her clothes. There is an accessory on her "
            "wrist.",
            hit_limit=True,
        ),
        wearing("dress"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short sleeves"),
        Q.material("chiffon"),
        details("There is an accessory on her wrist", "contradiction"),
        gender="Women",
        title="Zink London Women Peach Solid Wrap Dress",
        category="Dresses",
        color="Peach",
    ),
    # 042 photo: navy and white Breton-stripe top, long sleeves, boat neck, white jeans.
    # Caption: adapter, cut. Answers: spans.
    case(
        "X1364-042",
        caption(
            "The lady wears a long-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long jeans. The jeans are with denim fabric and pure color patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve T-shirt with striped patterns"),
        Q.garment_type("T-shirt"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Marks & Spencer Women Navy Blue & White Striped Top",
        category="Tops",
        color="Navy Blue",
    ),
    # 043 photo: black A-line dress with white polka dots, short sleeves, Peter Pan collar, knee length, a ring.
    # Caption: adapter, dots called graphic, ends by repeating the ring sentence. Answers: spans.
    case(
        "X1364-043",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "lapel neckline. The dress is of medium short length. There is an accessory on her wrist. The lady wears "
            "a ring. The lady wears a ring",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with graphic patterns", "contradiction"),
        Q.garment_type("dress"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic", "contradiction"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        details("lapel neckline"),
        gender="Women",
        title="DressBerry Women Black Polka Dot Print A-Line Dress",
        category="Dresses",
        color="Black",
    ),
    # 044 photo: yellow ruched short-sleeve top, sweetheart neck, blue jeans.
    # Caption: adapter (a hue slips in, right), cut. Answers: spans.
    case(
        "X1364-044",
        caption(
            "The lady wears a yellow short-sleeve blouse with pure color patterns. The blouse is with cotton fabric. "
            "It has a V-shape neckline. The lady wears a long jeans. The jeans are with denim fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow short-sleeve blouse with pure color patterns"),
        Q.garment_type("blouse"),
        Q.color("yellow"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Kassually Women Yellow Solid Cinched Waist Top",
        category="Tops",
        color="Yellow",
    ),
    # 045 photo: blue cotton tunic with a white print, long sleeves, mandarin collar, white palazzos, a bangle.
    # Caption: adapter in its "upper clothing" form, cut. Answers: spans. The feed row has no gender.
    case(
        "X1364-045",
        caption(
            "The upper clothing has long sleeves, cotton fabric and graphic patterns. The neckline of it is standing. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her wrist. There",
            "cut",
            hit_limit=True,
        ),
        wearing("upper clothing", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic patterns"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        title="Global Desi Women Blue Printed Tunic",
        category="Tunics",
        color="Blue",
    ),
]
