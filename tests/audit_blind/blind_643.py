"""BLIND_643 (46 products; kids' dresses and dungarees over tops, caption+QA): written blind in the fifty-third session.
Measured blind at 02e5620 (the session's thirteenth rules): 101/133 failures found (75.9%) and 7/186 correct texts
flagged (3.8%). The writer's notes, verbatim:

Scenario: a Myntra-like kids' feed, Girls and infant/toddler rows: dresses, frocks, pinafores, rompers, onesies and
dungarees, most worn by a child over a t-shirt, shirt or top, a few laid flat. Mostly white studio backdrops, some
grey, pale blue, pastel pink or a painted grass mat; props (teddy, balloon, stool, crate, watering can, Christmas
tree). Some rows lack the category, the gender or the color column. Two rows are "Clothing Set" (dungarees sold
with their t-shirt).

Who wrote what: the job captions first, then answers the open questions with the extractive QA model
(timpal0l/mdeberta-v3-base-squad2) over the caption, so an open answer is a span of the caption or empty (the squad2
null answer). Two caption shards: most rows were captioned by the untuned BLIP-2 OPT-2.7b (short, natural captions
that stop, colors often confused between the dress and the top under it, backdrops and props named, now and then
an invented hat or sky); the rest by the epoch-3 caption adapter (Data2_V2_Blip2_Finetune_Caption) or, in two rows,
the epoch-1 adapter: DeepFashion template sentences ("The lady wears ... with pure color patterns. The ... is with
cotton fabric"), no hue names, no end token, so they run to the 50-token limit and are cut or loop. Where the QA
model's span scored under its null threshold, enrich fell back to free generation with the VQA adapter
(Data3_V3_BLIP2_VQA) on the `Question: ... Answer:` prompt; those fallbacks are the texts that leak the prompt
format, loop to the 30-token limit, echo the question, answer "yes"/"no", invent trims, buttons and fabrics, and
get the pronoun wrong. Each row's comment says which texts came from the fallback. Closed answers (garment type,
color, pattern, sleeve length, "Is this a ...?") are the reference engine's pick among candidate values.

Labeling conventions and judgement calls:
- A text is judged against the photo; the seller's columns only help (a "Mauve" dress that looks dusty pink may be
  called pink; cream may be called white; teal may be called blue; maroon may be called red).
- "The garment" and "the color of the garment" mean the labelled product: the dress, romper or dungarees, not the
  t-shirt or top under it (or the shoes). For the two Clothing Set rows the main piece (the dungarees) is the
  product. The top's (or the shoes') color given for the product is other_garment_color; the top's sleeves or
  stripes given as the product's sleeve length or pattern are contradiction.
- A color taken from a backdrop, a blanket, a prop or an appliqué (not another garment) is contradiction.
- The wrong garment kind (a dress called a shirt, a romper called a dress, a dress called a sweater or a kurta) is
  contradiction; romper/onesie/playsuit and dungarees/overalls/pinafore are treated as synonyms.
- Material: correct when the title names it or the photo plainly shows it (denim, corduroy, velvet, lace, crochet,
  knit); otherwise a fabric claim is unsupported; a fabric the title contradicts is contradiction.
- The template's "The lady wears" for a girl is not a failure (the pronoun is right); "boy", "he" or "his" for a
  girl is pronoun, also in a row without a gender column when the photo plainly shows a girl. "He"/"his" for the
  toddler boy in a Unisex row is correct. No pronoun is judged for a baby whose sex the photo does not show.
- non_answer: the empty squad2 answer, "yes"/"no" to an open question, a bare garment word ("romper") to
  "Describe ...", or the template's pattern ("pure color patterns", "lattice patterns") given as the color.
  restated: the question's words echoed back ("the dungarees details", "the romper is a romper").
- An extracted span cut off because the caption was cut is labelled cut with hit_limit False (the QA answer itself
  did not hit a limit); a span carrying the caption's loop is loop.
- One adapter caption hit the 50-token limit exactly at a full stop with every claim true: hit_limit=True, no
  failure. One label per text: a fallback that loops while repeating an invented detail is loop; a leak is leak even
  when what precedes it is right.
- An extracted span that runs past the garment ("... holding a watering can") but says nothing false is correct; an
  answer true but incomplete (only the top, or only "a white dress") is correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, wearing

BLIND_643 = [
    # photo: girl (about 5) in a pink sleeveless A-line dress over a white short-sleeve t-shirt, white sneakers, white
    # studio backdrop, front view. Base caption; wearing/describe by QA; details by the VQA fallback; closed by
    # reference.
    case(
        "X643-001",
        caption("a little girl wearing a pink dress and a white t-shirt"),
        wearing("a pink dress and a white t-shirt", who="the girl"),
        color_of("dress", "pink"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves", "contradiction"),
        describe("dress", "a pink dress"),
        details("dress", "the dress has two pockets on the front", "unsupported"),
        title="YK Girls Pink Solid A-Line Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: girl in a navy blue denim dungaree dress (knee length, brass buttons) over a yellow-and-white striped
    # short-sleeve t-shirt, white backdrop, front view. Epoch-3 caption adapter (cut at 50 tokens); open answers by QA
    # except details (VQA fallback).
    case(
        "X643-002",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a dungarees with denim fabric and pure color patterns. It has a",
            "cut",
            hit_limit=True,
        ),
        wearing("a dungarees with denim fabric and pure color patterns", who="the girl"),
        material("denim fabric"),
        color_of("dungarees", "pure color patterns", "non_answer", kind="open"),
        Q.color("navy blue"),
        is_a("romper", "no"),
        Q.pattern("striped", "contradiction"),
        details("dungarees", "the dungarees details are", "restated"),
        title="Nauti Nati Girls Navy Blue Denim Dungaree Dress",
        category="Dungarees",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: flat lay, no child: a yellow short-sleeve infant romper printed with small white ducks, white Peter Pan
    # collar, on a white surface. Base caption; describe/details/material by QA (material: squad2 null answer);
    # closed by reference.
    case(
        "X643-003",
        caption("a yellow baby romper with white ducks on it"),
        Q.garment_type("romper"),
        describe("romper", "a yellow baby romper with white ducks on it"),
        details("romper", "white ducks"),
        material("", "non_answer"),
        Q.color("yellow"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Babyhug Infant Yellow Duck Print Romper",
        category="Rompers",
        color="Yellow",
    ),
    # photo: girl in a red (slightly maroon) corduroy pinafore frock over a cream long-sleeve ribbed top, white tights,
    # light grey studio backdrop, front view. Base caption; wearing and the open color by QA; closed by reference.
    case(
        "X643-004",
        caption("a little girl in a red dress and white shirt standing in front of a gray wall"),
        wearing("a red dress and white shirt", who="the girl"),
        color_of("dress", "gray", "contradiction", kind="open"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.pattern("solid"),
        Q.garment_type("dress"),
        title="Hopscotch Girls Red Corduroy Pinafore Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: girl holding a plush bunny, in pink cotton dungaree shorts over a white t-shirt with a rainbow print,
    # white backdrop. Epoch-3 caption adapter (loops to the limit); wearing/describe/material by QA; closed by
    # reference.
    case(
        "X643-005",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. The lady "
            "wears a shorts. The shorts are with cotton fabric. The shorts are with cotton fabric. The shorts are with "
            "cotton fabric. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns", who="the girl"),
        describe(
            "dungarees",
            "The shorts are with cotton fabric. The shorts are with cotton fabric. The shorts are with cotton fabric",
            "loop",
        ),
        Q.garment_type("dungarees"),
        Q.color("white", "other_garment_color"),
        material("cotton fabric"),
        title="Cherry Crumble Girls Pink Cotton Dungaree Shorts",
        color="Pink",
        gender="Girls",
    ),
    # photo: toddler girl in a lavender tulle party frock (sequinned bodice, flutter sleeves), white shoes, holding a
    # small gift box, pastel pink backdrop. Base caption; wearing, details, describe by the VQA fallback; closed by
    # reference.
    case(
        "X643-006",
        caption("a little girl in a purple dress holding a present"),
        wearing("he is wearing a purple dress", "pronoun", who="the girl"),
        details("frock", "the frock has a bow at the back and a zipper", "unsupported"),
        Q.color("purple"),
        Q.sleeve_length("short sleeves"),
        describe(
            "frock",
            "a purple dress with a sparkly top and a tulle skirt and a pair of white shoes and a",
            "cut",
            hit_limit=True,
        ),
        title="Toothless Girls Lavender Tulle Fit and Flare Party Dress",
        category="Dresses",
        color="Lavender",
        gender="Girls",
    ),
    # photo: toddler boy in olive green cotton dungarees (full length) over a white long-sleeve t-shirt with navy
    # stripes, white backdrop. Clothing Set row. Base caption; wearing by QA; describe, material, open color by the VQA
    # fallback.
    case(
        "X643-007",
        caption("a little boy wearing green overalls and a striped shirt"),
        wearing("green overalls and a striped shirt", who="the child"),
        color_of("dungarees", "green"),
        Q.color("white", "other_garment_color"),
        describe("dungarees", "he is wearing green overalls with a striped shirt underneath"),
        Q.pattern("striped", "contradiction"),
        material("cotton"),
        color_of("overalls", "white", "other_garment_color", kind="open"),
        title="Mothercare Kids Olive Green Cotton Dungarees with Striped T-shirt",
        category="Clothing Set",
        color="Olive",
        gender="Unisex",
    ),
    # photo: girl in a teal blue cotton frock printed with white and pink flowers, short sleeves, ruffled hem, no
    # collar, standing beside a wooden stool, white backdrop. Base caption; wearing by QA; describe and material by
    # the VQA fallback; closed by reference.
    case(
        "X643-008",
        caption("a little girl in a blue floral dress standing next to a wooden stool"),
        wearing("a blue floral dress", who="the girl"),
        Q.pattern("floral"),
        Q.color("blue"),
        describe("dress", "a blue dress with white flowers and a ruffled hem and a white lace collar", "unsupported"),
        material("cotton Question: What is the color of the dress? Answer: blue", "leak"),
        title="Peppermint Girls Teal Blue Floral Print Cotton A-Line Dress",
        category="Dresses",
        color="Teal",
        gender="Girls",
    ),
    # photo: baby girl seated on a white rug in a mustard ribbed knit romper with short sleeves and snap buttons, white
    # headband, no collar, white backdrop. Base caption; wearing by QA; details (leaks) and describe by the VQA
    # fallback; closed by reference.
    case(
        "X643-009",
        caption("a baby girl in a yellow romper sitting on a white rug"),
        wearing("a yellow romper", who="the baby"),
        Q.color("mustard"),
        is_a("romper", "yes"),
        details(
            "romper",
            "the romper has buttons on the front Question: What is the color of the romper? Answer: yellow",
            "leak",
        ),
        Q.sleeve_length("short sleeves"),
        describe("romper", "a yellow romper with a white collar and white buttons", "unsupported"),
        title="Mini Klub Infant Girls Mustard Ribbed Romper",
        category="Rompers",
        color="Mustard",
    ),
    # photo: girl in a red-and-navy tartan checked pinafore dress over a white puff-sleeve blouse, navy hair bow, white
    # backdrop. Epoch-3 caption adapter (cut); wearing/describe/open color by QA; details by the VQA fallback.
    case(
        "X643-010",
        caption(
            "The lady wears a short-sleeve shirt with solid color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a dress with lattice patterns. The dress is of knee length. The dress "
            "is with cotton",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with solid color patterns", who="the girl"),
        describe("dress", "a dress with lattice patterns"),
        color_of("dress", "lattice patterns", "non_answer", kind="open"),
        Q.pattern("checked"),
        Q.color("white", "other_garment_color"),
        details("dress", "the dress has a lace trim at the hem", "unsupported"),
        title="Cherry Crumble Girls Red & Navy Checked Pinafore Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: girl (about 7) in a light blue chambray denim playsuit (short sleeves with rolled cuffs, collar, buttons
    # down the front), white sneakers, no hat, white backdrop, three-quarter view. Base caption; wearing and material
    # by QA; details by the VQA fallback (cut at 30 tokens); closed by reference.
    case(
        "X643-011",
        caption("a young girl wearing a blue denim romper and white sneakers and a straw hat", "unsupported"),
        wearing("a blue denim romper and white sneakers", who="the girl"),
        material("denim"),
        Q.color("white", "other_garment_color"),
        details(
            "romper",
            "the romper has a collar and buttons down the front and short sleeves with rolled cuffs and the shorts are",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("romper"),
        title="StyleStone Kids Girls Light Blue Chambray Denim Playsuit",
        color="Blue",
    ),
    # photo: girl holding a straw hat, in a peach smocked frock with a white lace collar, short puff sleeves, nothing
    # under it, white backdrop. Base caption; describe by QA; wearing and material by the VQA fallback.
    case(
        "X643-012",
        caption("a little girl in a pink dress with a white collar holding a straw hat"),
        wearing("he is wearing a pink dress with a white collar", "pronoun", who="she"),
        Q.color("peach"),
        Q.pattern("solid"),
        describe("dress", "a pink dress with a white collar"),
        material("silk", "unsupported"),
        is_a("skirt", "no"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="A Little Fable Girls Peach Smocked Dress with Lace Collar",
        category="Dresses",
        color="Peach",
        gender="Girls",
    ),
    # photo: toddler girl with pigtails in grey melange knit dungarees (full length, heart-shaped bib pocket) over a
    # pink long-sleeve t-shirt, white backdrop. Base caption (calls her a boy); open color by QA; details by the VQA
    # fallback; closed by reference.
    case(
        "X643-013",
        caption("a little boy in gray overalls and a pink shirt", "pronoun"),
        color_of("dungarees", "pink", "other_garment_color", kind="open"),
        Q.color("grey"),
        details("dungarees", "a heart on the pocket"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Budding Bees Girls Grey Melange Dungarees with Heart Pocket",
        category="Dungarees",
        color="Grey Melange",
        gender="Girls",
    ),
    # photo: girl holding a pink balloon, in a white broderie cotton frock with short puff sleeves, white backdrop.
    # Base caption; wearing by QA; material, describe (leaks), details (loops) by the VQA fallback; closed by reference.
    case(
        "X643-014",
        caption("a little girl in a white dress holding a pink balloon"),
        wearing("a white dress", who="the girl"),
        Q.color("pink", "contradiction"),
        material("cotton"),
        describe(
            "dress", "a white dress with a pink balloon Question: Describe the dress. Answer: a white dress", "leak"
        ),
        details(
            "dress",
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            hit_limit=True,
        ),
        title="Marks & Spencer Girls White Broderie Cotton Dress",
        category="Dresses",
        color="White",
        gender="Girls",
    ),
    # photo: seated toddler in a white cotton sleeveless romper printed with small yellow lemons, frilled shoulder
    # straps, over a red short-sleeve t-shirt, holding a wooden toy, white backdrop. Epoch-3 caption adapter, which hit
    # the 50-token limit right at a full stop; wearing, material, details (null answer) by QA; closed by reference.
    case(
        "X643-015",
        caption(
            "The lady wears a sleeveless romper with graphic patterns. The romper is with cotton fabric and it has a "
            "suspenders neckline. The lady wears a short-sleeve T-shirt with pure color patterns. Its neckline is "
            "round.",
            hit_limit=True,
        ),
        wearing("a sleeveless romper with graphic patterns", who="the child"),
        Q.color("red", "other_garment_color"),
        Q.pattern("printed"),
        is_a("romper", "yes"),
        material("cotton fabric"),
        details("romper", "", "non_answer"),
        title="Mothercare Infant White Lemon Print Cotton Romper",
        category="Rompers",
        color="White",
    ),
    # photo: girl leaning on a white-painted wooden crate, in light-wash blue denim dungarees (full length) over a
    # mustard yellow t-shirt, white backdrop. Base caption; material by QA; wearing and details by the VQA fallback.
    case(
        "X643-016",
        caption("a little girl in a denim jumpsuit and yellow shirt leaning on a white box"),
        wearing("a yellow shirt and a yellow skirt", "other_garment_color", who="the girl"),
        color_of("dungarees", "blue"),
        material("denim"),
        details("dungarees", "the dungarees details", "restated"),
        Q.sleeve_length("sleeveless"),
        Q.color("yellow", "other_garment_color"),
        title="Gini and Jony Girls Blue Washed Denim Dungarees",
        category="Dungarees",
        color="Blue",
        gender="Girls",
    ),
    # photo: girl in an emerald green velvet party dress with long sleeves and a white Peter Pan collar, no buttons,
    # white backdrop. Base caption; material by QA; describe, wearing by the VQA fallback; closed by reference.
    case(
        "X643-017",
        caption("a little girl in a green velvet dress with a white collar"),
        material("velvet"),
        Q.sleeve_length("long sleeves"),
        Q.color("black", "contradiction"),
        is_a("dress", "yes"),
        describe("dress", "a green dress with a white collar and gold buttons down the front", "unsupported"),
        wearing(
            "she is wearing a green velvet dress with a white collar and long sleeves and a pair of",
            "cut",
            who="she",
            hit_limit=True,
        ),
        title="Hopscotch Girls Green Velvet Dress with Peter Pan Collar",
        category="Dresses",
        color="Green",
        gender="Girls",
    ),
    # photo: girl in a pink-and-white vertical stripe seersucker romper with ruffled shorts hems, nothing under it,
    # plain pale blue studio backdrop (no sky). Base caption; wearing/describe/material by QA; details by the VQA
    # fallback.
    case(
        "X643-018",
        caption("a little girl in a pink and white striped romper standing in front of a blue sky", "unsupported"),
        wearing("a pink and white striped romper", who="the girl"),
        Q.pattern("striped"),
        Q.color("pink"),
        material("", "non_answer"),
        details(
            "romper",
            "the romper has a ruffle at the bottom of the romper, a ruffle at the bottom of the romper, a ruffle at "
            "the",
            "loop",
            hit_limit=True,
        ),
        describe("romper", "pink and white striped"),
        title="H&M Kids Girls Pink Striped Seersucker Romper",
        color="Pink",
        gender="Girls",
    ),
    # photo: girl in a navy blue sailor-style dress with white collar trim, short sleeves and a red bow, white
    # backdrop. Base caption (reads navy as black); wearing by QA; material and describe by the VQA fallback.
    case(
        "X643-019",
        caption("a little girl in a black dress with a red bow", "contradiction"),
        wearing("a black dress with a red bow", "contradiction", who="the girl"),
        Q.color("navy blue"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("short sleeves"),
        material("cotton", "unsupported"),
        describe(
            "dress",
            "a navy blue dress with a red bow Question: Describe the dress. Answer: a navy blue dress with a red bow "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        title="U.S. Polo Assn. Kids Girls Navy Blue Sailor Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: baby seated on a white blanket holding a wooden rattle, in a sea green knitted romper with a white collar,
    # white backdrop. Epoch-1 caption adapter (natural start, template after, cut); wearing/material/details by QA;
    # describe by the VQA fallback (leaks).
    case(
        "X643-020",
        caption(
            "a baby in a green romper sitting on a white blanket. The romper is with knitting fabric and pure color "
            "patterns. It has a lapel neckline. The baby wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a green romper", who="the baby"),
        material("knitting fabric"),
        Q.color("green"),
        Q.pattern("solid"),
        details("romper", "", "non_answer"),
        describe("romper", "a green romper Question: Is this a romper? Answer: yes", "leak"),
        title="Mini Klub Infant Sea Green Knitted Romper with Collar",
        category="Rompers",
        color="Sea Green",
    ),
    # photo: girl holding a small green watering can, in a yellow cotton sundress with a white daisy print over a
    # white short-sleeve t-shirt, white backdrop. Base caption; wearing/describe/open color by QA; material by the VQA
    # fallback; closed by reference.
    case(
        "X643-021",
        caption("a little girl wearing a yellow dress with white flowers holding a watering can"),
        wearing("a yellow dress with white flowers holding a watering can", who="the girl"),
        describe("dress", "a yellow dress with white flowers"),
        color_of("dress", "yellow", kind="open"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves", "contradiction"),
        material("polyester", "contradiction"),
        title="Peppermint Girls Yellow Floral Print Cotton Sundress",
        category="Dresses",
        color="Yellow",
        gender="Girls",
    ),
    # photo: girl in a black cotton twill dungaree skirt (pinafore, above knee) over a white t-shirt with small black
    # polka dots, white backdrop. Clothing Set row. Epoch-3 caption adapter (loops); wearing/describe by QA.
    case(
        "X643-022",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. Her skirt is of short length. Her skirt is of short length. Her skirt is of short "
            "length. Her",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns", who="the girl"),
        Q.garment_type("skirt"),
        Q.color("black"),
        Q.pattern("polka dot", "contradiction"),
        describe("dungaree skirt", "Her skirt is of short length. Her skirt is of short length", "loop"),
        color_of("dungaree skirt", "white", "other_garment_color"),
        title="Tiny Girl Girls Black Dungaree Skirt with Polka Dot T-shirt",
        category="Clothing Set",
        color="Black",
        gender="Girls",
    ),
    # photo: girl in a multicolored rainbow-striped knit sweater dress with long sleeves, white tights, white backdrop.
    # Base caption; describe by QA; material and details by the VQA fallback; closed by reference.
    case(
        "X643-023",
        caption("a little girl in a colorful striped sweater dress"),
        Q.color("multicolor"),
        Q.pattern("striped"),
        Q.garment_type("sweater", "contradiction"),
        describe("dress", "colorful striped sweater dress"),
        material("wool", "unsupported"),
        Q.sleeve_length("long sleeves"),
        details(
            "dress",
            "the dress has stripes of red, orange, yellow, green, blue and purple and a round neck and long sleeves "
            "and a pair of",
            "cut",
            hit_limit=True,
        ),
        title="Hopscotch Girls Multicoloured Striped Sweater Dress",
        category="Dresses",
        color="Multi",
        gender="Girls",
    ),
    # photo: baby girl seated next to a brown teddy bear, in a red romper with white polka dots, puff short sleeves and
    # a white bib collar, white backdrop. Base caption (calls it a dress); wearing, describe, material by the VQA
    # fallback.
    case(
        "X643-024",
        caption("a baby girl in a red and white polka dot dress sitting next to a teddy bear", "contradiction"),
        wearing("a red romper with white polka dots", who="the baby"),
        Q.pattern("polka dot"),
        Q.color("red"),
        is_a("dress", "yes", "contradiction"),
        describe("romper", "the romper is a romper", "restated"),
        material("cotton", "unsupported"),
        title="Babyhug Infant Girls Red Polka Dot Romper with Collar",
        category="Rompers",
        color="Red",
        gender="Girls",
    ),
    # photo: girl wearing gold bangles, in a maroon flared ethnic frock with a gold-printed yoke and a gold zari border
    # at the hem, short sleeves, white backdrop. Base caption; describe by QA; wearing and details by the VQA fallback.
    case(
        "X643-025",
        caption("a little girl in a red and gold dress"),
        Q.color("maroon"),
        Q.pattern("printed"),
        describe("dress", "a red and gold dress"),
        details(
            "dress",
            "the dress has gold embroidery on the neck and sleeves and sequins all over the skirt",
            "unsupported",
        ),
        wearing("she is wearing a red dress", who="she"),
        is_a("kurta", "yes", "contradiction"),
        title="Bitiya by Bhama Girls Maroon & Gold Ethnic Motifs Anarkali Dress",
        category="Dresses",
        color="Maroon",
        gender="Girls",
    ),
    # photo: girl holding a small brown teddy, in a tan brown pinafore dungaree dress (plain woven fabric, not denim)
    # over a black-and-white striped long-sleeve t-shirt, light grey backdrop. Base caption; wearing and open color by
    # QA; material by the VQA fallback; closed by reference. No category and no color column.
    case(
        "X643-026",
        caption("a little girl wearing a black and white striped shirt and a brown overall dress"),
        wearing("a black and white striped shirt and a brown overall dress", who="the girl"),
        color_of("dungaree dress", "black and white", "other_garment_color", kind="open"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.pattern("solid"),
        Q.garment_type("dress"),
        material("denim", "unsupported"),
        Q.color("black", "other_garment_color"),
        title="Naughty Ninos Girls Tan Brown Pinafore Dungaree Dress",
        gender="Girls",
    ),
    # photo: girl in a light blue denim shirt dress with long sleeves, chest flap pockets and a self belt, nothing under
    # it, white backdrop. Base caption; material by QA; details and wearing by the VQA fallback.
    case(
        "X643-027",
        caption("a little girl in a denim shirt dress"),
        Q.garment_type("shirt", "contradiction"),
        material("denim"),
        Q.color("blue"),
        Q.sleeve_length("long sleeves"),
        details("dress", "yes", "non_answer"),
        wearing("he is wearing a blue denim shirt dress with a belt", "pronoun", who="she"),
        title="Allen Solly Junior Girls Blue Denim Shirt Dress with Belt",
        category="Dresses",
        color="Blue",
        gender="Girls",
    ),
    # photo: toddler boy holding a toy truck, in a grey melange sleeveless romper with a green dinosaur print and navy
    # trims at the arms and neck, white backdrop. Base caption; wearing by QA; details by the VQA fallback.
    case(
        "X643-028",
        caption("a little boy in a gray romper with dinosaurs on it"),
        wearing("a gray romper with dinosaurs on it", who="the child"),
        Q.color("grey"),
        details("romper", "his romper has a dinosaur print and blue trim on the arms and neck"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless"),
        title="Kids Ville Unisex Kids Grey Melange Dinosaur Print Romper",
        category="Rompers",
        color="Grey Melange",
        gender="Unisex",
    ),
    # photo: girl in a black sleeveless pinafore dress with one silver sequin star on the bib, no pockets, over a pink
    # long-sleeve t-shirt, white backdrop. Base caption; describe and open color by QA; wearing and details by the VQA
    # fallback (wearing leaks).
    case(
        "X643-029",
        caption("a little girl wearing a black dress with a star on it and a pink shirt"),
        color_of("dress", "pink", "other_garment_color", kind="open"),
        Q.color("black"),
        describe("dress", "a black dress with a star on it"),
        wearing("Question: What is she wearing? Answer: a black dress with a pink shirt", "leak", who="she"),
        details("dress", "the dress has a silver star on the front and a pocket on the side", "unsupported"),
        title="Nauti Nati Girls Black Star Embellished Pinafore Dress",
        category="Dresses",
        color="Black",
        gender="Girls",
    ),
    # photo: girl (about 4) in an orange linen-blend frock with white flower embroidery at the yoke, short sleeves,
    # white backdrop. No gender column. Base caption; wearing/details by QA; material and describe by the VQA fallback.
    case(
        "X643-030",
        caption("a little girl in an orange dress with white embroidery"),
        wearing("an orange dress with white embroidery", who="the girl"),
        details("dress", "white embroidery"),
        material("linen"),
        Q.color("orange"),
        Q.pattern("striped", "contradiction"),
        describe("dress", "his dress is orange with white flowers", "pronoun"),
        is_a("shirt", "yes", "contradiction"),
        title="Bella Moda Girls Orange Embroidered Linen Blend Dress",
        category="Dresses",
        color="Orange",
    ),
    # photo: girl in red corduroy short dungarees over a white ribbed long-sleeve t-shirt, white socks, white backdrop.
    # No zipper, buttons at the sides. Epoch-3 caption adapter (cut); wearing/material/describe by QA; details by the
    # VQA fallback; closed by reference.
    case(
        "X643-031",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a shorts with corduroy fabric and pure color patterns. The shorts are "
            "of short length. The shorts",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve T-shirt with pure color patterns", who="the girl"),
        material("corduroy fabric"),
        Q.color("red"),
        color_of("dungarees", "white", "other_garment_color"),
        describe("dungarees", "a shorts with corduroy fabric and pure color patterns"),
        details("dungarees", "the dungarees have a zipper on the side and a pocket on the front", "unsupported"),
        title="Hopscotch Girls Red Corduroy Short Dungarees",
        category="Dungarees",
        color="Red",
        gender="Girls",
    ),
    # photo: girl holding a basket of flowers, in a long pink tiered dress with full sleeves and a small white floral
    # print, front view, white backdrop. Base caption; describe by QA; details and wearing by the VQA fallback.
    case(
        "X643-032",
        caption("a little girl in a long pink dress holding a basket of flowers"),
        Q.sleeve_length("long sleeves"),
        Q.pattern("floral"),
        describe("dress", "a long pink dress"),
        details("dress", "the dress has a floral print and a bow in the back", "unsupported"),
        wearing("a pink dress Question: What is the girl holding? Answer: a basket", "leak", who="the girl"),
        title="Cutecumber Girls Pink Floral Print Tiered Maxi Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: flat lay, no child: a white short-sleeve cotton infant romper with a blue embroidered sailboat, on a blue
    # painted wooden surface. No category, no gender. Base caption; describe by QA; material and details by the VQA
    # fallback; closed by reference.
    case(
        "X643-033",
        caption("a white baby onesie with a blue sailboat on a blue wooden table"),
        Q.garment_type("romper"),
        Q.color("blue", "contradiction"),
        describe("romper", "a white baby onesie with a blue sailboat"),
        material("cotton"),
        details("romper", "the details of the romper", "restated"),
        title="Mothercare Infant Boys White Sailboat Embroidered Cotton Romper",
        color="White",
    ),
    # photo: girl (about 6) with sunglasses pushed up on her head, in a sleeveless navy romper with a small pink and
    # white floral print, frilled shoulders and a tie belt, over a white short-sleeve t-shirt, white backdrop. Base
    # caption (gives the romper the t-shirt's white); wearing by QA; details, describe by the VQA fallback; closed by
    # reference.
    case(
        "X643-034",
        caption("a young girl wearing a white romper and sunglasses", "other_garment_color"),
        wearing("a white romper and sunglasses", "other_garment_color", who="the girl"),
        Q.color("navy blue"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        describe("romper", "romper", "non_answer"),
        details("romper", "the romper has a ruffle at the shoulders and a tie belt at the waist"),
        title="Hopscotch Girls Navy Blue Floral Print Romper",
        category="Rompers",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: girl in a purple-and-white striped short-sleeve t-shirt dress with a unicorn applique, nothing under it,
    # white backdrop. Base caption (calls it a shirt); describe by QA; wearing, details, material by the VQA fallback;
    # closed by reference.
    case(
        "X643-035",
        caption("a little girl wearing a purple and white striped shirt with a unicorn on it", "contradiction"),
        wearing("a purple and white striped dress with a unicorn", who="the girl"),
        Q.garment_type("dress"),
        Q.pattern("striped"),
        Q.color("purple"),
        details("dress", "no", "non_answer"),
        describe("dress", "a purple and white striped shirt", "contradiction"),
        material("cotton", "unsupported"),
        title="YK Girls Purple & White Striped Unicorn T-shirt Dress",
        category="Dresses",
        color="Purple",
        gender="Girls",
    ),
    # photo: toddler girl seated on a wooden chair, in beige linen dungarees with wooden buttons over a pale pink
    # long-sleeve top, white backdrop. No category column. Epoch-1 caption adapter (cut); wearing/open color/material
    # by QA; details by the VQA fallback (loops); closed by reference.
    case(
        "X643-036",
        caption(
            "a little girl in beige overalls sitting on a wooden chair. The overalls are with linen fabric and pure "
            "color patterns. The lady wears a long-sleeve shirt with pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("beige overalls", who="the girl"),
        color_of("overalls", "beige", kind="open"),
        material("linen fabric"),
        Q.color("pink", "other_garment_color"),
        Q.garment_type("dress", "contradiction"),
        details(
            "overalls",
            "the overalls have wooden buttons and a pocket on the front and a pocket on the front and a pocket on the "
            "front and a",
            "loop",
            hit_limit=True,
        ),
        title="Cherry Crumble Girls Beige Linen Dungarees",
        color="Beige",
        gender="Girls",
    ),
    # photo: girl in silver shoes, in a dusty mauve-pink sleeveless lace party dress with a satin bow at the waist,
    # white backdrop. Base caption; material by QA; details, describe, wearing by the VQA fallback; closed by reference.
    case(
        "X643-037",
        caption("a little girl in a pink lace dress and silver shoes"),
        material("lace"),
        Q.color("pink"),
        Q.sleeve_length("sleeveless"),
        details("dress", "the dress has a bow at the waist"),
        describe("dress", "the dress", "restated"),
        wearing("he is wearing a pink dress", "pronoun", who="she"),
        title="Pink Chick Girls Mauve Lace Fit and Flare Dress",
        category="Dresses",
        color="Mauve",
        gender="Girls",
    ),
    # photo: girl in a green-and-white gingham frock with a self-fabric shirt collar, front buttons and short sleeves,
    # standing on an artificial grass mat before a white backdrop. Base caption; wearing by QA; describe by the VQA
    # fallback (loops); closed by reference.
    case(
        "X643-038",
        caption("a little girl in a green and white checkered dress standing on grass"),
        wearing("a green and white checkered dress", who="the girl"),
        Q.pattern("checked"),
        Q.color("green"),
        Q.sleeve_length("sleeveless", "contradiction"),
        describe(
            "dress",
            "a green and white checkered dress with a collar and buttons, a collar and buttons, a collar and buttons, "
            "a collar and",
            "loop",
            hit_limit=True,
        ),
        title="Gini and Jony Girls Green Gingham Checked Shirt Dress",
        category="Dresses",
        color="Green",
        gender="Girls",
    ),
    # photo: toddler girl with pigtails in navy cotton dungarees with a rainbow embroidered on the bib, over a yellow
    # long-sleeve t-shirt, white backdrop. No gender column. Base caption; open color/details by QA; wearing by the
    # VQA fallback, and describe; closed by reference.
    case(
        "X643-039",
        caption("a little girl in blue overalls with a rainbow on the front and a yellow shirt"),
        color_of("overalls", "yellow", "other_garment_color", kind="open"),
        Q.garment_type("dungarees"),
        details("overalls", "a rainbow on the front"),
        wearing("the child is wearing", "restated", who="the child"),
        Q.color("navy blue"),
        describe("overalls", "a yellow overalls with a rainbow", "other_garment_color"),
        title="Nauti Nati Girls Navy Blue Rainbow Embroidered Cotton Dungarees",
        category="Dungarees",
        color="Navy Blue",
    ),
    # photo: girl standing next to a small decorated Christmas tree, in a red velvet frock with white faux-fur trim at
    # the cuffs and hem, long sleeves, white tights, no hat, white backdrop. Base caption; material, details and
    # wearing by the VQA fallback; closed by reference.
    case(
        "X643-040",
        caption("a little girl in a red dress standing next to a christmas tree"),
        material("velvet"),
        details("dress", "the dress has white fur on the sleeves and hem"),
        Q.sleeve_length("long sleeves"),
        Q.color("green", "contradiction"),
        wearing("she is wearing a santa claus costume with a hat", "unsupported", who="she"),
        describe(
            "dress",
            "a red dress with white fur, a red dress with white fur, a red dress with white fur, a red dress",
            "loop",
            hit_limit=True,
        ),
        title="Marks & Spencer Girls Red Velvet Faux Fur Trim Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: girl in a straw sunhat, in a yellow-and-white gingham sleeveless romper with ruffled straps, nothing under
    # it, no bow, white backdrop. Epoch-3 caption adapter (loops on the hat); wearing by QA; details by the VQA
    # fallback; closed by reference.
    case(
        "X643-041",
        caption(
            "The lady wears a sleeveless romper with lattice patterns. The romper is with cotton fabric. The lady "
            "wears a hat. There is an accessory on her head. The lady wears a hat. There is an accessory on her head. "
            "The lady",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless romper with lattice patterns", who="the girl"),
        Q.color("yellow"),
        Q.pattern("checked"),
        details("romper", "the romper has ruffles on the straps and a bow on the front", "unsupported"),
        title="Budding Bees Girls Yellow Gingham Checked Romper",
        category="Rompers",
        color="Yellow",
        gender="Girls",
    ),
    # photo: girl holding a red apple, in a blue denim pinafore dress (silver buttons on the straps, no visible pockets)
    # over a red-and-white striped long-sleeve t-shirt, white backdrop. Base caption; wearing/open color by QA;
    # describe by the VQA fallback; closed by reference.
    case(
        "X643-042",
        caption("a little girl in a red and white striped shirt and a blue denim dress holding an apple"),
        wearing("a red and white striped shirt and a blue denim dress", who="the girl"),
        Q.color("red", "other_garment_color"),
        color_of("dress", "blue", kind="open"),
        Q.pattern("striped", "contradiction"),
        describe(
            "dress", "a blue denim dress with two pockets on the front and silver buttons on the straps", "unsupported"
        ),
        Q.sleeve_length("sleeveless"),
        title="U.S. Polo Assn. Kids Girls Blue Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
        gender="Girls",
    ),
    # photo: girl in a cream crochet-lace overlay dress with short flutter sleeves over a cream lining, back not shown,
    # white backdrop. Base caption; material by QA; describe, wearing and details by the VQA fallback.
    case(
        "X643-043",
        caption("a little girl in a white crochet dress"),
        material("crochet"),
        Q.color("white"),
        describe("dress", "a white dress"),
        wearing("she is wearing a white dress", who="she"),
        details("dress", "the dress is made of silk and has a zipper at the back", "unsupported"),
        Q.garment_type("skirt", "contradiction"),
        title="A Little Fable Girls Cream Crochet Lace Dress",
        category="Dresses",
        color="Cream",
        gender="Girls",
    ),
    # photo: baby lying on a grey blanket in a pink long-sleeve footed romper (sleepsuit) with a white bunny print.
    # No gender column. Base caption; wearing/describe by QA; details (leaks), material by the VQA fallback; closed by
    # reference.
    case(
        "X643-044",
        caption("a baby in a pink onesie with white bunnies lying on a blanket"),
        wearing("a pink onesie with white bunnies", who="the baby"),
        Q.sleeve_length("long sleeves"),
        Q.color("grey", "contradiction"),
        Q.pattern("printed"),
        describe("romper", "a pink onesie"),
        details("onesie", "white bunnies Question: What is the color of the onesie? Answer: pink", "leak"),
        material("fleece", "unsupported"),
        title="Mini Klub Infant Pink Bunny Print Footed Sleepsuit Romper",
        category="Rompers",
        color="Pink",
    ),
    # photo: girl holding a multicolored beach ball, in a turquoise sleeveless cotton smock dress with a pom-pom hem,
    # over a white short-sleeve t-shirt, white backdrop. Base caption; wearing by QA; details, material and the open
    # color, describe by the VQA fallback; closed by reference.
    case(
        "X643-045",
        caption("a little girl in a blue dress holding a beach ball"),
        wearing("a blue dress", who="the girl"),
        Q.color("blue"),
        color_of("dress", "white", "other_garment_color"),
        details("dress", "the dress has pom poms on the bottom"),
        material("cotton"),
        color_of("smock dress", "the color of the dress", "restated", kind="open"),
        describe("dress", "he has a blue dress with pom poms", "pronoun"),
        title="Peppermint Girls Turquoise Blue Cotton Smock Dress with Pom-Pom Hem",
        category="Dresses",
        color="Turquoise Blue",
        gender="Girls",
    ),
    # photo: girl with her hands in the pockets of a pink denim dungaree dress embroidered with cherries, over a white
    # long-sleeve t-shirt with a frilled collar, white backdrop. Epoch-3 caption adapter (cut); wearing/material by QA;
    # describe and the open color by the VQA fallback; closed by reference.
    case(
        "X643-046",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a dress with denim fabric and graphic patterns. The dress is of short "
            "length. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a dress with denim fabric and graphic patterns", who="the girl"),
        Q.color("pink"),
        material("denim fabric"),
        Q.sleeve_length("long sleeves", "contradiction"),
        describe("dungarees", "he is wearing a pink denim dress with cherries", "pronoun"),
        color_of("dungarees", "white", "other_garment_color", kind="open"),
        title="Cherry Crumble Girls Pink Denim Cherry Embroidered Dungaree Dress",
        category="Dungarees",
        color="Pink",
        gender="Girls",
    ),
]
