"""BLIND_1235 (45 products; Myntra dresses, jumpsuits and playsuits, epoch-1 caption + extractive QA): written blind in
the sixty-second session. Measured blind at 4e431dc (the session's second rules): 104/144 failures found (72.2%) and
19/180 correct texts flagged (10.6%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's and girls' dresses, jumpsuits and playsuits (article types Dresses, Jumpsuit,
Playsuit; base colours as Myntra spells them). Photos are the usual Myntra shots: a model on a plain grey or white
backdrop, now and then with a denim jacket, a T-shirt under a pinafore, leggings, a hat, a bag, a cup or a balloon;
one flat lay (X1235-013) and one back view (X1235-014). Each product was captioned by the epoch-1 caption adapter
(leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch, 50 new tokens, greedy). Each question was then answered by
timpal0l/mdeberta-v3-base-squad2 over that caption; when the QA model's null answer won (no span), the question went
to the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA, `Question: ... Answer:`, 30 new tokens, stop on newline). Adult
items were asked wearing, garment type, color, pattern, sleeve length and material; girls' items skip material;
jumpsuits and playsuits were also asked "Is this a jumpsuit/playsuit?".
Who wrote what: every caption is the epoch-1 caption adapter's. An answer that is a verbatim span of its caption is
the extractive QA model's; an answer that is not in the caption (a hue, "dress", "yes", loops, prompt leaks) is the
VQA adapter's fallback. The comment above each case says which is which.
Labeling conventions and judgement calls:
- The caption adapter speaks only the DeepFashion-MultiModal template: no hue names, no word "dress", "jumpsuit" or
  "playsuit". Most captions are longer than 50 tokens and were cut mid-sentence (hit_limit, labelled cut); about a
  fifth stopped on their own after four sentences. Two repeat a sentence until the limit (loop).
- I accept the template's way of splitting a one-piece into "upper clothing" and "lower clothing" in a caption as
  correct. A caption that names the product "tank shirt", "T-shirt", "shirt" or "sweater" is still only labelled if
  it has no other, more visible failure (a complete one is labelled contradiction where it also gets the catalog's
  material wrong).
- Garment type answered "tank shirt", "T-shirt", "shirt", "pants", "trousers", "shorts" or "sweater" for a dress,
  jumpsuit or playsuit: contradiction. "upper clothing" for the garment type says nothing: non_answer. "romper" for
  a playsuit and "dress" for a dress are correct.
- Wearing: a span naming a top or trousers for a one-piece is contradiction; a span naming a real second garment
  (the denim jacket, the T-shirt under the pinafore) is true and left unmarked; "a hat" or "neckwear" instead of
  the garment is non_answer (unsupported where there is no hat at all).
- Color: "pure color" / "solid color" is a pattern, not a color: non_answer. A VQA hue that belongs to a jacket,
  T-shirt, leggings or shoes in the photo: other_garment_color. A plainly wrong hue of the product itself:
  contradiction. Near hues I accepted: "navy" for Navy Blue, "blue" for Teal, "purple" for Lavender, "orange" for
  Rust, "maroon" for Burgundy, "green" for Lime Green. VQA "blue Question: What is ..." is leak even though it also
  repeats; "pink pink pink ..." is loop.
- Pattern: "graphic" accepted for polka dots and abstract or motif prints, "lattice" for checks/gingham, "pure color"
  for sequinned, eyelet or lace-trimmed solids.
- Material: "chiffon" accepted for flowy dresses whose title names no fabric (the template has no georgette or
  crepe); a fabric contradicted by the title (satin, linen, crepe, denim) is contradiction; a fabric that belongs to
  another garment in the photo is contradiction too; "other" is non_answer.
- Sleeves wrong only by the photo (off-shoulder puff sleeves called "no sleeves") are unsupported; sleeves of the
  T-shirt worn under a sleeveless pinafore or dungaree given for the product are contradiction.
- A cut caption that also takes the model for a man (X1235-031) or invents a hat (X1235-045) is labelled by that.
- Extractive answers never hit the token limit; a span cut because the caption was cut ("a long") is labelled cut
  with hit_limit False.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, is_a, wearing

gt = BLIND_QUESTIONS.garment_type
col = BLIND_QUESTIONS.color
pat = BLIND_QUESTIONS.pattern
slv = BLIND_QUESTIONS.sleeve_length
mat = BLIND_QUESTIONS.material

BLIND_1235 = [
    # Photo: model, front, plain grey backdrop; black sleeveless knee-length fit-and-flare dress, round neck, nude
    # heels, no jewellery visible on the wrist. Caption: adapter, cut at 50 tokens. Wearing: VQA fallback. Garment
    # type, color, pattern, sleeves, material: QA spans.
    case(
        "X1235-001",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of medium length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("dress"),
        gt("upper clothing", "non_answer"),
        col("pure color", "non_answer"),
        pat("pure color"),
        slv("no sleeves"),
        mat("cotton"),
        gender="Women",
        title="SASSAFRAS Women Black Solid Fit and Flare Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: model, front, white backdrop; navy jumpsuit with small white polka dots, short flutter sleeves, V-neck,
    # tie belt, wide legs; white sneakers; tan tote bag on her forearm. Caption: adapter, cut. Wearing, garment type,
    # pattern, sleeves, material: QA spans. Color and "Is this a jumpsuit?": VQA fallback.
    case(
        "X1235-002",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with chiffon fabric and its "
            "neckline is v-shape. The lady wears a long trousers. The trousers are with chiffon",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns", "contradiction"),
        gt("T-shirt", "contradiction"),
        col("navy"),
        pat("graphic"),
        slv("short-sleeve"),
        mat("chiffon"),
        is_a("jumpsuit", "yes"),
        gender="Women",
        title="Tokyo Talkies Women Navy Blue Printed Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
    ),
    # Photo: model, front, grey backdrop; pink georgette maxi dress with a small floral print, short flutter sleeves,
    # V-neck; flat sandals. Caption: adapter, stopped by itself after four sentences. Wearing and color: VQA fallback.
    # The rest: QA spans.
    case(
        "X1235-003",
        caption(
            "The upper clothing has short sleeves, chiffon fabric and floral patterns. It has a v-shape neckline. The "
            "lower clothing is of long length. The fabric is chiffon and it has floral patterns."
        ),
        wearing("a dress"),
        gt("upper clothing", "non_answer"),
        col("pink"),
        pat("floral"),
        slv("short sleeves"),
        mat("chiffon"),
        gender="Women",
        title="DressBerry Women Pink Floral Print Maxi Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: model, front, white backdrop; olive long-sleeved wrap midi dress, V-neck, self tie at the waist; thin gold
    # pendant; black heels. Caption: adapter, cut. Wearing, color, pattern, sleeves, material: QA spans. Garment type:
    # VQA fallback.
    case(
        "X1235-004",
        caption(
            "The upper clothing has long sleeves, chiffon fabric and pure color patterns. The lower clothing is of "
            "three-quarter length. The fabric is chiffon and it has pure color patterns. This female has neckwear. "
            "There is a ring",
            "cut",
            hit_limit=True,
        ),
        wearing("neckwear", "non_answer"),
        gt("dress"),
        col("pure color", "non_answer"),
        pat("pure color"),
        slv("long sleeves"),
        mat("chiffon"),
        gender="Women",
        title="Harpa Women Olive Green Solid Wrap Dress",
        category="Dresses",
        color="Olive",
    ),
    # Photo: a girl of about eight, front, white backdrop; peach party dress, sleeveless sequinned bodice, layered
    # tulle skirt to the knee; silver hairband. Caption: adapter, cut. Color: VQA fallback, looping to the limit. The
    # rest: QA spans.
    case(
        "X1235-005",
        caption(
            "The lady wears a sleeveless tank shirt with pure color patterns. The tank shirt is with chiffon fabric. "
            "It has a round neckline. The skirt this lady wears is of medium length. The skirt is with chiffon fabric "
            "and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless tank shirt with pure color patterns", "contradiction"),
        gt("tank shirt", "contradiction"),
        col(
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            "loop",
            hit_limit=True,
        ),
        pat("pure color"),
        slv("sleeveless"),
        gender="Girls",
        title="Cutecumber Girls Peach-Coloured Embellished Fit & Flare Dress",
        category="Dresses",
        color="Peach",
    ),
    # Photo: model, front, grey backdrop; mid-blue denim shirt-style jumpsuit, short sleeves, collar, button placket,
    # cuffed hems; white sneakers. Caption: adapter, cut. Wearing, color and "Is this a jumpsuit?": VQA fallback (the
    # color answer ran on into the prompt format). The rest: QA spans.
    case(
        "X1235-006",
        caption(
            "The shirt this lady wears has short sleeves, its fabric is denim, and it has pure color patterns. The "
            "shirt has a lapel neckline. The trousers this lady wears is of long length. The trousers are with denim "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("jumpsuit"),
        gt("shirt", "contradiction"),
        col(
            "blue Question: What is the color of the garment? Answer: blue Question: What is the color of the "
            "garment? Answer: blue Question: What is",
            "leak",
            hit_limit=True,
        ),
        pat("pure color"),
        slv("short sleeves"),
        mat("denim"),
        is_a("jumpsuit", "yes"),
        gender="Women",
        title="Mast & Harbour Women Blue Solid Denim Shirt-Style Jumpsuit",
        category="Jumpsuit",
        color="Blue",
    ),
    # Photo: model, front, white backdrop; black-and-white vertical striped shirt dress, long sleeves rolled to the
    # elbow, collar, fabric belt, knee length; white sneakers. Caption: adapter, stopped by itself. Color: VQA
    # fallback. The rest: QA spans.
    case(
        "X1235-007",
        caption(
            "The shirt this woman wears has long sleeves, its fabric is cotton, and it has striped patterns. The "
            "shirt has a lapel neckline. The lower clothing is of medium length. The fabric is cotton and it has "
            "striped patterns."
        ),
        wearing("shirt", "contradiction"),
        gt("shirt", "contradiction"),
        col("black and white"),
        pat("striped"),
        slv("long sleeves"),
        mat("cotton"),
        gender="Women",
        title="Berrylush Women Black & White Striped Shirt Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: model, front, white backdrop; red off-shoulder playsuit with short puff sleeves sitting on the upper arm,
    # smocked bodice, shorts; beige sandals. Caption: adapter, cut. "Is this a playsuit?": VQA fallback. The rest: QA
    # spans. The sleeve answer is wrong only by the photo.
    case(
        "X1235-008",
        caption(
            "Her tank shirt has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. The "
            "shorts this lady wears is of three-point length. The shorts are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("tank shirt", "contradiction"),
        gt("shorts", "contradiction"),
        col("pure color", "non_answer"),
        pat("pure color"),
        slv("no sleeves", "unsupported"),
        mat("cotton"),
        is_a("playsuit", "no", "contradiction"),
        gender="Women",
        title="ONLY Women Red Solid Off-Shoulder Playsuit",
        category="Playsuit",
        color="Red",
    ),
    # Photo: model, front, grey backdrop; mustard crepe A-line midi dress with a small white floral print, short puff
    # sleeves, square neck; white sneakers. Caption: adapter, repeating its last sentence to the limit. Wearing and
    # color: VQA fallback. The rest: QA spans; the title says crepe.
    case(
        "X1235-009",
        caption(
            "The upper clothing has short sleeves, chiffon fabric and floral patterns. It has a square neckline. The "
            "fabric is chiffon and it has floral patterns. The fabric is chiffon and it has floral patterns. The "
            "fabric",
            "loop",
            hit_limit=True,
        ),
        wearing("dress"),
        gt("upper clothing", "non_answer"),
        col("yellow"),
        pat("floral"),
        slv("short sleeves"),
        mat("chiffon", "contradiction"),
        gender="Women",
        title="Athena Women Mustard Yellow Floral Print Crepe A-Line Dress",
        category="Dresses",
        color="Mustard",
    ),
    # Photo: model, front, white backdrop; teal cotton tiered maxi dress with white block print, long sleeves, round
    # neck with keyhole; silver jhumka earrings, no necklace; juttis. Caption: adapter, cut. Color: VQA fallback,
    # describing on to the limit. The rest: QA spans.
    case(
        "X1235-010",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a round "
            "neckline. The lady wears a long skirt. The skirt is with cotton fabric and graphic patterns. This female "
            "has neckwear",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with graphic patterns", "contradiction"),
        gt("shirt", "contradiction"),
        col(
            "blue and white printed maxi dress with long sleeves and a round neckline and a tiered skirt and a pair "
            "of silver earrings and a pair of",
            "cut",
            hit_limit=True,
        ),
        pat("graphic"),
        slv("long-sleeve"),
        mat("cotton"),
        gender="Women",
        title="Global Desi Women Teal Blue Printed Cotton Tiered Maxi Dress",
        category="Dresses",
        color="Teal",
    ),
    # Photo: model, front, grey backdrop; white sleeveless sheath dress to the knee, worn with an open light-blue
    # denim jacket; white sneakers. Caption: adapter, cut. Color: VQA fallback, which gave the jacket's color. The
    # rest: QA spans; the material span is the jacket's.
    case(
        "X1235-011",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. The lower clothing is of "
            "medium length. The fabric is cotton and it has pure color patterns. This lady also wears an outer "
            "clothing, with denim fabric and solid color",
            "cut",
            hit_limit=True,
        ),
        wearing("an outer clothing"),
        gt("outer clothing", "contradiction"),
        col("blue", "other_garment_color"),
        pat("pure color"),
        slv("no sleeves"),
        mat("denim", "contradiction"),
        gender="Women",
        title="Vero Moda Women White Solid Sheath Dress",
        category="Dresses",
        color="White",
    ),
    # Photo: a girl, front, white backdrop; navy cotton dress with a small white star print, short sleeves, white
    # Peter Pan collar, knee length; white sneakers. Caption: adapter, cut. Color: VQA fallback. The rest: QA spans.
    case(
        "X1235-012",
        caption(
            "The T-shirt this lady wears has short sleeves and it is with cotton fabric and graphic patterns. The "
            "neckline of the T-shirt is lapel. The skirt this lady wears is of medium length. The skirt is with cotton",
            "cut",
            hit_limit=True,
        ),
        wearing("T-shirt", "contradiction"),
        gt("T-shirt", "contradiction"),
        col("navy blue"),
        pat("graphic"),
        slv("short sleeves"),
        gender="Girls",
        title="YK Girls Navy Blue Star Print Fit and Flare Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: flat lay on white, no person; lavender playsuit with spaghetti straps, tie waist, ruffle-hem shorts.
    # Caption: adapter, stopped by itself, but it puts the playsuit on a lady with something on her wrist. Color and
    # "Is this a playsuit?": VQA fallback (the yes/no answer looped). The rest: QA spans.
    case(
        "X1235-013",
        caption(
            "Her tank shirt has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. The "
            "shorts this lady wears is of three-point length. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("Her tank shirt", "contradiction"),
        gt("tank shirt", "contradiction"),
        col("purple"),
        pat("pure color"),
        slv("no sleeves"),
        mat("cotton"),
        is_a(
            "playsuit",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Qurvii Women Lavender Solid Playsuit",
        category="Playsuit",
        color="Lavender",
    ),
    # Photo: back view, grey backdrop; black wrap midi dress with red and pink flowers, short sleeves, hair over the
    # neckline, red heels; hands not visible. Caption: adapter, cut (and the ring cannot be seen). Wearing and color:
    # VQA fallback; the color is the flowers' and shoes', not the dress's. The rest: QA spans.
    case(
        "X1235-014",
        caption(
            "The upper clothing has short sleeves, chiffon fabric and floral patterns. The lower clothing is of "
            "three-quarter length. The fabric is chiffon and it has floral patterns. There is an accessory on her "
            "wrist. There is a ring on her",
            "cut",
            hit_limit=True,
        ),
        wearing("dress"),
        gt("upper clothing", "non_answer"),
        col("red", "contradiction"),
        pat("floral"),
        slv("short sleeves"),
        mat("chiffon"),
        gender="Women",
        title="Zink London Women Black Floral Print Wrap Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: model, front, white backdrop; burgundy satin slip midi dress, spaghetti straps, cowl neck; thin gold
    # necklace; strappy heels. Caption: adapter, stopped by itself; it calls satin cotton. Color: VQA fallback. The
    # rest: QA spans.
    case(
        "X1235-015",
        caption(
            "Her tank shirt has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. This woman has "
            "neckwear.",
            "contradiction",
        ),
        wearing("tank shirt", "contradiction"),
        gt("tank shirt", "contradiction"),
        col("maroon"),
        pat("pure color"),
        slv("no sleeves"),
        mat("cotton", "contradiction"),
        gender="Women",
        title="RARE Women Burgundy Solid Satin Slip Dress",
        category="Dresses",
        color="Burgundy",
    ),
    # Photo: model, front, white backdrop; beige linen sleeveless jumpsuit, V-neck, belted, cropped wide legs; straw hat
    # on her head; tan sandals. Caption: adapter, cut one token before the full stop. Color and "Is this a jumpsuit?":
    # VQA fallback. The rest: QA spans; the title says linen.
    case(
        "X1235-016",
        caption(
            "Her tank shirt has no sleeves, cotton fabric and pure color patterns. It has a v-shape neckline. The "
            "pants this lady wears is of three-point length. The pants are with cotton fabric and pure color "
            "patterns. This lady wears a hat",
            "cut",
            hit_limit=True,
        ),
        wearing("a hat", "non_answer"),
        gt("pants", "contradiction"),
        col("beige"),
        pat("pure color"),
        slv("no sleeves"),
        mat("cotton", "contradiction"),
        is_a("jumpsuit", "yes"),
        gender="Women",
        title="MANGO Women Beige Solid Linen Culotte Jumpsuit",
        category="Jumpsuit",
        color="Beige",
    ),
    # Photo: a girl holding a teddy bear, white backdrop; yellow sleeveless cotton dress with a small embroidered yoke,
    # round neck, knee length. Caption: adapter, stopped by itself. Wearing: VQA fallback. The rest: QA spans. The feed
    # row has no gender.
    case(
        "X1235-017",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of medium length. The fabric is cotton and it has pure color patterns."
        ),
        wearing("dress"),
        gt("upper clothing", "non_answer"),
        col("pure color", "non_answer"),
        pat("pure color"),
        slv("no sleeves"),
        title="Pantaloons Junior Girls Yellow Solid Cotton A-Line Dress",
        category="Dresses",
        color="Yellow",
    ),
    # Photo: model, front, grey backdrop; grey melange ribbed-knit bodycon midi dress, long sleeves, round neck; white
    # sneakers. Caption: adapter, cut. Color: VQA fallback. The rest: QA spans.
    case(
        "X1235-018",
        caption(
            "The sweater this lady wears has long sleeves and it is with knitting fabric and pure color patterns. It "
            "has a round neckline. The lower clothing is of long length. The fabric is knitting and it has pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("sweater", "contradiction"),
        gt("sweater", "contradiction"),
        col("grey"),
        pat("pure color"),
        slv("long sleeves"),
        mat("knitting"),
        gender="Women",
        title="StyleStone Women Grey Melange Solid Bodycon Dress",
        category="Dresses",
        color="Grey Melange",
    ),
    # Photo: model, front, white backdrop; coral playsuit, short flutter sleeves, V-neck, belt with a gold buckle; nude
    # heels. Caption: adapter, cut. Color and "Is this a playsuit?": VQA fallback (the color answer ran into the prompt
    # format). The rest: QA spans.
    case(
        "X1235-019",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is v-shape. The lady wears a three-point shorts. The shorts are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", "contradiction"),
        gt("T-shirt", "contradiction"),
        col(
            "orange Question: What is the color of the garment? Answer: orange Question: What is the color of the "
            "garment? Answer: orange Question: What is",
            "leak",
            hit_limit=True,
        ),
        pat("pure color"),
        slv("short-sleeve"),
        mat("cotton"),
        is_a("playsuit", "yes"),
        gender="Women",
        title="FabAlley Women Coral Solid Belted Playsuit",
        category="Playsuit",
        color="Coral",
    ),
    # Photo: model with a short cropped haircut, front, grey backdrop; black tailored jumpsuit, long sleeves, collar,
    # wide legs; black loafers. Caption: adapter, stopped by itself, but the model is taken for a man. Color and "Is
    # this a jumpsuit?": VQA fallback. The rest: QA spans.
    case(
        "X1235-020",
        caption(
            "This gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and its neckline is lapel. This gentleman wears a long trousers. The trousers are with cotton fabric and "
            "solid color patterns.",
            "pronoun",
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        gt("shirt", "contradiction"),
        col("black"),
        pat("pure color"),
        slv("long-sleeve"),
        mat("cotton"),
        is_a("jumpsuit", "yes"),
        gender="Women",
        title="AND Women Black Solid Tailored Jumpsuit",
        category="Jumpsuit",
        color="Black",
    ),
    # Photo: a girl, front, white backdrop; pink tulle party frock, cap sleeves, sequinned bodice, fabric flower at the
    # waist; pink hairband. Caption: adapter, repeating two sentences to the limit. Color: VQA fallback. The rest: QA
    # spans.
    case(
        "X1235-021",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with chiffon fabric. It "
            "has a round neckline. The T-shirt is with chiffon fabric. It has a round neckline. The T-shirt",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", "contradiction"),
        gt("T-shirt", "contradiction"),
        col("pink"),
        pat("pure color"),
        slv("short-sleeve"),
        gender="Girls",
        title="Hola Bonita Girls Pink Embellished Tulle Party Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: model, front, grey backdrop; rust halter-neck sleeveless jumpsuit, wide legs, tie waist; black heels;
    # black sling bag on the shoulder. Caption: adapter, cut. Color and "Is this a jumpsuit?": VQA fallback. The rest:
    # QA spans.
    case(
        "X1235-022",
        caption(
            "Her tank shirt has no sleeves, chiffon fabric and pure color patterns. It has a suspenders neckline. The "
            "pants this lady wears is of long length. The pants are with chiffon fabric and pure color patterns. There "
            "is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("The pants", "contradiction"),
        gt("tank shirt", "contradiction"),
        col("orange"),
        pat("pure color"),
        slv("no sleeves"),
        mat("chiffon"),
        is_a("jumpsuit", "yes"),
        gender="Women",
        title="Trend Arrest Women Rust Orange Solid Halter Neck Tie-Up Jumpsuit",
        category="Jumpsuit",
        color="Rust",
    ),
    # Photo: model, front, white backdrop; green-and-white gingham cotton mini dress, short puff sleeves, square neck,
    # tiered skirt; white sneakers. Caption: adapter, stopped by itself. Wearing and color: VQA fallback. The rest: QA
    # spans.
    case(
        "X1235-023",
        caption(
            "The upper clothing has short sleeves, cotton fabric and lattice patterns. It has a square neckline. The "
            "lower clothing is of medium short length. The fabric is cotton and it has lattice patterns."
        ),
        wearing("dress"),
        gt("upper clothing", "non_answer"),
        col("green and white"),
        pat("lattice"),
        slv("short sleeves"),
        mat("cotton"),
        gender="Women",
        title="URBANIC Women Green & White Checked Cotton Tiered Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: model, front, grey backdrop; blue denim sleeveless pinafore dress worn over a white short-sleeved round-
    # neck T-shirt; white sneakers. Caption: adapter, cut; it describes the T-shirt and the pinafore's skirt. Color: VQA
    # fallback, the T-shirt's color. The rest: QA spans; sleeves and material are the T-shirt's.
    case(
        "X1235-024",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The skirt this lady wears is of medium length. The skirt is with denim fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        gt("T-shirt", "contradiction"),
        col("white", "other_garment_color"),
        pat("pure color"),
        slv("short-sleeve", "contradiction"),
        mat("cotton", "contradiction"),
        gender="Women",
        title="Roadster Women Blue Solid Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: model, front, dark grey backdrop, warm light; maroon velvet jumpsuit, long sleeves, V-neck, wide legs,
    # gold chain belt. Caption: adapter, cut. Color and "Is this a jumpsuit?": VQA fallback; the velvet's sheen read as
    # purple. The rest: QA spans.
    case(
        "X1235-025",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric. It has a "
            "v-shape neckline. The lady wears a long trousers. The trousers are with other fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt", "contradiction"),
        gt("shirt", "contradiction"),
        col("purple", "contradiction"),
        pat("pure color"),
        slv("long-sleeve"),
        mat("other", "non_answer"),
        is_a("jumpsuit", "yes"),
        gender="Women",
        title="SIRIKIT Women Maroon Solid Velvet Jumpsuit",
        category="Jumpsuit",
        color="Maroon",
    ),
    # Photo: a girl, front, white backdrop; white cotton dress with small blue flowers, sleeveless with frilled
    # shoulders, round neck, knee length; blue canvas shoes, no socks. Caption: adapter, cut. Wearing and color: VQA
    # fallback; the color is the shoes' and the print's. The rest: QA spans.
    case(
        "X1235-026",
        caption(
            "The upper clothing has no sleeves, cotton fabric and floral patterns. It has a round neckline. The lower "
            "clothing is of medium length. The fabric is cotton and it has floral patterns. This female wears socks "
            "in shoes. There",
            "cut",
            hit_limit=True,
        ),
        wearing("dress"),
        gt("upper clothing", "non_answer"),
        col("blue", "other_garment_color"),
        pat("floral"),
        slv("no sleeves"),
        gender="Girls",
        title="Peppermint Girls White Floral Print Cotton Dress",
        category="Dresses",
        color="White",
    ),
    # Photo: model, front, grey backdrop; navy maxi dress, long sleeves, round neck with keyhole, side slit; a ring on
    # her right hand; silver heels. Caption: adapter, cut. Wearing: VQA fallback, looping. The rest: QA spans. The feed
    # row has no color.
    case(
        "X1235-027",
        caption(
            "The upper clothing has long sleeves, chiffon fabric and pure color patterns. The neckline of it is round. "
            "The lower clothing is of long length. The fabric is chiffon and it has pure color patterns. There is a "
            "ring on her",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            hit_limit=True,
        ),
        gt("The upper clothing", "non_answer"),
        col("pure color", "non_answer"),
        pat("pure color"),
        slv("long sleeves"),
        mat("chiffon"),
        gender="Women",
        title="Miss Chase Women Navy Blue Solid Maxi Dress",
        category="Dresses",
    ),
    # Photo: model seated on a white stool, white backdrop; black playsuit with a white abstract print, sleeveless,
    # square neck, shorts; white sneakers. Caption: adapter, cut. Color and "Is this a playsuit?": VQA fallback. The
    # rest: QA spans.
    case(
        "X1235-028",
        caption(
            "Her tank shirt has no sleeves, chiffon fabric and graphic patterns. It has a square neckline. The shorts "
            "this lady wears is of three-point length. The shorts are with chiffon fabric and graphic patterns. This "
            "lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("tank shirt", "contradiction"),
        gt("shorts", "contradiction"),
        col("black and white"),
        pat("graphic"),
        slv("no sleeves"),
        mat("chiffon"),
        is_a("playsuit", "yes"),
        gender="Women",
        title="Tokyo Talkies Women Black & White Printed Playsuit",
        category="Playsuit",
        color="Black",
    ),
    # Photo: model, front, grey backdrop; red sleeveless bodycon dress to the knee, round neck; black heels. Caption:
    # adapter, stopped by itself. Wearing and garment type: VQA fallback. The rest: QA spans.
    case(
        "X1235-029",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of medium length. The fabric is cotton and it has pure color patterns."
        ),
        wearing("dress"),
        gt("dress"),
        col("pure color", "non_answer"),
        pat("pure color"),
        slv("no sleeves"),
        mat("cotton"),
        gender="Women",
        title="SERA Women Red Solid Bodycon Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: model, front, white backdrop; peach cotton jumpsuit, short sleeves, round neck, patch pockets, tapered
    # legs; white sneakers and a white tote. Caption: adapter, cut. Color and "Is this a jumpsuit?": VQA fallback; the
    # color is the tote's and sneakers'. The rest: QA spans.
    case(
        "X1235-030",
        caption(
            "The T-shirt this lady wears has short sleeves and it is with cotton fabric and pure color patterns. The "
            "neckline of the T-shirt is round. The trousers this lady wears is of long length. The trousers are with "
            "cotton",
            "cut",
            hit_limit=True,
        ),
        wearing("T-shirt", "contradiction"),
        gt("T-shirt", "contradiction"),
        col("white", "other_garment_color"),
        pat("pure color"),
        slv("short sleeves"),
        mat("cotton"),
        is_a("jumpsuit", "yes"),
        gender="Women",
        title="Popwings Women Peach-Coloured Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="Peach",
    ),
    # Photo: a girl with short hair holding a red balloon, white backdrop; red-and-white checked fit-and-flare dress,
    # short sleeves, white Peter Pan collar, knee length. Caption: adapter, cut; it takes the girl for a boy. Color:
    # VQA fallback. The rest: QA spans.
    case(
        "X1235-031",
        caption(
            "The guy is wearing a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lower clothing is of medium length. The fabric is cotton and it has lattice "
            "patterns. There",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with lattice patterns", "contradiction"),
        gt("shirt", "contradiction"),
        col("red"),
        pat("lattice"),
        slv("short-sleeve"),
        gender="Girls",
        title="Hola Bonita Girls Red & White Checked Fit and Flare Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: model, front, grey backdrop; mustard ribbed-knit playsuit, short sleeves, round neck, shorts; white
    # sneakers. Caption: adapter, cut. Garment type, color and "Is this a playsuit?": VQA fallback. The rest: QA spans.
    case(
        "X1235-032",
        caption(
            "The T-shirt this lady wears has short sleeves and it is with knitting fabric and pure color patterns. The "
            "neckline of the T-shirt is round. The shorts this lady wears is of three-point length. The shorts are "
            "with",
            "cut",
            hit_limit=True,
        ),
        wearing("T-shirt", "contradiction"),
        gt("romper"),
        col("yellow"),
        pat("pure color"),
        slv("short sleeves"),
        mat("knitting"),
        is_a("playsuit", "yes"),
        gender="Women",
        title="DressBerry Women Mustard Yellow Ribbed Playsuit",
        category="Playsuit",
        color="Mustard",
    ),
    # Photo: model, front, white backdrop; white cotton broderie anglaise (eyelet) mini dress, short puff sleeves,
    # V-neck; tan sandals; straw bag on her wrist. Caption: adapter, cut. Wearing: VQA fallback. The rest: QA spans.
    case(
        "X1235-033",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a v-shape neckline. "
            "The lower clothing is of medium short length. The fabric is cotton and it has pure color patterns. There "
            "is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("dress"),
        gt("upper clothing", "non_answer"),
        col("pure color", "non_answer"),
        pat("pure color"),
        slv("short sleeves"),
        mat("cotton"),
        gender="Women",
        title="Vero Moda Women White Broderie Anglaise Cotton Dress",
        category="Dresses",
        color="White",
    ),
    # Photo: model, front, grey backdrop; black denim dungaree jumpsuit with shoulder straps over a white short-sleeved
    # crop T-shirt; white sneakers. Caption: adapter, cut. Color and "Is this a jumpsuit?": VQA fallback. The rest: QA
    # spans; sleeves and material are the T-shirt's.
    case(
        "X1235-034",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. This lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a long trousers", "contradiction"),
        gt("trousers", "contradiction"),
        col("black"),
        pat("pure color"),
        slv("short-sleeve", "contradiction"),
        mat("cotton", "contradiction"),
        is_a("jumpsuit", "yes"),
        gender="Women",
        title="Roadster Women Black Solid Denim Dungaree Jumpsuit",
        category="Jumpsuit",
        color="Black",
    ),
    # Photo: model, front, white backdrop; blue floral maxi dress, spaghetti straps, smocked bodice; flat sandals; no
    # hat, no glasses. Caption: adapter, stopped by itself after inventing a hat and glasses. Garment type and color:
    # VQA fallback. The rest: QA spans.
    case(
        "X1235-035",
        caption(
            "The upper clothing has no sleeves, chiffon fabric and floral patterns. The lower clothing is of long "
            "length. The fabric is chiffon and it has floral patterns. This lady wears a hat. The female is wearing "
            "glasses.",
            "unsupported",
        ),
        wearing("a hat", "unsupported"),
        gt("dress"),
        col("blue"),
        pat("floral"),
        slv("no sleeves"),
        mat("chiffon"),
        gender="Women",
        title="Athena Women Blue Floral Print Smocked Maxi Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: a girl, front, white backdrop; navy cotton sleeveless jumpsuit with frilled shoulders, culotte legs.
    # Caption: adapter, cut. Color: VQA fallback, looping. "Is this a jumpsuit?": VQA fallback. The rest: QA spans.
    case(
        "X1235-036",
        caption(
            "Her tank shirt has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The pants "
            "this lady wears is of three-quarter length. The pants are with cotton fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        wearing("tank shirt", "contradiction"),
        gt("pants", "contradiction"),
        col(
            "navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy "
            "blue navy blue navy blue navy blue navy blue",
            "loop",
            hit_limit=True,
        ),
        pat("pure color"),
        slv("no sleeves"),
        is_a("jumpsuit", "yes"),
        gender="Girls",
        title="Pantaloons Junior Girls Navy Blue Solid Cotton Culotte Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
    ),
    # Photo: model holding a coffee cup, grey backdrop; sea-green A-line knee dress, three-quarter sleeves, round
    # neck; white sneakers. Caption: adapter, cut. Wearing and color: VQA fallback. The rest: QA spans.
    case(
        "X1235-037",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and pure color patterns. It has a round neckline. "
            "The lower clothing is of medium length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("dress"),
        gt("upper clothing", "non_answer"),
        col("green"),
        pat("pure color"),
        slv("medium sleeves"),
        mat("cotton"),
        gender="Women",
        title="Chemistry Women Sea Green Solid A-Line Dress",
        category="Dresses",
        color="Sea Green",
    ),
    # Photo: model, front, white backdrop; multicoloured (pink, yellow, blue) horizontal striped cotton jumpsuit,
    # sleeveless, round neck, cropped legs; white sneakers. Caption: adapter, cut. Color and "Is this a jumpsuit?": VQA
    # fallback (the color answer ran into the prompt format). The rest: QA spans. The feed row has no category.
    case(
        "X1235-038",
        caption(
            "Her tank shirt has no sleeves, cotton fabric and striped patterns. It has a round neckline. The pants "
            "this lady wears is of three-point length. The pants are with cotton fabric and striped patterns. There "
            "is an",
            "cut",
            hit_limit=True,
        ),
        wearing("Her tank shirt", "contradiction"),
        gt("tank shirt", "contradiction"),
        col(
            "blue Question: What is the color of the garment? Answer: blue Question: What is the color of the "
            "garment? Answer: blue Question: What is",
            "leak",
            hit_limit=True,
        ),
        pat("striped"),
        slv("no sleeves"),
        mat("cotton"),
        is_a("jumpsuit", "yes"),
        gender="Women",
        title="Mast & Harbour Women Multicoloured Striped Cotton Jumpsuit",
        color="Multi",
    ),
    # Photo: a girl, front, white backdrop; purple sequinned party dress, long sheer sleeves, round neck, knee length.
    # Caption: adapter, stopped by itself. Wearing and color: VQA fallback. The rest: QA spans.
    case(
        "X1235-039",
        caption(
            "The upper clothing has long sleeves, chiffon fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of medium length. The fabric is chiffon and it has pure color patterns."
        ),
        wearing("dress"),
        gt("upper clothing", "non_answer"),
        col("purple"),
        pat("pure color"),
        slv("long sleeves"),
        gender="Girls",
        title="YK Girls Purple Sequinned Party Dress",
        category="Dresses",
        color="Purple",
    ),
    # Photo: model, front, grey backdrop; black sleeveless V-neck jumpsuit, wide legs, thin black belt with a gold
    # buckle; black heels. Caption: adapter, cut. Wearing: VQA fallback, repeating the belt to the limit. Color and "Is
    # this a jumpsuit?": VQA fallback. The rest: QA spans.
    case(
        "X1235-040",
        caption(
            "Her tank shirt has no sleeves, chiffon fabric and pure color patterns. It has a v-shape neckline. The "
            "pants this lady wears is of long length. The pants are with chiffon fabric and pure color patterns. This "
            "woman wears a",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "a black jumpsuit with a black belt and a black belt and a black belt and a black belt and a black belt "
            "and a black belt",
            "loop",
            hit_limit=True,
        ),
        gt("tank shirt", "contradiction"),
        col("black"),
        pat("pure color"),
        slv("no sleeves"),
        mat("chiffon"),
        is_a("jumpsuit", "yes"),
        gender="Women",
        title="SASSAFRAS Women Black Solid Belted Wide-Leg Jumpsuit",
        category="Jumpsuit",
        color="Black",
    ),
    # Photo: model, front, white backdrop; off-white cotton A-line midi dress with lace trim at the hem, short sleeves,
    # round neck; beige sandals; a thin chain necklace. Caption: adapter, cut. Wearing and garment type: VQA fallback.
    # The rest: QA spans.
    case(
        "X1235-041",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. The neckline of it is round. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. This female "
            "has neckwear. There",
            "cut",
            hit_limit=True,
        ),
        wearing("dress"),
        gt("the garment", "restated"),
        col("pure color", "non_answer"),
        pat("pure color"),
        slv("short sleeves"),
        mat("cotton"),
        gender="Women",
        title="Besiva Women Off-White Solid Cotton A-Line Dress",
        category="Dresses",
        color="Off White",
    ),
    # Photo: model, front, grey backdrop; blue playsuit with a white ditsy floral print, long balloon sleeves, V-neck,
    # shorts; tan sandals. Caption: adapter, cut. Color and "Is this a playsuit?": VQA fallback. The rest: QA spans.
    case(
        "X1235-042",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with chiffon fabric and its "
            "neckline is v-shape. The lady wears a three-point shorts. The shorts are with chiffon fabric and floral "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with floral patterns", "contradiction"),
        gt("shirt", "contradiction"),
        col("blue and white"),
        pat("floral"),
        slv("long-sleeve"),
        mat("chiffon"),
        is_a("playsuit", "yes"),
        gender="Women",
        title="Berrylush Women Blue & White Floral Print Playsuit",
        category="Playsuit",
        color="Blue",
    ),
    # Photo: a girl, front, white backdrop; pink cotton A-line dress with a unicorn print, short sleeves, round neck,
    # worn over white leggings; pink shoes. Caption: adapter, cut; its "pants" are the leggings. Color: VQA fallback,
    # the leggings' color. The rest: QA spans.
    case(
        "X1235-043",
        caption(
            "The T-shirt this lady wears has short sleeves and it is with cotton fabric and graphic patterns. The "
            "neckline of the T-shirt is round. The lady wears a long pants. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("T-shirt", "contradiction"),
        gt("T-shirt", "contradiction"),
        col("white", "other_garment_color"),
        pat("graphic"),
        slv("short sleeves"),
        gender="Girls",
        title="Naughty Ninos Girls Pink Unicorn Print Cotton A-Line Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: model, front, white backdrop; lime-green sleeveless V-neck culotte jumpsuit; white sneakers. Caption:
    # adapter, cut, with the training data's "tank tank shirt". Color and "Is this a jumpsuit?": VQA fallback. The
    # rest: QA spans. The feed row has no color.
    case(
        "X1235-044",
        caption(
            "This lady wears a sleeveless tank tank shirt with pure color patterns. The tank shirt is with cotton "
            "fabric. It has a v-shape neckline. The pants this lady wears is of three-quarter length. The pants are "
            "with cotton",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless tank tank shirt with pure color patterns", "contradiction"),
        gt("tank tank shirt", "contradiction"),
        col("green"),
        pat("pure color"),
        slv("sleeveless"),
        mat("cotton"),
        is_a("jumpsuit", "yes"),
        gender="Women",
        title="Qurvii Women Lime Green Solid Culotte Jumpsuit",
        category="Jumpsuit",
    ),
    # Photo: model, front, grey backdrop; pink ruched maxi dress, short sleeves, sweetheart neck; silver heels; no
    # hat. Caption: adapter, cut, after inventing a hat. Wearing: QA span from the cut end of the caption. The rest: QA
    # spans.
    case(
        "X1235-045",
        caption(
            "The T-shirt this lady wears has short sleeves and it is with chiffon fabric and pure color patterns. The "
            "neckline of the T-shirt is v-shape. This lady wears a hat. The lady wears a long",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long", "cut"),
        gt("T-shirt", "contradiction"),
        col("pure color", "non_answer"),
        pat("pure color"),
        slv("short sleeves"),
        mat("chiffon"),
        gender="Women",
        title="Tokyo Talkies Women Pink Solid Ruched Maxi Dress",
        category="Dresses",
        color="Pink",
    ),
]
