"""BLIND_1192 (45 products; Myntra men's bottoms, base OPT-2.7b zero-shot): written blind in the sixty-first session.
Measured blind at e097e3a (the session's fifth rules): 39/53 failures found (73.6%) and 17/224 correct texts flagged
(7.6%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's jeans, trousers (formal trousers and chinos), track pants/joggers and shorts, each
photographed on a model who also wears a top (t-shirt, shirt, polo, hoodie, jacket), on a plain studio backdrop; now
and then a flat lay with no person, a back view, a waist-down crop or a prop (skateboard, stool, coffee cup, bottle).
Catalog columns as the feed has them: title, category (Myntra article type: Jeans, Trousers, Track Pants, Shorts),
color (base colour), gender (left out on a few rows).
Who wrote what: every text is from the untuned Salesforce/blip2-opt-2.7b, zero-shot, greedy, one generate per prompt.
The caption is the unprompted caption (no text prompt, 50 new tokens at most); the answers come from the experiments'
questionnaire in the `Question: ... Answer:` format (30 new tokens at most): What is he wearing?, What is the color
of the jeans/pants/shorts? (pants for trousers and track pants, as the questionnaire words it), What are the
jeans/pants/shorts details?, and for the top: What is the color of the shirt?, What is the shirt color?, Describe the
shirt., What are the shirt details? (4 to 6 of these per product). The base model mostly stops on the newline, so
most answers are short; it runs to the limit only when it loops or keeps listing, and it now and then emits the
newline at once (an empty answer) or carries on with the next `Question:` of the format.
Labeling conventions and judgement calls: judged against the imagined photo and the title. "Navy"/"dark blue"/"blue" all
count right for Navy Blue; "grey"/"gray" right for Charcoal and Grey Melange, "black" for Charcoal is a seller color
contradiction; "khaki"/"tan" right for Beige. A garment's color answer that gives the top's color is
other_garment_color; the shirt question answered with the bottoms' color (one color for both) is contradiction. "The
shirt" means the visible top, so a hoodie or jacket answer counts right when that is the top the model wears. A details
answer that gives only the garment's name, its fabric or its color ("they are short", "khaki pants", "denim", "they are
black"), and an empty answer, are non_answer; the fit, pockets, fading, rips, stripes, drawstrings, logos count as
details when the photo shows them. Details the photo does not show (a belt that isn't there, pleats on a flat-front
trouser, "100% cotton") are unsupported, and so is any shirt answer on a flat lay with no shirt. "A suit" for
shirt-and-trousers, jeans for chinos, are contradiction. An answer that starts with the format's "Answer:" or runs on
into the next "Question:" is leak. Answers that ran to 30 tokens are hit_limit: a loop when they repeat, cut when they
end mid-list. Clean studio shots and short questions suit the base model, so fewer texts are wrong here than the typical
four in ten (about one in five); most of its mistakes are colors swapped between the two garments and thin or invented
details.
"""

from tests.audit_corpus import caption, case, color_of, describe, details, question, wearing

shirt_color = question("shirt_color", "What is the shirt color?", "open")


def he(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="he", hit_limit=hit_limit)


