"""BLIND_950 (46 products; Myntra kids' wear, caption then extractive QA): written blind in the fifty-seventh session.
Measured blind at eed7db2 (the session's seventh rules): 107/137 failures found (78.1%) and 5/189 correct texts flagged
(2.6%). The writer's notes, verbatim:

Scenario: a Myntra kids' feed of rompers, bodysuits, night suits, clothing sets and frocks (Dresses). Photos are
the usual catalog shots: a child model on a white backdrop (sometimes with a toy, a stool, a basket or a styling
garment that is not sold, such as jeans under a bodysuit), a baby lying on a blanket or sheet, or a flat lay of the
product (packs laid side by side, a cap or headband laid next to a romper, a frock on a hanger).

Who wrote what: the caption comes from the caption adapter. Most products were captioned by the epoch-1 adapter
(Data2_V2_BLIP2_Finetune_Caption_First_Epoch), which still writes the base model's short lower-case sentence with
hue words ("a baby girl wearing a pink romper with ..."), sometimes running on to the 50-token limit. Some were
captioned by the epoch-3 adapter (Data2_V2_Blip2_Finetune_Caption), which writes the DeepFashion template with no
hue names ("The gentleman wears a short-sleeve T-shirt with graphic patterns ... pure color patterns"), adult nouns
for children, invented accessories ("There is an accessory on her wrist") and, with no end token, repeats its last
sentence until the limit. The describe / details / open color / print questions are answered by the extractive QA
model (mdeberta-v3-base-squad2) over that caption, so every such answer is a span of the caption, or "" where it
returned the null answer. "What is the ... wearing?" and the material question are asked of untuned BLIP-2 base by
free generation (30 new tokens), which leaks the `Question: ... Answer:` format, loops, gets cut, restates the
question and guesses he/she. Closed questions (garment type, color, pattern, sleeve length, "Is this a ...?", closed
color of a named garment) come from enrich's reference engine: one candidate value, never looped or cut.

Labeling conventions and judgement calls:
- A color taken from another garment or accessory in the photo (headband, cap, bib, tiara, tights, the other piece
  of a set, styling jeans or shorts) is other_garment_color; a color taken from something that is not worn (blanket,
  sheet, backdrop, toy, balloon, basket) or from the garment's own trim or print is contradiction.
- For clothing sets and night suits the seller's base colour names the main piece (usually the top); the other
  piece's color given as the product's color is other_garment_color.
- A material the title contradicts (silk for a "Cotton" romper, chiffon for a "Satin" night suit, cotton for a
  "Velvet" frock) or the material of a trim (lace for a cotton frock with a lace collar) is contradiction; a
  material or construction the photo and title do not show (wool for a knit, linen, a zipper, a fleece lining) is
  unsupported.
- Epoch-3 template wording is not itself a failure: "The person wears" on a flat lay, "lady"/"gentleman"/"female"
  for a child, "lattice" for checks, "pure color" for solid, "three-point" shorts, a kurta called a dress. Its
  invented accessories (wrist accessory, ring, belt that is not there) are unsupported.
- An open color answered "pure color" (the template's pattern words, no hue), a bare repeat of the garment noun, or
  the null answer "" is non_answer. An answer that restates the question ("the garment is made of fabric") is
  restated.
- pronoun only for he/she/his/her against a Boys or Girls row; Unisex rows never get a pronoun label, and the nouns
  "lady"/"gentleman" are not pronouns.
- A text with several faults gets one label: leak where the format leaked, else loop where it repeats, else cut
  where it hit the token limit mid-phrase, else the most salient content fault. An extractive span copied from a
  looping caption is loop; a span copied from a wrong caption carries the caption's fault.
- A detail answer that gives the product a prop's or accessory's feature (the tiara as a frock detail) is unsupported.
- Naming what is visible in free text (a bodysuit tucked into shorts called a tank top, a kurta called a dress, a
  romper called a onesie or a sailor outfit, cream called white, peach called pink, lavender called purple) is
  correct; a closed garment type that names a styling garment (jeans, shorts) is contradiction.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as Q,
)
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    question,
    wearing,
)

PRINT = question("print", "What is the print on the garment?", "open")

BLIND_950 = [
    # photo: flat lay on white: pink cotton romper with white polka dots, short puff sleeves, white Peter Pan collar,
    # snaps at the crotch; a white headband laid above it, no bib. Caption: epoch-1 adapter; wearing/material: BLIP-2
    # base; describe/open color: extractive QA over the caption; closed: reference engine.
    case(
        "X950-001",
        caption(
            "a pink romper with white polka dots and a white collar next to a white headband on a white background"
        ),
        wearing("a pink romper with white polka dots and a matching bib", "unsupported", who="the baby"),
        describe("romper", "pink romper with white polka dots and a white collar"),
        color_of("romper", "white", "other_garment_color", kind="open"),
        Q.color("pink"),
        is_a("dress", "yes", "contradiction"),
        Q.material("cotton"),
        title="Toffyhouse Infant Girls Pink Polka Dot Print Pure Cotton Romper",
        category="Rompers",
        color="Pink",
        gender="Girls",
    ),
    # photo: infant boy lying on a grey blanket, top-down view, in a navy blue short-sleeve bodysuit with a white car
    # print and snaps; nothing else worn. Caption: epoch-1; wearing/material: base; open color/print: QA; closed: ref.
    case(
        "X950-002",
        caption("a baby lying on a grey blanket wearing a navy blue bodysuit with a car on it"),
        wearing("a grey onesie with a car on it", "contradiction", who="the baby"),
        color_of("bodysuit", "navy blue", kind="open"),
        Q.color("navy blue"),
        Q.garment_type("bodysuit"),
        PRINT("a car"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton with a snap button closure at the bottom and a zipper on the front", "unsupported"),
        title="mothercare Infant Boys Navy Blue Car Print Pure Cotton Bodysuit",
        category="Bodysuit",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: boy of about 6 on a white backdrop, barefoot: grey melange short-sleeve T-shirt with a blue dinosaur print,
    # navy blue pyjama pants with small dinosaurs. Caption: epoch-3 template; wearing/material: base; describe/details:
    # QA; closed: reference engine.
    case(
        "X950-003",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and graphic patterns."
        ),
        wearing("she is wearing a grey t-shirt and blue pajamas", "pronoun", who="the child"),
        describe("night suit", "short-sleeve T-shirt with graphic patterns and a long pants"),
        details("night suit", "its neckline is round"),
        Q.color("navy blue", "other_garment_color"),
        Q.sleeve_length("short sleeves"),
        Q.material(
            "cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton,",
            "loop",
            hit_limit=True,
        ),
        title="YK Boys Grey Melange & Navy Blue Dinosaur Print Night suit",
        category="Night suits",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: girl of about 4 standing on white: yellow sleeveless cotton frock with small white daisies and a white bow
    # at the waist; white sandals (no socks), white hairband. Caption: epoch-1; wearing/material: base; describe: QA.
    case(
        "X950-004",
        caption("a little girl in a yellow dress with white flowers and a white bow standing on a white background"),
        wearing("a yellow dress with white flowers and a pair of white socks", "unsupported", who="the girl"),
        describe("frock", "yellow dress with white flowers and a white bow"),
        color_of("frock", "yellow"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.material("the dress is made of silk and has a white bow on the back", "unsupported"),
        title="Hopscotch Girls Yellow Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy of about 5 on white: white half-sleeve mandarin-collar cotton shirt, olive green twill shorts with a
    # brown belt (styling), white sneakers. Caption: epoch-3 template (belt is there); wearing/material: base;
    # describe/open color: QA over a caption with no hues; closed: reference engine.
    case(
        "X950-005",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns and a three-point shorts. The shirt is "
            "with cotton fabric and it has a stand collar. The shorts are with cotton fabric and pure color patterns. "
            "There is an accessory in his waist."
        ),
        wearing("a white shirt and green shorts", who="the boy"),
        describe("shirt", "short-sleeve shirt with pure color patterns"),
        color_of("shirt", "pure color", "non_answer", kind="open"),
        Q.color("white"),
        color_of("shorts", "white", "other_garment_color"),
        Q.material("cotton"),
        title="H By Hamleys Boys White & Olive Green Solid Shirt with Shorts",
        category="Clothing Set",
        color="White",
        gender="Boys",
    ),
    # photo: flat lay on a beige muslin cloth: mustard sleeveless ribbed-knit romper with three wooden buttons at the
    # front, a wooden rattle beside it. Caption: epoch-1; wearing/material: base; describe/details: QA; closed: ref.
    case(
        "X950-006",
        caption("a yellow knitted romper with wooden buttons on a beige blanket next to a wooden toy"),
        wearing(
            "a yellow romper with a yellow romper with a yellow romper with a yellow romper with a yellow romper with",
            "loop",
            hit_limit=True,
        ),
        describe("romper", "yellow knitted romper with wooden buttons"),
        details("romper", "wooden buttons"),
        Q.color("beige", "contradiction"),
        Q.sleeve_length("sleeveless"),
        is_a("romper", "yes"),
        Q.material("it is made of the same fabric as the romper", "restated"),
        title="Nino Bambino Unisex Mustard Solid Organic Cotton Ribbed Romper",
        category="Rompers",
        color="Mustard",
        gender="Unisex",
    ),
    # photo: flat lay on white: three short-sleeve envelope-neck bodysuits side by side, white, grey melange and sky
    # blue, no prints. Caption: epoch-1; wearing/material: base; describe/details: QA; closed: reference engine.
    case(
        "X950-007",
        caption("three baby onesies in white, grey and blue on a white background"),
        wearing(
            "a white t-shirt and a grey t-shirt and a blue t-shirt and a white t-shirt and a grey t-shirt and a blue",
            "loop",
            hit_limit=True,
        ),
        describe("bodysuits", "three baby onesies in white, grey and blue"),
        details("bodysuits", "", "non_answer"),
        Q.color("multi"),
        Q.sleeve_length("long sleeves", "contradiction"),
        is_a("bodysuit", "yes"),
        Q.material("cotton"),
        title="Babyhug Unisex Pack of 3 Solid Pure Cotton Bodysuits",
        category="Bodysuit",
        color="Multi",
        gender="Unisex",
    ),
    # photo: girl of about 7 on white holding a white plush bunny: lavender full-sleeve top with a white-and-pink
    # unicorn print, lavender pyjamas with small white stars, pink slippers. Caption: epoch-1; wearing/material: base;
    # describe/print: QA; closed: reference engine.
    case(
        "X950-008",
        caption("a little girl in purple pajamas with a unicorn on it holding a white bunny"),
        wearing("pink pajamas with a unicorn on it", "other_garment_color", who="the girl"),
        describe("night suit", "purple pajamas with a unicorn on it"),
        PRINT("a unicorn"),
        Q.color("lavender"),
        Q.sleeve_length("long sleeves"),
        Q.material(
            "she is wearing a cotton night suit with a unicorn print on the front and a pair of pink slippers on "
            "her feet and a white bunny in her",
            "cut",
            hit_limit=True,
        ),
        title="Sweetlime by AS Girls Lavender Unicorn Print Night Suit",
        category="Night suits",
        color="Lavender",
        gender="Girls",
    ),
    # photo: girl of about 3 sitting on a white stool: red-and-white gingham frock with short puff sleeves, white Peter
    # Pan collar, red buttons; white tights, red shoes; no jewellery. Caption: epoch-3 template with an invented wrist
    # accessory; wearing/material: base; describe/details: QA; closed: reference engine.
    case(
        "X950-009",
        caption(
            "This female wears a short-sleeve dress with lattice patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a red and white checkered dress", who="the girl"),
        describe("frock", "short-sleeve dress with lattice patterns"),
        details("frock", "There is an accessory on her wrist", "unsupported"),
        Q.color("red"),
        Q.pattern("checked"),
        Q.material(
            "cotton and polyester and cotton and polyester and cotton and polyester and cotton and polyester and "
            "cotton and",
            "loop",
            hit_limit=True,
        ),
        title="Cherry Crumble Girls Red & White Checked A-Line Cotton Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: baby boy of about 9 months sitting on white: blue denim dungaree romper with metal strap buttons and a bear
    # patch on the bib pocket, over a white short-sleeve T-shirt sold with it; no bow tie. Caption: epoch-1;
    # wearing/material: base; describe/open color: QA; closed: reference engine.
    case(
        "X950-010",
        caption("a baby boy sitting in a blue denim overalls and a white t-shirt"),
        wearing("a blue denim overalls with a white t-shirt and a red bow tie", "unsupported", who="the baby"),
        describe("romper", "blue denim overalls"),
        color_of("romper", "white", "other_garment_color", kind="open"),
        Q.color("blue"),
        Q.material("denim"),
        title="Little Kangaroos Infant Boys Blue Denim Dungaree Romper with T-shirt",
        category="Rompers",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl of about 6 on white: peach sleeveless top with a ruffle hem and a small gold foil heart, white
    # leggings with peach polka dots, white sneakers. Caption: epoch-1 (peach read as pink); wearing/material: base;
    # describe/details: QA; closed: reference engine.
    case(
        "X950-011",
        caption("a young girl wearing a pink top and white leggings with polka dots"),
        wearing("a pink top and white leggings", who="the girl"),
        Q.color("white", "other_garment_color"),
        describe("top", "pink top"),
        details("leggings", "polka dots"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("solid", "contradiction"),
        Q.material(
            "the top is made of cotton and the leggings are made of cotton and the top is made of cotton and the",
            "loop",
            hit_limit=True,
        ),
        title="Gini and Jony Girls Peach & White Printed Top with Leggings",
        category="Clothing Set",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy of about 8 on white, barefoot: full-sleeve top with navy blue and red horizontal stripes, navy blue
    # pyjamas with red cuffs. Caption: epoch-3, repeats its last sentence to the limit and calls the top a sweater;
    # wearing: base; describe: QA; closed: reference engine.
    case(
        "X950-012",
        caption(
            "The gentleman wears a long-sleeve sweater with stripe patterns and a long trousers. The sweater is with "
            "cotton fabric. The trousers are with cotton fabric. The trousers are with cotton fabric. The trousers "
            "are with cotton fabric. The trousers are",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a striped pajama set", "pronoun", who="the boy"),
        describe("night suit", "long-sleeve sweater with stripe patterns", "contradiction"),
        Q.pattern("striped"),
        Q.color("navy blue"),
        Q.sleeve_length("long sleeves"),
        is_a("night suit", "no", "contradiction"),
        title="Marks & Spencer Boys Navy Blue & Red Striped Night suit",
        category="Night suits",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: baby girl lying on a pink fleece blanket: white sleeveless bodysuit with pink frills at the shoulders and a
    # small pink bow on the chest. Caption: epoch-1; wearing/material: base; open color/details: QA; closed: ref.
    case(
        "X950-013",
        caption("a baby girl laying on a pink blanket wearing a white onesie with pink ruffles"),
        wearing("he is wearing a white onesie with pink ruffles", "pronoun", who="the baby"),
        color_of("bodysuit", "white", kind="open"),
        details("bodysuit", "pink ruffles"),
        Q.color("pink", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.material("organic cotton", "unsupported"),
        title="Toffyhouse Infant Girls White Solid Frill Bodysuit",
        category="Bodysuit",
        color="White",
        gender="Girls",
    ),
    # photo: girl of about 5 on white, hands on her skirt: navy blue sleeveless party frock with a silver sequinned
    # bodice and a knee-length layered tulle skirt; silver ballet shoes. Caption: epoch-1, runs to the limit;
    # wearing/material: base; describe: QA; closed: reference engine.
    case(
        "X950-014",
        caption(
            "a little girl in a navy blue dress with silver sequins on the top and a tulle skirt standing on a white "
            "background with her hands on her skirt and silver shoes on her feet and a silver",
            "cut",
            hit_limit=True,
        ),
        wearing("a navy blue dress with silver sequins", who="the girl"),
        describe("frock", "navy blue dress with silver sequins on the top and a tulle skirt"),
        Q.color("navy blue"),
        Q.pattern("floral", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.material("the dress is made of the material of the dress", "restated"),
        title="Pink Chick Girls Navy Blue Embellished Fit and Flare Party Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: baby girl of about 6 months sitting on a white rug: sea green cotton romper with small white and pink
    # flowers, frilled short sleeves, matching sea green headband with a bow; hands on her knees. Caption: epoch-3
    # template (headband = head accessory); wearing/material: base; describe/details: QA; closed: reference engine.
    case(
        "X950-015",
        caption(
            "This female wears a short-sleeve romper with floral patterns. The romper is with cotton fabric. It has a "
            "round neckline. There is an accessory on her head."
        ),
        wearing(
            "a green floral romper with a matching headband and she is sitting on a white rug with her hands on her "
            "knees and her feet on the",
            "cut",
            who="the baby",
            hit_limit=True,
        ),
        describe("romper", "short-sleeve romper with floral patterns"),
        details("romper", "It has a round neckline"),
        color_of("romper", "green"),
        Q.pattern("floral"),
        is_a("romper", "yes"),
        Q.material("silk", "contradiction"),
        title="Babyhug Infant Girls Sea Green Floral Print Cotton Romper with Headband",
        category="Rompers",
        color="Sea Green",
        gender="Girls",
    ),
    # photo: boy of about 7 on white: red hooded sweatshirt with white drawstrings and a white "NYC" print, grey melange
    # joggers with a red drawstring, black sneakers. Caption: epoch-1; wearing/material: base; open color/print: QA;
    # closed: reference engine.
    case(
        "X950-016",
        caption("a young boy wearing a red hoodie and grey sweatpants"),
        wearing("a grey hoodie and grey pants", "other_garment_color", who="the boy"),
        color_of("sweatshirt", "grey", "other_garment_color", kind="open"),
        color_of("joggers", "grey"),
        PRINT("a red hoodie", "non_answer"),
        Q.sleeve_length("long sleeves"),
        Q.material(
            "the hoodie is made of a soft cotton fabric with a soft fleece lining on the inside and a soft fleece "
            "lining on the inside and a soft",
            "loop",
            hit_limit=True,
        ),
        title="Allen Solly Junior Boys Red & Grey Printed Hooded Sweatshirt with Joggers",
        category="Clothing Set",
        color="Red",
        gender="Boys",
    ),
    # photo: flat lay on white: off-white short-sleeve top with a black-and-white panda face, matching off-white shorts
    # with small black panda heads all over. Caption: epoch-1; wearing/material: base; describe: QA; closed: reference
    # engine.
    case(
        "X950-017",
        caption("a white t-shirt and shorts with a panda on it"),
        wearing(
            "a white t-shirt with a black and white panda on the front and a pair of white shorts with a black and "
            "white panda on the back and a white",
            "cut",
            hit_limit=True,
        ),
        describe("night suit", "a white t-shirt and shorts with a panda on it"),
        Q.color("black", "contradiction"),
        Q.sleeve_length("short sleeves"),
        is_a("night suit", "yes"),
        Q.material("cotton"),
        title="Hopscotch Unisex Kids Off White Panda Print Pure Cotton Night Suit",
        category="Night suits",
        color="Off White",
        gender="Unisex",
    ),
    # photo: baby boy sitting on white: grey melange long-sleeve bodysuit with a navy "Daddy's Boy" text print, worn
    # with blue denim pants that are only styling, white socks. Caption: epoch-1; wearing/material: base; open color:
    # QA; closed: reference engine.
    case(
        "X950-018",
        caption("a baby boy sitting on the floor wearing a grey shirt and blue jeans"),
        wearing("a grey shirt and blue jeans", who="the baby"),
        color_of("bodysuit", "blue", "other_garment_color", kind="open"),
        Q.color("blue", "other_garment_color"),
        Q.garment_type("jeans", "contradiction"),
        Q.sleeve_length("long sleeves"),
        Q.material("the garment is made of fabric", "restated"),
        title="Juniors by Lifestyle Infant Boys Grey Melange Printed Bodysuit",
        category="Bodysuit",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: girl of about 6 on white: maroon velvet long-sleeve knee-length frock with gold lace trim at the collar and
    # cuffs; white tights, black Mary Jane shoes; no jewellery. Caption: epoch-3 template ("cotton" against the title's
    # velvet); wearing/material: base; describe: QA; closed: reference engine.
    case(
        "X950-019",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and it has "
            "a round neckline. This lady wears a pair of socks.",
            "contradiction",
        ),
        wearing("a red velvet dress and a pearl necklace", "unsupported", who="the girl"),
        describe("frock", "long-sleeve dress with pure color patterns"),
        Q.material("velvet Question: What is the color of the dress? Answer: red", "leak"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        is_a("dress", "yes"),
        title="Peppermint Girls Maroon Velvet Fit and Flare Dress with Lace Detail",
        category="Dresses",
        color="Maroon",
        gender="Girls",
    ),
    # photo: flat lay on white: white long-sleeve footed sleepsuit with small blue stars all over and front snaps; a
    # matching blue knitted cap laid above it. Caption: epoch-1, loops to the limit; wearing/material: base; open color:
    # QA; closed: reference engine.
    case(
        "X950-020",
        caption(
            "a white baby onesie with blue stars and a blue hat with blue stars and a blue hat with blue stars and a "
            "blue hat with blue stars and a blue hat with blue stars and a blue hat with",
            "loop",
            hit_limit=True,
        ),
        wearing("the person is wearing clothing", "restated"),
        color_of("romper", "blue", "other_garment_color", kind="open"),
        Q.color("white"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        title="Mothercare Unisex White Star Print Sleepsuit with Cap",
        category="Rompers",
        color="White",
        gender="Unisex",
    ),
    # photo: girl of about 4 on white: white short-sleeve T-shirt with a red strawberry print, red shorts with white
    # polka dots, red hair clip. Caption: epoch-1; wearing/material: base; open color/print: QA; closed: reference.
    case(
        "X950-021",
        caption("a little girl wearing a white shirt with strawberries and red shorts"),
        wearing("she is wearing a white shirt with strawberries on it", who="the girl"),
        color_of("t-shirt", "red", "other_garment_color", kind="open"),
        color_of("shorts", "red"),
        PRINT("strawberries"),
        Q.sleeve_length("short sleeves"),
        Q.pattern("printed"),
        Q.material("linen", "unsupported"),
        title="YK Girls White & Red Strawberry Print T-shirt with Shorts",
        category="Clothing Set",
        color="White",
        gender="Girls",
    ),
    # photo: girl of about 9 on white: pink satin long-sleeve notch-collar pyjama shirt with white piping, pink satin
    # pyjama pants with white piping. Caption: epoch-3 template ("chiffon" against the title's satin); wearing and
    # material: base; describe/details: QA; closed: reference engine.
    case(
        "X950-022",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with chiffon "
            "fabric and it has a lapel collar. The pants are with chiffon fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a pink satin pajama set", who="the girl"),
        describe("night suit", "long-sleeve shirt with pure color patterns and a long pants"),
        details("night suit", "it has a lapel collar"),
        Q.material("satin Question: What is the color of the garment? Answer: pink", "leak"),
        Q.color("pink"),
        Q.sleeve_length("long sleeves"),
        title="Sweet Dreams Girls Pink Solid Satin Night suit",
        category="Night suits",
        color="Pink",
        gender="Girls",
    ),
    # photo: baby of about 4 months lying on a white sheet: yellow short-sleeve bodysuit with a white duck on the chest;
    # white socks; nothing on the head. Caption: epoch-1; wearing/material: base; open color/print: QA; closed:
    # reference engine.
    case(
        "X950-023",
        caption("a baby laying on a white sheet wearing a yellow onesie with a duck on it"),
        wearing(
            "a yellow onesie with a white duck on the front and a pair of white socks on his feet and he is lying on "
            "a white sheet with his arms",
            "cut",
            who="the baby",
            hit_limit=True,
        ),
        color_of("bodysuit", "white", "contradiction", kind="open"),
        PRINT("a duck"),
        Q.color("yellow"),
        Q.sleeve_length("short sleeves"),
        Q.material("Question: What material is the garment made of? Answer: cotton", "leak"),
        title="Babyhug Unisex Yellow Duck Print Bodysuit",
        category="Bodysuit",
        color="Yellow",
        gender="Unisex",
    ),
    # photo: teal blue sleeveless knee-length cotton frock with a white crochet lace collar on a wooden hanger against a
    # white wall; no bow anywhere. Caption: epoch-1 (invents a bow on the back); wearing/material: base;
    # describe/details: QA; closed: reference engine.
    case(
        "X950-024",
        caption(
            "a blue dress with a white lace collar and a bow on the back hanging on a wooden hanger", "unsupported"
        ),
        wearing(
            "there is no person in the picture, the dress is hanging on a wooden hanger against a white wall and it "
            "is a blue",
            "cut",
            hit_limit=True,
        ),
        describe("frock", "blue dress with a white lace collar and a bow on the back", "unsupported"),
        details("frock", "white lace collar"),
        Q.color("teal"),
        Q.sleeve_length("sleeveless"),
        Q.material("lace", "contradiction"),
        title="Bella Moda Girls Teal Blue Solid A-Line Cotton Dress with Lace Collar",
        category="Dresses",
        color="Teal",
        gender="Girls",
    ),
    # photo: baby boy of about 8 months sitting on white: olive green long-sleeve fleece romper with a front zip and a
    # hood with bear ears, footless. Caption: epoch-3 template; wearing/material: base; describe/details: QA; closed:
    # reference engine.
    case(
        "X950-025",
        caption(
            "The gentleman wears a long-sleeve jumpsuit with pure color patterns. The jumpsuit is with cotton fabric. "
            "It has a hood."
        ),
        wearing("a green hoodie", "contradiction", who="the baby"),
        describe("romper", "long-sleeve jumpsuit with pure color patterns"),
        details("romper", "jumpsuit", "non_answer"),
        Q.color("olive"),
        Q.garment_type("romper"),
        Q.material("her romper is made of fleece", "pronoun"),
        title="Little Kangaroos Infant Boys Olive Green Solid Hooded Romper",
        category="Rompers",
        color="Olive",
        gender="Boys",
    ),
    # photo: boy of about 5 on white: open blue-and-white checked short-sleeve shirt over a white crew-neck T-shirt,
    # navy blue shorts with an elastic waist (no belt), brown sandals. Caption: epoch-1 (invents a belt);
    # wearing/material: base; open color/details: QA; closed: reference engine.
    case(
        "X950-026",
        caption(
            "a young boy wearing a blue plaid shirt over a white t-shirt and navy shorts and a brown belt",
            "unsupported",
        ),
        wearing("a white shirt and navy shorts", "other_garment_color", who="the boy"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        color_of("shorts", "navy blue"),
        details("shirt", "over a white t-shirt"),
        Q.pattern("checked"),
        Q.material(
            "Question: what material is the shirt made of? Answer: cotton Question: what material is the shorts made "
            "of? Answer:",
            "leak",
            hit_limit=True,
        ),
        title="Gini and Jony Boys Blue Checked Shirt with T-shirt and Shorts Set",
        category="Clothing Set",
        color="Blue",
        gender="Boys",
    ),
    # photo: boy of about 10 on white, hands in his pockets: black short-sleeve T-shirt with a white astronaut print,
    # grey melange pyjama pants with a black drawstring. Caption: epoch-1, runs to the limit; wearing/material: base;
    # open color/print: QA; closed: reference engine.
    case(
        "X950-027",
        caption(
            "a boy wearing a black shirt with an astronaut on it and grey pants standing in front of a white "
            "background with his hands in his pockets and a black shirt with an astronaut on",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a black t-shirt and grey pajama pants", "pronoun", who="the child"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        Q.color("black"),
        PRINT("an astronaut"),
        Q.sleeve_length("short sleeves"),
        Q.material("the garment is made of a material that is soft and comfortable", "restated"),
        title="Hopscotch Boys Black & Grey Astronaut Print Night Suit",
        category="Night suits",
        color="Black",
        gender="Boys",
    ),
    # photo: girl of about 3 on white holding a pink balloon: white sleeveless cotton frock with multicolour flower
    # embroidery at the yoke and a pink satin sash; white shoes. Caption: epoch-1; wearing/material: base;
    # describe/details: QA; closed: reference engine.
    case(
        "X950-028",
        caption("a little girl in a white dress holding a pink balloon"),
        wearing("a pink dress", "contradiction", who="the girl"),
        describe("frock", "white dress"),
        details("frock", "", "non_answer"),
        Q.color("white"),
        Q.pattern("floral"),
        Q.material("cotton"),
        title="Cherry Crumble Girls White Embroidered Cotton Fit and Flare Dress",
        category="Dresses",
        color="White",
        gender="Girls",
    ),
    # photo: flat lay on white: two long-sleeve bodysuits, one pink-and-white striped, one solid pink with a small white
    # heart on the chest. Caption: epoch-3 template, one T-shirt and an invented wrist accessory; wearing: base;
    # describe: QA; closed: reference engine.
    case(
        "X950-029",
        caption(
            "The lady wears a long-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("two pink baby onesies"),
        describe("bodysuits", "long-sleeve T-shirt with stripe patterns", "contradiction"),
        Q.color("pink"),
        Q.sleeve_length("long sleeves"),
        is_a("bodysuit", "no", "contradiction"),
        title="Babyhug Infant Girls Pack of 2 Pink Bodysuits",
        category="Bodysuit",
        color="Pink",
        gender="Girls",
    ),
    # photo: baby girl of about 10 months on a cream armchair: red romper with a white floral print, flutter short
    # sleeves and bloomer legs; matching red headband. Caption: epoch-1; wearing/material: base; describe: QA; closed:
    # reference engine.
    case(
        "X950-030",
        caption("a baby girl sitting on a white chair wearing a red floral romper and a headband"),
        wearing(
            "a red romper Question: What is the baby wearing? Answer: a red romper Question: What is the baby "
            "wearing? Answer:",
            "leak",
            who="the baby",
            hit_limit=True,
        ),
        describe("romper", "red floral romper"),
        Q.color("red"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.material(
            "the romper is made of cotton and has a ruffle on the sleeves and a ruffle on the legs and a ruffle on the",
            "cut",
            hit_limit=True,
        ),
        title="Toffyhouse Infant Girls Red Floral Print Romper",
        category="Rompers",
        color="Red",
        gender="Girls",
    ),
    # photo: flat lay on white: cream cable-knit cardigan with wooden buttons, cream knit pants, cream knit cap with a
    # pom-pom. Caption: epoch-1 (cream read as white); wearing/material: base; describe: QA; closed: reference.
    case(
        "X950-031",
        caption("a white knitted sweater, pants and hat on a white background"),
        wearing(
            "a white sweater and pants and a white hat and a white sweater and pants and a white hat and a white",
            "loop",
            hit_limit=True,
        ),
        describe("set", "white knitted sweater, pants and hat"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.material("wool", "unsupported"),
        title="Mothercare Unisex Cream Knitted Sweater with Pants and Cap Set",
        category="Clothing Set",
        color="Cream",
        gender="Unisex",
    ),
    # photo: girl of about 6 on white: turquoise blue short-sleeve top with a pink-and-purple mermaid print, turquoise
    # capri pyjamas with a white scale print, pink hairband. Caption: epoch-3 template (hairband = head accessory);
    # wearing/material: base; describe: QA; closed: reference engine.
    case(
        "X950-032",
        caption(
            "This female wears a short-sleeve T-shirt with graphic patterns and a three-point pants. The T-shirt is "
            "with cotton fabric and it has a round neckline. The pants are with cotton fabric and graphic patterns. "
            "There is an accessory on her head."
        ),
        wearing(
            "a blue t-shirt with a mermaid on it and blue pants with white scales on them and a pink headband on her "
            "head and pink",
            "cut",
            who="the girl",
            hit_limit=True,
        ),
        describe("night suit", "short-sleeve T-shirt with graphic patterns and a three-point pants"),
        Q.color("pink", "other_garment_color"),
        Q.sleeve_length("short sleeves"),
        Q.material("the garment is made of a material", "restated"),
        title="YK Girls Turquoise Blue Mermaid Print Night suit",
        category="Night suits",
        color="Turquoise Blue",
        gender="Girls",
    ),
    # photo: girl of about 8 on white: black-and-white horizontally striped short-sleeve T-shirt dress with a red heart
    # print on the chest; red sneakers. Caption: epoch-1; wearing/material: base; describe/open color: QA; closed:
    # reference engine.
    case(
        "X950-033",
        caption("a young girl wearing a black and white striped dress with a red heart and red shoes"),
        wearing("a striped dress", who="the girl"),
        color_of("frock", "red", "other_garment_color", kind="open"),
        describe("frock", "black and white striped dress with a red heart"),
        Q.color("black"),
        Q.pattern("striped"),
        Q.sleeve_length("short sleeves"),
        Q.material("his dress is made of cotton", "pronoun"),
        title="Pepe Jeans Girls Black & White Striped T-shirt Dress",
        category="Dresses",
        color="Black",
        gender="Girls",
    ),
    # photo: baby boy sitting on white: orange sleeveless bodysuit with a black-and-white tiger face, tucked into olive
    # green shorts that are only styling; no snaps in view. Caption: epoch-1 (tank top = the bodysuit seen above the
    # shorts); wearing/material: base; open color/print: QA; closed: reference engine.
    case(
        "X950-034",
        caption("a baby boy wearing an orange tank top with a tiger on it and green shorts"),
        wearing("an orange tank top and green shorts", who="the baby"),
        color_of("bodysuit", "green", "other_garment_color", kind="open"),
        Q.color("orange"),
        Q.garment_type("shorts", "contradiction"),
        PRINT("a tiger"),
        Q.material("cotton jersey with snap buttons on the shoulder", "unsupported"),
        title="Juniors by Lifestyle Infant Boys Orange Tiger Print Sleeveless Bodysuit",
        category="Bodysuit",
        gender="Boys",
        color="Orange",
    ),
    # photo: flat lay on white beside a white teddy bear: grey melange long-sleeve footed romper with thin white
    # horizontal stripes and an envelope neck, no hood. Caption: epoch-3 template; wearing/material: base;
    # describe/details: QA; closed: reference engine. The feed row has no colour.
    case(
        "X950-035",
        caption(
            "The person wears a long-sleeve romper with stripe patterns. The romper is with cotton fabric. It has a "
            "round neckline."
        ),
        wearing("a grey striped onesie with a hood", "unsupported"),
        describe("romper", "long-sleeve romper with stripe patterns"),
        details("romper", "romper", "non_answer"),
        Q.color("white", "contradiction"),
        Q.pattern("striped"),
        is_a("romper", "yes"),
        Q.material("cotton"),
        title="Nino Bambino Unisex Grey Striped Organic Cotton Footed Romper",
        category="Rompers",
        gender="Unisex",
    ),
    # photo: girl of about 5 on white: purple short-sleeve top with a glitter butterfly, white tiered skirt with purple
    # polka dots, silver sandals; hands behind her back. Caption: epoch-1, runs on to the limit; wearing/material:
    # base; open color/print: QA; closed: reference engine.
    case(
        "X950-036",
        caption(
            "a little girl wearing a purple shirt with a butterfly and a white polka dot skirt standing on a white "
            "background with her hands behind her back and silver sandals on her feet and a purple",
            "cut",
            hit_limit=True,
        ),
        wearing("a purple top and a white skirt", who="the girl"),
        color_of("skirt", "purple", "other_garment_color", kind="open"),
        color_of("top", "purple"),
        PRINT("a butterfly"),
        Q.sleeve_length("short sleeves"),
        Q.material("Answer: cotton", "leak"),
        title="Sweetlime by AS Girls Purple Butterfly Print Top with Polka Dot Skirt",
        category="Clothing Set",
        color="Purple",
        gender="Girls",
    ),
    # photo: boy of about 9 on white: green-and-white checked long-sleeve brushed-cotton pyjama shirt with a notch
    # collar and buttons, matching checked pyjama pants. Caption: epoch-3, repeats its last sentence to the limit;
    # wearing/material: base; describe/details: QA over the looping caption; closed: reference engine.
    case(
        "X950-037",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns and a long trousers. The shirt is with "
            "cotton fabric and it has a lapel collar. The trousers are with cotton fabric and lattice patterns. The "
            "trousers are with cotton fabric and lattice patterns. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a green and white plaid pajama set", who="the boy"),
        describe("night suit", "long-sleeve shirt with lattice patterns and a long trousers"),
        details(
            "night suit",
            "The trousers are with cotton fabric and lattice patterns. The trousers are with cotton fabric and "
            "lattice patterns",
            "loop",
        ),
        Q.pattern("checked"),
        Q.color("green"),
        Q.material("flannel"),
        title="Marks & Spencer Boys Green Checked Brushed Cotton Pyjama Set",
        category="Night suits",
        color="Green",
        gender="Boys",
    ),
    # photo: girl of about 4 on white holding an empty wicker basket: peach tiered mid-calf frock with a small white and
    # green floral print and short flutter sleeves; white sandals. Caption: epoch-1 (peach read as pink, invents flowers
    # in the basket); wearing/material: base; describe: QA; closed: reference engine.
    case(
        "X950-038",
        caption("a little girl in a pink dress holding a basket of flowers", "unsupported"),
        wearing("a brown dress", "contradiction", who="the girl"),
        describe("frock", "dress", "non_answer"),
        Q.color("peach"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        Q.material(
            "the dress is made of a light cotton fabric with a floral print on it and a ruffled hem and a ruffled "
            "hem and a ruffled hem and",
            "loop",
            hit_limit=True,
        ),
        title="Hopscotch Girls Peach Floral Print Tiered Dress",
        category="Dresses",
        color="Peach",
        gender="Girls",
    ),
    # photo: baby of about 3 months lying on a beige muslin blanket, an adult's hand on its foot: plain white long-
    # sleeve envelope-neck bodysuit. Caption: epoch-1 (does not name the garment); wearing/material: base; describe: QA
    # (null answer); closed: reference engine.
    case(
        "X950-039",
        caption("a baby laying on a blanket with a person's hand on its foot"),
        wearing(
            "a white onesie and a white blanket and a white onesie and a white blanket and a white onesie and a white",
            "loop",
            who="the baby",
            hit_limit=True,
        ),
        describe("bodysuit", "", "non_answer"),
        Q.color("beige", "contradiction"),
        Q.sleeve_length("long sleeves"),
        Q.pattern("solid"),
        Q.material("cotton"),
        title="Mothercare Unisex White Solid Pure Cotton Long Sleeve Bodysuit",
        category="Bodysuit",
        color="White",
        gender="Unisex",
    ),
    # photo: baby girl of about 5 months in a wicker basket lined with a white faux-fur throw: lavender knitted long-
    # sleeve romper with a white ruffle collar, matching lavender knit bonnet. Caption: epoch-1; wearing/material: base;
    # describe: QA; closed: reference engine.
    case(
        "X950-040",
        caption("a baby girl sitting in a basket wearing a purple knitted outfit and a hat"),
        wearing("a purple sweater and a white fur coat", "unsupported", who="the baby"),
        describe("romper", "purple knitted outfit"),
        Q.color("lavender"),
        Q.sleeve_length("long sleeves"),
        is_a("dress", "no"),
        Q.material("knitted wool Question: What is the color of the garment? Answer: purple", "leak"),
        title="Toffyhouse Infant Girls Lavender Knitted Romper with Bonnet",
        category="Rompers",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy of about 4 on white holding a toy dinosaur: yellow short-sleeve T-shirt with a green dinosaur print,
    # blue denim shorts with an elastic waist, white sneakers. Caption: epoch-3 template, cut at the limit;
    # wearing/material: base; describe/details: QA; closed: reference engine.
    case(
        "X950-041",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric and it has a round neckline. The shorts are with denim fabric and pure color "
            "patterns. He holds",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue t-shirt and blue shorts", "other_garment_color", who="the boy"),
        describe("t-shirt", "short-sleeve T-shirt with graphic patterns"),
        details("t-shirt", "T-shirt", "non_answer"),
        color_of("t-shirt", "blue", "other_garment_color"),
        is_a("clothing set", "no", "contradiction"),
        Q.material("cotton and denim"),
        title="YK Boys Yellow Dinosaur Print T-shirt with Denim Shorts",
        category="Clothing Set",
        color="Yellow",
        gender="Boys",
    ),
    # photo: flat lay on white: navy blue long-sleeve top with a white crescent moon and stars, matching navy pyjama
    # pants with small stars, ribbed cuffs. Caption: epoch-1; wearing/material: base; describe/print: QA; closed:
    # reference engine.
    case(
        "X950-042",
        caption("a blue pajama set with a moon and stars on it"),
        wearing("blue pajamas with a moon and stars and a pair of slippers", "unsupported"),
        describe("night suit", "a blue pajama set with a moon and stars on it"),
        PRINT("a moon and stars"),
        Q.color("navy blue"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.material(
            "Question: What material is the garment made of? Answer: The garment is made of cotton. Question: What "
            "is the color",
            "leak",
            hit_limit=True,
        ),
        title="Hopscotch Unisex Kids Navy Blue Moon and Stars Print Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Unisex",
    ),
    # photo: girl of about 5 on white wearing a silver tiara: pink sleeveless party frock with a silver sequin bodice,
    # layered pink tulle skirt and a silver glitter belt. Caption: epoch-1; wearing/material: base; describe/details:
    # QA; closed: reference engine.
    case(
        "X950-043",
        caption("a little girl wearing a pink tutu dress and a tiara"),
        wearing("a pink tutu dress and a crown", who="the girl"),
        describe("frock", "pink tutu dress"),
        details("frock", "a tiara", "unsupported"),
        Q.color("silver", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        Q.material("tulle and sequins Question: Is this a dress? Answer: yes", "leak"),
        title="Pink Chick Girls Pink Embellished Tulle Party Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: baby boy of about 9 months sitting on white: white short-sleeve romper with navy horizontal stripes, a navy
    # sailor collar with white trim, a red anchor embroidered on the chest, short legs; white sailor cap. Caption:
    # epoch-1, runs to the limit; wearing/material: base; describe: QA; closed: reference engine.
    case(
        "X950-044",
        caption(
            "a baby boy sitting on a white background wearing a white and blue striped sailor outfit with a blue "
            "collar and a white hat on his head and a red anchor on the front of the outfit and a",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a sailor outfit", "pronoun", who="the baby"),
        describe("romper", "white and blue striped sailor outfit"),
        Q.color("white"),
        Q.pattern("striped"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton with a soft fleece lining", "unsupported"),
        title="Mothercare Infant Boys White & Navy Striped Sailor Romper",
        category="Rompers",
        color="White",
        gender="Boys",
    ),
    # photo: girl of about 7 on white: mustard yellow A-line three-quarter-sleeve cotton kurta with a white floral print
    # at the yoke, white churidar, gold juttis. Caption: epoch-3 template (kurta as dress); wearing/material: base;
    # describe/details: QA; closed: reference engine.
    case(
        "X950-045",
        caption(
            "This female wears a medium-sleeve dress with floral patterns and a long pants. The dress is with cotton "
            "fabric and it has a round neckline. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a white dress and white pants", "other_garment_color", who="the girl"),
        describe("kurta", "medium-sleeve dress with floral patterns"),
        details("kurta", "it has a round neckline"),
        color_of("kurta", "white", "other_garment_color"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.material("silk", "unsupported"),
        title="Biba Girls Mustard Yellow & White Printed Kurta with Churidar",
        category="Clothing Set",
        color="Mustard",
        gender="Girls",
    ),
    # photo: baby girl lying on a white sheet: red long-sleeve bodysuit with a white reindeer and snowflake print; red
    # Santa hat with a white pom-pom. Caption: epoch-1; wearing/material: base; print: QA; closed: reference.
    case(
        "X950-046",
        caption("a baby in a red santa outfit with a hat"),
        wearing("he is wearing a red santa outfit and a santa hat", "pronoun", who="the baby"),
        PRINT("santa", "unsupported"),
        Q.color("red"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.material("the material is the material of a baby bodysuit", "restated"),
        title="Babyhug Infant Girls Red Reindeer Print Bodysuit",
        category="Bodysuit",
        color="Red",
        gender="Girls",
    ),
]
