"""BLIND_716 (46 products; Myntra men's polos/henleys/tees; caption+span QA): written blind in the fifty-fourth session.
Measured blind at dc30159 (the session's tenth rules): 95/138 failures found (68.8%) and 0/202 correct texts flagged
(0.0%). The writer's notes, verbatim:

Scenario: a Myntra-like men's topwear feed (article_type Tshirts for polos, henleys and printed tees alike), one catalog
photo per product: mostly a model on a white backdrop, front or three-quarter view, with jeans, chinos, shorts or track
pants, sometimes an open jacket, flannel or denim overshirt on top, a watch or sunglasses as props.

Who wrote what: captions come from the epoch-1 caption adapter (Data2_V2_BLIP2_Finetune_Caption_First_Epoch, 50
tokens). After one epoch it still names hues like the base model ("a man wearing a navy blue polo shirt and ...") but
drifts into the DeepFashion template ("The gentleman wears a short-sleeve T-shirt with graphic patterns. It has a crew
neckline."), often calls the wearer a lady or woman, and, with no end token trained, about a quarter of its captions
run to the limit and are cut or loop. The open questions "What is the person wearing?", "Describe the t-shirt." and
"What are the t-shirt details?" (and the material question on some products) are answered by the extractive QA model
(timpal0l/mdeberta-v3-base-squad2) over that caption: every such answer is a verbatim span of the caption, or empty
when the null answer wins, so a caption's error, loop or cut end is copied into the spans taken from it. The open
color question and the material question on the other products went to free generation: the untuned base BLIP-2
(short answers that stop, colors borrowed from the trousers, fabric guessed, the question echoed) or the VQA adapter
(Data3_V3_BLIP2_VQA, 30 tokens, never stops: loops, runs on into "Question: ... Answer:" or is cut). Closed answers
(type, color, pattern, sleeve length, yes/no garment questions) come from the reference engine picking one candidate.

Labeling conventions and judgement calls:
- A color is right when it falls in the seller's color group (maroon or red for Burgundy, pink for Peach, blue for
  Teal or Turquoise Blue, orange for Rust, white for Off White); a neighbouring group is wrong (black for Charcoal,
  green for Turquoise Blue, light blue for Lavender) and labeled contradiction.
- A wrong color in a closed answer is a contradiction even when it is the trousers' or overshirt's color;
  other_garment_color is used only for open texts (including spans and captions) that give the product the color of
  the jeans, shorts, jacket or flannel seen in the photo.
- Describing the layered jacket or overshirt instead of the product is other_garment_color when it names that
  garment's color; calling the product a sweater, jacket or shirt in a closed type answer is a contradiction.
- "shirt" or "long sleeve shirt" for a t-shirt or henley in free text counts as correct (base BLIP-2's ordinary word);
  a closed garment type of "shirt" or "jacket" for a Tshirts row is a contradiction.
- Fabric: "cotton" is correct only where the title says cotton; where the title is silent a fabric answer is
  unsupported (the photo cannot show fiber). A fabric borrowed from another garment (leather of the jacket, denim of
  the overshirt) is also labeled unsupported. "knitted fabric" for a visible waffle knit is correct.
- A caption or answer saying lady/woman/she/her for a Men row is pronoun, even when the rest is right; rows with no
  gender carry no pronoun failures.
- One label per text: a text cut or looping at the limit is labeled cut or loop even if it also has a wrong color or
  an invented detail; a VQA-adapter answer that runs into "Question: ... Answer:" is leak even when its first word
  is wrong. hit_limit is set on every text that used all its tokens (looped, cut and leaking generations); extractive
  spans copied from such a caption carry the caption's failure but not hit_limit.
- An empty span, a one-word span, or the garment's own name back ("t-shirt") is non_answer; an answer that turns the
  question into a statement ("the garment is made of fabric", "The T-shirt" for "Describe the t-shirt.") is restated.
- Details naming a prop on the garment (sunglasses hooked on the placket) or a logo, trim or print are correct.
- A correct answer to "What is the color of the jeans/pants?" names the trousers' color, not the product's.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_716 = [
    # photo: navy pique polo, two-button placket, small red embroidered logo on the chest, beige chinos, hands in
    # pockets, white backdrop, front view. Caption: epoch-1 caption adapter; spans: mdeberta; closed: reference.
    case(
        "X716-001",
        caption(
            "a man wearing a navy blue polo shirt and beige chinos. The shirt has short sleeves, cotton fabric and "
            "pure color patterns. It has a lapel neckline."
        ),
        wearing("a navy blue polo shirt and beige chinos"),
        describe("t-shirt", "navy blue polo shirt"),
        details("t-shirt", "a lapel neckline"),
        Q.color("navy"),
        is_a("polo shirt", "yes"),
        title="U.S. Polo Assn. Men Navy Blue Solid Pure Cotton Polo T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: mustard polo with thin navy horizontal stripes and a navy collar, dark blue jeans, white backdrop, front.
    # Caption: caption adapter, looped to the limit; spans: mdeberta; open color: VQA adapter; closed: reference.
    case(
        "X716-002",
        caption(
            "a man wearing a yellow and blue striped polo shirt. The shirt has short sleeves and striped patterns. "
            "It has a lapel neckline. The shirt has short sleeves and striped patterns. It has a lapel neckline. "
            "The shirt has short",
            "loop",
            hit_limit=True,
        ),
        wearing("a yellow and blue striped polo shirt"),
        describe(
            "t-shirt",
            "The shirt has short sleeves and striped patterns. It has a lapel neckline. The shirt has short sleeves "
            "and striped patterns",
            "loop",
        ),
        Q.color("yellow"),
        color_of(
            "t-shirt",
            "yellow with blue stripes on the chest and the collar is blue and the sleeves are yellow with blue stripes "
            "on the",
            "cut",
            kind="open",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        Q.sleeve_length("short"),
        title="Classic Polo Men Stripes Yellow Polo T-Shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: olive long-sleeve henley, three-button placket, sleeves full length, black jeans, white backdrop.
    # Caption: caption adapter in the template, ended cleanly; spans: mdeberta; open color: base BLIP-2; closed:
    # reference.
    case(
        "X716-003",
        caption(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns. It has a round neckline. The "
            "gentleman wears a long denim pants. The pants are with solid color patterns."
        ),
        wearing("a long-sleeve T-shirt with pure color patterns"),
        describe("t-shirt", "long-sleeve", "non_answer"),
        details("t-shirt", "a round neckline"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        Q.color("olive"),
        Q.sleeve_length("long"),
        Q.pattern("solid"),
        is_a("henley", "no", "contradiction"),
        title="Roadster Men Olive Green Solid Henley Neck Full Sleeve T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: black polyester sports polo, white swoosh on the chest, grey shorts, white backdrop, front view.
    # Caption: caption adapter (base-like, short); spans: mdeberta; material and open color: VQA adapter; closed:
    # reference.
    case(
        "X716-004",
        caption("a man wearing a black nike polo shirt and grey shorts."),
        wearing("a black nike polo shirt and grey shorts"),
        describe("t-shirt", "a black nike polo shirt"),
        details("t-shirt", "", "non_answer"),
        Q.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "t-shirt",
            "black Question: What is the color of the shorts? Answer: grey Question: What is the color of the "
            "shoes? Answer:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        Q.color("black"),
        Q.sleeve_length("short"),
        title="Nike Men Black Dri-FIT Polo T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: maroon crew-neck tee with a large white and yellow typographic print ("CHAI PE CHARCHA"), blue jeans,
    # white backdrop. Caption: caption adapter, cut at 50 tokens; spans (material too): mdeberta; closed: reference.
    case(
        "X716-005",
        caption(
            "a man wearing a red t-shirt with a white and yellow print on the front. The T-shirt has short sleeves, "
            "cotton fabric and graphic patterns. It has a crew neckline. The gentleman wears a long denim pants. "
            "The pants are with",
            "cut",
            hit_limit=True,
        ),
        wearing("a red t-shirt with a white and yellow print on the front"),
        describe("t-shirt", "The T-shirt", "restated"),
        details("t-shirt", "a white and yellow print on the front"),
        Q.material("cotton", "unsupported"),
        Q.color("maroon"),
        Q.pattern("graphic"),
        title="Tantra Men Printed Maroon T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: grey melange short-sleeve henley (two buttons) under an open navy bomber jacket, dark jeans, white
    # backdrop. Caption: caption adapter; spans: mdeberta; open color: base BLIP-2; closed: reference.
    case(
        "X716-006",
        caption("a man wearing a navy blue jacket over a grey t-shirt and jeans."),
        wearing("a navy blue jacket over a grey t-shirt and jeans"),
        describe("t-shirt", "a navy blue jacket", "other_garment_color"),
        color_of("t-shirt", "navy blue", "other_garment_color", kind="open"),
        Q.color("grey"),
        Q.garment_type("jacket", "contradiction"),
        Q.sleeve_length("long", "contradiction"),
        title="Jack & Jones Men Grey Melange Henley Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: red tee with a black Puma cat logo and PUMA wordmark print, black track pants, white backdrop.
    # Caption: caption adapter; spans: mdeberta; open color and material: base BLIP-2; closed: reference.
    case(
        "X716-007",
        caption("a man in a red puma t-shirt and black track pants."),
        wearing("a red puma t-shirt and black track pants"),
        describe("t-shirt", "a red puma t-shirt"),
        details("t-shirt", "black track pants", "other_garment_color"),
        color_of("t-shirt", "red", kind="open"),
        Q.material("the material of the garment", "restated"),
        Q.pattern("graphic"),
        Q.sleeve_length("short"),
        title="Puma Men Red Printed T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: white pique polo, navy tipping on the collar, small red-white-navy flag logo, navy chinos, white
    # backdrop (white on white). Caption: caption adapter; spans (material too): mdeberta; closed: reference.
    case(
        "X716-008",
        caption(
            "a man wearing a grey polo shirt and navy pants. The shirt has short sleeves, cotton fabric and pure "
            "color patterns. It has a lapel neckline.",
            "contradiction",
        ),
        wearing("a grey polo shirt and navy pants", "contradiction"),
        describe("t-shirt", "a grey polo shirt", "contradiction"),
        details("t-shirt", "a lapel neckline"),
        Q.material("cotton"),
        Q.color("white"),
        is_a("polo shirt", "yes"),
        title="Tommy Hilfiger Men White Solid Pure Cotton Polo T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: teal crew-neck tee with a white geometric mountain print, black joggers, white backdrop.
    # Caption: caption adapter in the template (calls him a lady); spans: mdeberta; open color: base BLIP-2;
    # closed: reference.
    case(
        "X716-009",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. It has a crew neckline. Her pants are of "
            "long length. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("a short-sleeve T-shirt with graphic patterns"),
        describe("t-shirt", "short-sleeve T-shirt with graphic patterns. It has a crew neckline"),
        details("t-shirt", "Her pants are of long length", "pronoun"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        Q.color("blue"),
        Q.sleeve_length("short"),
        title="HRX by Hrithik Roshan Men Teal Printed Round Neck T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: black tee with a large skull-and-roses print in red, white and green, light blue ripped jeans, white
    # backdrop. Caption: caption adapter; spans: mdeberta; open color and material: VQA adapter; closed: reference.
    case(
        "X716-010",
        caption("a man wearing a black t-shirt with a skull and roses print and blue jeans."),
        wearing("a black t-shirt with a skull and roses print and blue jeans"),
        describe("t-shirt", "a black t-shirt with a skull and roses print"),
        color_of(
            "t-shirt",
            "black and white and red and green and black and white and red and green and black and white and red "
            "and green and",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.material("cotton with a rubber print on the front and the sleeves are made of", "cut", hit_limit=True),
        Q.pattern("graphic"),
        is_a("graphic tee", "yes"),
        title="Flying Machine Men Black Printed T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: burgundy pique polo with a green crocodile logo, white trousers, white backdrop, three-quarter view.
    # Caption: caption adapter; spans (material too): mdeberta; open color: base BLIP-2; closed: reference.
    case(
        "X716-011",
        caption(
            "a man wearing a maroon polo shirt with a green crocodile logo and white pants. The shirt has short "
            "sleeves and pure color patterns. It has a lapel neckline."
        ),
        wearing("a maroon polo shirt with a green crocodile logo and white pants"),
        color_of("t-shirt", "white", "other_garment_color", kind="open"),
        describe("t-shirt", "a maroon polo shirt with a green crocodile logo"),
        details("t-shirt", "a green crocodile logo"),
        Q.material("", "non_answer"),
        Q.color("red"),
        Q.pattern("solid"),
        title="Lacoste Men Burgundy Pique Polo T-shirt",
        category="Tshirts",
        color="Burgundy",
        gender="Men",
    ),
    # photo: slate blue long-sleeve waffle-knit henley, three buttons, khaki chinos, no watch or bracelet, white
    # backdrop. Caption: caption adapter in the template, cut at 50 tokens; spans (material too): mdeberta; open
    # color: base BLIP-2; closed: reference.
    case(
        "X716-012",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. It has a round neckline. The "
            "sweater is with knitted fabric. The gentleman wears a long trousers. The trousers are with cotton "
            "fabric and solid color patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns", "contradiction"),
        Q.material("knitted fabric"),
        color_of("t-shirt", "khaki", "other_garment_color", kind="open"),
        Q.garment_type("t-shirt"),
        Q.color("blue"),
        Q.sleeve_length("long"),
        is_a("henley", "yes"),
        title="Levis Men Blue Solid Henley Neck Full Sleeve T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: charcoal polo with yellow tipping on the collar and sleeve hems, blue jeans, white backdrop.
    # Caption: caption adapter; spans: mdeberta; open color: VQA adapter; closed: reference.
    case(
        "X716-013",
        caption("a man wearing a black polo shirt with yellow trim and blue jeans.", "contradiction"),
        wearing("a black polo shirt with yellow trim and blue jeans", "contradiction"),
        details("t-shirt", "yellow trim"),
        Q.color("grey"),
        color_of(
            "t-shirt",
            "black Question: What is the color of the jeans? Answer: blue Question: What is the color of the "
            "shoes? Answer: white",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        Q.sleeve_length("short"),
        title="Highlander Men Charcoal Grey Slim Fit Polo T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: mustard short-sleeve henley, olive cargo shorts, sunglasses hooked on the placket, white backdrop.
    # Caption: caption adapter; spans: mdeberta; open color and material: base BLIP-2; closed: reference.
    case(
        "X716-014",
        caption("a man wearing a yellow t-shirt and green shorts with sunglasses hanging from the collar."),
        wearing("a yellow t-shirt and green shorts"),
        describe("t-shirt", "a yellow t-shirt"),
        details("t-shirt", "sunglasses hanging from the collar"),
        color_of("t-shirt", "yellow", kind="open"),
        Q.material("cotton", "unsupported"),
        Q.garment_type("t-shirt"),
        is_a("henley", "yes"),
        title="Mast & Harbour Men Mustard Yellow Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: white polo with navy breton stripes and a navy collar, grey trousers, white backdrop, front view.
    # Caption: caption adapter, looped to the limit; spans: mdeberta; open color: base BLIP-2; closed: reference.
    case(
        "X716-015",
        caption(
            "a man wearing a blue and white striped polo shirt and grey pants and a blue and white striped polo "
            "shirt and grey pants and a blue and white striped polo shirt and grey pants and a blue and white "
            "striped",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue and white striped polo shirt and grey pants"),
        describe("t-shirt", "a blue and white striped polo shirt"),
        Q.color("white"),
        Q.pattern("striped"),
        color_of("t-shirt", "grey", "other_garment_color", kind="open"),
        title="United Colors of Benetton Men White & Navy Striped Polo T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: charcoal tee with a white and red vintage motorcycle print and the words RIDE FREE, blue jeans, a
    # steel watch, white backdrop. Caption: caption adapter in the template, cut at 50 tokens; spans (material too):
    # mdeberta; open color: VQA adapter; closed: reference.
    case(
        "X716-016",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. It has a crew neckline. The T-shirt "
            "is with cotton fabric. The gentleman wears a long denim pants. The pants are with solid color patterns. "
            "There is an accessory on his wrist. There is an accessory in his",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns"),
        describe("t-shirt", "The T-shirt", "restated"),
        details("t-shirt", "There is an accessory in his", "cut"),
        Q.material("cotton fabric", "unsupported"),
        Q.color("black", "contradiction"),
        color_of(
            "t-shirt",
            "grey Question: What is the color of the jeans? Answer: blue Question: What is the color of the watch? "
            "Answer:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        title="Status Quo Men Printed Charcoal T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: navy polyester polo with white three stripes on the shoulders and a white logo, dark grey track pants,
    # white backdrop. Caption: caption adapter; spans: mdeberta; open color and material: VQA adapter; closed:
    # reference.
    case(
        "X716-017",
        caption("a man wearing a blue adidas polo shirt with white stripes on the shoulders and grey pants."),
        wearing("a blue adidas polo shirt with white stripes on the shoulders and grey pants"),
        describe("t-shirt", "white stripes on the shoulders"),
        color_of(
            "t-shirt",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.pattern("striped", "contradiction"),
        Q.material(
            "polyester Question: What is the color of the pants? Answer: grey Question: What is the pattern of the",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("short"),
        title="Adidas Men Solid Navy Blue Polo T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: grey melange tee with a navy "PROLINE ACTIVE" chest print, navy shorts, white backdrop.
    # Caption: caption adapter in the template (calls him a woman); spans: mdeberta; open color and material: base
    # BLIP-2; closed: reference.
    case(
        "X716-018",
        caption(
            "This woman wears a short-sleeve T-shirt with graphic patterns and a pair of shorts. The shorts are with "
            "cotton fabric and pure color patterns. It has a crew neckline.",
            "pronoun",
        ),
        wearing("a short-sleeve T-shirt with graphic patterns and a pair of shorts"),
        describe("t-shirt", "a short-sleeve T-shirt with graphic patterns"),
        details("t-shirt", "a crew neckline"),
        color_of("t-shirt", "navy", "other_garment_color", kind="open"),
        Q.material("polyester", "unsupported"),
        Q.color("grey"),
        is_a("tank top", "no"),
        title="Proline Men Printed Grey Melange T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: peach short-sleeve henley, three buttons, white jeans, white backdrop, front view.
    # Caption: caption adapter; spans: mdeberta; open color: VQA adapter; closed: reference.
    case(
        "X716-019",
        caption("a man wearing a pink t-shirt and white jeans."),
        wearing("a pink t-shirt and white jeans"),
        describe("t-shirt", "a pink t-shirt"),
        details("t-shirt", "white jeans", "other_garment_color"),
        Q.color("pink"),
        color_of(
            "t-shirt",
            "pink and white and pink and white and pink and white and pink and white and pink and white and pink "
            "and white and",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        title="HERE&NOW Men Peach-Coloured Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Peach",
        gender="Men",
    ),
    # photo: black tee with a large tiger-and-flames print in orange, yellow and red with rhinestones and gold script,
    # dark jeans, no jewellery, white backdrop. Caption: caption adapter; spans: mdeberta; material: base BLIP-2;
    # closed: reference.
    case(
        "X716-020",
        caption("a man wearing a black t-shirt with a tiger print and a chain necklace and dark jeans.", "unsupported"),
        wearing("a black t-shirt with a tiger print and a chain necklace and dark jeans", "unsupported"),
        describe("t-shirt", "a black t-shirt with a tiger print"),
        details("t-shirt", "a tiger print"),
        Q.material("cotton", "unsupported"),
        Q.pattern("graphic"),
        Q.color("black"),
        title="Ed Hardy Men Black Tiger Print T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: bottle green polo with white tipping and a white embroidered logo, khaki chinos, white backdrop.
    # Caption: caption adapter, cut at 50 tokens; spans (material too): mdeberta; open color: base BLIP-2; closed:
    # reference.
    case(
        "X716-021",
        caption(
            "a man wearing a green polo shirt and khaki pants. The shirt has short sleeves, cotton fabric and pure "
            "color patterns. It has a lapel neckline. The pants are of long length. The pants are with cotton fabric "
            "and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a green polo shirt and khaki pants"),
        describe("t-shirt", "a green polo shirt"),
        Q.material("cotton"),
        details("t-shirt", "The pants are with cotton fabric and pure color", "cut"),
        color_of("t-shirt", "khaki", "other_garment_color", kind="open"),
        Q.color("green"),
        Q.sleeve_length("short"),
        title="U.S. Polo Assn. Men Green Pure Cotton Solid Polo T-shirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: navy tee with an all-over print of white tropical leaves, black trousers, white backdrop.
    # Caption: caption adapter; spans: mdeberta; open color and material: base BLIP-2; closed: reference. The row
    # has no category.
    case(
        "X716-022",
        caption("a man wearing a blue shirt with white leaves printed on it and black pants."),
        wearing("a blue shirt with white leaves printed on it and black pants"),
        describe("t-shirt", "a blue shirt with white leaves printed on it"),
        details("t-shirt", "", "non_answer"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        Q.pattern("floral"),
        Q.material("cotton", "unsupported"),
        Q.color("blue"),
        title="WROGN Men Navy Blue Printed Round Neck T-shirt",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: light grey heather tee with a black "JUST DO IT." and swoosh print, black shorts, black socks and
    # shoes at the frame's edge, white backdrop. Caption: caption adapter, looped to the limit; spans: mdeberta;
    # material: base BLIP-2; closed: reference.
    case(
        "X716-023",
        caption(
            "a man wearing a grey nike t-shirt with the words just do it on it and black shorts and black shoes and "
            "black socks and black shoes and black socks and black shoes and black socks and black shoes and",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "a grey nike t-shirt with the words just do it on it and black shorts and black shoes and black socks "
            "and black shoes and black socks",
            "loop",
        ),
        describe("t-shirt", "a grey nike t-shirt with the words just do it on it"),
        details("t-shirt", "the words just do it"),
        Q.material("cotton", "unsupported"),
        Q.color("grey"),
        Q.pattern("graphic"),
        title="Nike Men Grey Printed Just Do It T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: rust full-sleeve henley, blue jeans, brown leather strap watch, white backdrop.
    # Caption: caption adapter; spans: mdeberta; open color and material: VQA adapter; closed: reference.
    case(
        "X716-024",
        caption("a man wearing an orange long sleeved shirt and blue jeans."),
        wearing("an orange long sleeved shirt and blue jeans", who="he"),
        describe("t-shirt", "an orange long sleeved shirt"),
        color_of(
            "t-shirt",
            "orange Question: What is the color of the jeans? Answer: blue Question: What is the color of the "
            "watch? Answer",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        Q.material(
            "the material of the garment is the material of the garment is the material of the garment is the "
            "material of",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        is_a("henley", "yes"),
        title="Basics Men Rust Slim Fit Henley T-shirt",
        category="Tshirts",
        color="Rust",
        gender="Men",
    ),
    # photo: white tee with a red and navy FILA logo print on the chest, navy track pants, white backdrop.
    # Caption: caption adapter; spans: mdeberta; open color and material: base BLIP-2; closed: reference.
    case(
        "X716-025",
        caption("a man wearing a white fila t-shirt and navy pants."),
        wearing("a white fila t-shirt and navy pants"),
        describe("t-shirt", "a white fila t-shirt"),
        color_of("t-shirt", "navy blue", "other_garment_color", kind="open"),
        details("t-shirt", "", "non_answer"),
        Q.material("what material is the garment made of", "restated"),
        Q.color("white"),
        Q.pattern("solid", "contradiction"),
        title="Fila Men White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: red polo with thin white horizontal stripes and a white collar, dark blue jeans, white backdrop.
    # Caption: caption adapter (calls him a woman); spans: mdeberta; open color: base BLIP-2; closed: reference.
    case(
        "X716-026",
        caption(
            "a woman wearing a red and white striped polo shirt and blue jeans. Her shirt has short sleeves and "
            "striped patterns.",
            "pronoun",
        ),
        wearing("a red and white striped polo shirt and blue jeans"),
        describe("t-shirt", "Her shirt has short sleeves and striped patterns", "pronoun"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        Q.color("red"),
        Q.pattern("striped"),
        color_of("jeans", "blue"),
        Q.sleeve_length("short"),
        title="Classic Polo Men Red & White Striped Polo T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: black long-sleeve henley under an open red-and-black buffalo check flannel shirt, grey jeans, white
    # backdrop. Caption: caption adapter; spans: mdeberta; open color: base BLIP-2; closed: reference.
    case(
        "X716-027",
        caption("a man wearing a red and black plaid shirt over a black t-shirt and grey jeans."),
        wearing("a red and black plaid shirt over a black t-shirt and grey jeans"),
        describe("t-shirt", "a red and black plaid shirt", "other_garment_color"),
        color_of("t-shirt", "red", "other_garment_color", kind="open"),
        Q.color("red", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.sleeve_length("long"),
        is_a("henley", "yes"),
        title="Roadster Men Black Solid Henley Neck Full Sleeve T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: olive tee with a beige "ORIGINALS" text print and a small badge, beige chinos, no outer layer, white
    # backdrop. Caption: caption adapter in the template, cut at 50 tokens; spans: mdeberta; open color and
    # material: base BLIP-2; closed: reference.
    case(
        "X716-028",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. The outer clothing is",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns"),
        describe("t-shirt", "graphic patterns"),
        details("t-shirt", "The outer clothing is", "cut"),
        color_of("t-shirt", "green", kind="open"),
        Q.color("olive"),
        Q.material("polyester", "unsupported"),
        title="Jack & Jones Men Olive Printed Round Neck T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: pale lavender polo, white trousers, white backdrop, three-quarter view.
    # Caption: caption adapter; spans: mdeberta; open color: VQA adapter; closed: reference.
    case(
        "X716-029",
        caption("a man wearing a light blue polo shirt and white pants.", "contradiction"),
        wearing("a light blue polo shirt and white pants", "contradiction"),
        describe("t-shirt", "a light blue polo shirt", "contradiction"),
        Q.color("purple"),
        color_of(
            "t-shirt",
            "purple Question: What is the color of the pants? Answer: white Question: What is the color of the shoes",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        Q.sleeve_length("short"),
        title="Arrow Sport Men Lavender Solid Polo T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: black tee with a colorful Avengers logo and characters print (red, blue, gold), khaki shorts, white
    # backdrop. Caption: caption adapter; spans: mdeberta; material: base BLIP-2; closed: reference.
    case(
        "X716-030",
        caption("a man wearing a black t-shirt with a superman logo on it and khaki shorts.", "unsupported"),
        wearing("a black t-shirt with a superman logo on it and khaki shorts", "unsupported"),
        describe("t-shirt", "a black t-shirt with a superman logo on it", "unsupported"),
        details("t-shirt", "khaki shorts", "other_garment_color"),
        Q.material("cotton", "unsupported"),
        Q.color("black"),
        Q.pattern("graphic"),
        is_a("graphic tee", "yes"),
        title="Marvel by Free Authority Men Black Avengers Printed T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: off-white linen-blend long-sleeve henley with wooden buttons, beige chinos, white backdrop.
    # Caption: caption adapter (calls him a woman); spans: mdeberta; open color and material: base BLIP-2; closed:
    # reference.
    case(
        "X716-031",
        caption("a woman wearing a white long sleeve shirt and beige pants.", "pronoun"),
        wearing("a white long sleeve shirt and beige pants"),
        describe("t-shirt", "a white long sleeve shirt"),
        Q.material("linen"),
        color_of("t-shirt", "beige", "other_garment_color", kind="open"),
        Q.color("white"),
        Q.sleeve_length("long"),
        title="Celio Men Off-White Linen Blend Henley T-shirt",
        category="Tshirts",
        color="Off White",
        gender="Men",
    ),
    # photo: royal blue polo with a small white polka-dot all-over print, white jeans, white backdrop.
    # Caption: caption adapter, looped to the limit; spans (material too): mdeberta; closed: reference.
    case(
        "X716-032",
        caption(
            "a man wearing a blue polo shirt with white polka dots and white jeans. The shirt has short sleeves, "
            "cotton fabric and polka dot patterns. The shirt has short sleeves, cotton fabric and polka dot "
            "patterns. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue polo shirt with white polka dots and white jeans"),
        describe("t-shirt", "a blue polo shirt with white polka dots"),
        details("t-shirt", "white polka dots"),
        Q.material("cotton", "unsupported"),
        Q.pattern("polka dots"),
        Q.color("blue"),
        color_of("jeans", "white"),
        title="Flying Machine Men Blue Printed Polo T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: maroon short-sleeve henley, grey jeans, white backdrop. The row has no gender.
    # Caption: caption adapter; spans: mdeberta; open color: base BLIP-2; closed: reference.
    case(
        "X716-033",
        caption("a man wearing a maroon t-shirt and grey jeans."),
        wearing("a maroon t-shirt and grey jeans"),
        describe("t-shirt", "a maroon t-shirt"),
        color_of("t-shirt", "grey", "other_garment_color", kind="open"),
        details("t-shirt", "t-shirt", "non_answer"),
        Q.color("maroon"),
        is_a("henley", "no", "contradiction"),
        title="Mufti Maroon Slim Fit Henley T-shirt",
        category="Tshirts",
        color="Maroon",
    ),
    # photo: bright yellow tee with a black Puma No.1 logo print on the chest, black shorts, white backdrop.
    # Caption: caption adapter, cut at 50 tokens; spans (material too): mdeberta; open color: VQA adapter; closed:
    # reference.
    case(
        "X716-034",
        caption(
            "a man wearing a yellow puma t-shirt with a black logo on the chest and black shorts. The T-shirt has "
            "short sleeves, cotton fabric and graphic patterns. It has a crew neckline. The shorts are of short "
            "length and the",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow puma t-shirt with a black logo on the chest and black shorts"),
        describe("t-shirt", "a yellow puma t-shirt with a black logo on the chest"),
        Q.material("cotton"),
        details("t-shirt", "The shorts are of short length and the", "cut"),
        Q.color("yellow"),
        color_of(
            "t-shirt",
            "black Question: What is the color of the shorts? Answer: black Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        title="Puma Men Yellow Printed Cotton T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: sea green pique polo with white buttons, navy chinos, white backdrop.
    # Caption: caption adapter in the template (calls him a lady); spans (material too): mdeberta; open color: base
    # BLIP-2; closed: reference.
    case(
        "X716-035",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. It has a lapel neckline. The shirt is "
            "with cotton fabric. She wears a long trousers.",
            "pronoun",
        ),
        wearing("a short-sleeve shirt with pure color patterns", who="he"),
        describe("t-shirt", "short-sleeve shirt with pure color patterns. It has a lapel neckline"),
        details("t-shirt", "She wears a long trousers", "pronoun"),
        Q.material("cotton", "unsupported"),
        Q.color("green"),
        color_of("t-shirt", "navy", "other_garment_color", kind="open"),
        title="United Colors of Benetton Men Sea Green Polo T-shirt",
        category="Tshirts",
        color="Sea Green",
        gender="Men",
    ),
    # photo: white tee with a black line-art print of an auto rickshaw and Hindi lettering, blue jeans, white
    # backdrop. Caption: caption adapter; spans: mdeberta; open color and material: base BLIP-2; closed: reference.
    case(
        "X716-036",
        caption("a man wearing a white t-shirt with a black drawing of a rickshaw and blue jeans."),
        wearing("a white t-shirt with a black drawing of a rickshaw and blue jeans"),
        describe("t-shirt", "a white t-shirt with a black drawing of a rickshaw"),
        details("t-shirt", "a black drawing of a rickshaw"),
        color_of("t-shirt", "white", kind="open"),
        Q.material("the garment is made of fabric", "restated"),
        Q.color("black", "contradiction"),
        Q.pattern("graphic"),
        title="Tantra Men White Printed T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: navy polo with one wide white chest band (colourblock), light grey shorts, white backdrop.
    # Caption: caption adapter; spans: mdeberta; open color: VQA adapter; closed: reference.
    case(
        "X716-037",
        caption(
            "a man wearing a blue and white striped polo shirt and grey shorts. The shirt has short sleeves, cotton "
            "fabric and striped patterns.",
            "contradiction",
        ),
        wearing("a blue and white striped polo shirt and grey shorts", "contradiction"),
        describe("t-shirt", "a blue and white striped polo shirt", "contradiction"),
        Q.pattern("color block"),
        Q.color("navy"),
        color_of(
            "t-shirt",
            "blue and white and blue and white and blue and white and blue and white and blue and white and blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        title="Nautica Men Navy Blue Colourblocked Pure Cotton Polo T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: beige short-sleeve henley, no pocket, black jeans, white backdrop.
    # Caption: caption adapter; spans: mdeberta; open color and material: base BLIP-2; closed: reference.
    case(
        "X716-038",
        caption("a man wearing a beige t-shirt with a pocket and black jeans.", "unsupported"),
        wearing("a beige t-shirt with a pocket and black jeans", "unsupported"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        Q.material("the garment is made of fabric", "restated"),
        details("t-shirt", "a pocket", "unsupported"),
        Q.color("beige"),
        is_a("henley", "yes"),
        title="Highlander Men Beige Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Beige",
        gender="Men",
    ),
    # photo: black tee with a white trefoil logo print, black track pants with white side stripes, feet cropped out,
    # white backdrop. Caption: caption adapter, looped to the limit; spans: mdeberta; material: base BLIP-2; closed:
    # reference.
    case(
        "X716-039",
        caption(
            "a man wearing a black adidas t-shirt and black adidas pants and black adidas shoes and black adidas "
            "socks and black adidas shoes and black adidas socks and black adidas shoes and black adidas socks",
            "loop",
            hit_limit=True,
        ),
        wearing("a black adidas t-shirt and black adidas pants"),
        describe("t-shirt", "a black adidas t-shirt"),
        details(
            "t-shirt", "black adidas shoes and black adidas socks and black adidas shoes and black adidas socks", "loop"
        ),
        Q.material("t-shirt", "non_answer"),
        Q.color("black"),
        Q.pattern("graphic"),
        Q.sleeve_length("short"),
        title="Adidas Originals Men Black Trefoil Printed T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: coral red tee with a black and white "HUSTLE" print on the front only, black shorts, white backdrop.
    # The row has no color. Caption: caption adapter; spans: mdeberta; open color and material: VQA adapter; closed:
    # reference.
    case(
        "X716-040",
        caption("a man wearing a red t-shirt with the word hustle on it and black shorts."),
        wearing("a red t-shirt with the word hustle on it and black shorts"),
        describe("t-shirt", "a red t-shirt with the word hustle on it"),
        Q.color("red"),
        color_of(
            "t-shirt",
            "red with black and white letters on the front and the back of the t-shirt is also red with black and "
            "white letters on",
            "cut",
            kind="open",
            hit_limit=True,
        ),
        Q.material(
            "cotton Question: What is the pattern of the garment? Answer: graphic Question: What is the",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        title="HRX by Hrithik Roshan Men Printed Round Neck T-shirt",
        category="Tshirts",
        gender="Men",
    ),
    # photo: black polo with white tipping on the collar, black trousers (all black), white backdrop.
    # Caption: caption adapter; spans: mdeberta; open color and material: base BLIP-2; closed: reference.
    case(
        "X716-041",
        caption("a man wearing a black polo shirt and black pants."),
        wearing("a black polo shirt and black pants"),
        describe("t-shirt", "a black polo shirt"),
        color_of("t-shirt", "black", kind="open"),
        color_of("pants", "black"),
        Q.material("cotton"),
        Q.sleeve_length("short"),
        title="Allen Solly Men Black Solid Pure Cotton Polo T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: grey tee with a colorful Tom and Jerry cartoon print, no pocket, blue jeans, white backdrop.
    # Caption: caption adapter; spans: mdeberta; open color and material: base BLIP-2; closed: reference.
    case(
        "X716-042",
        caption(
            "a man wearing a grey t-shirt with a cartoon print and blue jeans. The T-shirt has short sleeves and a "
            "pocket on the chest.",
            "unsupported",
        ),
        wearing("a grey t-shirt with a cartoon print and blue jeans"),
        describe("t-shirt", "a grey t-shirt with a cartoon print"),
        details("t-shirt", "a pocket on the chest", "unsupported"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        Q.material("fabric", "non_answer"),
        Q.color("grey"),
        Q.pattern("graphic"),
        title="Bewakoof Men Grey Tom and Jerry Printed T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: navy long-sleeve waffle henley under an open brown leather jacket, black jeans, white backdrop.
    # Caption: caption adapter; spans (material too): mdeberta; open color: base BLIP-2; closed: reference.
    case(
        "X716-043",
        caption("a man wearing a brown leather jacket and a blue shirt and black jeans."),
        wearing("a brown leather jacket and a blue shirt and black jeans"),
        describe("t-shirt", "a brown leather jacket", "other_garment_color"),
        color_of("t-shirt", "brown", "other_garment_color", kind="open"),
        Q.material("leather", "unsupported"),
        Q.color("brown", "contradiction"),
        Q.garment_type("t-shirt"),
        Q.sleeve_length("long"),
        is_a("jacket", "no"),
        title="Jack & Jones Men Navy Blue Henley Neck Full Sleeve T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: turquoise polo with white piping on the collar and sleeves and a small white logo, white shorts, white
    # backdrop. Caption: caption adapter; spans: mdeberta; open color and material: VQA adapter; closed: reference.
    case(
        "X716-044",
        caption("a man wearing a green polo shirt and white shorts.", "contradiction"),
        wearing("a green polo shirt and white shorts", "contradiction"),
        describe("t-shirt", "a green polo shirt", "contradiction"),
        details("t-shirt", "", "non_answer"),
        Q.color("blue"),
        color_of(
            "t-shirt",
            "light blue with white stripes on the collar and on the sleeves and a small white logo on the left side "
            "of the",
            "cut",
            kind="open",
            hit_limit=True,
        ),
        Q.material(
            "the garment is made of polyester Question: What is the color of the shorts? Answer: white Question:",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("short"),
        title="Fila Men Turquoise Blue Solid Polo T-shirt",
        category="Tshirts",
        color="Turquoise Blue",
        gender="Men",
    ),
    # photo: indigo tee with a white vintage "WRANGLER 1947" rodeo print, beige shorts, bare head, white backdrop.
    # The row has no gender. Caption: caption adapter; spans: mdeberta; open color and material: base BLIP-2;
    # closed: reference.
    case(
        "X716-045",
        caption("a man wearing a blue t-shirt with a white print and beige shorts and a black cap.", "unsupported"),
        wearing("a blue t-shirt with a white print and beige shorts and a black cap", "unsupported"),
        describe("t-shirt", "a blue t-shirt with a white print"),
        details("t-shirt", "a white print"),
        color_of("t-shirt", "blue", kind="open"),
        Q.material("the t-shirt is made of material", "restated"),
        Q.color("blue"),
        Q.pattern("graphic"),
        title="Wrangler Blue Printed Round Neck T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # photo: white short-sleeve henley under an open light blue denim shirt (sleeves rolled), khaki chinos, white
    # backdrop. Caption: caption adapter; spans: mdeberta; open color and material: base BLIP-2; closed: reference.
    case(
        "X716-046",
        caption("a man wearing a denim shirt over a white t-shirt and khaki pants."),
        wearing("a denim shirt over a white t-shirt and khaki pants"),
        describe("t-shirt", "a white t-shirt"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        Q.material("denim", "unsupported"),
        Q.color("white"),
        Q.garment_type("shirt", "contradiction"),
        Q.sleeve_length("short"),
        title="Levis Men White Solid Henley Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
]
