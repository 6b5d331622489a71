"""BLIND_620 (46 products; Myntra kids' frocks, tops, tees, jeans, overalls): written blind in the fifty-second session.
Measured blind at 94ddb22 (the session's final rules): 98/130 failures found (75.4%) and 10/186 correct texts flagged
(5.4%). The writer's notes, verbatim:

Scenario: a Myntra kids' feed (Girls and Boys): frocks and party dresses, tops sold with shorts or skirts, t-shirts,
polos, shirts, jeans, shorts, skirts and dungarees. Catalog photos of a child standing on a white or light grey
backdrop, front view, nearly always wearing other clothes too (shorts or jeans under a t-shirt, a t-shirt under
dungarees, a cardigan or waistcoat over the product). The job captions every photo, answers the open questions
(what is the child wearing, describe, details, material, and sometimes an open color question) with the extractive
QA model over that caption, and answers the closed questions (garment type, color, pattern, sleeve length, "Is this
a ...?") with enrich's --engine reference, which picks one candidate value.

Who wrote what: the caption is written by one of three models, named in each product's photo comment. The epoch-3
caption adapter writes the DeepFashion-MultiModal template ("The girl wears a sleeveless dress with floral patterns.
The dress is with cotton fabric and its neckline is round."), with patterns in place of hues, "lady"/"gentleman"/
"person" for the child and "her" more often than "his"; trained without an end token, it always runs to the
50-token limit, so it is cut mid-sentence, loops on one template sentence, or runs on into a "Question: ... Answer:"
turn; now and then the limit falls on a full stop. The epoch-1 caption adapter starts like the base ("a girl
wearing a pink top and grey shorts") and then slides into the template, also to the limit. The untuned base writes
one short plain sentence with hue names and stops by itself; it invents props and accessories and, for a child
with long hair, says "her". Open answers are spans the extractive QA model (mdeberta-v3-base-squad2) takes from the
caption, so they inherit the caption's faults, take the other garment's phrase, or shrink to one word. Closed
answers never loop or stop short; their failures are a wrong value or the value of another garment in the photo.

Labeling conventions and judgement calls:
- hit_limit=True on every caption from either adapter (they never stop before 50 tokens) and on nothing else; a
  span taken from a cut or looping caption is labeled by what the span itself shows, without hit_limit.
- An adapter caption that runs to the limit but happens to end on a full stop is labeled by its content; with no
  other fault it is a correct text.
- One label per text, the most visible fault: a loop outranks a wrong detail inside it, a cut outranks any other
  fault earlier in the same caption (a wrong pronoun, an invented fabric), a leak outranks the cut that follows it;
  a span that carries such a fault on its own ("his shorts are ...", "silk fabric") gets that fault's label.
- other_garment_color: the color (open or closed) of another garment worn in the photo (shorts, jeans, cardigan,
  shoes, the t-shirt under dungarees) given for the product. A color question about a second garment answered with
  the product's own color ("orange" shorts under an orange t-shirt) is a contradiction (one color for two), and so
  is a plain wrong hue that no garment in the photo has.
- A pattern or sleeve length that belongs to the other garment (stripes of the t-shirt under solid dungarees, the
  cardigan's long sleeves over a short-sleeved frock) is labeled contradiction.
- Material answers: a fabric the title rules out or that belongs to another garment (the shorts' denim for a cotton
  top) is unsupported; "cotton fabric" for a title that says cotton, or a denim shirt answered "denim", is correct.
- Template quirks kept as correct: "pure color patterns" for a solid garment, "lattice" for checks, "lapel
  neckline" for a polo or shirt collar, "tank tank shirt", "three-point shorts", "knitting fabric" for a cardigan.
- Hue synonyms counted correct: purple for lavender, pink for peach, red for burgundy, blue for navy or teal, gray
  for grey melange, green for olive or sea green.
- non_answer: a single word or the garment's name back for an open question ("shorts", "gray", "a pair of jeans"),
  or a length that only repeats the garment ("is of short length" for the shorts' details). restated: a span that
  gives the question, or its opening words, back instead of an answer ("The T-shirt details are").
- leak: any span or caption carrying the "Question:"/"Answer:" turn, even when the words after "Answer:" are right.
- pronoun: "she"/"her" for a Boys product (or "he"/"his" for Girls); "lady" alone is not counted, "her" is.
- unsupported: a prop, accessory, trim or fabric not in the photo nor the title (a bouquet, a hat, a purse, an
  accessory on the wrist, rips in the jeans, silk for a cotton shirt).
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, wearing

BLIND_620 = [
    # photo: girl in a sleeveless pink fit-and-flare frock with small white and yellow flowers, white sandals, a
    # white beaded bracelet on her left wrist; white backdrop, front view. Caption: epoch-3 adapter, cut.
    case(
        "X620-001",
        caption(
            "The girl wears a sleeveless dress with floral patterns. The dress is with cotton fabric and its neckline"
            " is round. The dress is of knee length. There is an accessory on her wrist. She wears a pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with floral patterns", who="the girl"),
        describe("dress", "sleeveless dress with floral patterns. The dress is with cotton fabric"),
        Q.color("pink"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        material("cotton fabric"),
        title="Gini and Jony Girls Pink Floral Print Cotton Fit and Flare Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a navy blue polo t-shirt with white tipping on the collar, beige chino shorts, white sneakers;
    # white backdrop. Caption: epoch-3 adapter, limit fell on a full stop, "She" for the boy.
    case(
        "X620-002",
        caption(
            "The person wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and"
            " it has a lapel neckline. She wears a three-point shorts. The shorts are with cotton fabric.",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", who="the boy"),
        color_of("t-shirt", "beige", "other_garment_color"),
        Q.garment_type("t-shirt"),
        Q.pattern("solid"),
        details("t-shirt", "it has a lapel neckline"),
        material("cotton fabric"),
        title="U.S. Polo Assn. Kids Boys Navy Blue Solid Polo T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a yellow sleeveless top with a white "Hello Sunshine" print and mid-blue denim shorts, white
    # backdrop, front view. Caption: untuned base, stopped by itself.
    case(
        "X620-003",
        caption("a little girl wearing a yellow top and blue denim shorts"),
        wearing("a yellow top and blue denim shorts", who="she"),
        color_of("top", "yellow"),
        color_of("shorts", "yellow", "contradiction"),
        describe("top", "yellow", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("sleeveless"),
        title="612 League Girls Yellow & Blue Printed Top with Shorts",
        category="Clothing Set",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy in mid-blue washed slim jeans with whiskering, a grey melange round-neck t-shirt with a small red
    # print; white backdrop. Caption: epoch-1 adapter, cut.
    case(
        "X620-004",
        caption(
            "a boy wearing a grey t-shirt and blue jeans. The jeans are with denim fabric and solid color patterns."
            " The t-shirt is with cotton fabric and its neckline is round. The boy wears a pair of jeans. The jeans"
            " are with",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey t-shirt and blue jeans", who="the boy"),
        color_of("jeans", "grey", "other_garment_color"),
        details("jeans", "The jeans are with denim fabric and solid color patterns"),
        describe("jeans", "a pair of jeans", "non_answer"),
        Q.garment_type("jeans"),
        material("denim fabric"),
        title="Cherokee Kids Boys Blue Washed Slim Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a red velvet party dress, gold sequinned yoke, short puff sleeves, knee length, gold hairband,
    # gold ballerinas, empty hands; white backdrop. Caption: untuned base, invents a balloon.
    case(
        "X620-005",
        caption("a little girl in a red dress with gold sequins holding a red balloon", "unsupported"),
        wearing("a red dress with gold sequins", who="the girl"),
        Q.color("red"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.pattern("solid"),
        details("dress", "holding a red balloon", "unsupported"),
        is_a("dress", "yes"),
        title="Hopscotch Girls Red Velvet Party Dress with Sequin Detail",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: boy in a white half-sleeve shirt with navy checks, tucked into mid-blue jeans, brown belt; white
    # backdrop. Caption: epoch-3 adapter, loops on the fabric sentence.
    case(
        "X620-006",
        caption(
            "The gentleman wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric. The"
            " shirt is with cotton fabric. The shirt is with cotton fabric. The shirt is with cotton fabric. The"
            " shirt is with",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with lattice patterns", who="the boy"),
        Q.color("white"),
        Q.pattern("checked"),
        details("shirt", "The shirt is with cotton fabric. The shirt is with cotton fabric", "loop"),
        Q.sleeve_length("long", "contradiction"),
        material("cotton fabric"),
        title="Allen Solly Junior Boys White & Navy Checked Half Sleeve Casual Shirt",
        category="Shirts",
        color="White",
        gender="Boys",
    ),
    # photo: girl in peach corduroy dungarees (full length) over a white t-shirt with small peach polka dots, white
    # sneakers; white backdrop. Caption: untuned base ("pink" is the base's word for peach).
    case(
        "X620-007",
        caption("a little girl wearing a pink overalls and a white shirt"),
        wearing("a pink overalls and a white shirt", who="the girl"),
        color_of("dungarees", "white", "other_garment_color"),
        Q.garment_type("dungarees"),
        describe("dungarees", "pink overalls"),
        details("dungarees", "a white shirt", "other_garment_color"),
        Q.pattern("polka dot", "contradiction"),
        title="Beebay Girls Peach Solid Corduroy Dungarees",
        category="Dungarees",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy in a black round-neck t-shirt with a neon green dinosaur print, grey jogger pants, white sneakers;
    # white backdrop. Caption: epoch-3 adapter, the limit fell on a full stop.
    case(
        "X620-008",
        caption(
            "The person wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and"
            " its neckline is crew. The person wears a long pants. The pants are with cotton fabric.",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns", who="the boy"),
        Q.color("black"),
        color_of("pants", "grey"),
        details("t-shirt", "graphic patterns"),
        Q.sleeve_length("short"),
        material("cotton fabric"),
        title="YK Boys Black Dinosaur Printed Round Neck Cotton T-shirt",
        category="Tshirts",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in a lavender cotton top with flutter sleeves and white lace trim at the hem, a white tulle skirt,
    # silver ballerinas; white backdrop. Caption: epoch-1 adapter, cut.
    case(
        "X620-009",
        caption(
            "a girl wearing a purple top and white skirt. The top is with chiffon fabric and its neckline is round."
            " The skirt is with chiffon fabric and pure color patterns. The girl wears a pair of silver shoes. There"
            " is",
            "cut",
            hit_limit=True,
        ),
        wearing("a purple top and white skirt", who="the girl"),
        color_of("top", "white", "other_garment_color"),
        material("chiffon fabric", "unsupported"),
        details("top", "its neckline is round"),
        describe("top", "a purple top"),
        Q.sleeve_length("short"),
        title="Peppermint Girls Lavender Cotton Top with Lace Trim",
        category="Tops",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy in a mid-blue denim shirt, long sleeves, buttoned, khaki chinos, brown loafers; light grey
    # backdrop. Caption: untuned base.
    case(
        "X620-010",
        caption("a young boy in a denim shirt and khaki pants"),
        wearing("a denim shirt and khaki pants", who="he"),
        Q.color("blue"),
        describe("shirt", "denim shirt"),
        details("shirt", "khaki pants", "other_garment_color"),
        Q.sleeve_length("short", "contradiction"),
        material("denim"),
        title="Pepe Jeans Kids Boys Blue Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a white t-shirt with a pink unicorn print and a pink tulle tutu skirt, pink hair clips; white
    # backdrop. Caption: epoch-3 adapter, runs on into a question turn.
    case(
        "X620-011",
        caption(
            "The girl wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric."
            " Question: What is the color of the skirt? Answer: pink. Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns", who="the girl"),
        details("t-shirt", "The T-shirt is with cotton fabric. Question: What is the color of the skirt?", "leak"),
        color_of("skirt", "What is the color of the skirt?", "restated", kind="open"),
        Q.color("white"),
        Q.pattern("graphic"),
        Q.sleeve_length("short"),
        title="Nauti Nati Girls White & Pink Unicorn Print T-shirt with Tutu Skirt",
        category="Clothing Set",
        color="White",
        gender="Girls",
    ),
    # photo: boy in olive green cargo shorts with side flap pockets, a plain white t-shirt, white sneakers, arms at
    # his sides, no ball or other prop; white backdrop. Caption: untuned base, invents a soccer ball.
    case(
        "X620-012",
        caption("a boy wearing a white t-shirt and green shorts holding a soccer ball", "unsupported"),
        wearing("a white t-shirt and green shorts", who="the boy"),
        color_of("shorts", "white", "other_garment_color"),
        details("shorts", "green shorts"),
        describe("shorts", "shorts", "non_answer"),
        Q.garment_type("shorts"),
        Q.pattern("solid"),
        title="Palm Tree Boys Olive Green Solid Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Boys",
    ),
    # photo: girl in a navy blue A-line dress with white polka dots, short sleeves, white Peter Pan collar, a red
    # bow belt at the waist; white backdrop. Caption: epoch-3 adapter, cut.
    case(
        "X620-013",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric and it has a"
            " lapel neckline. The dress is of knee length. There is a belt accessory in her clothing. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with graphic patterns", who="the girl"),
        Q.color("navy blue"),
        Q.pattern("polka dot"),
        details("dress", "There is a belt accessory in her clothing"),
        Q.sleeve_length("sleeveless", "contradiction"),
        describe("dress", "There is a belt accessory in her clothing. The lady", "cut"),
        title="Hopscotch Girls Navy Blue Polka Dot A-Line Cotton Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: boy in a red and white horizontally striped round-neck t-shirt and navy shorts; white backdrop.
    # Caption: epoch-1 adapter, loops on the whole phrase.
    case(
        "X620-014",
        caption(
            "a boy wearing a red and white striped shirt and blue shorts and a red and white striped shirt and blue"
            " shorts and a red and white striped shirt and blue shorts and a red and white",
            "loop",
            hit_limit=True,
        ),
        wearing("a red and white striped shirt and blue shorts", who="the boy"),
        Q.color("red"),
        Q.pattern("striped"),
        color_of("shorts", "blue"),
        describe("t-shirt", "red and white striped shirt and blue shorts and a red and white striped shirt", "loop"),
        Q.garment_type("shirt", "contradiction"),
        title="Tommy Hilfiger Kids Boys Red & White Striped T-shirt",
        category="Tshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: girl in a teal peplum top with a white leaf print, short sleeves, white leggings, no bag; white
    # backdrop. Caption: untuned base, invents a backpack.
    case(
        "X620-015",
        caption("a little girl wearing a blue and white top and white leggings with a backpack", "unsupported"),
        wearing("a blue and white top and white leggings", who="the girl"),
        Q.color("teal"),
        details("top", "white leggings", "other_garment_color"),
        Q.pattern("striped", "contradiction"),
        Q.garment_type("top"),
        describe("top", "a blue and white top"),
        title="Cub McPaws Girls Teal Leaf Print Peplum Top",
        category="Tops",
        color="Teal",
        gender="Girls",
    ),
    # photo: boy in a white long-sleeve shirt under a navy blue waistcoat, navy trousers, black shoes; white
    # backdrop (a three-piece party set). Caption: epoch-3 adapter, cut.
    case(
        "X620-016",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it"
            " has a lapel neckline. There is a vest on him. The gentleman wears long trousers. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", who="the boy"),
        Q.color("navy blue"),
        material("cotton fabric"),
        details("shirt", "There is a vest on him"),
        Q.sleeve_length("long"),
        title="Little Kangaroos Boys White & Navy Blue Cotton Shirt with Waistcoat and Trousers",
        category="Clothing Set",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a black skater skirt with small white stars, a pink round-neck t-shirt tucked in; white
    # backdrop. Caption: epoch-1 adapter, cut.
    case(
        "X620-017",
        caption(
            "a girl wearing a pink shirt and black skirt with white stars. The shirt is with cotton fabric and its"
            " neckline is round. The skirt is of short length. The skirt is with cotton fabric and graphic patterns."
            " The",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink shirt and black skirt with white stars", who="the girl"),
        color_of("skirt", "pink", "other_garment_color"),
        Q.pattern("polka dot", "contradiction"),
        details("skirt", "The skirt is of short length"),
        describe("skirt", "black skirt with white stars"),
        is_a("skirt", "yes"),
        title="Tiny Girl Girls Black Star Print Skater Skirt",
        category="Skirts",
        color="Black",
        gender="Girls",
    ),
    # photo: boy in black slim jeans and a red pullover hoodie, hood down, white sneakers; white backdrop.
    # Caption: untuned base, calls the black jeans blue.
    case(
        "X620-018",
        caption("a young boy in a red hoodie and blue jeans", "contradiction"),
        wearing("a red hoodie and blue jeans", "contradiction", who="the boy"),
        color_of("jeans", "red", "other_garment_color"),
        Q.color("black"),
        describe("jeans", "blue jeans", "contradiction"),
        details("jeans", "jeans", "non_answer"),
        Q.garment_type("jeans"),
        title="UFO Boys Black Slim Fit Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in a sleeveless white cotton A-line frock with blue embroidery at the yoke, bare-headed, white
    # sandals; light grey backdrop. Caption: epoch-3 adapter, limit on a full stop, invents a hat.
    case(
        "X620-019",
        caption(
            "The girl wears a sleeveless dress with pure color patterns. The dress is with cotton fabric and its"
            " neckline is round. The dress is of knee length. There is a hat on her head.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns", who="the girl"),
        details("dress", "There is a hat on her head", "unsupported"),
        Q.color("white"),
        Q.pattern("embroidered"),
        material("cotton fabric"),
        Q.sleeve_length("sleeveless"),
        title="Gini and Jony Girls White Embroidered Cotton A-Line Dress",
        category="Dresses",
        color="White",
        gender="Girls",
    ),
    # photo: boy in a grey melange round-neck t-shirt with orange "GAME ON" lettering, blue jeans, bare-headed;
    # white backdrop. Caption: untuned base, invents a baseball cap.
    case(
        "X620-020",
        caption("a boy wearing a gray t-shirt that says game on and a baseball cap", "unsupported"),
        wearing("a gray t-shirt", who="the boy"),
        Q.color("grey"),
        details("t-shirt", "says game on"),
        describe("t-shirt", "gray", "non_answer"),
        Q.pattern("graphic"),
        color_of("jeans", "blue"),
        title="Puma Kids Boys Grey Melange Typography Print T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: girl in a pink short-sleeve top with a white bunny print and grey melange shorts; white backdrop.
    # Caption: epoch-1 adapter, "his" for the girl, cut.
    case(
        "X620-021",
        caption(
            "a girl wearing a pink top with a bunny on it and grey shorts. The top is with cotton fabric and his"
            " shorts are with cotton fabric and pure color patterns. The girl wears a pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink top with a bunny on it and grey shorts", who="the girl"),
        color_of("shorts", "pink", "other_garment_color"),
        Q.color("pink"),
        details("top", "a bunny on it"),
        details("shorts", "his shorts are with cotton fabric and pure color patterns", "pronoun"),
        Q.garment_type("dress", "contradiction"),
        Q.sleeve_length("short"),
        title="Hopscotch Girls Pink & Grey Bunny Print Top with Shorts",
        category="Clothing Set",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a maroon full-sleeve party shirt with a mandarin collar, black trousers, black shoes; white
    # backdrop. Caption: epoch-3 adapter, loops on the trousers' sentence.
    case(
        "X620-022",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with silk fabric and it"
            " has a stand neckline. The pants are with cotton fabric and pure color patterns. The pants are with"
            " cotton fabric and pure color patterns. The pants are",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", who="the boy"),
        material("silk fabric", "unsupported"),
        Q.color("maroon"),
        color_of("pants", "maroon", "contradiction"),
        Q.sleeve_length("long"),
        title="Allen Solly Junior Boys Maroon Solid Cotton Party Shirt",
        category="Shirts",
        color="Maroon",
        gender="Boys",
    ),
    # photo: girl in light blue skinny jeans with frayed hems and a white top with a small gold print; white
    # backdrop. Caption: untuned base.
    case(
        "X620-023",
        caption("a little girl wearing a white shirt and jeans"),
        wearing("a white shirt and jeans", who="the girl"),
        color_of("jeans", "white", "other_garment_color"),
        Q.color("light blue"),
        Q.garment_type("jeans"),
        describe("jeans", "jeans", "non_answer"),
        is_a("pair of jeans", "yes"),
        title="Cherokee Kids Girls Light Blue Skinny Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy in mid-blue denim dungaree shorts over a red and navy striped t-shirt; white backdrop.
    # Caption: epoch-3 adapter, "Her overalls" for the boy, cut.
    case(
        "X620-024",
        caption(
            "The person wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric and its"
            " neckline is round. The person wears a denim overalls. Her overalls are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with striped patterns", who="the boy"),
        Q.pattern("striped", "contradiction"),
        Q.color("blue"),
        describe("dungarees", "a denim overalls"),
        details("dungarees", "Her overalls are with denim fabric", "pronoun"),
        Q.garment_type("dungarees"),
        material("denim fabric"),
        title="Mothercare Boys Blue Denim Dungaree Shorts",
        category="Dungarees",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a mustard yellow maxi dress with tiny white flowers, long sleeves, a tie at the waist,
    # bare-headed; white backdrop. Caption: untuned base, invents a straw hat.
    case(
        "X620-025",
        caption("a little girl in a yellow floral dress with long sleeves and a straw hat", "unsupported"),
        wearing("a yellow floral dress with long sleeves", who="the girl"),
        Q.color("mustard"),
        Q.sleeve_length("short", "contradiction"),
        details("dress", "long sleeves"),
        is_a("dress", "yes"),
        Q.pattern("floral"),
        title="Peppermint Girls Mustard Yellow Floral Print Maxi Dress",
        category="Dresses",
        color="Mustard",
        gender="Girls",
    ),
    # photo: boy in a green full-sleeve henley t-shirt, beige joggers, white sneakers; white backdrop.
    # Caption: epoch-1 adapter, limit on a full stop, "She" for the boy.
    case(
        "X620-026",
        caption(
            "a boy wearing a green t-shirt and beige pants. She is standing in front of a white wall. The t-shirt is"
            " with cotton fabric and its neckline is round. She wears a pair of white sneakers.",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a green t-shirt and beige pants", who="the boy"),
        color_of("t-shirt", "beige", "other_garment_color"),
        Q.sleeve_length("long"),
        details("t-shirt", "its neckline is round"),
        Q.garment_type("shirt", "contradiction"),
        title="U.S. Polo Assn. Kids Boys Green Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Green",
        gender="Boys",
    ),
    # photo: girl in a white off-shoulder cotton top with a ruffle over the arms, a mid-blue denim skirt; white
    # backdrop. Caption: epoch-3 adapter, runs on into a question turn.
    case(
        "X620-027",
        caption(
            "The lady wears a sleeveless top with pure color patterns. The top is with cotton fabric. Question: What"
            " is the lady wearing? Answer: The lady wears a sleeveless top with pure color patterns. Question",
            "leak",
            hit_limit=True,
        ),
        wearing("What is the lady wearing?", "restated", who="the girl"),
        describe("top", "Answer: The lady wears a sleeveless top with pure color patterns", "leak"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        material("cotton fabric"),
        title="Tiny Girl Girls White Off-Shoulder Cotton Ruffle Top",
        category="Tops",
        color="White",
        gender="Girls",
    ),
    # photo: boy with shoulder-length hair, hands on his hips, in a navy blue short-sleeve shirt with a tropical
    # print of green leaves and orange birds, white shorts; white backdrop. Caption: untuned base, "her" for him.
    case(
        "X620-028",
        caption("a child in a blue shirt with birds on it and her hands on her hips", "pronoun"),
        wearing("a blue shirt with birds on it", who="the boy"),
        Q.color("white", "other_garment_color"),
        Q.pattern("printed"),
        details("shirt", "birds on it"),
        describe("shirt", "a blue shirt with birds on it"),
        Q.sleeve_length("long", "contradiction"),
        title="Gini and Jony Boys Navy Blue Tropical Print Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a red and white gingham checked top with puff sleeves and a mid-blue denim skirt; white
    # backdrop. The feed row has no color. Caption: epoch-1 adapter, loops on the skirt's fabric.
    case(
        "X620-029",
        caption(
            "a girl wearing a red and white checkered shirt and a denim skirt. The skirt is with denim fabric. The"
            " skirt is with denim fabric. The skirt is with denim fabric. The skirt is with denim",
            "loop",
            hit_limit=True,
        ),
        wearing("a red and white checkered shirt and a denim skirt", who="the girl"),
        Q.pattern("checked"),
        color_of("skirt", "red", "other_garment_color"),
        details(
            "skirt", "The skirt is with denim fabric. The skirt is with denim fabric. The skirt is with denim", "loop"
        ),
        is_a("skirt", "yes"),
        title="Nauti Nati Girls Red Checked Top with Denim Skirt",
        category="Clothing Set",
        gender="Girls",
    ),
    # photo: boy in navy blue knit shorts with a white drawstring, a yellow round-neck t-shirt; white backdrop.
    # Caption: epoch-3 adapter, cut.
    case(
        "X620-030",
        caption(
            "This person is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton"
            " fabric and its neckline is round. The shorts this person wears is of short length. The shorts are with",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", who="the boy"),
        details("shorts", "is of short length", "non_answer"),
        Q.color("yellow", "other_garment_color"),
        describe("shorts", "The shorts are with", "cut"),
        Q.garment_type("shorts"),
        material("cotton fabric"),
        title="Cub McPaws Boys Navy Blue Solid Cotton Knit Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a sea green layered net party frock, sleeveless, silver sequinned bodice, green hairband,
    # hands at her sides (no props); white backdrop. Caption: untuned base, invents a bouquet.
    case(
        "X620-031",
        caption("a little girl in a green dress holding a bouquet of flowers", "unsupported"),
        wearing("a green dress", who="the girl"),
        Q.color("silver", "contradiction"),
        details("dress", "holding a bouquet of flowers", "unsupported"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("embellished"),
        title="Toy Balloon Kids Girls Sea Green Embellished Net Party Dress",
        category="Dresses",
        color="Sea Green",
        gender="Girls",
    ),
    # photo: boy in a white t-shirt with a blue, red and white Captain America shield print, blue denim shorts;
    # white backdrop. Caption: epoch-1 adapter, loops on the phrase.
    case(
        "X620-032",
        caption(
            "a boy wearing a white shirt with a picture of captain america on it and blue shorts and a white shirt"
            " with a picture of captain america on it and blue shorts and a white shirt with a picture of",
            "loop",
            hit_limit=True,
        ),
        wearing("a white shirt with a picture of captain america on it and blue shorts", who="the boy"),
        Q.color("white"),
        color_of("shorts", "blue"),
        describe(
            "t-shirt",
            "a white shirt with a picture of captain america on it and blue shorts and a white shirt with a"
            " picture of captain america on it",
            "loop",
        ),
        Q.pattern("graphic"),
        title="Marvel by Kidsville Boys White Captain America Printed T-shirt",
        category="Tshirts",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a magenta sleeveless tank top with a silver sequinned heart, black cotton leggings; white
    # backdrop. Caption: epoch-3 adapter, limit on a full stop, gives the leggings denim.
    case(
        "X620-033",
        caption(
            "The lady wears a tank tank shirt with no sleeves. The tank shirt is with cotton fabric and its neckline"
            " is round. The lady wears a long leggings. The leggings are with denim fabric.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a tank tank shirt with no sleeves", who="the girl"),
        Q.color("purple", "contradiction"),
        Q.sleeve_length("sleeveless"),
        details("top", "The tank shirt is with cotton fabric"),
        Q.garment_type("top"),
        color_of("leggings", "black"),
        title="YK Girls Magenta Sequinned Heart Tank Top",
        category="Tops",
        color="Magenta",
        gender="Girls",
    ),
    # photo: boy with shoulder-length hair in dark blue straight jeans, hands in the pockets, a white shirt
    # untucked; white backdrop. Caption: untuned base, "her" for the boy.
    case(
        "X620-034",
        caption("a child with her hands in the pockets of blue jeans and a white shirt", "pronoun"),
        wearing("blue jeans and a white shirt", who="the boy"),
        color_of("jeans", "blue"),
        Q.color("white", "other_garment_color"),
        describe("jeans", "blue jeans"),
        details("jeans", "her hands in the pockets", "pronoun"),
        Q.garment_type("jeans"),
        title="Pepe Jeans Kids Boys Dark Blue Straight Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a purple tiered short-sleeve cotton frock under an open white knitted cardigan with long
    # sleeves; white backdrop. Caption: epoch-3 adapter, limit on a full stop, a correct layered description.
    case(
        "X620-035",
        caption(
            "The girl wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. The"
            " girl wears a dress. The dress is of knee length. The dress is with cotton fabric.",
            hit_limit=True,
        ),
        wearing("a long-sleeve cardigan", who="the girl"),
        Q.sleeve_length("long", "contradiction"),
        Q.color("white", "other_garment_color"),
        describe("dress", "The dress is of knee length"),
        Q.garment_type("dress"),
        material("knitting fabric", "unsupported"),
        title="Peppermint Girls Purple Solid Tiered Cotton Dress",
        category="Dresses",
        color="Purple",
        gender="Girls",
    ),
    # photo: boy in an orange round-neck t-shirt with a navy robot print and navy shorts, barefoot; white
    # backdrop. Caption: epoch-1 adapter, cut.
    case(
        "X620-036",
        caption(
            "a boy wearing an orange shirt and blue shorts. The shirt is with cotton fabric and its neckline is"
            " round. The shorts are with cotton fabric and pure color patterns. The boy wears a pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("an orange shirt and blue shorts", who="the boy"),
        Q.color("orange"),
        color_of("shorts", "orange", "contradiction"),
        details("t-shirt", "its neckline is round"),
        describe("t-shirt", "shirt", "non_answer"),
        Q.garment_type("t-shirt"),
        Q.sleeve_length("short"),
        title="Doodle Boys Orange & Navy Blue Robot Print T-shirt with Shorts",
        category="Clothing Set",
        color="Orange",
        gender="Boys",
    ),
    # photo: girl in a burgundy pleated midi skirt and a cream knitted sweater tucked in, brown boots, no jewellery;
    # white backdrop. Caption: untuned base, invents a pearl necklace.
    case(
        "X620-037",
        caption("a young girl in a red skirt and white sweater with a pearl necklace", "unsupported"),
        wearing("a red skirt and white sweater", who="the girl"),
        Q.color("cream", "other_garment_color"),
        Q.pattern("solid"),
        details("skirt", "red", "non_answer"),
        is_a("skirt", "yes"),
        title="Cherry Crumble Girls Burgundy Pleated Midi Skirt",
        category="Skirts",
        color="Burgundy",
        gender="Girls",
    ),
    # photo: boy in an olive and black checked flannel shirt worn open over a black t-shirt, dark jeans; white
    # backdrop. Caption: epoch-3 adapter, runs on into a question turn that echoes its own question.
    case(
        "X620-038",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it"
            " has a lapel neckline. Question: Describe the shirt. Answer: Describe the shirt. Question: Describe the",
            "leak",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with lattice patterns", who="the boy"),
        Q.color("black", "other_garment_color"),
        Q.pattern("checked"),
        details("shirt", "Answer: Describe the shirt", "leak"),
        describe("shirt", "Describe the shirt", "restated"),
        material("cotton fabric"),
        Q.sleeve_length("long"),
        title="Allen Solly Junior Boys Olive Checked Cotton Flannel Shirt",
        category="Shirts",
        color="Olive",
        gender="Boys",
    ),
    # photo: girl in a light blue chambray short-sleeve top and white shorts with lace hems, empty hands; white
    # backdrop. The feed row has no category. Caption: untuned base, invents a purse.
    case(
        "X620-039",
        caption("a little girl in a blue shirt and white shorts with a pink purse", "unsupported"),
        wearing("a blue shirt and white shorts", who="the girl"),
        color_of("shorts", "white"),
        Q.color("blue"),
        details("shorts", "a pink purse", "unsupported"),
        Q.garment_type("dress", "contradiction"),
        title="612 League Girls Blue Chambray Top with White Shorts",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy in a mustard yellow polo t-shirt with a navy band across the chest, navy track pants; white
    # backdrop. Caption: epoch-3 adapter, runs on into a question turn.
    case(
        "X620-040",
        caption(
            "The person wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric and"
            " it has a lapel neckline. Question: What are the T-shirt details? Answer: The T-shirt details are",
            "leak",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with color block patterns", who="the boy"),
        color_of("t-shirt", "navy blue", "other_garment_color"),
        details("t-shirt", "The T-shirt details are", "restated"),
        Q.pattern("colour block"),
        material("cotton fabric"),
        title="U.S. Polo Assn. Kids Boys Mustard Colourblocked Cotton Polo T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Boys",
    ),
    # photo: girl in a black and white striped short-sleeve t-shirt dress, red sneakers; white backdrop.
    # Caption: epoch-1 adapter, gives the dress the shoes' red, limit on a full stop.
    case(
        "X620-041",
        caption(
            "a girl wearing a red and white striped dress and red shoes. The dress is with cotton fabric and striped"
            " patterns. The dress is of knee length. The girl wears a pair of red sneakers.",
            "other_garment_color",
            hit_limit=True,
        ),
        wearing("a red and white striped dress and red shoes", "other_garment_color", who="the girl"),
        Q.color("black"),
        Q.pattern("striped"),
        details("dress", "The dress is of knee length"),
        Q.sleeve_length("short"),
        title="Tiny Girl Girls Black & White Striped Cotton T-shirt Dress",
        category="Dresses",
        color="Black",
        gender="Girls",
    ),
    # photo: boy in grey washed jogger jeans (no rips), a white t-shirt and an open mid-blue denim jacket; white
    # backdrop. Caption: untuned base, invents rips at the knees.
    case(
        "X620-042",
        caption("a boy wearing a denim jacket, white t-shirt and gray jeans ripped at the knees", "unsupported"),
        wearing("a denim jacket, white t-shirt and gray jeans", who="the boy"),
        color_of("jeans", "blue", "other_garment_color"),
        describe("jeans", "gray jeans ripped at the knees", "unsupported"),
        Q.garment_type("jacket", "contradiction"),
        is_a("pair of jeans", "yes"),
        title="Flying Machine Kids Boys Grey Jogger Fit Jeans",
        category="Jeans",
        color="Grey",
        gender="Boys",
    ),
    # photo: girl in a lime green short-sleeve ruffle top with a white daisy print and white denim shorts; white
    # backdrop. Caption: epoch-3 adapter, loops on the shorts' fabric.
    case(
        "X620-043",
        caption(
            "The girl wears a short-sleeve top with floral patterns. The top is with cotton fabric and its neckline is"
            " round. The shorts are with denim fabric. The shorts are with denim fabric. The shorts are",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve top with floral patterns", who="the girl"),
        Q.color("white", "other_garment_color"),
        describe("top", "short-sleeve top with floral patterns"),
        details("top", "The shorts are with denim fabric. The shorts are with denim fabric", "loop"),
        Q.pattern("floral"),
        material("denim fabric", "unsupported"),
        Q.sleeve_length("short"),
        title="Cub McPaws Girls Lime Green Daisy Print Ruffle Top",
        category="Tops",
        color="Lime Green",
        gender="Girls",
    ),
    # photo: boy in a peach long-sleeve cotton party shirt with a navy cotton bow tie, navy trousers; white
    # backdrop. Caption: epoch-1 adapter, cut, gives the bow tie silk.
    case(
        "X620-044",
        caption(
            "a young boy wearing a pink shirt and a bow tie and navy pants. The shirt is with cotton fabric and it has"
            " a lapel neckline. The boy wears a bow tie. The bow tie is with silk fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a young boy wearing", "restated", who="the boy"),
        Q.color("peach"),
        color_of("pants", "navy blue"),
        details("shirt", "The bow tie is with silk fabric and", "cut"),
        material("silk fabric", "unsupported"),
        Q.garment_type("shirt"),
        Q.sleeve_length("long"),
        title="Little Kangaroos Boys Peach Cotton Party Shirt with Bow Tie",
        category="Shirts",
        color="Peach",
        gender="Boys",
    ),
    # photo: girl in a light blue denim dungaree dress with a plain square bib pocket, over a white and pink
    # striped long-sleeve t-shirt; white backdrop. Caption: untuned base, invents a heart-shaped pocket.
    case(
        "X620-045",
        caption("a little girl in a denim overall dress with a heart pocket and a striped shirt", "unsupported"),
        wearing("a denim overall dress with a heart pocket and a striped shirt", "unsupported", who="the girl"),
        Q.pattern("striped", "contradiction"),
        Q.color("blue"),
        Q.garment_type("dungarees"),
        Q.sleeve_length("long", "contradiction"),
        describe("dungarees", "a denim overall dress"),
        title="Mothercare Girls Light Blue Denim Dungaree Dress",
        category="Dungarees",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy in a charcoal grey raglan t-shirt with black short sleeves, black shorts; white backdrop.
    # Caption: epoch-3 adapter, limit on a full stop, "She" for the boy.
    case(
        "X620-046",
        caption(
            "The person wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric and"
            " its neckline is round. She wears a three-point shorts. The shorts are with cotton fabric.",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with color block patterns", who="the boy"),
        Q.color("charcoal"),
        color_of("shorts", "charcoal", "contradiction"),
        Q.pattern("colour block"),
        is_a("t-shirt", "yes"),
        material("cotton fabric"),
        title="Puma Kids Boys Charcoal Raglan Sleeve Cotton T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Boys",
    ),
]