def color_open(garment, text, failure=None, hit_limit=False):
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1192 = [
    # Truth: front view, grey backdrop; white crew-neck tee, blue skinny jeans, white sneakers.
    # Texts: base OPT-2.7b zero-shot, caption unprompted, answers to the questionnaire.
    case(
        "X1192-001",
        caption("a man in blue jeans and a white t-shirt"),
        he("jeans and a white t-shirt"),
        color_open("jeans", "blue"),
        details("jeans", "they are skinny jeans"),
        color_open("shirt", "white"),
        describe("shirt", "it is a white t-shirt"),
        gender="Men",
        title="Roadster Men Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Truth: three-quarter view; black tee with a white chest print, navy jeans with whiskering at the thighs.
    # Texts: base OPT-2.7b zero-shot; it gives the jeans the tee's black.
    case(
        "X1192-002",
        caption("a man wearing a black t-shirt and jeans"),
        he("a black shirt and jeans"),
        color_open("jeans", "black", "other_garment_color"),
        details("jeans", "they are distressed"),
        color_open("shirt", "black"),
        describe("shirt", "a black t-shirt with a white print on it"),
        gender="Men",
        title="WROGN Men Navy Blue Slim Fit Mildly Distressed Stretchable Jeans",
        category="Jeans",
        color="Navy Blue",
    ),
    # Truth: grey melange pullover hoodie, black track pants with a thin white side piping, black sneakers.
    # Texts: base OPT-2.7b zero-shot; the first shirt color answer takes the pants' black.
    case(
        "X1192-003",
        caption("a man in a grey hoodie and black sweatpants"),
        he("sweatpants and a hoodie"),
        color_open("pants", "black"),
        details("pants", "they have a white stripe on the side"),
        color_open("shirt", "black", "contradiction"),
        describe("shirt", "it is a hoodie"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Solid Rapid-Dry Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Truth: white oxford shirt tucked in, brown belt, khaki flat-front chinos with plain hems, brown loafers.
    # Texts: base OPT-2.7b zero-shot; the turn-ups are invented.
    case(
        "X1192-004",
        caption("a man in a white shirt and khaki pants"),
        he("khaki pants and a white shirt"),
        color_open("pants", "khaki"),
        details("pants", "they have cuffs at the bottom", "unsupported"),
        color_open("shirt", "white"),
        describe("shirt", "a white button down shirt"),
        shirt_color("white"),
        gender="Men",
        title="Mast & Harbour Men Khaki Regular Fit Solid Chinos",
        category="Trousers",
        color="Khaki",
    ),
    # Truth: black tee, grey melange joggers with ribbed ankle cuffs, white sneakers.
    # Texts: base OPT-2.7b zero-shot; the wearing answer calls the joggers jeans, the shirt takes their grey.
    case(
        "X1192-005",
        caption("a man in grey sweatpants and a black t-shirt"),
        he("a black t-shirt and jeans", "contradiction"),
        color_open("pants", "grey"),
        details("pants", "they have elastic cuffs at the ankles"),
        color_open("shirt", "grey", "contradiction"),
        describe("shirt", "black t-shirt"),
        gender="Men",
        title="Puma Men Grey Melange Solid Knitted Joggers",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Truth: red Nike training tee, black above-knee shorts with a small white swoosh on the left leg, running shoes.
    # Texts: base OPT-2.7b zero-shot.
    case(
        "X1192-006",
        caption("a man in black shorts and a red shirt"),
        he("shorts and a t-shirt"),
        color_open("shorts", "black"),
        details("shorts", "they are short", "non_answer"),
        color_open("shirt", "red"),
        describe("shirt", "red nike shirt"),
        gender="Men",
        title="Nike Men Black Dri-FIT Training Shorts",
        category="Shorts",
        color="Black",
    ),
    # Truth: back view; light grey tee, mid-blue jeans, the red tab on the right back pocket visible; a slim model,
    # short hair.
    # Texts: base OPT-2.7b zero-shot; the caption takes the back view for a woman.
    case(
        "X1192-007",
        caption("the back of a woman wearing jeans", "pronoun"),
        he("jeans"),
        color_open("jeans", "blue"),
        details("jeans", "levi's"),
        color_open("shirt", "grey"),
        describe("shirt", "the shirt is grey"),
        gender="Men",
        title="Levis Men Blue 511 Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Truth: light blue formal shirt tucked in, black belt, mid-grey slim trousers, black derbies, hand in pocket.
    # Texts: base OPT-2.7b zero-shot; the trousers get the shirt's blue; the shirt color prompt returns the newline
    # at once (empty answer).
    case(
        "X1192-008",
        caption("a man in a blue shirt and grey pants"),
        he("a blue shirt and grey pants"),
        color_open("pants", "blue", "other_garment_color"),
        details("pants", "they are slim fit"),
        color_open("shirt", "blue"),
        describe("shirt", "a light blue dress shirt"),
        shirt_color("", "non_answer"),
        gender="Men",
        title="Louis Philippe Sport Men Grey Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Grey",
    ),
    # Truth: olive bomber jacket open over a white tee, black skinny jeans with small abrasions at the knees, boots.
    # Texts: base OPT-2.7b zero-shot; the jeans details loop to the limit.
    case(
        "X1192-009",
        caption("a man in a green jacket and black jeans"),
        he("a jacket and jeans"),
        color_open("jeans", "black"),
        details(
            "jeans",
            "the jeans are ripped at the knees and the jeans are ripped at the knees and the jeans are ripped at the"
            " knees and the jeans are",
            "loop",
            hit_limit=True,
        ),
        color_open("shirt", "white"),
        describe("shirt", "a green bomber jacket"),
        gender="Men",
        title="Flying Machine Men Black Jackson Skinny Fit Mildly Distressed Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # Truth: white polo with a small embroidered logo, navy chino shorts, tan loafers, sunglasses in one hand.
    # Texts: base OPT-2.7b zero-shot; the navy shorts are answered black.
    case(
        "X1192-010",
        caption("a man in a white polo shirt and navy shorts"),
        he("shorts and a polo shirt"),
        color_open("shorts", "black", "contradiction"),
        details("shorts", "they have pockets"),
        color_open("shirt", "white"),
        describe("shirt", "white polo shirt with a logo"),
        shirt_color("white"),
        gender="Men",
        title="U.S. Polo Assn. Men Navy Blue Solid Regular Fit Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Truth: white adidas tee with a black logo, navy track pants with three white stripes down the side.
    # Texts: base OPT-2.7b zero-shot; the shirt details loop to the limit.
    case(
        "X1192-011",
        caption("a man in a white shirt and blue track pants"),
        he("white shirt and blue pants"),
        color_open("pants", "blue"),
        details("pants", "three stripes"),
        color_open("shirt", "white"),
        describe("shirt", "it's a white shirt with a black adidas logo"),
        details(
            "shirt",
            "the shirt has a logo on the chest and the sleeves are short and the shirt is white and the shirt is white"
            " and the shirt is white and the",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Adidas Men Navy Blue Solid Track Pants with Side Stripes",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Truth: flat lay, no person: olive chinos folded on a white sheet, nothing else in the frame.
    # Texts: base OPT-2.7b zero-shot; the shirt questions have no shirt to see and it answers the background.
    case(
        "X1192-012",
        caption("a pair of green pants on a white background"),
        he("pants"),
        color_open("pants", "green"),
        details("pants", "green", "non_answer"),
        color_open("shirt", "white", "unsupported"),
        gender="Men",
        title="Highlander Men Olive Green Slim Fit Solid Chinos",
        category="Trousers",
        color="Olive",
    ),
    # Truth: black leather jacket over a grey tee, blue jeans with light fading at the thighs, no rips, plain pockets.
    # Texts: base OPT-2.7b zero-shot; the zipped back pocket is invented.
    case(
        "X1192-013",
        caption("a man in a black leather jacket and jeans"),
        he("a leather jacket"),
        color_open("jeans", "blue"),
        details("jeans", "the jeans have a zipper on the back pocket", "unsupported"),
        color_open("shirt", "grey"),
        describe("shirt", "a grey t-shirt under a leather jacket"),
        gender="Men",
        title="Jack & Jones Men Blue Slim Fit Low Distress Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Truth: black tee, grey joggers with a small black text print on the left thigh, white sneakers.
    # Texts: base OPT-2.7b zero-shot; the grey of the joggers is given to the shirt too.
    case(
        "X1192-014",
        caption("a man in grey joggers and a black shirt"),
        he("joggers"),
        color_open("pants", "grey"),
        details("pants", "they have writing on the leg"),
        color_open("shirt", "grey", "contradiction"),
        describe("shirt", "a black t-shirt"),
        gender="Men",
        title="Kook N Keech Men Grey Printed Joggers",
        category="Track Pants",
        color="Grey",
    ),
    # Truth: white tee with a palm-tree graphic, olive cargo shorts with flap pockets, sneakers, holding a skateboard.
    # Texts: base OPT-2.7b zero-shot; it reads the prop into the tee's print.
    case(
        "X1192-015",
        caption("a man holding a skateboard"),
        he("shorts and a t-shirt"),
        color_open("shorts", "green"),
        details("shorts", "cargo pockets"),
        color_open("shirt", "white"),
        describe("shirt", "it is a white t-shirt with a picture of a skateboard on it", "unsupported"),
        gender="Men",
        title="Roadster Men Olive Green Solid Regular Fit Cargo Shorts",
        category="Shorts",
        color="Olive",
    ),
    # Truth: white formal shirt, no jacket, no tie; navy trousers with a faint self check, black shoes.
    # Texts: base OPT-2.7b zero-shot; the caption calls the navy trousers black, the wearing answer adds a jacket.
    case(
        "X1192-016",
        caption("a man in a white shirt and black pants", "contradiction"),
        he("a suit", "contradiction"),
        color_open("pants", "navy blue"),
        details("pants", "they are checkered"),
        color_open("shirt", "white"),
        describe("shirt", "white dress shirt"),
        gender="Men",
        title="Louis Philippe Men Navy Blue Slim Fit Checked Formal Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # Truth: red-and-black plaid flannel shirt open over a black tee, blue jeans ripped at the knees and thighs.
    # Texts: base OPT-2.7b zero-shot.
    case(
        "X1192-017",
        caption("a man in ripped jeans and a plaid shirt"),
        he("ripped jeans"),
        color_open("jeans", "blue"),
        details("jeans", "ripped"),
        color_open("shirt", "red"),
        describe("shirt", "red and black plaid shirt"),
        shirt_color("red"),
        gender="Men",
        title="Spykar Men Blue Skinny Fit Mid-Rise Highly Distressed Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Truth: white tee, charcoal fleece shorts with a white drawstring, white socks; the shorts read dark grey.
    # Texts: base OPT-2.7b zero-shot.
    case(
        "X1192-018",
        caption("a man in a white t-shirt and black shorts", "contradiction"),
        he("a white t-shirt and grey shorts"),
        color_open("shorts", "grey"),
        details("shorts", "drawstring"),
        color_open("shirt", "white"),
        describe("shirt", "she is wearing a white t-shirt", "pronoun"),
        gender="Men",
        title="Nike Men Charcoal Grey Sportswear Club Fleece Shorts",
        category="Shorts",
        color="Charcoal",
    ),
    # Truth: navy polo, beige chinos with the hems rolled once, brown sneakers.
    # Texts: base OPT-2.7b zero-shot; the pants details come back empty.
    case(
        "X1192-019",
        caption("a man in a blue polo shirt and khaki pants"),
        he("khaki pants and a blue shirt"),
        color_open("pants", "tan"),
        details("pants", "", "non_answer"),
        color_open("shirt", "navy"),
        describe("shirt", "blue polo"),
        gender="Men",
        title="Peter England Casuals Men Beige Slim Fit Solid Chinos",
        category="Trousers",
        color="Beige",
    ),
    # Truth: white pullover hoodie, black tapered jeans, black boots, studio shot.
    # Texts: base OPT-2.7b zero-shot; the jeans get the hoodie's white.
    case(
        "X1192-020",
        caption("a man in a white hoodie and black jeans"),
        he("a hoodie and jeans"),
        color_open("jeans", "white", "other_garment_color"),
        details("jeans", "they are slim fit"),
        color_open("shirt", "white"),
        describe("shirt", "a white hoodie with a hood"),
        gender="Men",
        title="Levis Men Black 512 Slim Tapered Fit Jeans",
        category="Jeans",
        color="Black",
    ),
    # Truth: side view mid-stride; black running tank, blue shorts with a small reflective logo, no back pocket.
    # Texts: base OPT-2.7b zero-shot; the shorts details keep listing to the limit. No gender in this row.
    case(
        "X1192-021",
        caption("a man running in blue shorts"),
        he("running shorts"),
        color_open("shorts", "blue"),
        details(
            "shorts",
            "they have a pocket in the back and a zipper on the side and a drawstring on the front and a logo on the"
            " leg and a",
            "cut",
            hit_limit=True,
        ),
        color_open("shirt", "black"),
        describe("shirt", "black tank top"),
        title="HRX by Hrithik Roshan Men Blue Rapid-Dry Running Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Truth: black crew-neck tee, olive cargo trousers with side pockets, black boots.
    # Texts: base OPT-2.7b zero-shot; the shirt color question takes the trousers' olive.
    case(
        "X1192-022",
        caption("a man in a black t-shirt and green cargo pants"),
        he("cargo pants"),
        color_open("pants", "olive"),
        details("pants", "the pants have pockets on the side"),
        color_open("shirt", "green", "contradiction"),
        describe("shirt", "black"),
        gender="Men",
        title="Mufti Men Olive Slim Fit Solid Cargo Trousers",
        category="Trousers",
        color="Olive",
    ),
    # Truth: grey melange tee, navy straight track pants with zipped side pockets, sneakers.
    # Texts: base OPT-2.7b zero-shot; grey for both garments, in the caption and the pants color.
    case(
        "X1192-023",
        caption("a man in grey t-shirt and grey pants", "contradiction"),
        he("a grey t-shirt and navy pants"),
        color_open("pants", "grey", "other_garment_color"),
        details("pants", "they have zippered pockets"),
        color_open("shirt", "grey"),
        describe("shirt", "it's a grey t shirt"),
        gender="Men",
        title="Jockey Men Navy Blue Straight Fit Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Truth: white linen shirt, sleeves rolled, light blue jeans, tan loafers; the model half-sits on a wooden stool.
    # Texts: base OPT-2.7b zero-shot.
    case(
        "X1192-024",
        caption("a man sitting on a stool wearing a white shirt and jeans"),
        he("jeans and a white shirt"),
        color_open("jeans", "light blue"),
        details("jeans", "they are light blue", "non_answer"),
        color_open("shirt", "white"),
        describe("shirt", "the shirt is white with long sleeves"),
        details("shirt", "the shirt has a collar and buttons"),
        gender="Men",
        title="Roadster Men Light Blue Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Truth: pink formal shirt tucked in, black belt, charcoal flat-front tapered trousers, black shoes.
    # Texts: base OPT-2.7b zero-shot; the pleats are invented.
    case(
        "X1192-025",
        caption("a man in a pink shirt and gray pants"),
        he("a pink shirt and grey pants"),
        color_open("pants", "gray"),
        details("pants", "pleated", "unsupported"),
        color_open("shirt", "pink"),
        describe("shirt", "pink"),
        gender="Men",
        title="Arrow Men Charcoal Grey Tapered Fit Solid Formal Trousers",
        category="Trousers",
        color="Charcoal",
    ),
    # Truth: mustard-yellow tee, blue slim jeans, white sneakers, hands in the front pockets; the tee has no pocket.
    # Texts: base OPT-2.7b zero-shot; the restated jeans details, an invented tee pocket.
    case(
        "X1192-026",
        caption("a man in a yellow shirt and blue jeans"),
        he("yellow t-shirt and blue jeans"),
        color_open("jeans", "blue"),
        details("jeans", "the details of the jeans", "restated"),
        color_open("shirt", "yellow"),
        describe("shirt", "it is a yellow t-shirt with a pocket", "unsupported"),
        gender="Men",
        title="Being Human Men Blue Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Truth: red/white/navy striped polo worn untucked over navy chino shorts (belt loops, no belt), boat shoes.
    # Texts: base OPT-2.7b zero-shot.
    case(
        "X1192-027",
        caption("a man in a striped shirt and blue shorts"),
        he("shorts and a striped polo shirt"),
        color_open("shorts", "blue"),
        details("shorts", "they have a belt", "unsupported"),
        color_open("shirt", "red white and blue"),
        describe("shirt", "it is a striped shirt"),
        gender="Men",
        title="Tommy Hilfiger Men Navy Blue Solid Regular Fit Chino Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Truth: white sports tee, black slim track pants with zips at the ankles, running shoes.
    # Texts: base OPT-2.7b zero-shot; the first shirt color question takes the pants' black.
    case(
        "X1192-028",
        caption("a man in a white shirt and black pants"),
        he("sweatpants"),
        color_open("pants", "black"),
        details("pants", "zipper at the bottom"),
        color_open("shirt", "black", "contradiction"),
        shirt_color("white"),
        describe("shirt", "a white t-shirt"),
        gender="Men",
        title="Alcis Men Black Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Truth: crop from the chest down, no face; untucked black tee, blue jeans with light fading, hands at sides.
    # Texts: base OPT-2.7b zero-shot.
    case(
        "X1192-029",
        caption("a close up of a man's jeans"),
        he("jeans"),
        color_open("jeans", "blue"),
        details("jeans", "they have a zipper and a button"),
        color_open("shirt", "black"),
        describe("shirt", "it's a shirt", "non_answer"),
        gender="Men",
        title="Pepe Jeans Men Blue Slim Fit Mid-Rise Low Distress Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Truth: male model with long hair tied back; mustard tee, blue slim jeans, brown chelsea boots.
    # Texts: base OPT-2.7b zero-shot; the caption takes him for a woman.
    case(
        "X1192-030",
        caption("a woman in a yellow shirt and jeans", "pronoun"),
        he("jeans and a yellow shirt"),
        color_open("jeans", "blue"),
        details("jeans", "they have five pockets"),
        color_open("shirt", "yellow"),
        describe("shirt", "a yellow t-shirt"),
        gender="Men",
        title="Mast & Harbour Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Truth: back view; grey tee, black training shorts with a small white Puma cat on the back of the left leg.
    # Texts: base OPT-2.7b zero-shot. No gender in this row.
    case(
        "X1192-031",
        caption("the back of a man wearing black shorts and a grey shirt"),
        he("shorts"),
        color_open("shorts", "black"),
        details("shorts", "they have a puma logo on the back"),
        color_open("shirt", "grey"),
        describe("shirt", "a grey shirt"),
        title="Puma Men Black Solid Regular Fit Training Shorts",
        category="Shorts",
        color="Black",
    ),
    # Truth: navy blazer over a white shirt, beige formal trousers, brown brogues, a paper coffee cup in hand.
    # Texts: base OPT-2.7b zero-shot; the trousers get the blazer's blue.
    case(
        "X1192-032",
        caption("a man in a blue blazer and khaki pants holding a cup of coffee"),
        he("a blue blazer and khaki pants"),
        color_open("pants", "blue", "other_garment_color"),
        details("pants", "khaki pants", "non_answer"),
        color_open("shirt", "white"),
        describe("shirt", "a white dress shirt under a blue jacket"),
        gender="Men",
        title="Van Heusen Men Beige Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Beige",
    ),
    # Truth: grey crew sweatshirt, mid-blue regular jeans, brown boots; the fabric content is not visible.
    # Texts: base OPT-2.7b zero-shot.
    case(
        "X1192-033",
        caption("a man in a grey sweatshirt and jeans"),
        he("jeans"),
        color_open("jeans", "blue"),
        details("jeans", "the jeans are made of 100% cotton", "unsupported"),
        color_open("shirt", "grey"),
        describe("shirt", "a grey sweater"),
        gender="Men",
        title="Levis Men Blue 505 Regular Fit Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Truth: red zipped track jacket, plain black track pants (no stripes, no piping), black sneakers.
    # Texts: base OPT-2.7b zero-shot.
    case(
        "X1192-034",
        caption("a man in a red jacket and black pants"),
        he("a red jacket and black pants"),
        color_open("pants", "red", "other_garment_color"),
        details("pants", "they have a stripe on the side", "unsupported"),
        color_open("shirt", "red"),
        describe("shirt", "it's a red jacket"),
        gender="Men",
        title="Proline Active Men Black Solid Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Truth: white shirt, dark navy raw-look jeans, brown boots.
    # Texts: base OPT-2.7b zero-shot; the details answer opens with the format's "Answer:".
    case(
        "X1192-035",
        caption("a man in a white shirt and dark blue jeans"),
        he("a white shirt and blue jeans"),
        color_open("jeans", "dark blue"),
        details("jeans", "Answer: the jeans are slim fit", "leak"),
        color_open("shirt", "white"),
        describe("shirt", "white shirt with long sleeves"),
        gender="Men",
        title="Roadster Men Navy Blue Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Navy Blue",
    ),
    # Truth: flat lay, no person: grey chinos laid flat on a light grey backdrop, front button and fly visible.
    # Texts: base OPT-2.7b zero-shot; both shirt answers invent a shirt.
    case(
        "X1192-036",
        caption("a pair of grey pants"),
        he("a pair of grey pants"),
        color_open("pants", "grey"),
        details("pants", "the pants have a button and a zipper"),
        color_open("shirt", "grey", "unsupported"),
        describe("shirt", "grey", "unsupported"),
        gender="Men",
        title="Jack & Jones Men Grey Slim Fit Solid Chinos",
        category="Trousers",
        color="Grey",
    ),
    # Truth: white tank top, mid-blue denim shorts with a frayed raw hem, flip-flops.
    # Texts: base OPT-2.7b zero-shot; the shorts details give only the fabric the title already names.
    case(
        "X1192-037",
        caption("a man in denim shorts and a white tank top"),
        he("denim shorts"),
        color_open("shorts", "blue"),
        details("shorts", "denim", "non_answer"),
        color_open("shirt", "white"),
        describe("shirt", "a white tank top"),
        gender="Men",
        title="Ether Men Blue Mid-Rise Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Truth: matching navy hoodie and navy joggers with a drawstring waist, grey backdrop.
    # Texts: base OPT-2.7b zero-shot; the shirt description loops to the limit.
    case(
        "X1192-038",
        caption("a man in a blue hoodie and blue pants"),
        he("a blue hoodie and blue pants"),
        color_open("pants", "blue"),
        details("pants", "the pants have a drawstring"),
        color_open("shirt", "blue"),
        describe(
            "shirt",
            "a blue hoodie with a hood and a hood and a hood and a hood and a hood and a hood and a hood and a hood and"
            " a hood",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="HRX by Hrithik Roshan Men Navy Blue Solid Joggers",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Truth: maroon formal shirt, black slim trousers, black belt and shoes.
    # Texts: base OPT-2.7b zero-shot.
    case(
        "X1192-039",
        caption("a man in a red shirt and black pants"),
        he("a red shirt and black pants"),
        color_open("pants", "black"),
        details("pants", "they are black", "non_answer"),
        color_open("shirt", "red"),
        shirt_color("maroon"),
        describe("shirt", "a maroon shirt with a collar"),
        gender="Men",
        title="Blackberrys Men Black Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Black",
    ),
    # Truth: light blue denim shirt, mid-blue jeans with mild whiskering and a small abrasion at one knee.
    # Texts: base OPT-2.7b zero-shot.
    case(
        "X1192-040",
        caption("a man in a denim shirt and jeans"),
        he("a denim shirt and jeans"),
        color_open("jeans", "blue"),
        details("jeans", "they are distressed"),
        color_open("shirt", "blue"),
        describe("shirt", "a denim shirt"),
        gender="Men",
        title="Levis Men Blue Slim Fit Mid-Rise Mildly Distressed Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Truth: blue-and-white checked shirt open over a white tee, navy cotton chinos (not denim), white sneakers.
    # Texts: base OPT-2.7b zero-shot; the pants color runs on into the next questions of the format.
    case(
        "X1192-041",
        caption("a man in a checkered shirt and blue pants"),
        he("a checkered shirt and jeans", "contradiction"),
        color_open(
            "pants",
            "blue Question: What are the pants details? Answer: they are slim fit Question: What is the color of the"
            " shirt? Answer:",
            "leak",
            hit_limit=True,
        ),
        details("pants", "slim fit"),
        color_open("shirt", "blue and white"),
        describe("shirt", "a plaid shirt"),
        gender="Men",
        title="Highlander Men Navy Blue Slim Fit Solid Chinos",
        category="Trousers",
        color="Navy Blue",
    ),
    # Truth: navy tee, grey melange sweat shorts, white socks and sneakers, a steel water bottle in hand.
    # Texts: base OPT-2.7b zero-shot; the shirt color question takes the shorts' grey.
    case(
        "X1192-042",
        caption("a man in a blue shirt and grey shorts holding a water bottle"),
        he("shorts and a t-shirt"),
        color_open("shorts", "grey"),
        details("shorts", "they are sweat shorts"),
        color_open("shirt", "grey", "contradiction"),
        describe("shirt", "navy blue t-shirt"),
        gender="Men",
        title="Jack & Jones Men Grey Melange Solid Regular Fit Sweat Shorts",
        category="Shorts",
        color="Grey Melange",
    ),
    # Truth: navy polo, white slim chinos, brown loafers.
    # Texts: base OPT-2.7b zero-shot; the pants details answer gives only the two colors. No gender in this row.
    case(
        "X1192-043",
        caption("a man in a blue shirt and white pants"),
        he("white pants"),
        color_open("pants", "white"),
        details("pants", "the pants are white and the shirt is blue", "non_answer"),
        color_open("shirt", "blue"),
        describe("shirt", "it is a blue polo shirt"),
        title="Louis Philippe Sport Men White Slim Fit Solid Chinos",
        category="Trousers",
        color="White",
    ),
    # Truth: white tee, black slim jeans (zip fly, five pockets), black sneakers.
    # Texts: base OPT-2.7b zero-shot; the jeans details keep listing until the limit.
    case(
        "X1192-044",
        caption("a man in black jeans and a white t-shirt"),
        he("jeans"),
        color_open("jeans", "black"),
        details(
            "jeans",
            "the jeans have a zip fly and a button closure and two side pockets and two back pockets and a coin pocket"
            " and belt loops and a",
            "cut",
            hit_limit=True,
        ),
        color_open("shirt", "white"),
        describe("shirt", "it's a white t-shirt"),
        gender="Men",
        title="Spykar Men Black Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Black",
    ),
    # Truth: white tee, grey track pants with a small Puma logo on the left thigh, white sneakers.
    # Texts: base OPT-2.7b zero-shot; the wearing answer calls him "she"; the pants details come back empty.
    case(
        "X1192-045",
        caption("a man in grey sweatpants and a white shirt"),
        he("she is wearing grey sweatpants", "pronoun"),
        color_open("pants", "grey"),
        details("pants", "", "non_answer"),
        color_open("shirt", "white"),
        describe("shirt", "white"),
        gender="Men",
        title="Puma Men Grey Solid Track Pants",
        category="Track Pants",
        color="Grey",
    ),
]
