"""BLIND_1556 (46 products; Myntra dresses and tops, caption adapter + QA): written blind in the sixty-sixth session.
Measured blind at b37ad1b (the session's second rules): 105/130 failures found (80.8%) and 8/171 correct texts
flagged (4.7%). The writer's notes, verbatim:

Scenario: a Myntra women's feed of Dresses, Tops, Tshirts, Shirts and Tunics (columns title, category = Myntra
article type, color = Myntra base colour, gender; a column is missing now and then, as in the feed). Photos are the
catalog's usual shots: a model on a plain backdrop wearing the product with other clothes (jeans, trousers, shorts,
a denim jacket over a dress), one flat lay, two back views, props (straw bag, clutch, sunglasses on the head, a cap).
Who wrote what: every caption is the epoch-3 caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption on
Salesforce/blip2-opt-2.7b, greedy, 50 new tokens, no prompt). Every answer is timpal0l/mdeberta-v3-base-squad2
run over that caption alone, so each answer is a span copied from the caption, or "" where SQuAD2's no-answer won.
The adapter writes the DeepFashion-MultiModal template: garment words from that data (tank top, T-shirt, shirt,
sweater, "upper clothing" / "lower clothing", pants, trousers, skirt, shorts, outer clothing), its fabric words
(cotton, denim, chiffon, knitting, furry, "other") and its pattern words (pure color, solid color, floral, striped,
lattice, graphic), never a hue. It never stops (no end token was trained), so every caption ran to the 50-token limit
(hit_limit=True on all of them): most end mid-sentence, some fall into repeating a sentence, three happen to end on
a full stop. It often describes a dress as a top plus a skirt or a "lower clothing". The job asked what the person
wears, garment type, color, pattern, sleeve length and material, plus "What are the details of the garment?" and
"Is this a dress?" on part of the feed; each product keeps the 4 to 7 answers that were reviewed.
Labeling conventions and judgement calls: one kind per text. A caption that ran to the limit and stops mid-sentence
is `cut`; if it also says something wrong, the content error is the label (`contradiction` for a dress told as a
tank top and skirt, a tunic called a dress, or a fabric the title contradicts; `unsupported` for an invented belt,
neckwear, a lower garment in a flat lay), and a repeated sentence makes it `loop`. A caption that ran to the limit
but ends on a full stop with nothing wrong in it is left unmarked (hit_limit=True kept). Answers never get
hit_limit (the QA model does not generate). The DeepFashion class words are accepted where they fit the garment:
"shirt" for a woven blouse-type top or a polo, "tank top" for a sleeveless top or cami, "T-shirt" for a knit top,
"graphic" for a print with no nearer class (polka dots, ethnic motifs, dabu), "lattice" for checks, "pure color" as a
pattern for a solid garment (lace and sequins included), "knitting" for rib knit. A color answer that is a pattern
word ("pure color", "floral", "striped") or "" is `non_answer`; "denim" as the color is `other_garment_color` when the
denim is the jeans or jacket (or the invented lower garment of the flat lay), and accepted for a denim dress; "color
block" is accepted for a colour-blocked Multi product. A material or pattern taken from the other garment, a sleeve
length the photo contradicts, or a garment word for the other garment (or for a ring) is `contradiction`. A fabric the
photo rules out but the title does not name (cotton for a sequinned or a Dri-FIT garment) is `unsupported`. "upper
clothing" as the garment type, "other" as the material and a bare "the dress" as the details are `non_answer` /
`restated`. For "Is this a dress?", "" is `non_answer`; a span naming a dress is accepted as a yes. No prompt leak
occurs in this set: the captions were generated without a prompt and the QA model copies from the caption only.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, wearing

BLIND_1556 = [
    # Photo: model front, black sleeveless knee-length bodycon in matte stretch jersey, black heels, small hoops.
    # Caption: epoch-3 adapter (a dress told as tank top + lower clothing, cut at 50 tokens); answers: extractive QA.
    case(
        "X1556-001",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lower clothing is of medium short length. The fabric is cotton and it has pure "
            "color patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Women",
        title="SASSAFRAS Women Black Solid Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: white puff-sleeve cotton top tucked into blue jeans, white sneakers, grey backdrop.
    # Caption: epoch-3 adapter, cut; answers: extractive QA (the color is the jeans' "denim").
    case(
        "X1556-002",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is a ring",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.color("denim", "other_garment_color"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Tokyo Talkies Women White Solid Top",
        category="Tops",
        color="White",
    ),
    # Photo: navy georgette fit-and-flare, small white flowers, full sheer sleeves, self-tie belt, watch, sling bag.
    # Caption: epoch-3 adapter, cut; answers: extractive QA.
    case(
        "X1556-003",
        caption(
            "This female is wearing a long-sleeve dress with floral patterns. The dress is with chiffon fabric and "
            "its neckline is v-shape. The lady wears a belt. There is an accessory on her wrist. The female wears a "
            "ring. This female",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.material("chiffon"),
        D.details("its neckline is v-shape"),
        gender="Women",
        title="DressBerry Women Navy Blue Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: grey marl crew-neck tee, dark blue jeans, white backdrop.
    # Caption: epoch-3 adapter, cut; answers: extractive QA (no-answer on the color).
    case(
        "X1556-004",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The pants this lady wears is of long length. The pants are with denim fabric and "
            "solid color",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Roadster Women Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: maroon crepe maxi on thin straps, gathered skirt, barefoot model, beige backdrop.
    # Caption: epoch-3 adapter (tank top + skirt, "cotton" against the title's crepe); answers: extractive QA.
    case(
        "X1556-005",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. The "
            "skirt this lady wears is of long length. The skirt is with cotton fabric and pure color patterns. There "
            "is an accessory on",
            "contradiction",
            hit_limit=True,
        ),
        wearing("tank top", "contradiction"),
        Q.garment_type("skirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("no sleeves"),
        Q.material("cotton", "contradiction"),
        gender="Women",
        title="Athena Women Maroon Solid Crepe Maxi Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Photo: blue-and-white vertical striped shirt, collar, buttons, sleeves rolled, white trousers.
    # Caption: epoch-3 adapter, cut; answers: extractive QA (color from the trousers' "pure color").
    case(
        "X1556-006",
        caption(
            "This female is wearing a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The trousers this female wears is of long length. The trousers are with cotton "
            "fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with striped patterns"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="HERE&NOW Women Blue & White Regular Fit Striped Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: mustard sleeveless peplum top, black skinny jeans, hand on hip, steel watch.
    # Caption: epoch-3 adapter, ran to the limit but ends on a full stop, all true; answers: extractive QA.
    case(
        "X1556-007",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The pants "
            "this lady wears is of long length. The pants are with denim fabric and solid color patterns. There is an "
            "accessory on her wrist.",
            hit_limit=True,
        ),
        wearing("tank top"),
        Q.garment_type("tank top"),
        Q.color("denim", "other_garment_color"),
        Q.pattern("pure color"),
        Q.sleeve_length("no sleeves"),
        gender="Women",
        title="Sera Women Mustard Yellow Solid Peplum Top",
        category="Tops",
        color="Mustard",
    ),
    # Photo: red cotton A-line with small white polka dots, short puff sleeves, above the knee, white sneakers.
    # Caption: epoch-3 adapter, loops on its first three sentences; answers: extractive QA.
    case(
        "X1556-008",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton "
            "fabric. It has a round",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with graphic patterns"),
        Q.garment_type("dress"),
        Q.color("", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Tokyo Talkies Women Red Printed A-Line Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: off-white cotton tunic, green floral block print, 3/4 sleeves, mandarin collar, green leggings.
    # Caption: epoch-3 adapter, cut; answers: extractive QA (tunic called a shirt; 3/4 sleeves read as long).
    case(
        "X1556-009",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a stand "
            "neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with floral patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton"),
        gender="Women",
        title="Biba Women Off-White & Green Printed Straight Tunic",
        category="Tunics",
        color="Off White",
    ),
    # Photo: olive shirt dress, collar, button placket, long sleeves rolled once, fabric belt, knee length.
    # Caption: epoch-3 adapter (a shirt plus a lower clothing, cut); answers: extractive QA.
    case(
        "X1556-010",
        caption(
            "This female is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The lower clothing is of medium short length. The fabric is cotton and it has "
            "pure color patterns. The lady",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        is_a("dress", "", "non_answer"),
        gender="Women",
        title="Vero Moda Women Olive Green Solid Shirt Dress",
        category="Dresses",
        color="Olive",
    ),
    # Photo: black tee with a white slogan on the chest, grey joggers, white backdrop.
    # Caption: epoch-3 adapter, cut; answers: extractive QA.
    case(
        "X1556-011",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. This",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns"),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: pink georgette wrap midi, white floral print, flutter sleeves, straw bag on the wrist (prop).
    # Caption: epoch-3 adapter, starts repeating the wrist sentence; answers: extractive QA.
    case(
        "X1556-012",
        caption(
            "This female is wearing a short-sleeve dress with floral patterns. The dress is with chiffon fabric and "
            "its neckline is v-shape. There is an accessory on her wrist. This female wears a ring. There is an "
            "accessory on her",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.material("chiffon"),
        D.details("its neckline is v-shape"),
        gender="Women",
        title="Berrylush Women Pink Floral Print Wrap Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: black-and-white horizontal stripe boat-neck knit top, long sleeves, tucked into white jeans.
    # Caption: epoch-3 adapter, cut; answers: extractive QA (material taken from the jeans).
    case(
        "X1556-013",
        caption(
            "The lady wears a long-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with denim fabric and pure "
            "color patterns. This",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve T-shirt with striped patterns"),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("long-sleeve"),
        Q.material("denim", "contradiction"),
        gender="Women",
        title="Harpa Women Black & White Striped Top",
        category="Tops",
        color="Black",
    ),
    # Photo: teal maxi with gold ethnic motifs, long sleeves, round neck with keyhole, silver ring, jhumkas.
    # Caption: epoch-3 adapter, upper/lower clothing, cut; answers: extractive QA ("a ring" for what she wears).
    case(
        "X1556-014",
        caption(
            "The upper clothing has long sleeves, cotton fabric and graphic patterns. The neckline of it is round. "
            "The lower clothing is of long length. The fabric is cotton and it has graphic patterns. The lady wears a "
            "ring. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a ring", "contradiction"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Libas Women Teal Ethnic Motifs Printed Maxi Dress",
        category="Dresses",
        color="Teal",
    ),
    # Photo: woman with a short bob in a white collared shirt, long sleeves, black trousers.
    # Caption: epoch-3 adapter, "gentleman" for the woman, cut; answers: extractive QA.
    case(
        "X1556-015",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The trousers this gentleman wears is of long length. The trousers are with cotton "
            "fabric and pure color",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Mast & Harbour Women White Solid Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: black-and-white gingham sleeveless sheath, knee length, black pumps, thin bracelet.
    # Caption: epoch-3 adapter, tank top + skirt, ends on a full stop at the limit; answers: extractive QA.
    case(
        "X1556-016",
        caption(
            "Her tank top has no sleeves, cotton fabric and lattice patterns. It has a round neckline. The skirt this "
            "lady wears is of medium short length. The skirt is with cotton fabric and lattice patterns. There is an "
            "accessory on her wrist.",
            "contradiction",
            hit_limit=True,
        ),
        wearing("tank top", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        Q.pattern("lattice"),
        Q.sleeve_length("no sleeves"),
        is_a("dress", "", "non_answer"),
        gender="Women",
        title="AND Women Black & White Checked Sheath Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: peach satin cami on spaghetti straps, white wide-leg trousers, thin gold necklace.
    # Caption: epoch-3 adapter ("cotton" against the title's satin, cut); answers: extractive QA.
    case(
        "X1556-017",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. The "
            "pants this lady wears is of long length. The pants are with cotton fabric and pure color patterns. This "
            "lady has neckwear. There",
            "contradiction",
            hit_limit=True,
        ),
        wearing("tank top"),
        Q.garment_type("tank top"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("no sleeves"),
        Q.material("cotton", "contradiction"),
        gender="Women",
        title="Mango Women Peach-Coloured Satin Cami Top",
        category="Tops",
        color="Peach",
    ),
    # Photo: lavender tiered midi, short puff sleeves, square neck, thin bracelet, no belt, white block heels.
    # Caption: epoch-3 adapter (invents a belt, cut); answers: extractive QA (details = the invented belt).
    case(
        "X1556-018",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. There is an accessory on her wrist. The lady wears a ring. This lady wears a belt. This "
            "lady",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        D.details("a belt", "unsupported"),
        gender="Women",
        title="Sassafras Women Lavender Solid Tiered Midi Dress",
        category="Dresses",
        color="Lavender",
    ),
    # Photo: flat lay, white tee with a large printed logo, nothing else in the frame.
    # Caption: epoch-3 adapter (invents denim lower clothing and a wrist accessory); answers: extractive QA.
    case(
        "X1556-019",
        caption(
            "The upper clothing has short sleeves, cotton fabric and graphic patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is denim and it has solid color patterns. There is an "
            "accessory on her wrist",
            "unsupported",
            hit_limit=True,
        ),
        wearing("", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("denim", "other_garment_color"),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeves"),
        title="Puma Women White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: mid-blue denim sleeveless A-line with front buttons, knee length, white sneakers.
    # Caption: epoch-3 adapter, upper/lower clothing, cut; answers: extractive QA ("denim" accepted as the color).
    case(
        "X1556-020",
        caption(
            "The upper clothing has no sleeves, denim fabric and pure color patterns. The neckline of it is round. "
            "The lower clothing is of medium short length. The fabric is denim and it has pure color patterns. There "
            "is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("denim"),
        Q.pattern("pure color"),
        Q.sleeve_length("no sleeves"),
        Q.material("denim"),
        gender="Women",
        title="Roadster Women Blue Solid Denim A-Line Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: back view, hair tied up: coral top with ruffled short sleeves, light blue jeans.
    # Caption: epoch-3 adapter ("his finger" for the woman); answers: extractive QA.
    case(
        "X1556-021",
        caption(
            "The person wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "pants the person wears is of long length. The pants are with denim fabric and solid color patterns. "
            "There is a ring on his finger",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt"),
        Q.color("solid color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="ONLY Women Coral Red Solid Ruffled Top",
        category="Tops",
        color="Coral",
    ),
    # Photo: green maxi with white flowers, long sleeves, v-neck, tiered skirt, sunglasses pushed up on the head.
    # Caption: epoch-3 adapter, cut; answers: extractive QA.
    case(
        "X1556-022",
        caption(
            "This female is wearing a long-sleeve dress with floral patterns. The dress is with chiffon fabric and "
            "its neckline is v-shape. This female wears glasses. There is an accessory on her wrist. This female "
            "wears a ring. This female wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve"),
        is_a("dress", "a long-sleeve dress"),
        gender="Women",
        title="Harpa Women Green Floral Printed Maxi Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: red-and-black buffalo check flannel shirt worn open over a black tee, blue jeans.
    # Caption: epoch-3 adapter (describes the tee, the check shirt as outer clothing), cut; answers: extractive QA.
    case(
        "X1556-023",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady also wears an outer clothing, with cotton fabric and lattice patterns. "
            "The pants this lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color", "contradiction"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("cotton"),
        gender="Women",
        title="Roadster Women Red & Black Checked Casual Shirt",
        category="Shirts",
        color="Red",
    ),
    # Photo: black sequinned bodycon mini, long sleeves, round neck, black heels, cuff bracelet.
    # Caption: epoch-3 adapter, repeats the wrist sentence ("cotton" for sequins too); answers: extractive QA.
    case(
        "X1556-024",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist. This lady wears a ring. There is an accessory on her "
            "wrist. This lady wears",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="Zima Leto Women Black Sequinned Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: navy A-line tunic to mid-thigh, long sleeves, white cigarette pants. The feed row has no base colour.
    # Caption: epoch-3 adapter (tunic called a dress, cut); answers: extractive QA.
    case(
        "X1556-025",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="W Women Navy Blue Solid A-Line Tunic",
        category="Tunics",
    ),
    # Photo: mustard wrap midi, short sleeves, tie at the waist, gold bangle, ring, tan sandals.
    # Caption: epoch-3 adapter, cut; answers: extractive QA.
    case(
        "X1556-026",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a belt. There is an accessory on her wrist. There is a ring on her "
            "finger. This",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        D.details("v-shape neckline"),
        gender="Women",
        title="Mast & Harbour Women Mustard Yellow Solid Wrap Dress",
        category="Dresses",
        color="Mustard",
    ),
    # Photo: olive sleeveless top with a tie knot at the front, white denim shorts, pendant necklace.
    # Caption: epoch-3 adapter, cut; answers: extractive QA (the shorts as what she wears).
    case(
        "X1556-027",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The person "
            "wears a three-point shorts. The shorts are with denim fabric and solid color patterns. This lady has "
            "neckwear. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a three-point shorts", "contradiction"),
        Q.garment_type("tank top"),
        Q.color("solid color", "non_answer"),
        Q.sleeve_length("no sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Harpa Women Olive Green Solid Regular Top",
        category="Tops",
        color="Olive",
    ),
    # Photo: white lace sleeveless fit-and-flare, knee length, clutch in hand, no necklace, no bracelet.
    # Caption: epoch-3 adapter (invents neckwear, "other fabric"), cut; answers: extractive QA.
    case(
        "X1556-028",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. There is an accessory on her wrist. This lady wears a ring. The lady has neckwear. There "
            "is an accessory",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.material("other", "non_answer"),
        gender="Women",
        title="Athena Women White Lace Fit and Flare Dress",
        category="Dresses",
        color="White",
    ),
    # Photo: navy v-neck tee, black jeans, grey backdrop. The feed row has no gender.
    # Caption: epoch-3 adapter, cut; answers: extractive QA.
    case(
        "X1556-029",
        caption(
            "This female is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric and its neckline is v-shape. The pants this female wears is of long length. The pants are with "
            "denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        title="Levis Women Navy Blue Solid V-Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: black mini with red roses, short sleeves, under an open light-blue denim jacket, black ankle boots.
    # Caption: epoch-3 adapter, cut; answers: extractive QA (color and material from the jacket).
    case(
        "X1556-030",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady also wears an outer clothing, with denim fabric and pure color patterns. There "
            "is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("denim", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("denim", "contradiction"),
        gender="Women",
        title="Tokyo Talkies Women Black Floral Print Skater Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: white cotton top with white schiffli eyelet embroidery, short flared sleeves, light blue jeans.
    # Caption: epoch-3 adapter, cut; answers: extractive QA.
    case(
        "X1556-031",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with denim fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Sera Women White Schiffli Embroidered Top",
        category="Tops",
        color="White",
    ),
    # Photo: rust satin slip midi on spaghetti straps, cowl neck, gold bracelet, white sneakers.
    # Caption: epoch-3 adapter (tank top + lower clothing, "chiffon" against the title's satin); answers: QA.
    case(
        "X1556-032",
        caption(
            "Her tank top has no sleeves, chiffon fabric and pure color patterns. It has a suspenders neckline. The "
            "lower clothing is of long length. The fabric is chiffon and it has pure color patterns. There is an "
            "accessory on her wrist.",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("tank top", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("no sleeves"),
        Q.material("chiffon", "contradiction"),
        gender="Women",
        title="Sassafras Women Rust Orange Satin Slip Dress",
        category="Dresses",
        color="Rust",
    ),
    # Photo: pink formal shirt, point collar, long sleeves, tucked into grey trousers.
    # Caption: epoch-3 adapter, cut; answers: extractive QA.
    case(
        "X1556-033",
        caption(
            "This female is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The trousers this female wears is of long length. The trousers are with cotton "
            "fabric and solid",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        D.details("its neckline is lapel"),
        gender="Women",
        title="Van Heusen Woman Pink Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Photo: back view, yellow dress with a small white floral print, short sleeves, tie-back bow.
    # Caption: epoch-3 adapter, loops on its first two sentences; answers: extractive QA.
    case(
        "X1556-034",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. The lady "
            "wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. The lady wears a "
            "short-sleeve dress with",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        D.details("The dress", "restated"),
        gender="Women",
        title="KASSUALLY Women Yellow Printed Fit and Flare Dress",
        category="Dresses",
        color="Yellow",
    ),
    # Photo: black fine-rib long-sleeve crop top, high-waist mom jeans, black baseball cap (prop).
    # Caption: epoch-3 adapter, cut; answers: extractive QA.
    case(
        "X1556-035",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with knitting fabric. It "
            "has a round neckline. The pants this lady wears is of long length. The pants are with denim fabric and "
            "pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        gender="Women",
        title="Roadster Women Black Solid Crop Top",
        category="Tops",
        color="Black",
    ),
    # Photo: indigo-and-white dabu print cotton A-line, 3/4 sleeves, mandarin collar, calf length, bangles, juttis.
    # Caption: epoch-3 adapter, cut; answers: extractive QA.
    case(
        "X1556-036",
        caption(
            "This female is wearing a medium-sleeve dress with graphic patterns. The dress is with cotton fabric and "
            "its neckline is stand. There is an accessory on her wrist. This female wears a ring. This female has "
            "neckwear. This female",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.color("", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Anouk Women Blue & White Printed A-Line Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: white polo with navy stripes, collar, short sleeves, beige chinos.
    # Caption: epoch-3 adapter, cut; answers: extractive QA.
    case(
        "X1556-037",
        caption(
            "The lady wears a short-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with striped patterns"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="Tommy Hilfiger Women White & Navy Striped Polo T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: red off-shoulder bodycon with short sleeves sitting on the upper arm, above the knee.
    # Caption: epoch-3 adapter (tank top + skirt, no sleeves), cut; answers: extractive QA.
    case(
        "X1556-038",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. The "
            "skirt this lady wears is of medium short length. The skirt is with cotton fabric and pure color "
            "patterns. There is a",
            "contradiction",
            hit_limit=True,
        ),
        wearing("tank top", "contradiction"),
        Q.garment_type("skirt", "contradiction"),
        Q.pattern("pure color"),
        Q.sleeve_length("no sleeves", "contradiction"),
        is_a("dress", "", "non_answer"),
        gender="Women",
        title="Miss Chase Women Red Solid Off-Shoulder Bodycon Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: green georgette wrap top with a small white geometric print, long sleeves, black trousers.
    # Caption: epoch-3 adapter, cut; answers: extractive QA.
    case(
        "X1556-039",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with chiffon fabric. It has a "
            "v-shape neckline. The trousers this lady wears is of long length. The trousers are with cotton fabric "
            "and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with graphic patterns"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon"),
        gender="Women",
        title="AND Women Green Printed Wrap Top",
        category="Tops",
        color="Green",
    ),
    # Photo: peach sleeveless fit-and-flare, pleated skirt, gold watch, a ring, nude heels.
    # Caption: epoch-3 adapter, cut; answers: extractive QA (details = "a ring").
    case(
        "X1556-040",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist. The lady wears a ring. There is a ring on her "
            "finger. The lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        D.details("a ring", "contradiction"),
        gender="Women",
        title="Eavan Women Peach Solid Fit and Flare Dress",
        category="Dresses",
        color="Peach",
    ),
    # Photo: pink polyester training tee with a visible mesh back panel, black leggings, trainers.
    # Caption: epoch-3 adapter, cut; answers: extractive QA ("cotton" for a polyester training tee).
    case(
        "X1556-041",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The pants this lady wears is of long length. The pants are with cotton fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="Nike Women Pink Solid Round Neck Training T-shirt",
        category="Tshirts",
        color="Pink",
    ),
    # Photo: blue-and-white vertical stripe midi, short sleeves, v-neck, thin tan belt, ring, watch.
    # Caption: epoch-3 adapter, cut; answers: extractive QA. The feed row has no category.
    case(
        "X1556-042",
        caption(
            "This female is wearing a short-sleeve dress with striped patterns. The dress is with cotton fabric and "
            "its neckline is v-shape. The lady wears a belt. There is an accessory on her wrist. There is a ring on "
            "her finger. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with striped patterns"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("short-sleeve"),
        is_a("dress", "dress"),
        gender="Women",
        title="Chemistry Women Blue & White Striped Midi A-Line Dress",
        color="Blue",
    ),
    # Photo: black sheer lace top, long sleeves, black cami under it, white jeans.
    # Caption: epoch-3 adapter, cut; answers: extractive QA (color from the jeans, "other" as the material).
    case(
        "X1556-043",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with denim fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.color("denim", "other_garment_color"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("other", "non_answer"),
        gender="Women",
        title="Vero Moda Women Black Sheer Lace Top",
        category="Tops",
        color="Black",
    ),
    # Photo: green georgette kaftan with pink flowers, wide batwing sleeves to the elbow, calf length.
    # Caption: epoch-3 adapter (kaftan called a T-shirt + lower clothing), cut; answers: extractive QA. No gender.
    case(
        "X1556-044",
        caption(
            "The lady wears a short-sleeve T-shirt with floral patterns. The T-shirt is with chiffon fabric. It has a "
            "v-shape neckline. The lower clothing is of long length. The fabric is chiffon and it has floral",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with floral patterns", "contradiction"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        title="Libas Women Green & Pink Floral Printed Kaftan Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: burgundy velvet long-sleeve bodycon mini, v-neck, drop earrings, a ring, a pendant, a bangle.
    # Caption: epoch-3 adapter ("furry" against the title's velvet), cut; answers: extractive QA.
    case(
        "X1556-045",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with furry fabric. It has a "
            "v-shape neckline. This lady wears a ring. This lady has neckwear. There is an accessory on her wrist. "
            "This",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("furry", "contradiction"),
        gender="Women",
        title="DressBerry Women Burgundy Solid Velvet Bodycon Dress",
        category="Dresses",
        color="Burgundy",
    ),
    # Photo: colour-blocked knit top (mustard, white and teal panels), short sleeves, black trousers.
    # Caption: epoch-3 adapter, cut; answers: extractive QA ("color block" accepted for a Multi product).
    case(
        "X1556-046",
        caption(
            "The lady wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The pants this lady wears is of long length. The pants are with cotton fabric and "
            "solid color",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with color block patterns"),
        Q.garment_type("T-shirt"),
        Q.color("color block"),
        Q.pattern("color block"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="Tokyo Talkies Women Multicoloured Colourblocked Top",
        category="Tops",
        color="Multi",
    ),
]
