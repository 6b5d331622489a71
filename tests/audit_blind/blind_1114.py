"""BLIND_1114 (46 products; Myntra men's casual wear, caption, extractive QA): written blind in the sixtieth session.
Measured blind at b348683 (the session's third rules): 97/128 failures found (75.8%) and 2/181 correct texts flagged
(1.1%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's casual wear (Tshirts, Shirts, Jeans, Trousers for chinos, Shorts). Studio
product photos, mostly a male model on a white or light grey backdrop wearing the product with other clothes (jeans
under a tee, an open shirt over a tee, a jacket over the tee), a few props (sunglasses, a coffee cup), one flat-lay.
The seller columns are title, category, color and gender; a few rows lack one (a Multi print, a missing color, a
missing gender).

Who wrote what: each caption is BLIP-2 OPT-2.7b with the epoch-1 caption adapter
(Data2_V2_BLIP2_Finetune_Caption_First_Epoch), greedy, 50 new tokens, stopping on the newline. After one epoch it
writes mostly base-style captions ("a man wearing a X and Y"), sometimes the DeepFashion template ("The man is
wearing a long-sleeve shirt with lattice patterns ... its neckline is lapel"), which never stops and is cut at the
limit; its lists of items sometimes fall into loops. The open answers (wearing, describe, details, material) are
extractive QA (mdeberta-v3-base-squad2) over that caption: verbatim spans, empty when no-answer wins, and they carry
the caption's errors (a wrong pronoun, a loop, a cut) or pick the wrong garment's phrase. Where no-answer won only
narrowly, the job re-asked the question to the VQA adapter (Data3_V3_BLIP2_VQA, `Question: ... Answer:`, 30 new
tokens); those texts are not spans and the photo comment names them "VQA fallback": they loop, run to the limit,
leak the prompt format, say yes/no, say "she", invent pockets and logos. Closed answers are enrich's reference
engine picking one candidate value: they never loop or stop short, but often pick the color of the tee under the
product, of the print, or of the backdrop.

Labeling conventions and judgement calls:
- One label per text, the most salient failure. A caption or VQA fallback that ran to its token limit is cut or
  loop (hit_limit=True) even when it also invents an item; extractive spans never carry hit_limit.
- A closed answer with another garment's (or the print's, or the backdrop's) color is a contradiction; an open
  answer or a caption that gives the product another garment's color is other_garment_color.
- Another garment or an accessory given as the product's details (sneakers, sunglasses, "ripped jeans" for a tee)
  is a contradiction; when it brings that garment's color ("navy blue pants" for the shirt) it is
  other_garment_color. A closed "yes" to "Is this a jacket?" for jeans worn under a jacket is a contradiction.
- Material is correct only where the title names it or the photo plainly shows it (denim, flannel). The template's
  "cotton" for a shirt whose title names no fabric is unsupported; a material the title contradicts (cotton for
  linen) or another garment's material (leather of the jacket, of the sandals) is a contradiction.
- An empty answer, or yes/no to an open question, is non_answer; a bare echo of the question's garment ("shorts",
  "The shirt", "the jeans are jeans", "a shirt") is restated.
- "woman", "she" or "her" for a Men's row is pronoun, in captions and answers alike. Where gender is missing no
  pronoun failure is possible.
- Shade synonyms are correct: maroon for burgundy, purple for lavender, orange for rust, yellow for mustard, khaki
  for a khaki/beige, dark grey for charcoal, blue for teal. DeepFashion terms are correct: "pure color" and "solid
  color patterns" for unprinted garments (faded denim included), "lattice" for checks, "lapel" for a shirt collar.
- "polo shirt" for a polo t-shirt is correct; a plain "shirt" for a henley sold as Tshirts is a contradiction.
- Props and accessories the photo does not show (a backpack, a tennis racket, a chain, a stool, a watch, a belt
  hidden by an untucked shirt) are unsupported; ones it shows, named correctly, are fine.
- "a pair of blue jeans" to "What is the person wearing?" for a flat-lay with no person is correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

fit = question("fit", "What is the fit of the garment?", "closed")
neckline = question("neckline", "What is the neckline of the garment?", "closed")

BLIND_1114 = [
    # photo: man in a plain navy crew-neck tee and light-blue jeans, arms at his sides, white backdrop, front view.
    # Caption adapter invents a backpack; QA spans; closed answers reference engine.
    case(
        "X1114-001",
        caption(
            "a man wearing a navy blue t-shirt and light blue jeans standing in front of a white background with a "
            "backpack on his shoulder",
            "unsupported",
        ),
        wearing("a navy blue t-shirt and light blue jeans", who="he"),
        color_of("t-shirt", "navy blue"),
        Q.garment_type("t-shirt"),
        Q.pattern("solid"),
        describe("t-shirt", "navy blue t-shirt"),
        Q.material("", "non_answer"),
        title="Roadster Men Navy Blue Solid Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: olive green tee with a big black "HRX" print across the chest, black shorts, white sneakers, white
    # backdrop, front view. Caption adapter; QA spans (describe picks the shorts); closed reference engine.
    case(
        "X1114-002",
        caption("the man is wearing an olive green t-shirt with a black hrx print on the chest and black shorts"),
        wearing("an olive green t-shirt with a black hrx print on the chest and black shorts"),
        Q.color("black", "contradiction"),
        Q.pattern("printed"),
        details("t-shirt", "a black hrx print on the chest"),
        describe("t-shirt", "black shorts", "other_garment_color"),
        Q.sleeve_length("short"),
        title="HRX by Hrithik Roshan Men Olive Green Printed Round Neck T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: white full-sleeve shirt, sleeves rolled to the elbow, worn untucked over dark blue jeans, white
    # backdrop, three-quarter view. Caption adapter in full template mode, cut at 50 tokens; QA spans.
    case(
        "X1114-003",
        caption(
            "The man is wearing a white long-sleeve shirt with pure color patterns and dark blue denim long pants. "
            "The shirt is with cotton fabric and its neckline is lapel. The pants are of denim fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a white long-sleeve shirt with pure color patterns and dark blue denim long pants"),
        Q.material("cotton", "unsupported"),
        details("shirt", "its neckline is lapel"),
        Q.sleeve_length("long"),
        is_a("shirt", "yes"),
        title="Highlander Men White Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: mid-blue slim jeans with a white crew tee half tucked and white sneakers, white backdrop, full length.
    # Caption adapter; QA spans (details picks the sneakers); closed reference engine.
    case(
        "X1114-004",
        caption("a man in a white t-shirt and blue jeans with white sneakers"),
        wearing("a white t-shirt and blue jeans", who="he"),
        color_of("jeans", "white", "contradiction"),
        details("jeans", "white sneakers", "contradiction"),
        Q.garment_type("jeans"),
        fit("slim"),
        title="Levis Men Blue 511 Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: beige chinos, navy polo tucked in, brown belt, brown loafers, white backdrop, full length. Caption
    # adapter loops on the shoes up to the limit; QA spans, one taken from inside the loop.
    case(
        "X1114-005",
        caption(
            "a man wearing a navy blue polo shirt and beige chinos with a brown belt and brown shoes and brown shoes "
            "and brown shoes and brown shoes and brown shoes and brown shoes and brown shoes and",
            "loop",
            hit_limit=True,
        ),
        wearing("a navy blue polo shirt and beige chinos"),
        color_of("pants", "navy blue", "contradiction"),
        describe("pants", "beige chinos with a brown belt"),
        details("pants", "brown shoes and brown shoes and brown shoes and brown shoes", "loop"),
        Q.pattern("solid"),
        is_a("jeans", "no", article="a pair of"),
        title="Mast & Harbour Men Beige Slim Fit Solid Chinos",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: red-and-black buffalo check flannel shirt worn open over a black crew tee, grey jeans, white backdrop.
    # Caption adapter; QA spans (details picks the tee); describe is a VQA fallback inventing a hood and zip.
    case(
        "X1114-006",
        caption("a man wearing a red and black plaid flannel shirt over a black t-shirt and grey jeans"),
        wearing("a red and black plaid flannel shirt over a black t-shirt and grey jeans"),
        Q.color("red"),
        Q.pattern("checked"),
        details("shirt", "a black t-shirt", "other_garment_color"),
        describe("shirt", "the shirt is red and black with a hood and a zipper on the front", "unsupported"),
        Q.material("flannel"),
        title="Roadster Men Red & Black Buffalo Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: man in a grey melange crew tee and black jeans, hands in his pockets, white backdrop. Caption adapter
    # calls him a woman; QA spans carry "her"; closed reference engine gives the jeans the tee's grey.
    case(
        "X1114-007",
        caption("a woman wearing a grey t-shirt and black jeans with her hands in her pockets", "pronoun"),
        wearing("a grey t-shirt and black jeans", who="he"),
        color_of("t-shirt", "grey"),
        color_of("jeans", "grey", "contradiction"),
        details("t-shirt", "her hands in her pockets", "pronoun"),
        Q.garment_type("t-shirt"),
        title="Jack & Jones Men Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: black slim jeans worn with a white tee and an open olive bomber jacket, white backdrop, full length.
    # Caption adapter; QA spans (describe picks the jacket); details is a VQA fallback that leaks the prompt.
    case(
        "X1114-008",
        caption("a man wearing an olive green jacket over a white t-shirt and black jeans"),
        wearing("an olive green jacket over a white t-shirt and black jeans"),
        color_of("jeans", "black"),
        describe("jeans", "an olive green jacket", "other_garment_color"),
        details(
            "jeans",
            "Question: What are the jeans details? Answer: the jeans are black with a zipper Question: What are the "
            "jeans details? Answer:",
            "leak",
            hit_limit=True,
        ),
        is_a("jacket", "yes", "contradiction"),
        fit("slim"),
        title="WROGN Men Black Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: maroon polo t-shirt with a small white embroidered logo on the left chest, beige chinos, white
    # backdrop. Caption adapter; QA spans; describe is a VQA fallback cut at 30 tokens.
    case(
        "X1114-009",
        caption("a man in a maroon polo shirt with a white logo on the chest and beige pants"),
        wearing("a maroon polo shirt with a white logo on the chest and beige pants"),
        Q.color("maroon"),
        details("shirt", "a white logo on the chest"),
        describe(
            "shirt",
            "the shirt is a maroon polo shirt with a white logo on the left side of the chest and a ribbed collar "
            "and ribbed cuffs and",
            "cut",
            hit_limit=True,
        ),
        neckline("polo collar"),
        Q.garment_type("polo shirt"),
        Q.material("", "non_answer"),
        title="U.S. Polo Assn. Men Maroon Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: mid-blue washed denim shorts with a frayed hem, white crew tee, flip-flops, white backdrop. Caption
    # adapter; QA spans; describe is a VQA fallback inventing a belt and button fly (the tee hides the waist).
    case(
        "X1114-010",
        caption("a man wearing a white t-shirt and blue denim shorts with flip flops"),
        wearing("a white t-shirt and blue denim shorts"),
        color_of("shorts", "white", "contradiction"),
        details("shorts", "shorts", "restated"),
        describe("shorts", "the shorts are blue denim shorts with a black belt and a button fly", "unsupported"),
        Q.material("denim"),
        Q.pattern("solid"),
        title="Flying Machine Men Blue Washed Regular Fit Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: lavender full-sleeve casual shirt tucked into navy chinos, white backdrop, front view. Caption adapter;
    # QA spans (details picks the chinos, material finds nothing); closed reference engine.
    case(
        "X1114-011",
        caption("a man wearing a purple shirt and navy blue pants"),
        wearing("a purple shirt and navy blue pants"),
        color_of("shirt", "navy blue", "contradiction"),
        details("shirt", "navy blue pants", "other_garment_color"),
        Q.sleeve_length("long"),
        describe("shirt", "a purple shirt"),
        Q.material("", "non_answer"),
        title="Peter England Casuals Men Lavender Solid Casual Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: black tee with a large yellow oval Batman logo on the chest, blue jeans, white backdrop. Caption
    # adapter; QA spans (describe picks the jeans); material is a VQA fallback looping to the limit.
    case(
        "X1114-012",
        caption("a man wearing a black t-shirt with a yellow batman logo on it and blue jeans"),
        wearing("a black t-shirt with a yellow batman logo on it and blue jeans"),
        Q.color("yellow", "contradiction"),
        Q.pattern("graphic"),
        details("t-shirt", "a yellow batman logo"),
        describe("t-shirt", "blue jeans", "other_garment_color"),
        Q.material(
            "cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton,",
            "loop",
            hit_limit=True,
        ),
        title="Bewakoof Men Black Batman Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: khaki cargo shorts with flap side pockets and belt loops, olive crew tee, white backdrop. Caption
    # adapter; QA spans; describe and material are VQA fallbacks (invented drawstring and cuffs; a prompt leak).
    case(
        "X1114-013",
        caption("the man is wearing an olive t-shirt and khaki cargo shorts with pockets on the side"),
        wearing("an olive t-shirt and khaki cargo shorts"),
        color_of("shorts", "green", "contradiction"),
        details("shorts", "pockets on the side"),
        describe(
            "shorts", "the shorts are khaki with a drawstring waist and elastic cuffs at the bottom", "unsupported"
        ),
        Q.material(
            "cotton Question: What is the color of the shorts? Answer: khaki Question: What is the color of the "
            "t-shirt? Answer: olive",
            "leak",
            hit_limit=True,
        ),
        is_a("shorts", "yes", article="a pair of"),
        title="Wrangler Men Khaki Regular Fit Solid Cargo Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: white polo with navy horizontal stripes and a navy collar, light grey chinos, white backdrop, empty
    # hands. Caption adapter invents a tennis racket; QA spans (details picks the chinos).
    case(
        "X1114-014",
        caption(
            "a man wearing a blue and white striped polo shirt and grey pants holding a tennis racket", "unsupported"
        ),
        wearing("a blue and white striped polo shirt and grey pants"),
        Q.color("white"),
        Q.pattern("striped"),
        details("shirt", "grey pants", "other_garment_color"),
        Q.sleeve_length("short"),
        title="Louis Philippe Sport Men White & Navy Striped Polo Collar T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: dark indigo skinny jeans, light fading on the thighs, small rips at the knees, mustard crew tee, white
    # sneakers, white backdrop. Caption adapter in template mode, cut; QA spans; describe is a VQA fallback.
    case(
        "X1114-015",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt "
            "is with cotton fabric and it has a round neckline. The pants are with denim fabric and solid color "
            "patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns and a long denim pants", who="he"),
        color_of("jeans", "yellow", "contradiction"),
        details("jeans", "denim fabric and solid color patterns"),
        describe("jeans", "the jeans are jeans", "restated"),
        Q.material("denim"),
        fit("skinny"),
        title="Spykar Men Dark Blue Skinny Fit Low-Rise Mildly Distressed Stretchable Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: olive chinos with a white full-sleeve shirt, sleeves rolled, brown sneakers, white backdrop. Caption
    # adapter; QA spans (describe picks the shirt); details is a VQA fallback leaking the prompt.
    case(
        "X1114-016",
        caption("a man wearing a white shirt and olive green pants"),
        wearing("a white shirt and olive green pants"),
        color_of("pants", "olive"),
        describe("pants", "a white shirt", "other_garment_color"),
        details(
            "pants",
            "Question: What are the pants details? Answer: the pants are olive green Question: What are the pants "
            "details? Answer: the pants",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("jeans", "contradiction"),
        title="Mufti Men Olive Slim Fit Solid Chinos",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: short-sleeve camp-collar shirt, green and pink tropical leaf print on a white ground, worn open over a
    # white tee, beige shorts, white backdrop. Caption adapter; QA spans; describe and material are VQA fallbacks.
    case(
        "X1114-017",
        caption("a man wearing a floral shirt over a white t-shirt and beige shorts"),
        wearing("a floral shirt over a white t-shirt and beige shorts"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        details("shirt", "beige shorts", "other_garment_color"),
        describe(
            "shirt",
            "the shirt is a short sleeve shirt with a floral print in green and pink on a white background and it "
            "has a camp collar and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("yes", "non_answer"),
        Q.garment_type("shirt"),
        title="HERE&NOW Men Multicoloured Tropical Printed Casual Shirt",
        category="Shirts",
        color="Multi",
        gender="Men",
    ),
    # photo: mustard crew tee, black chinos, sunglasses held in his right hand, white backdrop. Caption adapter; QA
    # spans (details picks the sunglasses); describe is a VQA fallback inventing a v-neck and a pocket.
    case(
        "X1114-018",
        caption("a man in a yellow t-shirt and black pants holding a pair of sunglasses"),
        wearing("a yellow t-shirt and black pants"),
        color_of("t-shirt", "black", "contradiction"),
        describe("t-shirt", "he is wearing a yellow t-shirt with a v-neck and a chest pocket", "unsupported"),
        details("t-shirt", "a pair of sunglasses", "contradiction"),
        is_a("t-shirt", "yes"),
        title="Campus Sutra Men Mustard Yellow Solid Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: indigo denim shirt with two flap chest pockets and snap buttons, white jeans, bare wrists, white
    # backdrop. Caption adapter invents a watch; QA spans; describe is a VQA fallback that loops.
    case(
        "X1114-019",
        caption(
            "a man wearing a denim shirt with two chest pockets and white jeans and a brown leather watch",
            "unsupported",
        ),
        wearing("a denim shirt with two chest pockets and white jeans"),
        Q.color("white", "contradiction"),
        Q.material("denim"),
        details("shirt", "two chest pockets"),
        describe(
            "shirt",
            "the shirt is a denim shirt with a collar and buttons down the front the shirt is a denim shirt with a "
            "collar and buttons down the front the",
            "loop",
            hit_limit=True,
        ),
        title="Levis Men Indigo Solid Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in black chino shorts and a grey melange tee, one hand on his hip, white sneakers, white backdrop.
    # Caption adapter calls him a woman; QA spans; closed reference engine.
    case(
        "X1114-020",
        caption("a woman wearing a grey t-shirt and black shorts with her hand on her hip", "pronoun"),
        wearing("a grey t-shirt and black shorts", who="he"),
        color_of("shorts", "grey", "contradiction"),
        describe("shorts", "black shorts"),
        details("shorts", "", "non_answer"),
        Q.garment_type("shorts"),
        title="Roadster Men Black Solid Regular Fit Chino Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: navy polo with a small flag logo on the chest, worn untucked over white jeans (no belt visible),
    # white backdrop. Caption adapter invents a belt; QA spans; describe is a VQA fallback.
    case(
        "X1114-021",
        caption(
            "a man wearing a navy blue polo shirt with a small logo on the chest and white pants and a brown leather "
            "belt",
            "unsupported",
        ),
        wearing("a navy blue polo shirt with a small logo on the chest and white pants"),
        Q.color("navy blue"),
        details("shirt", "a small logo on the chest"),
        describe("shirt", "a shirt", "restated"),
        Q.material("", "non_answer"),
        Q.pattern("solid"),
        title="Tommy Hilfiger Men Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: bottle green full-sleeve slim shirt, khaki chinos, hands in pockets, white backdrop, side pose.
    # Caption adapter loops on the hands; the details span comes from the loop; material is a VQA fallback.
    case(
        "X1114-022",
        caption(
            "a man in a green shirt and khaki pants with his hands in his pockets and his hands in his pockets and "
            "his hands in his pockets and his hands in his pockets and his hands in his pockets and",
            "loop",
            hit_limit=True,
        ),
        wearing("a green shirt and khaki pants"),
        color_of("shirt", "green"),
        details("shirt", "his hands in his pockets and his hands in his pockets and his hands in his pockets", "loop"),
        Q.sleeve_length("long"),
        fit("slim"),
        Q.material("no", "non_answer"),
        title="Dennis Lingo Men Green Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: light-wash slim jeans under a black leather jacket and a black tee, white backdrop. Caption adapter;
    # QA spans (describe and material pick the jacket); closed reference engine.
    case(
        "X1114-023",
        caption("a man wearing a black leather jacket and blue jeans"),
        wearing("a black leather jacket and blue jeans"),
        color_of("jeans", "black", "contradiction"),
        describe("jeans", "a black leather jacket", "other_garment_color"),
        Q.material("leather", "contradiction"),
        fit("slim"),
        title="Pepe Jeans Men Light Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: charcoal grey full-sleeve shirt with tonal buttons, black jeans, white backdrop. Caption adapter swaps
    # the two colors; the wearing span repeats it; details and material are VQA fallbacks.
    case(
        "X1114-024",
        caption("a man wearing a black shirt and dark grey jeans", "other_garment_color"),
        wearing("a black shirt and dark grey jeans", "other_garment_color", who="he"),
        Q.color("grey"),
        details("shirt", "he is wearing a dark grey shirt with a black collar and black buttons", "unsupported"),
        Q.sleeve_length("long"),
        Q.material(
            "the shirt is made of a soft cotton fabric that is breathable and comfortable to wear and it is also "
            "easy to wash and iron and",
            "cut",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        title="Highlander Men Charcoal Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: flat-lay of heavily faded mid-blue tapered jeans alone on white, front view, no person. Caption
    # adapter; QA spans; describe and material are VQA fallbacks (an invented wearer; a prompt leak).
    case(
        "X1114-025",
        caption("a pair of blue jeans on a white background"),
        wearing("a pair of blue jeans"),
        color_of("jeans", "blue"),
        details("jeans", "", "non_answer"),
        describe("jeans", "he is wearing a pair of blue jeans with a white t-shirt and a black belt", "unsupported"),
        Q.material(
            "Answer: denim Question: Is this a pair of jeans? Answer: yes Question: Is this a pair of jeans? Answer: "
            "yes",
            "leak",
            hit_limit=True,
        ),
        fit("tapered"),
        title="Killer Men Blue Tapered Fit Mid-Rise Heavy Fade Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a burgundy long-sleeve henley tee with a three-button placket, stone grey chinos, white
    # backdrop. Caption adapter calls him a woman; QA spans; describe is a VQA fallback inventing a collar.
    case(
        "X1114-026",
        caption("a woman wearing a maroon long sleeve shirt with buttons and grey pants", "pronoun"),
        wearing("a maroon long sleeve shirt with buttons and grey pants"),
        Q.garment_type("shirt", "contradiction"),
        Q.sleeve_length("long"),
        Q.color("maroon"),
        details("t-shirt", "buttons"),
        describe("t-shirt", "the t-shirt is a maroon t-shirt with a collar and a chest pocket", "unsupported"),
        title="Celio Men Burgundy Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Burgundy",
        gender="Men",
    ),
    # photo: white linen shirt with a mandarin collar, light blue jeans, white backdrop. Caption adapter; QA spans
    # (describe picks the jeans); material is a VQA fallback that stopped.
    case(
        "X1114-027",
        caption("a man wearing a white shirt and light blue jeans"),
        wearing("a white shirt and light blue jeans"),
        Q.material("cotton", "contradiction"),
        neckline("mandarin collar"),
        Q.color("white"),
        color_of("jeans", "white", "contradiction"),
        describe("shirt", "light blue jeans", "other_garment_color"),
        title="Nautica Men White Solid Linen Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: oversized black tee with dropped shoulders and white "STAY WEIRD" typography, light grey cargo pants,
    # bare neck, white backdrop. Caption adapter invents a chain; QA spans; material is a VQA fallback leak.
    case(
        "X1114-028",
        caption(
            "a man wearing a black t-shirt that says stay weird and grey cargo pants and a silver chain around his "
            "neck",
            "unsupported",
        ),
        wearing("a black t-shirt that says stay weird and grey cargo pants"),
        Q.color("black"),
        Q.pattern("printed"),
        details("t-shirt", "stay weird"),
        fit("slim", "contradiction"),
        Q.material(
            "Question: What material is the garment made of? Answer: cotton Question: What is the color of the "
            "t-shirt? Answer: black Question:",
            "leak",
            hit_limit=True,
        ),
        title="Difference of Opinion Men Black Typography Printed Oversized T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: blue-and-white small gingham check shirt, full sleeves buttoned, navy chinos, white backdrop. Caption
    # adapter in template mode, cut; QA spans.
    case(
        "X1114-029",
        caption(
            "The man is wearing a long-sleeve shirt with lattice patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. "
            "The man wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with lattice patterns and a long trousers"),
        Q.pattern("checked"),
        Q.material("cotton", "unsupported"),
        Q.color("blue"),
        Q.sleeve_length("long"),
        describe("shirt", "The shirt", "restated"),
        title="Allen Solly Men Blue Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: grey slim chinos, navy-and-white breton striped tee, white sneakers, standing, white backdrop. Caption
    # adapter invents a stool; QA spans (details picks the tee's stripes).
    case(
        "X1114-030",
        caption(
            "a man wearing a blue and white striped t-shirt and grey pants sitting on a wooden stool", "unsupported"
        ),
        wearing("a blue and white striped t-shirt and grey pants", who="he"),
        Q.pattern("striped", "contradiction"),
        color_of("pants", "grey"),
        describe("pants", "grey pants"),
        details("pants", "blue and white striped", "other_garment_color"),
        title="Jack & Jones Men Grey Slim Fit Solid Chinos",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: red short-sleeve tee with a white Puma cat logo and wordmark, black shorts, white backdrop. Caption
    # adapter; QA spans (describe picks the shorts); details is a VQA fallback leaking the next question.
    case(
        "X1114-031",
        caption("a man in a red short sleeve puma t-shirt and black shorts"),
        wearing("a red short sleeve puma t-shirt and black shorts"),
        Q.color("red"),
        details(
            "t-shirt",
            "the t-shirt has a puma logo on the front Question: What is the color of the shorts? Answer: black "
            "Question: What is the color",
            "leak",
            hit_limit=True,
        ),
        describe("t-shirt", "black shorts", "other_garment_color"),
        Q.sleeve_length("long", "contradiction"),
        title="Puma Men Red Printed Round Neck T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: navy chino shorts, white short-sleeve linen shirt untucked, white backdrop, front view. Caption
    # adapter; QA spans (details picks the shirt); describe is a VQA fallback inventing a belt and a logo.
    case(
        "X1114-032",
        caption("a man wearing a white shirt and navy blue shorts"),
        wearing("a white shirt and navy blue shorts"),
        color_of("shorts", "navy blue"),
        details("shorts", "a white shirt", "other_garment_color"),
        is_a("shirt", "yes", "contradiction"),
        describe(
            "shorts",
            "the shorts are navy blue with a belt and two back pockets and a small logo on the leg",
            "unsupported",
        ),
        title="Indian Terrain Men Navy Blue Solid Chino Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: plain white crew tee, blue ripped jeans, a takeaway coffee cup in hand, light grey studio backdrop.
    # Caption adapter names the grey wall rightly; QA spans; the closed color takes the wall.
    case(
        "X1114-033",
        caption("a man in a white t-shirt and ripped jeans holding a cup of coffee in front of a grey wall"),
        wearing("a white t-shirt and ripped jeans"),
        Q.color("grey", "contradiction"),
        details("t-shirt", "ripped jeans", "contradiction"),
        Q.pattern("solid"),
        Q.material("", "non_answer"),
        title="Breakbounce Men White Solid Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: white shirt with thin blue vertical stripes, sleeves rolled to the elbow, beige shorts, brown belt and
    # loafers, left hand in pocket, white backdrop. Caption adapter cut at 50; QA spans; material a VQA loop.
    case(
        "X1114-034",
        caption(
            "the man is wearing a white and blue striped shirt with rolled up sleeves and beige shorts with a brown "
            "belt and brown loafers and he is standing in front of a white wall with his left hand in the pocket of "
            "his",
            "cut",
            hit_limit=True,
        ),
        wearing("a white and blue striped shirt with rolled up sleeves and beige shorts"),
        Q.pattern("striped"),
        Q.color("white"),
        details("shirt", "rolled up sleeves"),
        describe("shirt", "shirt", "restated"),
        Q.sleeve_length("long"),
        Q.material(
            "the shirt is made of cotton and the shorts are made of cotton and the shirt is made of cotton and the "
            "shorts are made of cotton and",
            "loop",
            hit_limit=True,
        ),
        title="Arrow Sport Men White & Blue Striped Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: navy tee with the multicolour F.R.I.E.N.D.S logo across the chest, black jeans, brown belt, silver
    # watch on the left wrist, white backdrop. Caption adapter runs on and is cut; QA spans.
    case(
        "X1114-035",
        caption(
            "a man wearing a navy blue t-shirt with the friends logo printed on the front in colorful letters and a "
            "pair of black jeans with a brown belt and a silver watch on his left wrist. the t-shirt is made of",
            "cut",
            hit_limit=True,
        ),
        wearing("a navy blue t-shirt with the friends logo printed on the front in colorful letters"),
        details("t-shirt", "the friends logo printed on the front in colorful letters"),
        Q.color("navy blue"),
        Q.pattern("printed"),
        color_of("jeans", "navy blue", "contradiction"),
        is_a("t-shirt", "yes"),
        title="The Souled Store Men Navy Blue FRIENDS Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: rust orange full-sleeve slim shirt, plain front with no pocket, dark blue jeans, white backdrop.
    # Caption adapter; QA spans (details picks the jeans); describe and material are VQA fallbacks.
    case(
        "X1114-036",
        caption("a man wearing an orange shirt and blue jeans"),
        wearing("an orange shirt and blue jeans"),
        color_of("shirt", "orange"),
        describe("shirt", "the shirt is an orange shirt with a pocket on the chest and a white logo", "unsupported"),
        details("shirt", "blue jeans", "other_garment_color"),
        fit("slim"),
        Q.material(
            "the shirt is orange the shirt is orange the shirt is orange the shirt is orange the shirt is orange the "
            "shirt",
            "loop",
            hit_limit=True,
        ),
        title="Basics Men Rust Orange Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Rust",
        gender="Men",
    ),
    # photo: black denim shorts with light whiskering, white raglan tee with black sleeves, white backdrop.
    # Caption adapter; QA spans; closed reference engine. All correct.
    case(
        "X1114-037",
        caption("a man wearing a white t-shirt with black sleeves and black denim shorts"),
        wearing("a white t-shirt with black sleeves and black denim shorts", who="he"),
        color_of("shorts", "black"),
        describe("shorts", "black denim shorts"),
        Q.material("denim"),
        is_a("shorts", "yes", article="a pair of"),
        title="Urbano Fashion Men Black Slim Fit Denim Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a pastel pink crew tee and beige shorts, white backdrop. Caption adapter calls him a woman;
    # QA span; details and material are VQA fallbacks ("she", invented organic cotton).
    case(
        "X1114-038",
        caption("a woman wearing a pink t-shirt and beige shorts", "pronoun"),
        wearing("a pink t-shirt and beige shorts", who="he"),
        details("t-shirt", "she is wearing a pink t-shirt with a round neck and short sleeves", "pronoun"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.material("the t-shirt is made of 100% organic cotton", "unsupported"),
        title="Roadster Men Pink Solid Round Neck T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Men",
    ),
    # photo: mid-blue relaxed jeans with light distressing, red-and-navy check shirt untucked, white backdrop.
    # Caption adapter; QA spans (details picks the shirt); closed answers take the shirt's color and checks.
    case(
        "X1114-039",
        caption("a man wearing a red plaid shirt and blue jeans"),
        wearing("a red plaid shirt and blue jeans"),
        color_of("jeans", "red", "contradiction"),
        Q.pattern("checked", "contradiction"),
        details("jeans", "a red plaid shirt", "other_garment_color"),
        fit("relaxed"),
        title="Locomotive Men Blue Relaxed Fit Mid-Rise Low Distress Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: colourblocked tee, white upper half and black lower half, grey jeans, white backdrop. Caption adapter;
    # QA spans; details and material are VQA fallbacks (cut at 30 tokens; a prompt leak).
    case(
        "X1114-040",
        caption("a man wearing a black and white t-shirt and grey jeans"),
        wearing("a black and white t-shirt and grey jeans", who="he"),
        Q.pattern("color block"),
        Q.color("white"),
        describe("t-shirt", "t-shirt", "restated"),
        details(
            "t-shirt",
            "the t-shirt has a black and white color block design with a white stripe on the sleeves and a black "
            "stripe on the",
            "cut",
            hit_limit=True,
        ),
        Q.material(
            "Question: What material is the garment made of? Answer: cotton Question: What material is the garment "
            "made of? Answer: cotton Question",
            "leak",
            hit_limit=True,
        ),
        title="WROGN Men White & Black Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: black full-sleeve shirt worn open over a white crew tee, blue jeans, white backdrop. Caption adapter;
    # QA spans (describe picks the tee); material is a VQA fallback (silk, nothing says so).
    case(
        "X1114-041",
        caption("a man wearing a black shirt over a white t-shirt and blue jeans"),
        wearing("a black shirt over a white t-shirt and blue jeans"),
        Q.color("black"),
        describe("shirt", "a white t-shirt", "other_garment_color"),
        Q.sleeve_length("long"),
        is_a("t-shirt", "yes", "contradiction"),
        Q.material("silk", "unsupported"),
        title="Wrangler Men Black Regular Fit Solid Casual Shirt",
        category="Shirts",
        gender="Men",
    ),
    # photo: navy slim chinos with a flat front, light pink short-sleeve shirt tucked in, brown belt, brown
    # loafers, white backdrop. Caption adapter runs to the limit; QA spans. The feed row has no color.
    case(
        "X1114-042",
        caption(
            "a man wearing a pink shirt and navy blue chinos with a brown belt and brown loafers and the chinos are "
            "slim fit with a flat front and a",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink shirt and navy blue chinos"),
        color_of("chinos", "pink", "contradiction"),
        describe("chinos", "navy blue chinos"),
        details("chinos", "chinos", "restated"),
        Q.garment_type("chinos"),
        title="Highlander Men Navy Slim Fit Chinos",
        category="Trousers",
        gender="Men",
    ),
    # photo: olive and brown camouflage shorts with a drawstring waist and side pockets, black crew tee, white
    # backdrop. Caption adapter; QA spans (describe picks the tee); details is a VQA fallback inventing a zip fly.
    case(
        "X1114-043",
        caption("a man wearing a black t-shirt and camouflage shorts"),
        wearing("a black t-shirt and camouflage shorts", who="he"),
        Q.pattern("camouflage"),
        color_of("shorts", "black", "contradiction"),
        details(
            "shorts",
            "the shorts have a drawstring waist with a zip fly and a button closure and a back pocket with a flap",
            "unsupported",
        ),
        describe("shorts", "a black t-shirt", "other_garment_color"),
        Q.garment_type("shorts"),
        title="Bewakoof Men Olive Green Camouflage Printed Regular Fit Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: teal crew tee with a patch pocket on the left chest, light-wash jeans, white backdrop. Caption adapter;
    # QA span for details; wearing, describe and material are VQA fallbacks ("she", the jeans' blue, a loop).
    case(
        "X1114-044",
        caption("a man wearing a teal t-shirt with a pocket on the chest and light blue jeans"),
        wearing("she is wearing a teal t-shirt and jeans", "pronoun", who="he"),
        Q.color("blue"),
        details("t-shirt", "a pocket on the chest"),
        describe("t-shirt", "the t-shirt is a light blue t-shirt with a pocket on the chest", "other_garment_color"),
        Q.pattern("solid"),
        Q.material(
            "cotton and polyester and spandex and cotton and polyester and spandex and cotton and polyester and "
            "spandex and cotton and polyester and",
            "loop",
            hit_limit=True,
        ),
        title="Roadster Men Teal Blue Solid Round Neck Pocket T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: cream half-sleeve shirt with a Cuban collar, sunglasses hooked on the placket, olive shorts, brown
    # leather sandals, white backdrop. Caption adapter cut at 50; QA spans (details picks the shorts, material the
    # sandals' leather).
    case(
        "X1114-045",
        caption(
            "the man is wearing a cream colored short sleeve shirt with a cuban collar and olive green shorts with a "
            "pair of sunglasses hanging from the shirt and a pair of brown leather sandals on his feet and a",
            "cut",
            hit_limit=True,
        ),
        wearing("a cream colored short sleeve shirt with a cuban collar and olive green shorts"),
        Q.color("cream"),
        describe("shirt", "a cream colored short sleeve shirt with a cuban collar"),
        details("shirt", "olive green shorts", "other_garment_color"),
        Q.sleeve_length("short"),
        Q.material("brown leather", "contradiction"),
        title="Mast & Harbour Men Cream-Coloured Solid Casual Shirt",
        category="Shirts",
        color="Cream",
        gender="Men",
    ),
    # photo: medium blue slim jeans with knee rips, grey pullover hoodie, white sneakers, white backdrop. Caption
    # adapter; QA spans; describe and material are VQA fallbacks. The feed row has no gender.
    case(
        "X1114-046",
        caption("a man wearing a grey hoodie and ripped blue jeans"),
        wearing("a grey hoodie and ripped blue jeans"),
        color_of("jeans", "blue"),
        details("jeans", "jeans", "restated"),
        describe("jeans", "the jeans are grey", "other_garment_color"),
        is_a("hoodie", "no"),
        Q.material(
            "the jeans are made of denim and the hoodie is made of cotton and the jeans are made of denim and the "
            "hoodie is made of",
            "loop",
            hit_limit=True,
        ),
        title="Spykar Men Blue Slim Fit Low Distress Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
]
