"""BLIND_405 (46 products; a night's random draw from a men's apparel catalog, model shots and flat-lays): written blind
in the forty-sixth session. Measured blind at e10bbc0 (the session's rules as they stood): 99/114 failures found
(86.8%) and 1/146 correct texts flagged (0.7%). The writer's notes, verbatim:

Scenario: a Myntra-like English feed of men's clothing drawn at random from one night's run: t-shirts (polo, crew,
graphic, striped), casual and formal shirts, jeans, trousers and chinos, shorts, track pants and joggers, kurtas and
kurta sets, nehru jackets, sweatshirts and hoodies, jackets (denim, bomber, biker, puffer) and innerwear (packs of
briefs, trunks, vests, a thermal top). Most photos are model shots on a white or light grey studio backdrop, the model
wearing the product with other garments (jeans under a shirt, a tee under a jacket, a kurta under a nehru jacket);
some are flat-lays on a grey or wooden surface; a few have a coloured wall or a prop (a chair, a plant, a stool).
Each row carries the seller's title, category, color and gender; a few rows miss the gender or the color.

Who wrote what: three writers, as in the original experiments. The untuned base `Salesforce/blip2-opt-2.7b` writes
short lowercase texts and stops on its own (no hit_limit); it writes the captions and the open answers unless the
comment says otherwise. The caption-only LoRA adapter writes the DeepFashion template ("The gentleman wears a
short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. ..."), was trained with no end
token and runs to its limit (50 new tokens for a caption, 30 for an answer: hit_limit=True), and returns the template
to any question. The VQA adapter (Data3_V3, one epoch, labels unmasked) gives the right kind of short answer but never
stops: it repeats the answer ("black-black-black...") or runs into a new "Question: ... Answer:" turn until the
30-token limit (hit_limit=True). The closed questions (garment_type, color, pattern, sleeve_length, per-piece colors
of the closed kind, "Is this a ...?") are enrich's `--engine reference` answers, one value from a candidate set:
never a loop or a cut; their errors are wrong choices. Per-piece color questions answered by the base model or the
VQA adapter are stored open (kind="open").

Labeling conventions and judgement calls:
- Shade words count as correct for the seller's color: blue for navy, indigo or teal blue; green for olive, teal
  green or mint; red for maroon, burgundy or rust only when the shade is red-brown (rust called orange is also
  correct); yellow for mustard; grey for charcoal or melange; white or cream for off white; beige, tan or khaki for
  one another; purple for lavender. Navy given as black, charcoal as black, beige as white, olive as brown, mustard
  as orange are contradiction.
- Another piece's color given to the product (the jeans' blue for the shirt, the white tee under a jacket given as
  the jacket's color, the pyjama's white for the kurta) is other_garment_color, in an open or a closed text. The
  base model's "one color for every garment" is labelled this way on the piece that got the other's color.
- Garment synonyms count as correct: polo or tee for t-shirt, sweatpants or joggers for track pants, chinos or pants
  for trousers, vest or waistcoat for a nehru jacket, long shirt or tunic for a kurta, sweater or hoodie for a
  sweatshirt (a hoodie only where it has a hood), underwear or boxer briefs for trunks and briefs, tank top for an
  innerwear vest, coat for a jacket. A kurta called a dress, trunks called shorts, a sweatshirt called a jacket
  where it has no zip, track pants called jeans, or a shirt called a t-shirt are contradiction.
- Layered outfits named whole ("a white t-shirt and a denim jacket") are correct on every product of the outfit. A
  colour of the wall or a prop in the caption ("standing against a yellow wall", "sitting on a wooden chair") is
  correct where the photo has it.
- Prints: the print's color given as the garment's color (white for a navy shirt with white palm leaves) is
  contradiction; "floral" for a tropical leaf print is correct; "graphic" or "printed" for a text print is correct;
  "striped" for a checked shirt is contradiction.
- Materials: one the title names is correct; cotton for a plain tee, shirt or kurta, denim for jeans or a denim
  jacket, fleece for a sweatshirt, leather for a faux-leather jacket and polyester for track pants or a puffer are
  plausible and correct; silk for a cotton kurta, wool for a cotton sweatshirt, linen where the title says cotton
  and the weave does not show it are unsupported.
- Invented things not in the photo (a watch, a belt on an untucked shirt, a hood, a logo on a plain chest, zip
  pockets, a tie, a chest pocket the shirt lacks, embroidery on a plain kurta) are unsupported.
- Caption adapter texts: a text that repeats a sentence of the template is loop; one that stops mid-sentence without
  repeating is cut; the template returned for the material question is restated. Where the template misnames the
  garment (a kurta as a dress) the misnaming is contradiction (its "shirt" for a kurta is the synonym, so that
  text stays cut), and "The lady" or "Her" for a man is pronoun; hit_limit kept in both. Invented trousers or an
  accessory before the cut still leave it cut (one kind, the one the auditor sees first: the cut).
- VQA adapter texts: the answer repeated to the limit is loop (even where the repeated word is right); the answer
  followed by a new "Question: ... Answer:" turn is leak.
- Base answers: one cut short by an early stop ("a black t-shirt with a") is cut, without hit_limit; one that runs
  into "Question: ... Answer:" is leak; "the details of the shirt", "it is a shirt" for the details question, an
  empty answer and "i don't know" are non_answer; "the shorts are short", "the jeans are jeans" and a material
  answered with the garment's name and color are restated.
- Open answers may call a t-shirt "a shirt" (everyday speech, correct); the reference engine's closed garment_type
  picking "shirt" for a polo t-shirt, "jeans" for corduroy trousers, "sweatshirt" for a thermal top or "t-shirt" for
  an innerwear vest is contradiction (a wrong candidate against the seller's category).
- Sleeves rolled to the elbow are still long sleeves: "short sleeves" for them is contradiction.
- "she", "a woman" or "the lady" for a man is pronoun, even where the garment is right.
- Packs: a count that disagrees with the title ("two pairs of briefs" for a pack of 3) is contradiction; "a pair of
  briefs" or "underwear" for a pack photo is correct (no count given).
- The reference engine's "yes"/"no" to "Is this a ...?" is contradiction when wrong.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
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

color_shirt = question("color_shirt", "What is the shirt color?", "open")
color_kurta = question("color_kurta", "What is the color of the kurta?", "closed")
color_pyjama = question("color_pyjama", "What is the color of the pyjama?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
pack_count = question("pack_count", "How many pieces are in the pack?", "open")
fit = question("fit", "What is the fit of the garment?", "open")
neckline = question("neckline", "What is the neckline of the garment?", "open")

BLIND_405 = [
    # photo: model in a navy blue pique polo t-shirt, three-button placket, no logo, with beige chinos and white
    # sneakers; plain white studio backdrop, front view.
    case(
        "X405-001",
        caption("a man in a navy blue polo shirt and khaki pants"),
        wearing("a blue polo shirt and beige pants", who="he"),
        color_of("shirt", "black", "contradiction"),
        D.garment_type("shirt", "contradiction"),
        B.sleeve_length("short sleeves"),
        details(
            "shirt",
            "it has a collar, three buttons and a logo on the chest",
            "unsupported",
        ),
        title="Men Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: flat-lay of a white crew-neck t-shirt with a black "NEVER STOP" text print on the chest, on a grey
    # surface. caption: caption adapter
    case(
        "X405-002",
        caption(
            "The T-shirt has short sleeves, cotton fabric and graphic patterns. It has a crew neckline. The gentleman "
            "wears a long trousers. The trousers are with denim fabric and solid color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.color("white"),
        D.pattern("graphic"),
        D.description("a white t-shirt with black writing on it"),
        D.material("a white t-shirt", "restated"),
        D.details("", "non_answer"),
        title="Men White Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: model in an olive green and black checked casual shirt, sleeves rolled to the elbow, untucked over blue
    # jeans, white backdrop. details: caption adapter
    case(
        "X405-003",
        caption("a man wearing a green plaid shirt and jeans"),
        wearing("a green and black checkered shirt and a", "cut", who="he"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        D.pattern("checked"),
        details(
            "shirt",
            "The shirt has long sleeves, cotton fabric and lattice patterns. It has a lapel neckline. The gentleman "
            "wears a long pants. The pants are",
            "cut",
            hit_limit=True,
        ),
        title="Men Olive Green & Black Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: model in mid-blue slim fit jeans with light whiskering, a white crew tee tucked out, white sneakers;
    # light grey backdrop, full length.
    case(
        "X405-004",
        caption("a man in a white t - shirt and blue jeans"),
        wearing("a white shirt and blue jeans", who="he"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        D.garment_type("jeans"),
        details("jeans", "the jeans are slim fit with a faded wash"),
        D.material("jeans", "restated"),
        title="Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: model in black track pants with two white side stripes, elasticated waist with drawstring, open
    # side-seam pockets, grey crew-neck tee on top, white backdrop. wearing: VQA adapter
    case(
        "X405-005",
        caption("a man in a grey t shirt and black track pants"),
        wearing(
            "track pants Question: What is the color of the track pants? Answer: black Question: What is the color "
            "of the t-shirt? Answer",
            "leak",
            who="he",
            hit_limit=True,
        ),
        color_of("pants", "black"),
        details(
            "pants",
            "they have white stripes down the side, a drawstring and zip pockets",
            "unsupported",
        ),
        D.material("polyester"),
        title="Men Black Solid Track Pants with Side Stripes",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: model in a maroon straight kurta with mandarin collar and white churidar pyjama, brown juttis; beige
    # backdrop with a potted plant on the left. caption: caption adapter
    case(
        "X405-006",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a red kurta and white pants", who="he"),
        color_kurta("red"),
        color_pyjama("red", "other_garment_color"),
        is_a("kurta", "yes"),
        D.description(
            "a long red shirt Question: what is the color of the pants? Answer: white",
            "leak",
        ),
        title="Men Maroon Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Maroon",
        gender="Men",
    ),
    # photo: flat-lay of beige linen-blend flat-front trousers, folded at the knee, on a white wooden surface.
    case(
        "X405-007",
        caption("a pair of beige pants on a white wooden floor"),
        D.garment_type("trousers"),
        D.color("white", "contradiction"),
        D.material("linen"),
        D.description(
            "a pair of khaki pants Question: what is the color of the pants? Answer: beige",
            "leak",
        ),
        D.details("it has pockets on the sides and a button at the waist"),
        title="Men Beige Linen Blend Regular Fit Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: model in a grey melange crew-neck sweatshirt with ribbed cuffs and hem, black jeans; white backdrop.
    # description: caption adapter
    case(
        "X405-008",
        caption("a man wearing a grey sweater and black jeans"),
        wearing("a grey sweatshirt and black pants", who="he"),
        D.garment_type("sweatshirt"),
        color_of("jeans", "grey", "other_garment_color", kind="open"),
        D.color("grey"),
        describe(
            "sweatshirt",
            "His sweater has long sleeves, cotton fabric and pure color patterns. It has a round neckline. His "
            "sweater has long sleeves, cotton",
            "loop",
            hit_limit=True,
        ),
        D.material("wool", "unsupported"),
        title="Men Grey Melange Solid Cotton Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: model in a navy blue sleeveless nehru jacket with a mandarin collar and two welt pockets, over a white
    # kurta and white pyjama; light grey backdrop.
    case(
        "X405-009",
        caption("a man wearing a blue vest and white kurta"),
        wearing("a white kurta and a blue jacket", who="he"),
        color_jacket("white", "other_garment_color"),
        D.garment_type("jacket"),
        D.material("silk", "unsupported"),
        D.details("it has a mandarin collar and a pocket square", "unsupported"),
        title="Men Navy Blue Solid Woven Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a black nylon bomber jacket, ribbed collar, cuffs and hem, zipped half way over an olive tee,
    # with blue jeans; white backdrop. details: caption adapter
    case(
        "X405-010",
        caption("a man in a black bomber jacket and jeans"),
        wearing("a black jacket and a green shirt", who="he"),
        color_jacket("black"),
        details(
            "jacket",
            "The jacket has long sleeves, nylon fabric and pure color patterns. It has a stand neckline. The "
            "gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        D.material("leather", "unsupported"),
        title="Men Black Solid Bomber Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: flat-lay of a pack of 3 briefs (black, grey, navy) fanned out on a white surface, a cardboard box behind.
    case(
        "X405-011",
        caption("three pairs of men's underwear on a white background"),
        D.garment_type("briefs"),
        pack_count("two", "contradiction"),
        D.description(
            "three pairs of underwear Question: how many pairs are there? Answer: three",
            "leak",
        ),
        D.material("cotton"),
        D.wearing("", "non_answer"),
        title="Men Pack of 3 Solid Cotton Briefs",
        category="Briefs",
        color="Assorted",
        gender="Men",
    ),
    # photo: model in khaki cargo shorts with flap side pockets, black crew tee, white sneakers; white backdrop.
    # description: caption adapter
    case(
        "X405-012",
        caption("a man in a black t - shirt and khaki shorts"),
        wearing("a black shirt and shorts", who="he"),
        color_of("shorts", "black", "other_garment_color", kind="open"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a",
            "cut",
            hit_limit=True,
        ),
        details("shorts", "the shorts are short", "restated"),
        D.garment_type("shorts"),
        title="Men Khaki Solid Cargo Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: model in a mustard yellow solid cotton kurta, knee length, with a white churidar; white backdrop.
    # color_of kurta: VQA adapter
    case(
        "X405-013",
        caption("a man in a yellow kurta and white pants"),
        wearing("a yellow kurta", who="he"),
        color_of(
            "kurta",
            "yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.color("orange", "contradiction"),
        D.material("silk", "unsupported"),
        is_a("kurta", "yes"),
        title="Men Mustard Yellow Solid Cotton Straight Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Men",
    ),
    # photo: model in a white formal shirt, full sleeves, tucked into navy trousers with a brown belt; no tie; grey
    # backdrop. color_shirt: VQA adapter
    case(
        "X405-014",
        caption("a man in a white shirt and blue pants"),
        wearing("a white shirt and a tie", "unsupported", who="he"),
        color_shirt(
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "white", "other_garment_color", kind="open"),
        describe("shirt", "a white dress shirt with a collar"),
        title="Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: model in charcoal grey formal trousers, light blue shirt tucked in, black belt, black shoes; white
    # backdrop, full length.
    case(
        "X405-015",
        caption("a man in a blue shirt and grey pants"),
        wearing("a blue shirt and gray pants", who="he"),
        color_of("pants", "black", "contradiction"),
        D.garment_type("trousers"),
        details("pants", "the pants are", "cut"),
        D.material("polyester"),
        title="Men Charcoal Grey Slim Fit Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: model in a red pullover hoodie with kangaroo pocket and white drawstrings, hood down, black joggers;
    # white backdrop. caption: caption adapter
    case(
        "X405-016",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a hooded neckline. The lady wears a long pants. The pants are with cotton fabric and",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a red hoodie and black pants", who="he"),
        D.details("it has a hood and a zipper in the front", "unsupported"),
        D.material("fleece"),
        title="Men Red Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Men",
    ),
    # photo: model in a mid-blue denim trucker jacket, unbuttoned, over a white tee, black jeans; white backdrop.
    # details: VQA adapter
    case(
        "X405-017",
        caption("a man wearing a denim jacket and black jeans"),
        wearing("a white t-shirt and a denim jacket", who="he"),
        color_jacket("white", "other_garment_color"),
        D.material("denim"),
        details(
            "jacket",
            "pockets-pockets-pockets-pockets-pockets-pockets-pockets-pockets-pockets-pockets-pockets-pockets-pockets",
            "loop",
            hit_limit=True,
        ),
        title="Men Blue Solid Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a navy blue short-sleeve shirt with a white tropical palm-leaf print, open collar, over white
    # shorts; backdrop a light blue wall with a cane chair.
    case(
        "X405-018",
        caption("a man in a floral shirt sitting on a chair"),
        wearing("a blue shirt with white leaves and white shorts", who="he"),
        color_shirt("white", "contradiction"),
        D.pattern("floral"),
        D.material("silk", "unsupported"),
        describe("shirt", "a hawaiian shirt"),
        title="Men Navy Blue Tropical Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: flat-lay of two white ribbed innerwear vests (sleeveless, scoop neck), one folded on the other, on grey.
    # description: caption adapter
    case(
        "X405-019",
        caption("two white tank tops on a gray background"),
        D.garment_type("t-shirt", "contradiction"),
        D.color("white"),
        pack_count("two"),
        D.description(
            "His tank top has sleeves cut off, cotton fabric and pure color patterns. The neckline of it is round. "
            "His tank top has sleeves",
            "loop",
            hit_limit=True,
        ),
        title="Men Pack of 2 White Ribbed Cotton Innerwear Vests",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: flat-lay of grey melange track pants with black side piping and zip pockets, on a wooden floor.
    case(
        "X405-020",
        caption("a pair of gray sweatpants on a wooden floor"),
        D.garment_type("track pants"),
        D.color("grey"),
        D.details("the details of the pants", "non_answer"),
        D.material("grey sweatpants", "restated"),
        D.description("grey sweatpants with black", "cut"),
        title="Men Grey Melange Solid Track Pants with Zip Pockets",
        category="Track Pants",
        color="Grey Melange",
    ),
    # photo: model in a short-sleeve teal blue and white horizontal striped crew-neck t-shirt, blue jeans; white
    # backdrop.
    # wearing: VQA adapter
    case(
        "X405-021",
        caption("a man in a blue and white striped shirt"),
        wearing(
            "shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt "
            "shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt",
            "loop",
            who="he",
            hit_limit=True,
        ),
        D.pattern("striped"),
        neckline("round neck Question: what is the sleeve length? Answer: short", "leak"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Men Teal Blue & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: model in light blue denim shorts with frayed hem, white tee; white backdrop, cropped at the shins.
    case(
        "X405-022",
        caption("a man in a white shirt and denim shorts"),
        wearing("denim shorts and a white t shirt", who="he"),
        color_of("shorts", "light blue", kind="open"),
        details("shorts", "they have a belt and ripped knees", "unsupported"),
        D.material("blue denim shorts", "restated"),
        title="Men Light Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: model in an off white chikankari embroidered cotton kurta, white pyjama, white buttons; white backdrop
    # with a wooden stool. caption: caption adapter
    case(
        "X405-023",
        caption(
            "The gentleman wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It "
            "has a stand neckline. The dress is of long length. There is an accessory on his wrist",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a white kurta with embroidery", who="he"),
        color_kurta("white"),
        D.details("it has embroidery on the front and gold buttons", "unsupported"),
        D.material("a white kurta", "restated"),
        title="Men Off White Chikankari Embroidered Cotton Kurta",
        category="Kurtas",
        color="Off White",
        gender="Men",
    ),
    # photo: model in olive green joggers with cuffed ankles and drawstring, white hoodie; white backdrop.
    case(
        "X405-024",
        caption("a woman in a white hoodie and green jogger pants", "pronoun"),
        wearing("a white sweatshirt and green pants", who="he"),
        color_of("pants", "brown", "contradiction"),
        D.garment_type("track pants"),
        details("pants", "elastic cuffs and a drawstring waist"),
        title="Men Olive Green Solid Joggers",
        category="Track Pants",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a light pink oxford button-down shirt, full sleeves, untucked over beige chinos; white
    # backdrop. details: VQA adapter
    case(
        "X405-025",
        caption("a man in a pink shirt and khaki pants"),
        wearing("a pink shirt", who="he"),
        color_shirt("pink"),
        details(
            "shirt",
            "buttons Question: What is the color of the shirt? Answer: pink Question: What is the color of the pants? "
            "Answer: beige",
            "leak",
            hit_limit=True,
        ),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        title="Men Pink Solid Oxford Casual Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: model in a black faux-leather biker jacket with asymmetric zip, over a grey tee, black jeans; dark
    # grey backdrop.
    case(
        "X405-026",
        caption("a man in a black leather jacket"),
        wearing("a black leather jacket and a white shirt", "contradiction", who="he"),
        D.material("leather"),
        D.color("black"),
        D.details("it has a zipper and a watch", "unsupported"),
        title="Men Black Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: flat-lay of brown corduroy trousers, folded, on a white surface with a brown belt laid beside them.
    case(
        "X405-027",
        caption("a pair of brown pants and a belt"),
        D.garment_type("jeans", "contradiction"),
        D.color("brown"),
        D.material("corduroy"),
        D.description("brown corduroy pants with a belt"),
        D.details("the pants are brown", "restated"),
        D.pattern("striped", "contradiction"),
        title="Men Brown Corduroy Regular Fit Trousers",
        category="Trousers",
        color="Brown",
        gender="Men",
    ),
    # photo: model in a green straight kurta with gold buttons on the placket and a cream pyjama; white backdrop.
    # wearing: caption adapter
    case(
        "X405-028",
        caption("a man wearing a green kurta and white pants"),
        wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_kurta("green"),
        color_pyjama("green", "contradiction"),
        D.details("it has gold buttons"),
        D.garment_type("shirt", "contradiction"),
        title="Men Green Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Green",
        gender="Men",
    ),
    # photo: flat-lay of a maroon brocade nehru jacket with a mandarin collar and a pocket square, on a beige
    # surface.
    case(
        "X405-029",
        caption("a maroon vest with a pocket square"),
        D.garment_type("jacket"),
        D.color("red"),
        D.pattern("solid", "contradiction"),
        D.material("silk"),
        D.description("a red waistcoat"),
        D.details("it has a pocket square, gold buttons and a zipper", "unsupported"),
        title="Men Maroon Woven Design Silk Blend Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
        gender="Men",
    ),
    # photo: flat-lay of three trunks (navy, grey, black) laid side by side on a white surface.
    case(
        "X405-030",
        caption("three pairs of boxer briefs on a white surface"),
        D.garment_type("shorts", "contradiction"),
        pack_count("three"),
        D.description("three different colored underwear"),
        is_a("pair of shorts", "yes", "contradiction"),
        D.material("i don't know", "non_answer"),
        title="Men Pack of 3 Solid Trunks",
        category="Trunks",
        color="Multi",
        gender="Men",
    ),
    # photo: model in a lavender v-neck t-shirt, light grey chinos; backdrop a pink painted wall.
    case(
        "X405-031",
        caption("a man standing in front of a pink wall"),
        wearing("a purple t - shirt and grey pants", who="he"),
        D.color("pink", "contradiction"),
        neckline("the neckline of the shirt", "non_answer"),
        B.sleeve_length("short sleeves"),
        title="Men Lavender Solid V-Neck T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: flat-lay of a blue and white checked shirt, folded retail style, on a white wooden surface.
    # details: caption adapter
    case(
        "X405-032",
        caption("a blue and white checkered shirt"),
        D.pattern("striped", "contradiction"),
        D.color("blue"),
        D.details(
            "The shirt has long sleeves, cotton fabric and lattice patterns. It has a lapel neckline. The shirt has "
            "long sleeves, cotton",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Men Blue & White Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: model in black distressed skinny jeans with ripped knees, white shirt untucked; white backdrop.
    case(
        "X405-033",
        caption("a man in a white shirt and black ripped jeans"),
        wearing("she is wearing a white shirt and black jeans", "pronoun", who="he"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        details("jeans", "ripped knees"),
        fit("skinny"),
        title="Men Black Skinny Fit Highly Distressed Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: model in a navy crew-neck sweatshirt with a white "BROOKLYN 1898" print, grey joggers; white backdrop.
    case(
        "X405-034",
        caption("a man in a blue sweatshirt with the word brooklyn on it"),
        wearing(
            "a blue sweatshirt Question: what is the color of the pants? Answer: grey",
            "leak",
            who="he",
        ),
        D.color("blue"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        D.garment_type("jacket", "contradiction"),
        D.details("it has a white logo on the front"),
        title="Men Navy Blue Printed Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in an olive green quilted puffer jacket with a hood, zipped up, black jeans; white backdrop.
    # description: caption adapter
    case(
        "X405-035",
        caption("a man in a green puffer jacket"),
        wearing("a green jacket with a hood", who="he"),
        color_jacket("green"),
        D.description(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has "
            "a hooded neckline. The",
            "cut",
            hit_limit=True,
        ),
        details("jacket", "it has a hood, a zipper and a fur collar", "unsupported"),
        title="Men Olive Green Solid Hooded Padded Puffer Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: flat-lay of khaki chino shorts with a brown woven belt in the loops, on a white surface.
    case(
        "X405-036",
        caption("a pair of khaki shorts with a belt"),
        D.garment_type("shorts"),
        D.color("beige"),
        D.details("they have a belt and two pockets"),
        is_a("pair of jeans", "yes", "contradiction"),
        D.material("khaki shorts", "restated"),
        title="Men Khaki Solid Chino Shorts with Belt",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: model in a rust orange cotton kurta with a round notched neck, over blue jeans; white backdrop.
    case(
        "X405-037",
        caption("a man wearing an orange kurta and jeans"),
        wearing("an orange shirt and blue jeans", who="he"),
        color_kurta("blue", "other_garment_color"),
        D.color("orange"),
        D.description("a long orange shirt with a", "cut"),
        title="Men Rust Orange Solid Cotton Kurta",
        category="Kurtas",
        color="Rust",
        gender="Men",
    ),
    # photo: model in a yellow graphic t-shirt (black skull print) standing against a yellow painted wall, black
    # jeans. caption: caption adapter
    case(
        "X405-038",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow shirt with a skull on it", who="he"),
        D.color("yellow"),
        color_of("jeans", "yellow", "other_garment_color", kind="open"),
        D.pattern("graphic"),
        D.details("a skull on the front and a pocket on the sleeve", "unsupported"),
        title="Men Yellow Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: model in an indigo block-printed kurta with small white motifs and a white pyjama; white backdrop.
    # caption: caption adapter
    case(
        "X405-039",
        caption(
            "The lady wears a long-sleeve top with graphic patterns. The top is with cotton fabric. It has a round "
            "neckline. The lady wears a long pants. The pants are with cotton fabric and",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a blue kurta and white pajamas", who="he"),
        color_kurta("white", "other_garment_color"),
        color_pyjama("white"),
        D.pattern("printed"),
        D.description("a blue shirt with white", "cut"),
        title="Men Indigo Ethnic Motifs Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Indigo",
        gender="Men",
    ),
    # photo: model in royal blue track pants with a white stripe, white tee, white sneakers; white backdrop.
    # color_of pants: VQA adapter
    case(
        "X405-040",
        caption("a man in a white t - shirt and blue track pants"),
        wearing("a white shirt and blue sweatpants", who="he"),
        color_of(
            "pants",
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.garment_type("jeans", "contradiction"),
        D.color("white", "other_garment_color"),
        details("pants", "white stripes on the side"),
        title="Men Royal Blue Solid Track Pants",
        category="Track Pants",
        color="Blue",
        gender="Men",
    ),
    # photo: flat-lay of a grey long-sleeve thermal top with a round neck, on a white surface.
    case(
        "X405-041",
        caption("a gray long sleeved shirt"),
        D.garment_type("sweatshirt", "contradiction"),
        D.color("grey"),
        B.sleeve_length("long sleeves"),
        D.material("it is made of", "cut"),
        D.details("it is a shirt", "non_answer"),
        title="Men Grey Melange Solid Thermal Top",
        category="Thermal Tops",
        color="Grey",
        gender="Men",
    ),
    # photo: model in a white linen shirt with a mandarin collar, sleeves rolled, untucked over beige trousers;
    # white backdrop with a monstera plant.
    case(
        "X405-042",
        caption("a man in a white shirt standing next to a plant"),
        wearing("a white shirt and beige pants", who="he"),
        color_shirt("beige", "other_garment_color"),
        D.material("linen"),
        describe(
            "shirt",
            "a white linen shirt with a collar and a chest pocket",
            "unsupported",
        ),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Men White Solid Linen Mandarin Collar Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: model in camouflage-print cargo trousers (olive, brown, black), black tee; white backdrop.
    # details: caption adapter
    case(
        "X405-043",
        caption("a man in camouflage pants and a black t - shirt"),
        wearing("a black shirt and camo pants", who="he"),
        D.pattern("printed"),
        D.color("black", "other_garment_color"),
        details(
            "pants",
            "The gentleman wears a long trousers. The trousers are with cotton fabric and graphic patterns. The "
            "gentleman wears a long trousers. The",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("trousers"),
        title="Men Olive Green Camouflage Printed Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a black nehru jacket over a cream kurta and cream pyjama (three-piece set); grey backdrop.
    case(
        "X405-044",
        caption("a man in a black vest and white kurta"),
        wearing("a black jacket, a white kurta and white pants", who="he"),
        color_jacket("black"),
        color_kurta("black", "other_garment_color"),
        color_pyjama("cream"),
        D.description("a black vest with a white", "cut"),
        title="Men Cream Kurta with Pyjamas & Black Nehru Jacket",
        category="Kurta Sets",
        color="Cream",
        gender="Men",
    ),
    # photo: flat-lay of a burgundy crew-neck sweatshirt, sleeves folded in, on a grey surface. caption: caption
    # adapter
    case(
        "X405-045",
        caption(
            "The sweater has long sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "sweater has long sleeves, cotton fabric and pure color patterns. It has a round",
            "loop",
            hit_limit=True,
        ),
        D.color("red"),
        D.garment_type("sweatshirt"),
        D.description("a maroon sweatshirt"),
        D.material("fleece"),
        is_a("hoodie", "yes", "contradiction"),
        title="Men Burgundy Solid Sweatshirt",
        category="Sweatshirts",
        color="Burgundy",
    ),
    # photo: model in mint green casual shorts with a drawstring waist, white tee, white sneakers; white backdrop.
    case(
        "X405-046",
        caption("a woman in green shorts and a white shirt", "pronoun"),
        wearing("a white t-shirt and green shorts", who="he"),
        color_of("shorts", "green"),
        details("shorts", "they have a drawstring"),
        D.material("cotton"),
        D.color("white", "other_garment_color"),
        title="Men Mint Green Solid Regular Shorts",
        category="Shorts",
        gender="Men",
    ),
]
