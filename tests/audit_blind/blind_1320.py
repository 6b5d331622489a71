"""BLIND_1320 (46 products; Myntra men's tees, polos and shirts, base BLIP-2 zero-shot): written blind in the sixty-
third session. Measured blind at d294d42 (the session's third rules): 49/64 failures found (76.6%) and 23/265 correct
texts flagged (8.7%). The writer's notes, verbatim:

Scenario: a Myntra men's topwear feed (article types Tshirts and Shirts; Myntra files polos under Tshirts) run
through the untuned Salesforce/blip2-opt-2.7b: a plain caption (no prompt, up to 50 new tokens), then enrich's
default questionnaire with free generation (`Question: ... Answer:`, greedy, up to 30 new tokens, stop at newline).
Photos are the catalog's usual shots: a model on a plain grey or white backdrop with jeans, chinos or shorts,
now and then a flat lay, a back view, a styled layer (an open shirt over a tee, a jacket or blazer over the
product), a prop (a dumbbell). Some products were asked only part of the questionnaire (the job skipped questions
that timed out), so cases hold 4 to 8 answers besides the caption.
Who wrote what: every text in this set is the base model's, caption and answers alike; no adapter, no QA model.
The base model mostly answers short and stops on its own, so loops, cuts and leaks are rare here; its failures are
colors (navy read as black, the print's or another garment's color), garment types on layered or styled shots,
wrong pronouns on long-haired models and slim flat lays, invented details, and non-answers to details/material.
Labeling conventions and judgement calls: judged against the photo I imagined and the title. A near shade is
correct (maroon called red, mustard called yellow, rust called orange, teal called teal/green, off white called
white); navy called black is wrong (contradiction, or the caption and wearing answer both wrong when both say it).
The print's color given as the garment's color is a contradiction; a color of another worn garment (the tee under
an open shirt, a tie, shorts, a jacket) is other_garment_color. A garment type the seller's article type rules out
(jacket, suit, hoodie for a hooded tee) is a contradiction; "t-shirt" for a polo or "dress shirt" for a formal shirt
is correct. Material: "cotton" for an ordinary tee or shirt whose title is silent is accepted as the visible
default; a material the title contradicts (cotton for Linen, cotton for a Rapid-Dry polyester tee) is a
contradiction or unsupported as noted; a fabric neither title nor photo supports (silk, linen on a cotton shirt) is
unsupported; another garment's material (denim for a tee under a denim jacket) is a contradiction. A pattern or
sleeve answer against the title ("stripes" for a Solid polo with shoulder stripes, "short" for Full Sleeves) is a
contradiction, and so is one the photo alone refutes (short sleeves on a shirt worn with sleeves down). Another
garment given the product's color when it has its own ("white pants" under a white shirt, grey trousers in the
photo and in the caption) is a contradiction. "Nothing" to "What is the person wearing?" on a flat lay, "men's" as a
garment type, "it is a t-shirt" or the view ("the back of the t-shirt") for the details, and "unknown", "the shirt"
or "tie dye" for the material are non_answer; "the garment is made of material" is restated. "woman",
"she", "women's" for a men's product are pronoun. A text that ran to the limit is hit_limit; its label is what
it is first (loop if it repeats, leak if it carries on into a new Question, else cut). Invented pockets, collars,
buttons, a brand or a tie, and a prop read as a print, are unsupported. About one text in five is wrong: lower than
the adapters' runs, as the untuned base on clean studio shots gets most short color, type and sleeve answers right.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case

BLIND_1320 = [
    # Model, front, navy crew-neck tee, light blue jeans, grey backdrop. All texts: base BLIP-2 OPT-2.7b zero-shot.
    case(
        "X1320-001",
        caption("a man wearing a navy blue t-shirt and jeans"),
        Q.wearing("a navy blue t-shirt and jeans"),
        Q.garment_type("t-shirt"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a navy blue t-shirt with a round neck"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Navy Blue Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Model in a black training tee with a small reflective "HRX" print on the chest, black track pants, white
    # backdrop. The fabric is polyester (Rapid-Dry). All texts: base BLIP-2 zero-shot.
    case(
        "X1320-002",
        caption("a man in a black t-shirt and black pants"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.sleeve_length("short"),
        Q.details("the logo on the chest"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Printed Rapid-Dry Training T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Model in a white pique polo with a small navy embroidered logo, no pocket, navy chinos, light grey backdrop.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1320-003",
        caption("a man wearing a white polo shirt and blue pants"),
        Q.wearing("white polo shirt"),
        Q.garment_type("polo shirt"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.description("a white polo shirt with a blue logo on the chest and a pocket", "unsupported"),
        Q.details("the polo shirt has a collar and two buttons"),
        Q.material("cotton"),
        gender="Men",
        title="U.S. Polo Assn. Men White Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Model wearing the olive-and-black checked shirt open over a white crew tee, black jeans. The white tee
    # fills the middle of the frame. All texts: base BLIP-2 zero-shot.
    case(
        "X1320-004",
        caption("a man wearing a plaid shirt and black jeans"),
        Q.wearing("a plaid shirt, white t-shirt and black jeans"),
        Q.garment_type("shirt"),
        Q.color("white", "other_garment_color"),
        Q.pattern("plaid"),
        Q.sleeve_length("long"),
        Q.material("cotton"),
        gender="Men",
        title="Highlander Men Olive Green Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Model in a white formal shirt tucked into grey trousers, sleeves down, no tie. All texts: base BLIP-2.
    case(
        "X1320-005",
        caption("a man in a white shirt and grey pants"),
        Q.wearing("a white shirt and white pants", "contradiction"),
        Q.garment_type("dress shirt"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a white dress shirt with a collar"),
        Q.details("the shirt is tucked in"),
        gender="Men",
        title="Louis Philippe Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Model in a maroon tee with "STAY WILD" printed in white across the chest, blue jeans. All texts: base BLIP-2.
    case(
        "X1320-006",
        caption("a man wearing a red t-shirt with the words stay wild"),
        Q.wearing("a red t-shirt"),
        Q.color("maroon"),
        Q.pattern("writing"),
        Q.description("a maroon t-shirt with white writing on it"),
        Q.details("the words stay wild"),
        Q.material("cotton"),
        gender="Men",
        title="WROGN Men Maroon Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Maroon",
    ),
    # Model in a heather grey tee with a small Puma cat logo on the chest, black shorts. All texts: base BLIP-2.
    case(
        "X1320-007",
        caption("a man wearing a grey puma t-shirt"),
        Q.wearing("grey t-shirt and black shorts"),
        Q.garment_type("t-shirt"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.details("puma logo"),
        gender="Men",
        title="Puma Men Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Model in a mustard henley with a three-button placket, beige chinos. All texts: base BLIP-2 zero-shot; the
    # details answer runs to the 30-token limit repeating itself.
    case(
        "X1320-008",
        caption("a man wearing a yellow henley shirt"),
        Q.garment_type("henley"),
        Q.color("yellow"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a yellow henley shirt with buttons on the front"),
        Q.details(
            "the buttons are on the front of the shirt and the buttons are on the front of the shirt and the "
            "buttons are on the",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Mast & Harbour Men Mustard Yellow Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Mustard",
    ),
    # Model in a light blue and white fine-striped formal shirt (no pocket) tucked into navy trousers, no tie.
    # All texts: base BLIP-2 zero-shot (the caption invents a tie).
    case(
        "X1320-009",
        caption("a man in a blue shirt and tie", "unsupported"),
        Q.wearing("a blue shirt and navy pants"),
        Q.color("blue"),
        Q.pattern("stripes"),
        Q.sleeve_length("long"),
        Q.description("a blue and white striped dress shirt"),
        Q.details("the shirt has a pocket on the chest", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="Peter England Men Blue Slim Fit Striped Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Flat lay: black short-sleeve tee with a large yellow-and-black Batman logo printed on the front, white
    # backdrop, no person. All texts: base BLIP-2 zero-shot.
    case(
        "X1320-010",
        caption("a black t-shirt with a batman logo on it"),
        Q.wearing("a batman t-shirt"),
        Q.garment_type("t-shirt"),
        Q.color("yellow", "contradiction"),
        Q.pattern("batman logo"),
        Q.sleeve_length("long", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="The Souled Store Men Black Batman Printed T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Male model with shoulder-length hair tied back, light pink shirt with sleeves rolled to the elbow, white
    # chinos. The shirt is cotton. All texts: base BLIP-2 zero-shot.
    case(
        "X1320-011",
        caption("a woman in a pink shirt and white pants", "pronoun"),
        Q.wearing("she is wearing a pink shirt and white pants", "pronoun"),
        Q.garment_type("shirt"),
        Q.color("pink"),
        Q.sleeve_length("rolled up"),
        Q.material("linen", "unsupported"),
        gender="Men",
        title="Allen Solly Men Pink Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Model in a black Dri-FIT tee with a white swoosh, black shorts, athletic pose. All texts: base BLIP-2.
    case(
        "X1320-012",
        caption("a man in a black nike t-shirt"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.description("black nike dri fit t-shirt"),
        Q.details("dri fit"),
        Q.material("polyester"),
        gender="Men",
        title="Nike Men Black Dri-FIT Legend Training T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Model in a dark navy polo with a small flag logo, khaki chinos, bright white backdrop. The navy reads almost
    # black. All texts: base BLIP-2 zero-shot.
    case(
        "X1320-013",
        caption("a man wearing a black polo shirt and khaki pants", "contradiction"),
        Q.wearing("a black polo shirt and khaki pants", "contradiction"),
        Q.garment_type("polo shirt"),
        Q.color("navy"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.details("nothing", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Tommy Hilfiger Men Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Model in a red-and-black buffalo check brushed-cotton shirt, buttoned, one chest pocket on the left, black
    # jeans. All texts: base BLIP-2 zero-shot.
    case(
        "X1320-014",
        caption("a man wearing a red and black plaid shirt"),
        Q.garment_type("flannel shirt"),
        Q.color("red and black"),
        Q.pattern("buffalo plaid"),
        Q.sleeve_length("long"),
        Q.description("a red and black plaid shirt with a collar and buttons"),
        Q.details("the shirt has a pocket on the left side"),
        Q.material("flannel"),
        gender="Men",
        title="Campus Sutra Men Red & Black Checked Casual Shirt",
        category="Shirts",
        color="Red",
    ),
    # Model in a white tee with the red Levi's batwing logo on the chest, blue jeans. All texts: base BLIP-2.
    case(
        "X1320-015",
        caption("a man wearing a white levi's t-shirt and jeans"),
        Q.color("white"),
        Q.pattern("logo"),
        Q.description("white t-shirt with red levi's logo"),
        Q.details("the levi's logo is on the front"),
        Q.material("cotton"),
        gender="Men",
        title="Levis Men White Printed Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Model in a teal shirt, spread collar, no pocket, buttoned, sleeves down, white jeans.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1320-016",
        caption("a man in a teal shirt and white pants"),
        Q.garment_type("shirt"),
        Q.color("teal"),
        Q.pattern("solid"),
        Q.description("it is a teal shirt"),
        Q.details("the shirt has a pocket on the chest and a button down collar", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="Dennis Lingo Men Teal Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Teal",
    ),
    # Model in a charcoal tee with a large white-and-orange mountain graphic on the front, black jeans (not grey).
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1320-017",
        caption("a man wearing a grey t-shirt with a mountain on it"),
        Q.wearing("a grey t-shirt and grey jeans", "contradiction"),
        Q.color("orange", "contradiction"),
        Q.pattern("mountains"),
        Q.sleeve_length("short"),
        Q.description("a gray t-shirt with a graphic of a mountain"),
        Q.details("it is a t-shirt", "non_answer"),
        gender="Men",
        title="Jack & Jones Men Charcoal Grey Printed Round Neck T-shirt",
        category="Tshirts",
        color="Charcoal",
    ),
    # Model in a lavender cotton formal shirt with a navy patterned tie, dark trousers.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1320-018",
        caption("a man in a purple shirt and tie"),
        Q.wearing("purple shirt and blue tie"),
        Q.garment_type("dress shirt"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.material("silk", "unsupported"),
        gender="Men",
        title="Van Heusen Men Lavender Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Lavender",
    ),
    # Back view: model turned away in a yellow oversized drop-shoulder tee with a large cartoon print on the back,
    # black cargo pants. All texts: base BLIP-2 zero-shot.
    case(
        "X1320-019",
        caption("the back of a yellow t-shirt with a cartoon on it"),
        Q.wearing("a yellow t-shirt"),
        Q.garment_type("t-shirt"),
        Q.color("yellow"),
        Q.pattern("cartoon"),
        Q.sleeve_length("short"),
        Q.description("a yellow t-shirt with a cartoon character on the back"),
        Q.details("the back of the t-shirt", "non_answer"),
        Q.material("unknown", "non_answer"),
        gender="Men",
        title="Bewakoof Men Yellow Graphic Printed Oversized T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # Model in a light blue and white micro-checked formal shirt, sleeves down, grey trousers. From a step back the
    # checks blur into thin lines. All texts: base BLIP-2 zero-shot.
    case(
        "X1320-020",
        caption("a man wearing a blue shirt and grey pants"),
        Q.garment_type("shirt"),
        Q.color("blue"),
        Q.pattern("striped", "contradiction"),
        Q.description("a blue shirt with a collar and buttons"),
        Q.details("the collar"),
        Q.material("cotton"),
        gender="Men",
        title="Arrow Men Blue Regular Fit Checked Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Model in a navy polo with three white stripes across the shoulders (the body is plain), grey shorts.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1320-021",
        caption("a man in a blue adidas polo shirt"),
        Q.garment_type("polo"),
        Q.color("navy blue"),
        Q.pattern("stripes", "contradiction"),
        Q.sleeve_length("short"),
        Q.details("the details of the garment are the details of the garment", "restated"),
        Q.material("polyester"),
        gender="Men",
        title="Adidas Men Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Model in a mid-blue denim shirt with two flap chest pockets, buttoned, sleeves rolled to the forearm, black
    # jeans. All texts: base BLIP-2 zero-shot.
    case(
        "X1320-022",
        caption("a man wearing a denim shirt and black jeans"),
        Q.wearing("denim shirt and jeans"),
        Q.garment_type("denim jacket", "contradiction"),
        Q.color("blue"),
        Q.sleeve_length("long"),
        Q.details("two pockets on the chest"),
        Q.material("denim"),
        gender="Men",
        title="Roadster Men Blue Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Model in a white tee with navy horizontal Breton stripes, beige shorts. All texts: base BLIP-2 zero-shot.
    case(
        "X1320-023",
        caption("a man wearing a striped shirt and khaki shorts"),
        Q.wearing("striped shirt and shorts"),
        Q.color("blue and white"),
        Q.pattern("stripes"),
        Q.sleeve_length("short"),
        Q.description("a blue and white striped t-shirt"),
        Q.details("the stripes are navy blue and white"),
        Q.material("cotton"),
        gender="Men",
        title="Kook N Keech Men White & Navy Blue Striped Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Styled shot: model in the black crew tee under an open light-blue denim jacket, black jeans. The jacket takes
    # most of the frame. All texts: base BLIP-2 zero-shot.
    case(
        "X1320-024",
        caption("a man wearing a denim jacket and black t-shirt"),
        Q.wearing("a denim jacket"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.material("denim", "contradiction"),
        gender="Men",
        title="Flying Machine Men Black Solid Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Model in a beige linen shirt, spread collar, white trousers. All texts: base BLIP-2 zero-shot.
    case(
        "X1320-025",
        caption("a man in a beige shirt"),
        Q.color("tan"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a beige button down shirt"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Indian Terrain Men Beige Slim Fit Solid Linen Casual Shirt",
        category="Shirts",
        color="Beige",
    ),
    # Model in a burgundy full-sleeve crew tee, sleeves pushed a little up the forearm, black jeans.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1320-026",
        caption("a man wearing a maroon long sleeve shirt"),
        Q.garment_type("long sleeve shirt"),
        Q.color("maroon"),
        Q.pattern("solid"),
        Q.sleeve_length("short", "contradiction"),
        Q.details(
            "the sleeves are long and the neck is round and the sleeves are long and the neck is round and the "
            "sleeves are long",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Moda Rapido Men Burgundy Solid Round Neck Full Sleeves T-shirt",
        category="Tshirts",
        color="Burgundy",
    ),
    # Flat lay: black oversized tee with a skull-and-roses print, white backdrop. The feed has no article type for
    # this one. All texts: base BLIP-2 zero-shot; the caption loops to the 50-token limit.
    case(
        "X1320-027",
        caption(
            "a black t-shirt with a skull and roses on it, black t-shirt with a skull and roses on it, black t-shirt "
            "with a skull and roses on it, black t-shirt with a skull and",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a t-shirt"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("skulls"),
        Q.details("skull and roses"),
        gender="Men",
        title="Dillinger Men Black Graphic Printed Oversized T-shirt",
        color="Black",
    ),
    # Model in a red pique polo with white tipping on the collar and sleeve hems, navy shorts.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1320-028",
        caption("a man in a red polo shirt and blue shorts"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a red polo shirt with white trim on the collar and sleeves"),
        Q.details("white stripes on the collar and sleeves"),
        Q.material("cotton"),
        gender="Men",
        title="Louis Philippe Sport Men Red Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Model in a plain sea green shirt with a mandarin (band) collar, white jeans. All texts: base BLIP-2 zero-shot.
    case(
        "X1320-029",
        caption("a man wearing a green shirt with a mandarin collar"),
        Q.garment_type("shirt"),
        Q.color("green"),
        Q.pattern("plaid", "contradiction"),
        Q.sleeve_length("long"),
        Q.description("the shirt is green and has a collar"),
        Q.details("it has a button down collar", "unsupported"),
        gender="Men",
        title="HERE&NOW Men Sea Green Regular Fit Solid Mandarin Collar Casual Shirt",
        category="Shirts",
        color="Sea Green",
    ),
    # Model in an olive crew tee, black joggers. All texts: base BLIP-2 zero-shot; the pattern answer runs on into
    # the next question of the format instead of stopping.
    case(
        "X1320-030",
        caption("a man wearing an olive t-shirt and black pants"),
        Q.garment_type("t-shirt"),
        Q.color("olive green"),
        Q.pattern("solid Question: How long are the sleeves? Answer: short", "leak"),
        Q.sleeve_length("short"),
        Q.description("an olive green t-shirt"),
        Q.details("it is a t-shirt", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Harvard Men Olive Green Solid Round Neck T-shirt",
        category="Tshirts",
        color="Olive",
    ),
    # Model in an off-white crew tee with a chest pocket, olive cargo pants. All texts: base BLIP-2 zero-shot.
    case(
        "X1320-031",
        caption("a man in a white t-shirt and green pants"),
        Q.wearing("white t-shirt and green pants"),
        Q.color("white"),
        Q.pattern("plain"),
        Q.description("a white t-shirt with a pocket"),
        Q.details("a pocket on the chest"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Off White Solid Round Neck Pure Cotton Pocket T-shirt",
        category="Tshirts",
        color="Off White",
    ),
    # Model in a navy shirt with a small white floral micro-print, spread collar, no pockets, beige chinos.
    # All texts: base BLIP-2 zero-shot; the description is cut at the 30-token limit.
    case(
        "X1320-032",
        caption("a man wearing a blue shirt with white flowers"),
        Q.garment_type("shirt"),
        Q.color("navy blue"),
        Q.pattern("floral"),
        Q.sleeve_length("long"),
        Q.description(
            "a navy blue shirt with a small white floral print all over it, a spread collar, a full button placket "
            "and a curved hem at the",
            "cut",
            hit_limit=True,
        ),
        Q.details("the shirt has a pocket on the chest", "unsupported"),
        gender="Men",
        title="Blackberrys Men Navy Blue Slim Fit Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Model in a kelly green polo, white shorts. All texts: base BLIP-2 zero-shot.
    case(
        "X1320-033",
        caption("a man in a green polo shirt"),
        Q.garment_type("polo shirt"),
        Q.color("green"),
        Q.description("the garment is a green polo shirt"),
        Q.details("the details of the garment are the collar and the buttons"),
        Q.material("the garment is made of material", "restated"),
        gender="Men",
        title="Nautica Men Green Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Green",
    ),
    # Flat lay: a grey formal shirt folded in its packaging, collar up, on white; no person. The feed row has no
    # gender. All texts: base BLIP-2 zero-shot.
    case(
        "X1320-034",
        caption("a grey shirt folded on a white background"),
        Q.wearing("nothing", "non_answer"),
        Q.garment_type("shirt"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.material("cotton"),
        title="Parx Men Grey Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Grey",
    ),
    # Model in a plain royal blue training tee, black shorts, holding a black dumbbell at chest height (it covers
    # part of the tee). All texts: base BLIP-2 zero-shot.
    case(
        "X1320-035",
        caption("a man holding a dumbbell in a blue shirt"),
        Q.wearing("blue shirt and black shorts"),
        Q.garment_type("t-shirt"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a blue t-shirt with a dumbbell on it", "unsupported"),
        Q.material("polyester"),
        gender="Men",
        title="Reebok Men Blue Solid Training T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # Model in a rust corduroy shirt with tonal rust buttons, buttoned, sleeves down to the cuff, black jeans.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1320-036",
        caption("a man wearing an orange shirt and black jeans"),
        Q.color("orange"),
        Q.pattern("corduroy"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("a brown corduroy shirt"),
        Q.details("the buttons are white", "unsupported"),
        Q.material("corduroy"),
        gender="Men",
        title="Mufti Men Rust Orange Slim Fit Solid Corduroy Casual Shirt",
        category="Shirts",
        color="Rust",
    ),
    # Model in a plain black crew tee, grey joggers. All texts: base BLIP-2 zero-shot; the details answer loops.
    case(
        "X1320-037",
        caption("a man wearing a black t-shirt and grey pants"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.description("a black t-shirt"),
        Q.details(
            "black t-shirt, black t-shirt, black t-shirt, black t-shirt, black t-shirt, black t-shirt,",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Black Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Model in a beige short-sleeve camp-collar viscose shirt with a brown leaf print, matte, white trousers.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1320-038",
        caption("a man wearing a shirt with leaves on it"),
        Q.wearing("a hawaiian shirt"),
        Q.garment_type("hawaiian shirt"),
        Q.color("brown", "contradiction"),
        Q.pattern("leaves"),
        Q.sleeve_length("short"),
        Q.material("silk", "unsupported"),
        gender="Men",
        title="Snitch Men Beige Cuban Collar Tropical Printed Casual Shirt",
        category="Shirts",
        color="Beige",
    ),
    # Model in a grey short-sleeve hooded tee (hood down, no pocket), black shorts. All texts: base BLIP-2.
    case(
        "X1320-039",
        caption("a man wearing a grey hooded t-shirt"),
        Q.garment_type("hoodie", "contradiction"),
        Q.color("grey"),
        Q.sleeve_length("short"),
        Q.description("a grey hooded t-shirt with a kangaroo pocket", "unsupported"),
        Q.details("the hood"),
        gender="Men",
        title="Wildcraft Men Grey Solid Hooded T-shirt",
        category="Tshirts",
        color="Grey",
    ),
    # Styled shot: model in a white self-design cotton formal shirt under an open navy wool blazer, grey trousers.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1320-040",
        caption("a man in a suit and white shirt"),
        Q.wearing("a suit"),
        Q.garment_type("suit", "contradiction"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.material("wool", "contradiction"),
        gender="Men",
        title="Park Avenue Men White Slim Fit Self Design Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Model in a purple-and-white tie-dye oversized tee, black shorts. All texts: base BLIP-2 zero-shot.
    case(
        "X1320-041",
        caption("a man wearing a purple tie dye t-shirt"),
        Q.color("purple"),
        Q.pattern("tie dye"),
        Q.sleeve_length("short"),
        Q.description("a tie dye t-shirt"),
        Q.details("tie dye"),
        Q.material("tie dye", "non_answer"),
        gender="Men",
        title="Bewakoof Men Purple Tie-Dye Oversized T-shirt",
        category="Tshirts",
        color="Purple",
    ),
    # Model in a grey marl polo (self collar, same grey) with a two-button placket, dark jeans. The feed row has no
    # base colour.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1320-042",
        caption("a man in a grey polo shirt"),
        Q.garment_type("men's", "non_answer"),
        Q.color("gray"),
        Q.pattern("heather"),
        Q.sleeve_length("short"),
        Q.description("a grey polo shirt with a white collar", "unsupported"),
        Q.details("two buttons"),
        Q.material("the shirt", "non_answer"),
        gender="Men",
        title="Celio Men Grey Melange Solid Polo Collar T-shirt",
        category="Tshirts",
    ),
    # Model in a khaki utility shirt with two flap chest pockets and epaulettes, worn open over a white tee, black
    # jeans; the description is cut at the 30-token limit.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1320-043",
        caption("a man wearing a khaki shirt over a white t-shirt"),
        Q.wearing("a khaki shirt and a white t-shirt"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("khaki"),
        Q.pattern("solid"),
        Q.description(
            "a khaki shirt with two flap pockets on the chest, epaulettes on the shoulders, a button down front and a "
            "white t-shirt under the",
            "cut",
            hit_limit=True,
        ),
        Q.details("two pockets on the chest"),
        Q.material("cotton"),
        gender="Men",
        title="The Indian Garage Co Men Khaki Solid Casual Shirt",
        category="Shirts",
        color="Khaki",
    ),
    # Model in a grey tee with an abstract black-and-white graphic on the front (no brand mark), blue jeans.
    # All texts: base BLIP-2 zero-shot (the caption invents a brand).
    case(
        "X1320-044",
        caption("the nike men's graphic t-shirt in grey", "unsupported"),
        Q.wearing("a grey t-shirt and blue jeans"),
        Q.color("grey"),
        Q.pattern("graphic"),
        Q.sleeve_length("short"),
        Q.description("a grey t-shirt with a black and white graphic on the front"),
        Q.details("nike logo", "unsupported"),
        gender="Men",
        title="Roadster Men Grey Printed Round Neck T-shirt",
        category="Tshirts",
        color="Grey",
    ),
    # Model in a sky-blue formal shirt, cuffs buttoned, navy trousers. All texts: base BLIP-2 zero-shot; the
    # description carries on into a new Question of the format until the limit.
    case(
        "X1320-045",
        caption("a man in a light blue dress shirt"),
        Q.garment_type("dress shirt"),
        Q.color("light blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "a light blue dress shirt. Question: What is the color of the garment? Answer: light blue. Question: "
            "What is the pattern",
            "leak",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Raymond Men Blue Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Flat lay: a slim-cut all-black polo (black collar) laid flat on white, no person.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1320-046",
        caption("a women's black polo shirt on a white background", "pronoun"),
        Q.wearing("a black polo shirt"),
        Q.garment_type("polo shirt"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.details("the collar is white", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="Red Tape Men Black Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Black",
    ),
]
