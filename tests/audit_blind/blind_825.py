"""BLIND_825 (46 products; Myntra girls' and women's dresses, frocks and jumpsuits, caption adapter at epoch 2): written
blind in the fifty-sixth session. Measured blind at 030e815 (the session's second rules): 118/130 failures found (90.8%)
and 5/187 correct texts flagged (2.7%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of girls' and women's dresses, frocks and jumpsuits (article types Dresses and Jumpsuit;
kids' frocks are filed under Dresses with "Frock" in the title). Studio product shots, mostly on a white or light
grey backdrop, one model per photo in a front view; a few girls' frocks worn with leggings or tights, some women's
dresses layered under a denim jacket, shrug, cardigan or coat, a pinafore and a slip dress over a t-shirt, one
flat-lay of a two-pack with no model. Seller columns: title, category, color, gender; a few rows lack one.

Who wrote what: every caption and every open answer is free generation by the caption adapter at epoch 2 (a
checkpoint between the published epoch-1 and epoch-3 caption adapters, LoRA on blip2-opt-2.7b, 8-bit, greedy, 50
new tokens for captions, 30 for answers). It writes the DeepFashion-MultiModal template ("The lady wears a
short-sleeve dress with floral patterns. The dress is of knee length. The neckline of it is round.") and has not
quite forgotten the base model's hue words, so it sometimes adds a color. It was trained with no end token: the
run stops it on a newline, which it often emits after a template sentence, but many texts run on, repeat a sentence
until the limit, or stop mid-sentence at the limit. Asked a question it often returns the template instead, echoes
the question, or copies the `Question: ... Answer:` frame. It calls the person "the lady" or "the girl", now and then
"the gentleman", "he" or "the boy" (the template's men's captions). Closed answers (garment type, color, pattern,
sleeve length, the yes/no garment questions, and the closed variant of the experiments' color question) come from
enrich's reference engine ranking the candidates with the same adapter: one candidate value, never a loop or a cut,
but it picks the color of a print, a jacket or leggings, or the wrong garment class.

Labeling conventions and judgement calls:
- One label per text. A text that repeats a sentence until the token limit is a loop even though its last sentence
  is also cut off; a text that copies the `Question: ... Answer:` frame is a leak even when it then loops.
- cut is reserved for a text that stopped mid-sentence at the token limit with everything before the cut correct;
  every loop and cut has hit_limit=True. No correct text has hit_limit=True.
- other_garment_color: the product's color answered with the color of another worn garment (jacket, shrug,
  cardigan, coat, inner t-shirt, leggings, tights, dupatta) or worn footwear. The color of an accessory (bag, belt,
  jewelry), of the product's own print or trim, or of the backdrop is labeled contradiction instead.
- contradiction: a color, garment class, pattern or sleeve length that the photo and the seller's columns contradict,
  including a closed color naming only a secondary color of a two-color dress, a hue outside the seller's color group
  (teal answered green, sea green answered blue, maroon answered purple), a shirt dress called a shirt, and the long
  sleeves of an inner t-shirt or cardigan given as the sleeve length of a sleeveless or short-sleeve product.
- Shades within the seller's color group are correct (peach for Pink, lavender as purple, maroon as red, mustard as
  yellow, olive as green, mint green for Green, dark blue for Navy Blue). "The lady" for a girl is not a pronoun
  failure; "he", "the boy" or "the gentleman" for a Women or Girls row is.
- unsupported: a detail the photo does not show (pockets, zippers, slits, a hood, lace, a sequin belt, a smocked back
  in a front view, a person in a flat-lay) or a fabric the title does not name and the photo does not show (velvet,
  silk, denim, knitting on a woven crepe). A fabric answer that the title names is correct.
- restated: the answer echoes the question ("what is the girl wearing? the girl is wearing ...") or rephrases it as
  its own answer. non_answer: an empty answer, yes/no, or one bare word that does not answer an open question.
- DeepFashion's template words are taken at face value: "pure color" for a solid garment, "lattice" for checks,
  "graphic" for prints, "medium-sleeve" for three-quarter sleeves, "lapel" for a shirt collar, "romper" for a
  shorts-length playsuit, "three-point length" for culotte legs, "long length" for a midi or maxi.
- A Multi-colored product answered "multi" is correct; a row with no color column is judged on the photo alone.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    question,
    wearing,
)

Q = BLIND_QUESTIONS
neckline = question("neckline", "What is the neckline of the garment?", "closed")
length = question("length", "What is the length of the dress?", "closed")

BLIND_825 = [
    # photo: woman in a navy blue knee-length A-line dress with a small white floral print, short flutter sleeves,
    # round neck; nude heels; white backdrop, front view. Caption and open: caption adapter e2; closed: reference.
    case(
        "X825-001",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is of knee length. The neckline of it "
            "is round. The lady wears a pair of shoes."
        ),
        wearing("a navy blue dress with white flowers", who="she"),
        color_of("dress", "navy blue"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        details("dress", "The dress has a zipper on the front and two pockets on the sides.", "unsupported"),
        describe(
            "dress",
            "The dress is navy blue with small white flowers all over it and it has short flutter sleeves and a round "
            "neck and it falls to",
            "cut",
            hit_limit=True,
        ),
        title="Harpa Women Navy Blue Printed A-Line Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: little girl in a pink sleeveless fit-and-flare party dress, sequinned bodice, tulle skirt; silver ballet
    # flats; white backdrop, front view. Caption and open answers: caption adapter e2; closed: reference.
    case(
        "X825-002",
        caption(
            "The girl wears a sleeveless dress with pure color patterns. The dress is of knee length. The dress is of "
            "knee length. The dress is of knee length. The dress is of knee length. The dress is",
            "loop",
            hit_limit=True,
        ),
        wearing("pink dress", who="the girl"),
        color_of("dress", "pink"),
        Q.sleeve_length("sleeveless"),
        describe("dress", "The boy wears a sleeveless dress with a tulle skirt.", "pronoun"),
        details("dress", "the bodice has sequins and the skirt is made of tulle net"),
        title="Nauti Nati Girls Pink Embellished Fit and Flare Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: woman in a black sleeveless wide-leg jumpsuit, V-neck, self-fabric tie belt; gold hoop earrings, black
    # block heels; light grey backdrop, front view. Caption and open answers: caption adapter e2; closed: reference.
    case(
        "X825-003",
        caption(
            "The lady wears a sleeveless jumpsuit with pure color patterns. The jumpsuit is of long length. Its "
            "neckline is v-shape. There is an accessory in her ear."
        ),
        Q.garment_type("jumpsuit"),
        is_a("dress", "yes", "contradiction"),
        color_of("jumpsuit", "black"),
        details(
            "jumpsuit",
            "The jumpsuit has a belt on the waist and a v-neck. The jumpsuit has a belt on the waist and a v-neck. "
            "The jumpsuit",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        wearing("She wears a black jumpsuit with a gold necklace and a black handbag.", "unsupported", who="she"),
        title="SASSAFRAS Women Black Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a maroon long-sleeve midi wrap dress, V-neck, fabric tie at the waist; black handbag on her
    # shoulder, tan sandals; white backdrop. Caption and open answers: caption adapter e2; closed: reference.
    case(
        "X825-004",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is of long length. Its neckline "
            "is v-shape. The lady carries a bag on her shoulder."
        ),
        color_of("dress", "maroon"),
        wearing("a red dress", who="she"),
        describe("dress", "The dress is made of silk fabric and has a belt with a gold buckle.", "unsupported"),
        Q.pattern("solid"),
        Q.sleeve_length("short", "contradiction"),
        title="Athena Women Maroon Solid Wrap Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: girl in a yellow sleeveless cotton frock with white polka dots and a yellow bow at the front waist, worn
    # over pink leggings; white sneakers; white backdrop. Caption and open answers: caption adapter e2; closed: ref.
    case(
        "X825-005",
        caption(
            "The girl wears a sleeveless yellow dress with white polka dots. She wears a pair of pink leggings and "
            "white shoes."
        ),
        color_of("dress", "pink", "other_garment_color", kind="open"),
        Q.pattern("polka dot"),
        wearing("a yellow frock and pink leggings", who="the girl"),
        details("frock", "The frock has a bow at the waist."),
        Q.sleeve_length("long", "contradiction"),
        Q.material("cotton"),
        Q.color("pink", "other_garment_color"),
        title="Cutecumber Girls Yellow Printed Cotton Frock",
        category="Dresses",
        color="Yellow",
        gender="Girls",
    ),
    # photo: woman in a white-based maxi dress with large red and green flowers, tiered skirt, short puff sleeves,
    # square neck; brown sandals; white backdrop. Caption and open answers: caption adapter e2; closed: reference.
    case(
        "X825-006",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is of long length. The neckline of "
            "it is square. The lady wears a pair of sandals."
        ),
        Q.color("multi"),
        Q.pattern("floral"),
        wearing(
            "She wears a floral maxi dress with a tiered skirt. She wears a floral maxi dress with a tiered skirt. "
            "She wears a floral",
            "loop",
            who="she",
            hit_limit=True,
        ),
        Q.sleeve_length("short"),
        details(
            "dress",
            "Question: What are the dress details? Answer: The dress has puff sleeves and a square neck.",
            "leak",
        ),
        describe("dress", "The dress is floral with a ruffled hem and a lace trim at the neck.", "unsupported"),
        title="Tokyo Talkies Women Multicoloured Floral Print Tiered Maxi Dress",
        category="Dresses",
        color="Multi",
        gender="Women",
    ),
    # photo: woman in an olive cotton-twill utility jumpsuit, short roll-up sleeves, shirt collar, button front, two
    # chest flap pockets, drawstring waist, cropped legs; white sneakers; white backdrop. Caption/open: e2; closed: ref.
    case(
        "X825-007",
        caption(
            "The lady wears a short-sleeve jumpsuit with pure color patterns. The jumpsuit is of long length. It has "
            "a lapel neckline. The lady wears a pair of sneakers."
        ),
        color_of("jumpsuit", "green"),
        Q.garment_type("jumpsuit"),
        details(
            "jumpsuit", "The jumpsuit has buttons on the front, two pockets on the chest and a drawstring at the waist."
        ),
        Q.material("The jumpsuit is with denim fabric.", "unsupported"),
        is_a("jumpsuit", "yes"),
        title="Roadster Women Olive Green Solid Utility Jumpsuit",
        category="Jumpsuit",
        color="Olive",
        gender="Women",
    ),
    # photo: girl in a red-and-white gingham sleeveless A-line dress with a white Peter Pan collar; white ankle socks,
    # red shoes; white backdrop. Caption and open answers: caption adapter e2; closed: reference.
    case(
        "X825-008",
        caption(
            "The girl wears a sleeveless dress with lattice patterns. The dress is of knee length. It has a lapel "
            "neckline. The girl wears a pair of red shoes."
        ),
        Q.pattern("checked"),
        color_of("dress", "red"),
        describe(
            "dress",
            "The dress is a red checked dress with a white collar. It is a sleeveless dress. It is a sleeveless "
            "dress. It is a sleeveless",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a red dress", who="the girl"),
        Q.sleeve_length("sleeveless"),
        details("dress", "dress", "non_answer"),
        title="Peppermint Girls Red Checked A-Line Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: woman in a black long-sleeve bodycon mini dress, round neck, under an open light-blue denim jacket;
    # black ankle boots; white backdrop. Caption and open answers: caption adapter e2; closed: reference.
    case(
        "X825-009",
        caption(
            "The lady wears a long-sleeve denim jacket and a dress with pure color patterns. The dress is of short "
            "length. The lady wears a pair of boots."
        ),
        color_of("dress", "light blue", "other_garment_color", kind="open"),
        Q.color("black"),
        wearing("a black dress and a blue denim jacket", who="she"),
        details("dress", "The dress has a zipper at the back and a slit on the side.", "unsupported"),
        Q.sleeve_length("long"),
        Q.garment_type("jacket", "contradiction"),
        describe("dress", "The dress is blue and has long sleeves and a short length.", "other_garment_color"),
        title="Vero Moda Women Black Solid Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a peach tiered midi dress, smocked bodice, short puff sleeves, round neck; white sneakers; white
    # backdrop. Caption and open answers: caption adapter e2; closed: reference.
    case(
        "X825-010",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is of long length. The neckline "
            "of it is round. The lady wears a pair of sneakers. The lady wears a pair of sneakers. The lady wears a "
            "pair of sneakers. The lady",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "pink"),
        wearing("a peach dress", who="she"),
        details("dress", "The dress has a smocked bodice and three tiers."),
        Q.pattern("striped", "contradiction"),
        Q.material("The dress is with chiffon fabric and it has a lining inside.", "unsupported"),
        describe("dress", "no", "non_answer"),
        title="Berrylush Women Peach-Coloured Solid Tiered Midi Dress",
        category="Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: girl in a mid-blue denim pinafore dress over a white long-sleeve t-shirt; white canvas shoes; white
    # backdrop. Caption and open answers: caption adapter e2; closed: reference.
    case(
        "X825-011",
        caption(
            "The girl wears a long-sleeve T-shirt with pure color patterns and a denim dress. The dress is of short "
            "length."
        ),
        color_of("dress", "white", "other_garment_color"),
        Q.material("The dress is made of denim."),
        Q.sleeve_length("long", "contradiction"),
        is_a("dress", "yes"),
        wearing("He is wearing a denim dress and a white shirt.", "pronoun", who="the girl"),
        title="Hopscotch Girls Blue Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
        gender="Girls",
    ),
    # photo: woman in a white linen wide-leg jumpsuit, broad straps, square neck, self tie belt; woven straw bag in her
    # hand, tan sandals; beige backdrop. Caption and open answers: caption adapter e2; closed: reference.
    case(
        "X825-012",
        caption(
            "The lady wears a sleeveless jumpsuit with pure color patterns. The jumpsuit is of long length. The "
            "neckline of it is square. There is a bag in her hand."
        ),
        Q.color("white"),
        Q.material("linen"),
        describe(
            "jumpsuit",
            "The jumpsuit is a white jumpsuit with a belt. The jumpsuit is a white jumpsuit with a belt. The jumpsuit "
            "is",
            "loop",
            hit_limit=True,
        ),
        color_of("jumpsuit", "beige", "contradiction", kind="open"),
        details("jumpsuit", "The jumpsuit has a tie belt at the waist and wide legs."),
        title="Mango Women White Solid Linen Jumpsuit",
        category="Jumpsuit",
        color="White",
        gender="Women",
    ),
    # photo: woman in a bottle-green flared maxi dress with a small white-and-gold ethnic block print, three-quarter
    # sleeves, round neck with tassel tie; silver jhumkas, kolhapuris; white backdrop. Caption/open: e2; closed: ref.
    case(
        "X825-013",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is of long length. It has a round "
            "neckline. There is an accessory in her ear."
        ),
        Q.sleeve_length("three-quarter"),
        Q.garment_type("kurta", "contradiction"),
        color_of("dress", "green"),
        wearing("She wears a green printed maxi dress and earrings.", who="she"),
        Q.pattern("printed"),
        details("dress", "The dress has a tassel tie at the neck and a", "cut", hit_limit=True),
        Q.material("The dress is with silk fabric.", "unsupported"),
        title="Global Desi Women Green Printed Flared Maxi Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: girl in a lavender layered net party dress with cap sleeves and a fabric flower brooch at the waist,
    # white tights, silver shoes; white backdrop. Caption and open answers: caption adapter e2; closed: reference.
    case(
        "X825-014",
        caption(
            "The girl wears a short-sleeve dress with pure color patterns. The dress is of knee length. The neckline "
            "of it is round. There is a flower on her waist. The girl wears a pair of white tights and a pair of "
            "silver",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "white", "other_garment_color", kind="open"),
        Q.color("purple"),
        details("dress", "The dress has a flower on the waist and layers of net."),
        Q.sleeve_length("short"),
        is_a("dress", "yes"),
        title="YK Girls Purple Layered Fit and Flare Dress",
        category="Dresses",
        color="Purple",
        gender="Girls",
    ),
    # photo: woman in a blue-and-white vertically striped cotton shirt dress, shirt collar, button placket, rolled
    # long sleeves, tie belt, knee length; white sneakers; white backdrop. Caption and open: e2; closed: reference.
    case(
        "X825-015",
        caption(
            "The lady wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The lady wears a pair of sneakers.",
            "contradiction",
        ),
        color_of("dress", "blue and white", kind="open"),
        Q.pattern("striped"),
        is_a("dress", "yes"),
        details("dress", "the dress has a collar, buttons on the front and a belt at the waist"),
        describe(
            "dress",
            "The dress is blue striped and the stripes are blue and white and the stripes are blue and white and the "
            "stripes are",
            "loop",
            hit_limit=True,
        ),
        title="Only Women Blue Striped Cotton Shirt Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in a mustard knee-length sheath dress, short sleeves, round neck, thin black belt; black heels;
    # white backdrop. Caption and open answers: caption adapter e2; closed: reference.
    case(
        "X825-016",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is of knee length. There is a "
            "belt on her waist."
        ),
        color_of("dress", "yellow", kind="open"),
        wearing("The gentleman wears a short-sleeve dress with pure color patterns.", "pronoun", who="she"),
        Q.color("mustard"),
        details("dress", "The dress has a belt on the waist and two pockets on the front.", "unsupported"),
        Q.sleeve_length("short"),
        neckline("round"),
        describe(
            "dress",
            "Question: Describe the dress. Answer: The lady wears a short-sleeve dress with pure color patterns.",
            "leak",
        ),
        title="SASSAFRAS Women Mustard Yellow Solid Sheath Dress",
        category="Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: girl in a navy sleeveless jumpsuit with a small white star print, round neck, full-length legs; white
    # sandals; white backdrop. Caption and open answers: caption adapter e2; closed: reference.
    case(
        "X825-017",
        caption(
            "The girl wears a sleeveless jumpsuit with graphic patterns. The jumpsuit is of long length. The neckline "
            "of it is round."
        ),
        wearing("a blue and white jumpsuit", who="the girl"),
        Q.garment_type("dress", "contradiction"),
        color_of("jumpsuit", "navy blue"),
        details(
            "jumpsuit",
            "Question: What are the jumpsuit details? Answer: The girl wears a sleeveless jumpsuit with graphic "
            "patterns.",
            "leak",
        ),
        Q.pattern("printed"),
        describe("jumpsuit", "The jumpsuit has stars on it and a hood with ears.", "unsupported"),
        title="Gini and Jony Girls Navy Blue Printed Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: woman in a red sleeveless fit-and-flare knee-length dress, round neck; white clutch in her hand, nude
    # heels; light grey backdrop. Caption and open answers: caption adapter e2; closed: reference.
    case(
        "X825-018",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is of knee length. The neckline of "
            "it is round. She holds a bag in her hand."
        ),
        Q.color("red"),
        color_of("dress", "white", "contradiction", kind="open"),
        details("dress", "The dress has a round neckline and a flared skirt with lace at the hem.", "unsupported"),
        Q.sleeve_length("sleeveless"),
        wearing("red dress", who="she"),
        Q.material("fabric", "non_answer"),
        title="DressBerry Women Red Solid Fit and Flare Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: woman in a mauve (dusty purple) culotte jumpsuit, short flutter sleeves, V-neck, self belt; white heels;
    # white backdrop. Caption and open answers: caption adapter e2; closed: reference.
    case(
        "X825-019",
        caption(
            "The lady wears a short-sleeve jumpsuit with pure color patterns. The jumpsuit is of three-point length. "
            "Its neckline is v-shape."
        ),
        color_of("jumpsuit", "light purple", kind="open"),
        Q.garment_type("jumpsuit"),
        describe(
            "jumpsuit",
            "The jumpsuit is of three-point length and the jumpsuit is of three-point length and the jumpsuit is of "
            "three-point length",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short"),
        Q.material("The jumpsuit is with knitting fabric.", "unsupported"),
        wearing("What is she wearing? She is wearing a jumpsuit with a belt.", "restated", who="she"),
        title="Athena Women Mauve Solid Culotte Jumpsuit",
        category="Jumpsuit",
        color="Mauve",
        gender="Women",
    ),
    # photo: girl in a white cotton knee-length dress with yellow floral embroidery on the yoke, short puff sleeves,
    # yellow hairband; white backdrop. Caption and open answers: caption adapter e2; closed: reference.
    case(
        "X825-020",
        caption(
            "The girl wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It is of knee "
            "length. There is an accessory on her head."
        ),
        color_of("dress", "yellow", "contradiction"),
        Q.material("cotton"),
        wearing("The girl wears a white dress with yellow flowers and a yellow hairband.", who="the girl"),
        details("dress", "yes", "non_answer"),
        Q.pattern("floral"),
        describe("dress", "the dress is a dress the girl is wearing", "restated"),
        title="Tiny Girl Girls White Embroidered Cotton Dress",
        category="Dresses",
        color="White",
        gender="Girls",
    ),
    # photo: woman in a black long-sleeve midi wrap dress with a white abstract print, V-neck, waist tie; black heels;
    # white backdrop. Caption and open answers: caption adapter e2; closed: reference.
    case(
        "X825-021",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is of long length. The neckline of "
            "it is v-shape. The lady wears a pair of heels."
        ),
        color_of("dress", "white", "contradiction"),
        wearing("black and white dress", who="she"),
        Q.pattern("printed"),
        details(
            "dress",
            "the dress is a wrap dress with a v neck and a tie at the waist, the sleeves are long and the dress is a "
            "wrap dress with a v neck and",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        Q.material("The dress is with leather fabric.", "unsupported"),
        title="AND Women Black & White Printed Wrap Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a grey melange cotton-jersey t-shirt dress, short sleeves, round neck, knee length; black
    # crossbody sling bag, white sneakers; white backdrop. Caption and open answers: caption adapter e2; closed: ref.
    case(
        "X825-022",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady carries a bag."
        ),
        Q.garment_type("t-shirt", "contradiction"),
        Q.color("grey"),
        Q.material("cotton"),
        describe("dress", "The dress is a dress that the lady wears.", "restated"),
        wearing(
            "The lady wears a grey dress and a black bag and white sneakers. The lady wears a grey dress and a black "
            "bag and white",
            "loop",
            who="she",
            hit_limit=True,
        ),
        title="Roadster Women Grey Melange Pure Cotton T-shirt Dress",
        category="Dresses",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: girl in a colour-blocked A-line dress, pink bodice and grey skirt, short sleeves; white shoes; white
    # backdrop. Caption and open answers: caption adapter e2; closed: reference.
    case(
        "X825-023",
        caption("The girl wears a short-sleeve dress with color block patterns. The dress is of knee length."),
        color_of("dress", "grey", "contradiction"),
        Q.pattern("color block"),
        wearing(
            "The girl wears a short-sleeve dress with color block patterns. The girl wears a short-sleeve dress with "
            "color block patterns. The girl wears",
            "loop",
            who="the girl",
            hit_limit=True,
        ),
        describe("dress", "The dress is pink on top and grey at the bottom."),
        Q.sleeve_length("short"),
        details("dress", "Answer: The dress has a pink top and a grey skirt.", "leak"),
        title="Pspeaches Girls Pink & Grey Colourblocked A-Line Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: woman in a light-blue denim dungaree-style jumpsuit with a bib pocket and button straps, over a black and
    # white striped short-sleeve t-shirt; white sneakers; white backdrop. Caption and open: e2; closed: reference.
    case(
        "X825-024",
        caption(
            "The lady wears a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. She wears "
            "a long denim jumpsuit."
        ),
        color_of("jumpsuit", "black", "other_garment_color", kind="open"),
        Q.material("denim"),
        wearing("a striped t-shirt and a blue denim jumpsuit", who="she"),
        Q.pattern("striped", "contradiction"),
        details("jumpsuit", "The jumpsuit has a pocket on the chest and buttons on the straps."),
        Q.color("blue"),
        describe("jumpsuit", "The jumpsuit is black and white striped with short sleeves.", "other_garment_color"),
        title="Harpa Women Blue Denim Dungaree-Style Jumpsuit",
        category="Jumpsuit",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in a pale pink chiffon maxi dress with small blue flowers, thin straps, V-neck, under an open white
    # crochet shrug with short sleeves; brown flat sandals; white backdrop. Caption and open: e2; closed: reference.
    case(
        "X825-025",
        caption(
            "The lady wears a short-sleeve cardigan with pure color patterns and a dress with floral patterns. The "
            "dress is with chiffon fabric. It is of long length."
        ),
        color_of("dress", "white", "other_garment_color"),
        wearing("a pink floral dress and a white shrug", who="she"),
        Q.material("chiffon"),
        details("dress", "The dress has a v neck, thin straps and a slit on the left side.", "unsupported"),
        Q.pattern("floral"),
        Q.sleeve_length("short", "contradiction"),
        describe("dress", "The dress is white and long with a floral print.", "other_garment_color"),
        title="Sera Women Pink Floral Print Chiffon Maxi Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: flat-lay, no model: two girls' sleeveless jersey dresses side by side, one navy with white anchors, one
    # red-and-white striped; white backdrop. Caption and open answers: caption adapter e2; closed: reference.
    case(
        "X825-026",
        caption("The girl wears a sleeveless dress with stripe patterns. The dress is of knee length.", "unsupported"),
        describe(
            "dress", "There are two dresses, one is blue with white anchors and the other has red and white stripes."
        ),
        Q.color("multi"),
        is_a("dress", "yes"),
        details(
            "dress",
            "The dress is with cotton fabric and the neckline is round. The dress is with cotton fabric and the "
            "neckline is round. The dress",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        title="Mothercare Girls Pack of 2 Printed Dresses",
        category="Dresses",
        color="Multi",
        gender="Girls",
    ),
    # photo: woman in a rust bodycon midi dress ruched along one side, long sleeves, round neck; thin gold necklace,
    # beige heels; white backdrop. Caption and open answers: caption adapter e2; closed: reference.
    case(
        "X825-027",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is of long length. There is an "
            "accessory on her neck."
        ),
        color_of("dress", "orange", kind="open"),
        wearing("Question: What is she wearing? Answer: She is wearing a dress", "leak", who="she"),
        Q.color("rust"),
        details("dress", "The dress is ruched on the side."),
        Q.sleeve_length("long"),
        describe("dress", "The dress is made of velvet and has a zip on the back.", "unsupported"),
        title="Rare Women Rust Orange Solid Ruched Bodycon Dress",
        category="Dresses",
        color="Rust",
        gender="Women",
    ),
    # photo: woman in a black jumpsuit with thin white vertical stripes, sleeveless halter neck, wide legs; red heels;
    # white backdrop. Caption and open answers: caption adapter e2; closed: reference.
    case(
        "X825-028",
        caption(
            "The lady wears a sleeveless jumpsuit with stripe patterns. The jumpsuit is of long length and it has "
            "wide legs. The neckline of it is suspenders. The lady wears a pair of red shoes and there is an accessory "
            "on her",
            "cut",
            hit_limit=True,
        ),
        Q.color("black"),
        Q.pattern("striped"),
        color_of("jumpsuit", "red", "other_garment_color", kind="open"),
        wearing("She is wearing a black and white striped jumpsuit with red heels.", who="she"),
        Q.sleeve_length("sleeveless"),
        describe("jumpsuit", "The jumpsuit is red and black with stripes and wide legs.", "other_garment_color"),
        title="Tokyo Talkies Women Black & White Striped Halter Neck Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: toddler girl, barefoot, in a mint-green sleeveless frock with a white bunny print, round neck; white
    # backdrop. Caption and open answers: caption adapter e2; closed: reference.
    case(
        "X825-029",
        caption(
            "The girl wears a sleeveless dress with graphic patterns. The dress is of short length. The neckline of "
            "it is round."
        ),
        color_of("dress", "mint green", kind="open"),
        Q.garment_type("dress"),
        details(
            "frock",
            "The frock has a bunny print and a round neck. The frock has a bunny print and a round neck. The frock",
            "loop",
            hit_limit=True,
        ),
        wearing("what is the girl wearing? the girl is wearing a green frock", "restated", who="the girl"),
        Q.pattern("printed"),
        describe("frock", "The frock is green with a white bunny print and a pocket on the side.", "unsupported"),
        title="Little Kangaroos Girls Green Printed Frock",
        category="Dresses",
        color="Green",
        gender="Girls",
    ),
    # photo: woman in a white cotton broderie-anglaise (eyelet) tiered midi dress, short puff sleeves, square neck;
    # woven straw bag in her hand, white sneakers; light grey backdrop. Caption and open: e2; closed: reference.
    case(
        "X825-030",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. The "
            "neckline of it is square. There is a bag in her hand."
        ),
        color_of("dress", "white"),
        Q.pattern("solid"),
        describe("dress", "The dress is a white dress with small holes in it and short sleeves."),
        Q.material("cotton"),
        details("dress", "The dress has a smocked back and a zipper on the side.", "unsupported"),
        wearing("The gentleman wears a white dress and white sneakers.", "pronoun", who="she"),
        title="Mango Women White Cotton Broderie Anglaise Midi Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: woman in a teal long-sleeve jumpsuit with a shirt collar and button placket, thin tan belt, straight
    # legs; black heels; white backdrop. Caption and open answers: caption adapter e2; closed: reference.
    case(
        "X825-031",
        caption(
            "The lady wears a long-sleeve jumpsuit with pure color patterns. The jumpsuit is of long length. It has a "
            "lapel neckline. There is a belt on her waist."
        ),
        color_of("jumpsuit", "green", "contradiction"),
        Q.sleeve_length("long"),
        wearing(
            "The lady wears a long-sleeve jumpsuit with pure color patterns. The jumpsuit is of long length. It has a "
            "lapel neckline. There is a belt on",
            "cut",
            who="she",
            hit_limit=True,
        ),
        details("jumpsuit", "buttons on the front, a collar and a belt"),
        Q.garment_type("jumpsuit"),
        describe("jumpsuit", "jumpsuit", "non_answer"),
        title="StyleStone Women Teal Blue Solid Shirt-Collar Jumpsuit",
        category="Jumpsuit",
        color="Teal",
        gender="Women",
    ),
    # photo: girl in a navy cable-knit long-sleeve sweater dress, red woollen tights, black ankle boots; white
    # backdrop. Caption and open answers: caption adapter e2; closed: reference.
    case(
        "X825-032",
        caption(
            "The girl wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric. The girl "
            "wears a pair of red leggings."
        ),
        color_of("dress", "red", "other_garment_color", kind="open"),
        Q.material("knitted fabric"),
        Q.sleeve_length("long"),
        wearing("a blue sweater dress, red tights and black boots", who="the girl"),
        describe("dress", "The dress is a sweater dress with a hood and a zip on the front.", "unsupported"),
        Q.color("navy blue"),
        title="United Colors of Benetton Kids Girls Navy Blue Knitted Sweater Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: woman in a yellow sleeveless V-neck fit-and-flare dress with white and orange flowers, brown belt, white
    # heels; white backdrop. Caption and open answers: caption adapter e2; closed: reference.
    case(
        "X825-033",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is of knee length. The neckline of it "
            "is v-shape. There is a belt on her waist."
        ),
        wearing("he is wearing a yellow dress with flowers", "pronoun", who="she"),
        Q.color("yellow"),
        Q.pattern("floral"),
        details("dress", "The dress has a v-neck and a belt. It also has pockets on both sides.", "unsupported"),
        color_of("dress", "orange", "contradiction", kind="open"),
        describe(
            "dress",
            "The dress is yellow with white and orange flowers and it has a v neck and a brown belt at the waist and "
            "the skirt is",
            "cut",
            hit_limit=True,
        ),
        title="Ives Women Yellow Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: woman in a lavender satin slip midi dress with spaghetti straps and cowl neck, worn over a white
    # short-sleeve t-shirt; white sneakers; white backdrop. Caption and open answers: caption adapter e2; closed: ref.
    case(
        "X825-034",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and it "
            "has a round neckline. The lady wears a sleeveless long dress. The dress has pure color patterns and its "
            "neckline is",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "white", "other_garment_color"),
        Q.material("satin"),
        wearing("a white t-shirt under a purple slip dress", who="she"),
        details(
            "dress",
            "Question: What are the dress details? Answer: the dress has thin straps Question: What is the color of "
            "the dress? Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        describe("dress", "The dress is a white dress with thin straps.", "other_garment_color"),
        title="FabAlley Women Lavender Solid Satin Slip Dress",
        category="Dresses",
        color="Lavender",
        gender="Women",
    ),
    # photo: girl in an orange tiered dress with a small white floral print, flutter sleeves, round neck; white
    # headband, white sandals; white backdrop. Caption and open answers: caption adapter e2; closed: reference.
    case(
        "X825-035",
        caption(
            "The girl wears a short-sleeve dress with floral patterns. The dress is of knee length. There is an "
            "accessory on her head."
        ),
        color_of("dress", "orange"),
        Q.pattern("floral"),
        wearing("The boy wears a short-sleeve dress with floral patterns.", "pronoun", who="the girl"),
        describe(
            "dress",
            "The dress is orange with small white flowers. It has three tiers and flutter sleeves and the neckline is "
            "round and the hem of the",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("short"),
        title="Naughty Ninos Girls Orange Printed Tiered Dress",
        category="Dresses",
        color="Orange",
        gender="Girls",
    ),
    # photo: woman in a maroon off-shoulder jumpsuit with a ruffle across the shoulders, short sleeves, tapered legs,
    # self fabric belt; gold heels; white backdrop. Caption and open answers: caption adapter e2; closed: reference.
    case(
        "X825-036",
        caption(
            "The lady wears a short-sleeve jumpsuit with pure color patterns. The jumpsuit is of long length. There "
            "is a belt on her waist."
        ),
        Q.color("maroon"),
        Q.garment_type("jumpsuit"),
        color_of("jumpsuit", "purple", "contradiction", kind="open"),
        details(
            "jumpsuit",
            "a ruffle on the shoulders and a belt on the waist. The jumpsuit has a ruffle on the shoulders and a belt "
            "on the waist. The jumpsuit",
            "loop",
            hit_limit=True,
        ),
        describe("jumpsuit", "The jumpsuit is made of velvet and has a sequin belt.", "unsupported"),
        wearing("a maroon jumpsuit and gold shoes", who="she"),
        title="Oxolloxo Women Maroon Solid Off-Shoulder Jumpsuit",
        category="Jumpsuit",
        color="Maroon",
        gender="Women",
    ),
    # photo: woman in an indigo A-line midi dress with a white geometric block print, three-quarter sleeves, mandarin
    # collar; silver earrings, brown juttis; white backdrop. Row has no color column. Caption/open: e2; closed: ref.
    case(
        "X825-037",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is of long length. It has a stand "
            "neckline. There is an accessory in her ear."
        ),
        color_of("dress", "blue"),
        Q.pattern("printed"),
        wearing("a blue printed kurta", "contradiction", who="she"),
        Q.sleeve_length("three-quarter"),
        details("dress", "", "non_answer"),
        neckline("mandarin collar"),
        describe("dress", "Describe the dress. The dress is a blue dress with a white print.", "restated"),
        title="W Women Blue & White Printed A-Line Midi Dress",
        category="Dresses",
        gender="Women",
    ),
    # photo: girl in a dusty-pink cotton jumpsuit, short flutter sleeves, button placket, tie belt, rolled cuffs;
    # white sneakers; white backdrop. Caption and open answers: caption adapter e2; closed: reference.
    case(
        "X825-038",
        caption(
            "The girl wears a short-sleeve jumpsuit with pure color patterns. The jumpsuit is with cotton fabric. It "
            "is of long length. There is a belt on her waist."
        ),
        is_a("dress", "no"),
        color_of("jumpsuit", "peach"),
        wearing("pink", "non_answer", who="the girl"),
        details(
            "jumpsuit",
            "The jumpsuit has buttons on the front and a belt on the waist. It has a zipper at the back and two "
            "pockets on the back.",
            "unsupported",
        ),
        Q.material("cotton"),
        describe(
            "jumpsuit", "The jumpsuit is white with short sleeves and buttons on the front.", "other_garment_color"
        ),
        title="Allen Solly Junior Girls Pink Solid Cotton Jumpsuit",
        category="Jumpsuit",
        color="Pink",
        gender="Girls",
    ),
    # photo: woman in a beige ribbed-knit long-sleeve turtleneck bodycon midi dress under an open camel (light
    # brown) long coat; tan boots; white backdrop. Caption and open answers: caption adapter e2; closed: reference.
    case(
        "X825-039",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is of long length. The lady wears a "
            "dress with knitting fabric."
        ),
        color_of("dress", "brown", "other_garment_color", kind="open"),
        Q.color("beige"),
        Q.garment_type("coat", "contradiction"),
        Q.material("knitted"),
        details("dress", "The dress has a turtle neck and ribbed fabric."),
        wearing(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is of long length. The lady wears a "
            "dress with knitting fabric and a pair of",
            "cut",
            who="she",
            hit_limit=True,
        ),
        title="Vero Moda Women Beige Ribbed Knitted Bodycon Midi Dress",
        category="Dresses",
        color="Beige",
        gender="Women",
    ),
    # photo: girl in a black velvet party dress with a gold sequinned bodice, short sleeves; black tights, gold
    # shoes; white backdrop. Caption and open answers: caption adapter e2; closed: reference.
    case(
        "X825-040",
        caption(
            "The girl wears a short-sleeve dress with pure color patterns. The dress is of knee length. The girl wears "
            "a pair of gold shoes."
        ),
        color_of("dress", "gold", "contradiction"),
        wearing("black dress", who="the girl"),
        Q.material("velvet"),
        describe(
            "dress",
            "the dress is black and the dress is black and the dress is black and the dress is black and the dress is "
            "black and the",
            "loop",
            hit_limit=True,
        ),
        details("dress", "The dress has a sequin top and a big bow on the back.", "unsupported"),
        title="Bella Moda Girls Black Velvet Sequinned Party Dress",
        category="Dresses",
        color="Black",
        gender="Girls",
    ),
    # photo: woman in a navy wrap dress with white polka dots, short sleeves, V-neck, side tie, knee length; white
    # sneakers; holding sunglasses; white backdrop. Caption and open answers: caption adapter e2; closed: reference.
    case(
        "X825-041",
        caption(
            "The lady wears a short-sleeve dress with dot patterns. The dress is of knee length. The neckline of it is "
            "v-shape. The lady holds a pair of sunglasses in her hand. The lady holds a pair of sunglasses in her "
            "hand. The lady holds a",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("polka dot"),
        color_of("dress", "dark blue", kind="open"),
        wearing(
            "Question: What is she wearing? Answer: a dress with polka dots Question: What is she wearing? Answer: a "
            "dress with polka dots Question:",
            "leak",
            who="she",
            hit_limit=True,
        ),
        details("dress", "The dress has a v-neck and a tie on the side."),
        length("knee length"),
        title="Harpa Women Navy Blue Polka Dot Print Wrap Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in an emerald-green sleeveless V-neck wide-leg jumpsuit with a pink floral print; nude heels;
    # white backdrop. Caption and open answers: caption adapter e2; closed: reference.
    case(
        "X825-042",
        caption(
            "The gentleman wears a sleeveless jumpsuit with floral patterns. The jumpsuit is of long length.",
            "pronoun",
        ),
        Q.color("green"),
        Q.pattern("floral"),
        color_of("jumpsuit", "pink", "contradiction"),
        wearing("a green jumpsuit with pink flowers", who="she"),
        Q.garment_type("jumpsuit"),
        describe("jumpsuit", "The jumpsuit is green with pink flowers and it has a v neck and wide legs"),
        details(
            "jumpsuit",
            "The jumpsuit has a v neck and wide legs. Question: What is the color of the jumpsuit? Answer: green",
            "leak",
            hit_limit=True,
        ),
        title="Sera Women Green Floral Print Wide Leg Jumpsuit",
        category="Jumpsuit",
        color="Green",
        gender="Women",
    ),
    # photo: girl in a red smocked knee-length dress (short sleeves hidden) under a white long-sleeve cardigan; white
    # socks, red shoes; white backdrop. Caption and open answers: caption adapter e2; closed: reference.
    case(
        "X825-043",
        caption(
            "The girl wears a long-sleeve cardigan with pure color patterns. The girl wears a dress with pure color "
            "patterns. The dress is of knee length."
        ),
        color_of("dress", "white", "other_garment_color"),
        Q.sleeve_length("long", "contradiction"),
        wearing("a red dress and a white cardigan", who="the girl"),
        details("dress", "The dress has smocking on the chest."),
        describe("dress", "The dress is red and the cardigan is", "cut", hit_limit=True),
        Q.color("white", "other_garment_color"),
        title="Marks & Spencer Girls Red Smocked Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: woman in a magenta flared Anarkali-style maxi dress with a small white floral print, three-quarter
    # sleeves, round neck; a gold dupatta draped over one shoulder, gold bangles; white backdrop. Caption/open: e2.
    case(
        "X825-044",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is of long length. There is an "
            "accessory on her wrist."
        ),
        color_of("dress", "gold", "other_garment_color", kind="open"),
        Q.color("magenta"),
        wearing(
            "She is wearing a pink dress and a gold dupatta. She is wearing a pink dress and a gold dupatta. She is "
            "wearing a",
            "loop",
            who="she",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        details(
            "dress",
            "The dress has a flared skirt, a round neck and three-quarter sleeves, and the print is small white "
            "flowers all over the dress with a",
            "cut",
            hit_limit=True,
        ),
        title="Biba Women Magenta Printed Anarkali Maxi Dress",
        category="Dresses",
        color="Magenta",
        gender="Women",
    ),
    # photo: woman in a sea-green sleeveless skater dress, round neck, above the knee; black heels; white backdrop.
    # The row has no gender column. Caption and open answers: caption adapter e2; closed: reference.
    case(
        "X825-045",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is of short length. The neckline "
            "of it is round."
        ),
        color_of("dress", "blue", "contradiction", kind="open"),
        Q.color("sea green"),
        details("dress", "The dress details are that the dress is a dress with details.", "restated"),
        Q.sleeve_length("sleeveless"),
        describe("dress", "The dress is a sleeveless skater dress with a flared skirt"),
        wearing("She wears a green dress with a black belt and a necklace.", "unsupported", who="she"),
        title="Femella Women Sea Green Solid Skater Dress",
        category="Dresses",
        color="Sea Green",
    ),
    # photo: girl in a turquoise shorts-length playsuit with ruffled shoulders, sleeveless, white belt; white
    # sandals; white backdrop. Caption and open answers: caption adapter e2; closed: reference.
    case(
        "X825-046",
        caption(
            "The girl wears a sleeveless romper with pure color patterns. The romper is of short length. There is a "
            "belt on her waist."
        ),
        is_a("jumpsuit", "yes"),
        Q.garment_type("shorts", "contradiction"),
        color_of("playsuit", "turquoise blue"),
        wearing(
            "The girl wears a sleeveless romper with pure color patterns. The romper is of short length. There is a "
            "belt on her waist. The girl",
            "cut",
            who="the girl",
            hit_limit=True,
        ),
        details("playsuit", "What are the playsuit details? The playsuit has ruffles on the shoulders.", "restated"),
        describe("playsuit", "yes", "non_answer"),
        title="Cutecumber Girls Turquoise Blue Solid Playsuit",
        category="Jumpsuit",
        color="Turquoise Blue",
        gender="Girls",
    ),
]
