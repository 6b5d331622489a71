"""BLIND_1055 (46 products; girls' dresses, frocks, skirts; VQA adapter): written blind in the fifty-ninth session.
Measured blind at 7d273ef (the session's fifth rules): 110/125 failures found (88.0%) and 8/179 correct texts flagged
(4.5%). The writer's notes, verbatim:

Scenario: a Myntra-like kids' feed, one night of enrich over girls' dresses, frocks, pinafores and skirts. Catalog
photos on a white or light-grey backdrop, a child model in front view (one three-quarter view, one toddler sitting on
a rug); skirts are always worn with a top (t-shirt, sweater, cardigan, kurti), dresses sometimes with a jacket,
cardigan, tights, leggings or a dupatta; props in hand (teddy bear, duck, bunny, backpack, clutch). The seller's
columns are title, category (Dresses or Skirts; frocks sit under Dresses), color (Myntra base colour) and gender.
One row has no color, one no category, one no gender, as real feeds have them.

Who wrote what: every text comes from Salesforce/blip2-opt-2.7b in 8-bit with the LoRA adapter
leoreigoto/Data3_V3_BLIP2_VQA (one epoch on In-shop VQA pairs, trained without an end-of-answer token). The caption
is free generation from the bare image (50 new tokens); the VQA-only training broke it: it sometimes answers an
unasked question, runs into the `Question: ... Answer:` template, loops, names the top's color for the skirt, or
invents a scene. Open answers (the VQA data's "What cloth is the person wearing?", describe, details, material) are
greedy free generation, 30 new tokens, lowercase short phrases; most stop at a newline, some run to the limit
(loops, cuts, a second `Question:` turn). Closed answers (garment type, color of the dress/skirt, pattern, sleeve
length, "Is this a skirt?") come from enrich's `--engine reference`, one candidate each: never cut or looped, but
the adapter ranks the most salient color or garment first, often the top's, the cardigan's or a prop's.

Labeling conventions and judgement calls:
- A shade within the seller's color group is correct (maroon dress called red, lavender called purple, teal called
  blue, silver called grey, mustard called yellow, a gingham check called plaid or checkered).
- The color of another worn garment or worn accessory (top, sweater, cardigan, tights, leggings, jacket, dupatta,
  belt, bag on the back) given as the product's color is other_garment_color; the color of a held prop (toy duck)
  is contradiction, since no garment owns it.
- Another garment's type, pattern, sleeves or fabric given for the product (garment type "sweatshirt" for the
  skirt, "striped" or "long sleeves" from the tee under a pinafore, "wool" from the sweater over a corduroy skirt)
  is contradiction, and so is a plain wrong color, type or yes/no.
- Material: a fabric the title names, or one the photo shows by its texture (denim, net/tulle, velvet, lace,
  corduroy, sequins), is correct; a fabric the title does not name and the photo cannot show (cotton, silk,
  polyester, wool, leather for foil) is unsupported.
- Details the front view cannot show (a back zip, a bow at the back, side pockets under a top, a lining) and
  invented scenes (a birthday party, a wedding, eating ice cream) are unsupported.
- One word, yes/no or only the question's noun back to an open question is non_answer ("yes", "dress", "blue" for
  the details); an answer built from the question's own words ("the skirt is a skirt", "the details of the dress
  are") is restated; a color given for the material question is non_answer.
- he/his for a Girls row is pronoun, in captions too; the row without a gender column has no pronoun label.
- A text that runs into a new `Question:`/`Answer:` turn is leak even when it also repeats; a repeated phrase with no
  template is loop; a text ending mid-phrase at the limit is cut. Loops, cuts and run-on leaks carry hit_limit=True.
- Incomplete but true answers (the dress named without the cardigan, "a tutu") are correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question

# the VQA training data's own wearing prompt, asked as the open question
cloth = question("wearing", "What cloth is the person wearing?", "open")

BLIND_1055 = [
    # photo: pink fit-and-flare dress with a small white floral print, short puff sleeves, white sandals, white
    # backdrop, front view. VQA adapter wrote all texts; closed ones from the reference engine.
    case(
        "X1055-001",
        caption("a little girl wearing a pink dress with white flowers"),
        cloth("a pink floral dress"),
        Q.garment_type("dress"),
        color_of("dress", "red", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        details(
            "dress",
            "the dress has puff sleeves, a round neck and a flared skirt with a flared skirt with a flared skirt with"
            " a flared skirt with a flared",
            "loop",
            hit_limit=True,
        ),
        title="Peppermint Girls Pink Printed Fit and Flare Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: navy knee-length A-line skirt, tucked-in white t-shirt with a printed grey cat, white sneakers, white
    # backdrop, front view. VQA adapter, all texts.
    case(
        "X1055-002",
        caption("a girl in a white t-shirt and a blue skirt"),
        cloth("a white t-shirt and a navy skirt"),
        color_of("skirt", "white", "other_garment_color"),
        is_a("skirt", "yes"),
        describe("skirt", "the skirt is white with a cat on it", "other_garment_color"),
        Q.material("cotton", "unsupported"),
        title="Gini and Jony Girls Navy Blue Solid A-Line Skirt",
        category="Skirts",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: peach sleeveless party dress, sequinned bodice, layered net skirt to mid-calf, the girl holds a small
    # silver clutch, white backdrop. VQA adapter, all texts.
    case(
        "X1055-003",
        caption("a little girl in a peach colored party dress holding a silver purse"),
        cloth("a peach party dress"),
        color_of("dress", "orange", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.material("net"),
        describe(
            "dress",
            "the dress is a peach party dress with a sequin bodice and a net skirt Question: What is the color of"
            " the dress? Answer: peach Question:",
            "leak",
            hit_limit=True,
        ),
        details("dress", "the dress is made of silk and has a zipper at the back", "unsupported"),
        title="Cutecumber Girls Peach-Coloured Embellished Net Fit and Flare Dress",
        category="Dresses",
        color="Peach",
        gender="Girls",
    ),
    # photo: red-and-white gingham sleeveless A-line dress with a white peter pan collar, black mary-jane shoes,
    # white backdrop. VQA adapter, all texts.
    case(
        "X1055-004",
        caption("a girl in a red and white checkered dress"),
        Q.garment_type("dress"),
        color_of("dress", "red"),
        Q.pattern("striped", "contradiction"),
        describe("dress", "red and white plaid dress with a white collar"),
        cloth("he is wearing a red and white checkered dress", "pronoun"),
        title="Tiny Girl Girls Red & White Checked A-Line Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: yellow tiered maxi dress with tie shoulder straps, straw hat, light-grey backdrop, three-quarter view.
    # VQA adapter, all texts.
    case(
        "X1055-005",
        caption(
            "a girl in a yellow dress and a straw hat Question: What cloth is the person wearing? Answer: a yellow"
            " dress and a straw hat Question: What is the color of the dress? Answer: yellow Question: What",
            "leak",
            hit_limit=True,
        ),
        cloth("a yellow dress and a hat"),
        color_of("dress", "yellow"),
        Q.sleeve_length("sleeveless"),
        details(
            "dress",
            "the dress has tiered layers, thin straps that tie at the shoulders, a straw hat, and a long flowy skirt"
            " that goes down to the",
            "cut",
            hit_limit=True,
        ),
        Q.material("yes", "non_answer"),
        title="Hopscotch Girls Yellow Solid Tiered Maxi Dress",
        category="Dresses",
        color="Yellow",
        gender="Girls",
    ),
    # photo: black mini skirt covered in silver sequins, worn with a pink long-sleeve sweatshirt with a unicorn
    # print, white backdrop. VQA adapter, all texts.
    case(
        "X1055-006",
        caption("a girl wearing a pink sweatshirt with a unicorn and a black skirt"),
        color_of("skirt", "pink", "other_garment_color"),
        is_a("skirt", "yes"),
        Q.garment_type("sweatshirt", "contradiction"),
        describe("skirt", "the skirt is black with silver sequins"),
        Q.material("sequin fabric"),
        title="YK Girls Black Sequinned Flared Skirt",
        category="Skirts",
        color="Black",
        gender="Girls",
    ),
    # photo: mid-blue denim pinafore dress with a bib pocket and metal buttons on the straps, over a white-and-red
    # striped long-sleeve tee, white backdrop. VQA adapter, all texts.
    case(
        "X1055-007",
        caption("a young girl wearing a denim dress over a striped shirt"),
        cloth("a denim dress and a striped shirt"),
        color_of("dress", "blue"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.material("denim"),
        details("dress", "the dress has a pocket on the front and buttons on the straps"),
        title="Allen Solly Junior Girls Blue Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
        gender="Girls",
    ),
    # photo: white cotton knee-length dress with pink and yellow floral embroidery on the yoke, cap sleeves, white
    # backdrop with a grey floor shadow. VQA adapter, all texts.
    case(
        "X1055-008",
        caption("a girl wearing a white dress"),
        cloth("a white dress with pink flowers"),
        color_of("dress", "white"),
        Q.pattern("embroidered"),
        Q.material("cotton"),
        describe("dress", "white dress with embroidered flowers on the chest and a pink belt", "unsupported"),
        details("dress", "the dress has a lace trim on the hem and a zip at the back", "unsupported"),
        title="Nauti Nati Girls White Embroidered Cotton A-Line Dress",
        category="Dresses",
        color="White",
        gender="Girls",
    ),
    # photo: white midi skirt with large blue and yellow flowers, worn with a plain mint-green tank top, white
    # backdrop. VQA adapter, all texts.
    case(
        "X1055-009",
        caption("a girl in a green skirt", "other_garment_color"),
        cloth("a green top and a floral skirt"),
        color_of("skirt", "green", "other_garment_color"),
        describe("skirt", "the skirt is white with blue and yellow flowers"),
        details("skirt", "the skirt has two side pockets and a drawstring", "unsupported"),
        is_a("skirt", "yes"),
        title="Peppermint Girls Multicoloured Floral Print Flared Skirt",
        category="Skirts",
        color="Multi",
        gender="Girls",
    ),
    # photo: maroon ankle-length flared dress with gold foil ethnic motifs, three-quarter sleeves, a plain gold
    # dupatta draped over one shoulder, bangles, white backdrop. VQA adapter, all texts.
    case(
        "X1055-010",
        caption("a girl in a red dress with gold print and a gold scarf"),
        cloth("a maroon dress and a gold dupatta with mirror work", "unsupported"),
        color_of("dress", "maroon"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.pattern("printed"),
        describe("dress", "a gold dress with a maroon scarf", "other_garment_color"),
        details(
            "dress",
            "the dress has gold print all over, a round neck, three quarter sleeves and the sleeves are three quarter"
            " sleeves and the sleeves are three quarter",
            "loop",
            hit_limit=True,
        ),
        title="Biba Girls Maroon & Gold-Toned Ethnic Motifs Printed Flared Maxi Dress",
        category="Dresses",
        color="Maroon",
        gender="Girls",
    ),
    # photo: lavender tulle tutu skirt with an elastic waist, white t-shirt with "be kind" in gold letters, white
    # hairband, white backdrop. VQA adapter, all texts.
    case(
        "X1055-011",
        caption("a little girl wearing a pink tutu and a white shirt", "contradiction"),
        cloth("a tutu"),
        color_of("skirt", "purple"),
        Q.material("tulle"),
        describe("skirt", "the skirt is a skirt", "restated"),
        details("skirt", "layers of tulle and an elastic waist"),
        title="Cherry Crumble Girls Lavender Solid Tulle Tutu Skirt",
        category="Skirts",
        color="Lavender",
        gender="Girls",
    ),
    # photo: navy t-shirt dress with thin white horizontal stripes, short sleeves, small red embroidered logo on the
    # chest, white sneakers, white backdrop. VQA adapter, all texts.
    case(
        "X1055-012",
        caption("a girl in a blue and white striped dress"),
        Q.garment_type("t-shirt", "contradiction"),
        color_of("dress", "navy blue"),
        Q.pattern("striped"),
        Q.sleeve_length("short sleeves"),
        cloth(
            "a striped shirt and a striped shirt and a striped shirt and a striped shirt and a striped shirt and a"
            " striped shirt and a",
            "loop",
            hit_limit=True,
        ),
        details("dress", "the dress has a small red logo on the chest and a zip pocket on the side", "unsupported"),
        title="U.S. Polo Assn. Kids Girls Navy Blue & White Striped T-shirt Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: sage-green midi dress with small white and pink flowers, smocked bodice, flutter sleeves, tiered skirt,
    # the girl holds a brown teddy bear, white backdrop. VQA adapter, all texts.
    case(
        "X1055-013",
        caption("a girl holding a teddy bear wearing a green floral dress at a birthday party", "unsupported"),
        cloth("a green dress with flowers"),
        color_of("dress", "green"),
        Q.pattern("floral"),
        describe(
            "dress",
            "the dress is a green floral print dress with a smocked bodice, short flutter sleeves, a round neckline"
            " and a tiered skirt that falls below the knee and",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        title="H&M Girls Green Floral Print Smocked Dress",
        category="Dresses",
        color="Green",
        gender="Girls",
    ),
    # photo: grey melange knit A-line skirt, red long-sleeve top, black tights, white backdrop. VQA adapter.
    case(
        "X1055-014",
        caption("a girl wearing a red sweater and a red skirt and black tights", "other_garment_color"),
        color_of("skirt", "black", "other_garment_color"),
        is_a("skirt", "yes"),
        cloth("a red top, grey skirt and black leggings"),
        details("skirt", "the details of the skirt are the skirt details", "restated"),
        Q.material("wool", "unsupported"),
        title="Gini and Jony Girls Grey Solid A-Line Knit Skirt",
        category="Skirts",
        color="Grey",
        gender="Girls",
    ),
    # photo: bright magenta sleeveless skater dress with a thin black belt, black ballet flats, white backdrop.
    # VQA adapter, all texts.
    case(
        "X1055-015",
        caption("a girl in a bright pink dress with a black belt"),
        color_of("dress", "pink"),
        Q.garment_type("dress"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("polka dot", "contradiction"),
        describe("dress", "black", "other_garment_color"),
        cloth("she is wearing a pink dress and black shoes"),
        title="Pink Chick Girls Magenta Solid Fit and Flare Dress",
        category="Dresses",
        color="Magenta",
        gender="Girls",
    ),
    # photo: off-white broderie anglaise cotton dress, eyelet scalloped hem, short sleeves, a light-blue denim jacket
    # worn open over it, white backdrop. VQA adapter, all texts.
    case(
        "X1055-016",
        caption("a girl wearing a denim jacket over a white dress"),
        color_of("dress", "blue", "other_garment_color"),
        Q.garment_type("jacket", "contradiction"),
        Q.material("cotton"),
        details("dress", "eyelet embroidery and a scalloped hem"),
        cloth("a white dress and a jean jacket"),
        title="Marks & Spencer Girls Off-White Broderie Cotton Dress",
        category="Dresses",
        color="Off White",
        gender="Girls",
    ),
    # photo: red tartan pleated mini skirt (red with navy and green lines), black turtleneck sweater, white backdrop.
    # VQA adapter, all texts.
    case(
        "X1055-017",
        caption("a young girl in a black sweater and a plaid skirt"),
        color_of("skirt", "red"),
        is_a("skirt", "yes"),
        describe("skirt", "the skirt is black", "other_garment_color"),
        details(
            "skirt",
            "the skirt is pleated and has a plaid pattern and a plaid pattern and a plaid pattern and a plaid pattern"
            " and a plaid",
            "loop",
            hit_limit=True,
        ),
        cloth("Question: What cloth is the person wearing? Answer: a black sweater and a red plaid skirt", "leak"),
        title="Budding Bees Girls Red Tartan Checked Pleated Skirt",
        category="Skirts",
        color="Red",
        gender="Girls",
    ),
    # photo: turquoise frock with white polka dots, white peter pan collar, short puff sleeves, a pink backpack on
    # her shoulders, white backdrop, front view. VQA adapter, all texts.
    case(
        "X1055-018",
        caption("a girl with a pink backpack wearing a blue polka dot dress"),
        color_of("dress", "pink", "other_garment_color"),
        Q.pattern("polka dot"),
        Q.sleeve_length("short sleeves"),
        cloth("a blue dress with white dots and a pink bag"),
        describe("dress", "the dress is blue with white polka dots and a white collar"),
        details("dress", "the dress has a bow on the back", "unsupported"),
        title="Toy Balloon Kids Girls Turquoise Blue Printed A-Line Frock",
        category="Dresses",
        color="Turquoise Blue",
        gender="Girls",
    ),
    # photo: mustard sleeveless maxi gown with a gathered skirt and a gold zari border at the hem, white backdrop.
    # VQA adapter, all texts.
    case(
        "X1055-019",
        caption("a girl in a long yellow gown"),
        color_of("dress", "yellow"),
        Q.material("silk"),
        Q.sleeve_length("long sleeves", "contradiction"),
        describe("dress", "a long mustard yellow dress with a golden border at the bottom"),
        details(
            "dress",
            "golden border at the bottom and a golden border at the bottom and a golden border at the bottom and a"
            " golden border",
            "loop",
            hit_limit=True,
        ),
        cloth("yes", "non_answer"),
        title="Aarika Girls Mustard Solid Silk Blend Maxi Dress",
        category="Dresses",
        color="Mustard",
        gender="Girls",
    ),
    # photo: light-wash denim mini skirt with a frayed hem and front patch pockets, yellow t-shirt with a smiley
    # print, white backdrop. VQA adapter, all texts.
    case(
        "X1055-020",
        caption("a girl in a yellow t-shirt and a denim skirt"),
        color_of("skirt", "blue"),
        Q.material("denim"),
        cloth("a yellow shirt and jean shorts", "contradiction"),
        describe("skirt", "the skirt is yellow with a smiley face", "other_garment_color"),
        details(
            "skirt",
            "the skirt has a frayed hem at the bottom, two patch pockets on the front, belt loops at the waist and a"
            " yellow t-shirt tucked into the",
            "cut",
            hit_limit=True,
        ),
        title="Hopscotch Girls Blue Denim Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Girls",
    ),
    # photo: black knee-length dress with a multicolored butterfly print, long sleeves, pink hair clips, white
    # backdrop. VQA adapter, all texts.
    case(
        "X1055-021",
        caption("a girl in a blue dress with butterflies", "contradiction"),
        color_of("dress", "black"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeves"),
        cloth(
            "a black dress with colorful butterflies on it Question: What is the color of the dress? Answer: black",
            "leak",
            hit_limit=True,
        ),
        describe("dress", "the dress", "non_answer"),
        title="Kids On Board Girls Black Printed Fit and Flare Dress",
        category="Dresses",
        color="Black",
        gender="Girls",
    ),
    # photo: gold shimmer sleeveless party dress, flared with a tulle underlayer, a black satin sash tied in a bow
    # at the front of the waist, white backdrop. VQA adapter, all texts.
    case(
        "X1055-022",
        caption("a girl in a gold party dress with a black bow"),
        color_of("dress", "gold"),
        Q.garment_type("dress"),
        Q.sleeve_length("sleeveless"),
        describe("dress", "gold shimmery dress with a big black bow on the waist"),
        Q.material("the material of the garment is the material", "restated"),
        details(
            "dress",
            "the dress has a black bow at the waist and a zipper at the back and a matching hair band",
            "unsupported",
        ),
        title="Cutecumber Girls Gold-Toned Shimmer Party Dress",
        category="Dresses",
        color="Gold",
        gender="Girls",
    ),
    # photo: dusty-pink cotton tiered maxi skirt, white short-sleeve crop top, barefoot, white backdrop. VQA adapter.
    case(
        "X1055-023",
        caption("a little girl wearing a white top and a long white skirt", "other_garment_color"),
        color_of("skirt", "pink"),
        cloth("she is wearing a white shirt and pink skirt"),
        describe("skirt", "the skirt is long and pink with layers"),
        details(
            "skirt",
            "the skirt has three tiers that get wider towards the bottom and an elastic waistband that is hidden"
            " under the white top which is",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Tiny Girl Girls Pink Solid Cotton Tiered Maxi Skirt",
        category="Skirts",
        color="Pink",
        gender="Girls",
    ),
    # photo: deep purple party dress, sequinned bodice, satin skirt, cap sleeves, silver shoes and a toy tiara,
    # white backdrop. VQA adapter, all texts.
    case(
        "X1055-024",
        caption("a little girl wearing a purple dress and a crown"),
        color_of("dress", "purple"),
        cloth("he is wearing a purple dress", "pronoun"),
        describe(
            "dress",
            "purple dress with sparkles on top Answer: purple dress with sparkles on top Answer: purple dress with"
            " sparkles on top Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeves"),
        details(
            "dress",
            "the dress has sequins on the top and a crown on her head and a crown on her head and a crown on her head"
            " and a crown",
            "loop",
            hit_limit=True,
        ),
        title="Peppermint Girls Purple Sequinned Party Dress",
        category="Dresses",
        color="Purple",
        gender="Girls",
    ),
    # photo: olive corduroy A-line skirt with brass buttons down the front, cream cable-knit sweater tucked in,
    # brown ankle boots, white backdrop. VQA adapter, all texts.
    case(
        "X1055-025",
        caption("a girl in a cream sweater and a cream skirt with buttons", "other_garment_color"),
        color_of("skirt", "white", "other_garment_color"),
        Q.garment_type("skirt"),
        Q.material("wool", "contradiction"),
        details("skirt", "buttons down the front"),
        cloth("a cream sweater, a green skirt and brown boots"),
        title="United Colors of Benetton Kids Girls Olive Green Corduroy A-Line Skirt",
        category="Skirts",
        color="Olive",
        gender="Girls",
    ),
    # photo: sky-blue cotton shift dress with a white collar, short sleeves, a toddler holding a yellow rubber duck,
    # white backdrop. VQA adapter, all texts.
    case(
        "X1055-026",
        caption("a baby in a blue dress holding a yellow duck in his hand", "pronoun"),
        color_of("dress", "yellow", "contradiction"),
        Q.material("cotton"),
        Q.sleeve_length("short sleeves"),
        describe("dress", "a light blue dress with a white collar"),
        details("dress", "blue", "non_answer"),
        cloth("a blue dress"),
        title="Mini Klub Girls Sky Blue Solid Cotton Shift Dress",
        category="Dresses",
        color="Blue",
        gender="Girls",
    ),
    # photo: orange sleeveless skater dress with a white lace panel at the neckline, white sneakers, white backdrop.
    # VQA adapter, all texts.
    case(
        "X1055-027",
        caption("a girl in an orange dress"),
        color_of("dress", "orange"),
        Q.sleeve_length("sleeveless"),
        describe("dress", "orange dress"),
        details("dress", "the details of the dress are", "restated"),
        Q.material("polyester", "unsupported"),
        cloth(
            "Question: What cloth is the person wearing? Answer: dress Question: What cloth is the person wearing?"
            " Answer: dress Question:",
            "leak",
            hit_limit=True,
        ),
        title="StyleStone Girls Orange Solid Skater Dress",
        category="Dresses",
        color="Orange",
        gender="Girls",
    ),
    # photo: yellow wrap-front skirt with small white daisies and a side tie, navy t-shirt, white backdrop.
    # VQA adapter, all texts.
    case(
        "X1055-028",
        caption("a girl in a blue shirt and a yellow skirt with flowers"),
        color_of("skirt", "navy blue", "other_garment_color"),
        is_a("skirt", "no", "contradiction"),
        cloth("a navy t-shirt and a yellow floral skirt"),
        describe("skirt", "yellow skirt with white flowers and a bow on the side"),
        Q.material("yellow", "non_answer"),
        title="Allen Solly Junior Girls Yellow Floral Print Wrap Skirt",
        category="Skirts",
        color="Yellow",
        gender="Girls",
    ),
    # photo: teal velvet dress with long sleeves and a white lace collar, white tights, black shoes, white backdrop.
    # VQA adapter, all texts.
    case(
        "X1055-029",
        caption("a girl wearing a teal velvet dress with a white lace collar"),
        color_of("dress", "blue"),
        Q.material("velvet"),
        Q.sleeve_length("long sleeves"),
        cloth("a teal dress, white tights and black shoes"),
        details(
            "dress",
            "white lace collar and white lace collar and white lace collar and white lace collar and white lace"
            " collar and white",
            "loop",
            hit_limit=True,
        ),
        describe("dress", "a white dress with lace", "other_garment_color"),
        title="Gini and Jony Girls Teal Solid Velvet Dress",
        category="Dresses",
        color="Teal",
        gender="Girls",
    ),
    # photo: black skater skirt, white t-shirt with a pink heart print, pink hair bow, white backdrop. The feed row
    # has no color column. VQA adapter, all texts.
    case(
        "X1055-030",
        caption(
            "a girl wearing a white t-shirt with a pink heart on it and a black skirt with a pink heart on it and a"
            " black skirt with a pink heart on it and a black skirt with a pink heart on it and a",
            "loop",
            hit_limit=True,
        ),
        color_of("skirt", "black"),
        cloth("a white t-shirt and a black skirt"),
        describe("skirt", "the skirt is pink", "other_garment_color"),
        is_a("skirt", "yes"),
        details("skirt", "no", "non_answer"),
        title="Lilliput Girls Black Solid Flared Skirt",
        category="Skirts",
        gender="Girls",
    ),
    # photo: parrot-green A-line ethnic dress with pink block-print motifs and pink piping, three-quarter sleeves,
    # pink churidar leggings underneath, white backdrop. VQA adapter, all texts.
    case(
        "X1055-031",
        caption("a girl in a green dress and pink pants dancing at a wedding", "unsupported"),
        color_of("dress", "pink", "other_garment_color"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter sleeves"),
        cloth("a green dress with pink leggings"),
        details("dress", "the dress has pink flowers on it and it is made of silk", "unsupported"),
        describe("dress", "green and pink"),
        title="Biba Girls Green Printed A-Line Ethnic Dress",
        category="Dresses",
        color="Green",
        gender="Girls",
    ),
    # photo: pink-and-white vertical striped tiered sundress with thin tie straps, square neck, sunglasses pushed up
    # on her head, white backdrop. VQA adapter, all texts.
    case(
        "X1055-032",
        caption("a little girl in a pink and white striped dress with sunglasses on her head"),
        Q.pattern("striped"),
        Q.sleeve_length("sleeveless"),
        color_of("dress", "pink"),
        cloth("he is wearing a pink striped dress and sunglasses", "pronoun"),
        describe("dress", "a pink and white striped sundress with thin straps and ruffled tiers"),
        details(
            "dress",
            "the dress has thin straps that tie on the shoulders, three ruffled tiers, a square neckline and a small"
            " pink pocket on the chest with a",
            "cut",
            hit_limit=True,
        ),
        title="Nauti Nati Girls Pink & White Striped Tiered Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: silver metallic pleated midi skirt, black long-sleeve top, white backdrop. VQA adapter, all texts.
    case(
        "X1055-033",
        caption("a girl in a black top and a silver skirt"),
        color_of("skirt", "grey"),
        Q.garment_type("skirt"),
        describe("skirt", "shiny silver pleated skirt"),
        Q.material("leather", "unsupported"),
        cloth("a black top and a grey skirt"),
        details("skirt", "the skirt is black", "other_garment_color"),
        title="Cherry Crumble Girls Silver Metallic Pleated Midi Skirt",
        category="Skirts",
        color="Silver",
        gender="Girls",
    ),
    # photo: red sleeveless dress with white polka dots and a white bow at the waist, a white cardigan worn open
    # over it, white backdrop. VQA adapter, all texts.
    case(
        "X1055-034",
        caption("a girl in a red polka dot dress and a white sweater"),
        color_of("dress", "white", "other_garment_color"),
        Q.pattern("polka dot"),
        Q.sleeve_length("long sleeves", "contradiction"),
        cloth("a red dress with white dots and a white cardigan"),
        describe("dress", "red dress with white polka dots"),
        details(
            "dress",
            "the dress has polka dots polka dots polka dots polka dots polka dots polka dots polka dots polka dots"
            " polka dots polka",
            "loop",
            hit_limit=True,
        ),
        title="Hopscotch Girls Red Polka Dot Print Fit and Flare Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: lavender net maxi dress with silver floral embroidery on the bodice, flutter sleeves, the girl holds the
    # skirt out with both hands, white backdrop. VQA adapter, all texts.
    case(
        "X1055-035",
        caption(
            "a young girl in a long purple dress with silver embroidery on the top, she is holding the skirt of the"
            " dress out to the sides with both hands and smiling at the camera and the background is white and she"
            " has her hair in a",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "purple"),
        Q.material("net"),
        cloth("a long purple gown"),
        describe(
            "dress",
            "lavender dress with silver flowers on the top Question: What are the details of the dress? Answer:"
            " lavender dress with silver flowers",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="YK Girls Lavender Floral Embroidered Net Maxi Dress",
        category="Dresses",
        color="Lavender",
        gender="Girls",
    ),
    # photo: beige cotton-twill A-line skirt with two flap pockets, a white-and-blue striped shirt tucked in, brown
    # belt, white backdrop. VQA adapter, all texts.
    case(
        "X1055-036",
        caption("a girl in a striped shirt and a beige skirt with a belt"),
        color_of("skirt", "beige"),
        cloth("a striped shirt and a khaki skirt"),
        describe("skirt", "the skirt is blue and white striped", "other_garment_color"),
        Q.pattern("striped", "contradiction"),
        details("skirt", "two pockets with flaps and a brown belt"),
        Q.material("denim", "unsupported"),
        title="Palm Tree Girls Beige Solid A-Line Skirt with Pockets",
        category="Skirts",
        color="Beige",
        gender="Girls",
    ),
    # photo: royal-blue cotton frock with a white and orange floral print, white peter pan collar, short sleeves,
    # white shoes, white backdrop. VQA adapter, all texts.
    case(
        "X1055-037",
        caption("a girl wearing a blue dress with flowers on it"),
        Q.garment_type("dress"),
        color_of("dress", "blue"),
        Q.pattern("floral"),
        Q.material("cotton"),
        cloth("his frock is blue with flowers", "pronoun"),
        describe("dress", "blue with white and orange flowers and a white collar"),
        details("dress", "the dress is a dress", "restated"),
        title="Peppermint Girls Blue Floral Print Cotton Frock",
        category="Dresses",
        color="Blue",
        gender="Girls",
    ),
    # photo: black-and-white checked skater skirt, red t-shirt, red hairband, white backdrop. VQA adapter.
    case(
        "X1055-038",
        caption("a girl in a red shirt and a black and white checkered skirt"),
        color_of("skirt", "red", "other_garment_color"),
        Q.pattern("checked"),
        is_a("skirt", "yes"),
        cloth("a red t-shirt and a skirt"),
        describe(
            "skirt",
            "black and white check black and white check black and white check black and white check black and white"
            " check black and",
            "loop",
            hit_limit=True,
        ),
        details("skirt", "the skirt has a zipper on the side and two pockets", "unsupported"),
        title="Tiny Girl Girls Black & White Checked Skater Skirt",
        category="Skirts",
        color="Black",
        gender="Girls",
    ),
    # photo: toddler sitting on a white fur rug in a white lace party dress with short sleeves and a white satin
    # sash tied in a bow at the front, white backdrop. The feed row has no gender column. VQA adapter, all texts.
    case(
        "X1055-039",
        caption("a baby sitting on a white rug in a white lace dress"),
        color_of("dress", "white"),
        Q.material("lace"),
        cloth("a white lace dress"),
        describe("dress", "dress", "non_answer"),
        details("dress", "lace all over and a white bow at the waist"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Babyhug Girls White Lace Party Dress",
        category="Dresses",
        color="White",
    ),
    # photo: maroon knee-length pleated skirt, white shirt and a grey school-style cardigan, white backdrop.
    # VQA adapter, all texts.
    case(
        "X1055-040",
        caption("a girl in a grey cardigan, white shirt and a red skirt"),
        color_of("skirt", "grey", "other_garment_color"),
        cloth("a grey sweater and a maroon skirt"),
        describe("skirt", "maroon pleated skirt with a school logo on the pocket", "unsupported"),
        details(
            "skirt",
            "pleats pleats pleats pleats pleats pleats pleats pleats pleats pleats pleats pleats pleats pleats pleats"
            " pleats pleats pleats",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("cardigan", "contradiction"),
        title="Gini and Jony Girls Maroon Solid Pleated Skirt",
        category="Skirts",
        color="Maroon",
        gender="Girls",
    ),
    # photo: mustard corduroy pinafore dress with a heart-shaped front pocket and buttoned straps, over a white
    # long-sleeve top with a frill collar, grey tights, white backdrop. VQA adapter, all texts.
    case(
        "X1055-041",
        caption("a little girl wearing a yellow corduroy dress with a heart pocket"),
        color_of("dress", "yellow"),
        Q.material("corduroy"),
        Q.sleeve_length("sleeveless"),
        cloth("a yellow dress over a white shirt and grey tights"),
        describe("dress", "a white dress", "other_garment_color"),
        details(
            "dress",
            "a heart shaped pocket on the front, two buttons on the straps, a white shirt with a frilly collar under"
            " the dress and grey tights and",
            "cut",
            hit_limit=True,
        ),
        title="Mothercare Girls Mustard Solid Corduroy Pinafore Dress",
        category="Dresses",
        color="Mustard",
        gender="Girls",
    ),
    # photo: baby-pink layered net skirt with a pearl-studded waistband, white sleeveless top with a pink bow, white
    # backdrop. VQA adapter, all texts.
    case(
        "X1055-042",
        caption("a girl in a white top and a pink tutu skirt"),
        color_of("skirt", "pink"),
        Q.material("net"),
        cloth(
            "a white top and a pink skirt with pearls Question: What is the color of the skirt? Answer: pink"
            " Question: What is the",
            "leak",
            hit_limit=True,
        ),
        describe("skirt", "pink tulle with pearls on the waist"),
        details("skirt", "the skirt has a hidden side zip and lining of satin", "unsupported"),
        title="Cutecumber Girls Pink Embellished Net Flared Skirt",
        category="Skirts",
        color="Pink",
        gender="Girls",
    ),
    # photo: colorblocked shirt dress, white above the waist and navy below, button placket, collar, short sleeves,
    # navy self belt, white backdrop. VQA adapter, all texts.
    case(
        "X1055-043",
        caption("question: what is the color of the dress? answer: white and blue", "leak"),
        color_of("dress", "white"),
        Q.pattern("color block"),
        Q.garment_type("shirt", "contradiction"),
        cloth("a white and navy shirt dress with a belt"),
        describe("dress", "he is wearing a dress", "pronoun"),
        Q.material("cotton", "unsupported"),
        title="Allen Solly Junior Girls White & Navy Blue Colourblocked Shirt Dress",
        category="Dresses",
        color="White",
        gender="Girls",
    ),
    # photo: blue flared skirt with a white and yellow ice-cream-cone print, plain pink t-shirt, white backdrop. The
    # feed row has no category column. VQA adapter, all texts.
    case(
        "X1055-044",
        caption("a girl in a pink shirt and a blue skirt eating an ice cream", "unsupported"),
        color_of("skirt", "blue"),
        is_a("skirt", "yes"),
        cloth("a pink t-shirt and blue shorts", "contradiction"),
        describe("skirt", "the skirt is pink", "other_garment_color"),
        details(
            "skirt",
            "ice cream print ice cream print ice cream print ice cream print ice cream print ice cream print ice cream",
            "loop",
            hit_limit=True,
        ),
        Q.material("the garment is made of material", "restated"),
        title="Little Kangaroos Girls Blue Printed Flared Skirt",
        color="Blue",
        gender="Girls",
    ),
    # photo: mint (sea) green sleeveless cotton dress with ruffled shoulders, knee length, the girl holds a white
    # stuffed bunny, white backdrop. VQA adapter, all texts.
    case(
        "X1055-045",
        caption(
            "a girl in a green dress holding a white bunny and a green dress with ruffles on the shoulders and a"
            " white bunny and a green dress with ruffles on the shoulders and a white bunny and a green dress with"
            " ruffles",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "green"),
        Q.material("cotton"),
        Q.sleeve_length("sleeveless"),
        describe("dress", "mint green dress with ruffles on the shoulders"),
        cloth("yes", "non_answer"),
        details("dress", "the dress has ruffles on the shoulders"),
        Q.garment_type("top", "contradiction"),
        title="H&M Girls Sea Green Ruffled Cotton Dress",
        category="Dresses",
        color="Sea Green",
        gender="Girls",
    ),
    # photo: fuchsia-pink ankle-length flared ethnic skirt with a gold gota border at the hem, lime-green short kurti
    # with a gold neckline, bangles, white backdrop. VQA adapter, all texts.
    case(
        "X1055-046",
        caption("a girl in a green top and a pink skirt with gold trim"),
        color_of("skirt", "green", "other_garment_color"),
        cloth("a green top and a long pink skirt"),
        describe("skirt", "pink skirt with a gold border at the bottom"),
        Q.material("silk", "unsupported"),
        details(
            "skirt",
            "the skirt has a gold border at the hem and the top has a gold border at the neck and the sleeves have a"
            " gold border at the",
            "cut",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        title="Biba Girls Pink Embroidered Flared Ethnic Skirt",
        category="Skirts",
        color="Pink",
        gender="Girls",
    ),
]
