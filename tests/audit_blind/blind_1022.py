"""BLIND_1022 (46 products; Myntra kids' wear, captions then extractive QA): written blind in the fifty-eighth session.
Measured blind at 955f328 (the session's final rules): 103/127 failures found (81.1%) and 3/182 correct texts flagged
(1.6%). The writer's notes, verbatim:

Scenario: a Myntra-like kids' wear feed (Boys and Girls: t-shirts, shorts, dresses, kurta sets, lehenga cholis and
two-piece clothing sets). Catalog shots on a plain white, light grey, beige or yellow studio backdrop, almost all worn
by a child model who also wears other clothes (shorts under a t-shirt, a tee under a pinafore, pyjamas under a
kurta), a few with props (teddy bear, balloon, cricket bat, stool, chair, brass lamp, marigold garland, gift box).

Who wrote what: products 001-030 were captioned by the epoch-3 caption adapter
(leoreigoto/Data2_V2_Blip2_Finetune_Caption on blip2-opt-2.7b): DeepFashion template sentences ("The lady wears a
short-sleeve T-shirt with graphic patterns", "The shorts are with cotton fabric"), "gentleman"/"lady" for children,
hue names kept from the base model now and then, pattern words ("pure color", "lattice") otherwise. Products
031-046 were captioned by the epoch-1 adapter (..._Caption_First_Epoch): short lower-case base-model captions ("a
little girl wearing a ..."), which after a short caption sometimes run on into a "Question: ... Answer: ..." pair.
Neither adapter learned an end token: most captions stop on the newline the base model still emits, about a third run
to the 50-token limit and loop or stop mid-phrase. Every open answer (wearing, describe, details, the open color
questions, material) is a span that timpal0l/mdeberta-v3-base-squad2 extracted from that product's caption, so it
inherits the caption's hues, inventions, loops and leaks, and is empty where squad2 found no answer. Closed answers
(garment type, color, pattern, sleeve length, "Is this a ...?") come from enrich's --engine reference, which ranks
fixed candidate values with the untuned base model: always one clean value, sometimes the wrong one.

Labeling conventions and judgement calls:
- One label per text. A caption that ran to the 50-token limit is `loop` if it repeats itself, else `cut`; either
  takes precedence over an invented detail in the same caption. hit_limit=True only on captions that hit the limit;
  an extracted span that repeats the caption's loop is `loop`, a span that ends where the caption was cut is `cut`.
- A color that belongs to another visible garment (the shorts under the tee, the hat, the pyjama of the set, the
  t-shirt under the pinafore) is `other_garment_color`, open or closed. A wrong color that belongs to no other
  garment (the print, a prop, a hue the photo does not have, red for pink) is `contradiction`.
- A pattern or sleeve length that belongs to another garment (the tee's graphic for plain shorts, the under-tee's
  sleeves for a sleeveless pinafore) is `contradiction`.
- A kurta called a "shirt" or "dress", or a two-piece ethnic set called a "dress", is `contradiction`: the seller's
  category is the set and the photo shows a knee-length kurta / separate skirt and blouse.
- An invented accessory, trim, closure or fabric (a watch, a cap, a belt, a zipper on a henley, chiffon on a velvet
  dress, "cotton fabric" where neither the title nor the photo says so) is `unsupported`; "cotton" where the title
  says cotton is correct.
- "pure color patterns" extracted for a color question, and an empty span, are `non_answer`. A details/describe
  answer that only names the garment (with or without a color the other answers already gave) is `restated`.
- "The lady"/"The gentleman" for a girl/boy is the template's word, not a pronoun error; he/his for a girl or
  she/her for a boy is `pronoun`.
- Near shades count as correct: navy/dark blue for Navy Blue, purple for Lavender, yellow for Mustard, green for Olive
  or Lime Green, white for Cream, grey for Grey Melange. Orange for a Peach top is `contradiction`.
- "shirt" for a t-shirt in a free-text span is colloquial and counted correct; the closed garment type "shirt" for a
  t-shirt (a separate candidate value, a separate catalog class) is `contradiction`. "polo shirt" for a polo tee is
  correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, wearing

BLIND_1022 = [
    # photo: boy in a navy blue crew-neck tee with a green dinosaur print on the chest, grey melange knit shorts, white
    # sneakers; white backdrop, front view. Caption: epoch-3 adapter; open answers: squad2 spans; closed: reference.
    case(
        "X1022-001",
        caption(
            "The boy is wearing a short-sleeve navy blue T-shirt with a dinosaur graphic on the chest and a pair of "
            "grey shorts. He is standing against a white background."
        ),
        wearing(
            "a short-sleeve navy blue T-shirt with a dinosaur graphic on the chest and a pair of grey shorts",
            who="the boy",
        ),
        color_of("T-shirt", "navy blue", kind="open"),
        Q.color("navy blue"),
        Q.pattern("graphic"),
        details("T-shirt", "a dinosaur graphic on the chest"),
        title="Kiddopanti Boys Navy Blue Dinosaur Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: boy in a red-and-white horizontally striped tee, mid-blue denim shorts, no accessories; white backdrop.
    # Caption: epoch-3 adapter (invents a watch); open: squad2 spans; closed: reference engine.
    case(
        "X1022-002",
        caption(
            "The boy wears a short-sleeve T-shirt with striped patterns and a pair of blue denim shorts. The T-shirt "
            "is red and white. He has a watch on his wrist.",
            failure="unsupported",
        ),
        wearing("a short-sleeve T-shirt with striped patterns and a pair of blue denim shorts", who="he"),
        color_of("T-shirt", "red and white", kind="open"),
        Q.pattern("solid", failure="contradiction"),
        Q.sleeve_length("short sleeves"),
        material("denim", failure="contradiction"),
        title="YK Boys Red & White Striped Cotton T-shirt",
        category="Tshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: girl in a pink floral-print fit-and-flare knee-length dress with flutter sleeves, no belt, white sandals,
    # holding a small brown teddy bear; light grey backdrop. Caption: epoch-3 (invents a belt); open: squad2 spans.
    case(
        "X1022-003",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is of knee length. There is a belt "
            "at the waist. She is holding a teddy bear in her hands. There is a grey wall behind her.",
            failure="unsupported",
        ),
        wearing("a short-sleeve dress with floral patterns", who="the girl"),
        color_of("dress", "", kind="open", failure="non_answer"),
        Q.color("pink"),
        describe("dress", "knee length"),
        details("dress", "a belt at the waist", failure="unsupported"),
        Q.garment_type("dress"),
        is_a("dress", "yes"),
        title="Hola Bonita Girls Pink Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in khaki cargo shorts with flap pockets on both sides, plain white tee, white backdrop, cropped at the
    # chest. Caption: epoch-3 adapter, looped to the token limit; open: squad2 spans; closed: reference engine.
    case(
        "X1022-004",
        caption(
            "The boy is wearing a white T-shirt and a pair of khaki cargo shorts with pockets on the sides. The shorts "
            "are of knee length. The shorts are of knee length. The shorts are of knee length. The shorts are of "
            "knee length. The shorts",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a white T-shirt and a pair of khaki cargo shorts", who="the boy"),
        color_of("shorts", "khaki", kind="open"),
        details("shorts", "pockets on the sides"),
        describe("shorts", "knee length. The shorts are of knee length. The shorts are of knee length", failure="loop"),
        Q.color("white", failure="other_garment_color"),
        title="Gini and Jony Boys Khaki Solid Cargo Shorts",
        category="Shorts",
        color="Khaki",
        gender="Boys",
    ),
    # photo: boy in a mustard yellow long-sleeve kurta with a mandarin collar, white churidar pyjama, brown mojaris;
    # beige backdrop, a brass diya on a wooden stool beside him. Caption: epoch-3, cut at the limit.
    case(
        "X1022-005",
        caption(
            "The gentleman wears a long-sleeve kurta with pure color patterns and a pair of white pants. The kurta is "
            "of yellow color and has a stand collar. There is a lamp next to him. The lamp is of brass and",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve kurta with pure color patterns and a pair of white pants", who="the boy"),
        color_of("kurta", "yellow", kind="open"),
        color_of("pyjama", "white", kind="open"),
        Q.garment_type("kurta set"),
        Q.sleeve_length("short sleeves", failure="contradiction"),
        describe("kurta", "a long-sleeve kurta with pure color patterns"),
        title="Sanwara Boys Mustard Yellow Kurta with Pyjamas",
        category="Kurta Sets",
        color="Mustard",
        gender="Boys",
    ),
    # photo: girl in a pink lehenga choli: flared pink skirt with a gold zari border at the hem, sleeveless pink
    # blouse, sheer pink dupatta over the shoulders; white backdrop. Caption: epoch-3 (calls the pink skirt red).
    case(
        "X1022-006",
        caption(
            "The lady wears a sleeveless top and a long flared skirt with gold embroidery on the hem. The skirt is of "
            "red color. She has a scarf around her shoulders.",
            failure="contradiction",
        ),
        wearing("a sleeveless top and a long flared skirt with gold embroidery on the hem", who="the girl"),
        color_of("lehenga", "red", kind="open", failure="contradiction"),
        Q.color("pink"),
        details("lehenga", "gold embroidery on the hem"),
        Q.garment_type("lehenga choli"),
        title="Aarika Girls Pink Embroidered Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Girls",
    ),
    # photo: girl in a white tee with a glittery purple-and-pink unicorn print, a pink tulle tutu skirt, holding a pink
    # balloon; white backdrop. Caption: epoch-3 (gives the tee the skirt's pink); open: squad2 spans.
    case(
        "X1022-007",
        caption(
            "The girl wears a short-sleeve T-shirt with graphic patterns and a pink tutu skirt. She is holding a pink "
            "balloon. The T-shirt is of pink color and has a unicorn on it.",
            failure="other_garment_color",
        ),
        wearing("a short-sleeve T-shirt with graphic patterns and a pink tutu skirt", who="the girl"),
        color_of("T-shirt", "pink", kind="open", failure="other_garment_color"),
        Q.color("white"),
        Q.pattern("graphic"),
        describe("T-shirt", "a unicorn on it"),
        title="Cherry Crumble Girls White Unicorn Printed T-shirt",
        category="Tshirts",
        color="White",
        gender="Girls",
    ),
    # photo: boy (longish hair) in a green pique polo tee with white tipping on the collar, navy chino shorts, one hand
    # in his pocket; white backdrop. Caption: epoch-3 (she/her for the boy).
    case(
        "X1022-008",
        caption(
            "The boy is wearing a green polo shirt with white stripes on the collar and a pair of navy blue shorts. "
            "She has her hand in her pocket.",
            failure="pronoun",
        ),
        wearing("a green polo shirt with white stripes on the collar and a pair of navy blue shorts", who="he"),
        color_of("shirt", "green", kind="open"),
        Q.garment_type("t-shirt"),
        Q.sleeve_length("short sleeves"),
        material("", failure="non_answer"),
        title="U.S. Polo Assn. Kids Boys Green Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Green",
        gender="Boys",
    ),
    # photo: girl in light-wash blue denim shorts with frayed rolled hems, a yellow sleeveless top with a bow; white
    # backdrop. Caption: epoch-3, loops on the top's yellow given to the shorts. Feed row has no color column.
    case(
        "X1022-009",
        caption(
            "The girl is wearing a yellow tank top and a pair of denim shorts. The shorts are of yellow color. The "
            "shorts are of yellow color. The shorts are of yellow color. The shorts are of yellow color. The shorts "
            "are",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a yellow tank top and a pair of denim shorts", who="the girl"),
        color_of("shorts", "yellow", kind="open", failure="other_garment_color"),
        Q.color("blue"),
        details("shorts", "The shorts are of yellow color. The shorts are of yellow color", failure="loop"),
        material("denim"),
        title="Pepe Jeans Girls Blue Washed Denim Shorts",
        category="Shorts",
        gender="Girls",
    ),
    # photo: girl in a mustard yellow sleeveless A-line knee-length dress with white polka dots, white shoes and white
    # socks, turned slightly to the side; light grey backdrop. Caption: epoch-3, cut at the limit.
    case(
        "X1022-010",
        caption(
            "The girl wears a sleeveless dress with dotted patterns. The dress is of yellow color and of knee length. "
            "She wears a pair of white shoes and white socks. The dress has a round neckline and a",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with dotted patterns", who="she"),
        color_of("dress", "yellow", kind="open"),
        Q.pattern("striped", failure="contradiction"),
        Q.sleeve_length("sleeveless"),
        details("dress", "dotted patterns"),
        title="YK Girls Mustard Yellow Polka Dot Print A-Line Dress",
        category="Dresses",
        color="Mustard",
        gender="Girls",
    ),
    # photo: boy with shoulder-length hair in a white tee with a black "CHAMP" slogan print, black track shorts; white
    # backdrop. Caption: epoch-3 (she/her for the boy, invents the fabric).
    case(
        "X1022-011",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. Her T-shirt is of white color. The T-shirt "
            "is with cotton fabric. She wears a pair of black shorts.",
            failure="pronoun",
        ),
        wearing("a short-sleeve T-shirt with graphic patterns", who="the child"),
        color_of("T-shirt", "white", kind="open"),
        Q.color("white"),
        Q.pattern("graphic"),
        material("cotton fabric", failure="unsupported"),
        is_a("t-shirt", "yes"),
        title="Ant Kids Boys White Typography Printed T-shirt",
        category="Tshirts",
        color="White",
        gender="Boys",
    ),
    # photo: boy in a sky-blue knee-length long-sleeve kurta with white thread embroidery on the placket, mandarin
    # collar, white pyjama; grey backdrop. Caption: epoch-3 template, calls the kurta a shirt, cut at the limit.
    case(
        "X1022-012",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The pants this gentleman wears is of long length. The pants are with cotton "
            "fabric and pure color patterns. There is",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", who="the boy", failure="contradiction"),
        color_of("kurta", "pure color patterns", kind="open", failure="non_answer"),
        material("cotton fabric", failure="unsupported"),
        Q.color("blue"),
        details("kurta", "a stand neckline"),
        title="Jashvi Boys Blue Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl with a short bob in a red-and-black buffalo-check long-sleeve shirt dress (sleeves rolled to the
    # elbow), black tights, black ankle boots; white backdrop. Caption: epoch-3 (he/his, invents a brown belt).
    case(
        "X1022-013",
        caption(
            "The gentleman is wearing a long-sleeve dress with lattice patterns. His dress is of red and black "
            "color. He wears black leggings and black boots. He wears a brown belt.",
            failure="pronoun",
        ),
        wearing("a long-sleeve dress with lattice patterns", who="the girl"),
        color_of("dress", "red and black", kind="open"),
        Q.pattern("checked"),
        Q.sleeve_length("short sleeves", failure="contradiction"),
        describe("dress", "long-sleeve dress with lattice patterns"),
        details("dress", "a brown belt", failure="unsupported"),
        title="Naughty Ninos Girls Red & Black Checked Shirt Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: bare-headed boy in a black tee with an orange flame "SPEED" print, full-length blue jeans; white backdrop.
    # Caption: epoch-3 (invents a black cap); open: squad2 spans; closed: reference engine.
    case(
        "X1022-014",
        caption(
            "The boy is wearing a black T-shirt with an orange graphic print and a pair of blue jeans. He has a black "
            "cap on his head.",
            failure="unsupported",
        ),
        wearing("a black T-shirt with an orange graphic print and a pair of blue jeans", who="the boy"),
        color_of("T-shirt", "black", kind="open"),
        color_of("jeans", "blue", kind="open"),
        Q.color("orange", failure="contradiction"),
        describe("T-shirt", "T-shirt", failure="restated"),
        details("T-shirt", "a black cap on his head", failure="unsupported"),
        is_a("t-shirt", "yes"),
        title="HRX by Hrithik Roshan Boys Black Printed Cotton T-shirt",
        category="Tshirts",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in lavender cotton shorts with an elastic waist and white drawstring, a white tee with a small cat
    # print; white backdrop. Caption: epoch-3, correct (purple for lavender).
    case(
        "X1022-015",
        caption(
            "The girl wears a short-sleeve T-shirt with graphic patterns and a pair of purple shorts. The shorts are "
            "with cotton fabric and have a drawstring at the waist."
        ),
        wearing("a short-sleeve T-shirt with graphic patterns and a pair of purple shorts", who="she"),
        color_of("shorts", "purple", kind="open"),
        details("shorts", "a drawstring at the waist"),
        material("cotton fabric"),
        Q.pattern("graphic", failure="contradiction"),
        Q.color("white", failure="other_garment_color"),
        title="Mothercare Girls Lavender Solid Cotton Shorts",
        category="Shorts",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy in an orange tee with a multicolour Chhota Bheem cartoon print, blue shorts, empty hands; white
    # backdrop. Caption: epoch-3 (invents a ball in his hand).
    case(
        "X1022-016",
        caption(
            "The boy is wearing an orange T-shirt with a cartoon character on it and a pair of blue shorts. He is "
            "holding a ball in his hand.",
            failure="unsupported",
        ),
        wearing("an orange T-shirt with a cartoon character on it and a pair of blue shorts", who="the boy"),
        color_of("T-shirt", "orange", kind="open"),
        Q.color("orange"),
        describe("T-shirt", "a cartoon character on it"),
        details("T-shirt", "a ball in his hand", failure="unsupported"),
        Q.garment_type("t-shirt"),
        title="Chhota Bheem Kids Boys Bheem Printed Orange T-shirt",
        category="Tshirts",
        color="Orange",
        gender="Boys",
    ),
    # photo: girl in a teal anarkali kurta with mirror work on the yoke and 3/4 sleeves, white leggings, teal dupatta;
    # white backdrop. Caption: epoch-3, calls the kurta a dress and loops on the fabric. Feed row lacks the color.
    case(
        "X1022-017",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is of long length. It has a round "
            "neckline. The dress is with cotton fabric. The dress is with cotton fabric. The dress is with cotton "
            "fabric. The dress is with",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns", who="the girl", failure="contradiction"),
        color_of("kurta", "", kind="open", failure="non_answer"),
        Q.color("teal"),
        material("cotton fabric. The dress is with cotton fabric", failure="loop"),
        Q.garment_type("kurta set"),
        title="Biba Girls Teal Mirror Work Anarkali Kurta with Leggings & Dupatta",
        category="Kurta Sets",
        gender="Girls",
    ),
    # photo: boy in dark-wash navy denim shorts with belt loops and no belt, a mustard yellow tee; white backdrop.
    # Caption: epoch-3 (invents a belt); open: squad2 spans; closed: reference engine.
    case(
        "X1022-018",
        caption(
            "The boy is wearing a yellow T-shirt and a pair of dark blue denim shorts. The shorts are of knee length "
            "and have a belt.",
            failure="unsupported",
        ),
        wearing("a yellow T-shirt and a pair of dark blue denim shorts", who="the boy"),
        color_of("shorts", "dark blue", kind="open"),
        Q.color("yellow", failure="other_garment_color"),
        details("shorts", "have a belt", failure="unsupported"),
        material("denim"),
        describe("shorts", "a pair of dark blue denim shorts"),
        title="Allen Solly Junior Boys Navy Blue Denim Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl sitting on a white wooden stool in a white cotton frock with a red cherry print, puff sleeves, a red
    # ribbon sash tied in a bow at the waist, round plain collar; white backdrop. Caption: epoch-3 (invents lace).
    case(
        "X1022-019",
        caption(
            "The girl is sitting on a white stool. She is wearing a white dress with red cherries on it and a red bow "
            "at the waist. The dress has puff sleeves and a lace collar.",
            failure="unsupported",
        ),
        wearing("a white dress with red cherries on it and a red bow at the waist", who="the girl"),
        color_of("dress", "white", kind="open"),
        Q.color("red", failure="contradiction"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeves"),
        describe("dress", "puff sleeves"),
        details("dress", "a lace collar", failure="unsupported"),
        material("", failure="non_answer"),
        title="Bella Moda Girls White Cherry Print Fit & Flare Dress",
        category="Dresses",
        color="White",
        gender="Girls",
    ),
    # photo: boy in a grey melange tee with navy blue raglan short sleeves, black shorts; white backdrop. Caption:
    # epoch-3, loops on the shorts; closed garment type ranked "sweatshirt".
    case(
        "X1022-020",
        caption(
            "The boy wears a short-sleeve T-shirt with color block patterns. The T-shirt is of grey and navy color. "
            "He wears a pair of black shorts. He wears a pair of black shorts. He wears a pair of black shorts. He "
            "wears a pair of",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with color block patterns", who="he"),
        color_of("T-shirt", "grey and navy", kind="open"),
        Q.color("grey"),
        Q.pattern("colour blocked"),
        Q.garment_type("sweatshirt", failure="contradiction"),
        details("T-shirt", "color block patterns"),
        title="Mothercare Boys Grey Melange Raglan Sleeves T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: girl in a purple, pink and blue tie-dye tee, white shorts with a side pocket; white backdrop. Caption:
    # epoch-3, cut at the limit.
    case(
        "X1022-021",
        caption(
            "The girl is wearing a purple and pink tie dye T-shirt and a pair of white shorts. The T-shirt has a round "
            "neckline and short sleeves. The shorts are of white color and have a pocket on the side of the",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a purple and pink tie dye T-shirt and a pair of white shorts", who="the girl"),
        color_of("T-shirt", "white", kind="open", failure="other_garment_color"),
        Q.color("purple"),
        Q.pattern("tie and dye"),
        Q.sleeve_length("short sleeves"),
        details("shorts", "a pocket on the side of the", failure="cut"),
        title="Flying Machine Girls Purple Tie-Dye T-shirt",
        category="Tshirts",
        color="Purple",
        gender="Girls",
    ),
    # photo: boy in a cream silk-blend kurta with small gold buttons down the placket and maroon dhoti pants; white
    # wall backdrop. Caption: epoch-3 (her for the boy in the second sentence).
    case(
        "X1022-022",
        caption(
            "The boy is wearing a cream kurta and a maroon dhoti. Her kurta has gold buttons on the front. He is "
            "standing in front of a white wall.",
            failure="pronoun",
        ),
        wearing("a cream kurta and a maroon dhoti", who="the boy"),
        color_of("kurta", "cream", kind="open"),
        color_of("dhoti", "maroon", kind="open"),
        Q.color("maroon", failure="other_garment_color"),
        details("kurta", "gold buttons on the front"),
        Q.garment_type("kurta set"),
        title="Vastramay Boys Cream & Maroon Kurta with Dhoti Pants",
        category="Clothing Set",
        color="Cream",
        gender="Boys",
    ),
    # photo: girl in a peach co-ord: sleeveless top with ruffled shoulder straps and peach shorts with a pink flamingo
    # print, no zipper; white backdrop. Caption: epoch-3 (orange for peach, invents a zipper).
    case(
        "X1022-023",
        caption(
            "The girl wears a sleeveless top with pure color patterns and a pair of shorts with graphic patterns. The "
            "top is of orange color. There is a bird on the shorts. The top has a zipper at the back.",
            failure="contradiction",
        ),
        wearing("a sleeveless top with pure color patterns and a pair of shorts with graphic patterns", who="she"),
        color_of("top", "orange", kind="open", failure="contradiction"),
        Q.color("peach"),
        details("shorts", "a bird on the shorts"),
        describe("top", "a zipper at the back", failure="unsupported"),
        is_a("dress", "no"),
        title="Hopscotch Girls Peach Ruffled Top with Flamingo Print Shorts",
        category="Clothing Set",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy with a fringe in a lime green tee with a black gamepad "Game On" print, black track pants; white
    # backdrop. Caption: epoch-3 (she/her for the boy).
    case(
        "X1022-024",
        caption(
            "She is wearing a green T-shirt with a black print on it and a pair of black pants. Her T-shirt has short "
            "sleeves.",
            failure="pronoun",
        ),
        wearing("a green T-shirt with a black print on it and a pair of black pants", who="the child"),
        color_of("T-shirt", "green", kind="open"),
        Q.color("black", failure="other_garment_color"),
        Q.pattern("printed"),
        details("T-shirt", "Her T-shirt has short sleeves", failure="pronoun"),
        title="Jack & Jones Junior Boys Lime Green Printed T-shirt",
        category="Tshirts",
        color="Lime Green",
        gender="Boys",
    ),
    # photo: girl in a navy blue denim sleeveless pinafore dress over a white short-sleeve tee, no bag; white backdrop.
    # Caption: epoch-3 (invents a bag); open: squad2 spans; closed: reference engine.
    case(
        "X1022-025",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a sleeveless dress with denim. The "
            "dress is of navy color. The T-shirt is of white color. There is a bag on her shoulder.",
            failure="unsupported",
        ),
        wearing("a short-sleeve T-shirt with pure color patterns and a sleeveless dress with denim", who="the girl"),
        color_of("dress", "white", kind="open", failure="other_garment_color"),
        Q.sleeve_length("short sleeves", failure="contradiction"),
        Q.garment_type("dress"),
        material("denim"),
        Q.color("navy blue"),
        title="Gini and Jony Girls Navy Blue Denim Pinafore Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: boy side-on in olive green chino shorts, a white shirt with thin blue pinstripes tucked in, a brown belt;
    # white backdrop. Caption: epoch-3, cut at the limit.
    case(
        "X1022-026",
        caption(
            "The boy is wearing a white shirt and a pair of green shorts. The shirt is tucked into the shorts. He is "
            "wearing a brown belt. The shorts are of knee length and have two pockets on the back and a",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a white shirt and a pair of green shorts", who="he"),
        color_of("shorts", "green", kind="open"),
        Q.color("olive"),
        Q.pattern("striped", failure="contradiction"),
        details("shorts", "green shorts", failure="restated"),
        title="Mothercare Boys Olive Green Solid Regular Fit Chino Shorts",
        category="Shorts",
        color="Olive",
        gender="Boys",
    ),
    # photo: girl in a mustard lehenga with a green-and-pink floral print, a green short-sleeve choli, a pink dupatta on
    # her shoulders; white backdrop. Caption: epoch-3, loops on the dupatta.
    case(
        "X1022-027",
        caption(
            "The lady wears a long skirt with floral patterns and a short-sleeve top. The skirt is of yellow color and "
            "the top is of green color. She has a pink scarf on her shoulders. She has a pink scarf on her "
            "shoulders. She has a pink",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a long skirt with floral patterns and a short-sleeve top", who="the girl"),
        color_of("lehenga", "green", kind="open", failure="other_garment_color"),
        color_of("choli", "green", kind="open"),
        Q.color("mustard"),
        Q.pattern("floral"),
        title="Bitiya by Bhama Girls Mustard & Green Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Mustard",
        gender="Girls",
    ),
    # photo: boy holding a cricket bat, in a white polo tee with a navy collar, navy shorts; white backdrop. Caption:
    # epoch-3 (she for the boy).
    case(
        "X1022-028",
        caption(
            "The boy is holding a cricket bat. She is wearing a white polo shirt with a blue collar and a pair of "
            "blue shorts.",
            failure="pronoun",
        ),
        wearing("a white polo shirt with a blue collar and a pair of blue shorts", who="the boy"),
        color_of("shirt", "white", kind="open"),
        Q.color("navy blue", failure="other_garment_color"),
        details("shirt", "a blue collar"),
        is_a("t-shirt", "yes"),
        material("", failure="non_answer"),
        title="Allen Solly Junior Boys White Polo Collar T-shirt",
        category="Tshirts",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a red sleeveless party dress, velvet bodice with sequins and a red tulle skirt, white stockings,
    # black shoes, a silver gift box at her feet; white backdrop. Caption: epoch-3 (invents chiffon).
    case(
        "X1022-029",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is of red color and of knee length. "
            "The dress is with chiffon fabric. There is a gift box on the floor.",
            failure="unsupported",
        ),
        wearing("a sleeveless dress with pure color patterns", who="the girl"),
        color_of("dress", "red", kind="open"),
        material("chiffon fabric", failure="unsupported"),
        Q.color("red"),
        Q.sleeve_length("sleeveless"),
        details("dress", "dress", failure="restated"),
        title="Toy Balloon Kids Girls Red Embellished Velvet Fit & Flare Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: boy in a white long-sleeve kurta and white pyjama under a navy blue printed Nehru jacket, brown sandals, no
    # watch; white backdrop. Caption: epoch-3, cut at the limit.
    case(
        "X1022-030",
        caption(
            "The boy wears a long-sleeve white kurta and a blue vest with graphic patterns. The pants are of white "
            "color. He is wearing a pair of brown sandals and a watch on his left",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve white kurta and a blue vest with graphic patterns", who="the boy"),
        color_of("jacket", "blue", kind="open"),
        Q.color("white", failure="other_garment_color"),
        Q.garment_type("kurta set"),
        details("jacket", "graphic patterns"),
        title="Manyavar Boys Navy Blue Printed Nehru Jacket with White Kurta Pyjama",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a sky blue tee with a rainbow and a white "Smile" slogan, white shorts; white backdrop. Caption:
    # epoch-1 adapter, runs on into a Question/Answer pair; open: squad2 spans.
    case(
        "X1022-031",
        caption(
            "a little girl wearing a blue t - shirt with a rainbow on it Question: what is the color of the shorts? "
            "Answer: white",
            failure="leak",
        ),
        wearing("a blue t - shirt with a rainbow on it", who="the girl"),
        color_of("T-shirt", "blue", kind="open"),
        color_of("shorts", "Answer: white", kind="open", failure="leak"),
        details("T-shirt", "a rainbow on it"),
        Q.color("blue"),
        Q.pattern("printed"),
        title="Cutecumber Girls Blue Typography Printed T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Girls",
    ),
    # photo: back view of a boy in a red short-sleeve tee with a white "10" on the back, blue denim shorts; white
    # backdrop. Caption: epoch-1 adapter, runs on into a Question/Answer pair.
    case(
        "X1022-032",
        caption(
            "a young boy wearing a red shirt with the number 10 on the back Question: what is the boy wearing? "
            "Answer: a red shirt and blue shorts",
            failure="leak",
        ),
        wearing("a red shirt and blue shorts", who="the boy"),
        color_of("shirt", "red", kind="open"),
        details("shirt", "the number 10 on the back"),
        Q.color("blue", failure="other_garment_color"),
        Q.sleeve_length("sleeveless", failure="contradiction"),
        title="Puma Boys Red Printed Round Neck T-shirt",
        category="Tshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: girl next to a wooden chair in a white long-sleeve maxi dress with a blue floral print; white backdrop.
    # Caption: epoch-1 adapter, loops the whole caption to the limit.
    case(
        "X1022-033",
        caption(
            "a little girl in a white dress with blue flowers standing next to a chair a little girl in a white dress "
            "with blue flowers standing next to a chair a little girl in a white dress with",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a white dress with blue flowers", who="the girl"),
        color_of("dress", "white", kind="open"),
        describe(
            "dress",
            "a white dress with blue flowers standing next to a chair a little girl in a white dress with blue flowers",
            failure="loop",
        ),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves"),
        Q.color("blue", failure="contradiction"),
        title="Aks Kids Girls White & Blue Floral Print Maxi Dress",
        category="Dresses",
        color="White",
        gender="Girls",
    ),
    # photo: boy in grey knit track shorts with a white side stripe, a red tee; white backdrop. Caption: epoch-1
    # adapter, runs on into Question/Answer pairs until the limit.
    case(
        "X1022-034",
        caption(
            "a boy in a red t - shirt and grey shorts Question: what is the boy wearing? Answer: a red t - shirt and "
            "grey shorts Question: what is the color of the",
            failure="leak",
            hit_limit=True,
        ),
        wearing("a red t - shirt and grey shorts", who="he"),
        color_of("shorts", "grey", kind="open"),
        Q.color("red", failure="other_garment_color"),
        details("shorts", "", failure="non_answer"),
        Q.garment_type("shorts"),
        title="Gini and Jony Boys Grey Solid Track Shorts",
        category="Shorts",
        color="Grey",
        gender="Boys",
    ),
    # photo: girl in a pink straight cotton kurta with a white floral block print and white palazzos, hands on hips;
    # white backdrop. Caption: epoch-1 adapter (he/his for the girl).
    case(
        "X1022-035",
        caption(
            "a young girl wearing a pink kurta with white flowers and white pants. he is standing with his hands on "
            "his hips",
            failure="pronoun",
        ),
        wearing("a pink kurta with white flowers and white pants", who="the girl"),
        color_of("kurta", "pink", kind="open"),
        color_of("palazzo", "white", kind="open"),
        Q.pattern("floral"),
        Q.garment_type("kurta set"),
        Q.color("white", failure="other_garment_color"),
        details("kurta", "a pink kurta", failure="restated"),
        title="Jaipur Kurti Girls Pink Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy, hands in his pockets, in a navy blue tee with a red colour-blocked chest panel, khaki shorts; white
    # backdrop. Caption: epoch-1 adapter, cut at the limit. Feed row has no gender column.
    case(
        "X1022-036",
        caption(
            "a young boy wearing a red and blue shirt and khaki shorts with his hands in his pockets standing in front "
            "of a white background with his hands in his pockets and his feet apart and his head tilted to the",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a red and blue shirt and khaki shorts", who="the boy"),
        color_of("shirt", "khaki", kind="open", failure="other_garment_color"),
        Q.color("navy blue"),
        Q.pattern("colour blocked"),
        describe("shirt", "a red and blue shirt"),
        details("shirt", "shirt", failure="restated"),
        title="United Colors of Benetton Boys Navy Blue Colourblocked T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # photo: girl in a yellow short-sleeve tee with an embroidered sunflower patch on the front, rolled blue jeans;
    # light grey backdrop. Caption: epoch-1 adapter, loops on the flower to the limit.
    case(
        "X1022-037",
        caption(
            "a little girl wearing a yellow shirt and blue jeans with a flower on the front of the shirt and a flower "
            "on the front of the shirt and a flower on the front of the shirt and a flower on the",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a yellow shirt and blue jeans", who="she"),
        color_of("shirt", "yellow", kind="open"),
        details(
            "shirt",
            "a flower on the front of the shirt and a flower on the front of the shirt and a flower",
            failure="loop",
        ),
        Q.color("yellow"),
        Q.garment_type("shirt", failure="contradiction"),
        material("", failure="non_answer"),
        is_a("t-shirt", "yes"),
        title="Tiny Girl Girls Yellow Solid T-shirt with Embroidered Detail",
        category="Tshirts",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy in a white cotton kurta and white pyjama holding a garland of orange marigolds; plain yellow backdrop.
    # Caption: epoch-1 adapter, correct; the open kurta color picked the garland's orange.
    case(
        "X1022-038",
        caption("a young boy in a white kurta holding a garland of orange flowers in front of a yellow wall"),
        wearing("a white kurta", who="the boy"),
        color_of("kurta", "orange", kind="open", failure="contradiction"),
        Q.color("white"),
        material("", failure="non_answer"),
        Q.garment_type("kurta set"),
        title="Fabindia Boys White Cotton Kurta with Pyjama",
        category="Kurta Sets",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a black-and-white striped short-sleeve A-line t-shirt dress with a red heart patch, white
    # sneakers; white backdrop. Caption: epoch-1 adapter (second sentence turns the dress and shoes red).
    case(
        "X1022-039",
        caption(
            "a little girl in a black and white striped dress with a red heart on it. she is wearing a red dress with "
            "a red heart on it and red shoes",
            failure="contradiction",
        ),
        wearing("a black and white striped dress with a red heart on it", who="the girl"),
        color_of("dress", "red", kind="open", failure="contradiction"),
        Q.color("black"),
        Q.pattern("striped"),
        Q.sleeve_length("short sleeves"),
        title="Mango Kids Girls Black & White Striped T-shirt Dress",
        category="Dresses",
        color="Black",
        gender="Girls",
    ),
    # photo: boy in blue cotton shorts with a green palm-tree print, a white sleeveless vest; white backdrop. Caption:
    # epoch-1 adapter, runs on into a Question/Answer pair. Feed row has no category column.
    case(
        "X1022-040",
        caption(
            "a young boy wearing a white tank top and blue shorts with palm trees on them Question: what is the color "
            "of the shorts? Answer: blue",
            failure="leak",
        ),
        wearing("a white tank top and blue shorts with palm trees on them", who="the boy"),
        color_of("shorts", "blue", kind="open"),
        describe("shorts", "blue shorts with palm trees on them"),
        details("shorts", "shorts", failure="restated"),
        Q.pattern("printed"),
        Q.color("white", failure="other_garment_color"),
        title="H&M Boys Blue Tropical Print Cotton Shorts",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl with jasmine in her hair in a pattu pavadai: long pink silk skirt with a gold zari border, green silk
    # blouse with short puff sleeves; white backdrop. Caption: epoch-1 adapter, runs on into a Question/Answer pair.
    case(
        "X1022-041",
        caption(
            "a young girl in a pink and green dress with gold trim. she has flowers in her hair Question: what is she "
            "wearing? Answer: a pink and green dress with gold trim",
            failure="leak",
        ),
        wearing("Answer: a pink and green dress with gold trim", who="the girl", failure="leak"),
        color_of("blouse", "green", kind="open"),
        Q.color("pink"),
        is_a("lehenga", "yes"),
        Q.sleeve_length("sleeveless", failure="contradiction"),
        title="Bitiya Girls Pink & Green Silk Pattu Pavadai Set",
        category="Lehenga Choli",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy, hands in his pockets, in a maroon long-sleeve henley tee with a three-button placket (no zipper),
    # grey joggers; grey backdrop. Caption: epoch-1 adapter (invents a zipper), cut at the limit.
    case(
        "X1022-042",
        caption(
            "a young boy wearing a maroon long sleeved shirt and gray pants standing in front of a gray wall with his "
            "hands in the pockets of his pants and a zipper on the front of his shirt that is open at the top and the",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a maroon long sleeved shirt and gray pants", who="the boy"),
        color_of("shirt", "maroon", kind="open"),
        details("shirt", "a zipper on the front of his shirt", failure="unsupported"),
        describe("shirt", "open at the top and the", failure="cut"),
        Q.sleeve_length("long sleeves"),
        Q.color("grey", failure="other_garment_color"),
        title="Mothercare Boys Maroon Solid Henley Neck Long Sleeves T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Boys",
    ),
    # photo: girl in white cotton shorts with a lace trim at the hem, a pink-and-white striped top; white backdrop.
    # Caption: epoch-1 adapter, runs on into a Question/Answer pair.
    case(
        "X1022-043",
        caption(
            "a little girl wearing a pink and white striped shirt and white shorts Question: what is the girl "
            "wearing? Answer: a pink and white",
            failure="leak",
        ),
        wearing("a pink and white striped shirt and white shorts", who="the girl"),
        color_of("shorts", "white", kind="open"),
        details("shorts", "white shorts", failure="restated"),
        Q.pattern("striped", failure="contradiction"),
        Q.garment_type("shorts"),
        Q.color("pink", failure="other_garment_color"),
        title="Nauti Nati Girls White Lace Trim Cotton Shorts",
        category="Shorts",
        color="White",
        gender="Girls",
    ),
    # photo: smiling boy sitting on a blue plastic chair in a mustard yellow tee with a navy patch pocket, navy shorts;
    # white backdrop. Caption: epoch-1 adapter (she for the boy).
    case(
        "X1022-044",
        caption(
            "a little boy sitting on a blue chair wearing a yellow shirt and blue shorts. she is smiling at the camera",
            failure="pronoun",
        ),
        wearing("a yellow shirt and blue shorts", who="the boy"),
        color_of("shirt", "yellow", kind="open"),
        Q.color("blue", failure="other_garment_color"),
        details("shirt", "", failure="non_answer"),
        Q.garment_type("t-shirt"),
        title="Max Boys Mustard Yellow Solid T-shirt with Pocket",
        category="Tshirts",
        color="Mustard",
        gender="Boys",
    ),
    # photo: girl in a lilac sleeveless tiered cotton dress with a smocked bodice and a white sun hat; white backdrop.
    # Caption: epoch-1 adapter, loops on the fabric to the limit.
    case(
        "X1022-045",
        caption(
            "a little girl wearing a purple dress and a white hat. the dress is made of cotton and the dress is made "
            "of cotton and the dress is made of cotton and the dress is made of cotton and the dress is",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a purple dress and a white hat", who="the girl"),
        color_of("dress", "purple", kind="open"),
        material("cotton and the dress is made of cotton and the dress is made of cotton", failure="loop"),
        Q.color("white", failure="other_garment_color"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("solid"),
        title="Hopscotch Girls Lavender Smocked Tiered Cotton Dress",
        category="Dresses",
        color="Lavender",
        gender="Girls",
    ),
    # photo: bare-headed boy in a maroon long-sleeve silk kurta, a gold jacquard Nehru jacket, cream churidar, brown
    # mojaris; white backdrop. Caption: epoch-1 adapter (invents a red turban).
    case(
        "X1022-046",
        caption(
            "a young boy wearing a maroon kurta with a gold vest and white pants. he is wearing a pair of brown shoes "
            "and a red turban on his head",
            failure="unsupported",
        ),
        wearing("a maroon kurta with a gold vest and white pants", who="the boy"),
        color_of("kurta", "maroon", kind="open"),
        color_of("jacket", "gold", kind="open"),
        Q.color("maroon"),
        Q.garment_type("kurta set"),
        Q.sleeve_length("short sleeves", failure="contradiction"),
        details("kurta", "kurta", failure="restated"),
        title="Sethukrishna Boys Maroon Kurta with Churidar & Gold Nehru Jacket",
        category="Kurta Sets",
        color="Maroon",
        gender="Boys",
    ),
]
