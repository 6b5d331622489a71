"""BLIND_907 (46 products; Myntra dresses and jumpsuits, caption epoch 2): written blind in the fifty-seventh session.
Measured blind at d08c3e3 (the session's fourth rules): 107/122 failures found (87.7%) and 6/180 correct texts flagged
(3.3%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of girls' and women's dresses, frocks, jumpsuits and playsuits. Catalog photos on a
white (a few grey) studio backdrop, front view, worn by a model or a child who often wears something else as well:
leggings, tights, a T-shirt under a slip or pinafore dress, a denim or leather jacket, a kimono, a belt, sneakers,
sandals, a bag, a hairband or a crown. The seller's columns are title, category (article_type) and color
(base_colour); a few rows lack one of them, and one girls' frock is filed under Women, as real Myntra rows are.

Who wrote what: the captions and every open answer (wearing, describe, details, material, and the color questions
asked open) come from the caption adapter (DeepFashion-MultiModal template captions) stopped after its second epoch,
on blip2-opt-2.7b, greedy, 50 new tokens for captions and 30 for answers. It answers most questions with pieces of
its caption template ("The lady wears a sleeveless dress with pure color patterns. It has a v-shape neckline.") but
at epoch 2 still keeps some of the base model's hue names and plain answers. It was trained without an end token,
so it often runs on: loops of a phrase or a whole sentence, or a cut at the token limit; it also echoes the
`Question: ... Answer:` format, calls girls and women "gentleman"/"he" now and then, and adds template accessories
(ring, hat, belt, zip at the back) that are not in the photo. Closed answers (garment type, color, pattern, sleeve
length, "Is this a ...?") come from enrich's reference engine, one candidate value each: they never loop or stop
short, but can pick the wrong candidate, often the color or sleeves of the other garment in the photo.

Labeling conventions and judgement calls:
- "The lady", "the female", "this woman" and "the girl" for a girl are correct; only a male word (gentleman, man,
  boy, he, his) for a girl or a woman is labeled pronoun, even when the rest of the text is right.
- DeepFashion's pattern words are correct where they fit: "pure color" for a solid garment, "lattice" for gingham or
  checks, "graphic" for a printed motif, "other patterns" for tie-dye, "suspenders neckline" for spaghetti straps.
- A color that belongs to a separate garment, shoe, belt, bag or accessory worn in the photo, given to the product,
  is labeled other_garment_color (closed answers included). A wrong color taken from the product's own print, from
  the backdrop or from a prop that is not worn (a balloon) is labeled contradiction.
- Sleeves or a pattern taken from another garment (long sleeves of a jacket or turtleneck over a sleeveless dress,
  the stripes of a T-shirt under a pinafore) are labeled contradiction, not other_garment_color.
- Naming the product as another kind of garment (a jumpsuit as "a T-shirt and long pants", a playsuit as "a top and
  shorts", a slip dress as "a long skirt") is contradiction. A sweater dress called "a long-sleeve sweater" is kept
  correct: that is what the product is.
- Material: a fabric the title contradicts (cotton for a satin dress, denim for a cotton dress, furry for velvet) is
  contradiction; a fabric nothing in the photo or title supports (silk, chiffon, "cotton" for a visibly net frock,
  the jacket's leather for a ribbed knit dress) is unsupported. "Cotton" for a plain cotton-looking shirt dress or a
  jersey T-shirt dress is kept correct.
- Claims about what cannot be seen in a front view (a zip or bow at the back, pockets hidden by the arms) and
  template accessories that are not there (ring, hat) are unsupported. "Wears a hat" when the model holds the hat in
  her hand is unsupported too.
- Every text that ran to the token limit is labeled cut or loop (or leak, below), never correct: loop when a phrase
  or sentence repeats, cut otherwise, including one caption whose last full sentence happened to end at the limit.
  Three texts that stop mid-phrase well before the limit (the adapter emitted the newline early) are cut without
  hit_limit.
- A loop of the prompt format itself ("Question: ... Answer: Question: ...") is labeled leak, as is an answer that
  starts with "Answer:" or quotes a made-up question.
- The question handed back ("What are the dress details?") or a sentence that only restates it ("The jumpsuit is a
  jumpsuit.") is restated; "yes", a bare garment word, an empty answer or "a beautiful dress" to an open question is
  non_answer.
- One label per text: where a text has two faults, the first one a reader would notice decides the label.
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
gt, col, pat, slv, mat = Q.garment_type, Q.color, Q.pattern, Q.sleeve_length, Q.material

BLIND_907 = [
    # photo: girl in a pink sleeveless party frock, sequinned bodice, tiered net/tulle skirt to the knee, silver
    # ballet flats, white backdrop, front view. Caption adapter epoch 2: caption, details, material; reference: closed.
    case(
        "X907-001",
        caption(
            "The girl wears a sleeveless pink dress with pure color patterns. The dress is of knee length. It has "
            "a round neckline. The dress has a layered skirt."
        ),
        gt("dress"),
        col("pink"),
        slv("sleeveless"),
        details(
            "dress",
            "The dress has sequins on the bodice and a layered skirt, a layered skirt, a layered skirt, "
            "a layered skirt, a layered",
            "loop",
            hit_limit=True,
        ),
        mat("The dress is with cotton fabric.", "unsupported"),
        wearing("The lady wears a pink dress and a pair of white socks.", "unsupported"),
        title="Doodle Kids Girls Party Frock Pink Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: woman in a navy blue floral maxi dress, long sleeves, V-neck, fabric tie at the waist, gold hoop
    # earrings, tan sling bag on the shoulder, white backdrop. Adapter: caption, open answers; reference: closed.
    case(
        "X907-002",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is of long length. It has a "
            "v-shape neckline. The lady is carrying a bag."
        ),
        wearing("The lady wears a long-sleeve dress with floral patterns and a tie at the waist."),
        col("blue"),
        pat("floral"),
        color_of("dress", "The dress is brown with floral patterns.", "other_garment_color", kind="open"),
        is_a("jumpsuit", "no"),
        details("dress", "The dress has a belt with a gold buckle.", "unsupported"),
        title="Mango Women Navy Blue Floral Print Maxi Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in a black sleeveless halter-neck jumpsuit with wide legs, a white denim jacket draped over her
    # shoulders, black heels, white backdrop. Adapter: caption, open answers; reference: closed.
    case(
        "X907-003",
        caption(
            "The lady wears a white denim jacket and long pants. The jacket is with denim fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        gt("jumpsuit"),
        col("white", "other_garment_color"),
        slv("sleeveless"),
        describe("jumpsuit", "The jumpsuit is black with a halter neckline and wide legs."),
        is_a("dress", "no"),
        wearing("The lady wears a white jacket and black pants.", "contradiction"),
        title="Vero Moda Women Black Solid Culotte Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: girl in a yellow A-line frock with a small white daisy print, short puff sleeves, round neck, pink
    # leggings, holding a brown teddy bear, white backdrop. Adapter: caption, open answers; reference: closed.
    case(
        "X907-004",
        caption(
            "The girl wears a short-sleeve dress with floral patterns and pink leggings. She is holding a teddy bear."
        ),
        col("yellow"),
        color_of("dress", "The dress is pink.", "other_garment_color", kind="open"),
        pat("floral"),
        wearing(
            "The lady wears a short-sleeve dress with floral patterns and a pair of pink leggings. The lady wears "
            "a hat.",
            "unsupported",
        ),
        details("dress", "puff sleeves, a round neckline and a bow at the back", "unsupported"),
        title="Gini and Jony Girls Yellow Printed A-Line Dress",
        category="Dresses",
        color="Yellow",
        gender="Girls",
    ),
    # photo: woman in a solid red long-sleeve bodycon dress to the knee, round neck, black pumps, hand on hip, no
    # jewellery, grey backdrop. Adapter: caption, open answers; reference: closed.
    case(
        "X907-005",
        caption(
            "The lady wears a red long-sleeve dress with pure color patterns. The dress is of knee length. It has "
            "a round neckline. The lady wears a ring on her finger.",
            "unsupported",
        ),
        col("red"),
        slv("long sleeves"),
        pat("solid"),
        describe("dress", "The dress is a bodycon dress."),
        details("dress", "The dress details are the details of the dress.", "restated"),
        wearing("The lady wears a black dress and red shoes.", "other_garment_color"),
        title="AND Women Red Solid Bodycon Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: girl in a blue denim pinafore dress (one pocket on the bib) over a red-and-white striped short-sleeve
    # T-shirt, white sneakers, white backdrop. Adapter: caption, open answers; reference: closed.
    case(
        "X907-006",
        caption("The girl wears a denim dress over a striped short-sleeve T-shirt."),
        gt("dress"),
        col("blue"),
        pat("striped", "contradiction"),
        color_of("dress", "The dress is red and white.", "other_garment_color", kind="open"),
        mat("The dress is with denim fabric."),
        is_a("dress", "yes"),
        details("dress", "The dress has a pocket on the bib and a zip on the side.", "unsupported"),
        title="Pepe Jeans Girls Blue Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
        gender="Girls",
    ),
    # photo: woman in an olive green short-sleeve utility jumpsuit, collar, two chest flap pockets, tan fabric belt,
    # white sneakers, white backdrop. Adapter: caption, open answers; reference: closed.
    case(
        "X907-007",
        caption(
            "The gentleman wears a short-sleeve jumpsuit with pure color patterns. It has a belt around his waist.",
            "pronoun",
        ),
        gt("jumpsuit"),
        col("green"),
        slv("short sleeves"),
        details("jumpsuit", "The jumpsuit has a belt, pockets on the chest and a collar."),
        wearing("The lady wears an olive jumpsuit with a brown belt."),
        is_a("jumpsuit", "yes"),
        title="Tokyo Talkies Women Olive Green Solid Utility Jumpsuit",
        category="Jumpsuit",
        color="Olive",
        gender="Women",
    ),
    # photo: woman in a white shirt dress with thin sky-blue stripes, long sleeves rolled to the elbow, collar,
    # buttons down the front, navy belt, sunglasses pushed up on her head (no hat), white backdrop.
    # Adapter: caption, open answers; reference: closed.
    case(
        "X907-008",
        caption(
            "The lady wears a long-sleeve dress with striped patterns. It has a lapel neckline. The lady wears glasses."
        ),
        col("white"),
        pat("striped"),
        color_of("dress", "The dress is blue and white.", kind="open"),
        describe(
            "dress",
            "The dress is a long-sleeve shirt dress with a collar, buttons and a belt at the waist, a "
            "belt at the waist, a belt at the waist, a belt",
            "loop",
            hit_limit=True,
        ),
        slv("long sleeves"),
        mat("The dress is with cotton fabric."),
        wearing("The lady wears a long-sleeve dress with striped patterns. The lady wears a hat.", "unsupported"),
        title="Sassafras Women White & Blue Striped Shirt Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: girl in a magenta sleeveless fit-and-flare party dress, gold embroidered waistband, knee length, matching
    # magenta hairband, white backdrop. Adapter: caption, open answers; reference: closed.
    case(
        "X907-009",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is of knee length. It has a "
            "round neckline. The dress is with chiffon fabric. The lady wears a headband on her head and a belt "
            "around her",
            "cut",
            hit_limit=True,
        ),
        gt("dress"),
        col("pink"),
        details("dress", "The dress has gold embroidery at the waist and a flared skirt."),
        describe("dress", "yes", "non_answer"),
        wearing("The lady wears a pink dress with a gold belt and a crown on her head.", "unsupported"),
        title="Cutecumber Girls Magenta Embellished Fit and Flare Dress",
        category="Dresses",
        color="Magenta",
        gender="Girls",
    ),
    # photo: woman in a teal sleeveless maxi dress with an ethnic motif print in white and orange, silver jhumkas,
    # white backdrop. Adapter: caption, open answers; reference: closed.
    case(
        "X907-010",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is of long length. It has a round "
            "neckline. The lady wears earrings."
        ),
        col("orange", "contradiction"),
        pat("printed"),
        slv("sleeveless"),
        mat(
            "The dress is with cotton fabric. The dress is with cotton fabric. The dress is with cotton fabric. The "
            "dress is with cotton",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        describe("dress", "The dress is orange with a teal print.", "contradiction"),
        title="W Women Teal Printed Maxi Dress",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: girl in a navy blue A-line dress with white polka dots, short puff sleeves, white peter pan collar, a red
    # bow belt, white socks, red shoes, white backdrop. Adapter: caption, open answers; reference: closed.
    case(
        "X907-011",
        caption(
            "The girl wears a short-sleeve dress with dotted patterns, a white collar and a red bow at the waist. "
            "She wears white socks and red shoes."
        ),
        col("blue"),
        pat("solid", "contradiction"),
        color_of("dress", "The dress is red.", "other_garment_color", kind="open"),
        wearing("He is wearing a blue dress with white dots.", "pronoun"),
        details(
            "dress",
            "The dress has a white collar, short puff sleeves, a red bow at the waist and white polka "
            "dots all over the skirt, with a",
            "cut",
            hit_limit=True,
        ),
        title="United Colors of Benetton Girls Navy Blue Polka Dot Print A-Line Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: woman in a solid maroon wrap midi dress, three-quarter sleeves, V-neck, tie at the waist, beige heeled
    # sandals, white backdrop. Adapter: caption, open answers; reference: closed.
    case(
        "X907-012",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is of three-quarter length. "
            "It has a v-shape neckline."
        ),
        col("red"),
        slv("three-quarter sleeves"),
        describe("dress", "The dress is a wrap dress with a v-neck and a tie at the waist."),
        details("dress", "Question: What are the dress details? Answer: The dress has a v-shape neckline.", "leak"),
        pat("solid"),
        mat("The dress is with chiffon fabric.", "unsupported"),
        title="Harpa Women Maroon Solid Wrap Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: girl in a white sleeveless cotton A-line frock with blue embroidery on the yoke, under an open
    # long-sleeve blue denim jacket, white backdrop. Adapter: caption, open answers; reference: closed.
    case(
        "X907-013",
        caption("The lady wears a long-sleeve denim jacket and a dress. The dress is of knee length."),
        gt("dress"),
        col("blue", "other_garment_color"),
        color_of("dress", "The dress is white with blue embroidery.", kind="open"),
        slv("long sleeves", "contradiction"),
        is_a("jacket", "no"),
        title="Biba Girls White Cotton Embroidered A-Line Dress",
        category="Dresses",
        color="White",
        gender="Girls",
    ),
    # photo: woman in a black skater dress with a white floral print, short sleeves, knee length, black ankle boots,
    # red lipstick, white backdrop. Adapter: caption, open answers; reference: closed.
    case(
        "X907-014",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is of knee length. It has a round "
            "neckline. The lady wears boots."
        ),
        col("black"),
        pat("floral"),
        wearing("The lady wears a white dress with black flowers.", "contradiction"),
        is_a("skirt", "no"),
        details("dress", "short sleeves"),
        describe("dress", "The dress is black with white flowers and a black belt at the waist.", "unsupported"),
        title="Dorothy Perkins Women Black Floral Print Skater Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a peach tiered maxi dress with spaghetti straps, holding a straw hat in her right hand (not
    # wearing it), white backdrop. Adapter: caption, open answers; reference: closed.
    case(
        "X907-015",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is of long length. It has a "
            "suspenders neckline. The lady wears a hat.",
            "unsupported",
        ),
        col("peach"),
        slv("sleeveless"),
        describe("dress", "The dress is pink with thin straps and a tiered skirt."),
        details(
            "dress",
            "The dress has thin straps and three tiers. The dress has thin straps and three tiers. The "
            "dress has thin straps and three",
            "loop",
            hit_limit=True,
        ),
        title="Athena Women Peach Tiered Maxi Dress",
        category="Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: girl in a mustard yellow sleeveless jumpsuit with a small white print, over a white short-sleeve
    # T-shirt, white backdrop. Adapter: caption, open answers; reference: closed.
    case(
        "X907-016",
        caption("The girl wears a white T-shirt under a yellow jumpsuit with graphic patterns."),
        gt("jumpsuit"),
        pat("printed"),
        slv("sleeveless"),
        wearing("The gentleman wears a white T-shirt and yellow overalls.", "pronoun"),
        is_a("jumpsuit", "yes"),
        color_of("jumpsuit", "The jumpsuit is white.", "other_garment_color", kind="open"),
        title="Cherry Crumble Girls Mustard Printed Jumpsuit",
        category="Jumpsuit",
        color="Mustard",
        gender="Girls",
    ),
    # photo: woman in a blue sleeveless denim shirt dress, collar, buttons down the front, knee length, white
    # sneakers, brown crossbody bag, white backdrop, front view. Adapter: caption, open answers; reference: closed.
    case(
        "X907-017",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with denim fabric. It has a "
            "lapel neckline. The lady is carrying a bag."
        ),
        col("blue"),
        mat("The dress is with denim fabric."),
        details("dress", "The dress has a zip at the back and a drawstring waist.", "unsupported"),
        color_of("dress", "The dress is white.", "other_garment_color", kind="open"),
        slv("sleeveless"),
        title="Roadster Women Blue Solid Denim Shirt Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in a lavender ruffled midi dress, short flutter sleeves, square neck, white sneakers, light grey
    # backdrop. Adapter: caption, open answers; reference: closed.
    case(
        "X907-018",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is of three-quarter length. "
            "It has a square neckline."
        ),
        col("purple"),
        describe("dress", "The dress is grey with ruffles.", "contradiction"),
        wearing(
            "The lady wears a lavender dress with ruffled sleeves and a square neckline, and a pair of white "
            "sneakers, and a pair of white sneakers, and a pair",
            "loop",
            hit_limit=True,
        ),
        slv("short sleeves"),
        mat("The dress is with cotton fabric.", "unsupported"),
        title="SASSAFRAS Women Lavender Solid Ruffled Midi Dress",
        category="Dresses",
        color="Lavender",
        gender="Women",
    ),
    # photo: girl in a red velvet long-sleeve fit-and-flare dress with gold buttons on the bodice, white tights,
    # black patent shoes, white backdrop. Adapter: caption, open answers; reference: closed.
    case(
        "X907-019",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is of knee length. It has a "
            "round neckline. The dress is with furry fabric.",
            "contradiction",
        ),
        col("red"),
        slv("long sleeves"),
        mat("The dress is made of velvet."),
        color_of("dress", "The dress is white.", "other_garment_color", kind="open"),
        is_a("dress", "yes"),
        title="Hopscotch Girls Red Velvet Fit and Flare Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: woman in a navy blue jumpsuit with small white dots, short sleeves, V-neck, self-tie belt, cropped
    # tapered legs, tan sandals, white backdrop. Adapter: caption, open answers; reference: closed.
    case(
        "X907-020",
        caption(
            "The lady wears a short-sleeve jumpsuit with dotted patterns. The pants are of three-quarter length. "
            "It has a v-shape neckline."
        ),
        gt("dress", "contradiction"),
        col("blue"),
        details("jumpsuit", "The jumpsuit is a jumpsuit.", "restated"),
        pat("polka dots"),
        wearing("The lady wears a blue jumpsuit with white dots and brown sandals."),
        color_of("jumpsuit", "The jumpsuit is brown.", "other_garment_color", kind="open"),
        title="Harpa Women Navy Blue Printed Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: girl sitting on a white stool in a short-sleeve T-shirt dress with horizontal red, yellow, blue and white
    # stripes, white backdrop. Adapter: caption, open answers; reference: closed.
    case(
        "X907-021",
        caption(
            "The girl wears a short-sleeve dress with striped patterns. The dress is of knee length. It has a "
            "round neckline. She is sitting on a stool. The dress has red, yellow, blue and white stripes. The "
            "stripes are",
            "cut",
            hit_limit=True,
        ),
        col("multicolor"),
        pat("striped"),
        color_of("dress", "The dress is red, yellow, blue and white.", kind="open"),
        describe(
            "dress",
            "The dress is a T-shirt dress with colorful stripes, colorful stripes, colorful stripes, "
            "colorful stripes, colorful stripes, colorful",
            "loop",
            hit_limit=True,
        ),
        wearing("Question: What is the girl wearing? Answer: A striped dress.", "leak"),
        title="Gini and Jony Girls Multicoloured Striped T-shirt Dress",
        category="Dresses",
        color="Multi",
        gender="Girls",
    ),
    # photo: woman in an emerald green satin slip dress with spaghetti straps, midi, over a white short-sleeve
    # T-shirt, white sneakers, white backdrop. Adapter: caption, open answers; reference: closed.
    case(
        "X907-022",
        caption("The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt.", "contradiction"),
        col("green"),
        slv("sleeveless"),
        wearing("The lady wears a green slip dress over a white T-shirt."),
        mat("The dress is with cotton fabric.", "contradiction"),
        is_a("skirt", "no"),
        details("dress", "The dress has thin straps and lace trim at the hem.", "unsupported"),
        title="FOREVER 21 Women Green Satin Slip Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: girl in a grey melange short-sleeve T-shirt dress with a pink unicorn graphic on the front (glitter
    # horn), black leggings, white backdrop. Adapter: caption, open answers; reference: closed.
    case(
        "X907-023",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is of medium short length. It "
            "has a round neckline."
        ),
        col("pink", "contradiction"),
        color_of("dress", "The dress is grey with a pink unicorn.", kind="open"),
        pat("graphic"),
        wearing("The girl wears a grey T-shirt dress with a unicorn print and black leggings."),
        details(
            "dress",
            "The dress has a unicorn print on the front and a glitter horn, a glitter horn, a glitter "
            "horn, a glitter horn",
            "loop",
            hit_limit=True,
        ),
        title="Mothercare Girls Grey Melange Graphic Print T-shirt Dress",
        category="Dresses",
        color="Grey Melange",
        gender="Girls",
    ),
    # photo: woman in a white lace sheath dress, short sleeves, knee length, nude heels, white backdrop.
    # Adapter: caption, open answers; reference: closed.
    case(
        "X907-024",
        caption("The lady wears a white short-sleeve lace dress. The dress is of knee length."),
        col("white"),
        slv("sleeveless", "contradiction"),
        describe(
            "dress",
            "The dress is made of lace and is white in color. The dress is made of lace and is white in "
            "color. The dress is made of",
            "loop",
            hit_limit=True,
        ),
        mat("The dress is made of lace."),
        wearing("She is wearing a white dress and beige heels."),
        details("dress", "The dress has a zip at the back.", "unsupported"),
        title="Miss Chase Women White Lace Sheath Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: woman in a mustard yellow long-sleeve wide-leg jumpsuit with a black belt, white backdrop.
    # Adapter: caption, open answers; reference: closed. The feed row has no category.
    case(
        "X907-025",
        caption("The lady wears a long-sleeve jumpsuit with pure color patterns. She wears a belt around her waist."),
        col("yellow"),
        color_of("jumpsuit", "The jumpsuit is black.", "other_garment_color", kind="open"),
        slv("long sleeves"),
        details("jumpsuit", "", "non_answer"),
        is_a("jumpsuit", "yes"),
        wearing(
            "The lady wears a yellow jumpsuit with a black belt. The lady wears a yellow jumpsuit with a black "
            "belt. The lady",
            "loop",
            hit_limit=True,
        ),
        title="Athena Women Mustard Yellow Solid Basic Jumpsuit",
        color="Mustard",
        gender="Women",
    ),
    # photo: girl in a blue-and-white gingham sleeveless A-line dress, straw hat on her head, white sandals, white
    # backdrop, front view. Adapter: caption, open answers; reference: closed.
    case(
        "X907-026",
        caption("The girl wears a sleeveless dress with lattice patterns. She wears a hat."),
        col("blue"),
        pat("checked"),
        wearing(
            "The lady wears a sleeveless dress with lattice patterns. The lady wears a hat. The lady wears a hat. "
            "The lady wears a hat. The lady",
            "loop",
            hit_limit=True,
        ),
        describe("dress", "The dress is blue and white checked with a bow at the back.", "unsupported"),
        slv("sleeveless"),
        is_a("skirt", "yes", "contradiction"),
        title="Hopscotch Girls Blue & White Checked A-Line Dress",
        category="Dresses",
        color="Blue",
        gender="Girls",
    ),
    # photo: woman in a solid rust orange midi dress, long puff sleeves with elastic cuffs, smocked bodice, square
    # neck, white backdrop. Adapter: caption, open answers; reference: closed.
    case(
        "X907-027",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is of three-quarter length. It "
            "has a square neckline."
        ),
        col("orange"),
        color_of("dress", "The dress is orange.", kind="open"),
        details(
            "dress",
            "The dress has a smocked bodice, long puff sleeves with elastic cuffs, a square neckline and "
            "a flared skirt that falls to the mid",
            "cut",
            hit_limit=True,
        ),
        mat("The dress is made of silk.", "unsupported"),
        wearing("The lady wears an orange dress."),
        is_a("dress", "no", "contradiction"),
        title="Berrylush Women Rust Orange Solid Smocked Midi Dress",
        category="Dresses",
        color="Rust",
        gender="Women",
    ),
    # photo: girl in a pink short-sleeve dress with a white cherry-blossom print, knee length, white backdrop (a
    # girls' frock filed under Women by the seller). Adapter: caption, open answers; reference: closed.
    case(
        "X907-028",
        caption("The lady wears a short-sleeve dress with floral patterns. The dress is of knee length."),
        col("pink"),
        pat("floral"),
        wearing("The boy is wearing a pink dress with flowers.", "pronoun"),
        details(
            "dress",
            "Question: What are the dress details? Answer: Question: What are the dress details? Answer: "
            "Question: What are the",
            "leak",
            hit_limit=True,
        ),
        title="Palm Tree Girl's Cr Blossom Drs Pink Dresses",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: woman in a navy blue sleeveless fit-and-flare dress, round neck, knee length, a white belt at the waist,
    # white backdrop. Adapter: caption, open answers; reference: closed.
    case(
        "X907-029",
        caption(
            "The lady wears a sleeveless dress with pure color patterns and a belt. The dress is of knee length. "
            "It has a round neckline. The lady wears a belt around her waist. The belt is of solid color patterns "
            "and it is white. The lady",
            "cut",
            hit_limit=True,
        ),
        col("white", "other_garment_color"),
        color_of("dress", "The dress is dark blue.", kind="open"),
        describe("dress", "The dress is sleeveless and fitted at the waist with a flared skirt."),
        pat("solid"),
        wearing("The gentleman wears a blue dress and a white belt.", "pronoun"),
        title="Vero Moda Women Navy Blue Solid Fit and Flare Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in a black sleeveless solid maxi dress under a long red floral-print kimono shrug, white backdrop.
    # Adapter: caption, open answers; reference: closed.
    case(
        "X907-030",
        caption("The lady wears a long-sleeve outer clothing with floral patterns and a long dress."),
        col("red", "other_garment_color"),
        pat("floral", "contradiction"),
        color_of("dress", "The dress is black.", kind="open"),
        wearing("The lady wears a red kimono over a black maxi dress."),
        slv("sleeveless"),
        details("dress", "The dress has long sleeves and a floral print.", "contradiction"),
        title="Rare Women Black Solid Maxi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: girl in a navy-and-white striped sleeveless playsuit (shorts length), red-framed kids' sunglasses on her
    # face, white sandals, white backdrop. Adapter: caption, open answers; reference: closed.
    case(
        "X907-031",
        caption(
            "The lady wears a sleeveless romper with striped patterns. The romper is of medium short length. The "
            "lady wears sunglasses."
        ),
        gt("jumpsuit"),
        col("red", "other_garment_color"),
        pat("striped"),
        wearing("The lady wears a sleeveless top with striped patterns and a pair of shorts.", "contradiction"),
        details("playsuit", "The playsuit details.", "restated"),
        is_a("dress", "no"),
        describe("playsuit", "Question: Describe the playsuit. Answer:", "leak"),
        title="Nauti Nati Girls Navy Blue Striped Playsuit",
        category="Jumpsuit",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: woman in a sky blue cotton A-line dress, three-quarter sleeves, white thread embroidery on the yoke,
    # V-neck, no rings, white sneakers, white backdrop. Adapter: caption, open answers; reference: closed.
    case(
        "X907-032",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. It has a v-shape neckline. The lady "
            "wears a ring on her finger. The lady wears a ring on her finger. The lady wears a ring on her finger",
            "loop",
            hit_limit=True,
        ),
        col("blue"),
        details("dress", "The dress has white embroidery on the yoke and three-quarter sleeves."),
        slv("three-quarter sleeves"),
        mat("The dress is with denim fabric.", "contradiction"),
        wearing("The lady wears a blue dress with white embroidery and a white belt.", "unsupported"),
        title="Sringam Women Blue Embroidered Cotton A-Line Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in a beige linen sleeveless wide-leg jumpsuit, V-neck, black belt, white sneakers, white backdrop.
    # Adapter: caption, open answers; reference: closed. The feed row has no gender.
    case(
        "X907-033",
        caption(
            "The lady wears a sleeveless jumpsuit with pure color patterns. The jumpsuit is of long length. It has "
            "a v-shape neckline. She wears a belt."
        ),
        col("beige"),
        mat("The jumpsuit is with linen fabric."),
        color_of("jumpsuit", "The jumpsuit is white.", "other_garment_color", kind="open"),
        details("jumpsuit", "Answer: The jumpsuit has a belt and wide legs.", "leak"),
        is_a("jumpsuit", "yes"),
        title="Marks & Spencer Women Beige Linen Blend Jumpsuit",
        category="Jumpsuit",
        color="Beige",
    ),
    # photo: girl in a peach sleeveless tiered ethnic maxi dress with a gold foil print, a matching peach dupatta
    # around her neck, white backdrop, front view. Adapter: caption, open answers; reference: closed.
    case(
        "X907-034",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is of long length. It has a round "
            "neckline. The lady has neckwear."
        ),
        col("peach"),
        pat("printed"),
        wearing("The lady wears a peach dress with gold print and a dupatta."),
        details(
            "dress", "The dress has gold foil print on the tiers, a round neck and a zip at the back.", "unsupported"
        ),
        describe("dress", "The dress is peach with a gold", "cut"),
        title="Biba Girls Peach-Coloured & Gold Printed Maxi Dress",
        category="Dresses",
        color="Peach",
        gender="Girls",
    ),
    # photo: woman in a grey melange short-sleeve T-shirt dress with a black denim jacket tied around her waist,
    # white sneakers, white backdrop. Adapter: caption, open answers; reference: closed.
    case(
        "X907-035",
        caption("The lady wears a short-sleeve dress with pure color patterns and a jacket tied around her waist."),
        col("black", "other_garment_color"),
        color_of("dress", "The dress is grey.", kind="open"),
        slv("long sleeves", "contradiction"),
        wearing("He wears a grey T-shirt and a black jacket around his waist.", "pronoun"),
        mat("The dress is with cotton fabric."),
        title="Roadster Women Grey Melange Solid T-shirt Dress",
        category="Dresses",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: woman in a white off-shoulder (bardot) midi dress with a red rose print, short sleeves, white sandals,
    # white backdrop. Adapter: caption, open answers; reference: closed.
    case(
        "X907-036",
        caption("The lady wears a short-sleeve dress with floral patterns. The dress is of three-quarter length."),
        col("red", "contradiction"),
        pat("floral"),
        describe("dress", "The dress is off the shoulder with red roses on white."),
        details("dress", "off shoulder"),
        wearing(
            "The lady wears a white dress with red flowers. The lady wears a white dress with red flowers. The "
            "lady wears a white dress with",
            "loop",
            hit_limit=True,
        ),
        mat("The dress is with chiffon fabric.", "unsupported"),
        title="Tokyo Talkies Women White Floral Print Bardot Midi Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: girl in a purple knitted long-sleeve sweater dress, black leggings, grey knit beanie, white backdrop.
    # Adapter: caption, open answers; reference: closed.
    case(
        "X907-037",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and long leggings. The sweater is with "
            "knitted fabric. The lady wears a hat."
        ),
        col("purple"),
        color_of("dress", "The dress is black.", "other_garment_color", kind="open"),
        mat("The dress is with knitted fabric."),
        is_a("dress", "yes"),
        slv("long sleeves"),
        describe("dress", "The dress is black with long sleeves.", "other_garment_color"),
        title="Mothercare Girls Purple Knitted Sweater Dress",
        category="Dresses",
        color="Purple",
        gender="Girls",
    ),
    # photo: woman in a yellow sundress with a white floral print, spaghetti straps, above the knee, brown sandals,
    # holding a wicker basket, white backdrop. Adapter: caption, open answers; reference: closed.
    case(
        "X907-038",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is of medium short length. The lady "
            "is holding a basket."
        ),
        col("yellow"),
        pat("floral"),
        color_of("dress", "The dress is brown.", "other_garment_color", kind="open"),
        details("dress", "thin straps"),
        wearing(
            "Question: What is the lady wearing? Answer: The lady wears a sleeveless dress with floral patterns.",
            "leak",
        ),
        title="Berrylush Women Yellow Floral Print A-Line Dress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: woman in a teal culotte jumpsuit with a white leaf print, short sleeves, V-neck, self-fabric belt,
    # white backdrop. Adapter: caption, open answers; reference: closed.
    case(
        "X907-039",
        caption("The lady wears a short-sleeve jumpsuit with graphic patterns. It has a v-shape neckline."),
        col("blue"),
        pat("printed"),
        details(
            "jumpsuit",
            "The jumpsuit has a self-tie belt, short sleeves and a v-neck with a v-neck with a v-neck "
            "with a v-neck with a",
            "loop",
            hit_limit=True,
        ),
        mat("The jumpsuit is with chiffon fabric.", "unsupported"),
        wearing("The lady wears a jumpsuit."),
        color_of("jumpsuit", "The jumpsuit is white.", "contradiction", kind="open"),
        title="AASK Women Teal Printed Culotte Jumpsuit",
        category="Jumpsuit",
        color="Teal",
        gender="Women",
    ),
    # photo: girl in an off-white floor-length gown, long sheer sleeves, pearl embellishments on the bodice, a silver
    # toy crown on her head, white backdrop. Adapter: caption, open answers; reference: closed.
    case(
        "X907-040",
        caption(
            "The lady wears a long-sleeve gown with pure color patterns. The gown is of long length. It has a "
            "round neckline. The lady wears a crown on her head. The gown has pearls on the bodice. The sleeves "
            "are sheer.",
            "cut",
            hit_limit=True,
        ),
        col("white"),
        slv("long sleeves"),
        describe("dress", "The dress is a beautiful dress.", "non_answer"),
        details("dress", "The dress has pearl embellishments on the bodice and sheer sleeves."),
        wearing("He is wearing a white gown and a crown.", "pronoun"),
        title="Toy Balloon Kids Girls Off White Embellished Maxi Gown",
        category="Dresses",
        color="Off White",
        gender="Girls",
    ),
    # photo: woman in a brown corduroy pinafore dress (buttons on the straps, a front pocket) over a cream long-sleeve
    # turtleneck, white backdrop. Adapter: caption, open answers; reference: closed.
    case(
        "X907-041",
        caption("The lady wears a long-sleeve sweater with pure color patterns and a brown pinafore dress."),
        col("white", "other_garment_color"),
        slv("long sleeves", "contradiction"),
        mat("The dress is made of corduroy."),
        is_a("dress", "yes"),
        describe("dress", "The dress is brown with buttons on the straps and a pocket on the front."),
        title="Mango Women Brown Corduroy Pinafore Dress",
        category="Dresses",
        color="Brown",
        gender="Women",
    ),
    # photo: woman in a pink sequinned one-shoulder bodycon dress, knee length, a slit on the left side, holding a
    # silver clutch, white backdrop. Adapter: caption, open answers; reference: closed.
    case(
        "X907-042",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is of knee length. It has a "
            "one-shoulder neckline. The lady is holding a clutch."
        ),
        col("silver", "other_garment_color"),
        describe("dress", "The dress is pink and covered with sequins."),
        pat("solid"),
        details(
            "dress",
            "The dress has one shoulder, sequins and a slit on the left side, a slit on the left side, a "
            "slit on the left side, a",
            "loop",
            hit_limit=True,
        ),
        wearing("Answer: The lady wears a pink dress.", "leak"),
        title="Athena Women Pink Embellished Bodycon Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: girl in an orange cotton short-sleeve frock with a white rabbit applique on the front, holding a blue
    # balloon, white backdrop. Adapter: caption, open answers; reference: closed.
    case(
        "X907-043",
        caption("The lady wears a short-sleeve dress with graphic patterns. She is holding a blue balloon."),
        col("orange"),
        color_of("dress", "The dress is blue.", "contradiction", kind="open"),
        details("dress", "The dress has a rabbit on the front."),
        wearing("The girl is wearing", "cut"),
        is_a("dress", "yes"),
        mat("The dress is with denim fabric.", "unsupported"),
        title="Babyhug Girls Orange Applique A-Line Frock",
        category="Dresses",
        color="Orange",
        gender="Girls",
    ),
    # photo: woman in a black strappy jumpsuit with a pink floral print, elastic waist, long wide legs, white
    # sneakers, black sling bag, arms down over the hips (no pockets visible), white backdrop.
    # Adapter: caption, open answers; reference: closed.
    case(
        "X907-044",
        caption(
            "The lady wears a sleeveless jumpsuit with floral patterns. The jumpsuit is of long length. It has a "
            "suspenders neckline. The lady is carrying a bag. The lady wears sneakers. The lady wears sneakers. "
            "The lady wears",
            "loop",
            hit_limit=True,
        ),
        col("black"),
        pat("floral"),
        wearing("The lady wears a pink jumpsuit with black flowers.", "contradiction"),
        details("jumpsuit", "The jumpsuit has spaghetti straps, side pockets and an elastic waist.", "unsupported"),
        describe("jumpsuit", "jumpsuit", "non_answer"),
        gt("jumpsuit"),
        title="Besiva Women Black Floral Print Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a burgundy ribbed-knit long-sleeve bodycon midi dress under an open black leather jacket, black
    # boots, grey backdrop. Adapter: caption, open answers; reference: closed.
    case(
        "X907-045",
        caption(
            "The lady wears a long-sleeve leather jacket with pure color patterns and a long dress. The jacket is "
            "with leather fabric."
        ),
        col("black", "other_garment_color"),
        color_of("dress", "The dress is maroon.", kind="open"),
        mat("The dress is with leather fabric.", "unsupported"),
        wearing("The lady wears a maroon dress and a black jacket."),
        slv("long sleeves"),
        details("dress", "The dress has a zip on the front and a belt.", "unsupported"),
        title="Forever New Women Burgundy Ribbed Bodycon Dress",
        category="Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: girl in a green-and-white tie-dye short-sleeve T-shirt dress, round neck, above the knee, white
    # sneakers, white backdrop. Adapter: caption, open answers; reference: closed. No color column.
    case(
        "X907-046",
        caption("The lady wears a short-sleeve dress with other patterns. The dress is of medium short length."),
        col("green"),
        pat("printed"),
        describe("dress", "The dress is green and white tie-dye with a round neck."),
        details("dress", "What are the dress details?", "restated"),
        wearing("She wears a green and white dress, white sneakers and a", "cut"),
        title="YK Girls Green & White Tie-Dye T-shirt Dress",
        category="Dresses",
        gender="Girls",
    ),
]
