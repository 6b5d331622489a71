"""BLIND_741 (46 products; Myntra men's activewear, caption adapter epoch 2): written blind in the fifty-fifth session.
Measured blind at eb48159 (the session's second rules): 116/128 failures found (90.6%) and 6/176 correct texts flagged
(3.4%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's activewear and sportswear: track pants, joggers, tracksuits, training and running
t-shirts, polos, tank tops, shorts, compression tights, track jackets, windcheaters and hooded sweatshirts. Catalog
shots on a white (once grey) backdrop, 3:4 stretched to square; the model nearly always wears a second garment (a tee
over the track pants, shorts under the tee, a tee under an open jacket), sometimes holds a prop (football, dumbbell,
water bottle); one flat lay of a two-pack and one ghost-mannequin hoodie. Seller columns: title, category (Myntra's
article_type), color (base_colour), gender; three rows lack one column (color, category or gender).

Who wrote what: captions and every open answer (wearing, describe, details, material, open color questions) come
from the caption adapter at epoch 2, an intermediate checkpoint of the caption fine-tune (same LoRA recipe as the
published epoch-1 and epoch-3 adapters, labels unmasked, no end-of-answer token trained). Its habits: about half its
captions are the DeepFashion template ("The man wears a short-sleeve T-shirt with pure color patterns and a long
pants. The pants are with cotton fabric ...") and half are short base-model style captions with hue names; it still
stops on a newline often enough, but a good share of texts run to the limit (50 tokens for captions, 30 for
answers) and end cut mid-phrase or in a loop; it answers open questions with template fragments, gives the product
the color of the other garment in the shot, invents details it cannot see, now and then writes the next
"Question: ... Answer:" turn, echoes the question, or says "she" for a man. Closed answers (garment type, color,
pattern, sleeve length, "Is this a ...?") come from enrich's --engine reference, which picks one candidate: short,
never looped or cut, but sometimes the wrong candidate.

Labeling conventions and judgement calls:
- One label per text. When a text has two faults, leak and loop win (the form is the failure), then wrong content
  (pronoun, other_garment_color, contradiction, unsupported), then cut, restated, non_answer. A cut text that also
  invents a detail is labeled unsupported and keeps hit_limit=True.
- hit_limit=True on every loop and cut, on leaks that ran on into the next turn, and on any text that ran to its
  token limit; texts that stopped on their own have hit_limit=False.
- other_garment_color is used for free text only (captions and open answers) that gives the product the color of
  another garment in the shot (the tee's white for the track pants). A closed answer that picks the other
  garment's color is labeled contradiction, since the reference engine only ranks candidates.
- A color that belongs to the product itself but is not its main color (the red side panel of black track pants,
  the white lettering of a black tee, the green print of a grey tee) given as the product's color is contradiction,
  not other_garment_color. A caption that swaps the colors of product and trim, matching the other garment, is
  other_garment_color.
- Shades inside the seller's color group are correct (teal as blue, olive as green, khaki as beige, grey melange as
  grey, maroon as maroon or red, light pink for pink). Across groups (charcoal as black, lime as yellow, light grey
  as white, olive as brown, navy as black) is contradiction.
- Side stripes, piping and tapes on track pants and shorts are details, not a pattern: "solid" is correct for them;
  camouflage panels and colour-block yokes are a pattern.
- Garment synonyms are correct: joggers as track pants, tank top for a sleeveless tee, leggings for compression
  tights, the template's "sweater" for a sweatshirt, "sweatpants" for joggers. A half-zip sweatshirt called a
  jacket, track pants called jeans or shorts, a crew tee called a polo: contradiction.
- The template's "cotton fabric" is unsupported only where the title names a performance fabric (Dri-FIT, HeatGear,
  Rapid-Dry, compression) or the photo shows a nylon shell; where the title is silent and the garment looks like
  jersey or fleece it is left as correct. Leather, wool and denim for activewear are unsupported.
- Details the view cannot show (back pockets in a front view, inner lining, mesh under lowered arms, a name on the
  back, thumb holes under the cuffs) and things absent from the photo (a hood, a watch, a chest pocket, a zip) are
  unsupported. Claiming a person wears the flat-lay two-pack is unsupported.
- One-word or yes answers to an open question are non_answer; a one-word answer that is the other garment's color
  is other_garment_color. Answers that only give the question's words back ("the tracksuit is a tracksuit") are
  restated.
- pronoun: "she" (or "the lady") for a man, including when the prompt itself said "she" and the answer echoed it.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    wearing,
)

Q = BLIND_QUESTIONS

BLIND_741 = [
    # photo: navy track pants with two white side stripes, shiny tricot; white crew tee, white sneakers; white
    # backdrop, full-length front view. Caption and open answers: caption adapter ep. 2; closed: reference engine.
    case(
        "X741-001",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants have solid"
            " color patterns with a white stripe on the side."
        ),
        wearing("a white t-shirt and navy blue track pants with white stripes", who="the man"),
        color_of("track pants", "navy blue"),
        Q.garment_type("shorts", "contradiction"),
        Q.pattern("solid"),
        details(
            "track pants",
            "white stripes on the side, white stripes on the side, white stripes on the side, white stripes on the"
            " side, white",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        title="Puma Men Navy Blue Solid Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black cuffed joggers with drawstring and side slash pockets; grey melange tee, grey sneakers; white
    # backdrop, three-quarter view. Caption adapter ep. 2 wrote the caption and open answers; reference engine closed.
    case(
        "X741-002",
        caption("a man in a grey t-shirt and black joggers standing in front of a white wall"),
        wearing("a grey t-shirt and black joggers"),
        color_of("joggers", "grey", "other_garment_color", kind="open"),
        Q.garment_type("track pants"),
        describe(
            "joggers",
            "The joggers have an elastic waistband with a drawstring, ribbed cuffs at the ankles and two side pockets",
        ),
        is_a("pair of shorts", "yes", "contradiction"),
        title="Proline Men Black Solid Joggers",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: heather grey crew-neck tee with a small black swoosh on the chest; black shorts; white backdrop, front
    # view. Caption adapter ep. 2: caption, open answers; reference engine: color, sleeve length.
    case(
        "X741-003",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with knitting"
            " fabric and it has a round neckline. The gentleman wears a shorts. The shorts are with",
            "cut",
            hit_limit=True,
        ),
        wearing("He is wearing a grey t-shirt and black shorts.", who="he"),
        Q.color("grey"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        Q.sleeve_length("short sleeve"),
        Q.material("cotton", "unsupported"),
        details("t-shirt", "a small black logo on the chest and a crew neck"),
        title="Nike Men Grey Melange Dri-FIT Training T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: red running shorts with split hem and small white logo on the left leg; black tee worn out; black
    # sneakers; white backdrop, torso to knees. Caption adapter ep. 2 open texts; reference engine closed.
    case(
        "X741-004",
        caption("a man wearing a black t-shirt and red shorts"),
        color_of("shorts", "black", "contradiction"),
        Q.garment_type("shorts"),
        details("shorts", "The shorts have a split hem, a small white logo on the left leg and an elastic waistband"),
        wearing("She is wearing a black top and red shorts", "pronoun", who="the man"),
        Q.pattern("solid"),
        title="Reebok Men Red Running Shorts",
        category="Shorts",
        color="Red",
        gender="Men",
    ),
    # photo: olive full-zip track jacket, stand collar, three white stripes on each sleeve, worn open over a black
    # tee; black track pants; white backdrop, front view; no hood. Caption adapter ep. 2; reference engine closed.
    case(
        "X741-005",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns and a long pants. The jacket has a stand"
            " collar and three white stripes on the sleeves. The pants are black."
        ),
        wearing("a black t-shirt under a green jacket and black pants"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        Q.sleeve_length("long sleeve"),
        describe(
            "jacket",
            "The jacket is olive green with a full zip, a stand collar, white stripes on the sleeves and a hood",
            "unsupported",
        ),
        is_a("jacket", "yes"),
        Q.material("polyester"),
        title="Adidas Men Olive Green Track Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: charcoal slim track pants with zip side pockets and zips at the ankles; white tee with a black graphic
    # print; white backdrop, front view. Caption adapter ep. 2 open texts; reference engine closed.
    case(
        "X741-006",
        caption(
            "This man wears a short-sleeve T-shirt with graphic patterns and a long pants. The pants are with solid"
            " color patterns. The lower clothing is of long length. The lower clothing is of long length. The lower"
            " clothing is",
            "loop",
            hit_limit=True,
        ),
        wearing("white t-shirt and grey track pants"),
        Q.color("charcoal"),
        details("track pants", "zippered pockets on both sides and zips at the ankles"),
        Q.pattern("graphic", "contradiction"),
        Q.material("The pants are with cotton fabric and solid color patterns.", "unsupported"),
        title="HRX by Hrithik Roshan Men Charcoal Rapid-Dry Running Track Pants",
        category="Track Pants",
        color="Charcoal",
        gender="Men",
    ),
    # photo: neon lime tee with a black swoosh on the chest; black shorts; white backdrop; model in a running pose.
    # Caption adapter ep. 2 caption and open answers; reference engine color and sleeve length.
    case(
        "X741-007",
        caption("a man in a neon green t-shirt and black shorts running"),
        Q.color("green"),
        color_of("t-shirt", "yellow", "contradiction", kind="open"),
        Q.sleeve_length("short sleeve"),
        details(
            "t-shirt",
            "black nike logo on the chest, black nike logo on the chest, black nike logo on the chest, black nike",
            "loop",
            hit_limit=True,
        ),
        wearing("Question: What is the person wearing? Answer: a green t-shirt and black shorts", "leak"),
        title="Nike Men Lime Green Dri-FIT Training T-shirt",
        category="Tshirts",
        color="Lime Green",
        gender="Men",
    ),
    # photo: navy pullover hoodie with kangaroo pocket, white drawstrings, small white cat logo on the chest; grey
    # joggers; white backdrop, front view. Caption adapter ep. 2 open texts; reference engine closed.
    case(
        "X741-008",
        caption(
            "The man is wearing a long-sleeve sweater with pure color patterns. It has a hooded neckline. The man"
            " wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a navy blue hoodie and grey sweatpants"),
        Q.color("navy blue"),
        describe("hoodie", "The hoodie is grey with a kangaroo pocket and white drawstrings", "other_garment_color"),
        Q.garment_type("sweatshirt"),
        details(
            "hoodie",
            "The hoodie details are the hood, the sleeves, the hood, the sleeves, the hood, the sleeves, the hood",
            "loop",
            hit_limit=True,
        ),
        title="Puma Men Navy Blue Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: blue camouflage crew tee (navy, sky blue and grey blotches), no pockets or trims; black track pants;
    # white backdrop, front view. Caption adapter ep. 2 open texts; reference engine closed.
    case(
        "X741-009",
        caption(
            "The man wears a short-sleeve T-shirt with camouflage patterns. The T-shirt is with cotton fabric and it"
            " has a crew neckline. The man wears a long pants. The pants are with cotton fabric and solid color",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        color_of("t-shirt", "blue, grey and navy", kind="open"),
        wearing("a blue camouflage t-shirt and black track pants", who="he"),
        Q.material("The material of the garment is the material", "restated"),
        details("t-shirt", "a zip pocket on the chest and reflective strips on the sleeves", "unsupported"),
        is_a("t-shirt", "yes"),
        title="Wildcraft Men Blue Camouflage Print Training T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: maroon track pants with black piping along the side seams, drawstring showing at the waist; black tee;
    # white backdrop, side three-quarter view (the back is not visible). Caption adapter ep. 2; reference engine.
    case(
        "X741-010",
        caption("a man in a black shirt and maroon pants"),
        Q.color("maroon"),
        color_of("track pants", "black", "other_garment_color", kind="open"),
        details("track pants", "black piping along the sides and an elastic waist with a drawstring"),
        Q.garment_type("track pants"),
        describe(
            "track pants",
            "The track pants are maroon with black piping and a zip pocket at the back",
            "unsupported",
        ),
        title="Lotto Men Maroon Track Pants",
        category="Track Pants",
        color="Maroon",
        gender="Men",
    ),
    # photo: white pique polo, navy tipping on the collar and sleeve cuffs, two buttons, small red logo on the chest;
    # navy shorts; white backdrop, front view. Caption adapter ep. 2 open texts; reference engine closed.
    case(
        "X741-011",
        caption(
            "She wears a short-sleeve polo shirt with pure color patterns. The neckline of it is lapel. She wears a"
            " shorts. The shorts are navy.",
            "pronoun",
        ),
        Q.color("white"),
        Q.garment_type("polo shirt"),
        Q.sleeve_length("long sleeve", "contradiction"),
        color_of("polo shirt", "navy blue", "other_garment_color", kind="open"),
        details("polo shirt", "navy tipping on the collar and sleeves, two buttons and a small red logo on the chest"),
        wearing(
            "The man is wearing a white polo shirt and navy blue shorts. Question: What is the man wearing? Answer:"
            " The man is wearing a white",
            "leak",
            who="the man",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Fila Men White Polo T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: black glossy nylon windcheater zipped to the chin, hood folded down, small silver reflective logo on
    # the chest; black track pants; white backdrop, front view. Caption adapter ep. 2; reference engine closed.
    case(
        "X741-012",
        caption(
            "The man is wearing a long-sleeve jacket with pure color patterns. The jacket is with leather fabric and"
            " it has a hooded neckline.",
            "unsupported",
        ),
        wearing("a black jacket and black pants"),
        Q.color("black"),
        Q.material("nylon"),
        describe("jacket", "black", "non_answer"),
        is_a("jacket", "yes"),
        Q.sleeve_length("long sleeve"),
        title="Wildcraft Men Black Hooded Windcheater",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: light grey melange cotton joggers, ribbed cuffs, side pockets, drawstring; navy tee; white backdrop,
    # front view; no back shown, no reflective trims. Caption adapter ep. 2; reference engine closed. No color column.
    case(
        "X741-013",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with cotton"
            " fabric and pure color patterns. The pants are with cotton fabric and pure color patterns. The pants are"
            " with cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("navy blue t-shirt and grey joggers", who="the man"),
        color_of("joggers", "navy blue", "contradiction"),
        Q.material("cotton"),
        details("joggers", "ribbed cuffs at the ankles, side pockets and a drawstring waist"),
        describe(
            "joggers",
            "The joggers are grey with a zip pocket on the back and reflective stripes on the ankles",
            "unsupported",
        ),
        title="Jockey Men Grey Melange Cotton Joggers",
        category="Track Pants",
        gender="Men",
    ),
    # photo: teal crew tee with a small reflective logo on the chest, arms down; black running shorts; white
    # backdrop; model holds a water bottle. Caption adapter ep. 2 open texts; reference engine closed.
    case(
        "X741-014",
        caption("a man in a blue shirt holding a water bottle"),
        Q.color("teal"),
        color_of("t-shirt", "teal green", kind="open"),
        Q.sleeve_length("sleeveless", "contradiction"),
        details(
            "t-shirt",
            "The t-shirt has a reflective logo on the chest and a round neck with mesh panels under the arms",
            "unsupported",
        ),
        wearing("He is wearing a teal t-shirt, black shorts and holding a bottle of water", who="the man"),
        title="ASICS Men Teal Running T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: black shorts with three white side stripes; white tee with a black logo print; white sneakers; white
    # backdrop, front view. Caption adapter ep. 2 caption and open answers; reference engine closed.
    case(
        "X741-015",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns and a shorts. The shorts are white with black"
            " stripes on the side.",
            "other_garment_color",
        ),
        wearing("a white t-shirt and black shorts with white stripes"),
        Q.color("black"),
        Q.garment_type("shorts"),
        details("shorts", "three white stripes on the sides"),
        describe("shorts", "shorts", "non_answer"),
        is_a("pair of track pants", "no"),
        Q.material(
            "The shorts are made of polyester material and the shorts are made of polyester material and the shorts"
            " are made",
            "loop",
            hit_limit=True,
        ),
        title="Adidas Men Black 3-Stripes Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: bright yellow sleeveless training tee with wide armholes and black ASICS lettering on the chest; black
    # shorts; white backdrop, front view only. Caption adapter ep. 2 open texts; reference engine closed.
    case(
        "X741-016",
        caption("She wears a tank top with graphic patterns and a pair of black shorts.", "pronoun"),
        Q.sleeve_length("sleeveless"),
        Q.color("yellow"),
        wearing("a yellow tank top and black shorts"),
        describe("tank top", "The tank top is black with yellow letters on the chest", "other_garment_color"),
        details("tank top", "racerback with mesh panels on the sides", "unsupported"),
        Q.garment_type("tank top"),
        title="ASICS Men Yellow Sleeveless Training T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: navy tracksuit, zipped jacket with high collar and matching pants, white piping on sleeves and down the
    # legs; white sneakers; white backdrop, front view. Caption adapter ep. 2; reference engine closed.
    case(
        "X741-017",
        caption("a man in a navy blue track suit standing on a white background"),
        wearing("a black jacket and black pants", "contradiction", who="the man"),
        Q.garment_type("tracksuit"),
        color_of("tracksuit", "navy blue"),
        details(
            "tracksuit",
            "The tracksuit has white piping along the sleeves and down the sides of the pants, a full zip jacket"
            " with a high collar and two",
            "cut",
            hit_limit=True,
        ),
        Q.material("polyester"),
        describe("tracksuit", "Describe the tracksuit. The tracksuit is a tracksuit.", "restated"),
        title="Performax Men Navy Blue Tracksuit",
        category="Tracksuits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: orange fitted running tee with a silver reflective logo on the chest; black shorts; white backdrop,
    # front view. Caption adapter ep. 2 caption and open answers; reference engine closed.
    case(
        "X741-018",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and it has"
            " a round neckline. The man wears a shorts.",
            "unsupported",
        ),
        Q.color("orange"),
        color_of("t-shirt", "orange with a silver logo", kind="open"),
        Q.pattern("solid"),
        wearing("orange", "non_answer", who="the man"),
        Q.material("polyester"),
        title="Under Armour Men Orange HeatGear Running T-shirt",
        category="Tshirts",
        color="Orange",
        gender="Men",
    ),
    # photo: light grey crew-neck sweatshirt, ribbed cuffs and hem, no print, no zip, no hood; black joggers; white
    # backdrop, front view. Caption adapter ep. 2; reference engine closed.
    case(
        "X741-019",
        caption(
            "The man is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It"
            " has a round neckline. The man wears a long pants."
        ),
        wearing("grey sweatshirt and black track pants"),
        Q.color("grey"),
        color_of("sweatshirt", "white", "contradiction", kind="open"),
        details("sweatshirt", "a zipper on the front and a hood", "unsupported"),
        describe("sweatshirt", "The sweatshirt is black with ribbed cuffs", "other_garment_color"),
        Q.sleeve_length("long sleeve"),
        title="Alcis Men Grey Solid Sweatshirt",
        category="Sweatshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: olive, khaki and brown camouflage shorts; black tee; white backdrop, crop from waist to knees. Caption
    # adapter ep. 2 caption and open answers; reference engine closed.
    case(
        "X741-020",
        caption("a man in black shirt and camouflage shorts"),
        Q.pattern("printed"),
        color_of("shorts", "green, brown and beige camouflage", kind="open"),
        Q.color("black", "contradiction"),
        details("shorts", "The shorts details are the shorts details", "restated"),
        wearing(
            "a black t-shirt and camouflage shorts Question: What is the man wearing? Answer: a black t-shirt and"
            " camouflage shorts Question",
            "leak",
            who="the man",
            hit_limit=True,
        ),
        title="HRX by Hrithik Roshan Men Olive Camouflage Print Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: black track pants with a red side panel carrying white logo tape, zip pockets; white tee; white
    # sneakers; white backdrop, front view. Caption adapter ep. 2; reference engine closed.
    case(
        "X741-021",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with color"
            " block patterns. The pants are black with a red stripe on the side."
        ),
        Q.color("black"),
        Q.pattern("color block"),
        color_of("track pants", "red", "contradiction", kind="open"),
        details("track pants", "red panels on the sides with white kappa logos, an elastic waist and zip pockets"),
        wearing(
            "he is wearing a white t-shirt and black track pants with red stripes on the side of the legs and white"
            " shoes on his feet and a black",
            "cut",
            who="he",
            hit_limit=True,
        ),
        title="Kappa Men Black Track Pants with Red Side Panel",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: turquoise crew tee with black PUMA lettering across the chest; navy track pants; white backdrop; model
    # holds a football under his arm. Caption adapter ep. 2 open texts; reference engine closed.
    case(
        "X741-022",
        caption("a man holding a soccer ball wearing a blue t-shirt and dark blue pants"),
        Q.color("blue"),
        Q.garment_type("t-shirt"),
        details("t-shirt", "black puma logo printed across the chest"),
        color_of("t-shirt", "navy blue", "other_garment_color", kind="open"),
        is_a("polo shirt", "yes", "contradiction"),
        describe(
            "t-shirt", "Describe the t-shirt. The t-shirt is a t-shirt that is described as a t-shirt.", "restated"
        ),
        title="Puma Men Turquoise Blue Running T-shirt",
        category="Tshirts",
        color="Turquoise Blue",
        gender="Men",
    ),
    # photo: zip jacket with navy body, red shoulder yoke and a white band between, zipped; grey track pants; white
    # backdrop, front view. Caption adapter ep. 2; reference engine closed.
    case(
        "X741-023",
        caption(
            "The man is wearing a long-sleeve jacket with color block patterns. The jacket is with cotton fabric. It"
            " has a stand collar. The man wears a long pants. The pants are with pure color patterns and the lower"
            " clothing is of long",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue and red jacket and grey pants"),
        Q.color("navy blue"),
        Q.pattern("color block"),
        color_of("jacket", "red, white and blue", kind="open"),
        describe(
            "jacket",
            "The jacket is grey with red and white panels on the shoulders and a full zip",
            "other_garment_color",
        ),
        details(
            "jacket",
            "red shoulders, red shoulders, red shoulders, red shoulders, red shoulders, red shoulders, red shoulders,"
            " red",
            "loop",
            hit_limit=True,
        ),
        title="Fila Men Navy Blue & Red Colourblocked Sporty Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black compression tights with a small white swoosh at the thigh, worn under grey running shorts; grey
    # tee; white backdrop, front view. Caption adapter ep. 2; reference engine closed.
    case(
        "X741-024",
        caption("a man in grey shorts and black leggings"),
        Q.garment_type("leggings"),
        color_of("tights", "grey", "other_garment_color", kind="open"),
        Q.color("black"),
        wearing(
            "He is wearing a grey t-shirt, grey shorts and black tights. Question: What is he wearing? Answer: He is"
            " wearing a grey",
            "leak",
            who="the man",
            hit_limit=True,
        ),
        Q.material("The garment is made of cotton fabric and it has pure color patterns", "unsupported"),
        title="Nike Men Black Pro Compression Tights",
        category="Tights",
        color="Black",
        gender="Men",
    ),
    # photo: white lightweight running shorts with navy waistband and small navy logo on the left leg; navy tee;
    # white backdrop, front view. Caption adapter ep. 2 open texts; reference engine closed.
    case(
        "X741-025",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a shorts. The shorts are with pure"
            " color patterns."
        ),
        Q.color("white"),
        color_of("shorts", "blue", "other_garment_color", kind="open"),
        wearing("a navy shirt and white shorts"),
        details(
            "shorts",
            "The shorts have a navy blue waistband with a drawstring and a navy logo on the left leg and a zip pocket"
            " at the back and a",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("shorts"),
        title="ASICS Men White Running Shorts",
        category="Shorts",
        color="White",
        gender="Men",
    ),
    # photo: grey melange knit lounge shorts with drawstring and side pockets; white tee; barefoot; white backdrop,
    # front view. Caption adapter ep. 2 caption and open answers (its wearing prompt said "she"); reference engine.
    case(
        "X741-026",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a shorts. The shorts are with cotton"
            " fabric and pure color patterns. The lower clothing is of short length. The shorts have a",
            "cut",
            hit_limit=True,
        ),
        Q.color("white", "contradiction"),
        Q.material("cotton"),
        describe("shorts", "white", "other_garment_color"),
        details("shorts", "The shorts have an elastic waistband with a drawstring and two side pockets"),
        wearing("she is wearing a white t-shirt and grey shorts", "pronoun", who="she"),
        title="Jockey Men Grey Melange Cotton Lounge Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: royal blue full-zip hoodie worn open over a white tee, small white logo on the left chest, two front
    # pockets; black joggers; no watch or bracelet; white backdrop. Caption adapter ep. 2; reference engine closed.
    case(
        "X741-027",
        caption(
            "The man is wearing a long-sleeve jacket with pure color patterns. It has a hooded neckline. The man wears"
            " a long pants. The pants are with solid color patterns. There is an accessory on his wrist.",
            "unsupported",
        ),
        Q.color("blue"),
        Q.garment_type("sweatshirt"),
        wearing("a blue hoodie over a white t-shirt and black joggers", who="the man"),
        color_of("hoodie", "white", "other_garment_color", kind="open"),
        details(
            "hoodie",
            "a hood with drawstrings, a full zip front, a white puma logo on the chest and two pockets at the front",
        ),
        describe("hoodie", "it is a hoodie", "non_answer"),
        title="Puma Men Blue Printed Zip Hoodie",
        category="Sweatshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: black polo with three-button placket and a white logo on the chest, no pocket visible; grey track
    # pants; no watch; white backdrop, front view. Caption adapter ep. 2; reference engine closed.
    case(
        "X741-028",
        caption("a man in a black polo shirt and grey pants wearing a watch", "unsupported"),
        Q.garment_type("polo shirt"),
        Q.color("grey", "contradiction"),
        Q.sleeve_length("short sleeve"),
        describe(
            "polo shirt",
            "The polo shirt is black with a white logo on the chest and three buttons on the placket and a pocket on"
            " the",
            "cut",
            hit_limit=True,
        ),
        Q.material(
            "Question: What material is the garment made of? Answer: polyester Question: What material is the garment"
            " made of? Answer:",
            "leak",
            hit_limit=True,
        ),
        title="Lotto Men Black Polo Collar Sports T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: red long-sleeve compression top with a black logo on the chest; black track pants; hands on hips;
    # white backdrop. Caption adapter ep. 2 caption and open answers; reference engine closed.
    case(
        "X741-029",
        caption("a man in a red long sleeve shirt and black pants with his hands on his hips"),
        Q.sleeve_length("short sleeve", "contradiction"),
        Q.color("red"),
        color_of("t-shirt", "red", kind="open"),
        wearing("he is wearing a red long sleeve shirt and black pants", who="he"),
        details(
            "t-shirt",
            "The t-shirt details are black logo on the chest, black logo on the chest, black logo on the chest, black"
            " logo",
            "loop",
            hit_limit=True,
        ),
        Q.material("spandex"),
        title="Reebok Men Red Compression Full Sleeve T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: navy joggers with grey camouflage-print side panels, ribbed cuffs, drawstring; white tee; white
    # backdrop, front view. Caption adapter ep. 2 caption and open answers; reference engine closed.
    case(
        "X741-030",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with"
            " camouflage patterns and the lower clothing is of long length."
        ),
        Q.color("navy blue"),
        Q.pattern("solid", "contradiction"),
        details("joggers", "camo printed panels on the sides, ribbed cuffs and a drawstring waist"),
        color_of("joggers", "white", "other_garment_color", kind="open"),
        wearing("The person is wearing what the person is wearing", "restated"),
        title="HRX by Hrithik Roshan Men Navy Blue Joggers with Camouflage Panels",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: green football jersey with thin white vertical pinstripes and a white number 10 on the chest; white
    # shorts, white socks; white backdrop, front view (the back is not shown). Caption adapter ep. 2; reference engine.
    case(
        "X741-031",
        caption("a man in a green and white striped jersey with the number 10 on it"),
        Q.pattern("striped"),
        Q.color("green"),
        color_of("jersey", "green and white", kind="open"),
        describe(
            "jersey",
            "The jersey is green with thin white stripes, the number 10 on the chest and a player's name on the back",
            "unsupported",
        ),
        wearing(
            "a green jersey and white shorts and white socks and white shoes and white socks and white shoes and white"
            " socks and",
            "loop",
            who="the man",
            hit_limit=True,
        ),
        details("jersey", "yes", "non_answer"),
        Q.sleeve_length("short sleeve"),
        title="Nike Men Green Striped Football Jersey",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: charcoal lightweight running jacket half-zipped, black tee at the neck, silver reflective logo on the
    # chest, cuffs plain; black shorts; white backdrop. Caption adapter ep. 2; reference engine closed.
    case(
        "X741-032",
        caption(
            "The man is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has"
            " a stand collar. The man wears a shorts. The shorts are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        Q.color("black", "contradiction"),
        color_of("jacket", "dark grey", kind="open"),
        Q.material("polyester"),
        wearing("a grey jacket over a black t-shirt and black shorts", who="the man"),
        describe(
            "jacket",
            "The jacket has a zip, a stand collar, a reflective logo and thumb holes at the cuffs",
            "unsupported",
        ),
        title="ASICS Men Charcoal Grey Lightweight Running Jacket",
        category="Jackets",
        color="Charcoal",
        gender="Men",
    ),
    # photo: black tee with large white "TRAIN HARD" lettering across the chest; grey joggers; model holds a
    # dumbbell; white backdrop. Caption adapter ep. 2 (its wearing prompt said "she"); reference engine closed.
    case(
        "X741-033",
        caption("a man holding a dumbbell in a black t-shirt with the words train hard on it"),
        Q.pattern("graphic"),
        Q.color("black"),
        color_of("t-shirt", "white", "contradiction", kind="open"),
        details("t-shirt", "The t-shirt has the words train hard in white letters"),
        wearing("She is wearing a black t-shirt and grey sweatpants", "pronoun", who="she"),
        Q.material("the garment is made of the material of the garment", "restated"),
        title="Alcis Men Black Printed Training T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: maroon cotton shorts with white piping at the hem, white drawstring, side pockets; grey melange tee;
    # white backdrop, front view. Caption adapter ep. 2; reference engine closed.
    case(
        "X741-034",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a shorts. The shorts are with cotton"
            " fabric and pure color patterns."
        ),
        Q.color("maroon"),
        color_of("shorts", "grey", "other_garment_color", kind="open"),
        details("shorts", "white piping at the hem and a white drawstring"),
        is_a("pair of shorts", "yes"),
        describe(
            "shorts",
            "The shorts are maroon with white piping at the hem, an elastic waistband with a white drawstring and two"
            " side pockets on the",
            "cut",
            hit_limit=True,
        ),
        title="Proline Men Maroon Solid Cotton Shorts",
        category="Shorts",
        color="Maroon",
        gender="Men",
    ),
    # photo: mid grey track pants with two black stripes down each side, elastic waist; black tee, black shoes;
    # white backdrop, front view. Caption adapter ep. 2; reference engine closed.
    case(
        "X741-035",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants are black with"
            " grey stripes on the sides.",
            "other_garment_color",
        ),
        Q.color("grey"),
        wearing("black t-shirt and grey track pants with black stripes", who="the man"),
        details(
            "track pants",
            "two black stripes down the sides Question: What are the track pants details? Answer: two black stripes",
            "leak",
            hit_limit=True,
        ),
        Q.material("wool", "unsupported"),
        Q.garment_type("track pants"),
        title="Performax Men Grey Striped Track Pants",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: khaki cargo joggers with flap pockets on both thighs, cuffed, drawstring; white tee, white sneakers;
    # white backdrop, front view. Caption adapter ep. 2; reference engine closed.
    case(
        "X741-036",
        caption("a man in a white t-shirt and khaki pants with cargo pockets"),
        Q.color("beige"),
        color_of("joggers", "khaki", kind="open"),
        details("joggers", "flap pockets on both thighs, ribbed cuffs at the ankle and an elastic drawstring waist"),
        Q.garment_type("jeans", "contradiction"),
        describe("joggers", "The joggers are white with cargo pockets", "other_garment_color"),
        Q.material("denim", "unsupported"),
        wearing(
            "The man is wearing a white t-shirt, khaki cargo pants with pockets on the sides and white sneakers with",
            "cut",
            who="the man",
            hit_limit=True,
        ),
        title="Skechers Men Khaki Cotton Cargo Joggers",
        category="Track Pants",
        color="Khaki",
        gender="Men",
    ),
    # photo: navy muscle tank with deep armholes and a white logo on the chest; black shorts; arms flexed; white
    # backdrop. Caption adapter ep. 2 caption and open answers; reference engine closed.
    case(
        "X741-037",
        caption(
            "The man wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric and it"
            " has a round neckline. The man wears a shorts. The shorts are with cotton fabric and pure color"
            " patterns. The",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        Q.color("navy blue"),
        color_of("tank top", "black", "other_garment_color", kind="open"),
        wearing("she is wearing a navy tank top and black shorts", "pronoun", who="he"),
        details("tank top", "white logo on the chest"),
        title="Under Armour Men Navy Sleeveless Training T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: flat lay, no person: two solid crew tees side by side, one black and one olive, each with a small white
    # logo on the chest; white backdrop. Caption adapter ep. 2; reference engine closed. No category column.
    case(
        "X741-038",
        caption("two t-shirts, one black and one green, laid side by side on a white background"),
        wearing("The man is wearing a black t-shirt and a green t-shirt", "unsupported"),
        Q.garment_type("t-shirt"),
        Q.pattern("striped", "contradiction"),
        details(
            "t-shirts",
            "two t-shirts, two t-shirts, two t-shirts, two t-shirts, two t-shirts, two t-shirts, two t-shirts",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeve"),
        color_of("t-shirts", "black and olive green", kind="open"),
        title="Chkokko Men Pack of 2 Training T-shirts",
        color="Multi",
        gender="Men",
    ),
    # photo: white cotton tee with a band of royal blue horizontal stripes across the chest; navy shorts; white
    # backdrop, front view. Caption adapter ep. 2; reference engine closed.
    case(
        "X741-039",
        caption(
            "The man wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a"
            " round neckline. The man wears a shorts."
        ),
        Q.pattern("striped"),
        Q.color("white"),
        color_of("t-shirt", "navy blue", "other_garment_color", kind="open"),
        wearing("a white and blue striped t-shirt and navy shorts", who="the man"),
        describe(
            "t-shirt",
            "The t-shirt is white with blue stripes across the chest, short sleeves and a crew neck. Question:"
            " Describe the t-shirt. Answer:",
            "leak",
            hit_limit=True,
        ),
        title="Fila Men White & Blue Striped Cotton Sports T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: black tracksuit, jacket with three white stripes on the sleeves worn open over a white tee, matching
    # pants with white side stripes; black sneakers, white socks; white backdrop. Caption adapter ep. 2; reference.
    case(
        "X741-040",
        caption("a man in a black adidas track suit with white stripes"),
        Q.garment_type("tracksuit"),
        Q.color("white", "contradiction"),
        details(
            "tracksuit",
            "three white stripes, three white stripes, three white stripes, three white stripes, three white stripes,"
            " three",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "The man is wearing a black track suit with white stripes and a white t-shirt under the jacket and black"
            " shoes and white socks and",
            "cut",
            who="the man",
            hit_limit=True,
        ),
        Q.material("polyester"),
        title="Adidas Men Black Tracksuit",
        category="Tracksuits",
        color="Black",
        gender="Men",
    ),
    # photo: pale pink running tee with a white reflective print on the chest, no pockets; dark grey shorts; white
    # backdrop, front view. Caption adapter ep. 2; reference engine closed.
    case(
        "X741-041",
        caption("a man wearing a pink shirt and grey shorts"),
        Q.color("pink"),
        color_of("t-shirt", "light pink", kind="open"),
        describe(
            "t-shirt",
            "The t-shirt is pink with a white print on the chest and a zip pocket on the side",
            "unsupported",
        ),
        wearing("Question: What is he wearing? Answer: a pink t-shirt and grey shorts", "leak", who="he"),
        Q.sleeve_length("short sleeve"),
        is_a("t-shirt", "yes"),
        title="Puma Men Pink Running T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Men",
    ),
    # photo: ghost mannequin, no person: charcoal pullover fleece hoodie with drawstring hood, kangaroo pocket and
    # white WILDCRAFT lettering on the chest; light grey backdrop, front view. Caption adapter ep. 2; reference engine.
    case(
        "X741-042",
        caption("a dark grey hoodie with the word wildcraft on it"),
        Q.garment_type("sweatshirt"),
        Q.color("charcoal"),
        Q.material("fleece"),
        details(
            "hoodie",
            "The hoodie has a hood with a drawstring and a kangaroo pocket and the word wildcraft printed on the chest"
            " in",
            "cut",
            hit_limit=True,
        ),
        color_of("hoodie", "black", "contradiction", kind="open"),
        describe("hoodie", "hoodie", "non_answer"),
        title="Wildcraft Men Charcoal Hooded Fleece Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: royal blue running shorts with a white swoosh and side splits; black tee; model running, side view;
    # white backdrop (nothing of the inside is visible). Caption adapter ep. 2; reference engine closed.
    case(
        "X741-043",
        caption("a man running in a black shirt and blue shorts"),
        Q.color("blue"),
        color_of("shorts", "blue", kind="open"),
        details(
            "shorts",
            "The shorts have a mesh lining, a key pocket inside the waistband and reflective",
            "unsupported",
            hit_limit=True,
        ),
        wearing("yes", "non_answer", who="the man"),
        describe("shorts", "black shorts with a white logo", "other_garment_color"),
        Q.garment_type("shorts"),
        title="Nike Men Blue Running Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: olive track pants with zip side pockets and a small reflective tab near the hem; black tee; white
    # backdrop, front view. Caption adapter ep. 2 caption and open answers; reference engine closed.
    case(
        "X741-044",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with cotton"
            " fabric and pure color patterns. The man wears a pair of olive green pants. The man wears a pair of",
            "cut",
            hit_limit=True,
        ),
        Q.color("green"),
        color_of("track pants", "brown", "contradiction", kind="open"),
        details("track pants", "zip pockets on the sides and a small reflective tab near the hem"),
        wearing("a black t shirt and green track pants", who="the man"),
        describe("track pants", "The track pants are black with zip pockets", "other_garment_color"),
        Q.material("The material of the garment is the material of the pants", "restated"),
        title="HRX by Hrithik Roshan Men Olive Green Solid Track Pants",
        category="Track Pants",
        color="Olive",
        gender="Men",
    ),
    # photo: black half-zip long-sleeve training pullover with a white logo on the chest; grey melange track pants;
    # white backdrop, front view. Caption adapter ep. 2; reference engine closed.
    case(
        "X741-045",
        caption(
            "The man is wearing a long-sleeve sweater with pure color patterns. It has a stand neckline with a"
            " zipper. The man wears a long pants. The pants are with pure color patterns."
        ),
        Q.color("black"),
        Q.garment_type("jacket", "contradiction"),
        color_of("sweatshirt", "grey", "other_garment_color", kind="open"),
        wearing("She is wearing a black sweater and grey pants", "pronoun", who="he"),
        details("sweatshirt", "a half zip at the neck and a white logo on the chest"),
        title="Puma Men Black Half-Zip Training Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: grey melange cotton tee with a neon green geometric print on the chest, no pocket; black track pants;
    # white backdrop, front view. Caption adapter ep. 2; reference engine closed. No gender column.
    case(
        "X741-046",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and it has"
            " a round neckline. The man wears a long pants."
        ),
        Q.pattern("graphic"),
        Q.color("green", "contradiction"),
        color_of("t-shirt", "grey with a green print", kind="open"),
        wearing("a grey t-shirt with a green design and black pants"),
        Q.material("cotton"),
        details("t-shirt", "The t-shirt has a pocket on the chest", "unsupported"),
        describe(
            "t-shirt",
            "The t-shirt is grey melange with a neon green print on the chest. The t-shirt is grey melange with a neon"
            " green print on the chest. The",
            "loop",
            hit_limit=True,
        ),
        title="Sports52 wear Men Grey Melange Printed Cotton T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
]
