"""BLIND_1052 (46 products; Myntra kids' wear, captions then extractive QA): written blind in the fifty-ninth session.
Measured blind at d846855 (the session's fourth rules): 114/135 failures found (84.4%) and 10/197 correct texts flagged
(5.1%). The writer's notes, verbatim:

Scenario: a Myntra-like kids' wear feed: boys' and girls' t-shirts (crew, polo, henley, sleeveless, full sleeve),
shorts (chino, denim, track, cargo, basketball, sweat), dresses (A-line, polka, tiered, pinafore, party, maxi) and
ethnic sets (kurta pyjama, kurta with Nehru jacket, sherwani, dhoti kurta, lehenga choli, anarkali, kurta with
leggings), plus two clothing sets. Mostly studio shots on a white backdrop with the child also wearing other clothes;
a few on grey or beige, one festive marigold backdrop, one garden lifestyle shot, two flat lays and one t-shirt on a
hanger. Props: a teddy bear, a straw hat, a basketball, a potli bag. Rows carry the seller's title, category (article
type), color and gender; one row lacks the category, one the color, one the gender.

Who wrote what: the caption is free generation by BLIP-2 OPT-2.7b with the epoch-1 caption adapter
(leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch), greedy, 50 new tokens: mostly base-style captions with hue
names ("a little boy wearing a navy blue t-shirt ..."), sometimes a DeepFashion template tail ("the kurta is with
cotton fabric"), and, trained without an end token, it sometimes loops or is cut at the limit. The open questions
"What is the boy/girl wearing?", "Describe the X." and open "What is the color of the X?" are answered by extractive
QA (timpal0l/mdeberta-v3-base-squad2) over that caption: every answer is a span of the caption, "" when the null
answer wins; it often grabs the wrong garment's color, a backdrop's color, or a bare noun. "What are the X details?"
is free generation by the epoch-3 caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption), 30 new tokens: it
ignores the question and writes the DeepFashion template ("the shorts this gentleman wears is of short length ...",
"there is an accessory on her wrist", "pure color patterns", "chiffon fabric"), calls children lady/gentleman/guy,
sometimes with the wrong his/her, and either ends cleanly (it emits the padding id it learned) or runs to the limit,
cut or looping. "What material is the garment made of?" is free generation by the untuned base model, 30 new tokens,
with no newline stop: short answers, but it sometimes keeps going into "Question: ... Answer:" or repeats itself.
Closed answers (garment type, color, pattern, sleeve length, "Is this a ...?") come from enrich's --engine reference,
which keeps one candidate value.

Labeling conventions and judgement calls:
- The photo is the truth; the seller's shade or its coarse group is correct (maroon/red, peach/pink, cream/white,
  khaki/beige, olive/green, sea green/green, magenta/pink, lavender/purple, mustard/yellow, teal/blue).
- other_garment_color only on open texts that give the product (or a piece of a product set: the choli of a lehenga
  choli, the jacket of a kurta set, the shorts of a clothing set) the color of another garment or worn accessory in
  the photo (tee, shorts, shrug, dupatta, stole, belt, cap, headband). A wrong closed color, even another garment's,
  is a contradiction; so is an open color that gives a garment which is not the product the product's color, and a
  color taken from the backdrop or a held prop.
- A wrong closed garment type, pattern or sleeve length, and "yes" to "Is this a <garment>?" for another garment, are
  contradictions; so is a template "pure color" for a printed or dotted garment and "sweater" for a t-shirt.
- unsupported: details the photo does not show (a bow, a ring, a cap, a belt, socks, glasses, a garland, a turban, a
  chest pocket, an accessory on the wrist), a prop or backdrop given as the garment's print, and a material the
  title or photo contradicts (tulle for a cotton tee, denim for a cotton twill or cotton tee, lace for a cotton dress
  with a lace yoke, chiffon for a tulle dress, wool for cotton).
- Materials are correct when the title names them or the photo plainly shows them (denim, mesh, a shiny art silk).
- non_answer: "" from the QA model, a one-word or yes/no answer to an open question ("pink" to "Describe the dress",
  "yes" to the material), a material given for a color ("denim"), an answer to another question ("she is wearing a
  pink dress" for the material), and the template's "the shorts ... is of short length." alone for the details.
  restated: the span or reply is only the question's garment or words ("tank top", "the garment is made of fabric").
- pronoun: his/her wrong for the row's gender, in any text; "lady", "gentleman" and "guy" for children are the
  template's words and not labeled when their gender matches.
- One label per text. A text that loops is a loop, one that prints "Question:" is a leak, one that stops mid-phrase
  is cut, whatever else it holds; I kept cut and looping texts otherwise accurate where I could. A free text that ran
  to its limit but happened to end on a phrase boundary is correct with hit_limit=True. QA spans never hit a limit;
  a span that ends mid-phrase ("... and khaki") is cut without hit_limit.
- Flat lays and the hanger shot: an answer to "What is the person wearing?" that names the product is correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1052 = [
    # photo: boy on a white backdrop, front view: navy blue half-sleeve crew-neck t-shirt with a green and orange
    # dinosaur print on the chest, grey melange knit shorts, white sneakers. Caption epoch-1 adapter; wearing and open
    # color QA over it; details epoch-3 adapter; material base model; color/pattern closed.
    case(
        "X1052-001",
        caption(
            "a little boy wearing a navy blue t-shirt with a dinosaur print and grey shorts standing in front of "
            "a white background"
        ),
        wearing("a navy blue t-shirt with a dinosaur print and grey shorts", who="the boy"),
        color_of("t-shirt", "navy blue"),
        color_of("shorts", "navy blue", "contradiction", kind="open"),
        Q.pattern("graphic"),
        details(
            "t-shirt",
            "the upper clothing has short sleeves, cotton fabric and graphic patterns. it has a round "
            "neckline. the lower clothing is of short length. the",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Gini and Jony Boys Navy Blue Dinosaur Print Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl on a white backdrop, front view: pink sleeveless knee-length A-line dress with a small white and
    # yellow floral print, no bow, no jewellery; white sandals. Caption epoch-1; wearing/describe QA; details epoch-3;
    # material base; color/pattern/sleeves closed.
    case(
        "X1052-002",
        caption("a little girl in a pink floral dress with a bow on the waist and white sandals", "unsupported"),
        wearing("a pink floral dress", who="the girl"),
        describe("dress", "pink", "non_answer"),
        Q.color("pink"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("sleeveless"),
        details(
            "dress",
            "her dress is sleeveless, with cotton fabric and floral patterns. it has a round neckline. "
            "this lady wears a ring on her finger.",
            "unsupported",
        ),
        Q.material("cotton"),
        title="Doodle Girls Pink Floral Print A-Line Cotton Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy on a white backdrop, hands in his pockets, black wristwatch: white crew-neck t-shirt worn untucked over
    # khaki cotton chino shorts with belt loops and slant pockets; brown sandals. Caption epoch-1; wearing and open
    # color QA; details epoch-3; material base; color and garment type closed.
    case(
        "X1052-003",
        caption("a young boy wearing a white t-shirt and khaki shorts with his hands in his pockets"),
        wearing("a white t-shirt and khaki shorts", who="the boy"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        Q.color("beige"),
        Q.garment_type("t-shirt", "contradiction"),
        details(
            "shorts",
            "the shorts this lady wears is of short length. the shorts are with cotton fabric and pure "
            "color patterns. there is an accessory on her wrist.",
            "pronoun",
        ),
        Q.material("denim", "unsupported"),
        title="United Colors of Benetton Kids Boys Khaki Cotton Chino Shorts",
        category="Shorts",
        color="Khaki",
        gender="Boys",
    ),
    # photo: girl on a beige backdrop: maroon lehenga skirt with a wide gold zari border, matching maroon short-sleeve
    # choli with gold embroidery, sheer gold dupatta over one shoulder, gold jhumka earrings; shiny art silk. Caption
    # epoch-1; wearing QA; details epoch-3; material base; type/color/sleeves closed.
    case(
        "X1052-004",
        caption("a little girl in a red and gold lehenga with a gold dupatta standing in front of a beige background"),
        Q.garment_type("dress", "contradiction"),
        Q.color("maroon"),
        wearing("a red and gold lehenga with a gold dupatta", who="the girl"),
        details(
            "lehenga",
            "the lady wears a long skirt with other fabric and other patterns. there is an accessory on "
            "her ear. the upper clothing has short sleeves and",
            "cut",
            hit_limit=True,
        ),
        Q.material("silk"),
        Q.sleeve_length("short"),
        title="Biba Girls Maroon and Gold Art Silk Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Maroon",
        gender="Girls",
    ),
    # photo: boy on a white backdrop, hands on hips, smiling: cream full-sleeve cotton kurta with a mandarin collar and
    # thin gold piping, white pyjama, brown mojaris. Caption epoch-1 (cut at 50 tokens); wearing/describe QA; details
    # epoch-3; closed color/type/sleeves.
    case(
        "X1052-005",
        caption(
            "a young boy in a white kurta and white pyjamas standing in front of a white wall with his hands on "
            "his hips and a smile on his face. the kurta is with cotton fabric and it has a stand collar. the",
            "cut",
            hit_limit=True,
        ),
        wearing("a white kurta and white pyjamas", who="the boy"),
        Q.color("cream"),
        Q.garment_type("kurta"),
        describe("kurta", "the kurta is with cotton fabric and it has a stand collar"),
        Q.sleeve_length("long"),
        details(
            "kurta",
            "the gentleman wears a long-sleeve shirt with cotton fabric and pure color patterns. the "
            "neckline of it is stand. the pants this gentleman wears is of long",
            "cut",
            hit_limit=True,
        ),
        title="Manyavar Boys Cream Solid Cotton Kurta with Pyjama",
        category="Kurta Sets",
        color="Cream",
        gender="Boys",
    ),
    # photo: girl on a white backdrop: yellow half-sleeve crew-neck t-shirt with a Minnie Mouse print (pink bow), mid
    # blue denim shorts, white sneakers. Caption epoch-1; describe and open color QA; details epoch-3 (ran to the
    # limit, ends on a phrase); material base (looped past the newline); color/pattern/is-a closed.
    case(
        "X1052-006",
        caption("a little girl wearing a yellow minnie mouse t-shirt and denim shorts"),
        color_of("t-shirt", "yellow"),
        color_of("shorts", "denim", "non_answer", kind="open"),
        Q.pattern("graphic"),
        is_a("t-shirt", "yes"),
        describe("t-shirt", "yellow minnie mouse t-shirt"),
        details(
            "t-shirt",
            "the upper clothing has short sleeves, cotton fabric and graphic patterns. it has a round "
            "neckline. the lower clothing is of short length. the fabric is denim",
            hit_limit=True,
        ),
        Q.material(
            "cotton\ncotton\ncotton\ncotton\ncotton\ncotton\ncotton\ncotton\ncotton\ncotton\ncotton\ncotton\n"
            "cotton\ncotton\ncotton",
            "loop",
            hit_limit=True,
        ),
        title="Disney Kids Girls Yellow Minnie Mouse Printed T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy on a white backdrop: red half-sleeve t-shirt with a large Chhota Bheem cartoon graphic, blue jeans,
    # no watch or bracelet. Caption epoch-1; wearing and open colors QA; details epoch-3; color/type closed.
    case(
        "X1052-007",
        caption("a boy wearing a red t-shirt with a cartoon character on it and blue jeans"),
        color_of("jeans", "red", "contradiction", kind="open"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        Q.color("red"),
        Q.garment_type("t-shirt"),
        wearing("a red t-shirt with a cartoon character on it and blue jeans", who="the boy"),
        details(
            "t-shirt",
            "his t-shirt has short sleeves, cotton fabric and graphic patterns. it has a round "
            "neckline. there is an accessory on his wrist.",
            "unsupported",
        ),
        title="Chhota Bheem Kids Boys Red Printed T-shirt",
        category="Tshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: girl on a white backdrop holding a straw hat at her side (not on her head): peach sleeveless top with a
    # ruffled neckline and mint green shorts with an elastic waist, a two-piece set. Caption epoch-1; wearing and open
    # color QA; details epoch-3; color/sleeves closed.
    case(
        "X1052-008",
        caption("a little girl wearing a pink top and green shorts holding a straw hat"),
        wearing("a pink top and green shorts holding a straw hat", who="the girl"),
        Q.color("peach"),
        color_of("shorts", "pink", "other_garment_color", kind="open"),
        Q.sleeve_length("sleeveless"),
        details(
            "top",
            "the lady wears a tank top with cotton fabric and pure color patterns. the neckline of it is "
            "round. this lady wears a hat.",
            "unsupported",
        ),
        title="Nauti Nati Girls Peach and Mint Green Top with Shorts Clothing Set",
        category="Clothing Set",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy on a white backdrop: navy and white horizontal-striped polo t-shirt, white collar, two-button placket,
    # no chest pocket; beige shorts. Caption epoch-1; describe QA; details epoch-3; material base (leaked); closed
    # pattern/color/sleeves.
    case(
        "X1052-009",
        caption(
            "a young boy wearing a blue and white striped polo shirt with a pocket on the chest and beige shorts",
            "unsupported",
        ),
        Q.pattern("striped"),
        color_of("polo shirt", "navy blue"),
        describe("polo shirt", "blue and white striped polo shirt"),
        details(
            "polo shirt",
            "the guy wears a short-sleeve shirt with cotton fabric and striped patterns. it has a "
            "lapel neckline. the shorts this guy wears is of",
            "cut",
            hit_limit=True,
        ),
        Q.material(
            "cotton\nQuestion: what is the color of the shorts?\nAnswer: beige\nQuestion: what is the color of "
            "the shirt?\nAnswer",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("short"),
        title="U.S. Polo Assn. Kids Boys Navy Blue Striped Polo T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl with a short bob on a white backdrop: pink t-shirt with a silver glitter star, light blue denim
    # shorts with frayed, rolled hems. Caption epoch-1; open color QA; details epoch-3; material base; closed
    # color/type/is-a.
    case(
        "X1052-010",
        caption("a little girl wearing a pink t-shirt and denim shorts with a star on it"),
        color_of("shorts", "pink", "other_garment_color", kind="open"),
        Q.color("blue"),
        Q.garment_type("shorts"),
        is_a("pair of jeans", "yes", "contradiction"),
        details(
            "shorts",
            "the shorts this guy wears is of short length. his shorts are with denim fabric and pure color patterns.",
            "pronoun",
        ),
        Q.material("denim"),
        title="Tales and Stories Girls Light Blue Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Girls",
    ),
    # photo: girl on a white backdrop, no headband: black short-sleeve fit-and-flare dress with white polka dots and a
    # red patent belt, red ballet flats. Caption epoch-1; wearing and open color QA; details epoch-3; closed
    # pattern/color/sleeves.
    case(
        "X1052-011",
        caption(
            "a little girl in a black and white polka dot dress with a red belt and red shoes and a white headband",
            "unsupported",
        ),
        Q.pattern("polka dots"),
        Q.color("black"),
        color_of("dress", "red", "other_garment_color", kind="open"),
        wearing("a black and white polka dot dress with a red belt and red shoes", who="the girl"),
        details(
            "dress",
            "her dress has short sleeves, cotton fabric and pure color patterns. it has a round neckline. "
            "this lady wears a belt.",
            "contradiction",
        ),
        Q.sleeve_length("short"),
        title="Peppermint Girls Black Polka Dot Fit and Flare Dress with Belt",
        category="Dresses",
        color="Black",
        gender="Girls",
    ),
    # photo: boy on a white backdrop, side angle, no belt: grey melange t-shirt over black knit track shorts with two
    # white side stripes and a drawstring, black sports shoes; slightly shiny sports knit. Caption epoch-1; wearing
    # QA; details epoch-3; material base (leaked); closed colors.
    case(
        "X1052-012",
        caption("a boy wearing a grey t-shirt and black shorts with white stripes on the side"),
        color_of("shorts", "black"),
        Q.color("grey", "contradiction"),
        details(
            "shorts",
            "the shorts this gentleman wears is of short length. the shorts are with cotton fabric and "
            "striped patterns. the gentleman wears a belt.",
            "unsupported",
        ),
        wearing("a grey t-shirt and black shorts with white stripes on the side", who="the boy"),
        Q.material("polyester\nQuestion: what is the color of the shorts?\nAnswer: black", "leak"),
        title="Puma Boys Black Solid Track Shorts",
        category="Shorts",
        color="Black",
        gender="Boys",
    ),
    # photo: girl on a white backdrop: green straight round-neck kurta with white block-printed flowers and
    # three-quarter sleeves, yellow leggings. Caption epoch-1; describe and open color QA; details epoch-3; material
    # base (looped); closed sleeves/color/pattern.
    case(
        "X1052-013",
        caption("a little girl wearing a green kurta with white flowers and yellow leggings"),
        Q.sleeve_length("three-quarter"),
        color_of("leggings", "yellow", kind="open"),
        color_of("kurta", "green"),
        Q.pattern("floral"),
        describe("kurta", "green kurta with white flowers"),
        details(
            "kurta",
            "the lady wears a medium-sleeve shirt with cotton fabric and floral patterns. it has a v-shape neckline.",
            "unsupported",
        ),
        Q.material(
            "it is made of cotton and it is made of cotton and it is made of cotton and it is made of cotton and it is",
            "loop",
            hit_limit=True,
        ),
        title="Jaipur Kurti Girls Green Floral Block Print Cotton Kurta with Leggings",
        category="Kurta Sets",
        color="Green",
        gender="Girls",
    ),
    # photo: boy on a white backdrop, bareheaded: olive green sleeveless muscle tee with black "BEAST MODE" text, black
    # shorts. Caption epoch-1; wearing, describe and open colors QA; details epoch-3; closed sleeves/type/color. Row
    # lacks the category column.
    case(
        "X1052-014",
        caption(
            "a young boy wearing a green tank top with the word beast mode on it and black shorts and a black cap",
            "unsupported",
        ),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("t-shirt"),
        Q.color("olive"),
        details(
            "tank top",
            "the upper clothing is sleeveless, with cotton fabric and graphic patterns. it has a round neckline.",
        ),
        color_of("shorts", "black", kind="open"),
        color_of("tank top", "black", "other_garment_color", kind="open"),
        describe("tank top", "tank top", "restated"),
        wearing("a green tank top with the word beast mode on it and black shorts", who="the kid"),
        title="Kiddopanti Boys Olive Green Typography Print Sleeveless T-shirt",
        color="Olive",
        gender="Boys",
    ),
    # photo: girl on a white backdrop hugging a brown teddy bear: yellow sleeveless cotton dress with a large white bow
    # at the waist. Caption epoch-1 (looped); wearing, describe and open color QA; details epoch-3; closed
    # sleeves/color.
    case(
        "X1052-015",
        caption(
            "a little girl in a yellow dress holding a teddy bear and a teddy bear and a teddy bear and a teddy "
            "bear and a teddy bear and a teddy bear and a teddy bear and a",
            "loop",
            hit_limit=True,
        ),
        wearing("a yellow dress", who="the girl"),
        describe("dress", "a yellow dress holding a teddy bear and a teddy bear and a teddy bear", "loop"),
        color_of("dress", "yellow", kind="open"),
        details(
            "dress",
            "the lady wears a sleeveless dress with cotton fabric and pure color patterns. there is an "
            "accessory in his hands.",
            "pronoun",
        ),
        Q.sleeve_length("sleeveless"),
        Q.color("yellow"),
        title="Hopscotch Girls Yellow Solid Cotton Dress with Bow",
        category="Dresses",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy on a light grey backdrop: navy blue sleeveless Nehru jacket with small woven buttis over an off-white
    # full-sleeve kurta and off-white churidar, brown juttis. Caption epoch-1; wearing and open color QA; details
    # epoch-3 (looped); material base; closed color/type.
    case(
        "X1052-016",
        caption("a young boy wearing a white kurta and a blue vest standing in front of a grey wall"),
        Q.color("white", "contradiction"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        wearing("a white kurta and a blue vest", who="the boy"),
        Q.garment_type("kurta"),
        details(
            "jacket",
            "the gentleman wears a long-sleeve shirt with cotton fabric and pure color patterns. the "
            "gentleman wears a long-sleeve shirt with cotton fabric and pure color patterns. the",
            "loop",
            hit_limit=True,
        ),
        Q.material("silk"),
        title="Vastramay Boys Off White Kurta with Churidar and Navy Blue Nehru Jacket Cotton Silk Set",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl on a white backdrop: white cotton half-sleeve t-shirt with a pink glitter heart, pink tulle tutu
    # skirt. Caption epoch-1; wearing/describe QA; material base; closed color/pattern/is-a.
    case(
        "X1052-017",
        caption("a little girl wearing a white t-shirt with a pink heart on it and a pink tutu"),
        color_of("t-shirt", "white"),
        describe("t-shirt", "a white t-shirt with a pink heart on it"),
        wearing("a white t-shirt with a pink heart on it and a pink tutu", who="the girl"),
        Q.pattern("graphic"),
        Q.material("tulle", "unsupported"),
        is_a("skirt", "yes", "contradiction"),
        title="Cherry Crumble Girls White Heart Print Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Girls",
    ),
    # photo: boy on a white backdrop, three-quarter view, one foot forward: orange half-sleeve t-shirt, mid blue denim
    # shorts with whiskering, zip fly and button. Caption epoch-1; wearing and open color QA; details epoch-3 (cut);
    # material base; closed type.
    case(
        "X1052-018",
        caption("a little boy wearing an orange t-shirt and blue jeans shorts standing with one foot forward"),
        wearing("an orange t-shirt and blue jeans shorts", who="the boy"),
        color_of("shorts", "blue", kind="open"),
        Q.material("denim"),
        details(
            "shorts",
            "the shorts this gentleman wears is of short length. the shorts are with denim fabric and "
            "pure color patterns. the gentleman wears an orange",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jeans", "contradiction"),
        title="Mothercare Boys Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl on a white backdrop, white hairband: red tiered sleeveless knee-length dress under a white cropped
    # knit shrug with short sleeves. Caption epoch-1; wearing, describe and open color QA; details epoch-3 (looped);
    # closed color/sleeves.
    case(
        "X1052-019",
        caption("a little girl wearing a red dress and a white sweater"),
        color_of("dress", "white", "other_garment_color", kind="open"),
        Q.color("red"),
        Q.sleeve_length("short", "contradiction"),
        wearing("a red dress and a white sweater", who="the girl"),
        describe("dress", "a red dress"),
        details(
            "dress",
            "the lady wears a sleeveless dress with cotton fabric and pure color patterns. the lady wears "
            "a sleeveless dress with cotton fabric and pure color patterns. the lady",
            "loop",
            hit_limit=True,
        ),
        title="Naughty Ninos Girls Red Tiered Dress with Shrug",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: boy on a white backdrop: grey melange half-sleeve t-shirt with a black lion face and "ROAR" print, black
    # track pants with white piping. Caption epoch-1; open colors QA; details epoch-3 (cut); material base (leaked);
    # closed color/pattern.
    case(
        "X1052-020",
        caption("a young boy wearing a grey t-shirt with a lion on it and black pants"),
        Q.color("grey"),
        color_of("pants", "grey", "contradiction", kind="open"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        details(
            "t-shirt",
            "the upper clothing has short sleeves, cotton fabric and graphic patterns. it has a round "
            "neckline. the lower clothing is of long length. the fabric is cotton and",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        Q.material("Question: What material is the t-shirt made of? Answer: cotton", "leak"),
        title="Gini and Jony Boys Grey Melange Lion Print T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: girl on a white backdrop, hair loose with no bow: white ribbed tank top, pink cotton shorts with a small
    # white daisy print and a bow on the drawstring waist. Caption epoch-1; wearing QA; details epoch-3; material
    # base; closed color/pattern.
    case(
        "X1052-021",
        caption("a little girl in a white tank top and pink floral shorts with a pink bow in her hair", "unsupported"),
        color_of("shorts", "pink"),
        wearing("a white tank top and pink", "cut", who="the girl"),
        Q.pattern("floral"),
        details("shorts", "the shorts this lady wears is of short length.", "non_answer"),
        Q.material("yes", "non_answer"),
        title="Pink Cow Girls Pink Floral Print Cotton Shorts",
        category="Shorts",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy on a white backdrop, bareheaded: beige-gold brocade sherwani with a self-woven paisley pattern and a
    # mandarin collar, cream churidar, maroon stole around his neck, beige juttis. Caption epoch-1; wearing and open
    # color QA; details epoch-3 (looped); closed type/color/pattern/sleeves.
    case(
        "X1052-022",
        caption("a young boy in a gold sherwani with a red scarf around his neck and a turban", "unsupported"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("beige"),
        color_of("sherwani", "red", "other_garment_color", kind="open"),
        wearing("a gold sherwani with a red scarf around his neck", who="the boy"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("long"),
        details(
            "sherwani",
            "there is an accessory on his neck. there is an accessory on his neck. there is an "
            "accessory on his neck. there is an accessory on his",
            "loop",
            hit_limit=True,
        ),
        title="Jashvi Boys Beige Woven Design Sherwani with Churidar and Stole",
        category="Sherwani",
        color="Beige",
        gender="Boys",
    ),
    # photo: girl on a white backdrop: fuchsia pink lehenga with a mirror-work hem, plain royal blue short-sleeve
    # choli, pink net dupatta. Caption epoch-1; describe and open color QA; details epoch-3 (cut); closed color/sleeves.
    case(
        "X1052-023",
        caption("a little girl in a pink and blue lehenga with a pink dupatta"),
        Q.color("pink"),
        color_of("choli", "pink", "other_garment_color", kind="open"),
        describe("lehenga", "pink and blue lehenga with a pink dupatta"),
        details(
            "lehenga",
            "the lady wears a long skirt with other fabric and other patterns. the upper clothing has "
            "short sleeves, other fabric and pure color patterns. there is",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("short"),
        title="Bitiya by Bhama Girls Pink and Blue Mirror Work Lehenga Choli with Net Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy on a white backdrop, hands behind his back, no glasses: mustard yellow half-sleeve henley t-shirt with
    # a three-button placket, navy blue shorts. Caption epoch-1 (wrong pronoun); wearing and open color QA; details
    # epoch-3; material base; closed type/color/pattern.
    case(
        "X1052-024",
        caption("a young boy wearing a yellow shirt and blue shorts with her hands behind her back", "pronoun"),
        Q.garment_type("t-shirt"),
        color_of("t-shirt", "mustard"),
        color_of("shorts", "blue", kind="open"),
        details(
            "t-shirt",
            "his shirt has short sleeves, cotton fabric and pure color patterns. the neckline of it is "
            "round. the person wears glasses.",
            "unsupported",
        ),
        Q.pattern("solid"),
        wearing("a yellow shirt and blue shorts", who="the boy"),
        Q.material("the garment is made of fabric", "restated"),
        title="Allen Solly Junior Boys Mustard Solid Henley T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Boys",
    ),
    # photo: girl on a white backdrop, bare feet in white sandals: mint green dress with short puff sleeves, a white
    # lace yoke and a gathered cotton skirt. Caption epoch-1; wearing QA; details epoch-3; material base; closed
    # color/sleeves.
    case(
        "X1052-025",
        caption("a little girl wearing a green dress with white lace on the top"),
        Q.color("sea green"),
        details(
            "dress",
            "her dress has short sleeves, cotton fabric and pure color patterns. it has a round neckline. "
            "the lady wears socks in her shoes.",
            "unsupported",
        ),
        Q.material("lace", "unsupported"),
        Q.sleeve_length("sleeveless", "contradiction"),
        wearing("a green dress with white lace on the top", who="the girl"),
        title="Hopscotch Girls Sea Green Cotton Dress with Lace Yoke",
        category="Dresses",
        color="Sea Green",
        gender="Girls",
    ),
    # photo: boy on a white backdrop: white t-shirt with a small chest logo, olive cotton twill cargo shorts with flap
    # side pockets, white sneakers. Caption epoch-1; open color QA; details epoch-3; material base; closed
    # color/type/is-a.
    case(
        "X1052-026",
        caption("a young boy wearing a white t-shirt and green cargo shorts"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        Q.color("olive"),
        details(
            "shorts",
            "the shorts this gentleman wears is of short length. the shorts are with denim fabric and "
            "pure color patterns.",
            "unsupported",
        ),
        Q.material("The shorts are made of cotton"),
        Q.garment_type("shorts"),
        is_a("pair of shorts", "yes"),
        title="United Colors of Benetton Kids Boys Olive Cotton Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Boys",
    ),
    # photo: girl on a white backdrop, hands on hips, head tilted: purple long-sleeve t-shirt with a white unicorn and
    # rainbow print, grey leggings. Caption epoch-1 (cut); describe and open colors QA; details epoch-3; closed
    # sleeves/color/pattern.
    case(
        "X1052-027",
        caption(
            "a little girl wearing a purple shirt with a unicorn on it and grey leggings standing in front of a "
            "white background with her hands on her hips and her feet apart and her head tilted to the",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        color_of("leggings", "purple", "contradiction", kind="open"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        Q.color("purple"),
        describe("shirt", "purple shirt with a unicorn on it"),
        Q.pattern("graphic"),
        details(
            "shirt",
            "the lady wears a long-sleeve sweater with knitting fabric and graphic patterns. it has a round neckline.",
            "contradiction",
        ),
        title="Tiny Girl Kids Girls Purple Unicorn Print Full Sleeve T-shirt",
        category="Tshirts",
        color="Purple",
        gender="Girls",
    ),
    # photo: flat lay on a white surface, no person: royal blue half-sleeve t-shirt with a red and black Spider-Man
    # print. Caption epoch-1; wearing QA; details epoch-3 (looped); material base (leaked); closed colors. Row lacks
    # the gender column.
    case(
        "X1052-028",
        caption("a blue t-shirt with a spiderman on it on a white background"),
        wearing("a blue t-shirt with a spiderman on it"),
        Q.color("blue"),
        color_of("t-shirt", "red", "contradiction"),
        details(
            "t-shirt",
            "the upper clothing has short sleeves, cotton fabric and graphic patterns. it has a round "
            "neckline. this person wears a hat. this person wears a hat. this person wears a",
            "loop",
            hit_limit=True,
        ),
        Q.material(
            "cotton\nQuestion: what is the color of the t-shirt?\nAnswer: blue\nQuestion: what is the color of "
            "the t-shirt?\nAnswer: blue",
            "leak",
            hit_limit=True,
        ),
        title="Marvel by Wear Your Mind Boys Blue Spider-Man Printed T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # photo: girl on a white backdrop: navy blue short-sleeve dress with a white Peter Pan collar and white buttons,
    # white knee socks, black shoes. Caption epoch-1; wearing, describe and open color QA; details epoch-3; closed
    # color/sleeves.
    case(
        "X1052-029",
        caption("a little girl wearing a blue dress with a white collar and white socks"),
        color_of("dress", "white", "other_garment_color", kind="open"),
        Q.color("navy blue"),
        details(
            "dress",
            "her dress has short sleeves, cotton fabric and pure color patterns. it has a lapel neckline. "
            "the lady wears socks in her shoes.",
        ),
        wearing("a blue dress with a white collar and white socks", who="the girl"),
        describe("dress", "dress", "restated"),
        Q.sleeve_length("long", "contradiction"),
        title="YK Girls Navy Blue Solid A-Line Dress with Peter Pan Collar",
        category="Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: boy in front of a festive backdrop of orange and yellow marigold strings and a lit diya: plain yellow
    # kurta with white thread embroidery at the placket, white pyjama. Caption epoch-1; wearing, describe and open
    # color QA; material base; closed colors/type.
    case(
        "X1052-030",
        caption("a young boy in a yellow kurta standing in front of a orange and yellow flowers"),
        color_of("kurta", "orange", "contradiction"),
        wearing("a yellow kurta", who="the boy"),
        color_of("pyjama", "yellow", "contradiction", kind="open"),
        Q.garment_type("kurta"),
        describe("kurta", "orange and yellow flowers", "unsupported"),
        Q.material("no", "non_answer"),
        title="Sojanya Boys Yellow Solid Kurta with White Pyjama",
        category="Kurta Sets",
        color="Yellow",
        gender="Boys",
    ),
    # photo: girl on a white backdrop, gold bangles: magenta anarkali kurta with small gold foil stars on the flared
    # hem, three-quarter sleeves, gold leggings. Caption epoch-1; wearing/describe QA; details epoch-3 (cut);
    # material base; closed type/color/sleeves.
    case(
        "X1052-031",
        caption("a little girl in a pink dress with gold stars on the bottom"),
        Q.garment_type("kurta"),
        Q.color("magenta"),
        wearing("a pink dress with gold stars on the bottom", who="the girl"),
        describe("dress", "gold stars on the bottom"),
        details(
            "kurta",
            "the lady wears a long dress with other fabric and other patterns. there is an accessory on "
            "her wrist. the lady wears",
            "cut",
            hit_limit=True,
        ),
        Q.material("she is wearing a pink dress", "non_answer"),
        Q.sleeve_length("three-quarter"),
        title="Aks Kids Girls Magenta Foil Print Anarkali Kurta with Leggings",
        category="Kurta Sets",
        color="Magenta",
        gender="Girls",
    ),
    # photo: flat lay on a light grey backdrop, no person: two crew-neck half-sleeve t-shirts side by side, one black,
    # one white, both plain. Caption epoch-1; describe and open color QA (null); closed type/pattern/color. Row lacks
    # the color column.
    case(
        "X1052-032",
        caption("a black t-shirt and a white t-shirt on a grey background"),
        Q.garment_type("t-shirt"),
        Q.pattern("solid"),
        describe("t-shirt", "a black t-shirt and a white t-shirt"),
        color_of("t-shirt", "", "non_answer", kind="open"),
        Q.color("grey", "contradiction"),
        title="Proline Kids Boys Pack of 2 Solid Cotton T-shirts",
        category="Tshirts",
        gender="Boys",
    ),
    # photo: girl on a white backdrop: white sleeveless top with a small crochet flower at the neckline, coral cotton
    # shorts, a two-piece set. Caption epoch-1 (looped); wearing and open color QA; details epoch-3; material base;
    # closed color/pattern.
    case(
        "X1052-033",
        caption(
            "a little girl wearing a white top and orange shorts with a flower on the top. the top is with cotton "
            "fabric and the shorts are with cotton fabric and the shorts are with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        wearing("a white top and orange shorts", who="the girl"),
        Q.color("white"),
        color_of("top", "orange", "other_garment_color", kind="open"),
        details(
            "top",
            "the upper clothing is sleeveless, with cotton fabric and pure color patterns. it has a round neckline.",
        ),
        Q.pattern("solid"),
        Q.material("fabric", "non_answer"),
        title="Mini Klub Girls White Top with Coral Shorts Cotton Clothing Set",
        category="Clothing Set",
        color="White",
        gender="Girls",
    ),
    # photo: boy on a white backdrop holding a basketball: white tank top, red mesh basketball shorts with white side
    # panels. Caption epoch-1; wearing/describe QA; details epoch-3; material base; closed color/type.
    case(
        "X1052-034",
        caption("a young boy in a white tank top and red basketball shorts holding a basketball"),
        color_of("shorts", "red"),
        Q.garment_type("shorts"),
        wearing("a white tank top and red basketball shorts", who="the boy"),
        details(
            "shorts",
            "the shorts this gentleman wears is of short length. the shorts are with cotton fabric and "
            "color block patterns.",
        ),
        describe("shorts", "shorts", "restated"),
        Q.material("mesh"),
        title="Nike Boys Red Mesh Basketball Shorts",
        category="Shorts",
        color="Red",
        gender="Boys",
    ),
    # photo: girl on a white backdrop: sleeveless mid-blue denim pinafore dress over a white short-sleeve t-shirt,
    # white sneakers. Caption epoch-1; open color QA; details epoch-3 (cut); material base; closed color/sleeves.
    case(
        "X1052-035",
        caption("a little girl wearing a denim dress over a white t-shirt"),
        color_of("dress", "white", "other_garment_color", kind="open"),
        Q.color("blue"),
        Q.material("denim"),
        Q.sleeve_length("short", "contradiction"),
        details(
            "dress",
            "the lady wears a short-sleeve shirt with cotton fabric and pure color patterns. the lower "
            "clothing is of short length. the fabric is denim and",
            "cut",
            hit_limit=True,
        ),
        title="Cutecumber Girls Blue Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy on a white backdrop, no bag: white half-sleeve t-shirt with black horizontal stripes, red shorts.
    # Caption epoch-1; wearing and open colors QA; details epoch-3; material base (echoed the question); closed
    # pattern/color/is-a.
    case(
        "X1052-036",
        caption("a young boy wearing a black and white striped t-shirt and red shorts with a backpack", "unsupported"),
        Q.pattern("striped"),
        Q.color("white"),
        color_of("shorts", "red", kind="open"),
        color_of("t-shirt", "red", "other_garment_color", kind="open"),
        details(
            "t-shirt",
            "the guy wears a short-sleeve shirt with cotton fabric and striped patterns. it has a round neckline.",
        ),
        wearing("a black and white striped t-shirt and red shorts", who="the kid"),
        is_a("shirt", "no"),
        Q.material("what material is the garment made of", "restated"),
        title="H&M Kids Boys White and Black Striped T-shirt",
        category="Tshirts",
        color="White",
        gender="Boys",
    ),
    # photo: no person: peach half-sleeve t-shirt with white "Be Kind" text and a small rainbow, on a wooden hanger
    # against a light blue wall. Caption epoch-1; wearing and open color QA; details epoch-3; material base; closed
    # color/pattern.
    case(
        "X1052-037",
        caption("a peach t-shirt hanging on a wooden hanger against a blue wall"),
        Q.color("blue", "contradiction"),
        color_of("t-shirt", "peach", kind="open"),
        wearing("a peach t-shirt hanging on a wooden hanger"),
        details(
            "t-shirt",
            "the upper clothing has short sleeves, cotton fabric and pure color patterns. it has a round neckline.",
            "contradiction",
        ),
        Q.pattern("graphic"),
        Q.material("cotton"),
        title="Palm Tree Girls Peach Typography Printed Cotton T-shirt",
        category="Tshirts",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy on a white backdrop with his hands folded, no garland: orange full-sleeve cotton silk kurta with a
    # mandarin collar, cream dhoti. Caption epoch-1; wearing and open colors QA; details epoch-3; material base
    # (looped); closed color/type.
    case(
        "X1052-038",
        caption(
            "a young boy wearing an orange kurta and a white dhoti with his hands folded and a garland around his neck",
            "unsupported",
        ),
        Q.color("orange"),
        color_of("dhoti", "white", kind="open"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        wearing("an orange kurta and a white dhoti", who="the boy"),
        Q.garment_type("kurta"),
        details(
            "kurta",
            "the gentleman wears a long-sleeve shirt with chiffon fabric and pure color patterns. the "
            "neckline of it is stand.",
            "unsupported",
        ),
        Q.material(
            "silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk "
            "silk silk silk silk silk silk silk silk silk silk silk",
            "loop",
            hit_limit=True,
        ),
        title="Kisah Boys Orange Cotton Silk Kurta with Cream Dhoti",
        category="Kurta Sets",
        color="Orange",
        gender="Boys",
    ),
    # photo: lifestyle shot in a garden, green shrubs behind: girl in an ivory sleeveless maxi dress with a large red,
    # blue and yellow flower print, matte woven fabric, no bracelet; brown sandals. Caption epoch-1; wearing and open
    # color QA; details epoch-3; material base (leaked); closed color/pattern/sleeves.
    case(
        "X1052-039",
        caption("a little girl in a floral dress standing in a garden with green bushes"),
        color_of("dress", "green", "contradiction", kind="open"),
        Q.color("multi"),
        Q.pattern("floral"),
        wearing("a floral dress", who="the girl"),
        details(
            "dress",
            "the lady wears a long dress with cotton fabric and floral patterns. there is an accessory on her wrist.",
            "unsupported",
        ),
        Q.sleeve_length("sleeveless"),
        Q.material(
            "Question: What material is the dress made of? Answer: cotton Question: What is the color of the "
            "dress? Answer: white",
            "leak",
            hit_limit=True,
        ),
        title="Bella Moda Girls Multicoloured Floral Print Maxi Dress",
        category="Dresses",
        color="Multi",
        gender="Girls",
    ),
    # photo: boy on a white backdrop: navy blue half-sleeve t-shirt, grey melange cotton terry sweat shorts with a
    # white drawstring. Caption epoch-1; wearing and open color QA; details epoch-3; material base; closed
    # color/type/is-a.
    case(
        "X1052-040",
        caption("a young boy wearing a navy blue t-shirt and grey shorts with a drawstring"),
        color_of("shorts", "navy blue", "other_garment_color", kind="open"),
        Q.color("grey"),
        wearing("a navy blue t-shirt and grey shorts with a drawstring", who="the boy"),
        details(
            "shorts",
            "the shorts this gentleman wears is of short length. the shorts are with knitting fabric and "
            "pure color patterns.",
        ),
        Q.material("the shorts are made of the material of the shorts", "restated"),
        Q.garment_type("pants", "contradiction"),
        is_a("pair of shorts", "no", "contradiction"),
        title="Jockey Boys Grey Melange Cotton Terry Sweat Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: girl on a white backdrop, hair in a ponytail: white sleeveless cotton peplum top, blue jeans. Caption
    # epoch-1; open colors QA; details epoch-3 (wrong pronoun); material base; closed type/color/sleeves.
    case(
        "X1052-041",
        caption("a little girl wearing a white top and blue jeans with her hair in a ponytail"),
        Q.garment_type("top"),
        Q.color("white"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        color_of("jeans", "blue", kind="open"),
        details(
            "top",
            "his tank top is sleeveless, with cotton fabric and pure color patterns. it has a round neckline.",
            "pronoun",
        ),
        Q.material("the top is made of cotton"),
        Q.sleeve_length("sleeveless"),
        title="Peppermint Girls White Cotton Peplum Top",
        category="Tops",
        color="White",
        gender="Girls",
    ),
    # photo: boy on a white backdrop: green half-sleeve cotton t-shirt with a Ben 10 cartoon print, blue denim shorts.
    # Caption epoch-1 (looped); wearing and open colors QA; material base; closed color/pattern.
    case(
        "X1052-042",
        caption(
            "a boy wearing a green t-shirt with a cartoon on it and blue denim shorts. the t-shirt is with cotton "
            "fabric and the shorts are with denim fabric and the shorts are with denim fabric and the shorts are "
            "with denim fabric and the",
            "loop",
            hit_limit=True,
        ),
        color_of("shorts", "blue", kind="open"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        Q.color("green"),
        wearing("a green t-shirt with a cartoon on it and blue denim shorts", who="the boy"),
        Q.material("denim", "unsupported"),
        Q.pattern("graphic"),
        title="Ben 10 Boys Green Printed Cotton T-shirt",
        category="Tshirts",
        color="Green",
        gender="Boys",
    ),
    # photo: girl on a white backdrop holding a small silver potli bag: teal lehenga and short-sleeve choli with silver
    # embroidery, pink net dupatta. Caption epoch-1; wearing, describe and open color QA; details epoch-3 (cut);
    # material base (leaked); closed color/type.
    case(
        "X1052-043",
        caption("a little girl in a blue and silver lehenga with a pink dupatta holding a small silver bag"),
        Q.color("teal"),
        color_of("lehenga", "pink", "other_garment_color", kind="open"),
        wearing("a blue and silver lehenga with a pink dupatta", who="the girl"),
        describe("choli", "", "non_answer"),
        details(
            "lehenga",
            "the lady wears a long skirt with other fabric and other patterns. there is an accessory in "
            "her hands. the lady wears a short-sleeve shirt with other fabric and other",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("lehenga"),
        Q.material("Question: What is the color of the lehenga? Answer: blue", "leak"),
        title="Fabindia Kids Girls Teal Embroidered Lehenga Choli with Pink Dupatta",
        category="Lehenga Choli",
        color="Teal",
        gender="Girls",
    ),
    # photo: boy on a white backdrop wearing a red cap: navy blue t-shirt with a white anchor print and white shorts
    # with a small navy anchor print, a two-piece set. Caption epoch-1; wearing and open color QA; details epoch-3;
    # material base (leaked); closed color/pattern.
    case(
        "X1052-044",
        caption("a young boy wearing a blue t-shirt and white shorts with a red hat on his head"),
        Q.color("navy blue"),
        color_of("t-shirt", "red", "other_garment_color", kind="open"),
        wearing("a blue t-shirt and white shorts with a red hat on his head", who="the boy"),
        Q.pattern("solid", "contradiction"),
        details(
            "shorts",
            "the shorts this gentleman wears is of short length. the shorts are with cotton fabric and "
            "graphic patterns. this gentleman wears a hat.",
        ),
        Q.material(
            "cotton\nQuestion: what is the boy wearing?\nAnswer: a blue t-shirt and white shorts",
            "leak",
            hit_limit=True,
        ),
        title="Babyhug Boys Navy Blue and White Anchor Print T-shirt with Shorts",
        category="Clothing Set",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl on a white backdrop, silver sequin hairband: lavender sleeveless party dress with a sequined bodice
    # and a layered tulle tutu skirt. Caption epoch-1; wearing and open color QA; details epoch-3; material base;
    # closed color/sleeves/type/is-a.
    case(
        "X1052-045",
        caption("a little girl in a purple tutu dress with a sequin top and a silver headband"),
        Q.color("lavender"),
        wearing("a purple tutu dress with a sequin top and a silver headband", who="the girl"),
        color_of("dress", "silver", "other_garment_color", kind="open"),
        Q.sleeve_length("sleeveless"),
        details(
            "dress",
            "the lady wears a sleeveless dress with chiffon fabric and pure color patterns. there is an "
            "accessory on her head.",
            "unsupported",
        ),
        Q.material("the dress is made of material", "restated"),
        is_a("skirt", "no"),
        Q.garment_type("skirt", "contradiction"),
        title="Toy Balloon Kids Girls Lavender Sequinned Tulle Party Dress",
        category="Dresses",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy on a white backdrop, hands in his pockets: maroon full-sleeve crew-neck cotton t-shirt, khaki chino
    # pants. Caption epoch-1; wearing, describe and open color QA; details epoch-3 (wrong pronoun); material base;
    # closed sleeves/color.
    case(
        "X1052-046",
        caption("a young boy wearing a maroon long sleeve shirt and khaki pants with his hands in his pockets"),
        Q.sleeve_length("long"),
        Q.color("maroon"),
        color_of("pants", "maroon", "contradiction", kind="open"),
        describe("shirt", "a maroon long sleeve shirt"),
        wearing("a maroon long sleeve shirt and khaki", "cut", who="the boy"),
        details(
            "shirt",
            "her t-shirt has long sleeves, cotton fabric and pure color patterns. it has a round neckline.",
            "pronoun",
        ),
        Q.material("wool", "unsupported"),
        title="Gini and Jony Boys Maroon Solid Full Sleeve Cotton T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Boys",
    ),
]
